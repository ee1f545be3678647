// The ESC/POS receipt printer driver, over any byte transport (TCP 9100, /dev/usb/lp*, USB
// printer class). submit() only checks and queues (it is called from the app's loop); the
// device thread hal owns encodes each job (receipt_encoder.hpp: up to 20 ms in raster mode),
// owns the transport and does all I/O:
//   - on connect: clear the printer's buffers, initialise, turn automatic status back on, read
//     the full real-time status (DLE EOT 1..4) and find out how the printer confirms a job;
//   - a job is confirmed in one of two ways (EscposPrinterOptions::confirmation):
//       transmit_status: the job is followed by GS r 1, which the printer answers only after
//         printing everything before it; then DLE EOT says whether it printed well;
//       status_polling: for printers that answer DLE EOT but not GS r (several low-cost
//         models): once the job's bytes have left the transport and the head has had time to
//         print them (print_settle, faults seen by ASB or polling meanwhile), DLE EOT decides;
//     `automatic` probes with GS r 1 at connect, while the printer is idle and fault-free, and
//     uses status_polling when no answer comes;
//   - paper out, cover open, cutter error or offline, seen by ASB or by polling while a job
//     prints, interrupt it: the printer's buffers are cleared (so no tail of it prints later),
//     the job is held (PrintJobHeld) and sent again, whole, once the fault is cleared;
//   - a lost link (cable pulled, printer off) holds the job too; the device reconnects;
//   - a job that can never print fails for good (PrintJobFailed): one that cannot be encoded
//     (the QR on screen instead), one the online printer never confirmed `max_unconfirmed`
//     times (it may have printed: staff look).
// Status changes are PrinterStatusChanged; connection changes DeviceConnectionChanged.
#pragma once

#include <chrono>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "drivers/escpos/printer_replies.hpp"
#include "drivers/escpos/receipt_encoder.hpp"
#include "hal/byte_transport.hpp"
#include "hal/receipt_printer.hpp"

namespace nanhai::drivers::escpos {

enum class Confirmation { automatic, transmit_status, status_polling };
std::string_view to_string(Confirmation confirmation);
// "auto", "gs-r", "status" (config and kiosk-diag); nullopt for anything else.
std::optional<Confirmation> parse_confirmation(std::string_view text);

struct EscposPrinterOptions {
    std::string driver = "escpos";
    EncoderOptions encoder;
    Confirmation confirmation = Confirmation::automatic;
    std::chrono::milliseconds poll_interval{1000};       // DLE EOT while idle and while printing
    std::chrono::milliseconds answer_timeout{1000};      // for one DLE EOT (or probing GS r) answer
    std::chrono::milliseconds job_timeout{15000};        // GS r answer after the job was sent...
    std::chrono::milliseconds job_timeout_per_kib{50};   // ...plus this per KiB of job
    std::chrono::milliseconds print_settle{1500};        // status_polling: head time after the drain
    std::chrono::milliseconds reconnect_interval{1000};
    int max_unconfirmed = 2;         // an online printer that never confirms a job this often: failed
    std::size_t write_chunk = 4096;  // replies are read between chunks
};

class EscposPrinter final : public hal::ReceiptPrinter {
public:
    EscposPrinter(std::unique_ptr<hal::ByteTransport> transport, EscposPrinterOptions options);
    ~EscposPrinter() override;

    hal::DeviceInfo info() const override;
    // Steps: the test page encodes with every glyph, the device thread runs, the printer is
    // connected and answers status, how jobs are confirmed, paper and cover.
    hal::SelfTestReport self_test() override;
    // Checks the document (one the renderer would refuse fails with `unsupported`) and queues
    // it; the device thread encodes it. A job that still fails to encode there (no font) is
    // PrintJobFailed with `unsupported`.
    Result<hal::JobId, hal::DeviceError> submit(hal::ReceiptDocument document) override;
    hal::PrinterStatus status() const override;
    // Drops a queued or held job; a job being sent cannot be cancelled.
    void cancel(hal::JobId job) override;

    std::size_t queued_jobs() const;
    bool connected() const;
    // How jobs are confirmed on this printer: the configured way, or what the probe found
    // (nullopt while `automatic` has not probed yet).
    std::optional<Confirmation> confirmation_in_use() const;

private:
    struct Job {
        hal::JobId id = 0;
        hal::ReceiptDocument document;
        std::vector<std::uint8_t> bytes;  // empty until the device thread encoded it
        bool held_reported = false;
        int unconfirmed = 0;  // sent whole to an online printer that never confirmed it
    };
    enum class Outcome { finished, interrupted, link_lost, unconfirmed, stopped };

    hal::SelfTestReport self_test_here();
    // Device thread.
    void on_open() override;
    Clock::time_point step() override;
    void on_close() override;
    bool connect();
    void lose_link(const hal::DeviceError& error);
    void probe_confirmation();
    std::optional<Job> next_job();
    bool encode(Job& job);
    Outcome print(const Job& job, Confirmation how);
    Outcome await_transmit_status(std::size_t job_bytes);
    Outcome await_settled_status();
    Outcome confirm_by_status();
    Outcome abandon_job();
    void finish(hal::JobId id);
    void unconfirmed(hal::JobId id);
    void idle_once();
    Result<RealTimeStatus, hal::DeviceError> query_status();
    Result<void, hal::DeviceError> pump_replies(std::chrono::milliseconds timeout);
    void apply_status(const RealTimeStatus& status);
    bool faulted() const;

    // With mutex_ held.
    std::optional<hal::DeviceError> current_fault() const;
    void hold_all(const hal::DeviceError& error);
    void publish_state();

    std::unique_ptr<hal::ByteTransport> transport_;
    EscposPrinterOptions options_;

    mutable std::mutex mutex_;
    bool connected_ = false;
    bool ever_reported_connection_ = false;
    bool status_known_ = false;
    hal::PrinterStatus status_;
    std::string last_error_;
    std::list<Job> jobs_;
    hal::JobId next_id_ = 1;
    std::optional<hal::JobId> in_flight_;
    std::optional<Confirmation> confirmation_;  // transmit_status or status_polling once known

    // Device thread only.
    ReplySplitter splitter_;
    std::optional<std::uint8_t> answer_;
    bool paper_answered_ = false;
};

}  // namespace nanhai::drivers::escpos
