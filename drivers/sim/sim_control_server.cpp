// SimControlServer: a poll() loop over the listening socket, an eventfd for stopping and up to
// kMaxClients connections, each with its own line buffer. Commands are short and the devices'
// control calls return at once, so one thread serves everyone.
#include "drivers/sim/sim_control_server.hpp"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "common/log.hpp"

namespace nanhai::drivers {
namespace {

constexpr std::size_t kMaxLine = 4096;
constexpr std::size_t kMaxClients = 16;

struct Client {
    int fd = -1;
    std::string buffer;
};

std::string errno_text(std::string_view what) {
    return std::string{what} + ": " + std::strerror(errno);
}

Result<sockaddr_un, std::string> unix_address(const std::filesystem::path& path) {
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const std::string text = path.string();
    if (text.empty() || text.size() >= sizeof address.sun_path)
        return fail("socket path must be 1-" + std::to_string(sizeof address.sun_path - 1) +
                    " bytes: " + text);
    std::memcpy(address.sun_path, text.c_str(), text.size() + 1);
    return address;
}

bool someone_listening(const sockaddr_un& address) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return false;
    const bool connected =
        ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

// A leftover socket file from a crashed run is replaced; anything else is refused.
Result<void, std::string> clear_stale_socket(const std::filesystem::path& path,
                                             const sockaddr_un& address) {
    std::error_code error;
    const auto status = std::filesystem::symlink_status(path, error);
    if (error || status.type() == std::filesystem::file_type::not_found) return {};
    if (status.type() != std::filesystem::file_type::socket)
        return fail(path.string() + " exists and is not a socket");
    if (someone_listening(address)) return fail("another process is serving " + path.string());
    std::filesystem::remove(path, error);
    if (error) return fail("cannot remove stale " + path.string() + ": " + error.message());
    return {};
}

Result<int, std::string> listen_on(const std::filesystem::path& path) {
    auto address = unix_address(path);
    if (!address) return fail(address.error());
    std::error_code error;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), error);
    if (auto cleared = clear_stale_socket(path, *address); !cleared) return fail(cleared.error());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return fail(errno_text("socket"));
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&*address), sizeof *address) != 0 ||
        ::chmod(path.c_str(), 0600) != 0 || ::listen(fd, 8) != 0) {
        auto message = errno_text("control socket " + path.string());
        ::close(fd);
        return fail(message);
    }
    return fd;
}

bool send_line(int fd, std::string line) {
    line += '\n';
    std::size_t sent = 0;
    while (sent < line.size()) {
        const ssize_t n = ::send(fd, line.data() + sent, line.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

// The command word and the outcome only: scanned text may be a citizen's identity code.
void log_command(std::string_view line, const std::string& answer) {
    const std::string word{line.substr(0, line.find(' '))};
    log_event(LogLevel::info, "device.sim.control",
              {{"command", word}, {"outcome", answer.substr(0, answer.find(' '))}});
}

}  // namespace

Result<std::unique_ptr<SimControlServer>, std::string> SimControlServer::start(
    const std::filesystem::path& socket_path, SimDeviceRefs devices) {
    auto listen_fd = listen_on(socket_path);
    if (!listen_fd) return fail(listen_fd.error());
    const int wake_fd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wake_fd < 0) {
        auto message = errno_text("eventfd");
        ::close(*listen_fd);
        return fail(message);
    }
    std::unique_ptr<SimControlServer> server{
        new SimControlServer{socket_path, devices, *listen_fd, wake_fd}};
    server->thread_ = std::thread{[s = server.get()] { s->run(); }};
    log_event(LogLevel::info, "device.sim.control.listening", {{"path", socket_path.string()}});
    return server;
}

SimControlServer::SimControlServer(std::filesystem::path path, SimDeviceRefs devices, int listen_fd,
                                   int wake_fd)
    : path_{std::move(path)}, devices_{devices}, listen_fd_{listen_fd}, wake_fd_{wake_fd} {}

SimControlServer::~SimControlServer() {
    stop();
}

void SimControlServer::stop() {
    if (!thread_.joinable()) return;
    const std::uint64_t one = 1;
    [[maybe_unused]] auto written = ::write(wake_fd_, &one, sizeof one);
    thread_.join();
    ::close(listen_fd_);
    ::close(wake_fd_);
    std::error_code error;
    std::filesystem::remove(path_, error);
}

namespace {

// Answers every complete line in the buffer; false when the connection should close.
bool serve_lines(Client& client, const SimDeviceRefs& devices) {
    std::size_t end;
    while ((end = client.buffer.find('\n')) != std::string::npos) {
        const std::string line = client.buffer.substr(0, end);
        client.buffer.erase(0, end + 1);
        const std::string answer = handle_sim_control_line(line, devices);
        log_command(line, answer);
        if (!send_line(client.fd, answer)) return false;
    }
    if (client.buffer.size() > kMaxLine) {
        send_line(client.fd, "error line too long");
        return false;
    }
    return true;
}

// Reads what is there; at end of input a last line without "\n" is still answered.
bool serve_client(Client& client, const SimDeviceRefs& devices) {
    char chunk[1024];
    const ssize_t n = ::recv(client.fd, chunk, sizeof chunk, 0);
    if (n < 0 && errno == EINTR) return true;
    if (n <= 0) {
        if (n == 0 && !client.buffer.empty()) {
            client.buffer += '\n';
            serve_lines(client, devices);
        }
        return false;
    }
    client.buffer.append(chunk, static_cast<std::size_t>(n));
    return serve_lines(client, devices);
}

}  // namespace

void SimControlServer::run() {
    std::vector<Client> clients;
    for (;;) {
        std::vector<pollfd> fds{{wake_fd_, POLLIN, 0}, {listen_fd_, POLLIN, 0}};
        for (const auto& c : clients) fds.push_back({c.fd, POLLIN, 0});
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            log_event(LogLevel::error, "device.sim.control.poll_failed",
                      {{"error", errno_text("poll")}});
            break;
        }
        if (fds[0].revents) break;
        for (std::size_t i = clients.size(); i-- > 0;) {
            if (!fds[i + 2].revents) continue;
            if (!serve_client(clients[i], devices_)) {
                ::close(clients[i].fd);
                clients.erase(clients.begin() + static_cast<std::ptrdiff_t>(i));
            }
        }
        if (fds[1].revents & POLLIN) {
            const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0 && clients.size() < kMaxClients)
                clients.push_back({fd, {}});
            else if (fd >= 0)
                ::close(fd);
        }
    }
    for (const auto& c : clients) ::close(c.fd);
}

}  // namespace nanhai::drivers
