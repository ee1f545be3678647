// CoreLive plus the steps of a booking, so that each scenario file reads as its story: sign in,
// walk to the confirm screen, and other citizens booking places through the real platform.
#pragma once

#include "tests/integration/core/core_live_rig.hpp"
#include "tests/support/test_citizen_ids.hpp"

namespace nanhai::kiosk::core::test {

class BookingLive : public CoreLive {
protected:
    using CoreLive::CoreLive;

    // 陈美玲 signs in by card and walks to the confirm screen of `item` at `hall` on `date`
    // at `start`.
    void sign_in_and_choose(const std::string& item, const std::string& hall, const std::string& date,
                            const std::string& start) {
        place(chen_card());
        settle();
        ASSERT_EQ(view().screen, "signed_in");
        choose(item, hall, date, start);
    }

    void choose(const std::string& item, const std::string& hall, const std::string& date, const std::string& start) {
        press("home.appointments");
        settle();
        ASSERT_EQ(view().screen, "appointments");
        press("appointments.new");
        settle();
        ASSERT_EQ(view().screen, "appointments.items");
        press("appointments.items", item);
        settle();
        ASSERT_EQ(view().screen, "appointments.halls");
        press("appointments.halls", hall);
        settle();
        ASSERT_EQ(view().screen, "appointments.days");
        press("appointments.days", date);
        settle();
        ASSERT_EQ(view().screen, "appointments.slots");
        press("appointments.slots", start);
        ASSERT_EQ(view().screen, "appointments.confirm");
    }

    // The slot of `item` at `hall` on `date` starting at `start`, as the platform lists it.
    nlohmann::json slot_at(const std::string& item, const std::string& hall, const std::string& date,
                           const std::string& start) {
        nanhai::test::ApiClient api{platform_.port()};
        auto day = api.get("/api/v1/slots?hall=" + hall + "&item=" + item + "&date=" + date);
        EXPECT_EQ(day.status, 200) << day.body.dump();
        for (const auto& slot : day.body["slots"])
            if (slot["start"] == start) return slot;
        ADD_FAILURE() << "no slot at " << start;
        return {};
    }

    // Another citizen (a made-up ID number) books the slot through the platform's API.
    void someone_else_books(std::int64_t slot_id, int who) {
        nanhai::test::ApiClient api{platform_.port()};
        api.sign_in_id_card(nanhai::test::test_citizen_id(700 + who), "市民" + std::to_string(who));
        auto booked = api.post("/api/v1/appointments", {{"slot_id", slot_id}}, "other-" + std::to_string(who));
        EXPECT_EQ(booked.status, 201) << booked.body.dump();
    }
};

}  // namespace nanhai::kiosk::core::test
