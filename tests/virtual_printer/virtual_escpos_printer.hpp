// A virtual ESC/POS network printer: the interpreter (escpos_interpreter.hpp) behind a real TCP
// socket, as a Chinese 80 mm printer with an Ethernet port is behind port 9100. One host at a
// time, as on real printers; replies go back on the same connection. Each slip that leaves the
// printer (cut, or waste when the roll ends) is drawn by the receipt renderer to
// <output_dir>/<NNNN>-complete.png or -waste.png. Tests, the demo and technicians (the
// virtual-escpos-printer program) switch paper and cover.
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "common/result.hpp"
#include "tests/virtual_printer/escpos_interpreter.hpp"

namespace nanhai::test {

struct VirtualPrinterOptions {
    std::string host = "127.0.0.1";
    int port = 0;  // 0: any free port (tests); 9100 for the demo
    std::filesystem::path output_dir;  // empty: slips are kept in memory only
    int width_dots = 576;
    bool answers_gs_r = true;  // false: a model without GS r (status polling confirms its jobs)
};

class VirtualEscposPrinter {
public:
    static Result<std::unique_ptr<VirtualEscposPrinter>, std::string> start(VirtualPrinterOptions options);
    ~VirtualEscposPrinter();
    VirtualEscposPrinter(const VirtualEscposPrinter&) = delete;
    VirtualEscposPrinter& operator=(const VirtualEscposPrinter&) = delete;

    int port() const { return port_; }
    std::string uri() const;  // "tcp://127.0.0.1:PORT"

    void set_paper(PaperCondition paper);
    void set_cover_open(bool open);
    void set_cutter_error(bool on);
    void set_paper_remaining(std::optional<int> rows);
    // The host's connection is closed (cable pulled); a new one is accepted.
    void drop_connection();

    std::vector<PrintedSlip> slips() const;
    std::vector<PrintedSlip> complete_slips() const;
    std::vector<std::string> unknown_commands() const;
    std::size_t connections_accepted() const;
    // Waits until at least `count` complete slips came out; false on timeout.
    bool wait_for_complete_slips(std::size_t count, std::chrono::milliseconds timeout) const;
    // Waits until nothing waits unprinted in the receive buffer: after an interrupted job, the
    // driver's clear has arrived (staff load paper seconds later; a test must wait for it).
    bool wait_until_drained(std::chrono::milliseconds timeout) const;
    // The PNG files written so far, in order.
    std::vector<std::filesystem::path> written_files() const;

private:
    explicit VirtualEscposPrinter(VirtualPrinterOptions options);
    Result<void, std::string> listen_on();
    void run();
    void accept_host();
    void read_host();
    void send_to_host(const std::vector<std::uint8_t>& bytes);
    void close_host();
    void write_new_slips();

    VirtualPrinterOptions options_;
    int listen_fd_ = -1;
    int host_fd_ = -1;
    int wake_[2] = {-1, -1};
    int port_ = 0;
    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    EscposInterpreter interpreter_;
    std::size_t slips_written_ = 0;
    std::size_t connections_ = 0;
    std::vector<std::filesystem::path> files_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace nanhai::test
