// Codes from a serial scanner (USB CDC /dev/ttyACM*, raw mode): one code per line, ended by CR,
// LF or both. A scanner set up without a suffix still works: a line that stops growing for
// `idle_end` is taken as complete. A line over 8 KiB is refused and dropped.
#pragma once

#include <chrono>
#include <memory>

#include "drivers/scanner/code_source.hpp"
#include "hal/byte_transport.hpp"

namespace nanhai::drivers::scanner {

class SerialCodeSource final : public CodeSource {
public:
    static constexpr std::size_t kMaxLine = 8192;

    explicit SerialCodeSource(std::unique_ptr<hal::ByteTransport> port,
                              std::chrono::milliseconds idle_end = std::chrono::milliseconds{300});

    Result<void, hal::DeviceError> open() override;
    void close() override;
    Result<std::optional<RawScan>, hal::DeviceError> next(std::chrono::milliseconds timeout) override;
    void set_wakeup(int fd) override { port_->set_wakeup(fd); }
    std::string location() const override { return port_->location(); }

private:
    std::optional<RawScan> take_line();

    std::unique_ptr<hal::ByteTransport> port_;
    std::chrono::milliseconds idle_end_;
    std::vector<std::uint8_t> pending_;
    bool overlong_ = false;
    std::chrono::steady_clock::time_point last_byte_;
};

}  // namespace nanhai::drivers::scanner
