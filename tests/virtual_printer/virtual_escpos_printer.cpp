// The virtual printer's socket loop (see virtual_escpos_printer.hpp): poll() over the listening
// socket, the host's socket and a wake pipe; everything else happens under one mutex.
#include "tests/virtual_printer/virtual_escpos_printer.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "drivers/receipt/png_io.hpp"
#include "drivers/receipt/receipt_renderer.hpp"

namespace nanhai::test {

VirtualEscposPrinter::VirtualEscposPrinter(VirtualPrinterOptions options) : options_{std::move(options)} {
    interpreter_.answer_transmit_status(options_.answers_gs_r);
}

Result<std::unique_ptr<VirtualEscposPrinter>, std::string> VirtualEscposPrinter::start(VirtualPrinterOptions options) {
    std::unique_ptr<VirtualEscposPrinter> printer{new VirtualEscposPrinter{std::move(options)}};
    if (auto listening = printer->listen_on(); !listening) return fail(listening.error());
    if (!printer->options_.output_dir.empty()) {
        std::error_code error;
        std::filesystem::create_directories(printer->options_.output_dir, error);
        if (error) return fail(printer->options_.output_dir.string() + ": " + error.message());
    }
    printer->thread_ = std::thread{[p = printer.get()] { p->run(); }};
    return printer;
}

VirtualEscposPrinter::~VirtualEscposPrinter() {
    {
        std::lock_guard lock{mutex_};
        stopping_ = true;
    }
    if (wake_[1] >= 0) (void)!::write(wake_[1], "x", 1);
    if (thread_.joinable()) thread_.join();
    close_host();
    for (int fd : {listen_fd_, wake_[0], wake_[1]})
        if (fd >= 0) ::close(fd);
}

Result<void, std::string> VirtualEscposPrinter::listen_on() {
    if (::pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0) return fail(std::string{"pipe: "} + std::strerror(errno));
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (listen_fd_ < 0) return fail(std::string{"socket: "} + std::strerror(errno));
    const int yes = 1;
    ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(options_.port));
    if (::inet_pton(AF_INET, options_.host.c_str(), &address.sin_addr) != 1)
        return fail("not an IPv4 address: " + options_.host);
    if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(listen_fd_, 1) != 0)
        return fail(options_.host + ":" + std::to_string(options_.port) + ": " + std::strerror(errno));
    socklen_t length = sizeof address;
    ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&address), &length);
    port_ = ntohs(address.sin_port);
    return {};
}

std::string VirtualEscposPrinter::uri() const { return "tcp://" + options_.host + ":" + std::to_string(port_); }

void VirtualEscposPrinter::run() {
    for (;;) {
        int host = -1;
        {
            std::lock_guard lock{mutex_};
            if (stopping_) return;
            host = host_fd_;
        }
        pollfd fds[3] = {{wake_[0], POLLIN, 0}, {listen_fd_, POLLIN, 0}, {host, POLLIN, 0}};
        if (::poll(fds, host >= 0 ? 3 : 2, -1) < 0 && errno != EINTR) return;
        if (fds[0].revents) {
            char drain[64];
            while (::read(wake_[0], drain, sizeof drain) > 0) {
            }
        }
        if (fds[1].revents & POLLIN) accept_host();
        if (host >= 0 && (fds[2].revents & (POLLIN | POLLHUP | POLLERR))) read_host();
    }
}

void VirtualEscposPrinter::accept_host() {
    const int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) return;
    const int yes = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);  // status bytes go out at once
    std::lock_guard lock{mutex_};
    if (host_fd_ >= 0) {
        ::close(fd);  // busy with another host, as a real printer is
        return;
    }
    host_fd_ = fd;
    ++connections_;
    changed_.notify_all();
}

void VirtualEscposPrinter::read_host() {
    std::uint8_t buffer[16384];
    std::lock_guard lock{mutex_};
    if (host_fd_ < 0) return;
    const ssize_t got = ::recv(host_fd_, buffer, sizeof buffer, 0);
    if (got <= 0) {
        close_host();
        changed_.notify_all();
        return;
    }
    send_to_host(interpreter_.receive({buffer, static_cast<std::size_t>(got)}));
    write_new_slips();
    changed_.notify_all();
}

// With mutex_ held.
void VirtualEscposPrinter::send_to_host(const std::vector<std::uint8_t>& bytes) {
    if (host_fd_ < 0 || bytes.empty()) return;
    (void)!::send(host_fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
}

void VirtualEscposPrinter::close_host() {
    if (host_fd_ >= 0) ::close(host_fd_);
    host_fd_ = -1;
}

// With mutex_ held: each slip that left the printer since the last call, as PNG.
void VirtualEscposPrinter::write_new_slips() {
    const auto& slips = interpreter_.slips();
    for (; slips_written_ < slips.size(); ++slips_written_) {
        if (options_.output_dir.empty()) continue;
        const PrintedSlip& slip = slips[slips_written_];
        hal::ReceiptDocument document{"slip", slip.elements};
        drivers::RenderOptions render;
        render.width_dots = options_.width_dots;
        auto drawn = drivers::render_receipt(document, render);
        if (!drawn) continue;
        char name[64];
        std::snprintf(name, sizeof name, "%04zu-%s.png", slips_written_ + 1, slip.complete ? "complete" : "waste");
        const auto path = options_.output_dir / name;
        if (drivers::write_png(drawn->raster, path.string())) files_.push_back(path);
    }
}

void VirtualEscposPrinter::set_paper(PaperCondition paper) {
    std::lock_guard lock{mutex_};
    send_to_host(interpreter_.set_paper(paper));
    write_new_slips();
    changed_.notify_all();
}

void VirtualEscposPrinter::set_cover_open(bool open) {
    std::lock_guard lock{mutex_};
    send_to_host(interpreter_.set_cover_open(open));
    write_new_slips();
    changed_.notify_all();
}

void VirtualEscposPrinter::set_cutter_error(bool on) {
    std::lock_guard lock{mutex_};
    send_to_host(interpreter_.set_cutter_error(on));
    write_new_slips();
    changed_.notify_all();
}

void VirtualEscposPrinter::set_paper_remaining(std::optional<int> rows) {
    std::lock_guard lock{mutex_};
    interpreter_.set_paper_remaining(rows);
}

void VirtualEscposPrinter::drop_connection() {
    std::lock_guard lock{mutex_};
    if (host_fd_ >= 0) ::shutdown(host_fd_, SHUT_RDWR);
}

std::vector<PrintedSlip> VirtualEscposPrinter::slips() const {
    std::lock_guard lock{mutex_};
    return interpreter_.slips();
}

std::vector<PrintedSlip> VirtualEscposPrinter::complete_slips() const {
    std::lock_guard lock{mutex_};
    return interpreter_.complete_slips();
}

std::vector<std::string> VirtualEscposPrinter::unknown_commands() const {
    std::lock_guard lock{mutex_};
    return interpreter_.unknown_commands();
}

std::size_t VirtualEscposPrinter::connections_accepted() const {
    std::lock_guard lock{mutex_};
    return connections_;
}

bool VirtualEscposPrinter::wait_for_complete_slips(std::size_t count, std::chrono::milliseconds timeout) const {
    std::unique_lock lock{mutex_};
    return changed_.wait_for(lock, timeout, [&] { return interpreter_.complete_slips().size() >= count; });
}

bool VirtualEscposPrinter::wait_until_drained(std::chrono::milliseconds timeout) const {
    std::unique_lock lock{mutex_};
    return changed_.wait_for(lock, timeout, [&] { return interpreter_.buffered_bytes() == 0; });
}

std::vector<std::filesystem::path> VirtualEscposPrinter::written_files() const {
    std::lock_guard lock{mutex_};
    return files_;
}

}  // namespace nanhai::test
