// The inside of a virtual ESC/POS printer: it takes the bytes a driver sends and does what a
// Chinese 80 mm printer does with them. Print commands lay out slips (text lines in GB18030
// with Chinese mode on, raster images, native QR and Code 128, feeds, cuts); real-time
// commands are answered even while the printer is offline; GS r 1 is answered only once
// everything before it is printed; ASB packets go out on every status change.
//
// Paper and cover are set by the test. When the roll ends inside a slip, or the cover opens,
// the slip is waste, the printer goes offline and what is still unprinted waits in its receive
// buffer, printed when the fault is cleared unless a DLE DC4 8 emptied it: the same behaviour a
// driver meets on real printers. A low-cost model that knows DLE EOT but not GS r (it swallows
// the command and answers nothing) is one setting away (answer_transmit_status).
//
// Not thread-safe: the TCP server (virtual_escpos_printer.hpp) serialises calls.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "drivers/escpos/realtime_status.hpp"
#include "hal/receipt_document.hpp"

namespace nanhai::test {

enum class PaperCondition { ok, near_end, out };

struct PrintedSlip {
    std::vector<hal::ReceiptElement> elements;  // as the printer understood the bytes
    bool complete = false;  // ended by a cut with paper and cover fine all along
    bool cut = false;       // false: still on the printer (waste in progress, or unfinished)
    // The text lines of the slip, in order (UTF-8), for assertions.
    std::vector<std::string> text() const;
};

class EscposInterpreter {
public:
    EscposInterpreter();

    // The bytes of one read from the host; returns what the printer sends back.
    std::vector<std::uint8_t> receive(std::span<const std::uint8_t> bytes);

    // Status changes; each returns the ASB packet when ASB is on (else nothing).
    std::vector<std::uint8_t> set_paper(PaperCondition paper);
    std::vector<std::uint8_t> set_cover_open(bool open);
    // The roll ends after this many more dot rows (estimated as the printer lays them out).
    void set_paper_remaining(std::optional<int> rows);
    // Printer errors for DLE EOT 3 / ASB byte 2.
    std::vector<std::uint8_t> set_cutter_error(bool on);
    // false: GS r n is taken and never answered, as on printers that lack it.
    void answer_transmit_status(bool on) { answers_gs_r_ = on; }

    const std::vector<PrintedSlip>& slips() const { return slips_; }  // cut ones, in order
    const PrintedSlip& current() const { return current_; }
    std::vector<PrintedSlip> complete_slips() const;
    // Commands the interpreter does not know, as hex ("1b7a"), so tests can fail on them.
    const std::vector<std::string>& unknown_commands() const { return unknown_; }
    std::size_t buffered_bytes() const { return pending_.size(); }
    bool online() const;
    drivers::escpos::RealTimeStatus status() const;

private:
    struct Modes {
        hal::Align align = hal::Align::left;
        bool bold = false;
        int size_factor = 1;
        bool chinese = false;
        int qr_module = 3;
        std::string qr_data;
    };

    void process();
    // Executes the command at the front of pending_; nullopt when it is not complete yet.
    std::optional<std::size_t> execute(std::span<const std::uint8_t> at);
    std::optional<std::size_t> execute_esc(std::span<const std::uint8_t> at);
    std::optional<std::size_t> execute_gs(std::span<const std::uint8_t> at);
    std::optional<std::size_t> execute_qr(std::span<const std::uint8_t> at);
    std::optional<std::size_t> execute_realtime(std::span<const std::uint8_t> at);
    void scan_realtime_while_offline();
    void print_text_line();
    void print(hal::ReceiptElement element, int rows);
    void cut();
    void waste_current();
    std::vector<std::uint8_t> status_changed();
    void unknown(std::span<const std::uint8_t> at, std::size_t length);

    Modes modes_;
    std::vector<std::uint8_t> pending_;  // received, not yet processed
    std::size_t scanned_ = 0;            // offline: how far pending_ was searched for DLE
    std::string line_;                   // text bytes before the LF
    std::vector<std::uint8_t> replies_;
    PrintedSlip current_;
    std::vector<PrintedSlip> slips_;
    std::vector<std::string> unknown_;
    PaperCondition paper_ = PaperCondition::ok;
    bool cover_open_ = false;
    bool cutter_error_ = false;
    bool asb_ = false;
    bool answers_gs_r_ = true;
    std::optional<int> paper_remaining_;
};

}  // namespace nanhai::test
