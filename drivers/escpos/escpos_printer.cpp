// The ESC/POS printer driver (see escpos_printer.hpp). The device thread does every read and
// write; other threads touch only the queue and the cached status, under mutex_. Events are
// put in an outbox under the lock and handed to the sink by the device thread without it, so
// they arrive in the order the driver decided them and a sink may call back into the driver.
#include "drivers/escpos/escpos_printer.hpp"

#include "common/log.hpp"
#include "drivers/escpos/commands.hpp"
#include "drivers/receipt/test_page.hpp"
#include "drivers/self_test_steps.hpp"

namespace nanhai::drivers::escpos {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr milliseconds kReadSlice{50};  // how often a waiting device thread looks at stop

hal::DeviceError staff(hal::DeviceErrorKind kind, std::string detail) {
    return {kind, hal::Remedy::staff, std::move(detail)};
}

milliseconds left_until(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
    return std::max(milliseconds{0}, std::min(left, kReadSlice));
}

}  // namespace

EscposPrinter::EscposPrinter(std::unique_ptr<hal::ByteTransport> transport, EscposPrinterOptions options)
    : transport_{std::move(transport)}, options_{std::move(options)} {}

EscposPrinter::~EscposPrinter() { stop(); }

hal::DeviceInfo EscposPrinter::info() const {
    const int mm = options_.encoder.render.width_dots == kDotsPer58mmPaper ? 58 : 80;
    const char* strategy = options_.encoder.strategy == Strategy::text ? "text" : "raster";
    return {hal::DeviceClass::receipt_printer,
            options_.driver,
            "ESC/POS thermal printer " + std::to_string(mm) + " mm, " + strategy + " mode",
            "",
            "",
            transport_->location()};
}

hal::DeviceState EscposPrinter::state() const {
    std::lock_guard lock{mutex_};
    if (!started_) return hal::DeviceState::stopped;
    if (!connected_) return hal::DeviceState::disconnected;
    if (auto fault = current_fault()) return fault->remedy == hal::Remedy::staff ? hal::DeviceState::needs_staff : hal::DeviceState::fault;
    return in_flight_ ? hal::DeviceState::busy : hal::DeviceState::ready;
}

hal::SelfTestReport EscposPrinter::self_test() {
    hal::SelfTestReport report{info(), {}};
    run_self_test_step(report, "encode test page", [this] {
        auto page = encode_receipt(make_test_page(info()), options_.encoder);
        if (!page) return std::pair{false, page.error()};
        if (!page->missing_code_points.empty())
            return std::pair{false, std::to_string(page->missing_code_points.size()) + " characters missing from the font"};
        return std::pair{true, std::to_string(page->bytes.size()) + " bytes, " + std::to_string(page->drawn_lines) +
                                   " lines drawn"};
    });
    std::lock_guard lock{mutex_};
    run_self_test_step(report, "device thread running", [this] {
        return std::pair{started_, started_ ? std::string{"running"} : std::string{"not started"}};
    });
    run_self_test_step(report, "printer answers status", [this] {
        if (connected_ && status_known_) return std::pair{true, transport_->location()};
        return std::pair{false, last_error_.empty() ? std::string{"not connected"} : last_error_};
    });
    run_self_test_step(report, "paper and cover", [this] {
        auto fault = current_fault();
        if (fault) return std::pair{false, fault->detail};
        return std::pair{status_known_, status_known_ ? std::string{status_.paper == hal::PaperLevel::low ? "paper low" : "paper loaded, cover closed"}
                                                      : std::string{"status unknown"}};
    });
    return report;
}

Result<void, hal::DeviceError> EscposPrinter::start(hal::EventSink sink) {
    std::lock_guard lock{mutex_};
    if (started_) return fail(hal::DeviceError{hal::DeviceErrorKind::internal, hal::Remedy::maintenance, "already started"});
    sink_ = std::move(sink);
    started_ = true;
    stopping_ = false;
    thread_ = std::thread{[this] { run(); }};
    return {};
}

void EscposPrinter::stop() {
    {
        std::lock_guard lock{mutex_};
        if (!started_) return;
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
    transport_->close();
    std::lock_guard lock{mutex_};
    started_ = false;
    connected_ = false;
    in_flight_.reset();
    outbox_.clear();
}

Result<hal::JobId, hal::DeviceError> EscposPrinter::submit(hal::ReceiptDocument document) {
    if (auto checked = check_document(document); !checked)
        return fail(hal::DeviceError{hal::DeviceErrorKind::unsupported, hal::Remedy::maintenance, checked.error()});
    const std::string kind = document.kind;
    std::lock_guard lock{mutex_};
    if (!started_)
        return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::Remedy::maintenance, "printer not started"});
    const hal::JobId id = next_id_++;
    Job& job = jobs_.emplace_back(Job{id, std::move(document), {}, false});
    std::optional<hal::DeviceError> fault = current_fault();
    // Before the first attempt to connect there is nothing to tell yet.
    if (!fault && !connected_ && ever_reported_connection_) fault = hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::Remedy::self_recover, last_error_};
    if (fault) {
        job.held_reported = true;
        post(hal::PrintJobHeld{id, *fault});
    }
    log_event(LogLevel::info, "device.printer.job_queued", {{"job", std::to_string(id)}, {"kind", kind}});
    wake_.notify_all();
    return id;
}

hal::PrinterStatus EscposPrinter::status() const {
    std::lock_guard lock{mutex_};
    return status_;
}

void EscposPrinter::cancel(hal::JobId job) {
    std::lock_guard lock{mutex_};
    if (in_flight_ == job) {
        log_event(LogLevel::info, "device.printer.cancel_too_late", {{"job", std::to_string(job)}});
        return;
    }
    const auto before = jobs_.size();
    jobs_.remove_if([job](const Job& j) { return j.id == job; });
    if (jobs_.size() != before) log_event(LogLevel::info, "device.printer.job_cancelled", {{"job", std::to_string(job)}});
}

std::size_t EscposPrinter::queued_jobs() const {
    std::lock_guard lock{mutex_};
    return jobs_.size();
}

bool EscposPrinter::connected() const {
    std::lock_guard lock{mutex_};
    return connected_;
}

// ---- with mutex_ held ----

std::optional<hal::DeviceError> EscposPrinter::current_fault() const {
    if (!status_known_) return std::nullopt;
    if (status_.cover_open) return staff(hal::DeviceErrorKind::cover_open, "cover open");
    if (status_.paper == hal::PaperLevel::out) return staff(hal::DeviceErrorKind::paper_out, "paper out");
    if (status_.cutter_error) return staff(hal::DeviceErrorKind::cutter_error, "cutter error");
    if (status_.offline) return staff(hal::DeviceErrorKind::printer_offline, "printer offline");
    return std::nullopt;
}

void EscposPrinter::hold_all(const hal::DeviceError& error) {
    for (Job& job : jobs_) {
        if (job.held_reported) continue;
        job.held_reported = true;
        post(hal::PrintJobHeld{job.id, error});
    }
}

void EscposPrinter::post(hal::DeviceEvent event) { outbox_.push_back(std::move(event)); }

// ---- device thread ----

void EscposPrinter::flush_events() {
    std::vector<hal::DeviceEvent> events;
    hal::EventSink sink;
    {
        std::lock_guard lock{mutex_};
        events.swap(outbox_);
        sink = sink_;
    }
    if (!sink) return;
    for (auto& event : events) sink(std::move(event));
}

void EscposPrinter::run() {
    for (;;) {
        flush_events();
        {
            std::lock_guard lock{mutex_};
            if (stopping_) return;
        }
        if (!transport_->is_open() && !connect()) {
            flush_events();
            std::unique_lock lock{mutex_};
            wake_.wait_for(lock, options_.reconnect_interval, [this] { return stopping_; });
            continue;
        }
        if (auto job = next_job()) {
            if (!encode(*job)) continue;
            switch (print(*job)) {
                case Outcome::finished:
                    finish(job->id);
                    break;
                case Outcome::link_lost:
                case Outcome::interrupted:
                case Outcome::stopped:
                    break;
            }
            std::lock_guard lock{mutex_};
            in_flight_.reset();
            continue;
        }
        idle_once();
    }
}

bool EscposPrinter::connect() {
    if (auto opened = transport_->open(); !opened) {
        lose_link(opened.error());
        return false;
    }
    splitter_ = ReplySplitter{};
    answer_.reset();
    // Whatever an earlier connection left in the printer must not print now.
    Bytes hello;
    clear_buffers(hello);
    initialise(hello);
    automatic_status_back(hello, true);
    if (auto sent = transport_->write_all(hello); !sent) {
        lose_link(sent.error());
        return false;
    }
    auto status = query_status();
    if (!status) {
        lose_link(status.error());
        return false;
    }
    {
        std::lock_guard lock{mutex_};
        connected_ = true;
        ever_reported_connection_ = true;
        last_error_.clear();
        post(hal::DeviceConnectionChanged{hal::DeviceClass::receipt_printer, true});
        for (Job& job : jobs_)
            if (job.held_reported) job.held_reported = false;  // a later fault is reported again
    }
    log_event(LogLevel::info, "device.printer.connected", {{"location", transport_->location()}});
    apply_status(*status);
    return true;
}

// Closes the transport (whatever closed it first) and, once per loss, tells the app and holds
// the queued jobs.
void EscposPrinter::lose_link(const hal::DeviceError& error) {
    transport_->close();
    std::lock_guard lock{mutex_};
    const bool report = connected_ || !ever_reported_connection_;
    connected_ = false;
    ever_reported_connection_ = true;
    status_known_ = false;
    last_error_ = error.detail;
    if (!report) return;
    log_event(LogLevel::warning, "device.printer.disconnected", {{"error", error.detail}});
    post(hal::DeviceConnectionChanged{hal::DeviceClass::receipt_printer, false});
    hold_all(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::Remedy::self_recover, error.detail});
}

std::optional<EscposPrinter::Job> EscposPrinter::next_job() {
    std::lock_guard lock{mutex_};
    if (stopping_ || jobs_.empty() || current_fault() || !status_known_) return std::nullopt;
    in_flight_ = jobs_.front().id;
    return jobs_.front();
}

EscposPrinter::Outcome EscposPrinter::print(const Job& job) {
    paper_answered_ = false;
    Bytes bytes = job.bytes;
    transmit_paper_status(bytes);
    log_event(LogLevel::info, "device.printer.job_sending", {{"job", std::to_string(job.id)}, {"bytes", std::to_string(bytes.size())}});
    for (std::size_t at = 0; at < bytes.size(); at += options_.write_chunk) {
        const std::size_t length = std::min(options_.write_chunk, bytes.size() - at);
        if (auto sent = transport_->write_all(std::span{bytes}.subspan(at, length)); !sent) {
            lose_link(sent.error());
            return Outcome::link_lost;
        }
        if (auto read = pump_replies(milliseconds{0}); !read) return Outcome::link_lost;
        if (faulted()) return interrupt();
    }
    const auto deadline = Clock::now() + options_.job_timeout + options_.job_timeout_per_kib * static_cast<long>(bytes.size() / 1024);
    auto next_poll = Clock::now() + options_.poll_interval;
    while (!paper_answered_) {
        {
            std::lock_guard lock{mutex_};
            if (stopping_) return Outcome::stopped;
        }
        if (Clock::now() >= deadline) {
            // Online, answering nothing: the printer hung or lost the data. Start again.
            lose_link(hal::DeviceError{hal::DeviceErrorKind::timeout, hal::Remedy::self_recover, "no answer after the job"});
            return Outcome::link_lost;
        }
        if (auto read = pump_replies(left_until(deadline)); !read) return Outcome::link_lost;
        if (faulted()) return interrupt();
        if (Clock::now() >= next_poll) {
            next_poll = Clock::now() + options_.poll_interval;
            auto status = query_status();
            if (!status) {
                lose_link(status.error());
                return Outcome::link_lost;
            }
            apply_status(*status);
            if (faulted()) return interrupt();
        }
        flush_events();
    }
    // Everything before GS r is printed; the real-time status says whether it printed well.
    auto status = query_status();
    if (!status) {
        lose_link(status.error());
        return Outcome::link_lost;
    }
    apply_status(*status);
    return faulted() ? interrupt() : Outcome::finished;
}

// A fault stopped the job: drop what the printer still holds of it, so that only the whole
// job, sent again, prints once the fault is cleared. apply_status() already held the job.
EscposPrinter::Outcome EscposPrinter::interrupt() {
    Bytes clear;
    clear_buffers(clear);
    if (auto sent = transport_->write_all(clear); !sent) {
        lose_link(sent.error());
        return Outcome::link_lost;
    }
    log_event(LogLevel::warning, "device.printer.job_interrupted", {});
    return Outcome::interrupted;
}

void EscposPrinter::finish(hal::JobId id) {
    std::lock_guard lock{mutex_};
    jobs_.remove_if([id](const Job& j) { return j.id == id; });
    post(hal::PrintJobFinished{id});
    log_event(LogLevel::info, "device.printer.job_finished", {{"job", std::to_string(id)}});
}

// On the device thread, once per job (a resent job keeps its bytes). A document that cannot be
// encoded will never print: the citizen is told (held, unsupported) and the job dropped.
bool EscposPrinter::encode(Job& job) {
    if (!job.bytes.empty()) return true;
    auto encoded = encode_receipt(job.document, options_.encoder);
    std::lock_guard lock{mutex_};
    if (!encoded) {
        in_flight_.reset();
        log_event(LogLevel::error, "device.printer.encode_failed", {{"job", std::to_string(job.id)}, {"error", encoded.error()}});
        post(hal::PrintJobHeld{job.id, {hal::DeviceErrorKind::unsupported, hal::Remedy::maintenance, encoded.error()}});
        jobs_.remove_if([&job](const Job& j) { return j.id == job.id; });
        return false;
    }
    if (!encoded->missing_code_points.empty())
        log_event(LogLevel::warning, "device.printer.missing_glyphs",
                  {{"kind", job.document.kind}, {"count", std::to_string(encoded->missing_code_points.size())}});
    job.bytes = std::move(encoded->bytes);
    for (Job& queued : jobs_)
        if (queued.id == job.id) queued.bytes = job.bytes;
    return true;
}

// Nothing to print: read what the printer pushes, poll its status now and then.
void EscposPrinter::idle_once() {
    const auto next_poll = Clock::now() + options_.poll_interval;
    while (Clock::now() < next_poll) {
        {
            std::lock_guard lock{mutex_};
            if (stopping_) return;
            if (!jobs_.empty() && !current_fault() && status_known_) return;
        }
        if (auto read = pump_replies(left_until(next_poll)); !read) return;
        flush_events();
    }
    auto status = query_status();
    if (!status) return lose_link(status.error());
    apply_status(*status);
}

Result<RealTimeStatus, hal::DeviceError> EscposPrinter::query_status() {
    std::array<std::uint8_t, 4> answers{};
    constexpr StatusQuery kQueries[] = {StatusQuery::printer, StatusQuery::offline_cause, StatusQuery::error_cause,
                                        StatusQuery::paper};
    for (std::size_t i = 0; i < 4; ++i) {
        answer_.reset();
        if (auto sent = transport_->write_all(status_request(kQueries[i])); !sent) return fail(sent.error());
        const auto deadline = Clock::now() + options_.answer_timeout;
        while (!answer_ && Clock::now() < deadline)
            if (auto read = pump_replies(left_until(deadline)); !read) return fail(read.error());
        if (!answer_)
            return fail(hal::DeviceError{hal::DeviceErrorKind::timeout, hal::Remedy::self_recover,
                                         transport_->location() + ": no answer to DLE EOT " + std::to_string(i + 1)});
        answers[i] = *answer_;
    }
    auto decoded = decode_status(answers);
    if (!decoded) return fail(hal::DeviceError{hal::DeviceErrorKind::protocol_error, hal::Remedy::self_recover, decoded.error()});
    return *decoded;
}

Result<void, hal::DeviceError> EscposPrinter::pump_replies(milliseconds timeout) {
    std::array<std::uint8_t, 256> buffer{};
    auto got = transport_->read_some(buffer, timeout);
    if (!got) {
        lose_link(got.error());
        return fail(got.error());
    }
    for (const PrinterReply& reply : splitter_.feed(std::span{buffer}.first(*got))) {
        if (const auto* rt = std::get_if<RealTimeAnswer>(&reply)) answer_ = rt->byte;
        if (const auto* asb = std::get_if<AutomaticStatus>(&reply)) apply_status(asb->status);
        if (std::holds_alternative<PaperStatusAnswer>(reply)) paper_answered_ = true;
        if (const auto* stray = std::get_if<UnexpectedByte>(&reply))
            log_event(LogLevel::debug, "device.printer.stray_byte", {{"byte", std::to_string(stray->byte)}});
    }
    return {};
}

void EscposPrinter::apply_status(const RealTimeStatus& real_time) {
    const hal::PrinterStatus next = to_printer_status(real_time);
    std::lock_guard lock{mutex_};
    const bool changed = !status_known_ || next != status_;
    status_ = next;
    status_known_ = true;
    if (changed) {
        post(hal::PrinterStatusChanged{status_});
        log_event(LogLevel::info, "device.printer.status",
                  {{"paper", status_.paper == hal::PaperLevel::ok ? "ok" : status_.paper == hal::PaperLevel::low ? "low" : "out"},
                   {"cover_open", status_.cover_open ? "yes" : "no"},
                   {"cutter_error", status_.cutter_error ? "yes" : "no"},
                   {"offline", status_.offline ? "yes" : "no"}});
    }
    if (auto fault = current_fault()) {
        hold_all(*fault);
        return;
    }
    for (Job& job : jobs_) job.held_reported = false;  // a later fault is reported again
}

bool EscposPrinter::faulted() const {
    std::lock_guard lock{mutex_};
    return current_fault().has_value();
}

}  // namespace nanhai::drivers::escpos
