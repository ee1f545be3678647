// JSON -> catalogue types. On failure: malformed_response naming the field.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "common/result.hpp"
#include "kiosk/platform_client/catalogue_types.hpp"
#include "kiosk/platform_client/page.hpp"
#include "kiosk/platform_client/platform_error.hpp"

namespace nanhai::kiosk {

Result<std::vector<Department>, PlatformError> parse_departments(const nlohmann::json& document);
Result<Page<ItemSummary>, PlatformError> parse_item_page(const nlohmann::json& document);
Result<Item, PlatformError> parse_item(const nlohmann::json& document);
Result<std::vector<Hall>, PlatformError> parse_halls(const nlohmann::json& document);
Result<HallDetail, PlatformError> parse_hall_detail(const nlohmann::json& document);
Result<Calendar, PlatformError> parse_calendar(const nlohmann::json& document);

}  // namespace nanhai::kiosk
