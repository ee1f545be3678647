// The sections of a service guide (see guide_flow.hpp). Labels "guides.label.*", titles
// "guides.section.*"; a value key's {text} is the platform's text in the screen's language,
// and an argument "@key" is itself a string-table key (weekday names).
#include <cstdio>

#include "kiosk/core/guide_flow.hpp"

namespace nanhai::kiosk::core {
namespace {

std::string yuan(std::int64_t cents) {
    char text[32];
    std::snprintf(text, sizeof text, "%lld.%02lld", static_cast<long long>(cents / 100),
                  static_cast<long long>(cents % 100));
    return text;
}

DetailSection materials(const ServiceGuide& g) {
    DetailSection s{"guides.section.materials", {}};
    for (const auto& m : g.materials) {
        DetailLine line{"", m.original ? "guides.material.original" : "guides.material.copy", m.name_zh, m.name_en,
                        {{"copies", std::to_string(m.copies)}}};
        s.lines.push_back(std::move(line));
        if (!m.note_zh.empty() || !m.note_en.empty()) s.lines.push_back(text_line("", "  " + m.note_zh, "  " + m.note_en));
    }
    if (g.materials.empty()) s.lines.push_back(key_line("", "guides.value.no_materials"));
    return s;
}

DetailLine days_line(std::string label, int days) {
    if (days == 0) return key_line(std::move(label), "guides.value.on_the_spot");
    return key_line(std::move(label), "guides.value.working_days", {{"days", std::to_string(days)}});
}

DetailSection limits_and_fees(const ServiceGuide& g) {
    DetailSection s{"guides.section.limits", {}};
    s.lines.push_back(days_line("guides.label.legal_limit", g.legal_limit_working_days));
    s.lines.push_back(days_line("guides.label.promised_limit", g.promised_limit_working_days));
    if (g.fee_cents == 0) s.lines.push_back(key_line("guides.label.fee", "guides.value.free"));
    else s.lines.push_back(key_line("guides.label.fee", "guides.value.fee", {{"yuan", yuan(g.fee_cents)}}));
    // A free item's note only repeats "free".
    if (g.fee_cents > 0 && (!g.fee_note_zh.empty() || !g.fee_note_en.empty()))
        s.lines.push_back(text_line("", g.fee_note_zh, g.fee_note_en));
    return s;
}

// "星期一至星期五 09:00–17:30" for a run of days, one line per day otherwise.
void add_hours(std::vector<DetailLine>& lines, const OpeningHours& h) {
    const std::string times = h.open + "–" + h.close;
    bool contiguous = h.weekdays.size() > 1;
    for (std::size_t i = 1; i < h.weekdays.size(); ++i) contiguous = contiguous && h.weekdays[i] == h.weekdays[i - 1] + 1;
    if (contiguous) {
        lines.push_back(key_line("", "guides.hours.range",
                                 {{"from", "@common.weekday." + std::to_string(h.weekdays.front())},
                                  {"to", "@common.weekday." + std::to_string(h.weekdays.back())},
                                  {"times", times}}));
        return;
    }
    for (int day : h.weekdays)
        lines.push_back(key_line("", "guides.hours.day", {{"day", "@common.weekday." + std::to_string(day)}, {"times", times}}));
}

DetailSection where(const Item& item, const std::vector<Hall>& halls) {
    DetailSection s{"guides.section.where", {}};
    for (const auto& served : item.halls) {
        s.lines.push_back(text_line("guides.label.hall", served.name_zh, served.name_en));
        for (const auto& hall : halls) {
            if (hall.code != served.hall_code) continue;
            s.lines.push_back(text_line("guides.label.address", hall.address_zh, hall.address_en));
            if (!hall.phone.empty()) s.lines.push_back(plain_line("guides.label.phone", hall.phone));
            for (const auto& hours : hall.opening_hours) add_hours(s.lines, hours);
        }
    }
    return s;
}

DetailSection how(const Item& item) {
    DetailSection s{"guides.section.how", {}};
    for (const auto& m : item.guide.submission_methods) s.lines.push_back(key_line("guides.label.submit", "guides.submit." + m));
    for (const auto& m : item.guide.delivery_methods) s.lines.push_back(key_line("guides.label.receive", "guides.receive." + m));
    s.lines.push_back(key_line("guides.label.appointment",
                               item.summary.appointment_required ? "guides.value.appointment_required"
                                                                 : "guides.value.no_appointment"));
    s.lines.push_back(key_line("guides.label.auth", "guides.value.auth_level",
                               {{"level", std::to_string(item.summary.min_auth_level)}}));
    return s;
}

}  // namespace

std::vector<DetailSection> guide_sections(const Item& item, const std::vector<Hall>& halls) {
    std::vector<DetailSection> sections{materials(item.guide), limits_and_fees(item.guide), where(item, halls),
                                        how(item)};
    if (!item.guide.basis_zh.empty() || !item.guide.basis_en.empty())
        sections.push_back({"guides.section.basis", {text_line("", item.guide.basis_zh, item.guide.basis_en)}});
    return sections;
}

}  // namespace nanhai::kiosk::core
