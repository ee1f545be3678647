// The evaluation flow (see evaluation_flow.hpp).
#include "kiosk/core/evaluation_flow.hpp"

#include <algorithm>
#include <array>

#include "common/log.hpp"
#include "kiosk/core/screen_ids.hpp"

namespace nanhai::kiosk::core {
namespace {

struct Reason {
    std::string_view id;
    std::string_view text;  // sent to the platform
};

constexpr std::array<Reason, 6> kReasons{{
    {"waiting", "等候时间太长"},
    {"attitude", "工作人员服务态度不好"},
    {"materials", "材料要求不清楚，多次补交"},
    {"trips", "需要多次跑腿"},
    {"slow", "办理超过承诺时限"},
    {"system", "系统或设备出故障"},
}};

// What the case lookup and the rating lookup give the evaluation screen.
struct Loaded {
    CaseView case_view;
    std::optional<Evaluation> existing;
};

Result<Loaded, PlatformError> load_case_and_rating(PlatformClient& client, const std::string& code) {
    auto found = client.case_by_approval_code(code);
    if (!found) return fail(found.error());
    auto rating = client.evaluation(code);
    if (rating) return Loaded{std::move(*found), std::move(*rating)};
    if (rating.error().kind == PlatformErrorKind::platform && rating.error().code == "not_found")
        return Loaded{std::move(*found), std::nullopt};
    return fail(rating.error());
}

bool needs_reasons(int level) { return level >= 4; }

}  // namespace

std::vector<std::string> EvaluationFlow::reason_ids() {
    std::vector<std::string> ids;
    for (const auto& r : kReasons) ids.emplace_back(r.id);
    return ids;
}

std::string EvaluationFlow::reason_text(std::string_view id) {
    for (const auto& r : kReasons)
        if (r.id == id) return std::string{r.text};
    return {};
}

bool EvaluationFlow::owns(std::string_view s) const { return s == screen::evaluate || s == screen::evaluate_done; }

void EvaluationFlow::open(std::string_view, std::string_view value) {
    wipe();
    code_ = std::string{value};
    load(code_);
}

void EvaluationFlow::load(std::string code) {
    host_.ask(
        "wait.evaluation", [code](PlatformClient& client) { return load_case_and_rating(client, code); },
        [this, code](Result<Loaded, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this, code] { load(code); });
            item_zh_ = reply->case_view.item.name_zh;
            item_en_ = reply->case_view.item.name_en;
            existing_ = std::move(reply->existing);
            key_ = OperationKey::fresh();
            host_.show(screen::evaluate);
        });
}

bool EvaluationFlow::handle(const Intent& intent) {
    const auto& w = intent.widget;
    if (host_.screen() == screen::evaluate_done) {
        if (w == "evaluate.done") return host_.show_menu(), true;
        return false;
    }
    if (host_.screen() != screen::evaluate || existing_) return false;
    if (w == "evaluate.level") return choose_level(intent.value), true;
    if (w == "evaluate.reason") return toggle_reason(intent.value), true;
    if (w == "evaluate.submit") return submit(), true;
    return false;
}

bool EvaluationFlow::back() {
    if (host_.screen() != screen::evaluate) return false;
    host_.open(screen::case_timeline, code_);
    return true;
}

void EvaluationFlow::choose_level(std::string_view value) {
    if (value.size() != 1 || value[0] < '1' || value[0] > '5') return;
    level_ = value[0] - '0';
    if (!needs_reasons(level_)) selected_.clear();
}

void EvaluationFlow::toggle_reason(std::string_view id) {
    if (!needs_reasons(level_) || reason_text(id).empty()) return;
    auto it = std::find(selected_.begin(), selected_.end(), id);
    if (it == selected_.end()) selected_.emplace_back(id);
    else selected_.erase(it);
}

bool EvaluationFlow::can_submit() const {
    return level_ >= 1 && level_ <= 5 && (!needs_reasons(level_) || !selected_.empty());
}

void EvaluationFlow::submit() {
    if (!can_submit()) return;
    std::vector<std::string> reasons;
    for (const auto& id : selected_) reasons.push_back(reason_text(id));
    host_.ask(
        "wait.evaluation",
        [code = code_, level = level_, reasons, key = key_](PlatformClient& client) {
            return client.evaluate(code, level, reasons, {}, key);
        },
        [this](Result<Evaluation, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this] { submit(); });
            log_event(LogLevel::info, "core.evaluation.filed", {{"level", std::to_string(reply->level)}});
            done_ = std::move(*reply);
            host_.show(screen::evaluate_done);
        });
}

ScreenData EvaluationFlow::view() const {
    if (host_.screen() == screen::evaluate_done && done_)
        return EvaluationDoneView{done_->case_code, done_->level, done_->level_zh, done_->level_en};
    EvaluationView v;
    v.case_code = code_;
    v.item_zh = item_zh_;
    v.item_en = item_en_;
    v.level = level_;
    v.reasons_needed = needs_reasons(level_);
    if (v.reasons_needed) v.reasons = reason_ids();
    v.selected = selected_;
    v.can_submit = can_submit();
    if (existing_)
        v.existing = ExistingEvaluation{existing_->level, existing_->level_zh, existing_->level_en,
                                        format_local_minute(existing_->at)};
    return v;
}

void EvaluationFlow::wipe() {
    code_.clear();
    item_zh_.clear();
    item_en_.clear();
    level_ = 0;
    selected_.clear();
    existing_.reset();
    done_.reset();
}

std::vector<std::string> EvaluationFlow::personal_data() const {
    std::vector<std::string> held;
    if (!code_.empty() || existing_ || done_) held.emplace_back("evaluation");
    return held;
}

}  // namespace nanhai::kiosk::core
