// ESC/POS real-time status: the request bytes, the pattern, each bit, and what the hal sees.
#include <gtest/gtest.h>

#include "drivers/escpos/realtime_status.hpp"

namespace nanhai::drivers::escpos {
namespace {

using Answers = std::array<std::uint8_t, 4>;

constexpr Answers kAllWell{0x16, 0x12, 0x12, 0x12};  // drawer pin high on n=1; nothing else

TEST(EscposStatus, RequestsAndPattern) {
    EXPECT_EQ(status_request(StatusQuery::paper), (std::array<std::uint8_t, 3>{0x10, 0x04, 0x04}));
    EXPECT_TRUE(is_status_byte(0x12));
    EXPECT_TRUE(is_status_byte(0x7E));   // every free bit set
    EXPECT_FALSE(is_status_byte(0x10));  // an ASB first byte (xxx1xx00) is no DLE EOT answer
    EXPECT_FALSE(is_status_byte(0x92));
}

TEST(EscposStatus, AllWellIsOk) {
    auto s = decode_status(kAllWell);
    ASSERT_TRUE(s) << s.error();
    EXPECT_EQ(to_printer_status(*s), hal::PrinterStatus{});
}

TEST(EscposStatus, EachConditionFromItsBit) {
    Answers a = kAllWell;
    a[3] = 0x12 | 0x0C;
    EXPECT_EQ(to_printer_status(*decode_status(a)).paper, hal::PaperLevel::low);
    a[3] = 0x12 | 0x0C | 0x60;
    a[1] = 0x12 | 0x20;  // stopped at paper end
    auto out = decode_status(a);
    ASSERT_TRUE(out);
    EXPECT_TRUE(out->paper_end);
    EXPECT_TRUE(out->stopped_at_paper_end);
    EXPECT_EQ(to_printer_status(*out).paper, hal::PaperLevel::out);
    a = kAllWell;
    a[0] = 0x12 | 0x08;  // offline because the cover is open: the hal says "cover", not "offline"
    a[1] = 0x12 | 0x04;
    auto cover = to_printer_status(*decode_status(a));
    EXPECT_TRUE(cover.cover_open);
    EXPECT_FALSE(cover.offline);
    a = kAllWell;
    a[0] = 0x12 | 0x08;
    a[1] = 0x12 | 0x40;
    a[2] = 0x12 | 0x08 | 0x40;  // cutter jammed, recoverable
    auto cutter = decode_status(a);
    ASSERT_TRUE(cutter);
    EXPECT_TRUE(cutter->auto_recoverable_error);
    EXPECT_TRUE(to_printer_status(*cutter).cutter_error);
    EXPECT_TRUE(to_printer_status(*cutter).offline);
}

TEST(EscposStatus, AByteOutsideThePatternNamesItsQuery) {
    Answers a = kAllWell;
    a[2] = 0x00;
    EXPECT_EQ(decode_status(a).error(), "DLE EOT 3 answered 0x00, not a status byte");
}

}  // namespace
}  // namespace nanhai::drivers::escpos
