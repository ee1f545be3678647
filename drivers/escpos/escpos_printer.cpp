// The ESC/POS printer driver (see escpos_printer.hpp). The device thread does every read and
// write; other threads touch only the queue and the cached status, under mutex_. Events are
// emitted under the lock and handed to the sink by the device runtime without it, so they
// arrive in the order the driver decided them and a sink may call back into the driver. Every
// wait is a read on the transport, which the runtime's wake-up ends early (a job queued, the
// device closing): a step that was woken looks at stopping() and its queue, then goes on.
#include "drivers/escpos/escpos_printer.hpp"

#include "common/log.hpp"
#include "drivers/escpos/commands.hpp"
#include "drivers/receipt/test_page.hpp"
#include "drivers/self_test_steps.hpp"

namespace nanhai::drivers::escpos {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// How often a job's unsent bytes are looked at while waiting for them to drain (status polling
// only: no descriptor says "the send queue is empty").
constexpr milliseconds kDrainCheck{20};

hal::DeviceError staff(hal::DeviceErrorKind kind, std::string detail) {
    return {kind, hal::ErrorAction::clear, std::move(detail)};
}

milliseconds left_until(Clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<milliseconds>(deadline - Clock::now());
    return std::max(milliseconds{0}, left);
}

}  // namespace

std::string_view to_string(Confirmation confirmation) {
    switch (confirmation) {
        case Confirmation::automatic: return "auto";
        case Confirmation::transmit_status: return "gs-r";
        case Confirmation::status_polling: return "status";
    }
    return "?";
}

std::optional<Confirmation> parse_confirmation(std::string_view text) {
    if (text == "auto") return Confirmation::automatic;
    if (text == "gs-r") return Confirmation::transmit_status;
    if (text == "status") return Confirmation::status_polling;
    return std::nullopt;
}

EscposPrinter::EscposPrinter(std::unique_ptr<hal::ByteTransport> transport, EscposPrinterOptions options)
    : transport_{std::move(transport)}, options_{std::move(options)} {
    if (options_.confirmation != Confirmation::automatic) confirmation_ = options_.confirmation;
}

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

// On the device thread between steps, so that what it reads (connection, the confirmation
// probe, status) is what the last step left, not a step half done.
hal::SelfTestReport EscposPrinter::self_test() {
    return on_device_thread([this] { return self_test_here(); });
}

hal::SelfTestReport EscposPrinter::self_test_here() {
    hal::SelfTestReport report{info(), {}};
    run_self_test_step(report, "encode test page", [this] {
        auto page = encode_receipt(make_test_page(info()), options_.encoder);
        if (!page) return std::pair{false, page.error()};
        if (!page->missing_code_points.empty())
            return std::pair{false, std::to_string(page->missing_code_points.size()) + " characters missing from the font"};
        return std::pair{true, std::to_string(page->bytes.size()) + " bytes, " + std::to_string(page->drawn_lines) +
                                   " lines drawn"};
    });
    const bool running = lifecycle() != hal::Lifecycle::closed;
    std::lock_guard lock{mutex_};
    run_self_test_step(report, "device thread running", [running] {
        return std::pair{running, running ? std::string{"running"} : std::string{"not started"}};
    });
    run_self_test_step(report, "printer answers status", [this] {
        if (connected_ && status_known_) return std::pair{true, transport_->location()};
        return std::pair{false, last_error_.empty() ? std::string{"not connected"} : last_error_};
    });
    run_self_test_step(report, "job confirmation", [this] {
        if (!confirmation_) return std::pair{false, std::string{"not probed yet"}};
        return std::pair{true, *confirmation_ == Confirmation::transmit_status
                                   ? std::string{"GS r 1 (transmit status after printing)"}
                                   : std::string{"status polling after the job drained (no GS r)"}};
    });
    run_self_test_step(report, "paper and cover", [this] {
        auto fault = current_fault();
        if (fault) return std::pair{false, fault->detail};
        return std::pair{status_known_, status_known_ ? std::string{status_.paper == hal::PaperLevel::low ? "paper low" : "paper loaded, cover closed"}
                                                      : std::string{"status unknown"}};
    });
    return report;
}

Result<hal::JobId, hal::DeviceError> EscposPrinter::submit(hal::ReceiptDocument document) {
    if (auto checked = check_document(document); !checked)
        return fail(hal::DeviceError{hal::DeviceErrorKind::unsupported, hal::ErrorAction::maintenance, checked.error()});
    const std::string kind = document.kind;
    std::lock_guard lock{mutex_};
    if (lifecycle() == hal::Lifecycle::closed)
        return fail(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::reset, "printer not started"});
    const hal::JobId id = next_id_++;
    Job& job = jobs_.emplace_back(Job{id, std::move(document), {}, false, 0});
    std::optional<hal::DeviceError> fault = current_fault();
    // Before the first attempt to connect there is nothing to tell yet.
    if (!fault && !connected_ && ever_reported_connection_) fault = hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, last_error_};
    if (fault) {
        job.held_reported = true;
        runtime().emit(hal::PrintJobHeld{id, *fault});
    }
    log_event(LogLevel::info, "device.printer.job_queued", {{"job", std::to_string(id)}, {"kind", kind}});
    runtime().wake();  // an idle device thread starts it at once
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

std::optional<Confirmation> EscposPrinter::confirmation_in_use() const {
    std::lock_guard lock{mutex_};
    return confirmation_;
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
        runtime().emit(hal::PrintJobHeld{job.id, error});
    }
}

void EscposPrinter::publish_state() {
    hal::DeviceState state = hal::DeviceState::ready;
    if (!connected_) state = ever_reported_connection_ ? hal::DeviceState::disconnected : hal::DeviceState::starting;
    else if (auto fault = current_fault()) state = fault->action == hal::ErrorAction::clear ? hal::DeviceState::needs_staff : hal::DeviceState::fault;
    else if (in_flight_) state = hal::DeviceState::busy;
    runtime().set_state(state);
}

// ---- device thread ----

void EscposPrinter::on_open() { transport_->set_wakeup(runtime().wakeup_fd()); }

void EscposPrinter::on_close() {
    transport_->close();
    transport_->set_wakeup(-1);
    std::lock_guard lock{mutex_};
    connected_ = false;
    status_known_ = false;
    in_flight_.reset();
    for (Job& job : jobs_) job.held_reported = false;
}

hal::DeviceWork::Clock::time_point EscposPrinter::step() {
    if (!transport_->is_open() && !connect()) return Clock::now() + options_.reconnect_interval;
    if (auto job = next_job()) {
        if (encode(*job)) {
            if (!confirmation_in_use()) probe_confirmation();
            const Confirmation how = confirmation_in_use().value_or(Confirmation::transmit_status);
            switch (print(*job, how)) {
                case Outcome::finished: finish(job->id); break;
                case Outcome::unconfirmed: unconfirmed(job->id); break;
                case Outcome::link_lost:
                case Outcome::interrupted:
                case Outcome::stopped: break;
            }
        }
        std::lock_guard lock{mutex_};
        in_flight_.reset();
        publish_state();
        return Clock::now();
    }
    idle_once();
    return Clock::now();
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
        if (options_.confirmation == Confirmation::automatic) confirmation_.reset();  // another printer may be there now
        runtime().emit(hal::DeviceConnectionChanged{hal::DeviceClass::receipt_printer, true});
        for (Job& job : jobs_)
            if (job.held_reported) job.held_reported = false;  // a later fault is reported again
    }
    log_event(LogLevel::info, "device.printer.connected", {{"location", transport_->location()}});
    apply_status(*status);
    if (!faulted()) probe_confirmation();
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
    publish_state();
    if (!report) return;
    log_event(LogLevel::warning, "device.printer.disconnected", {{"error", error.detail}});
    runtime().emit(hal::DeviceConnectionChanged{hal::DeviceClass::receipt_printer, false});
    hold_all(hal::DeviceError{hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, error.detail});
}

// `automatic`, on an idle printer without a fault: does it answer GS r 1? An idle printer
// answers at once, so silence within the answer time means it does not know the command.
void EscposPrinter::probe_confirmation() {
    if (options_.confirmation != Confirmation::automatic || confirmation_in_use()) return;
    paper_answered_ = false;
    Bytes probe;
    transmit_paper_status(probe);
    if (auto sent = transport_->write_all(probe); !sent) return lose_link(sent.error());
    const auto deadline = Clock::now() + options_.answer_timeout;
    while (!paper_answered_ && Clock::now() < deadline) {
        if (runtime().stopping()) return;
        if (auto read = pump_replies(left_until(deadline)); !read) return;
    }
    const Confirmation found = paper_answered_ ? Confirmation::transmit_status : Confirmation::status_polling;
    {
        std::lock_guard lock{mutex_};
        confirmation_ = found;
    }
    log_event(paper_answered_ ? LogLevel::info : LogLevel::warning, "device.printer.confirmation",
              {{"method", std::string{to_string(found)}}, {"location", transport_->location()}});
}

std::optional<EscposPrinter::Job> EscposPrinter::next_job() {
    std::lock_guard lock{mutex_};
    if (jobs_.empty() || current_fault() || !status_known_) return std::nullopt;
    in_flight_ = jobs_.front().id;
    publish_state();
    return jobs_.front();
}

EscposPrinter::Outcome EscposPrinter::print(const Job& job, Confirmation how) {
    paper_answered_ = false;
    Bytes bytes = job.bytes;
    if (how == Confirmation::transmit_status) transmit_paper_status(bytes);
    log_event(LogLevel::info, "device.printer.job_sending",
              {{"job", std::to_string(job.id)}, {"bytes", std::to_string(bytes.size())}, {"confirmation", std::string{to_string(how)}}});
    for (std::size_t at = 0; at < bytes.size(); at += options_.write_chunk) {
        const std::size_t length = std::min(options_.write_chunk, bytes.size() - at);
        if (auto sent = transport_->write_all(std::span{bytes}.subspan(at, length)); !sent) {
            lose_link(sent.error());
            return Outcome::link_lost;
        }
        if (auto read = pump_replies(milliseconds{0}); !read) return Outcome::link_lost;
        if (faulted()) return abandon_job();
    }
    const Outcome waited = how == Confirmation::transmit_status ? await_transmit_status(bytes.size()) : await_settled_status();
    if (waited != Outcome::finished) return waited;
    return confirm_by_status();
}

// GS r 1 comes back once everything before it printed; ASB or polling may interrupt first.
EscposPrinter::Outcome EscposPrinter::await_transmit_status(std::size_t job_bytes) {
    const auto deadline = Clock::now() + options_.job_timeout + options_.job_timeout_per_kib * static_cast<long>(job_bytes / 1024);
    auto next_poll = Clock::now() + options_.poll_interval;
    while (!paper_answered_) {
        if (runtime().stopping()) return Outcome::stopped;
        if (Clock::now() >= deadline) return Outcome::unconfirmed;
        if (auto read = pump_replies(left_until(std::min(deadline, next_poll))); !read) return Outcome::link_lost;
        if (faulted()) return abandon_job();
        if (Clock::now() >= next_poll) {
            next_poll = Clock::now() + options_.poll_interval;
            auto status = query_status();
            if (!status) {
                lose_link(status.error());
                return Outcome::link_lost;
            }
            apply_status(*status);
            if (faulted()) return abandon_job();
        }
        runtime().deliver();
    }
    return Outcome::finished;
}

// No GS r: wait until the transport has sent the job's bytes (where it can tell), then give the
// head `print_settle` to print them, watching ASB and polling the status meanwhile.
EscposPrinter::Outcome EscposPrinter::await_settled_status() {
    const auto deadline = Clock::now() + options_.job_timeout;
    std::optional<Clock::time_point> settled;
    auto next_poll = Clock::now() + options_.poll_interval;
    for (;;) {
        if (runtime().stopping()) return Outcome::stopped;
        const auto now = Clock::now();
        if (!settled) {
            const auto unsent = transport_->unsent_bytes();
            if (!unsent || *unsent == 0) settled = now + options_.print_settle;
        }
        if (settled && now >= *settled) return Outcome::finished;
        if (now >= deadline) return Outcome::unconfirmed;  // the printer stopped taking bytes
        const auto until = settled ? std::min(*settled, next_poll) : std::min(now + kDrainCheck, next_poll);
        if (auto read = pump_replies(left_until(until)); !read) return Outcome::link_lost;
        if (faulted()) return abandon_job();
        if (Clock::now() >= next_poll) {
            next_poll = Clock::now() + options_.poll_interval;
            auto status = query_status();
            if (!status) {
                lose_link(status.error());
                return Outcome::link_lost;
            }
            apply_status(*status);
            if (faulted()) return abandon_job();
        }
        runtime().deliver();
    }
}

// Everything before this point is printed; the real-time status says whether it printed well.
EscposPrinter::Outcome EscposPrinter::confirm_by_status() {
    auto status = query_status();
    if (!status) {
        lose_link(status.error());
        return Outcome::link_lost;
    }
    apply_status(*status);
    return faulted() ? abandon_job() : Outcome::finished;
}

// A fault stopped the job: drop what the printer still holds of it, so that only the whole
// job, sent again, prints once the fault is cleared. apply_status() already held the job.
EscposPrinter::Outcome EscposPrinter::abandon_job() {
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
    runtime().count(hal::Counter::cuts);  // every job ends with a cut (receipt_encoder.hpp)
    runtime().emit(hal::PrintJobFinished{id});
    log_event(LogLevel::info, "device.printer.job_finished", {{"job", std::to_string(id)}});
}

// Online, answering status, but the job never confirmed: the printer hung or lost the data.
// Start the link again and resend; after max_unconfirmed times the job has failed (it may
// have printed in part: staff look).
void EscposPrinter::unconfirmed(hal::JobId id) {
    bool failed = false;
    {
        std::lock_guard lock{mutex_};
        for (Job& job : jobs_)
            if (job.id == id && ++job.unconfirmed >= options_.max_unconfirmed) failed = true;
        if (failed) jobs_.remove_if([id](const Job& j) { return j.id == id; });  // not held again below
    }
    log_event(LogLevel::warning, failed ? "device.printer.job_failed" : "device.printer.job_unconfirmed", {{"job", std::to_string(id)}});
    lose_link(hal::DeviceError{hal::DeviceErrorKind::timeout, hal::ErrorAction::suspend, "no answer after the job"});
    if (!failed) return;
    std::lock_guard lock{mutex_};
    runtime().emit(hal::PrintJobFailed{
        id,
        {hal::DeviceErrorKind::timeout, hal::ErrorAction::reset,
         "the printer never confirmed the job (" + std::to_string(options_.max_unconfirmed) + " tries)"},
        hal::PrintRecourse::ask_staff});
}

// On the device thread, once per job (a resent job keeps its bytes). A document that cannot be
// encoded will never print: PrintJobFailed (the citizen gets the QR on screen) and dropped.
bool EscposPrinter::encode(Job& job) {
    if (!job.bytes.empty()) return true;
    auto encoded = encode_receipt(job.document, options_.encoder);
    std::lock_guard lock{mutex_};
    if (!encoded) {
        log_event(LogLevel::error, "device.printer.encode_failed", {{"job", std::to_string(job.id)}, {"error", encoded.error()}});
        runtime().emit(hal::PrintJobFailed{job.id, {hal::DeviceErrorKind::unsupported, hal::ErrorAction::maintenance, encoded.error()},
                                           hal::PrintRecourse::show_qr});
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

// Nothing to print: read what the printer pushes (a queued job ends the wait at once), poll
// its status now and then.
void EscposPrinter::idle_once() {
    const auto next_poll = Clock::now() + options_.poll_interval;
    while (Clock::now() < next_poll) {
        if (runtime().stopping() || runtime().tasks_waiting()) return;
        {
            std::lock_guard lock{mutex_};
            if (!jobs_.empty() && !current_fault() && status_known_) return;
        }
        if (auto read = pump_replies(left_until(next_poll)); !read) return;
        runtime().deliver();
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
        while (!answer_ && Clock::now() < deadline) {
            if (auto read = pump_replies(left_until(deadline)); !read) return fail(read.error());
            if (!answer_ && runtime().stopping())
                return fail(hal::DeviceError{hal::DeviceErrorKind::timeout, hal::ErrorAction::suspend, "closing"});
        }
        if (!answer_)
            return fail(hal::DeviceError{hal::DeviceErrorKind::timeout, hal::ErrorAction::suspend,
                                         transport_->location() + ": no answer to DLE EOT " + std::to_string(i + 1)});
        answers[i] = *answer_;
    }
    auto decoded = decode_status(answers);
    if (!decoded) return fail(hal::DeviceError{hal::DeviceErrorKind::protocol_error, hal::ErrorAction::reset, decoded.error()});
    return *decoded;
}

// Never called with mutex_ held: events decided so far are delivered before the wait.
Result<void, hal::DeviceError> EscposPrinter::pump_replies(milliseconds timeout) {
    if (timeout.count() > 0) runtime().deliver();
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
        runtime().emit(hal::PrinterStatusChanged{status_});
        log_event(LogLevel::info, "device.printer.status",
                  {{"paper", status_.paper == hal::PaperLevel::ok ? "ok" : status_.paper == hal::PaperLevel::low ? "low" : "out"},
                   {"cover_open", status_.cover_open ? "yes" : "no"},
                   {"cutter_error", status_.cutter_error ? "yes" : "no"},
                   {"offline", status_.offline ? "yes" : "no"}});
    }
    publish_state();
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
