// The ESC/POS receipt printer driver, over any byte transport (TCP 9100, /dev/usb/lp*, USB
// printer class). submit() only checks and queues (it is called from the app's loop); one
// device thread encodes each job (receipt_encoder.hpp: up to 20 ms in raster mode), owns the
// transport and does all I/O:
//   - on connect: clear the printer's buffers, initialise, turn automatic status back on, and
//     read the full real-time status (DLE EOT 1..4);
//   - a job is sent followed by GS r 1, which the printer answers only after printing
//     everything before it; then DLE EOT confirms no error: only then is the job printed
//     (PrintJobFinished);
//   - paper out, cover open, cutter error or offline, seen by ASB or by polling while a job
//     prints, interrupt it: the printer's buffers are cleared (so no tail of it prints later),
//     the job is held (PrintJobHeld) and sent again, whole, once the fault is cleared;
//   - a lost link (cable pulled, printer off) holds the job too; the thread reconnects.
// Status changes are PrinterStatusChanged; connection changes DeviceConnectionChanged.
#pragma once

#include <chrono>
#include <condition_variable>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "drivers/escpos/printer_replies.hpp"
#include "drivers/escpos/receipt_encoder.hpp"
#include "hal/byte_transport.hpp"
#include "hal/receipt_printer.hpp"

namespace nanhai::drivers::escpos {

struct EscposPrinterOptions {
    std::string driver = "escpos";
    EncoderOptions encoder;
    std::chrono::milliseconds poll_interval{1000};       // DLE EOT while idle and while printing
    std::chrono::milliseconds answer_timeout{1000};      // for one DLE EOT answer
    std::chrono::milliseconds job_timeout{15000};        // GS r answer after the job was sent...
    std::chrono::milliseconds job_timeout_per_kib{50};   // ...plus this per KiB of job
    std::chrono::milliseconds reconnect_interval{1000};
    std::size_t write_chunk = 4096;  // replies are read between chunks
};

class EscposPrinter final : public hal::ReceiptPrinter {
public:
    EscposPrinter(std::unique_ptr<hal::ByteTransport> transport, EscposPrinterOptions options);
    ~EscposPrinter() override;

    hal::DeviceInfo info() const override;
    hal::DeviceState state() const override;
    // Steps: the test page encodes with every glyph, the device thread runs, the printer is
    // connected and answers status, paper and cover.
    hal::SelfTestReport self_test() override;
    Result<void, hal::DeviceError> start(hal::EventSink sink) override;
    void stop() override;
    // Checks the document (one the renderer would refuse fails with `unsupported`) and queues
    // it; the device thread encodes it. A job that still fails to encode there (no font) is
    // PrintJobHeld with `unsupported` and dropped.
    Result<hal::JobId, hal::DeviceError> submit(hal::ReceiptDocument document) override;
    hal::PrinterStatus status() const override;
    // Drops a queued or held job; a job being sent cannot be cancelled.
    void cancel(hal::JobId job) override;

    std::size_t queued_jobs() const;
    bool connected() const;

private:
    struct Job {
        hal::JobId id = 0;
        hal::ReceiptDocument document;
        std::vector<std::uint8_t> bytes;  // empty until the device thread encoded it
        bool held_reported = false;
    };
    enum class Outcome { finished, interrupted, link_lost, stopped };

    // Device thread.
    void run();
    bool connect();
    void lose_link(const hal::DeviceError& error);
    std::optional<Job> next_job();
    bool encode(Job& job);
    Outcome print(const Job& job);
    Outcome interrupt();
    void finish(hal::JobId id);
    void idle_once();
    Result<RealTimeStatus, hal::DeviceError> query_status();
    Result<void, hal::DeviceError> pump_replies(std::chrono::milliseconds timeout);
    void apply_status(const RealTimeStatus& status);
    bool faulted() const;
    void flush_events();

    // With mutex_ held.
    std::optional<hal::DeviceError> current_fault() const;
    void hold_all(const hal::DeviceError& error);
    void post(hal::DeviceEvent event);

    std::unique_ptr<hal::ByteTransport> transport_;
    EscposPrinterOptions options_;

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    hal::EventSink sink_;
    bool started_ = false;
    bool stopping_ = false;
    bool connected_ = false;
    bool ever_reported_connection_ = false;
    bool status_known_ = false;
    hal::PrinterStatus status_;
    std::string last_error_;
    std::list<Job> jobs_;
    hal::JobId next_id_ = 1;
    std::optional<hal::JobId> in_flight_;
    std::vector<hal::DeviceEvent> outbox_;  // emitted by the device thread, in order
    std::thread thread_;

    // Device thread only.
    ReplySplitter splitter_;
    std::optional<std::uint8_t> answer_;
    bool paper_answered_ = false;
};

}  // namespace nanhai::drivers::escpos
