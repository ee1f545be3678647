// One request, one response, over any byte transport: the frame written, then bytes read until
// a whole valid frame arrives or the time is up. Frames dropped on the way (bad checksum, bad
// length) and garbage are counted for diagnostics; a response that never comes is a timeout.
#pragma once

#include <chrono>

#include "drivers/ga467/frame.hpp"
#include "hal/byte_transport.hpp"

namespace nanhai::drivers::ga467 {

struct LinkCounters {
    std::size_t requests = 0;
    std::size_t dropped_frames = 0;
    std::size_t garbage_bytes = 0;
    std::size_t timeouts = 0;
};

class Link {
public:
    explicit Link(hal::ByteTransport& transport) : transport_{transport} {}

    // timeout: the whole exchange. Errors: not_connected (the transport went away), timeout,
    // protocol_error (the answer was not a response).
    Result<Response, hal::DeviceError> transact(std::uint8_t command, std::uint8_t parameter,
                                                std::chrono::milliseconds timeout);
    const LinkCounters& counters() const { return counters_; }
    // Forget half a frame left from an exchange that timed out.
    void reset() { parser_.reset(); }

private:
    hal::ByteTransport& transport_;
    FrameParser parser_;
    LinkCounters counters_;
};

}  // namespace nanhai::drivers::ga467
