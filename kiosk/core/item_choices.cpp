// Item rows (see item_choices.hpp).
#include "kiosk/core/item_choices.hpp"

namespace nanhai::kiosk::core {

std::vector<ItemChoice> item_choices(const std::vector<ItemSummary>& items, const std::vector<Department>& departments) {
    std::vector<ItemChoice> out;
    for (const auto& item : items) {
        ItemChoice choice{item.code, item.name_zh, item.name_en, {}, {}, item.appointment_required, item.min_auth_level};
        for (const auto& d : departments)
            if (d.code == item.department_code) {
                choice.department_zh = d.name_zh;
                choice.department_en = d.name_en;
            }
        out.push_back(std::move(choice));
    }
    return out;
}

}  // namespace nanhai::kiosk::core
