// Paged texts (see text_pages.hpp).
#include "kiosk/ui/widgets/text_pages.hpp"

#include <imgui.h>

#include <algorithm>

#include "kiosk/ui/text_draw.hpp"
#include "kiosk/ui/widgets/pager.hpp"

namespace nanhai::kiosk::ui {
namespace {

struct Piece {
    const std::string* text;
    bool title;
    float height;
    float gap_before;
};

std::vector<Piece> pieces_of(Ui& ui, const std::vector<TextBlock>& blocks, float width) {
    std::vector<Piece> pieces;
    const float gap = ui.layout.spacing();
    for (const auto& block : blocks) {
        if (!block.title.empty())
            pieces.push_back({&block.title, true, text_height(ui.button_font(), block.title, width),
                              pieces.empty() ? 0 : gap});
        for (const auto& line : block.lines)
            pieces.push_back({&line, false, text_height(ui.body_font(), line, width), gap / 4});
    }
    return pieces;
}

// Index of the first piece of each page. A title never ends a page: it moves to the next one
// with its first line.
std::vector<std::size_t> page_starts(const std::vector<Piece>& pieces, float room) {
    std::vector<std::size_t> starts{0};
    float used = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const float need = pieces[i].height + (used > 0 ? pieces[i].gap_before : 0);
        const float with_next = pieces[i].title && i + 1 < pieces.size()
                                    ? need + pieces[i + 1].gap_before + pieces[i + 1].height
                                    : need;
        if (used > 0 && used + with_next > room) {
            starts.push_back(i);
            used = pieces[i].height;
            continue;
        }
        used += need;
    }
    return starts;
}

float room_for_text(const Ui& ui, Rect area) { return area.h - pager_height(ui) - ui.layout.spacing(); }

}  // namespace

int text_page_count(Ui& ui, const std::vector<TextBlock>& blocks, Rect area) {
    const auto pieces = pieces_of(ui, blocks, area.w);
    return static_cast<int>(page_starts(pieces, room_for_text(ui, area)).size());
}

MaybeIntent text_pages(Ui& ui, const std::string& id, const std::vector<TextBlock>& blocks, int page,
                       Rect area, std::vector<std::string>& drawn) {
    const auto pieces = pieces_of(ui, blocks, area.w);
    const auto starts = page_starts(pieces, room_for_text(ui, area));
    const int pages = static_cast<int>(starts.size());
    const int shown = std::clamp(page, 0, pages - 1);
    const std::size_t from = starts[static_cast<std::size_t>(shown)];
    const std::size_t to = shown + 1 < pages ? starts[static_cast<std::size_t>(shown + 1)] : pieces.size();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const Palette& p = ui.theme.palette;
    float y = area.y;
    for (std::size_t i = from; i < to; ++i) {
        const Piece& piece = pieces[i];
        if (i > from) y += piece.gap_before;
        y += draw_text(list, piece.title ? ui.button_font() : ui.body_font(), *piece.text,
                       piece.title ? p.title_bar : p.text, {area.x, y, area.w, area.bottom() - y});
        drawn.push_back(*piece.text);
    }
    if (pages <= 1) return std::nullopt;
    return pager(ui, id, shown, pages, {area.x, area.bottom() - pager_height(ui), area.w, pager_height(ui)});
}

}  // namespace nanhai::kiosk::ui
