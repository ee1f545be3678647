// The service guides (办事指南, art. 19), no sign-in needed: browse by department or by a common
// topic (or by a typed word where the kiosk has a keyboard), then one item's guide: materials,
// time limits and fees, the halls that serve it with their addresses and hours, how to hand in
// and receive, and the legal basis. An item that needs an appointment can be booked from here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/flow.hpp"
#include "kiosk/platform_client/catalogue_types.hpp"

namespace nanhai::kiosk::core {

class GuideFlow final : public Flow {
public:
    explicit GuideFlow(FlowHost& host) : host_{host} {}

    bool owns(std::string_view screen) const override;
    void open(std::string_view screen, std::string_view value) override;
    bool handle(const Intent& intent) override;
    bool back() override;
    ScreenData view() const override;
    void wipe() override;
    std::vector<std::string> personal_data() const override { return {}; }  // catalogue only

    static std::vector<std::string> topic_ids();
    static std::string topic_query(std::string_view topic);  // the search words (Chinese)

private:
    void load_departments();
    void search(std::string text);
    void list_items(ItemQuery query, std::string title_key, std::string title_zh, std::string title_en);
    void open_item(std::string code);

    FlowHost& host_;
    std::vector<Department> departments_;
    std::vector<ItemChoice> items_;
    std::string items_title_key_, items_title_zh_, items_title_en_;
    std::optional<Item> item_;
    std::vector<Hall> halls_;
    std::string query_;  // the search field's text
    int page_ = 0;
};

// The guide of an item as sections (materials, limits and fees, where, how, basis).
std::vector<DetailSection> guide_sections(const Item& item, const std::vector<Hall>& halls);

}  // namespace nanhai::kiosk::core
