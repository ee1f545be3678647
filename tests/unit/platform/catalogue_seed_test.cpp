// The demo catalogue seed and the catalogue helpers other areas use: the seed is idempotent and
// complete (departments, district and town halls, items with valid guides served somewhere), and
// load_item / hall_hours_on / item_hall read it back.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "platform/domain/catalogue.hpp"
#include "platform/platform.hpp"
#include "platform/seed/demo_seed.hpp"

namespace nanhai::platform {
namespace {

Date date(const char* iso) { return parse_iso_date(iso).value(); }

class CatalogueSeed : public ::testing::Test {
protected:
    void SetUp() override {
        auto start = parse_iso_instant("2026-12-01T09:00:00+08:00");
        PlatformOptions options;
        options.demo = true;
        auto opened = Platform::open(":memory:", std::make_shared<ManualClock>(*start), options);
        ASSERT_TRUE(opened.has_value()) << opened.error();
        platform_ = std::move(*opened);
        auto seeded = seed_demo(*platform_);
        ASSERT_TRUE(seeded.has_value()) << seeded.error();
    }

    Database& db() { return platform_->database(); }

    std::int64_t count(const std::string& sql) { return db().query_int(sql).value().value_or(-1); }

    // Every row of a catalogue table, one text line each, in key order.
    std::vector<std::string> rows(const std::string& select) {
        std::vector<std::string> out;
        auto stmt = db().prepare(select);
        EXPECT_TRUE(stmt.has_value());
        while (stmt && stmt->step().value_or(false)) out.push_back(stmt->text_at(0));
        return out;
    }

    std::vector<std::string> snapshot() {
        auto all = rows("SELECT code || number || name_zh || name_en || phone FROM departments "
                        "ORDER BY code");
        for (auto sql : {"SELECT code || name_zh || level || address_zh || phone || opening_hours "
                         "FROM halls ORDER BY code",
                         "SELECT code || name_zh || department_code || level || min_auth_level || "
                         "appointment_required || guide FROM items ORDER BY code",
                         "SELECT item_code || hall_code || slot_minutes || slot_capacity "
                         "FROM item_halls ORDER BY item_code, hall_code",
                         "SELECT id || name || hall_code || role || key_hash FROM terminals "
                         "ORDER BY id"})
            for (auto& row : rows(sql)) all.push_back(row);
        // The other parts of the seed (applicants, cases, blacklist) by row count; the audit
        // trail is left out because it records every seeding request, which is its job.
        for (const auto& table : rows("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name <> 'audit' ORDER BY name"))
            all.push_back(table + ": " + std::to_string(count("SELECT COUNT(*) FROM " + table)));
        return all;
    }

    std::vector<std::string> codes(const std::string& select) { return rows(select); }

    std::unique_ptr<Platform> platform_;
};

TEST_F(CatalogueSeed, SeedingTwiceChangesNothing) {
    auto before = snapshot();
    auto changes_before = count("SELECT total_changes()");
    ASSERT_TRUE(seed_demo_catalogue(db()).has_value());
    EXPECT_EQ(count("SELECT total_changes()"), changes_before);  // every insert was ignored
    ASSERT_TRUE(seed_demo(*platform_).has_value());
    EXPECT_EQ(snapshot(), before);
}

TEST_F(CatalogueSeed, HasTheDistrictHallTownHallsDepartmentsAndItems) {
    EXPECT_GE(count("SELECT COUNT(*) FROM departments"), 5);
    EXPECT_GE(count("SELECT COUNT(*) FROM items"), 15);
    EXPECT_EQ(count("SELECT COUNT(*) FROM halls WHERE code = 'NH-DISTRICT' "
                    "AND level = 'district'"), 1);
    EXPECT_GE(count("SELECT COUNT(*) FROM halls WHERE level = 'town'"), 4);
    EXPECT_EQ(count("SELECT COUNT(*) FROM departments WHERE number NOT BETWEEN 100 AND 999"), 0);
    // A mix the kiosk must handle: with and without appointments, every authentication level.
    EXPECT_GE(count("SELECT COUNT(*) FROM items WHERE appointment_required = 1"), 3);
    EXPECT_GE(count("SELECT COUNT(*) FROM items WHERE appointment_required = 0"), 3);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT min_auth_level) FROM items"), 3);
}

TEST_F(CatalogueSeed, EveryItemHasAValidGuide) {
    for (const auto& code : codes("SELECT code FROM items ORDER BY code")) {
        auto stmt = db().prepare("SELECT guide FROM items WHERE code = ?");
        ASSERT_TRUE(stmt.has_value());
        stmt->bind(1, code);
        ASSERT_TRUE(stmt->step().value());
        auto valid = validate_guide(nlohmann::json::parse(stmt->text_at(0)));
        EXPECT_TRUE(valid.has_value()) << code << ": " << (valid ? "" : valid.error());
        auto item = load_item(db(), code);
        ASSERT_TRUE(item.has_value()) << code;
        EXPECT_LE(item->promised_limit_working_days, item->legal_limit_working_days) << code;
        EXPECT_FALSE(item->submission_methods.empty()) << code;
    }
}

TEST_F(CatalogueSeed, EveryItemIsServedAtAHallOfItsLevel) {
    EXPECT_TRUE(codes("SELECT code FROM items WHERE code NOT IN "
                      "(SELECT item_code FROM item_halls)").empty());
    EXPECT_TRUE(codes("SELECT code FROM items WHERE appointment_required = 1 AND code NOT IN "
                      "(SELECT item_code FROM item_halls)").empty());
    EXPECT_TRUE(codes("SELECT i.code FROM items i WHERE NOT EXISTS (SELECT 1 FROM item_halls ih "
                      "JOIN halls h ON h.code = ih.hall_code WHERE ih.item_code = i.code "
                      "AND h.level = i.level)").empty());
    EXPECT_EQ(count("SELECT COUNT(*) FROM item_halls WHERE slot_minutes <> 30 "
                    "OR slot_capacity NOT BETWEEN 2 AND 6"), 0);
    EXPECT_GE(count("SELECT COUNT(*) FROM (SELECT item_code FROM item_halls GROUP BY item_code "
                    "HAVING COUNT(*) > 1)"), 3);
}

TEST_F(CatalogueSeed, EveryHallOpensOnWeekdays) {
    for (const auto& hall : codes("SELECT code FROM halls ORDER BY code")) {
        auto tuesday = hall_hours_on(db(), hall, date("2026-12-01"));
        ASSERT_TRUE(tuesday.has_value()) << hall;
        EXPECT_FALSE(tuesday->empty()) << hall;
        auto sunday = hall_hours_on(db(), hall, date("2026-12-06"));
        ASSERT_TRUE(sunday.has_value()) << hall;
        EXPECT_TRUE(sunday->empty()) << hall;
    }
}

TEST_F(CatalogueSeed, DemoTerminalsAreRegistered) {
    EXPECT_EQ(count("SELECT COUNT(*) FROM terminals WHERE id IN ('NH-KIOSK-0001', "
                    "'NH-KIOSK-0002') AND role = 'kiosk' AND active = 1"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM terminals WHERE id = 'NH-DESK-0001' "
                    "AND role = 'department' AND hall_code = 'NH-DISTRICT'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM terminals WHERE id = 'NH-KIOSK-0001' "
                    "AND hall_code = 'NH-DISTRICT'"), 1);
}

TEST_F(CatalogueSeed, HallHoursFollowTheWeekdayRules) {
    auto tuesday = hall_hours_on(db(), "NH-DISTRICT", date("2026-12-01"));
    ASSERT_TRUE(tuesday.has_value());
    EXPECT_EQ(*tuesday, (HallHours{{9 * 60, 12 * 60}, {14 * 60, 17 * 60 + 30}}));
    auto saturday = hall_hours_on(db(), "NH-DALI", date("2026-12-05"));
    ASSERT_TRUE(saturday.has_value());
    EXPECT_EQ(*saturday, (HallHours{{9 * 60, 12 * 60}}));
    EXPECT_TRUE(hall_hours_on(db(), "NH-DISTRICT", date("2026-12-05"))->empty());
    auto unknown = hall_hours_on(db(), "NH-NOWHERE", date("2026-12-01"));
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

TEST_F(CatalogueSeed, LoadItemSummarisesTheGuide) {
    auto item = load_item(db(), "SCJG-002");
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->name_zh, "食品经营许可");
    EXPECT_EQ(item->department_code, "SCJG");
    EXPECT_EQ(item->department_number, 101);
    EXPECT_EQ(item->level, "district");
    EXPECT_EQ(item->min_auth_level, 3);
    EXPECT_TRUE(item->appointment_required);
    EXPECT_EQ(item->legal_limit_working_days, 10);
    EXPECT_EQ(item->promised_limit_working_days, 5);
    EXPECT_EQ(item->submission_methods, (std::vector<std::string>{"on_site", "express", "online"}));
    auto unknown = load_item(db(), "NO-SUCH-ITEM");
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

TEST_F(CatalogueSeed, ItemHallGivesSlotSettingsOrRefuses) {
    auto served = item_hall(db(), "SCJG-002", "NH-DISTRICT");
    ASSERT_TRUE(served.has_value());
    EXPECT_EQ(served->slot_minutes, 30);
    EXPECT_EQ(served->slot_capacity, 4);
    auto elsewhere = item_hall(db(), "SCJG-002", "NH-XIQIAO");
    ASSERT_FALSE(elsewhere.has_value());
    EXPECT_EQ(elsewhere.error().code, ErrorCode::item_not_served_at_hall);
}

TEST(CatalogueGuide, RejectsIncompleteGuides) {
    auto good = nlohmann::json::parse(R"({
        "materials": [{"name_zh": "身份证", "name_en": "ID card", "copies": 1, "original": true,
                       "note_zh": "", "note_en": ""}],
        "legal_limit_working_days": 10, "promised_limit_working_days": 5,
        "fee": {"amount_cents": 0, "note_zh": "不收费", "note_en": "Free"},
        "submission_methods": ["on_site"], "delivery_methods": ["on_site", "express"],
        "basis_zh": "《条例》", "basis_en": "Regulation"})");
    ASSERT_TRUE(validate_guide(good).has_value());
    auto broken = [&](auto change) {
        auto g = good;
        change(g);
        return !validate_guide(g).has_value();
    };
    EXPECT_TRUE(broken([](auto& g) { g["materials"] = nlohmann::json::array(); }));
    EXPECT_TRUE(broken([](auto& g) { g["materials"][0].erase("name_en"); }));
    EXPECT_TRUE(broken([](auto& g) { g["materials"][0]["copies"] = 0; }));
    EXPECT_TRUE(broken([](auto& g) { g["promised_limit_working_days"] = 11; }));
    EXPECT_TRUE(broken([](auto& g) { g["fee"]["amount_cents"] = -1; }));
    EXPECT_TRUE(broken([](auto& g) { g["submission_methods"] = {"by_pigeon"}; }));
    EXPECT_TRUE(broken([](auto& g) { g["delivery_methods"] = {"online", "online"}; }));
    EXPECT_TRUE(broken([](auto& g) { g.erase("basis_zh"); }));
    EXPECT_FALSE(validate_opening_hours(nlohmann::json::parse(
        R"([{"weekdays": [8], "open": "09:00", "close": "12:00"}])")).has_value());
    EXPECT_FALSE(validate_opening_hours(nlohmann::json::parse(
        R"([{"weekdays": [1], "open": "12:00", "close": "09:00"}])")).has_value());
}

}  // namespace
}  // namespace nanhai::platform
