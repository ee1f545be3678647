// The guide flow (see guide_flow.hpp; the sections are built in guide_sections.cpp).
#include "kiosk/core/guide_flow.hpp"

#include <array>

#include "kiosk/core/item_choices.hpp"
#include "kiosk/core/screen_ids.hpp"
#include "common/utf8.hpp"

namespace nanhai::kiosk::core {
namespace {

struct Topic {
    std::string_view id;
    std::string_view query;
};

// Common topics as the words their items' names contain.
constexpr std::array<Topic, 8> kTopics{{
    {"enterprise", "企业"},
    {"licence", "许可"},
    {"social_security", "社会保障"},
    {"unemployment", "失业"},
    {"identity_card", "身份证"},
    {"residence", "居住证"},
    {"marriage", "婚姻"},
    {"medical", "医"},
}};

struct ItemWithHalls {
    Item item;
    std::vector<Hall> halls;
};

Result<ItemWithHalls, PlatformError> fetch_item(PlatformClient& client, const std::string& code) {
    auto item = client.item(code);
    if (!item) return fail(item.error());
    auto halls = client.halls();
    if (!halls) return fail(halls.error());
    return ItemWithHalls{std::move(*item), std::move(*halls)};
}

}  // namespace

std::vector<std::string> GuideFlow::topic_ids() {
    std::vector<std::string> ids;
    for (const auto& t : kTopics) ids.emplace_back(t.id);
    return ids;
}

std::string GuideFlow::topic_query(std::string_view topic) {
    for (const auto& t : kTopics)
        if (t.id == topic) return std::string{t.query};
    return {};
}

bool GuideFlow::owns(std::string_view s) const { return s == screen::guides || s.starts_with("guides."); }

void GuideFlow::open(std::string_view, std::string_view) {
    page_ = 0;
    load_departments();
}

bool GuideFlow::handle(const Intent& intent) {
    const auto& s = host_.screen();
    const auto& w = intent.widget;
    if (auto page = page_intent(intent, s == screen::guides ? "guides.departments" : "guides.items"))
        return page_ = *page, true;
    if (s == screen::guides) {
        if (w == "guides.departments") {
            for (const auto& d : departments_) {
                if (d.code != intent.value) continue;
                ItemQuery query;
                query.department = d.code;
                query.per_page = 100;
                list_items(query, "", d.name_zh, d.name_en);
            }
            return true;
        }
        if (w == "guides.topic" && !topic_query(intent.value).empty()) {
            ItemQuery query;
            query.text = topic_query(intent.value);
            query.per_page = 100;
            list_items(query, "guides.topic." + intent.value, "", "");
            return true;
        }
        if (w == "guides.query") return query_ = intent.value, true;
        if (w == "guides.search") return search(intent.value.empty() ? query_ : intent.value), true;
        return false;
    }
    if (s == screen::guides_items && w == "guides.items") return open_item(intent.value), true;
    if (s == screen::guides_item && item_) {
        if (auto page = page_intent(intent, "guides.sections")) return page_ = *page, true;
        if (w == "guides.book" && item_->summary.appointment_required)
            return host_.open_after_sign_in(screen::appointments_items, item_->summary.code), true;
    }
    return false;
}

bool GuideFlow::back() {
    const auto& s = host_.screen();
    page_ = 0;
    if (s == screen::guides_item) return host_.show(screen::guides_items), true;
    if (s == screen::guides_items) return host_.show(screen::guides), true;
    return false;
}

// Words typed in the search field (code, Chinese or English name; the platform's limit is 50
// characters, a longer text is cut rather than refused).
void GuideFlow::search(std::string text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return;
    text = text.substr(first, text.find_last_not_of(" \t") - first + 1);
    if (auto points = split_code_points(text); points.size() > 50) {
        text.clear();
        for (std::size_t i = 0; i < 50; ++i) text += points[i];
    }
    ItemQuery query;
    query.text = text;
    query.per_page = 100;
    list_items(query, "", text, text);
}

void GuideFlow::load_departments() {
    host_.ask(
        "wait.guides", [](PlatformClient& client) { return client.departments(); },
        [this](Result<std::vector<Department>, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this] { load_departments(); });
            departments_ = std::move(*reply);
            host_.show(screen::guides);
        });
}

void GuideFlow::list_items(ItemQuery query, std::string title_key, std::string title_zh, std::string title_en) {
    host_.ask(
        "wait.guides", [query](PlatformClient& client) { return client.items(query); },
        [this, query, title_key, title_zh, title_en](Result<Page<ItemSummary>, PlatformError> reply) {
            if (!reply)
                return host_.platform_error(reply.error(), [=, this] { list_items(query, title_key, title_zh, title_en); });
            items_ = item_choices(reply->items, departments_);
            items_title_key_ = title_key;
            items_title_zh_ = title_zh;
            items_title_en_ = title_en;
            page_ = 0;
            host_.show(screen::guides_items);
        });
}

void GuideFlow::open_item(std::string code) {
    host_.ask(
        "wait.guides", [code](PlatformClient& client) { return fetch_item(client, code); },
        [this, code](Result<ItemWithHalls, PlatformError> reply) {
            if (!reply) return host_.platform_error(reply.error(), [this, code] { open_item(code); });
            item_ = std::move(reply->item);
            halls_ = std::move(reply->halls);
            page_ = 0;
            host_.show(screen::guides_item);
        });
}

ScreenData GuideFlow::view() const {
    const auto& s = host_.screen();
    if (s == screen::guides_items)
        return GuideItemsView{items_title_key_, items_title_zh_, items_title_en_, items_, page_};
    if (s == screen::guides_item && item_) {
        GuideDetailView v;
        const auto& i = item_->summary;
        v.item = ItemChoice{i.code, i.name_zh, i.name_en, item_->department_name_zh, item_->department_name_en,
                            i.appointment_required, i.min_auth_level};
        v.sections = guide_sections(*item_, halls_);
        v.page = page_;
        v.can_book = i.appointment_required;
        return v;
    }
    GuideHomeView v;
    for (const auto& d : departments_) v.departments.push_back({d.code, d.name_zh, d.name_en, d.item_count});
    v.topics = topic_ids();
    v.query = query_;
    v.page = page_;
    return v;
}

void GuideFlow::wipe() {
    departments_.clear();
    items_.clear();
    item_.reset();
    halls_.clear();
    query_.clear();
    page_ = 0;
}

}  // namespace nanhai::kiosk::core
