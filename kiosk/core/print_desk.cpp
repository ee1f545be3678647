// The print desk (see print_desk.hpp).
#include "kiosk/core/print_desk.hpp"

#include <algorithm>

#include "common/log.hpp"
#include "common/secure_string.hpp"

namespace nanhai::kiosk::core {

std::string problem_name(const hal::DeviceError& error) { return std::string{hal::to_string(error.kind)}; }

void PrintDesk::print(hal::ReceiptDocument document, std::string qr_payload) {
    Job job{0, document.kind, std::move(qr_payload)};
    if (!printer_state_.ok && printer_state_.reason != OutOfService::consumables) {
        log_event(LogLevel::warning, "core.print.printer_down", {{"kind", job.kind}});
        return show("failed", job, "printer_down", true);
    }
    if (printer_ == nullptr) {
        log_event(LogLevel::warning, "core.print.no_printer", {{"kind", job.kind}});
        return show("failed", job, "not_connected", true);
    }
    auto submitted = printer_->submit(std::move(document));
    if (!submitted) {
        log_event(LogLevel::warning, "core.print.refused",
                  {{"kind", job.kind}, {"problem", problem_name(submitted.error())}});
        return show("failed", job, problem_name(submitted.error()), true);
    }
    job.id = *submitted;
    log_event(LogLevel::info, "core.print.submitted", {{"kind", job.kind}, {"job", std::to_string(job.id)}});
    show("printing", job, {}, false);
    jobs_.push_back(std::move(job));
}

bool PrintDesk::on_event(const hal::DeviceEvent& event) {
    if (const auto* finished = std::get_if<hal::PrintJobFinished>(&event)) {
        if (!find(finished->job)) return false;
        on_finished(finished->job);
        return true;
    }
    if (const auto* held = std::get_if<hal::PrintJobHeld>(&event)) {
        if (!find(held->job)) return false;
        on_held(held->job, held->error);
        return true;
    }
    if (const auto* failed = std::get_if<hal::PrintJobFailed>(&event)) {
        if (!find(failed->job)) return false;
        on_failed(*failed);
        return true;
    }
    return false;
}

void PrintDesk::on_finished(hal::JobId id) {
    Job job = *find(id);
    std::erase_if(jobs_, [id](const Job& j) { return j.id == id; });
    log_event(LogLevel::info, "core.print.finished", {{"kind", job.kind}, {"job", std::to_string(id)}});
    show("printed", job, {}, false);
}

void PrintDesk::on_held(hal::JobId id, const hal::DeviceError& error) {
    const Job& job = *find(id);
    log_event(LogLevel::warning, "core.print.held",
              {{"kind", job.kind}, {"job", std::to_string(id)}, {"problem", problem_name(error)}});
    // Already told and chose to wait: keep the quiet banner, with the new reason.
    const bool waiting = view_ && view_->state == "waiting_for_staff";
    show(waiting ? "waiting_for_staff" : "held", job, problem_name(error), !waiting);
}

// The job will never print: say so plainly, with the QR on screen (never "please wait").
void PrintDesk::on_failed(const hal::PrintJobFailed& failed) {
    Job job = *find(failed.job);
    std::erase_if(jobs_, [&failed](const Job& j) { return j.id == failed.job; });
    const bool ask_staff = failed.recourse == hal::PrintRecourse::ask_staff;
    log_event(LogLevel::warning, "core.print.failed",
              {{"kind", job.kind}, {"job", std::to_string(failed.job)}, {"problem", problem_name(failed.error)}});
    show("failed", job, problem_name(failed.error), true);
    view_->recourse = ask_staff ? "ask_staff" : "show_qr";
    secure_wipe(job.qr_payload);
}

void PrintDesk::keep_waiting() {
    if (!view_ || view_->state != "held") return;
    view_->state = "waiting_for_staff";
    view_->modal = false;
}

void PrintDesk::use_qr_instead() {
    if (!view_ || (view_->state != "held" && view_->state != "waiting_for_staff")) return;
    for (const auto& job : jobs_)
        if (printer_) printer_->cancel(job.id);
    log_event(LogLevel::info, "core.print.cancelled_for_qr", {{"kind", view_->kind}});
    jobs_.clear();
    view_->state = "qr_only";
    view_->modal = true;
}

void PrintDesk::dismiss() {
    if (!view_) return;
    if (view_->state == "printed" || view_->state == "failed" || view_->state == "qr_only") {
        secure_wipe(view_->qr_payload);
        view_.reset();
    }
}

void PrintDesk::end_session() {
    for (const auto& job : jobs_) {
        if (printer_) printer_->cancel(job.id);
        log_event(LogLevel::info, "core.print.cancelled_at_session_end", {{"kind", job.kind}});
    }
    for (auto& job : jobs_) secure_wipe(job.qr_payload);
    jobs_.clear();
    if (view_) secure_wipe(view_->qr_payload);
    view_.reset();
}

PrintDesk::Job* PrintDesk::find(hal::JobId id) {
    auto it = std::find_if(jobs_.begin(), jobs_.end(), [id](const Job& j) { return j.id == id; });
    return it == jobs_.end() ? nullptr : &*it;
}

void PrintDesk::show(std::string state, const Job& job, std::string problem, bool modal) {
    if (view_) secure_wipe(view_->qr_payload);
    view_ = PrintView{std::move(state), job.kind, std::move(problem), job.qr_payload, modal};
}

}  // namespace nanhai::kiosk::core
