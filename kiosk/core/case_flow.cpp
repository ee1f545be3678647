// The case flow (see case_flow.hpp).
#include "kiosk/core/case_flow.hpp"

#include <algorithm>
#include <array>

#include "common/approval_code.hpp"
#include "common/log.hpp"
#include "kiosk/core/case_details.hpp"
#include "kiosk/core/error_panels.hpp"
#include "kiosk/core/keypad_entry.hpp"
#include "kiosk/core/print_desk.hpp"
#include "kiosk/core/scanned_code.hpp"
#include "kiosk/core/screen_ids.hpp"
#include "kiosk/core/screen_views.hpp"

namespace nanhai::kiosk::core {
namespace {

// Stages at or after the decision: the service can be rated (art. 17).
constexpr std::array<std::string_view, 5> kRatedStages{"decision", "settlement", "delivery", "delivered",
                                                       "archive"};

ErrorPanel receipt_not_genuine_panel() {
    ErrorPanel panel;
    panel.title_key = "error.receipt_not_genuine";
    panel.action_key = "action.ask_staff";
    return panel;
}

// What a scanned receipt QR leads to: its case, or "not genuine".
struct ReceiptLookup {
    bool genuine = false;
    std::optional<CaseView> found;
};

Result<ReceiptLookup, PlatformError> verify_and_fetch(PlatformClient& client, const std::string& payload) {
    auto verified = client.verify_receipt(payload);
    if (!verified) return fail(verified.error());
    if (!verified->valid || !verified->case_code) return ReceiptLookup{};
    auto found = client.case_by_approval_code(*verified->case_code);
    if (!found) return fail(found.error());
    return ReceiptLookup{true, std::move(*found)};
}

}  // namespace

bool CaseFlow::owns(std::string_view s) const {
    return s == screen::case_query || s == screen::case_timeline || s == screen::cases_mine;
}

void CaseFlow::open(std::string_view s, std::string_view value) {
    page_ = 0;
    if (s == screen::cases_mine) return load_mine();
    typed_.clear();
    result_.reset();
    came_from_ = std::string{screen::case_query};
    host_.show(screen::case_query);
    if (s == screen::case_timeline && !value.empty()) {
        const auto scanned = classify_scan(value);
        if (scanned.kind == ScannedKind::acceptance_receipt) return look_up_receipt(std::string{value});
        look_up(value);
    }
}

bool CaseFlow::handle(const Intent& intent) {
    const auto& s = host_.screen();
    if (s == screen::case_query) return handle_keypad(intent);
    if (s == screen::case_timeline) return handle_timeline(intent);
    if (s == screen::cases_mine) {
        if (auto page = page_intent(intent, "cases.list")) return page_ = *page, true;
        if (intent.widget == "cases.list") {
            came_from_ = std::string{screen::cases_mine};
            return look_up(intent.value), true;
        }
    }
    return false;
}

bool CaseFlow::handle_keypad(const Intent& intent) {
    const auto& w = intent.widget;
    if (w == widget::keypad_ok) return look_up(typed_), true;
    if (w == widget::case_code) return look_up(intent.value), true;
    if (w == "case.mine" && host_.session()) return open(screen::cases_mine, {}), true;
    return apply_keypad_edit(typed_, intent, {kApprovalCodeLength, true});
}

bool CaseFlow::handle_timeline(const Intent& intent) {
    const auto& w = intent.widget;
    if (w == widget::case_another) {
        typed_.clear();
        result_.reset();
        return host_.show(screen::case_query), true;
    }
    if (!result_) return false;
    if (auto page = page_intent(intent, "case.details")) return details_page_ = *page, true;
    if (w == "case.print") {
        host_.print_desk().print(receipts::case_status(*result_, host_.receipt_context()), result_->code);
    } else if (w == "case.print_receipt" && result_->receipt) {
        host_.print_desk().print(receipts::acceptance_receipt(*result_, host_.receipt_context()),
                                 receipts::qr_of(*result_));
    } else if (w == "case.evaluate" && can_evaluate()) {
        host_.open(screen::evaluate, result_->code);
    } else if (w == "case.pickup" && !result_->restricted && result_->status == "awaiting_pickup") {
        confirm_pickup();
    } else {
        return false;
    }
    return true;
}

bool CaseFlow::back() {
    if (host_.screen() != screen::case_timeline) return false;
    result_.reset();
    if (came_from_ == screen::cases_mine) return host_.show(screen::cases_mine), true;
    return host_.show(screen::case_query), true;
}

bool CaseFlow::on_scan(const std::string& payload) {
    if (host_.screen() != screen::case_query) return false;
    const auto scanned = classify_scan(payload);
    if (scanned.kind == ScannedKind::acceptance_receipt) return look_up_receipt(payload), true;
    if (scanned.kind == ScannedKind::approval_code) return look_up(payload), true;
    host_.show_error(code_unknown_panel());
    return true;
}

void CaseFlow::look_up(std::string_view text) {
    auto code = parse_approval_code(text);
    if (!code) {
        log_event(LogLevel::info, "core.case.code_refused", {{"problem", std::string{describe(code.error())}}});
        return host_.show_error(panel_for(code.error()));
    }
    typed_ = code->code;
    send_lookup();
}

void CaseFlow::send_lookup() {
    host_.ask(
        "wait.case", [code = typed_](PlatformClient& client) { return client.case_by_approval_code(code); },
        [this](Result<CaseView, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this] { send_lookup(); });
            on_case(std::move(reply));
        });
}

void CaseFlow::look_up_receipt(std::string payload) {
    host_.ask(
        "wait.case", [payload](PlatformClient& client) { return verify_and_fetch(client, payload); },
        [this, payload](Result<ReceiptLookup, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this, payload] { look_up_receipt(payload); });
            if (!reply->genuine) {
                log_event(LogLevel::warning, "core.case.receipt_not_genuine");
                return host_.show_error(receipt_not_genuine_panel());
            }
            on_case(std::move(*reply->found));
        });
}

void CaseFlow::on_case(Result<CaseView, PlatformError> reply) {
    typed_ = reply->code;
    result_ = std::move(*reply);
    details_page_ = 0;
    host_.show(screen::case_timeline);
}

void CaseFlow::load_mine() {
    host_.ask(
        "wait.cases", [](PlatformClient& client) { return client.my_cases({1, 50}); },
        [this](Result<Page<CaseSummary>, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this] { load_mine(); });
            mine_ = std::move(reply->items);
            page_ = 0;
            host_.show(screen::cases_mine);
        });
}

void CaseFlow::confirm_pickup() {
    host_.ask(
        "wait.pickup", [code = result_->code](PlatformClient& client) { return client.confirm_pickup(code); },
        [this](Result<CaseView, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this] { confirm_pickup(); });
            log_event(LogLevel::info, "core.case.picked_up", {{"code", reply->code}});
            on_case(std::move(reply));
        });
}

bool CaseFlow::can_evaluate() const {
    if (!result_ || result_->restricted || !host_.session()) return false;
    return std::find(kRatedStages.begin(), kRatedStages.end(), result_->stage) != kRatedStages.end();
}

ScreenData CaseFlow::view() const {
    const auto& s = host_.screen();
    if (s == screen::case_timeline && result_) {
        CaseTimelineView v = timeline_view(*result_);
        if (!result_->restricted) v.details = case_details(*result_);
        v.details_page = details_page_;
        v.has_receipt = result_->receipt.has_value();
        v.can_evaluate = can_evaluate();
        v.can_pick_up = !result_->restricted && result_->status == "awaiting_pickup";
        return v;
    }
    if (s == screen::cases_mine) {
        MyCasesView v;
        for (const auto& c : mine_)
            v.cases.push_back({c.code, c.item.name_zh, c.item.name_en, c.stage_name_zh, c.stage_name_en,
                               c.status_zh, c.status_en, format_iso_date(c.filed_date)});
        v.page = page_;
        return v;
    }
    return CaseQueryView{typed_, kApprovalCodeLength, typed_.size() == kApprovalCodeLength,
                         host_.session() != nullptr};
}

void CaseFlow::wipe() {
    typed_.clear();
    result_.reset();
    mine_.clear();
    came_from_.clear();
    page_ = details_page_ = 0;
}

std::vector<std::string> CaseFlow::personal_data() const {
    std::vector<std::string> held;
    if (result_) held.emplace_back("case.result");
    if (!mine_.empty()) held.emplace_back("cases.mine");
    return held;
}

}  // namespace nanhai::kiosk::core
