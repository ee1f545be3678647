// SimReceiptPrinter. One mutex guards the queue and the status; events are emitted while it is
// held, so their order is the order of decisions. A print is a pair of device-thread tasks
// (begin, which renders the job the first time, and finish) tagged with a generation: a fault or cancel bumps the
// generation and the pending finish does nothing, which is what makes a held job print again
// whole, exactly once.
#include "drivers/sim/sim_receipt_printer.hpp"

#include <cstdio>
#include <fstream>

#include "common/log.hpp"
#include "drivers/receipt/png_io.hpp"
#include "drivers/receipt/test_page.hpp"
#include "drivers/sim/raster_dump.hpp"
#include "drivers/self_test_steps.hpp"

namespace nanhai::drivers {
namespace {

hal::DeviceError staff_error(hal::DeviceErrorKind kind, std::string detail) {
    return hal::DeviceError{kind, hal::ErrorAction::clear, std::move(detail)};
}

std::pair<bool, std::string> directory_writable(const std::filesystem::path& dir) {
    if (dir.empty()) return {true, "no output directory: jobs are not written"};
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) return {false, dir.string() + ": " + error.message()};
    const auto probe = dir / ".self-test";
    { std::ofstream{probe} << "probe"; }
    const bool written = std::filesystem::exists(probe);
    std::filesystem::remove(probe, error);
    return {written, written ? dir.string() : dir.string() + ": not writable"};
}

}  // namespace

std::string sim_job_file_stem(hal::JobId job, std::string_view kind) {
    char number[24];
    std::snprintf(number, sizeof number, "%04llu", static_cast<unsigned long long>(job));
    std::string clean;
    for (char c : kind) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        clean += keep ? c : '_';
    }
    return std::string{number} + "-" + (clean.empty() ? "receipt" : clean);
}

SimReceiptPrinter::SimReceiptPrinter(SimReceiptPrinterOptions options)
    : options_{std::move(options)} {}

SimReceiptPrinter::~SimReceiptPrinter() {
    stop();
}

hal::DeviceInfo SimReceiptPrinter::info() const {
    return {hal::DeviceClass::receipt_printer,
            "sim",
            "Simulated thermal printer " + std::to_string(options_.render.width_dots) + " dots",
            options_.serial,
            "sim-1",
            options_.output_dir.string()};
}

hal::SelfTestReport SimReceiptPrinter::self_test() {
    hal::SelfTestReport report{info(), {}};
    run_self_test_step(report, "render test page", [this] {
        auto page = render_receipt(make_test_page(info()), options_.render);
        if (!page) return std::pair{false, page.error()};
        if (!page->missing_code_points.empty())
            return std::pair{false, std::to_string(page->missing_code_points.size()) +
                                        " characters missing from the font"};
        return std::pair{true, std::to_string(page->raster.width()) + "x" +
                                   std::to_string(page->raster.height()) + " dots"};
    });
    run_self_test_step(report, "output directory writable",
                       [this] { return directory_writable(options_.output_dir); });
    run_self_test_step(report, "paper and cover", [this] {
        std::lock_guard lock{mutex_};
        auto fault = current_fault();
        return std::pair{!fault, fault ? fault->detail : std::string{"paper loaded, cover closed"}};
    });
    run_self_test_step(report, "device thread running", [this] {
        const bool running = lifecycle() != hal::Lifecycle::closed;
        return std::pair{running, running ? std::string{"running"} : std::string{"not started"}};
    });
    return report;
}

Result<void, hal::DeviceError> SimReceiptPrinter::prepare() {
    if (options_.output_dir.empty()) return {};
    std::error_code error;
    std::filesystem::create_directories(options_.output_dir, error);
    if (error)
        return fail(hal::DeviceError{hal::DeviceErrorKind::internal, hal::ErrorAction::configuration,
                                     options_.output_dir.string() + ": " + error.message()});
    return {};
}

hal::DeviceState SimReceiptPrinter::initial_state() const {
    std::lock_guard lock{mutex_};
    if (write_fault_) return hal::DeviceState::fault;
    if (!connected_) return hal::DeviceState::disconnected;
    return printable() ? hal::DeviceState::ready : hal::DeviceState::needs_staff;
}

void SimReceiptPrinter::on_open() {
    std::lock_guard lock{mutex_};
    if (auto fault = current_fault()) hold_all(*fault);
    pump();  // jobs queued before a stop resume
    publish_state();
}

void SimReceiptPrinter::on_close() {
    std::lock_guard lock{mutex_};
    abort_printing();
    committing_ = false;
    printing_.reset();
    for (Job& job : jobs_) job.held_reported = false;
}

Result<hal::JobId, hal::DeviceError> SimReceiptPrinter::submit(hal::ReceiptDocument document) {
    if (auto checked = check_document(document); !checked)
        return fail(hal::DeviceError{hal::DeviceErrorKind::unsupported, hal::ErrorAction::maintenance, checked.error()});
    std::lock_guard lock{mutex_};
    if (lifecycle() == hal::Lifecycle::closed)
        return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::reset,
                                     "printer not started"});
    const hal::JobId id = next_id_++;
    const std::string kind = document.kind;
    Job& job = jobs_.emplace_back(Job{id, kind, std::move(document), std::nullopt, false});
    if (auto fault = current_fault()) {
        job.held_reported = true;
        emit(hal::PrintJobHeld{id, *fault});
    }
    log_event(LogLevel::info, "device.printer.job_queued", {{"job", std::to_string(id)}, {"kind", kind}});
    pump();
    return id;
}

hal::PrinterStatus SimReceiptPrinter::status() const {
    std::lock_guard lock{mutex_};
    return status_;
}

void SimReceiptPrinter::cancel(hal::JobId job) {
    std::lock_guard lock{mutex_};
    if (!find(job)) return;
    if (printing_ == job) {
        if (committing_) {
            log_event(LogLevel::info, "device.printer.cancel_too_late",
                      {{"job", std::to_string(job)}});
            return;
        }
        abort_printing();
    }
    jobs_.remove_if([job](const Job& j) { return j.id == job; });
    log_event(LogLevel::info, "device.printer.job_cancelled", {{"job", std::to_string(job)}});
    pump();
    publish_state();
}

void SimReceiptPrinter::set_status(SimPrinterCondition condition) {
    std::lock_guard lock{mutex_};
    hal::PrinterStatus next = status_;
    switch (condition) {
        case SimPrinterCondition::ok:
            next = hal::PrinterStatus{};
            paper_remaining_.reset();
            write_fault_.reset();
            break;
        case SimPrinterCondition::paper_low:
            next.paper = hal::PaperLevel::low;
            break;
        case SimPrinterCondition::paper_out:
            next.paper = hal::PaperLevel::out;
            break;
        case SimPrinterCondition::cover_open:
            next.cover_open = true;
            break;
    }
    if (next != status_) {
        status_ = next;
        emit(hal::PrinterStatusChanged{status_});
    }
    if (auto fault = current_fault()) {
        abort_printing();
        hold_all(*fault);
    } else {
        for (Job& job : jobs_) job.held_reported = false;  // a later fault is reported again
        pump();
    }
    publish_state();
}

Result<void, std::string> SimReceiptPrinter::set_connected(bool connected) {
    std::lock_guard lock{mutex_};
    if (lifecycle() == hal::Lifecycle::closed) return fail(std::string{"printer not started"});
    if (connected_ == connected) return fail(std::string{connected ? "printer already plugged in" : "printer already unplugged"});
    connected_ = connected;
    emit(hal::DeviceConnectionChanged{hal::DeviceClass::receipt_printer, connected});
    if (auto fault = current_fault()) {
        abort_printing();
        hold_all(*fault);
    } else {
        for (Job& job : jobs_) job.held_reported = false;
        pump();
    }
    publish_state();
    return {};
}

void SimReceiptPrinter::set_paper_remaining(std::optional<int> rows) {
    std::lock_guard lock{mutex_};
    paper_remaining_ = rows;
}

void SimReceiptPrinter::set_print_duration(std::chrono::milliseconds duration) {
    std::lock_guard lock{mutex_};
    options_.print_duration = duration;
}

std::size_t SimReceiptPrinter::queued_jobs() const {
    std::lock_guard lock{mutex_};
    return jobs_.size();
}

bool SimReceiptPrinter::printable() const {
    return connected_ && status_.paper != hal::PaperLevel::out && !status_.cover_open && !write_fault_;
}

void SimReceiptPrinter::publish_state() {
    hal::DeviceState state = hal::DeviceState::ready;
    if (write_fault_) state = hal::DeviceState::fault;
    else if (!connected_) state = hal::DeviceState::disconnected;
    else if (!printable()) state = hal::DeviceState::needs_staff;
    else if (printing_) state = hal::DeviceState::busy;
    runtime().set_state(state);
}

std::optional<hal::DeviceError> SimReceiptPrinter::current_fault() const {
    if (!connected_)
        return hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, "printer unplugged"};
    if (write_fault_)
        return hal::DeviceError{hal::DeviceErrorKind::internal, hal::ErrorAction::maintenance,
                                *write_fault_};
    if (status_.cover_open) return staff_error(hal::DeviceErrorKind::cover_open, "cover open");
    if (status_.paper == hal::PaperLevel::out)
        return staff_error(hal::DeviceErrorKind::paper_out, "paper out");
    return std::nullopt;
}

void SimReceiptPrinter::emit(hal::DeviceEvent event) { runtime().emit(std::move(event)); }

SimReceiptPrinter::Job* SimReceiptPrinter::find(hal::JobId id) {
    for (Job& job : jobs_)
        if (job.id == id) return &job;
    return nullptr;
}

// Starts the oldest job when the printer can print and is idle: jobs finish in id order.
void SimReceiptPrinter::pump() {
    if (lifecycle() == hal::Lifecycle::closed || printing_ || !printable() || jobs_.empty()) return;
    const hal::JobId id = jobs_.front().id;
    printing_ = id;
    const std::uint64_t generation = ++generation_;
    runtime().post([this, id, generation] { begin_print(id, generation); });
    publish_state();
}

void SimReceiptPrinter::hold_all(const hal::DeviceError& error) {
    for (Job& job : jobs_) {
        if (job.held_reported || (committing_ && printing_ == job.id)) continue;
        job.held_reported = true;
        emit(hal::PrintJobHeld{job.id, error});
    }
}

void SimReceiptPrinter::abort_printing() {
    if (!printing_ || committing_) return;
    ++generation_;
    printing_.reset();
}

// The first time a job is printed it is rendered here, on the device thread, outside the lock
// (7-19 ms a receipt). A document the renderer refuses will never print: PrintJobFailed, and
// the citizen gets the QR on screen instead.
bool SimReceiptPrinter::render(hal::JobId id, std::uint64_t generation) {
    hal::ReceiptDocument document;
    {
        std::lock_guard lock{mutex_};
        const Job* job = find(id);
        if (generation != generation_ || !job) return false;
        if (job->rendered) return true;
        document = job->document;
    }
    auto rendered = render_receipt(document, options_.render);
    std::lock_guard lock{mutex_};
    Job* job = find(id);
    if (!job) return false;
    if (!rendered) {
        log_event(LogLevel::error, "device.printer.render_failed", {{"job", std::to_string(id)}, {"error", rendered.error()}});
        emit(hal::PrintJobFailed{id, {hal::DeviceErrorKind::unsupported, hal::ErrorAction::maintenance, rendered.error()},
                                 hal::PrintRecourse::show_qr});
        jobs_.remove_if([id](const Job& j) { return j.id == id; });
        if (printing_ == id) printing_.reset();
        pump();
        publish_state();
        return false;
    }
    if (!rendered->missing_code_points.empty())
        log_event(LogLevel::warning, "device.printer.missing_glyphs",
                  {{"kind", job->kind}, {"count", std::to_string(rendered->missing_code_points.size())}});
    job->rendered = std::move(*rendered);
    return generation == generation_;
}

void SimReceiptPrinter::begin_print(hal::JobId id, std::uint64_t generation) {
    if (!render(id, generation)) return;
    std::function<void(hal::JobId)> started_hook;
    std::chrono::milliseconds duration{0};
    {
        std::lock_guard lock{mutex_};
        if (generation != generation_) return;
        started_hook = options_.on_job_started;
        duration = options_.print_duration;
    }
    if (started_hook) started_hook(id);
    if (duration.count() > 0)
        runtime().post_after(duration, [this, id, generation] { finish_print(id, generation); });
    else
        finish_print(id, generation);
}

void SimReceiptPrinter::finish_print(hal::JobId id, std::uint64_t generation) {
    const Job* job = nullptr;
    {
        std::lock_guard lock{mutex_};
        if (generation != generation_ || printing_ != id || !(job = find(id))) return;
        const int rows = job->rendered->raster.height();
        if (paper_remaining_ && rows > *paper_remaining_) {
            // The roll ends inside this job: what came out is waste; the job is held and
            // printed again whole after staff load paper.
            paper_remaining_ = 0;
            status_.paper = hal::PaperLevel::out;
            emit(hal::PrinterStatusChanged{status_});
            abort_printing();
            hold_all(*current_fault());
            publish_state();
            return;
        }
        if (paper_remaining_) *paper_remaining_ -= rows;
        committing_ = true;
    }
    // The job stays in the list (std::list: stable address) and cannot be cancelled while
    // committing_, so reading it without the lock is safe.
    complete_job(id, write_job_files(*job));
}

Result<void, std::string> SimReceiptPrinter::write_job_files(const Job& job) const {
    if (options_.output_dir.empty()) return {};
    const auto stem = options_.output_dir / sim_job_file_stem(job.id, job.kind);
    auto png = write_png(job.rendered->raster, stem.string() + ".png");
    if (!png) return png;
    return write_raster_dump(job.rendered->raster, stem.string() + ".bin");
}

void SimReceiptPrinter::complete_job(hal::JobId id, const Result<void, std::string>& written) {
    std::lock_guard lock{mutex_};
    committing_ = false;
    printing_.reset();
    if (!written) {
        log_event(LogLevel::error, "device.printer.write_failed",
                  {{"job", std::to_string(id)}, {"error", written.error()}});
        write_fault_ = written.error();
        hold_all(*current_fault());
        publish_state();
        return;
    }
    jobs_.remove_if([id](const Job& j) { return j.id == id; });
    runtime().count(hal::Counter::cuts);
    emit(hal::PrintJobFinished{id});
    log_event(LogLevel::info, "device.printer.job_finished", {{"job", std::to_string(id)}});
    pump();
    publish_state();
}

}  // namespace nanhai::drivers
