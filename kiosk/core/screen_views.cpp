// View data per screen, built from the session and the platform's answers.
#include "kiosk/core/screen_views.hpp"

#include <array>

#include "common/utf8.hpp"
#include "kiosk/core/intent.hpp"
#include "kiosk/core/screen_ids.hpp"

namespace nanhai::kiosk::core {
namespace {

struct MenuItem {
    std::string_view widget;
    std::string_view screen;
    std::string_view title_key;
    bool needs_sign_in;
    bool signed_in_only;
};

// Booking needs a session (the platform binds it to the applicant); the rest also work
// anonymously (a case by its code, a consultation followed by ticket, guides, check-in).
constexpr std::array<MenuItem, 8> kMenu{{
    {widget::home_sign_in, screen::sign_in, "menu.sign_in", false, false},
    {widget::home_appointments, screen::appointments, "menu.appointments", true, false},
    {widget::home_check_in, screen::check_in, "menu.check_in", false, false},
    {widget::home_case_query, screen::case_query, "menu.case_query", false, false},
    {widget::home_evaluate, screen::cases_mine, "menu.evaluate", true, false},
    {widget::home_consult, screen::consult, "menu.consult", false, false},
    {widget::home_guides, screen::guides, "menu.guides", false, false},
    {widget::home_blacklist, screen::blacklist_notice, "menu.blacklist", true, true},
}};

const MenuItem* find_menu_item(std::string_view widget) {
    for (const auto& item : kMenu)
        if (item.widget == widget) return &item;
    return nullptr;
}

struct Preset {
    std::string_view id;
    std::string_view statement;
};

constexpr std::array<Preset, 3> kPresets{{
    {"unintentional", "本人并非故意违反规定，系因特殊情况未能按时办理，申请移出黑名单。"},
    {"illness", "本人因病未能按预约时间到场，可提供就医证明，申请移出黑名单。"},
    {"attended", "本人已按时到场办理，记录有误，申请核实并移出黑名单。"},
}};

}  // namespace

std::vector<MenuEntry> anonymous_menu() {
    std::vector<MenuEntry> entries;
    for (const auto& item : kMenu)
        if (!item.signed_in_only)
            entries.push_back({std::string{item.widget}, std::string{item.title_key}, item.needs_sign_in});
    return entries;
}

std::vector<MenuEntry> signed_in_menu() {
    std::vector<MenuEntry> entries;
    for (const auto& item : kMenu)
        if (item.widget != widget::home_sign_in)
            entries.push_back({std::string{item.widget}, std::string{item.title_key}, false});
    return entries;
}

std::string_view menu_target(std::string_view widget) {
    const auto* item = find_menu_item(widget);
    return item ? item->screen : std::string_view{};
}

bool menu_needs_sign_in(std::string_view widget) {
    const auto* item = find_menu_item(widget);
    return item && item->needs_sign_in;
}

ApplicantBadge badge_of(const ApplicantView& applicant) {
    return {applicant.masked_name, applicant.masked_id, applicant.kind, applicant.auth_method,
            applicant.auth_level};
}

BlacklistEntryView entry_view(const BlacklistEntry& entry) {
    BlacklistEntryView view;
    view.id = entry.id;
    view.kind = entry.kind;
    view.reason_zh = entry.reason_zh;
    view.reason_en = entry.reason_en;
    view.record_count = entry.record_count;
    view.notice_date = format_iso_date(entry.notice_date);
    view.appeal_deadline = format_iso_date(entry.appeal_deadline);
    view.appeal_working_days_left = entry.appeal_working_days_left;
    view.can_appeal = entry.can_appeal;
    view.blocked = entry.blocked;
    if (entry.appeal) view.appeal_status = entry.appeal->status;
    return view;
}

BlacklistNoticeView notice_view(const BlacklistStatus& status) {
    BlacklistNoticeView view;
    for (const auto& entry : status.entries) view.entries.push_back(entry_view(entry));
    return view;
}

CaseTimelineView timeline_view(const CaseView& c) {
    CaseTimelineView view;
    view.code = c.code;
    view.item_zh = c.item.name_zh;
    view.item_en = c.item.name_en;
    view.department_zh = c.department.name_zh;
    view.department_en = c.department.name_en;
    view.stage = c.stage;
    view.stage_zh = c.stage_name_zh;
    view.stage_en = c.stage_name_en;
    view.status = c.status;
    view.status_zh = c.status_zh;
    view.status_en = c.status_en;
    view.filed_date = format_iso_date(c.filed_date);
    view.updated_at = format_local_minute(c.updated_at);
    view.restricted = c.restricted;
    for (const auto& s : c.stage_timestamps) view.stages.push_back({s.stage, format_local_minute(s.at)});
    for (const auto& e : c.timeline) view.events.push_back({e.stage, e.status, format_local_minute(e.at)});
    return view;
}

std::vector<AppealPreset> appeal_presets() {
    std::vector<AppealPreset> presets;
    for (const auto& p : kPresets) presets.push_back({std::string{p.id}, "appeal.preset." + std::string{p.id}});
    return presets;
}

std::string preset_statement(std::string_view id) {
    for (const auto& p : kPresets)
        if (p.id == id) return std::string{p.statement};
    return {};
}

std::size_t character_count(std::string_view utf8) { return split_code_points(utf8).size(); }

}  // namespace nanhai::kiosk::core
