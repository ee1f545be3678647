#include "platform/server/http_server.hpp"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>

#include "common/log.hpp"

namespace nanhai::platform {
namespace {

HttpRequest to_platform_request(const httplib::Request& req) {
    HttpRequest out;
    out.method = req.method;
    out.path = req.path;
    out.body = req.body;
    for (const auto& [k, v] : req.params) out.query.emplace(k, v);
    for (const auto& [k, v] : req.headers) {
        std::string key = k;
        std::transform(key.begin(), key.end(), key.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        out.headers.emplace(std::move(key), v);
    }
    return out;
}

}  // namespace

struct HttpServer::Impl {
    Platform& platform;
    httplib::Server server;
    int listen_fd = -1;
    explicit Impl(Platform& p) : platform{p} {}
};

HttpServer::HttpServer(Platform& platform, int worker_threads)
    : impl_{std::make_unique<Impl>(platform)} {
    auto& server = impl_->server;
    server.set_tcp_nodelay(true);
    // httplib's default sets SO_REUSEPORT, which lets a second server bind the same port
    // silently; SO_REUSEADDR only. Keep the descriptor to widen the backlog after bind.
    server.set_socket_options([this](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        impl_->listen_fd = sock;
    });
    server.set_keep_alive_max_count(100000);
    server.set_keep_alive_timeout(30);
    server.set_payload_max_length(1024 * 1024);  // the platform answers 413 above its own limit
    server.new_task_queue = [worker_threads] {
        return new httplib::ThreadPool(static_cast<std::size_t>(worker_threads));
    };
    auto handler = [this](const httplib::Request& req, httplib::Response& res) {
        auto response = impl_->platform.handle(to_platform_request(req));
        res.status = response.status;
        res.set_content(response.body.dump(), "application/json; charset=utf-8");
    };
    server.Get(".*", handler);
    server.Post(".*", handler);
    server.Put(".*", handler);
    server.Patch(".*", handler);
    server.Delete(".*", handler);
    server.set_exception_handler([](const httplib::Request& req, httplib::Response& res,
                                    std::exception_ptr) {
        log_event(LogLevel::error, "platform.http_exception", {{"path", req.path}});
        res.status = 500;
        res.set_content(R"({"error":{"code":"internal_error","message_zh":"系统内部错误，请稍后再试","message_en":"Internal error; please try again later","details":{}}})",
                        "application/json; charset=utf-8");
    });
}

HttpServer::~HttpServer() = default;

int HttpServer::bind(const std::string& host, int port) {
    int bound = port == 0 ? impl_->server.bind_to_any_port(host)
                          : (impl_->server.bind_to_port(host, port) ? port : -1);
    // The packaged httplib listens with a backlog of 5: a burst of kiosks connecting at once
    // (a hall opening) overflows it and clients wait a 1 s SYN retransmission. Linux lets a
    // second listen() on the socket raise the backlog.
    if (bound > 0 && impl_->listen_fd >= 0) ::listen(impl_->listen_fd, SOMAXCONN);
    return bound;
}

bool HttpServer::listen_after_bind() { return impl_->server.listen_after_bind(); }

void HttpServer::stop() { impl_->server.stop(); }

}  // namespace nanhai::platform
