// HID POS report assembly and scanned text: one code across reports, malformed reports,
// UTF-8 or GB18030, the AIM prefix.
#include <gtest/gtest.h>

#include "drivers/scanner/hid_pos_report.hpp"
#include "drivers/scanner/scan_text.hpp"

namespace nanhai::drivers::scanner {
namespace {

using Bytes = std::vector<std::uint8_t>;

Bytes report(std::string_view data, bool more, std::string_view aim = "]Q1") {
    Bytes r(64, 0);
    r[0] = 0x02;
    r[1] = static_cast<std::uint8_t>(data.size());
    for (std::size_t i = 0; i < aim.size() && i < 3; ++i) r[2 + i] = static_cast<std::uint8_t>(aim[i]);
    for (std::size_t i = 0; i < data.size(); ++i) r[5 + i] = static_cast<std::uint8_t>(data[i]);
    r[63] = more ? 0x01 : 0x00;
    return r;
}

std::string text(const Bytes& b) { return {b.begin(), b.end()}; }

TEST(HidPosAssembler, OneReportIsOneCode) {
    HidPosAssembler a;
    auto scan = a.feed(report("440605261118103000010", false));
    ASSERT_TRUE(scan) << scan.error();
    ASSERT_TRUE(*scan);
    EXPECT_EQ((*scan)->symbology, "]Q1");
    EXPECT_EQ(text((*scan)->data), "440605261118103000010");
}

TEST(HidPosAssembler, ReportsOfOneCodeAreJoinedInOrder) {
    HidPosAssembler a;
    const std::string first(56, 'A'), second(56, 'B'), last = "tail";
    auto one = a.feed(report(first, true));
    ASSERT_TRUE(one);
    EXPECT_FALSE(*one);
    EXPECT_TRUE(a.in_progress());
    ASSERT_FALSE(*a.feed(report(second, true, "]XX")));  // only the first report's AIM id counts
    auto done = a.feed(report(last, false, ""));
    ASSERT_TRUE(done && *done);
    EXPECT_EQ((*done)->symbology, "]Q1");
    EXPECT_EQ(text((*done)->data), first + second + last);
    EXPECT_FALSE(a.in_progress());
}

TEST(HidPosAssembler, MalformedReportsAreErrorsAndDropThePartialCode) {
    HidPosAssembler a;
    ASSERT_TRUE(a.feed(report("part", true)));
    EXPECT_EQ(a.feed(Bytes(63, 0x02)).error(), "HID POS report of 63 bytes (64 expected)");
    EXPECT_FALSE(a.in_progress());
    auto wrong_id = report("x", false);
    wrong_id[0] = 0x01;
    EXPECT_EQ(a.feed(wrong_id).error(), "not a HID POS input report (id 1)");
    auto too_long = report("x", false);
    too_long[1] = 57;
    EXPECT_EQ(a.feed(too_long).error(), "HID POS report claims 57 data bytes (56 at most)");
    auto next = a.feed(report("fresh", false));
    ASSERT_TRUE(next && *next);
    EXPECT_EQ(text((*next)->data), "fresh");
}

TEST(HidPosAssembler, ACodeThatNeverEndsIsCutOff) {
    HidPosAssembler a;
    const std::string chunk(56, 'z');
    Result<std::optional<HidPosScan>, std::string> last = std::optional<HidPosScan>{};
    for (int i = 0; i < 200 && last; ++i) last = a.feed(report(chunk, true));
    ASSERT_FALSE(last);
    EXPECT_EQ(last.error(), "scanned code longer than 8192 bytes");
    EXPECT_FALSE(a.in_progress());
}

TEST(ScanText, Utf8FirstThenGb18030) {
    const std::string utf8 = "南海区";
    EXPECT_EQ(decode_scan_text(Bytes{utf8.begin(), utf8.end()}), utf8);
    const Bytes gb18030{0xC4, 0xCF, 0xBA, 0xA3};  // 南海 in GB18030
    EXPECT_EQ(decode_scan_text(gb18030), "南海");
    EXPECT_EQ(decode_scan_text(Bytes{0x81}), std::nullopt);  // a lone lead byte is neither
}

TEST(ScanText, AimPrefixIsSplitOff) {
    auto qr = split_aim_prefix("]Q1NH1|A|...");
    EXPECT_EQ(qr.symbology, "]Q1");
    EXPECT_EQ(qr.rest, "NH1|A|...");
    auto none = split_aim_prefix("440605261118103000010");
    EXPECT_EQ(none.symbology, "");
    EXPECT_EQ(none.rest, "440605261118103000010");
    EXPECT_EQ(split_aim_prefix("]]").symbology, "");
}

}  // namespace
}  // namespace nanhai::drivers::scanner
