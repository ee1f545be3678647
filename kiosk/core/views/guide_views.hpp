// Views of the service guides (办事指南, art. 19): browse by department or by a common word,
// then one item's materials, limits, fees, where and how.
#pragma once

#include <string>
#include <vector>

#include "kiosk/core/views/booking_views.hpp"
#include "kiosk/core/views/detail_section.hpp"

namespace nanhai::kiosk::core {

struct DepartmentChoice {
    std::string code;
    std::string name_zh, name_en;
    int item_count = 0;
};

struct GuideHomeView {  // "guides"
    std::vector<DepartmentChoice> departments;
    std::vector<std::string> topics;  // search words offered as buttons; key "guides.topic.<id>"
    std::string query;                // typed so far in the search field
    int page = 0;
};

struct GuideItemsView {  // "guides.items"
    std::string title_key;            // "guides.topic.<id>", or "" with the department's names
    std::string title_zh, title_en;
    std::vector<ItemChoice> items;
    int page = 0;
};

struct GuideDetailView {  // "guides.item"
    ItemChoice item;
    std::vector<DetailSection> sections;  // materials, time limits and fees, where, how, basis
    int page = 0;
    bool can_book = false;  // offer guides.book: the booking flow for this item
};

}  // namespace nanhai::kiosk::core
