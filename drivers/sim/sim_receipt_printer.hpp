// The simulated receipt printer: a job queue on the device's thread, which renders each job
// (the app's loop only queues it) and "prints" it to <output_dir>/<NNNN>-<kind>.png and .bin
// (raster_dump.hpp), NNNN being the job id. Paper, cover and the cable are set by the control
// channel; a job submitted or in progress while paper is out, the cover open or the printer
// unplugged is held (PrintJobHeld) and printed again, whole, once the printer is ok. A job that
// cannot be rendered fails for good (PrintJobFailed). Job files are written only when a job
// completes: no job is lost or printed twice.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <list>
#include <mutex>
#include <optional>
#include <string>

#include "drivers/receipt/receipt_renderer.hpp"
#include "hal/receipt_printer.hpp"

namespace nanhai::drivers {

// What the control channel can set: "printer ok|paper-low|paper-out|cover-open".
enum class SimPrinterCondition { ok, paper_low, paper_out, cover_open };

struct SimReceiptPrinterOptions {
    RenderOptions render;                         // paper width (576 or 384 dots), fonts
    std::filesystem::path output_dir;             // empty: jobs are rendered but no files written
    std::chrono::milliseconds print_duration{0};  // how long the head takes per job
    std::function<void(hal::JobId)> on_job_started;  // on the printer's thread (panel, tests)
    std::string serial = "SIM-PRN-0001";
};

// "0007-acceptance_receipt": the job id in four digits (more when it grows) and the document
// kind with anything but [a-z0-9_-] replaced by '_' ("receipt" when empty).
std::string sim_job_file_stem(hal::JobId job, std::string_view kind);

class SimReceiptPrinter final : public hal::ReceiptPrinter {
public:
    explicit SimReceiptPrinter(SimReceiptPrinterOptions options = {});
    ~SimReceiptPrinter() override;

    hal::DeviceInfo info() const override;
    // Steps: render the test page (all glyphs present), output directory writable, paper and
    // cover, device thread running.
    hal::SelfTestReport self_test() override;
    // Checks the document (one the renderer refuses fails with `unsupported`) and queues it;
    // the device thread renders it. Fails with not_connected when the printer is not open.
    Result<hal::JobId, hal::DeviceError> submit(hal::ReceiptDocument document) override;
    hal::PrinterStatus status() const override;
    // Drops a queued or held job; a job whose output is being written cannot be cancelled.
    void cancel(hal::JobId job) override;

    // Control. `ok` also loads a fresh roll (ends set_paper_remaining) and clears a write fault.
    void set_status(SimPrinterCondition condition);
    // Unplugged: disconnected, DeviceConnectionChanged{false}, jobs held; plugged back: they
    // print. Error: already in that state, or the printer is not open.
    Result<void, std::string> set_connected(bool connected);
    // The roll ends after this many more dot rows: a job taller than that runs out of paper
    // in the middle (deterministic "paper out mid-job"). nullopt: an endless roll.
    void set_paper_remaining(std::optional<int> rows);
    void set_print_duration(std::chrono::milliseconds duration);
    std::size_t queued_jobs() const;  // submitted, not yet finished (held ones included)
    const std::filesystem::path& output_dir() const { return options_.output_dir; }

private:
    struct Job {
        hal::JobId id = 0;
        std::string kind;
        hal::ReceiptDocument document;
        std::optional<RenderedReceipt> rendered;  // made on the device thread
        bool held_reported = false;  // PrintJobHeld sent for the current fault
    };

    // Opening creates the output directory (internal when it cannot); queued jobs resume.
    Result<void, hal::DeviceError> prepare() override;
    hal::DeviceState initial_state() const override;  // nothing to connect to
    void on_open() override;
    void on_close() override;

    // All with mutex_ held.
    bool printable() const;
    void publish_state();
    void emit(hal::DeviceEvent event);
    void pump();
    void hold_all(const hal::DeviceError& error);
    void abort_printing();
    std::optional<hal::DeviceError> current_fault() const;
    Job* find(hal::JobId id);

    // On the device thread.
    bool render(hal::JobId id, std::uint64_t generation);
    void begin_print(hal::JobId id, std::uint64_t generation);
    void finish_print(hal::JobId id, std::uint64_t generation);
    Result<void, std::string> write_job_files(const Job& job) const;
    void complete_job(hal::JobId id, const Result<void, std::string>& written);

    mutable std::mutex mutex_;
    SimReceiptPrinterOptions options_;
    bool connected_ = true;
    hal::PrinterStatus status_;
    std::optional<int> paper_remaining_;
    std::optional<std::string> write_fault_;  // output could not be written: maintenance
    std::list<Job> jobs_;                     // stable addresses while a job is written
    hal::JobId next_id_ = 1;
    std::optional<hal::JobId> printing_;
    bool committing_ = false;       // the printing job's files are being written
    std::uint64_t generation_ = 0;  // invalidates an interrupted print
};

}  // namespace nanhai::drivers
