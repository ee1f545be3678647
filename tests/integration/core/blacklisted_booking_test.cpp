// Scenario (art. 25): a blacklisted applicant tries to book. The kiosk says why before the
// first step and points to the credit record (where he can appeal); no booking request is
// sent. The platform would refuse too: a booking posted for him directly is refused.
#include "tests/integration/core/booking_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreBlacklistedBooking = BookingLive;

TEST_F(CoreBlacklistedBooking, IsToldWhyAndNothingIsBooked) {
    place(huang_card());
    settle();
    ASSERT_EQ(view().screen, "blacklist.notice");
    press("blacklist.continue");
    ASSERT_EQ(view().screen, "signed_in");
    press("home.appointments");
    settle();
    ASSERT_EQ(view().screen, "appointments");
    const int before = *requests_;
    press("appointments.new");
    EXPECT_EQ(*requests_, before) << "refused before any step";
    EXPECT_EQ(view().screen, "appointments");
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.booking_blocked");
    EXPECT_EQ(view().error->action_key, "action.see_credit_record");

    // The platform is the authority: it refuses him whatever a kiosk does.
    nanhai::test::ApiClient api{platform_.port()};
    api.sign_in_id_card("440605198506154318", "黄志强");
    const auto slot = slot_at("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30");
    auto refused = api.post("/api/v1/appointments", {{"slot_id", slot["id"]}}, "huang-1");
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.body["error"]["code"], "applicant_blacklisted");

    press("error.dismiss");
    press("session.finish");
    expect_wiped();
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
