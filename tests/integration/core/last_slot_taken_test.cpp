// Scenario: the last places of a slot are taken by other citizens between choosing it and
// confirming. Confirming then says so plainly and shows the refreshed slots, the taken one now
// full and not choosable; another slot books fine. Nothing is booked twice, nothing lost.
#include "tests/integration/core/booking_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreLastSlotTaken = BookingLive;

TEST_F(CoreLastSlotTaken, ConfirmingShowsTheRefreshedSlotsAndAnotherOneBooks) {
    // 企业名称变更登记 at the district hall: three places per slot.
    sign_in_and_choose("SCJG-003", "NH-DISTRICT", "2026-12-02", "10:00");
    const auto slot = slot_at("SCJG-003", "NH-DISTRICT", "2026-12-02", "10:00");
    ASSERT_EQ(slot["places_left"], 3);
    for (int who = 0; who < 3; ++who) someone_else_books(slot["id"].get<std::int64_t>(), who);

    press("appointments.confirm");
    settle();
    EXPECT_EQ(view().screen, "appointments.slots");
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.slot_taken");
    EXPECT_FALSE(view().error->retry_possible);  // repeating cannot help: choose another
    const auto& slots = std::get<BookingSlotsView>(view().data).slots;
    auto taken = std::find_if(slots.begin(), slots.end(), [](const SlotChoice& s) { return s.start == "10:00"; });
    ASSERT_NE(taken, slots.end());
    EXPECT_FALSE(taken->bookable);
    EXPECT_EQ(taken->places_left, 0);

    press("error.dismiss");
    press("appointments.slots", "10:00");  // full: not taken
    EXPECT_EQ(view().screen, "appointments.slots");
    press("appointments.slots", "10:30");
    ASSERT_EQ(view().screen, "appointments.confirm");
    press("appointments.confirm");
    settle();
    ASSERT_EQ(view().screen, "appointments.booked");
    EXPECT_EQ(std::get<BookingDoneView>(view().data).appointment.start, "10:30");
    EXPECT_EQ(slot_at("SCJG-003", "NH-DISTRICT", "2026-12-02", "10:30")["places_left"], 2);
    press("session.finish");
    expect_wiped();
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
