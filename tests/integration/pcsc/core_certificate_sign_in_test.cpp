// Scenario: an enterprise signs in with its certificate card in a PC/SC reader: the real
// pcscd, the virtual PIV card, the real driver, the core and the real platform. The PIN is
// typed on the keypad (a wrong one first), the card signs the challenge, the platform opens
// the enterprise's session; pulling the card ends it and nothing personal is left.
#include "tests/integration/core/core_live_rig.hpp"
#include "tests/integration/pcsc/pcsc_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using nanhai::test::card_for;
using nanhai::test::PcscdDaemon;
using nanhai::test::test_pki;
using nanhai::test::VirtualPivCard;

class CoreCertificateSignIn : public ::testing::Test {
protected:
    void SetUp() override {
        std::string why;
        ASSERT_TRUE(pcscd_.start(&why)) << why;
        auto trust = drivers::pcsc::TrustStore::from_pem(test_pki().enterprise_ca.pem, test_pki().technician_ca.pem);
        ASSERT_TRUE(trust);
        drivers::pcsc::CertificateReaderOptions options;
        options.reader_filter = PcscdDaemon::kReader0;
        reader_ = std::make_unique<drivers::pcsc::CertificateReader>(std::move(*trust), options);
        core_ = std::make_unique<KioskCore>(client_, runner_, clock_, CoreSettings{SessionConfig{90, 20}, "zh-CN", false},
                                            nullptr, reader_.get());
        ASSERT_TRUE(reader_->start([this](hal::DeviceEvent e) { devices_.push(std::move(e)); }));
    }
    void TearDown() override {
        if (reader_) reader_->stop();
        (void)devices_.drain();
        core_.reset();
        card_.reset();
        pcscd_.stop();
    }

    // Delivers device events on this thread, as the app's loop does, until `done` holds.
    template <class Done>
    bool deliver_until(Done done) {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{20};
        while (!done() && std::chrono::steady_clock::now() < deadline) {
            devices_.wait_until(std::chrono::steady_clock::now() + std::chrono::milliseconds{20});
            for (auto& m : devices_.drain()) deliver(std::move(m), *core_);
            runner_.run_all();
        }
        return done();
    }
    void type_pin(const std::string& pin) {
        for (char digit : pin) press(std::string{"keypad."} + digit, std::string(1, digit));
        press("keypad.ok");
    }
    void press(std::string widget, std::string value = {}) { core_->handle(Intent{std::move(widget), std::move(value)}); }
    const ViewState& view() const { return core_->view(); }
    const SignInPinView* pin_view() const { return std::get_if<SignInPinView>(&view().data); }

    PcscdDaemon pcscd_;
    PlatformProcess platform_;
    std::shared_ptr<std::atomic<int>> requests_ = std::make_shared<std::atomic<int>>(0);
    PlatformClient client_{live_config(platform_),
                           std::make_unique<FollowingTransport>(platform_, live_config(platform_), requests_),
                           std::make_unique<ThreadSleeper>()};
    ManualCoreClock clock_{*core_time_from_iso("2026-12-01T09:00:00+08:00")};
    ManualTaskRunner runner_;
    AppQueue devices_;
    std::unique_ptr<drivers::pcsc::CertificateReader> reader_;
    std::unique_ptr<KioskCore> core_;
    std::unique_ptr<VirtualPivCard> card_;
};

TEST_F(CoreCertificateSignIn, PinOnTheKeypadThenTheEnterpriseSession) {
    press("home.sign_in");
    card_ = std::make_unique<VirtualPivCard>(card_for(test_pki().enterprise), PcscdDaemon::kPort0);
    ASSERT_TRUE(card_->insert());
    ASSERT_TRUE(deliver_until([&] { return view().screen == "sign_in.pin"; }));
    ASSERT_TRUE(pin_view());
    EXPECT_EQ(pin_view()->holder, "佛山市南海区美玲食品有限公司 9144**********003K");
    EXPECT_EQ(pin_view()->tries_left, 3);

    type_pin("999999");
    EXPECT_TRUE(pin_view()->checking);
    EXPECT_EQ(pin_view()->typed_length, 0u);
    ASSERT_TRUE(deliver_until([&] { return pin_view() && pin_view()->rejected; }));
    EXPECT_EQ(pin_view()->tries_left, 2);
    EXPECT_EQ(*requests_, 0) << "a wrong PIN must not reach the platform";

    type_pin("123456");
    ASSERT_TRUE(deliver_until([&] { return view().screen == "signed_in"; }))
        << view().screen << (view().error ? " " + view().error->title_key : "");
    ASSERT_TRUE(view().applicant);
    EXPECT_EQ(view().applicant->kind, "enterprise");
    EXPECT_EQ(view().applicant->auth_method, "enterprise_cert");

    card_->remove();
    ASSERT_TRUE(deliver_until([&] { return core_->last_session_end() == SessionEnd::card_removed; }));
    runner_.run_all();
    EXPECT_EQ(view().screen, "home");
    EXPECT_TRUE(core_->personal_data_holders().empty()) << ::testing::PrintToString(core_->personal_data_holders());
    EXPECT_FALSE(client_.signed_in());
}

TEST_F(CoreCertificateSignIn, UntrustedCardShowsItsPanelAndNoPin) {
    const auto stranger = nanhai::test::make_ca("stranger");
    card_ = std::make_unique<VirtualPivCard>(card_for(nanhai::test::issue(stranger, nanhai::test::enterprise_spec())),
                                             PcscdDaemon::kPort0);
    ASSERT_TRUE(card_->insert());
    ASSERT_TRUE(deliver_until([&] { return view().error.has_value(); }));
    EXPECT_EQ(view().screen, "sign_in");
    EXPECT_EQ(view().error->title_key, "error.certificate_untrusted");
    EXPECT_EQ(*requests_, 0);
}

TEST_F(CoreCertificateSignIn, CardPulledWhileTypingEndsTheVisitAndWipesThePin) {
    card_ = std::make_unique<VirtualPivCard>(card_for(test_pki().enterprise), PcscdDaemon::kPort0);
    ASSERT_TRUE(card_->insert());
    ASSERT_TRUE(deliver_until([&] { return view().screen == "sign_in.pin"; }));
    press("keypad.1", "1");
    press("keypad.2", "2");
    EXPECT_EQ(pin_view()->typed_length, 2u);
    EXPECT_FALSE(core_->personal_data_holders().empty());
    card_->remove();
    ASSERT_TRUE(deliver_until([&] { return view().screen == "home"; }));
    EXPECT_EQ(core_->last_session_end(), SessionEnd::card_removed);
    EXPECT_TRUE(core_->personal_data_holders().empty()) << ::testing::PrintToString(core_->personal_data_holders());
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
