// consult -> consult.topic -> consult.compose -> consult.contact -> consult.confirm ->
// consult.filed. Choices are big buttons; what will be sent is always shown before sending.
#include <algorithm>

#include "kiosk/ui/screens/screens.hpp"
#include "kiosk/ui/widgets/keypad.hpp"

namespace nanhai::kiosk::ui::screens {
namespace {

std::string kind_label(ScreenFrame& f, const std::string& kind) { return f.ui.tr("consult.kind." + kind); }

}  // namespace

MaybeIntent consult_kind_screen(ScreenFrame& f, const core::ConsultKindView&) {
    MaybeIntent intent = screen_title(f, f.ui.tr("consult.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const float y = c.y + say(f, f.ui.title_font(), f.ui.tr("consult.intro"), f.ui.theme.palette.text, c) + gap;
    std::vector<ButtonSpec> kinds;
    for (const std::string kind : {"consultation", "complaint"}) {
        kinds.push_back(button(f, "consult.kind." + kind, kind_label(f, kind), f.ui.tr("consult.kind." + kind + ".hint"),
                               ButtonStyle::primary, kind));
        kinds.back().label_font = LabelFont::title;
    }
    const int columns = f.ui.layout.portrait() ? 1 : 2;
    const float h = f.ui.layout.portrait() ? c.bottom() - y : std::min(c.bottom() - y, f.ui.theme.metrics.big_button * 2.5f);
    keep_first(intent, button_grid(f.ui, kinds, {c.x, y, c.w, h}, columns));
    return intent;
}

MaybeIntent consult_topic_screen(ScreenFrame& f, const core::ConsultTopicView& v) {
    MaybeIntent intent = screen_title(f, kind_label(f, v.kind), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const float y = c.y + say(f, f.ui.title_font(), f.ui.tr("consult.topic.intro"), f.ui.theme.palette.text, c) + gap;
    std::vector<ButtonSpec> topics;
    for (const auto& id : v.topics)
        topics.push_back(button(f, "consult.topic." + id, f.ui.tr("consult.topic." + id), {}, ButtonStyle::secondary, id));
    const int columns = f.ui.layout.portrait() ? 2 : 4;
    keep_first(intent, button_grid(f.ui, topics, {c.x, y, c.w, c.bottom() - y}, columns));
    return intent;
}

MaybeIntent consult_compose_screen(ScreenFrame& f, const core::ConsultComposeView& v) {
    MaybeIntent intent = screen_title(f, kind_label(f, v.kind) + " · " + f.ui.tr("consult.topic." + v.topic), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    float y = c.y + say(f, f.ui.button_font(), f.ui.tr("consult.compose.intro"), p.text, c) + gap;
    std::vector<ButtonSpec> phrases;
    for (const auto& id : v.phrases) {
        const bool on = std::find(v.chosen.begin(), v.chosen.end(), id) != v.chosen.end();
        phrases.push_back(button(f, "consult.phrase." + id, f.ui.tr("consult.phrase." + id), {},
                                 on ? ButtonStyle::selected : ButtonStyle::secondary, id));
    }
    const int columns = f.ui.layout.portrait() ? 1 : 2;
    const int rows = Layout::grid_rows(static_cast<int>(phrases.size()), columns);
    const float row_h = f.ui.theme.metrics.min_target * 1.2f;
    const float grid_h = static_cast<float>(rows) * row_h + static_cast<float>(rows - 1) * gap;
    keep_first(intent, button_grid(f.ui, phrases, {c.x, y, c.w, grid_h}, columns, row_h));
    y += grid_h + gap * 2;
    y += say(f, f.ui.body_font(), f.ui.tr("consult.compose.preview"), p.muted_text, {c.x, y, c.w, c.h});
    say(f, f.ui.body_font(), v.body.empty() ? f.ui.tr("consult.compose.nothing") : v.body, p.text,
        {c.x, y, c.w, c.bottom() - bottom_row_height(f) - gap - y});
    keep_first(intent, bottom_row(f, {button(f, "consult.continue", f.ui.tr("common.next"), {},
                                             v.can_continue ? ButtonStyle::primary : ButtonStyle::disabled)}));
    return intent;
}

MaybeIntent consult_contact_screen(ScreenFrame& f, const core::ConsultContactView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("consult.contact.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    const auto [text, pad] = keypad_layout(f);
    Rect left = text;
    left.y += say(f, f.ui.title_font(), f.ui.tr("consult.contact.intro"), p.text, left) + gap;
    left.y += say(f, f.ui.body_font(), f.ui.tr("consult.contact.hint"), p.muted_text, left) + gap;
    keep_first(intent, big_button(f.ui, button(f, "consult.skip_phone", f.ui.tr("consult.skip_phone"), {}, ButtonStyle::secondary),
                                  {left.x, left.y, std::min(left.w, c.w / 3), f.ui.theme.metrics.min_target * 1.2f}));
    note(f, v.typed.empty() ? f.ui.tr("keypad.empty") : v.typed);
    keep_first(intent, keypad(f.ui, {v.typed, false, v.valid, false, {}}, pad));
    return intent;
}

MaybeIntent consult_confirm_screen(ScreenFrame& f, const core::ConsultConfirmView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("consult.confirm.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    float y = c.y + say(f, f.ui.title_font(), f.ui.tr("consult.confirm.intro"), f.ui.theme.palette.text, c) + gap;
    std::vector<std::string> lines{labelled(f, "consult.label.kind", kind_label(f, v.kind)),
                                   labelled(f, "consult.label.topic", f.ui.tr("consult.topic." + v.topic)),
                                   labelled(f, "consult.label.body", v.body)};
    lines.push_back(labelled(f, "consult.label.phone", v.phone_masked.empty() ? f.ui.tr("consult.no_phone") : v.phone_masked));
    say_lines(f, lines, {c.x, y, c.w, c.h}, f.ui.button_font());
    keep_first(intent, bottom_row(f, {button(f, "consult.submit", f.ui.tr("consult.submit"))}));
    return intent;
}

MaybeIntent consult_filed_screen(ScreenFrame& f, const core::ConsultFiledView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("consult.filed.title"), false);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    float y = c.y + say(f, f.ui.title_font(), tr(f, "consult.filed.text", {{"ticket", v.ticket}}), p.text, c) + gap;
    y += say_lines(f,
                   {labelled(f, "consult.label.topic", v.subject), labelled(f, "consult.label.filed_at", v.filed_at),
                    tr(f, "consult.filed.due", {{"date", date_text(f, v.reply_due)}})},
                   {c.x, y, c.w, c.h}, f.ui.button_font()) + gap;
    say(f, f.ui.body_font(), f.ui.tr("consult.filed.hint"), p.muted_text, {c.x, y, c.w, c.h});
    keep_first(intent, bottom_row(f, {button(f, "consult.print", f.ui.tr("consult.print"), {}, ButtonStyle::secondary),
                                      button(f, "consult.done", f.ui.tr("common.done"))}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
