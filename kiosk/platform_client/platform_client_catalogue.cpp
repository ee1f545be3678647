// PlatformClient: departments, items (paged search), item detail, halls, working calendar.
#include "kiosk/platform_client/parse_catalogue.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "kiosk/platform_client/url_encoding.hpp"

namespace nanhai::kiosk {
namespace {

ApiRequest get(std::string path, std::string operation) {
    return ApiRequest{HttpMethod::get, std::move(path), {}, {}, std::move(operation)};
}

}  // namespace

Result<std::vector<Department>, PlatformError> PlatformClient::departments() {
    return call<std::vector<Department>>(get("/api/v1/departments", "catalogue.departments"),
                                         SessionUse::none, parse_departments);
}

Result<Page<ItemSummary>, PlatformError> PlatformClient::items(const ItemQuery& query) {
    if (query.page < 1) return fail(invalid_input("page", "must be at least 1"));
    if (query.per_page < 1 || query.per_page > 100)
        return fail(invalid_input("per_page", "must be 1 to 100"));
    auto path = with_query("/api/v1/items", {{"q", query.text},
                                             {"department", query.department},
                                             {"hall", query.hall},
                                             {"page", std::to_string(query.page)},
                                             {"per_page", std::to_string(query.per_page)}});
    return call<Page<ItemSummary>>(get(std::move(path), "catalogue.items"), SessionUse::none,
                                   parse_item_page);
}

Result<Item, PlatformError> PlatformClient::item(std::string_view code) {
    if (code.empty()) return fail(invalid_input("code", "is empty"));
    return call<Item>(get("/api/v1/items/" + percent_encode(code), "catalogue.item"),
                      SessionUse::none, parse_item);
}

Result<std::vector<Hall>, PlatformError> PlatformClient::halls() {
    return call<std::vector<Hall>>(get("/api/v1/halls", "catalogue.halls"), SessionUse::none,
                                   parse_halls);
}

Result<HallDetail, PlatformError> PlatformClient::hall(std::string_view code) {
    if (code.empty()) return fail(invalid_input("code", "is empty"));
    return call<HallDetail>(get("/api/v1/halls/" + percent_encode(code), "catalogue.hall"),
                            SessionUse::none, parse_hall_detail);
}

Result<Calendar, PlatformError> PlatformClient::calendar(Date from, Date to) {
    auto path = with_query("/api/v1/calendar", {{"from", format_iso_date(from)}, {"to", format_iso_date(to)}});
    return call<Calendar>(get(std::move(path), "catalogue.calendar"), SessionUse::none, parse_calendar);
}

}  // namespace nanhai::kiosk
