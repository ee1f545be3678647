// A complaint filed anonymously from ready phrases with a contact phone: the phone is shown
// masked before sending, the ticket comes back and prints, and what was said is wiped.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreConsultation = CoreLive;

TEST_F(CoreConsultation, AnonymousComplaintWithPhonePrintsTheTicket) {
    press("home.consult");
    press("consult.kind", "complaint");
    press("consult.topic", "service");
    ASSERT_EQ(view().screen, "consult.compose");
    EXPECT_FALSE(std::get<ConsultComposeView>(view().data).can_continue);
    press("consult.phrase", "service_wait");
    press("consult.phrase", "reply_phone");
    press("consult.phrase", "guide_where");  // another topic's phrase: not offered here
    const auto compose = std::get<ConsultComposeView>(view().data);
    EXPECT_EQ(compose.body, "排队等候时间太长。请工作人员打电话联系我。");
    press("consult.continue");
    ASSERT_EQ(view().screen, "consult.contact");
    for (char c : std::string{"1380013800"}) press(std::string{"keypad."} + c);
    EXPECT_FALSE(std::get<ConsultContactView>(view().data).valid);
    press("keypad.ok");  // not a whole number yet
    EXPECT_EQ(view().screen, "consult.contact");
    press("keypad.0");
    press("keypad.ok");
    ASSERT_EQ(view().screen, "consult.confirm");
    EXPECT_EQ(std::get<ConsultConfirmView>(view().data).phone_masked, "138****8000");
    ASSERT_TRUE(core_.holds_personal_data());
    press("consult.submit");
    settle();
    ASSERT_EQ(view().screen, "consult.filed") << (view().error ? view().error->platform_code : "");
    const auto filed = std::get<ConsultFiledView>(view().data);
    EXPECT_TRUE(filed.ticket.starts_with("TS20261201"));
    EXPECT_EQ(filed.kind, "complaint");
    settle_print();
    ASSERT_TRUE(view().print);
    EXPECT_EQ(view().print->kind, "complaint_ticket");
    EXPECT_EQ(view().print->state, "printed");
    press("consult.done");
    expect_wiped();
}

TEST(ConsultationPhone, MobilesAndLandlinesAsThePlatformTakesThem) {
    EXPECT_EQ(ConsultationFlow::phone_for_platform("13800138000"), "13800138000");
    EXPECT_EQ(ConsultationFlow::phone_for_platform("075786221234"), "0757-86221234");
    EXPECT_EQ(ConsultationFlow::phone_for_platform("02088881234"), "020-88881234");
    EXPECT_EQ(ConsultationFlow::phone_for_platform("1380013800"), "");
    EXPECT_EQ(ConsultationFlow::phone_for_platform("12800138000"), "");
    EXPECT_EQ(ConsultationFlow::phone_for_platform("0757862"), "");
    EXPECT_EQ(ConsultationFlow::phone_for_platform(""), "");
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
