// Serves a Platform over HTTP/1.1 (cpp-httplib) with keep-alive and TCP_NODELAY (without it,
// keep-alive requests stall ~40 ms on delayed ACKs: toolchain.md).
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "platform/platform.hpp"

namespace nanhai::platform {

class HttpServer {
public:
    HttpServer(Platform& platform, int worker_threads);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds host:port (port 0 picks a free one); returns the bound port or -1.
    int bind(const std::string& host, int port);
    // Blocks until stop().
    bool listen_after_bind();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace nanhai::platform
