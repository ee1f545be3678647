// Appointments and the blacklist through the real kiosk-platform process with the demo seed
// (test clock 2026-12-01T09:00+08:00): booking, listing and cancelling; checking in with the
// slip's QR and refusing a forged one; sixteen applicants racing for one slot; the demo's
// blacklisted applicant. Every answer is checked against platform/openapi.json by ApiClient.
#include <gtest/gtest.h>

#include <atomic>
#include <latch>
#include <memory>
#include <regex>
#include <thread>
#include <vector>

#include "tests/support/api_client.hpp"
#include "tests/support/platform_process.hpp"
#include "tests/support/test_citizen_ids.hpp"

namespace nanhai::test {
namespace {

// 食品经营许可 at the district hall: 30-minute slots of 4 places in the demo catalogue.
constexpr const char* kItem = "SCJG-002";
constexpr const char* kHall = "NH-DISTRICT";

class AppointmentsApi : public ::testing::Test {
protected:
    nlohmann::json slot(ApiClient& api, const std::string& date, const std::string& start) {
        auto r = api.get(std::string{"/api/v1/slots?hall="} + kHall + "&item=" + kItem +
                         "&date=" + date);
        EXPECT_EQ(r.status, 200) << r.body.dump();
        for (const auto& s : r.body.value("slots", nlohmann::json::array()))
            if (s["start"] == start) return s;
        ADD_FAILURE() << "no slot at " << start << " on " << date << ": " << r.body.dump();
        return nlohmann::json::object();
    }

    PlatformProcess platform_;
    ApiClient api_{platform_.port()};
};

TEST_F(AppointmentsApi, BookListAndCancel) {
    api_.sign_in_id_card(test_citizen_id(101), "陈小明");
    auto s = slot(api_, "2026-12-02", "10:00");
    int capacity = s["capacity"];
    auto booked = api_.post("/api/v1/appointments", {{"slot_id", s["id"]}});
    ASSERT_EQ(booked.status, 201) << booked.body.dump();
    std::string code = booked.body["code"];
    EXPECT_EQ(slot(api_, "2026-12-02", "10:00")["places_left"], capacity - 1);

    auto list = api_.get("/api/v1/appointments");
    ASSERT_EQ(list.status, 200);
    ASSERT_EQ(list.body["total"], 1);
    EXPECT_EQ(list.body["items"][0]["code"], code);
    EXPECT_EQ(api_.get("/api/v1/appointments/" + code).body["status"], "booked");

    auto cancelled =
        api_.post("/api/v1/appointments/" + code + "/cancel", nlohmann::json::object());
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.dump();
    EXPECT_EQ(cancelled.body["status"], "cancelled");
    EXPECT_EQ(slot(api_, "2026-12-02", "10:00")["places_left"], capacity);
}

TEST_F(AppointmentsApi, CheckInWithTheSlipsQrAndRefuseAForgedOne) {
    api_.sign_in_id_card(test_citizen_id(102), "李晓华");
    auto s = slot(api_, "2026-12-01", "09:30");  // check-in opened at 09:00
    auto booked = api_.post("/api/v1/appointments", {{"slot_id", s["id"]}});
    ASSERT_EQ(booked.status, 201) << booked.body.dump();
    std::string qr = booked.body["qr_payload"];

    std::string forged = qr;
    auto hall_at = forged.find(std::string{"|"} + kHall + "|");
    ASSERT_NE(hall_at, std::string::npos) << qr;
    forged[hall_at - 1] = forged[hall_at - 1] == '9' ? '8' : '9';
    auto refused = api_.post("/api/v1/check-ins", {{"qr_payload", forged}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.error_code(), "validation_failed");
    EXPECT_EQ(refused.body["error"]["details"]["field"], "qr_payload");

    auto checked_in = api_.post("/api/v1/check-ins", {{"qr_payload", qr}});
    ASSERT_EQ(checked_in.status, 201) << checked_in.body.dump();
    EXPECT_TRUE(std::regex_match(checked_in.body["ticket"].get<std::string>(),
                                 std::regex{"A\\d{3,}"}));
    EXPECT_EQ(checked_in.body["appointment_code"], booked.body["code"]);
    EXPECT_EQ(api_.get("/api/v1/appointments/" + booked.body["code"].get<std::string>())
                  .body["status"],
              "checked_in");
}

// Sixteen kiosks' worth of applicants book the same slot at once: the guarded UPDATE lets
// exactly `capacity` through and the rest learn the slot is full.
TEST_F(AppointmentsApi, SixteenApplicantsRaceForOneSlot) {
    constexpr int kRacers = 16;
    auto s = slot(api_, "2026-12-02", "14:00");
    int capacity = s["capacity"];
    ASSERT_LT(capacity, kRacers);
    std::vector<std::unique_ptr<ApiClient>> clients;
    for (int i = 0; i < kRacers; ++i) {
        clients.push_back(std::make_unique<ApiClient>(platform_.port()));
        clients.back()->sign_in_id_card(test_citizen_id(200 + i), "申请人" + std::to_string(i));
    }
    std::latch start{kRacers};
    std::atomic<int> booked{0}, full{0}, other{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kRacers; ++i) {
        threads.emplace_back([&, i] {
            start.arrive_and_wait();
            auto r = clients[static_cast<std::size_t>(i)]->post("/api/v1/appointments",
                                                                {{"slot_id", s["id"]}});
            if (r.status == 201) ++booked;
            else if (r.status == 409 && r.error_code() == "slot_full") ++full;
            else ++other;
        });
    }
    for (auto& t : threads) t.join();
    EXPECT_EQ(booked.load(), capacity);
    EXPECT_EQ(full.load(), kRacers - capacity);
    EXPECT_EQ(other.load(), 0);
    auto after = slot(api_, "2026-12-02", "14:00");
    EXPECT_EQ(after["places_left"], 0);
    EXPECT_EQ(after["bookable"], false);
}

TEST_F(AppointmentsApi, TheDemoBlacklistedApplicantIsToldWhyAndMayAppeal) {
    api_.sign_in_id_card("440605198506154318", "黄志强");
    auto view = api_.get("/api/v1/blacklist");
    ASSERT_EQ(view.status, 200);
    ASSERT_EQ(view.body["blacklisted"], true);
    const auto& entry = view.body["entries"][0];
    EXPECT_EQ(entry["kind"], "missed_appointment");
    EXPECT_EQ(entry["notice_date"], "2026-11-25");
    EXPECT_EQ(entry["appeal_deadline"], "2027-01-07");
    EXPECT_EQ(entry["appeal_working_days_left"], 26);

    auto s = slot(api_, "2026-12-02", "10:30");
    auto refused = api_.post("/api/v1/appointments", {{"slot_id", s["id"]}});
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.error_code(), "applicant_blacklisted");

    auto appeal = api_.post("/api/v1/blacklist/" + std::to_string(entry["id"].get<int>()) +
                                "/appeals",
                            {{"statement", "因出差未能到场，并非故意。"}});
    ASSERT_EQ(appeal.status, 201) << appeal.body.dump();
    EXPECT_EQ(appeal.body["status"], "pending");

    ApiClient desk{platform_.port(), "NH-DESK-0001", "dev-only-desk-key-0001"};
    auto decided = desk.post("/api/v1/appeals/" + std::to_string(appeal.body["id"].get<int>()) +
                                 "/decision",
                             {{"outcome", "upheld"}, {"note", "核实为出差，予以除名"}});
    ASSERT_EQ(decided.status, 200) << decided.body.dump();
    EXPECT_EQ(api_.post("/api/v1/appointments", {{"slot_id", s["id"]}}).status, 201);
}

}  // namespace
}  // namespace nanhai::test
