// Kill -9 the platform in the middle of a booking load and start it again on the same
// database. Clients retry with the same Idempotency-Key until they get an answer: every intended
// booking exists exactly once, none is lost, none is doubled, and slot counts match.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "tests/support/api_client.hpp"
#include "tests/support/platform_process.hpp"
#include "tests/support/test_citizen_ids.hpp"

namespace nanhai::test {
namespace {

constexpr int kClients = 6;
constexpr int kBookingsPerClient = 5;

struct Plan {
    std::string item;
    std::vector<std::string> days;                      // one day per booking index
    std::vector<std::vector<std::int64_t>> slot_ids;    // [day][slot]
};

Plan make_plan(ApiClient& api) {
    auto items = api.get("/api/v1/items?hall=NH-DISTRICT&per_page=100");
    for (const auto& item : items.body["items"]) {
        if (!item["appointment_required"].get<bool>()) continue;
        Plan plan{item["code"], {}, {}};
        auto days = api.get("/api/v1/slots/days?hall=NH-DISTRICT&item=" + plan.item + "&days=10");
        for (const auto& day : days.body["days"]) {
            auto slots = api.get("/api/v1/slots?hall=NH-DISTRICT&item=" + plan.item + "&date=" +
                                 day["date"].get<std::string>());
            std::vector<std::int64_t> ids;
            for (const auto& s : slots.body["slots"])
                if (s["bookable"].get<bool>()) ids.push_back(s["id"]);
            if (ids.size() < kClients) continue;
            plan.days.push_back(day["date"]);
            plan.slot_ids.push_back(ids);
            if (plan.days.size() == kBookingsPerClient) return plan;
        }
    }
    return {};
}

// Retries one keyed booking through crashes until the platform gives a definite answer.
std::string book_until_answered(std::atomic<int>& port, const std::string& token,
                                std::int64_t slot_id, const std::string& key) {
    for (int attempt = 0; attempt < 400; ++attempt) {
        ApiClient api{port.load()};
        api.set_session(token);
        auto r = api.post("/api/v1/appointments", {{"slot_id", slot_id}}, key);
        if (r.status == 201) return r.body["code"];
        if (r.status != 0 && r.status < 500) {
            ADD_FAILURE() << "booking refused: " << r.body.dump();
            return {};
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    ADD_FAILURE() << "no answer after retries";
    return {};
}

TEST(CrashRecovery, KeyedBookingsSurviveAKillWithoutLossOrDoubles) {
    PlatformProcess platform;
    std::atomic<int> port{platform.port()};
    ApiClient setup{platform.port()};
    auto plan = make_plan(setup);
    ASSERT_EQ(plan.days.size(), static_cast<std::size_t>(kBookingsPerClient));
    std::vector<std::string> tokens;
    for (int c = 0; c < kClients; ++c) tokens.push_back(setup.sign_in_id_card(test_citizen_id(500 + c), "压力测试"));

    std::atomic<int> done{0};
    std::mutex mutex;
    std::map<std::string, std::string> code_by_key;
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c)
        clients.emplace_back([&, c] {
            for (int b = 0; b < kBookingsPerClient; ++b) {
                std::string key = "crash-" + std::to_string(c) + "-" + std::to_string(b);
                auto slot = plan.slot_ids[static_cast<std::size_t>(b)][static_cast<std::size_t>(c)];
                auto code = book_until_answered(port, tokens[static_cast<std::size_t>(c)], slot, key);
                std::lock_guard lock{mutex};
                code_by_key[key] = code;
                ++done;
            }
        });
    while (done.load() < kClients) std::this_thread::yield();
    platform.kill_hard();
    int answered_before_kill = done.load();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    platform.start();
    port = platform.port();
    for (auto& t : clients) t.join();

    // The kill landed in the middle of the load.
    EXPECT_LT(answered_before_kill, kClients * kBookingsPerClient);
    // Every key was answered with a booking; a replay of any key gives the same booking.
    ASSERT_EQ(code_by_key.size(), static_cast<std::size_t>(kClients * kBookingsPerClient));
    ApiClient check{platform.port()};
    for (int c = 0; c < kClients; ++c) {
        check.set_session(tokens[static_cast<std::size_t>(c)]);
        auto mine = check.get("/api/v1/appointments?per_page=100");
        ASSERT_EQ(mine.status, 200) << mine.body.dump();
        EXPECT_EQ(mine.body["total"], kBookingsPerClient) << "client " << c;
        for (int b = 0; b < kBookingsPerClient; ++b) {
            std::string key = "crash-" + std::to_string(c) + "-" + std::to_string(b);
            auto slot = plan.slot_ids[static_cast<std::size_t>(b)][static_cast<std::size_t>(c)];
            auto replay = check.post("/api/v1/appointments", {{"slot_id", slot}}, key);
            EXPECT_EQ(replay.status, 201);
            EXPECT_EQ(replay.body["code"], code_by_key[key]) << key;
        }
    }
    // Slot counters agree with the bookings: each planned slot holds exactly one of ours.
    for (std::size_t b = 0; b < plan.days.size(); ++b) {
        auto slots = check.get("/api/v1/slots?hall=NH-DISTRICT&item=" + plan.item + "&date=" + plan.days[b]);
        std::map<std::int64_t, int> left;
        for (const auto& s : slots.body["slots"]) left[s["id"]] = s["capacity"].get<int>() - s["places_left"].get<int>();
        for (int c = 0; c < kClients; ++c)
            EXPECT_EQ(left[plan.slot_ids[b][static_cast<std::size_t>(c)]], 1) << plan.days[b];
    }
}

}  // namespace
}  // namespace nanhai::test
