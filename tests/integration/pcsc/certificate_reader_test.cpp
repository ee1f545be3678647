// The PC/SC certificate reader against the real pcscd, the vpcd reader and a virtual PIV card.
#include <mutex>

#include "common/log.hpp"
#include "tests/integration/pcsc/pcsc_rig.hpp"

namespace nanhai::test {
namespace {

using drivers::pcsc::CertificateReaderOptions;

class PcscCertificateReader : public PcscRig {
protected:
    // A card the reader refuses as it comes in, before any PIN: the one event it gets.
    std::optional<hal::CardReadFailed> refused_on_insert(VirtualPivCardSetup setup) {
        start_reader();
        insert(std::move(setup));
        return events_.event_at_as<hal::CardReadFailed>(0);
    }
};

TEST_F(PcscCertificateReader, EnterpriseCardSignsInAfterThePin) {
    start_reader();
    auto& card = insert(card_for(test_pki().enterprise));
    auto pin = events_.event_at_as<hal::PinRequired>(0);
    ASSERT_TRUE(pin);
    EXPECT_EQ(pin->role, hal::CertificateRole::enterprise);
    EXPECT_EQ(pin->tries_left, 3);
    EXPECT_EQ(pin->holder, "佛山市南海区美玲食品有限公司 9144**********003K");
    reader_->submit_pin(SecureString{"123456"});
    auto placed = events_.event_at_as<hal::CardPlaced>(1);
    ASSERT_TRUE(placed);
    const auto& document = std::get<hal::CertificateCard>(placed->document);
    EXPECT_EQ(document.role, hal::CertificateRole::enterprise);
    EXPECT_EQ(document.credit_code.str(), "91440605MA4W00003K");
    EXPECT_EQ(document.enterprise_name.str(), "佛山市南海区美玲食品有限公司");
    EXPECT_EQ(document.holder_name.str(), "陈美玲");
    EXPECT_EQ(document.certificate_sha256.size(), 64u);
    // The certificate (over 256 bytes) came in parts; the card was reset after signing.
    EXPECT_GE(reader_->last_counters().get_responses, 1);
    const auto ins = card.instructions();
    EXPECT_NE(std::find(ins.begin(), ins.end(), "87"), ins.end());
    EXPECT_GE(card.resets(), 1);
    card.remove();
    EXPECT_TRUE(events_.event_at_as<hal::CardRemoved>(2));
}

TEST_F(PcscCertificateReader, TechnicianCardComesFromTheTechnicianCa) {
    start_reader();
    insert(card_for(test_pki().technician));
    auto pin = events_.event_at_as<hal::PinRequired>(0);
    ASSERT_TRUE(pin);
    EXPECT_EQ(pin->role, hal::CertificateRole::technician);
    EXPECT_EQ(pin->holder, "梁*明");
    reader_->submit_pin(SecureString{"123456"});
    auto placed = events_.event_at_as<hal::CardPlaced>(1);
    ASSERT_TRUE(placed);
    const auto& document = std::get<hal::CertificateCard>(placed->document);
    EXPECT_EQ(document.role, hal::CertificateRole::technician);
    EXPECT_TRUE(document.credit_code.empty());
    EXPECT_EQ(document.holder_name.str(), "梁志明");
}

TEST_F(PcscCertificateReader, RsaKeyNeedsAChainedGeneralAuthenticate) {
    auto spec = enterprise_spec();
    spec.key_kind = KeyKind::rsa2048;
    const auto rsa = issue(test_pki().enterprise_ca, spec);
    start_reader();
    insert(card_for(rsa));
    ASSERT_TRUE(events_.event_at_as<hal::PinRequired>(0));
    reader_->submit_pin(SecureString{"123456"});
    ASSERT_TRUE(events_.event_at_as<hal::CardPlaced>(1));
    // 7C { 82 00, 81 <256-byte block> } is longer than one short APDU.
    EXPECT_GE(reader_->last_counters().chained_parts, 1);
}

TEST_F(PcscCertificateReader, CardThatSpeaksOnlyT0SignsInToo) {
    std::mutex lines_mutex;
    std::vector<std::string> lines;
    auto previous = set_log_sink([&](const LogRecord& record) {
        std::lock_guard lock{lines_mutex};
        if (record.event == "device.pcsc.card_in") lines.emplace_back(record.line);
    });
    auto setup = card_for(test_pki().enterprise);
    setup.atr = t0_only_atr();
    start_reader();
    insert(setup);
    ASSERT_TRUE(events_.event_at_as<hal::PinRequired>(0));
    reader_->submit_pin(SecureString{"123456"});
    EXPECT_TRUE(events_.event_at_as<hal::CardPlaced>(1));
    set_log_sink(previous);
    std::lock_guard lock{lines_mutex};
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NE(lines[0].find("T=0"), std::string::npos) << lines[0];
}

TEST_F(PcscCertificateReader, CardThatWantsTheExactLengthIsAskedAgain) {
    auto setup = card_for(test_pki().enterprise);
    setup.exact_le_for_select = true;
    start_reader();
    insert(setup);
    ASSERT_TRUE(events_.event_at_as<hal::PinRequired>(0));
    reader_->submit_pin(SecureString{"123456"});
    ASSERT_TRUE(events_.event_at_as<hal::CardPlaced>(1));
    EXPECT_EQ(reader_->last_counters().resends, 1);  // SELECT once more with the card's Le
}

TEST_F(PcscCertificateReader, WrongPinSaysTheTriesLeftAndTheRightOneStillWorks) {
    start_reader();
    auto& card = insert(card_for(test_pki().enterprise));
    ASSERT_TRUE(events_.event_at_as<hal::PinRequired>(0));
    reader_->submit_pin(SecureString{"654321"});
    auto rejected = events_.event_at_as<hal::PinRejected>(1);
    ASSERT_TRUE(rejected);
    EXPECT_EQ(rejected->tries_left, 2);
    EXPECT_EQ(card.tries_left(), 2);
    reader_->submit_pin(SecureString{"123456"});
    EXPECT_TRUE(events_.event_at_as<hal::CardPlaced>(2));
    EXPECT_EQ(card.tries_left(), 3);
}

TEST_F(PcscCertificateReader, LastWrongPinBlocksTheCard) {
    auto setup = card_for(test_pki().enterprise);
    setup.tries_left = 1;
    start_reader();
    insert(setup);
    auto pin = events_.event_at_as<hal::PinRequired>(0);
    ASSERT_TRUE(pin);
    EXPECT_EQ(pin->tries_left, 1);
    reader_->submit_pin(SecureString{"000000"});
    auto failed = events_.event_at_as<hal::CardReadFailed>(1);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::pin_blocked);
}

TEST_F(PcscCertificateReader, BlockedCardIsRefusedBeforeThePin) {
    auto setup = card_for(test_pki().enterprise);
    setup.tries_left = 0;
    auto failed = refused_on_insert(setup);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::pin_blocked);
}

TEST_F(PcscCertificateReader, PinOfTheWrongShapeCostsNoTry) {
    start_reader();
    auto& card = insert(card_for(test_pki().enterprise));
    ASSERT_TRUE(events_.event_at_as<hal::PinRequired>(0));
    reader_->submit_pin(SecureString{"12"});
    auto failed = events_.event_at_as<hal::CardReadFailed>(1);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::card_unreadable);
    EXPECT_EQ(card.tries_left(), 3);
}

TEST_F(PcscCertificateReader, CardPulledMidAuthenticationIsReportedAsRemoved) {
    auto setup = card_for(test_pki().enterprise);
    setup.pull_on_sign = true;
    start_reader();
    insert(setup);
    ASSERT_TRUE(events_.event_at_as<hal::PinRequired>(0));
    reader_->submit_pin(SecureString{"123456"});
    auto failed = events_.event_at_as<hal::CardReadFailed>(1);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::card_removed) << failed->error.detail;
}

TEST_F(PcscCertificateReader, ForgedSignatureIsRefused) {
    auto setup = card_for(test_pki().enterprise);
    setup.forge_signature = true;
    start_reader();
    insert(setup);
    ASSERT_TRUE(events_.event_at_as<hal::PinRequired>(0));
    reader_->submit_pin(SecureString{"123456"});
    auto failed = events_.event_at_as<hal::CardReadFailed>(1);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::certificate_untrusted);
    EXPECT_NE(failed->error.detail.find("signature"), std::string::npos);
}

TEST_F(PcscCertificateReader, UntrustedCertificateIsRefusedWithoutAskingThePin) {
    const auto stranger = make_ca("Somebody else's CA");
    start_reader();
    auto& card = insert(card_for(issue(stranger, enterprise_spec())));
    auto failed = events_.event_at_as<hal::CardReadFailed>(0);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::certificate_untrusted);
    const auto ins = card.instructions();
    EXPECT_EQ(std::find(ins.begin(), ins.end(), "20"), ins.end()) << "VERIFY sent for an untrusted card";
    card.remove();
    // A refused card was never announced: its removal is no news.
    std::this_thread::sleep_for(std::chrono::milliseconds{300});
    EXPECT_EQ(events_.count(), 1u);
}

TEST_F(PcscCertificateReader, ExpiredCertificateIsRefused) {
    auto spec = enterprise_spec();
    spec.not_before = std::time(nullptr) - 3 * 365 * 86400;
    spec.not_after = std::time(nullptr) - 86400;
    auto failed = refused_on_insert(card_for(issue(test_pki().enterprise_ca, spec)));
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::card_expired);
}

TEST_F(PcscCertificateReader, CardWithoutPivIsUnsupported) {
    auto setup = card_for(test_pki().enterprise);
    setup.no_piv_application = true;
    auto failed = refused_on_insert(setup);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::unsupported);
}

TEST_F(PcscCertificateReader, CardRemovedWhileThePinIsTypedIsReported) {
    start_reader();
    auto& card = insert(card_for(test_pki().enterprise));
    ASSERT_TRUE(events_.event_at_as<hal::PinRequired>(0));
    card.remove();
    EXPECT_TRUE(events_.event_at_as<hal::CardRemoved>(1));
    reader_->submit_pin(SecureString{"123456"});  // too late: dropped, no event
    std::this_thread::sleep_for(std::chrono::milliseconds{300});
    EXPECT_EQ(events_.count(), 2u);
}

TEST_F(PcscCertificateReader, PcscdStoppingAndComingBackIsAReconnection) {
    start_reader();
    insert(card_for(test_pki().enterprise));
    ASSERT_TRUE(events_.event_at_as<hal::PinRequired>(0));
    card_.reset();
    pcscd_.stop();  // the reader service is gone, as when the reader's USB link drops
    auto removed = events_.event_at_as<hal::CardRemoved>(1);
    ASSERT_TRUE(removed);
    auto down = events_.event_at_as<hal::DeviceConnectionChanged>(2);
    ASSERT_TRUE(down);
    EXPECT_FALSE(down->connected);
    EXPECT_EQ(reader_->state(), hal::DeviceState::disconnected);
    std::string why;
    ASSERT_TRUE(pcscd_.start(&why)) << why;
    auto up = events_.event_at_as<hal::DeviceConnectionChanged>(3);
    ASSERT_TRUE(up);
    EXPECT_TRUE(up->connected);
    insert(card_for(test_pki().enterprise));
    EXPECT_TRUE(events_.event_at_as<hal::PinRequired>(4));
}

TEST_F(PcscCertificateReader, ReaderStartedBeforePcscdConnectsWhenItComes) {
    pcscd_.stop();
    start_reader();
    std::string why;
    ASSERT_TRUE(pcscd_.start(&why)) << why;
    insert(card_for(test_pki().enterprise));
    // No "connected" before a first connection: the reader simply starts working.
    EXPECT_TRUE(events_.event_at_as<hal::PinRequired>(0));
}

TEST_F(PcscCertificateReader, SelfTestFindsPcscdAndTheReader) {
    start_reader();
    auto report = reader_->self_test();
    ASSERT_EQ(report.steps.size(), 3u);
    EXPECT_TRUE(report.passed()) << report.steps[1].detail;
    EXPECT_NE(report.steps[1].detail.find("Virtual PCD 00 00"), std::string::npos);
    CertificateReaderOptions elsewhere;
    elsewhere.reader_filter = "No such reader";
    drivers::pcsc::CertificateReader absent{trust(), elsewhere};
    EXPECT_FALSE(absent.self_test().passed());
}

}  // namespace
}  // namespace nanhai::test
