// The pluggable photo decoder: a stand-in vendor library (tests/support/plugins) loaded with
// dlopen, used by the reader over the pty simulator; without one, or when it refuses a card,
// the card is still read, without a photo.
#include <gtest/gtest.h>

#include "drivers/ga467/photo_decoder.hpp"
#include "drivers/ga467/reader.hpp"
#include "drivers/transport/serial_port.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"
#include "tests/support/ga467_cards.hpp"
#include "tests/support/ga467_device_sim.hpp"
#include "tests/support/platform_process.hpp"

namespace nanhai::drivers::ga467 {
namespace {

using namespace std::chrono_literals;
using drivers::test::EventRecorder;

std::string decoder_path() {
#ifdef KIOSK_TEST_WLT_DECODER
    return KIOSK_TEST_WLT_DECODER;
#else
    ADD_FAILURE() << "KIOSK_TEST_WLT_DECODER is not defined (tests/support/CMakeLists.txt)";
    return {};
#endif
}

TEST(Ga467PhotoDecoder, LoadsTheLibraryAndDecodes) {
    auto decoder = PhotoDecoder::load(decoder_path());
    ASSERT_TRUE(decoder) << decoder.error();
    std::vector<std::uint8_t> wlt(1024, 0x21);
    auto bmp = (*decoder)->decode(wlt);
    ASSERT_TRUE(bmp);
    EXPECT_EQ((*bmp)[0], 'B');
    EXPECT_EQ((*bmp)[1], 'M');
    EXPECT_EQ(bmp->size(), 54u + 16 * 16 * 3);
    wlt[0] = 0xEE;  // the library refuses these
    EXPECT_FALSE((*decoder)->decode(wlt));
}

TEST(Ga467PhotoDecoder, MissingLibraryOrEntryPointIsAClearError) {
    auto missing = PhotoDecoder::load("/nonexistent/libwlt.so");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().find("/nonexistent/libwlt.so cannot be loaded"), std::string::npos) << missing.error();
    auto no_symbol = PhotoDecoder::load("libc.so.6");
    ASSERT_FALSE(no_symbol);
    EXPECT_EQ(no_symbol.error(), "photo decoder libc.so.6 has no nanhai_wlt_decode entry point");
}

class Ga467PhotoRead : public ::testing::Test {
protected:
    void SetUp() override {
        sim_ = std::make_unique<nanhai::test::Ga467DeviceSim>(dir_ + "/idcard");
    }
    void TearDown() override {
        if (reader_) reader_->stop();
    }
    void start(std::shared_ptr<const PhotoDecoder> decoder) {
        ReaderOptions options;
        options.command_timeout = 500ms;
        options.today = [] { return *parse_iso_date("2026-12-01"); };
        options.photo_decoder = std::move(decoder);
        reader_ = std::make_unique<Reader>(std::make_unique<SerialPort>(SerialSettings{sim_->path(), 115200}), options);
        ASSERT_TRUE(reader_->start(events_.sink()));
    }
    nanhai::test::TempDir temp_{"ga467-photo"};  // removed with everything in it
    std::string dir_ = temp_.str();
    std::unique_ptr<nanhai::test::Ga467DeviceSim> sim_;
    std::unique_ptr<Reader> reader_;
    EventRecorder events_;
};

TEST_F(Ga467PhotoRead, CardComesWithItsDecodedPhoto) {
    auto decoder = PhotoDecoder::load(decoder_path());
    ASSERT_TRUE(decoder) << decoder.error();
    start(*decoder);
    sim_->place_card(nanhai::test::citizen_block());
    auto placed = events_.event_at_as<hal::CardPlaced>(0);
    ASSERT_TRUE(placed);
    const auto& card = std::get<hal::ResidentIdCard>(placed->document);
    EXPECT_EQ(card.photo_wlt.size(), 1024u);
    ASSERT_EQ(card.photo_bmp.size(), 54u + 16 * 16 * 3);
    EXPECT_EQ(card.photo_bmp[0], 'B');
    EXPECT_EQ(card.photo_bmp[54 + 1], card.photo_wlt[1]);  // the stand-in repeats the WLT bytes
}

TEST_F(Ga467PhotoRead, WithoutADecoderThereIsNoPhotoAndNoError) {
    start(nullptr);
    sim_->place_card(nanhai::test::citizen_block());
    auto placed = events_.event_at_as<hal::CardPlaced>(0);
    ASSERT_TRUE(placed);
    const auto& card = std::get<hal::ResidentIdCard>(placed->document);
    EXPECT_EQ(card.photo_wlt.size(), 1024u);
    EXPECT_TRUE(card.photo_bmp.empty());
}

}  // namespace
}  // namespace nanhai::drivers::ga467
