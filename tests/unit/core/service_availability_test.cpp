// Honest degradation: services know before the citizen starts what works. A component that is
// down takes down what needs it, with the reason (hardware, consumables, back end); menus,
// sign-in methods and notices follow; a service that does not work is refused with its reason
// and nothing is sent; the platform's answers bring it back by themselves.
#include <gtest/gtest.h>

#include "kiosk/core/print_desk.hpp"
#include "kiosk/core/service_availability.hpp"
#include "tests/unit/core/core_unit_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

const ComponentState kHardware{false, OutOfService::hardware};
const ComponentState kPaper{false, OutOfService::consumables};
const ComponentState kBackEnd{false, OutOfService::back_end};

const MenuEntry* entry(const std::vector<MenuEntry>& entries, std::string_view widget) {
    for (const auto& e : entries)
        if (e.widget == widget) return &e;
    return nullptr;
}

bool has(const std::vector<std::string>& notices, std::string_view key) {
    return std::find(notices.begin(), notices.end(), key) != notices.end();
}

TEST(ServiceAvailability, AComponentDownTakesDownWhatNeedsItWithTheReason) {
    ServiceAvailability a;
    EXPECT_TRUE(a.service("appointments").available);
    const auto changed = a.set(Component::platform, kBackEnd);
    for (const char* s : {"appointments", "check_in", "case_query", "evaluate", "consult", "blacklist", "sign_in.id_card"})
        EXPECT_NE(std::find(changed.begin(), changed.end(), s), changed.end()) << s;
    EXPECT_EQ(std::find(changed.begin(), changed.end(), std::string{"guides"}), changed.end()) << "guides live on from the cache";
    EXPECT_EQ(a.service("appointments").reason, OutOfService::back_end);
    EXPECT_EQ(a.service("appointments").blocked_by, Component::platform);
    EXPECT_TRUE(a.service("guides").available);
    EXPECT_TRUE(a.service("print").available);
    EXPECT_TRUE(a.set(Component::platform, kBackEnd).empty()) << "no change, nothing reported";
}

TEST(ServiceAvailability, TheDeviceIsNamedBeforeThePlatformAndSignInNeedsOneWay) {
    ServiceAvailability a;
    a.set(Component::platform, kBackEnd);
    a.set(Component::identity_reader, kHardware);
    EXPECT_EQ(a.service("sign_in.id_card").blocked_by, Component::identity_reader);
    EXPECT_FALSE(a.sign_in().available);
    EXPECT_EQ(a.sign_in().reason, OutOfService::back_end) << "all ways are down: the platform is why";
    a.set(Component::platform, {});
    EXPECT_TRUE(a.sign_in().available) << "the mobile QR and the certificate still work";
    a.set(Component::code_scanner, kHardware);
    a.set(Component::certificate_reader, kHardware);
    EXPECT_FALSE(a.sign_in().available);
    EXPECT_EQ(a.sign_in().reason, OutOfService::hardware);
}

TEST(ServiceAvailability, RequirementsComeFromTheConfigOverTheDefaults) {
    KioskConfig config;
    config.services["guides"] = {"platform"};
    config.services["print"] = {};
    const auto settings = core_settings(config);
    ServiceAvailability a{settings.services};
    a.set(Component::platform, kBackEnd);
    a.set(Component::receipt_printer, kHardware);
    EXPECT_FALSE(a.service("guides").available);
    EXPECT_TRUE(a.service("print").available);
    EXPECT_EQ(parse_kiosk_config(R"({"services": {"coffee": []}})").error(), "services.coffee: is not a known service");
    EXPECT_FALSE(parse_kiosk_config(R"({"services": {"print": ["toaster"]}})"));
}

TEST(CoreAvailability, TheOfflineHomeDisablesWhatNeedsThePlatformAndSaysSo) {
    CoreUnitRig rig;
    rig.core.set_component(Component::platform, kBackEnd);
    const auto& home = std::get<HomeView>(rig.view().data);
    for (const char* w : {"home.sign_in", "home.appointments", "home.check_in", "home.case_query", "home.consult"}) {
        ASSERT_TRUE(entry(home.entries, w)) << w;
        EXPECT_FALSE(entry(home.entries, w)->available) << w;
        EXPECT_EQ(entry(home.entries, w)->unavailable_key, "service.out.back_end") << w;
    }
    EXPECT_TRUE(entry(home.entries, "home.guides")->available);
    EXPECT_TRUE(has(rig.view().notices, "notice.offline"));
    rig.intent("home.case_query");
    ASSERT_TRUE(rig.view().error);
    EXPECT_EQ(rig.view().error->title_key, "error.unavailable.back_end");
    EXPECT_EQ(rig.view().screen, "home");
    EXPECT_EQ(rig.runner.pending(), 0u) << "nothing was sent";
}

TEST(CoreAvailability, AnUnansweredCallTakesThePlatformDownAndAnAnswerBringsItBack) {
    CoreUnitRig rig;
    rig.sign_in();  // answered 201: reachable
    EXPECT_TRUE(rig.core.availability().component(Component::platform).ok);
    rig.intent("session.finish");
    rig.runner.run_all();
    rig.http->answers.clear();
    rig.no_answer();
    rig.event(hal::CardPlaced{chen_card()});
    rig.runner.run_all();
    EXPECT_FALSE(rig.core.availability().component(Component::platform).ok);
    EXPECT_TRUE(has(rig.view().notices, "notice.offline") || rig.view().error) << "told at once";
    rig.intent("error.dismiss");
    rig.answer(201, kUnitSessionBody);
    rig.event(hal::CardPlaced{chen_card()});
    rig.runner.run_all();
    EXPECT_TRUE(rig.core.availability().component(Component::platform).ok) << "back by itself";
    EXPECT_EQ(rig.view().screen, "signed_in");
}

TEST(CoreAvailability, NoticesAndSignInMethodsFollowTheDevices) {
    CoreUnitRig rig;
    rig.core.set_component(Component::identity_reader, kHardware);
    rig.core.set_component(Component::receipt_printer, kHardware);
    EXPECT_TRUE(has(rig.view().notices, "notice.id_reader_down"));
    EXPECT_TRUE(has(rig.view().notices, "notice.printer_down"));
    rig.intent("home.sign_in");
    ASSERT_EQ(rig.view().screen, "sign_in");
    const auto& methods = std::get<SignInView>(rig.view().data).methods;
    EXPECT_EQ(methods, (std::vector<std::string>{"mobile_qr", "enterprise_cert"}));
    EXPECT_TRUE(has(rig.view().notices, "notice.id_reader_down"));
    EXPECT_FALSE(has(rig.view().notices, "notice.printer_down")) << "not this screen's business";
    rig.intent("nav.home");
    rig.core.set_component(Component::code_scanner, kHardware);
    rig.intent("home.check_in");
    EXPECT_EQ(rig.view().notices, (std::vector<std::string>{"notice.scanner_down"})) << "type the number instead";
    rig.intent("nav.home");
    rig.core.set_component(Component::receipt_printer, kPaper);
    EXPECT_TRUE(has(rig.view().notices, "notice.printer_paper"));
    rig.core.set_component(Component::receipt_printer, {});
    rig.core.set_component(Component::identity_reader, {});
    rig.core.set_component(Component::code_scanner, {});
    EXPECT_TRUE(rig.view().notices.empty());
}

// A printer known to be broken is not tried: the QR at once. Out of paper, the job waits for staff.
TEST(CoreAvailability, APrinterOutOfOrderGivesTheQrAtOnceButPaperOutStillQueues) {
    PrintDesk desk{nullptr};
    desk.set_printer_state(kHardware);
    desk.print({"appointment_slip", {hal::TextLine{"YY202612020001"}}}, "NH1|A|qr");
    ASSERT_TRUE(desk.view());
    EXPECT_EQ(desk.view()->state, "failed");
    EXPECT_EQ(desk.view()->problem, "printer_down");
    EXPECT_EQ(desk.view()->qr_payload, "NH1|A|qr");
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
