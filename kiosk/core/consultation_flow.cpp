// The consultation flow (see consultation_flow.hpp).
#include "kiosk/core/consultation_flow.hpp"

#include <algorithm>
#include <array>

#include "common/log.hpp"
#include "common/masking.hpp"
#include "kiosk/core/keypad_entry.hpp"
#include "kiosk/core/print_desk.hpp"
#include "kiosk/core/screen_ids.hpp"
#include "kiosk/core/screen_views.hpp"

namespace nanhai::kiosk::core {
namespace {

constexpr std::size_t kBodyMax = 2000;  // the platform's limit
constexpr std::size_t kPhoneMaxDigits = 12;  // 4-digit area code and 8 digits

struct Topic {
    std::string_view id;
    std::string_view subject;
};

constexpr std::array<Topic, 7> kTopics{{
    {"guide", "办事指南和材料"},
    {"appointment", "预约和签到"},
    {"progress", "办件进度"},
    {"service", "窗口服务"},
    {"fee", "收费问题"},
    {"device", "自助终端和系统"},
    {"other", "其他问题"},
}};

struct Phrase {
    std::string_view id;
    std::string_view topic;  // "" for every topic
    std::string_view text;
};

constexpr std::array<Phrase, 20> kPhrases{{
    {"guide_materials", "guide", "请问办理这个事项需要带哪些材料？"},
    {"guide_where", "guide", "请问在哪个大厅可以办理？"},
    {"guide_online", "guide", "请问能不能在网上办理？"},
    {"appt_no_slot", "appointment", "预约不到合适的时间段。"},
    {"appt_change", "appointment", "想改约时间，应该怎么办？"},
    {"appt_check_in", "appointment", "签到时提示失败。"},
    {"progress_late", "progress", "办件已超过承诺时限，还没有结果。"},
    {"progress_stage", "progress", "想了解办件现在办到哪一步。"},
    {"progress_correction", "progress", "不清楚需要补正哪些材料。"},
    {"service_wait", "service", "排队等候时间太长。"},
    {"service_attitude", "service", "工作人员服务态度不好。"},
    {"service_praise", "service", "工作人员服务很好，提出表扬。"},
    {"fee_unclear", "fee", "不清楚收费标准。"},
    {"fee_extra", "fee", "被要求缴纳办事指南上没有的费用。"},
    {"device_print", "device", "自助终端不能打印。"},
    {"device_card", "device", "刷身份证没有反应。"},
    {"device_slow", "device", "系统反应很慢。"},
    {"other_suggest", "other", "对政务服务有建议。"},
    {"reply_phone", "", "请工作人员打电话联系我。"},
    {"reply_kiosk", "", "我会凭回执号查询答复。"},
}};

bool is_phrase_of(const Phrase& p, std::string_view topic) { return p.topic.empty() || p.topic == topic; }

}  // namespace

std::vector<std::string> ConsultationFlow::topic_ids() {
    std::vector<std::string> ids;
    for (const auto& t : kTopics) ids.emplace_back(t.id);
    return ids;
}

std::vector<std::string> ConsultationFlow::phrase_ids(std::string_view topic) {
    std::vector<std::string> ids;
    for (const auto& p : kPhrases)
        if (is_phrase_of(p, topic)) ids.emplace_back(p.id);
    return ids;
}

std::string ConsultationFlow::topic_text(std::string_view topic) {
    for (const auto& t : kTopics)
        if (t.id == topic) return std::string{t.subject};
    return {};
}

std::string ConsultationFlow::phrase_text(std::string_view phrase) {
    for (const auto& p : kPhrases)
        if (p.id == phrase) return std::string{p.text};
    return {};
}

std::string ConsultationFlow::phone_for_platform(std::string_view d) {
    const bool digits = std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) return {};
    if (d.size() == 11 && d[0] == '1' && d[1] >= '3') return std::string{d};
    if (d.empty() || d[0] != '0') return {};
    // 010 and 02x are the three-digit area codes; the rest (0757 ...) have four.
    const std::size_t area = (d.starts_with("01") || d.starts_with("02")) ? 3 : 4;
    const std::size_t local = d.size() > area ? d.size() - area : 0;
    if (local < 7 || local > 8) return {};
    return std::string{d.substr(0, area)} + "-" + std::string{d.substr(area)};
}

bool ConsultationFlow::owns(std::string_view s) const { return s == screen::consult || s.starts_with("consult."); }

void ConsultationFlow::open(std::string_view, std::string_view) {
    wipe();
    host_.show(screen::consult);
}

bool ConsultationFlow::handle(const Intent& intent) {
    const auto& s = host_.screen();
    const auto& w = intent.widget;
    if (s == screen::consult && w == "consult.kind" && (intent.value == "consultation" || intent.value == "complaint")) {
        kind_ = intent.value;
        return host_.show(screen::consult_topic), true;
    }
    if (s == screen::consult_topic && w == "consult.topic" && !topic_text(intent.value).empty()) {
        if (topic_ != intent.value) chosen_.clear();
        topic_ = intent.value;
        rebuild_body();
        return host_.show(screen::consult_compose), true;
    }
    if (s == screen::consult_compose) return handle_compose(intent);
    if (s == screen::consult_contact) return handle_contact(intent);
    if (s == screen::consult_confirm && w == "consult.submit") return submit(), true;
    if (s == screen::consult_filed) {
        if (w == "consult.print" && filed_) {
            host_.print_desk().print(receipts::consultation_ticket(*filed_, host_.receipt_context()),
                                     receipts::qr_of(*filed_));
            return true;
        }
        if (w == "consult.done") return host_.show_menu(), true;
    }
    return false;
}

bool ConsultationFlow::handle_compose(const Intent& intent) {
    const auto& w = intent.widget;
    if (w == "consult.phrase") return toggle_phrase(intent.value), true;
    if (w == "consult.text") {  // a physical keyboard's (or IME's) text, when there is one
        typed_text_ = SecureString{intent.value};
        return rebuild_body(), true;
    }
    if (w == "consult.continue" && !body_.empty() && character_count(body_.view()) <= kBodyMax)
        return host_.show(screen::consult_contact), true;
    return false;
}

bool ConsultationFlow::handle_contact(const Intent& intent) {
    const auto& w = intent.widget;
    std::string digits = phone_.str();
    if (w == "consult.skip_phone") {
        phone_.clear();
        return host_.show(screen::consult_confirm), true;
    }
    bool handled = true;
    if (w == widget::keypad_ok) {
        if (!phone_for_platform(digits).empty()) host_.show(screen::consult_confirm);
    } else {
        handled = apply_keypad_edit(digits, intent, {kPhoneMaxDigits, false});
    }
    if (handled) phone_ = SecureString{digits};
    secure_wipe(digits);
    return handled;
}

bool ConsultationFlow::back() {
    const auto& s = host_.screen();
    if (s == screen::consult_topic) return host_.show(screen::consult), true;
    if (s == screen::consult_compose) return host_.show(screen::consult_topic), true;
    if (s == screen::consult_contact) return host_.show(screen::consult_compose), true;
    if (s == screen::consult_confirm) return host_.show(screen::consult_contact), true;
    return false;
}

void ConsultationFlow::toggle_phrase(std::string_view id) {
    const auto& phrases = kPhrases;
    const bool offered = std::any_of(phrases.begin(), phrases.end(),
                                     [&](const Phrase& p) { return p.id == id && is_phrase_of(p, topic_); });
    if (!offered) return;
    auto it = std::find(chosen_.begin(), chosen_.end(), id);
    if (it == chosen_.end()) chosen_.emplace_back(id);
    else chosen_.erase(it);
    rebuild_body();
}

void ConsultationFlow::rebuild_body() {
    std::string body;
    for (const auto& id : chosen_) body += phrase_text(id);
    if (!typed_text_.empty()) body += (body.empty() ? "" : "\n") + typed_text_.str();
    body_ = SecureString{body};
    secure_wipe(body);
}

void ConsultationFlow::submit() {
    if (body_.empty()) return;
    const auto kind = kind_ == "complaint" ? ConsultationKind::complaint : ConsultationKind::consultation;
    std::optional<std::string> phone;
    if (!phone_.empty()) phone = phone_for_platform(phone_.view());
    host_.ask(
        "wait.consultation",
        [kind, subject = topic_text(topic_), body = body_, phone, key = key_](PlatformClient& client) {
            std::optional<std::string_view> contact;
            if (phone) contact = *phone;
            return client.file_consultation(kind, subject, body.view(), std::nullopt, contact, key);
        },
        [this](Result<Consultation, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this] { submit(); });
            log_event(LogLevel::info, "core.consultation.filed", {{"kind", reply->kind}});
            filed_ = std::move(*reply);
            body_.clear();
            typed_text_.clear();
            chosen_.clear();
            phone_.clear();
            host_.show(screen::consult_filed);
            host_.print_desk().print(receipts::consultation_ticket(*filed_, host_.receipt_context()),
                                     receipts::qr_of(*filed_));
        });
}

ScreenData ConsultationFlow::view() const {
    const auto& s = host_.screen();
    if (s == screen::consult_topic) return ConsultTopicView{kind_, topic_ids()};
    if (s == screen::consult_compose)
        return ConsultComposeView{kind_, topic_, phrase_ids(topic_), chosen_, body_.str(), kBodyMax,
                                  !body_.empty() && character_count(body_.view()) <= kBodyMax};
    if (s == screen::consult_contact)
        return ConsultContactView{phone_.str(), !phone_for_platform(phone_.view()).empty()};
    if (s == screen::consult_confirm)
        return ConsultConfirmView{kind_, topic_, body_.str(), phone_.empty() ? std::string{} : mask_phone(phone_.view())};
    if (s == screen::consult_filed && filed_)
        return ConsultFiledView{filed_->ticket, filed_->kind, filed_->subject, format_iso_date(filed_->reply_due),
                                format_local_minute(filed_->filed_at)};
    return ConsultKindView{};
}

void ConsultationFlow::wipe() {
    kind_.clear();
    topic_.clear();
    chosen_.clear();
    typed_text_.clear();
    body_.clear();
    phone_.clear();
    if (filed_ && filed_->body) secure_wipe(*filed_->body);
    filed_.reset();
    key_ = OperationKey::fresh();
}

std::vector<std::string> ConsultationFlow::personal_data() const {
    std::vector<std::string> held;
    if (!body_.empty() || !typed_text_.empty()) held.emplace_back("consult.body");
    if (!phone_.empty()) held.emplace_back("consult.phone");
    if (filed_) held.emplace_back("consult.filed");
    return held;
}

}  // namespace nanhai::kiosk::core
