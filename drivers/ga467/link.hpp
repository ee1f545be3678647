// One request, one response, over any byte transport: the frame written, then bytes read until
// a whole valid frame arrives or the time is up. A frame that arrives broken (bad checksum, bad
// length) was the answer, corrupted on the line: the reader will not send it again, so the
// request is sent again at once (every GA/T 467 command may be repeated: find, select and read
// only look), up to `max_resends` times, each with the whole timeout. Dropped frames, resends
// and garbage are counted for diagnostics; a response that never comes is a timeout.
#pragma once

#include <chrono>
#include <functional>

#include "drivers/ga467/frame.hpp"
#include "hal/byte_transport.hpp"

namespace nanhai::drivers::ga467 {

struct LinkCounters {
    std::size_t requests = 0;
    std::size_t dropped_frames = 0;
    std::size_t garbage_bytes = 0;
    std::size_t timeouts = 0;
    std::size_t resends = 0;  // requests sent again after a broken answer
};

class Link {
public:
    explicit Link(hal::ByteTransport& transport, int max_resends = 2) : transport_{transport}, max_resends_{max_resends} {}

    // timeout: the whole exchange. Errors: not_connected (the transport went away), timeout,
    // protocol_error (the answer was not a response).
    Result<Response, hal::DeviceError> transact(std::uint8_t command, std::uint8_t parameter,
                                                std::chrono::milliseconds timeout);
    const LinkCounters& counters() const { return counters_; }
    // Asked when a read ends early with nothing (the device thread's wake-up): true ends the
    // exchange at once with `timeout` ("interrupted"), because the device is closing.
    void set_interrupt(std::function<bool()> interrupted) { interrupted_ = std::move(interrupted); }
    // Forget half a frame left from an exchange that timed out.
    void reset() { parser_.reset(); }

private:
    hal::ByteTransport& transport_;
    int max_resends_;
    std::function<bool()> interrupted_;
    FrameParser parser_;
    LinkCounters counters_;
};

}  // namespace nanhai::drivers::ga467
