// The GA/T 467 driver over a real pty with the reader simulator on the other side: every card
// type read into its record, removal noticed, and every fault the issue lists: frames split and
// slow, leading garbage, a bad checksum, a wrong length, each kind of error status, the card
// pulled mid-read, no answer, the reader unplugged and plugged back.
#include <gtest/gtest.h>

#include "kiosk/devices/device_factory.hpp"
#include "drivers/ga467/reader.hpp"
#include "drivers/ga467/status.hpp"
#include "drivers/transport/serial_port.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"
#include "tests/support/ga467_cards.hpp"
#include "tests/support/ga467_device_sim.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::drivers::ga467 {
namespace {

using namespace std::chrono_literals;
using kiosk::devices::make_devices;
using drivers::test::EventRecorder;

class Ga467ReaderTest : public ::testing::Test {
protected:
    void SetUp() override {
        sim_ = std::make_unique<nanhai::test::Ga467DeviceSim>(dir_ + "/idcard");
    }
    void TearDown() override {
        if (reader_) reader_->stop();
    }

    void start(ReaderOptions options = {}) {
        options.command_timeout = 500ms;  // generous for sanitizer builds on a loaded machine
        options.reconnect_interval = 100ms;
        options.today = [] { return *parse_iso_date("2026-12-01"); };
        reader_ = std::make_unique<Reader>(std::make_unique<SerialPort>(SerialSettings{sim_->path(), 115200}), options);
        ASSERT_TRUE(reader_->start(events_.sink()));
    }

    // The next event of type T, skipping none: the driver's events come in a defined order.
    template <class T>
    std::optional<T> next() {
        return events_.event_at_as<T>(seen_++);
    }

    nanhai::test::TempDir temp_{"ga467"};  // removed with everything in it
    std::string dir_ = temp_.str();
    std::unique_ptr<nanhai::test::Ga467DeviceSim> sim_;
    std::unique_ptr<Reader> reader_;
    EventRecorder events_;
    std::size_t seen_ = 0;
};

TEST_F(Ga467ReaderTest, ReadsACitizenCardThenNoticesItLeaving) {
    start();
    sim_->place_card(nanhai::test::citizen_block());
    auto placed = next<hal::CardPlaced>();
    ASSERT_TRUE(placed);
    const auto& card = std::get<hal::ResidentIdCard>(placed->document);
    EXPECT_EQ(card.name.str(), "陈美玲");
    EXPECT_EQ(card.id_number.str(), "440605198803120528");
    EXPECT_EQ(card.valid_to.str(), "2036-03-12");
    EXPECT_EQ(card.photo_wlt.size(), 1024u) << "the encrypted photo, kept raw";
    EXPECT_EQ(reader_->state(), hal::DeviceState::ready);
    EXPECT_EQ(reader_->info().serial, "05-01-00000012-0000003456-0000007890");
    std::this_thread::sleep_for(700ms);  // two polls with the card still in: no event
    EXPECT_EQ(events_.count(), 1u);
    sim_->remove_card();
    EXPECT_TRUE(next<hal::CardRemoved>());
    const auto requests = sim_->requests();
    EXPECT_EQ(requests.front(), "11 FF") << "SAM status first";
}

TEST_F(Ga467ReaderTest, EveryCardType) {
    start();
    for (const auto& [block, type] : {std::pair{nanhai::test::permit_block(), hal::CardType::hk_mo_tw_permit},
                                      std::pair{nanhai::test::pr2017_block(), hal::CardType::foreign_pr_2017},
                                      std::pair{nanhai::test::pr2023_block(), hal::CardType::foreign_pr_2023},
                                      std::pair{nanhai::test::citizen_block("长期"), hal::CardType::citizen}}) {
        sim_->place_card(block);
        auto placed = next<hal::CardPlaced>();
        ASSERT_TRUE(placed);
        EXPECT_EQ(std::get<hal::ResidentIdCard>(placed->document).type, type);
        sim_->remove_card();
        ASSERT_TRUE(next<hal::CardRemoved>());
    }
}

TEST_F(Ga467ReaderTest, SplitSlowAnswersAndGarbageAreReadThrough) {
    sim_->split_answers(true, 3, 1ms);
    sim_->garbage_before_next_answer({0x00, 0xFF, 0xAA, 0x13});
    start();
    sim_->place_card(nanhai::test::citizen_block());
    auto placed = next<hal::CardPlaced>();
    ASSERT_TRUE(placed);
    EXPECT_EQ(std::get<hal::ResidentIdCard>(placed->document).name.str(), "陈美玲");
    EXPECT_GE(reader_->link_counters().garbage_bytes, 1u);
}

TEST_F(Ga467ReaderTest, ABadChecksumOrLengthIsDroppedAndTheNextPollReads) {
    start();
    std::this_thread::sleep_for(400ms);  // connected and polling
    sim_->corrupt_next_checksum();
    std::this_thread::sleep_for(400ms);
    sim_->wrong_length_next();
    sim_->place_card(nanhai::test::citizen_block());
    ASSERT_TRUE(next<hal::CardPlaced>());
    EXPECT_GE(reader_->link_counters().dropped_frames, 1u);
}

// The read's answer (text and photo, 1.3 KB) arrives with a bad checksum: the reader will not
// send it again by itself, so the driver sends the read again at once. With a read timeout of a
// minute, a driver that waited for the answer instead would not read the card in this test.
TEST_F(Ga467ReaderTest, ABrokenReadAnswerIsAskedForAgainAtOnce) {
    ReaderOptions options;
    options.read_timeout = 60s;
    start(options);
    sim_->corrupt_next_answer_to(0x30);
    sim_->place_card(nanhai::test::citizen_block());
    auto placed = next<hal::CardPlaced>();
    ASSERT_TRUE(placed);
    EXPECT_EQ(std::get<hal::ResidentIdCard>(placed->document).name.str(), "陈美玲");
    EXPECT_EQ(reader_->link_counters().resends, 1u);
    EXPECT_EQ(reader_->link_counters().dropped_frames, 1u);
    EXPECT_EQ(reader_->counters().card_reads, 1u);
}

TEST_F(Ga467ReaderTest, ErrorStatusesSayWhatTheyMean) {
    start();
    sim_->status_for(0x30, 0x01, kReadFailed);
    sim_->place_card(nanhai::test::citizen_block());
    auto failed = next<hal::CardReadFailed>();
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::card_unreadable);
    EXPECT_NE(failed->error.detail.find("0x41"), std::string::npos) << failed->error.detail;
    sim_->clear_statuses();
    sim_->status_for(0x20, 0x02, kSamAuthFailed);
    auto blocked = next<hal::CardReadFailed>();
    ASSERT_TRUE(blocked);
    EXPECT_EQ(blocked->error.kind, hal::DeviceErrorKind::card_blocked);
    EXPECT_EQ(blocked->error.action, hal::ErrorAction::clear);
    sim_->clear_statuses();
    EXPECT_TRUE(next<hal::CardPlaced>()) << "the same card reads once the SAM is happy";
    for (std::uint8_t sw3 : {kSelectFailed, kFieldEmpty, kChecksumError, kLengthError, kCommandError, kUnauthorised,
                             kUnknownError, kCardAuthFailed, kSamAuthFailed, kInfoCheckError, kUnknownCardType, kReadFailed,
                             kRandomError, kSamSelfTestFailed, kSamNotAuthorised}) {
        const auto m = status_meaning(sw3);
        EXPECT_NE(m.name, "unlisted") << static_cast<int>(sw3);
        EXPECT_FALSE(m.citizen_zh.empty());
    }
    EXPECT_EQ(status_meaning(0x77).kind, hal::DeviceErrorKind::protocol_error);
}

TEST_F(Ga467ReaderTest, ASamThatFailsItsSelfTestIsAFault) {
    sim_->status_for(0x11, 0xFF, kSamSelfTestFailed);
    start();
    std::this_thread::sleep_for(500ms);
    EXPECT_EQ(reader_->state(), hal::DeviceState::fault);
    const auto report = reader_->self_test();
    ASSERT_GE(report.steps.size(), 2u);
    EXPECT_FALSE(report.passed());
    EXPECT_EQ(report.steps[1].name, "SAM status");
    EXPECT_FALSE(report.steps[1].passed);
    sim_->clear_statuses();
    sim_->place_card(nanhai::test::citizen_block());
    EXPECT_TRUE(next<hal::CardPlaced>()) << "it recovers by itself once the SAM is fine";
    EXPECT_TRUE(reader_->self_test().passed());
}

TEST_F(Ga467ReaderTest, ACardPulledMidReadIsReportedAsSuch) {
    start();
    sim_->pull_card_during_next_read();
    sim_->place_card(nanhai::test::citizen_block());
    auto failed = next<hal::CardReadFailed>();
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::card_removed);
    std::this_thread::sleep_for(400ms);
    EXPECT_EQ(events_.count(), seen_) << "no CardPlaced, no CardRemoved for a card that never finished";
}

TEST_F(Ga467ReaderTest, NoAnswerIsAFaultForMaintenance) {
    sim_->silent(true);
    start();
    auto faulted = next<hal::DeviceFaulted>();
    ASSERT_TRUE(faulted);
    EXPECT_EQ(faulted->error.kind, hal::DeviceErrorKind::timeout);
    EXPECT_EQ(faulted->error.action, hal::ErrorAction::maintenance);
    sim_->silent(false);
    sim_->place_card(nanhai::test::citizen_block());
    EXPECT_TRUE(next<hal::CardPlaced>());
}

TEST_F(Ga467ReaderTest, UnpluggedAndPluggedBack) {
    start();
    sim_->place_card(nanhai::test::citizen_block());
    ASSERT_TRUE(next<hal::CardPlaced>());
    sim_->unplug();
    EXPECT_TRUE(next<hal::CardRemoved>()) << "the card is gone with the reader";
    auto lost = next<hal::DeviceConnectionChanged>();
    ASSERT_TRUE(lost);
    EXPECT_FALSE(lost->connected);
    EXPECT_EQ(reader_->state(), hal::DeviceState::disconnected);
    sim_->remove_card();
    sim_->plug();
    auto back = next<hal::DeviceConnectionChanged>();
    ASSERT_TRUE(back);
    EXPECT_TRUE(back->connected);
    sim_->place_card(nanhai::test::pr2023_block());
    auto placed = next<hal::CardPlaced>();
    ASSERT_TRUE(placed);
    EXPECT_EQ(std::get<hal::ResidentIdCard>(placed->document).type, hal::CardType::foreign_pr_2023);
}

// Chosen by the kiosk's configuration like any driver: the demo stays on the simulator.
TEST_F(Ga467ReaderTest, TheDeviceFactoryMakesItFromTheConfig) {
    kiosk::KioskConfig config;
    config.identity_reader.driver = "ga467-serial";
    config.identity_reader.uri = sim_->path();
    auto devices = make_devices(config, nullptr);
    ASSERT_TRUE(devices) << devices.error();
    EXPECT_EQ(devices->identity_reader->info().driver, "ga467-serial");
    ASSERT_TRUE(devices->identity_reader->start(events_.sink()));
    sim_->place_card(nanhai::test::citizen_block());
    auto placed = next<hal::CardPlaced>();
    ASSERT_TRUE(placed);
    EXPECT_EQ(std::get<hal::ResidentIdCard>(placed->document).name.str(), "陈美玲");
    devices->identity_reader->stop();
}

}  // namespace
}  // namespace nanhai::drivers::ga467
