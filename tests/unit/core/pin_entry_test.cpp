// The core's side of a certificate card's PIN, against a recording reader: what the keypad
// does, what the view shows (never the digits), what goes to the reader, and what is wiped.
// The same path with the real driver and pcscd: tests/integration/pcsc/core_certificate_sign_in_test.cpp.
#include <gtest/gtest.h>

#include "tests/unit/core/core_unit_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

class RecordingCertificateReader final : public hal::CertificateReader {
public:
    hal::DeviceInfo info() const override { return {hal::DeviceClass::certificate_reader, "test", {}, {}, {}, {}}; }
    hal::SelfTestReport self_test() override { return {}; }
    void submit_pin(SecureString pin) override { pins.push_back(pin.str()); }
    std::vector<std::string> pins;
};

struct PinRig : CoreUnitRig {
    RecordingCertificateReader reader;
    KioskCore pin_core{client, runner, clock, CoreSettings{SessionConfig{90, 20}, "zh-CN", false}, nullptr, &reader};
    void press(std::string widget, std::string value = {}) { pin_core.handle(Intent{std::move(widget), std::move(value)}); }
    void type(const std::string& digits) {
        for (char d : digits) press(std::string{"keypad."} + d, std::string(1, d));
    }
    const SignInPinView* pin() const { return std::get_if<SignInPinView>(&pin_core.view().data); }
    void card_wants_pin(hal::CertificateRole role = hal::CertificateRole::enterprise) {
        pin_core.handle(hal::DeviceEvent{hal::PinRequired{role, "佛山市南海区美玲食品有限公司 9144**********003K", 3}});
    }
};

TEST(CorePinEntry, DigitsStayInTheCoreAndGoToTheReaderOnOk) {
    PinRig rig;
    rig.card_wants_pin();
    ASSERT_EQ(rig.pin_core.view().screen, "sign_in.pin");
    ASSERT_TRUE(rig.pin());
    EXPECT_EQ(rig.pin()->tries_left, 3);
    rig.type("12345");
    EXPECT_EQ(rig.pin()->typed_length, 5u);
    EXPECT_FALSE(rig.pin()->complete);
    rig.press("keypad.ok", "00000");
    EXPECT_TRUE(rig.reader.pins.empty()) << "five digits are not a PIN";
    rig.press("keypad.delete");
    rig.type("67");
    EXPECT_TRUE(rig.pin()->complete);
    rig.press("keypad.ok", "000000");  // the keypad's value is the dots' count, never the PIN
    ASSERT_EQ(rig.reader.pins, (std::vector<std::string>{"123467"}));
    EXPECT_TRUE(rig.pin()->checking);
    EXPECT_EQ(rig.pin()->typed_length, 0u);
    rig.type("9");  // ignored while the card checks
    EXPECT_EQ(rig.pin()->typed_length, 0u);
}

TEST(CorePinEntry, WrongPinShowsTheTriesLeftAndTakesANewOne) {
    PinRig rig;
    rig.card_wants_pin();
    rig.type("111111");
    rig.press("keypad.ok");
    rig.pin_core.handle(hal::DeviceEvent{hal::PinRejected{2}});
    ASSERT_TRUE(rig.pin());
    EXPECT_TRUE(rig.pin()->rejected);
    EXPECT_FALSE(rig.pin()->checking);
    EXPECT_EQ(rig.pin()->tries_left, 2);
    rig.type("123456");
    rig.press("keypad.ok");
    EXPECT_EQ(rig.reader.pins.size(), 2u);
}

TEST(CorePinEntry, EightDigitsAtMostAndCancelWipes) {
    PinRig rig;
    rig.card_wants_pin();
    rig.type("1234567890");
    EXPECT_EQ(rig.pin()->typed_length, 8u);
    EXPECT_FALSE(rig.pin_core.personal_data_holders().empty());
    rig.press("sign_in.cancel");
    EXPECT_EQ(rig.pin_core.view().screen, "home");
    EXPECT_TRUE(rig.pin_core.personal_data_holders().empty());
    EXPECT_EQ(rig.pin_core.last_session_end(), SessionEnd::cancelled);
}

TEST(CorePinEntry, TechnicianCardIsRefusedBeforeItsPin) {
    PinRig rig;
    rig.card_wants_pin(hal::CertificateRole::technician);
    EXPECT_EQ(rig.pin_core.view().screen, "sign_in");
    ASSERT_TRUE(rig.pin_core.view().error);
    EXPECT_EQ(rig.pin_core.view().error->title_key, "error.card_unsupported");
}

TEST(CorePinEntry, PinBlockedAndUntrustedCardsHaveTheirOwnPanels) {
    PinRig rig;
    rig.card_wants_pin();
    rig.type("000000");
    rig.press("keypad.ok");
    rig.pin_core.handle(hal::DeviceEvent{hal::CardReadFailed{{hal::DeviceErrorKind::pin_blocked, hal::ErrorAction::suspend, "x"}}});
    ASSERT_TRUE(rig.pin_core.view().error);
    EXPECT_EQ(rig.pin_core.view().error->title_key, "error.pin_blocked");
    EXPECT_EQ(rig.pin_core.view().error->action_key, "action.unblock_pin");
    EXPECT_TRUE(rig.pin_core.personal_data_holders().empty());
    rig.pin_core.handle(
        hal::DeviceEvent{hal::CardReadFailed{{hal::DeviceErrorKind::certificate_untrusted, hal::ErrorAction::suspend, "x"}}});
    EXPECT_EQ(rig.pin_core.view().error->title_key, "error.certificate_untrusted");
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
