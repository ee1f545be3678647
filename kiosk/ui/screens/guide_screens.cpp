// guides: departments as a list and common topics as buttons; guides.items: the items found;
// guides.item: one guide, paged, with "book" when the item needs an appointment.
#include <algorithm>

#include "kiosk/ui/screens/appointment_rows.hpp"
#include "kiosk/ui/screens/screens.hpp"
#include "kiosk/ui/widgets/text_field.hpp"

namespace nanhai::kiosk::ui::screens {

MaybeIntent guide_home_screen(ScreenFrame& f, const core::GuideHomeView& v) {
    MaybeIntent intent = screen_title(f, f.ui.tr("guides.title"), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    const Palette& p = f.ui.theme.palette;
    float y = c.y + say(f, f.ui.body_font(), f.ui.tr("guides.intro"), p.muted_text, c) + gap;
    // The search field and its button: words typed with whatever text input the kiosk has.
    const float field_h = f.ui.theme.metrics.min_target;
    const float search_w = std::min(c.w / 3, 320.0f);
    const auto typed = text_field(f.ui, {"guides.query", v.query, f.ui.tr("guides.search_hint")},
                                  {c.x, y, c.w - search_w - gap, field_h});
    note(f, v.query);
    if (typed.edited) keep_first(intent, Intent{"guides.query", *typed.edited});
    if (typed.submitted) keep_first(intent, Intent{"guides.search", typed.edited.value_or(v.query)});
    keep_first(intent, big_button(f.ui, button(f, "guides.search", f.ui.tr("guides.search"), {},
                                               v.query.empty() ? ButtonStyle::disabled : ButtonStyle::primary, v.query),
                                  {c.right() - search_w, y, search_w, field_h}));
    y += field_h + gap;
    y += say(f, f.ui.button_font(), f.ui.tr("guides.topics"), p.text, {c.x, y, c.w, c.h}) + gap / 2;
    std::vector<ButtonSpec> topics;
    for (const auto& id : v.topics)
        topics.push_back(button(f, "guides.topic." + id, f.ui.tr("guides.topic." + id), {}, ButtonStyle::secondary, id));
    const int columns = f.ui.layout.portrait() ? 2 : 4;
    const int rows = Layout::grid_rows(static_cast<int>(topics.size()), columns);
    const float row_h = f.ui.theme.metrics.min_target * 1.1f;
    const float grid_h = static_cast<float>(rows) * row_h + static_cast<float>(rows - 1) * gap;
    keep_first(intent, button_grid(f.ui, topics, {c.x, y, c.w, grid_h}, columns, row_h));
    y += grid_h + gap * 1.5f;
    y += say(f, f.ui.button_font(), f.ui.tr("guides.departments"), p.text, {c.x, y, c.w, c.h}) + gap / 2;
    RowListView list{"guides.departments", {}, v.page};
    for (const auto& d : v.departments)
        list.rows.push_back({d.code, pick(f.view, d.name_zh, d.name_en),
                             tr(f, "guides.department_items", {{"count", std::to_string(d.item_count)}})});
    keep_first(intent, row_list(f.ui, list, {c.x, y, c.w, c.bottom() - y}, &f.texts));
    return intent;
}

MaybeIntent guide_items_screen(ScreenFrame& f, const core::GuideItemsView& v) {
    ListScreen s;
    s.title = v.title_key.empty() ? pick(f.view, v.title_zh, v.title_en) : f.ui.tr(v.title_key);
    s.intro = {f.ui.tr("guides.items.intro")};
    s.list = {"guides.items", {}, v.page};
    for (const auto& item : v.items) s.list.rows.push_back(item_row(f, item));
    s.empty_text = f.ui.tr("guides.items.empty");
    return list_screen(f, s);
}

MaybeIntent guide_detail_screen(ScreenFrame& f, const core::GuideDetailView& v) {
    MaybeIntent intent = screen_title(f, pick(f.view, v.item.name_zh, v.item.name_en), true);
    const Rect c = f.ui.layout.content();
    const float gap = f.ui.layout.spacing();
    float y = c.y + say(f, f.ui.body_font(),
                        labelled(f, "guides.label.department", pick(f.view, v.item.department_zh, v.item.department_en)) +
                            "    " + labelled(f, "guides.label.code", v.item.code),
                        f.ui.theme.palette.muted_text, c) + gap;
    const bool book = v.can_book;
    const float bottom = book ? c.bottom() - bottom_row_height(f) - gap : c.bottom();
    keep_first(intent, detail_pages(f, "guides.sections", v.sections, v.page, {c.x, y, c.w, bottom - y}));
    if (book) keep_first(intent, bottom_row(f, {button(f, "guides.book", f.ui.tr("guides.book"))}));
    return intent;
}

}  // namespace nanhai::kiosk::ui::screens
