// A TCP connection as a byte stream: the transport of network receipt printers (raw port 9100,
// replies on the same socket). TCP_NODELAY is on: a 3-byte status request must not wait for
// Nagle's algorithm and a delayed ACK (the 44 ms stall of toolchain.md). A peer that resets or
// closes reads and writes as not_connected and closes; open() connects again.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "hal/byte_transport.hpp"

namespace nanhai::drivers {

struct TcpSettings {
    std::string host;
    int port = 9100;
    std::chrono::milliseconds connect_timeout{2000};
    std::chrono::milliseconds write_stall_timeout{10000};  // an offline printer stops reading
};

// "tcp://192.168.1.50:9100" or "tcp://printer.local" (port 9100).
Result<TcpSettings, std::string> parse_tcp_uri(std::string_view uri);

class TcpStream final : public hal::ByteTransport {
public:
    explicit TcpStream(TcpSettings settings) : settings_{std::move(settings)} {}
    ~TcpStream() override { close(); }

    Result<void, hal::DeviceError> open() override;
    void close() override;
    bool is_open() const override { return fd_ >= 0; }
    Result<void, hal::DeviceError> write_all(std::span<const std::uint8_t> bytes) override;
    Result<std::size_t, hal::DeviceError> read_some(std::span<std::uint8_t> buffer, std::chrono::milliseconds timeout) override;
    std::string location() const override;
    // The socket's send queue (SIOCOUTQ): bytes the printer has not acknowledged yet.
    std::optional<std::size_t> unsent_bytes() const override;

private:
    hal::DeviceError gone(const std::string& what);

    TcpSettings settings_;
    int fd_ = -1;
};

}  // namespace nanhai::drivers
