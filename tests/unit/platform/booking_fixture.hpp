// A Platform on ":memory:" with a ManualClock and the smallest catalogue the appointment and
// blacklist tests need: one department, two halls (district: 09:00-12:00 and 14:00-17:00;
// Guicheng: 09:00-12:00, Monday to Friday), one item served at both in 30-minute slots of 2
// places, two kiosks (one per hall) and a department desk. Requests go through handle().
#pragma once

#include "tests/support/platform_test_helpers.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "platform/clock.hpp"
#include "platform/domain/terminals.hpp"
#include "platform/platform.hpp"
#include "tests/support/test_citizen_ids.hpp"

namespace nanhai::platform::booking_test {

inline Instant at(const std::string& iso) { return *parse_iso_instant(iso); }

struct Caller {
    std::string terminal_id = "K-DISTRICT";
    std::string terminal_key = "key-district";
    std::string token;  // empty: no session
};

class BookingFixture : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Platform::open(":memory:", clock_, {});
        ASSERT_TRUE(opened) << opened.error();
        platform_ = std::move(*opened);
        auto& db = platform_->database();
        ASSERT_TRUE(db.exec(kCatalogue));
        ASSERT_TRUE(register_terminal(db, {"K-DISTRICT", "kiosk", "NH-DISTRICT", "kiosk",
                                           std::nullopt, "key-district"}));
        ASSERT_TRUE(register_terminal(db, {"K-GUICHENG", "kiosk", "NH-GUICHENG", "kiosk",
                                           std::nullopt, "key-guicheng"}));
        ASSERT_TRUE(register_terminal(db, {"D-DESK", "desk", "NH-DISTRICT", "department",
                                           std::string{"D-CIVIL"}, "key-desk"}));
    }

    void set_clock(const std::string& iso) { clock_->set(at(iso)); }

    HttpResponse call(const std::string& method, const std::string& path, const Caller& caller,
                      const nlohmann::json& body = nullptr,
                      std::map<std::string, std::string> query = {}) {
        HttpRequest r{method, path, std::move(query), {}, body.is_null() ? "" : body.dump()};
        r.headers["x-terminal-id"] = caller.terminal_id;
        r.headers["x-terminal-key"] = caller.terminal_key;
        if (!caller.token.empty()) r.headers["authorization"] = "Bearer " + caller.token;
        if (!body.is_null()) r.headers["content-type"] = "application/json";
        if (method == "POST") r.headers["idempotency-key"] = "k-" + std::to_string(++keys_);
        return platform_->handle(r);
    }

    // Signs the applicant in at the kiosk (a fresh session: tests move the clock by hours).
    Caller applicant(int n, const std::string& terminal_id = "K-DISTRICT",
                     const std::string& terminal_key = "key-district") {
        Caller c{terminal_id, terminal_key, ""};
        auto r = call("POST", "/api/v1/sessions", c,
                      {{"method", "id_card"},
                       {"id_card", {{"card_type", "citizen"}, {"id_number", id_number(n)},
                                    {"name", "测试" + std::to_string(n)},
                                    {"valid_to", "长期"}}}});
        EXPECT_EQ(r.status, 201) << r.body.dump();
        c.token = r.body.value("token", "");
        return c;
    }

    static std::string id_number(int n) { return test::test_citizen_id(n); }
    static Caller kiosk() { return {}; }
    static Caller guicheng_kiosk() { return {"K-GUICHENG", "key-guicheng", ""}; }
    static Caller desk() { return {"D-DESK", "key-desk", ""}; }

    nlohmann::json slots(const std::string& date, const std::string& hall = "NH-DISTRICT") {
        auto r = call("GET", "/api/v1/slots", kiosk(), nullptr,
                      {{"hall", hall}, {"item", "IT-PERMIT"}, {"date", date}});
        EXPECT_EQ(r.status, 200) << r.body.dump();
        return r.body["slots"];
    }

    // The id of the slot starting at "HH:MM" on `date`.
    std::int64_t slot_id(const std::string& date, const std::string& start,
                         const std::string& hall = "NH-DISTRICT") {
        for (const auto& s : slots(date, hall))
            if (s["start"] == start) return s["id"].get<std::int64_t>();
        ADD_FAILURE() << "no slot at " << start << " on " << date;
        return 0;
    }

    HttpResponse book(const Caller& who, std::int64_t slot) {
        return call("POST", "/api/v1/appointments", who, {{"slot_id", slot}});
    }

    std::int64_t count(const std::string& sql) {
        return nanhai::test::count_rows(platform_->database(), sql);
    }

    static std::string code_of(const HttpResponse& r) { return nanhai::test::error_code_of(r); }

    std::shared_ptr<ManualClock> clock_ =
        std::make_shared<ManualClock>(at("2026-12-01T08:00:00+08:00"));  // a Tuesday
    std::unique_ptr<Platform> platform_;
    int keys_ = 0;

    static constexpr const char* kCatalogue = R"sql(
INSERT INTO departments (code, number, name_zh, name_en)
 VALUES ('D-CIVIL', 12, '民政局', 'Civil Affairs Bureau');
INSERT INTO halls (code, name_zh, name_en, level, address_zh, address_en, opening_hours) VALUES
 ('NH-DISTRICT', '南海区行政服务中心', 'Nanhai District Administrative Service Centre',
  'district', '桂城', 'Guicheng',
  '[{"weekdays":[1,2,3,4,5],"open":"09:00","close":"12:00"},
    {"weekdays":[1,2,3,4,5],"open":"14:00","close":"17:00"}]'),
 ('NH-GUICHENG', '桂城街道行政服务中心', 'Guicheng Sub-district Service Centre',
  'town', '桂城', 'Guicheng',
  '[{"weekdays":[1,2,3,4,5],"open":"09:00","close":"12:00"}]');
INSERT INTO items (code, name_zh, name_en, department_code, level, min_auth_level,
                   appointment_required, guide)
 VALUES ('IT-PERMIT', '测试许可', 'Test permit', 'D-CIVIL', 'district', 1, 1, '{}'),
        ('IT-OTHER', '其他事项', 'Other item', 'D-CIVIL', 'district', 1, 0, '{}');
INSERT INTO item_halls (item_code, hall_code, slot_minutes, slot_capacity) VALUES
 ('IT-PERMIT', 'NH-DISTRICT', 30, 2), ('IT-PERMIT', 'NH-GUICHENG', 30, 2);
)sql";
};

}  // namespace nanhai::platform::booking_test
