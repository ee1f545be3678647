// The service catalogue over real HTTP with the demo seed: departments, item search and filters
// with pagination, the full service guide, halls and opening hours, and the working-day
// calendar. Every answer is also checked against platform/openapi.json by the ApiClient.
#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>

#include "tests/support/api_client.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::test {
namespace {

// Percent-encodes a query value (UTF-8 bytes), as a kiosk's HTTP client would.
std::string url_encode(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::set<std::string> codes_of(const nlohmann::json& items, const char* key = "code") {
    std::set<std::string> codes;
    for (const auto& item : items) codes.insert(item[key].get<std::string>());
    return codes;
}

class CatalogueApi : public ::testing::Test {
protected:
    PlatformProcess platform_;
    ApiClient api_{platform_.port()};

    nlohmann::json items(const std::string& query) {
        auto r = api_.get("/api/v1/items" + query);
        EXPECT_EQ(r.status, 200) << query << " " << r.body.dump();
        return r.body;
    }
};

TEST_F(CatalogueApi, ListsDepartmentsWithTheirNumbers) {
    auto r = api_.get("/api/v1/departments");
    ASSERT_EQ(r.status, 200);
    ASSERT_GE(r.body["departments"].size(), 5u);
    const auto& first = r.body["departments"][0];
    EXPECT_EQ(first["code"], "SCJG");
    EXPECT_EQ(first["number"], 101);
    EXPECT_EQ(first["name_zh"], "佛山市南海区市场监督管理局");
    EXPECT_GE(first["item_count"].get<int>(), 1);
}

TEST_F(CatalogueApi, PaginatesItems) {
    auto first = items("?per_page=5");
    EXPECT_EQ(first["page"], 1);
    EXPECT_EQ(first["per_page"], 5);
    EXPECT_GE(first["total"].get<int>(), 15);
    ASSERT_EQ(first["items"].size(), 5u);
    auto second = items("?per_page=5&page=2");
    ASSERT_EQ(second["items"].size(), 5u);
    auto on_first_page = codes_of(first["items"]);
    for (const auto& code : codes_of(second["items"])) EXPECT_EQ(on_first_page.count(code), 0u);
    auto beyond = items("?per_page=5&page=100");
    EXPECT_TRUE(beyond["items"].empty());
    EXPECT_EQ(beyond["total"], first["total"]);
    EXPECT_EQ(api_.get("/api/v1/items?per_page=0").error_code(), "validation_failed");
}

TEST_F(CatalogueApi, SearchesChineseAndCaseInsensitiveLatin) {
    auto food = items("?q=" + url_encode("食品"));
    EXPECT_EQ(codes_of(food["items"]), (std::set<std::string>{"SCJG-002"}));
    EXPECT_EQ(food["total"], 1);
    auto licence = items("?q=LICENCE");
    EXPECT_EQ(codes_of(licence["items"]).count("SCJG-002"), 1u);
    auto by_code = items("?q=scjg-00");
    EXPECT_EQ(by_code["total"], 4);
    EXPECT_EQ(items("?q=" + url_encode("%"))["total"], 0);  // wildcards are matched literally
    EXPECT_EQ(items("?q=" + url_encode("不存在的事项"))["total"], 0);
}

TEST_F(CatalogueApi, FiltersByDepartmentAndHall) {
    auto social = items("?department=RSJ");
    ASSERT_GE(social["items"].size(), 2u);
    for (const auto& item : social["items"]) EXPECT_EQ(item["department_code"], "RSJ");
    auto xiqiao = items("?hall=NH-XIQIAO&per_page=100");
    EXPECT_EQ(codes_of(xiqiao["items"]).count("SCJG-002"), 0u);  // district-only
    for (const auto& item : xiqiao["items"]) EXPECT_EQ(item["level"], "town");
    auto both = items("?department=SCJG&hall=NH-GUICHENG");
    EXPECT_EQ(codes_of(both["items"]), (std::set<std::string>{"SCJG-001", "SCJG-004"}));
    EXPECT_EQ(api_.get("/api/v1/items?department=NOPE").error_code(), "validation_failed");
    EXPECT_EQ(api_.get("/api/v1/items?hall=NH-NOWHERE").error_code(), "validation_failed");
}

TEST_F(CatalogueApi, ShowsAnItemWithItsServiceGuide) {
    auto r = api_.get("/api/v1/items/SCJG-002");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body["name_zh"], "食品经营许可");
    EXPECT_EQ(r.body["department_name_en"], "Nanhai District Market Supervision Bureau");
    EXPECT_TRUE(r.body["appointment_required"].get<bool>());
    const auto& guide = r.body["guide"];
    EXPECT_GE(guide["materials"].size(), 3u);
    EXPECT_EQ(guide["legal_limit_working_days"], 10);
    EXPECT_EQ(guide["promised_limit_working_days"], 5);
    EXPECT_EQ(guide["fee"]["amount_cents"], 0);
    EXPECT_FALSE(guide["basis_zh"].get<std::string>().empty());
    ASSERT_EQ(r.body["halls"].size(), 1u);
    EXPECT_EQ(r.body["halls"][0]["hall_code"], "NH-DISTRICT");
    EXPECT_EQ(r.body["halls"][0]["slot_minutes"], 30);
    auto id_card = api_.get("/api/v1/items/GAJ-003");
    EXPECT_EQ(id_card.body["guide"]["fee"]["amount_cents"], 2000);
}

TEST_F(CatalogueApi, UnknownItemIsNotFound) {
    auto r = api_.get("/api/v1/items/NO-SUCH-ITEM");
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.error_code(), "not_found");
    EXPECT_EQ(r.body["error"]["details"]["resource"], "item");
}

TEST_F(CatalogueApi, ListsHallsDistrictFirstWithOpeningHours) {
    auto r = api_.get("/api/v1/halls");
    ASSERT_EQ(r.status, 200);
    const auto& halls = r.body["halls"];
    ASSERT_GE(halls.size(), 5u);
    EXPECT_EQ(halls[0]["code"], "NH-DISTRICT");
    EXPECT_EQ(halls[0]["level"], "district");
    EXPECT_EQ(halls[0]["opening_hours"][0]["open"], "09:00");
    for (std::size_t i = 1; i < halls.size(); ++i) EXPECT_EQ(halls[i]["level"], "town");
}

TEST_F(CatalogueApi, ShowsAHallWithTheItemsItServes) {
    auto r = api_.get("/api/v1/halls/NH-DALI");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body["name_zh"], "大沥镇行政服务中心");
    bool saturday = false;
    for (const auto& rule : r.body["opening_hours"])
        for (const auto& day : rule["weekdays"]) saturday = saturday || day == 6;
    EXPECT_TRUE(saturday);
    EXPECT_EQ(codes_of(r.body["items"], "item_code").count("SCJG-001"), 1u);
    EXPECT_EQ(api_.get("/api/v1/halls/NH-NOWHERE").error_code(), "not_found");
}

TEST_F(CatalogueApi, CalendarNamesHolidaysAndMakeUpDays) {
    auto r = api_.get("/api/v1/calendar?from=2026-09-28&to=2026-10-11");
    ASSERT_EQ(r.status, 200);
    const auto& days = r.body["days"];
    ASSERT_EQ(days.size(), 14u);
    EXPECT_EQ(days[0]["date"], "2026-09-28");
    EXPECT_TRUE(days[0]["working"].get<bool>());
    EXPECT_EQ(days[0]["kind"], "regular");
    EXPECT_TRUE(days[0]["name_zh"].is_null());
    EXPECT_EQ(days[3]["date"], "2026-10-01");
    EXPECT_FALSE(days[3]["working"].get<bool>());
    EXPECT_EQ(days[3]["name_zh"], "国庆节");
    EXPECT_EQ(days[12]["date"], "2026-10-10");
    EXPECT_TRUE(days[12]["working"].get<bool>());
    EXPECT_EQ(days[12]["kind"], "make_up_workday");
    EXPECT_EQ(days[12]["weekday"], 6);
    EXPECT_EQ(days[12]["name_en"], "National Day make-up working day");
    EXPECT_FALSE(days[13]["working"].get<bool>());  // an ordinary Sunday
}

TEST_F(CatalogueApi, CalendarSpansTheTurnOfTheYear) {
    auto r = api_.get("/api/v1/calendar?from=2026-12-31&to=2027-01-04");
    ASSERT_EQ(r.status, 200);
    ASSERT_EQ(r.body["days"].size(), 5u);
    EXPECT_EQ(r.body["days"][1]["name_en"], "New Year's Day");
    EXPECT_TRUE(r.body["days"][4]["working"].get<bool>());
}

TEST_F(CatalogueApi, CalendarRefusesBadRanges) {
    for (const char* query : {"?from=2026-12-10&to=2026-12-01", "?from=2026-12-01&to=2027-02-02",
                              "?from=2026-12-01", "?from=2026-13-01&to=2026-12-02",
                              "?from=1%20Dec&to=2026-12-02"}) {
        auto r = api_.get(std::string{"/api/v1/calendar"} + query);
        EXPECT_EQ(r.status, 422) << query;
        EXPECT_EQ(r.error_code(), "validation_failed") << query;
    }
    EXPECT_EQ(api_.get("/api/v1/calendar?from=2026-12-01&to=2027-01-31").status, 200);  // 62 days
    auto unpublished = api_.get("/api/v1/calendar?from=2030-01-01&to=2030-01-31");
    EXPECT_EQ(unpublished.status, 422);
    EXPECT_EQ(unpublished.error_code(), "calendar_not_available");
}

TEST_F(CatalogueApi, DepartmentDesksReadTheCatalogueAndStrangersDoNot) {
    ApiClient desk{platform_.port(), "NH-DESK-0001", "dev-only-desk-key-0001"};
    EXPECT_EQ(desk.get("/api/v1/items/RSJ-001").status, 200);
    ApiClient town_kiosk{platform_.port(), "NH-KIOSK-0002", "dev-only-kiosk-key-0002"};
    EXPECT_EQ(town_kiosk.get("/api/v1/halls").status, 200);
    ApiClient stranger{platform_.port(), "NH-KIOSK-9999", "guess"};
    EXPECT_EQ(stranger.get("/api/v1/departments").error_code(), "terminal_unknown");
}

}  // namespace
}  // namespace nanhai::test
