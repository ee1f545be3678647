// ESC/POS replies: ASB packets, the paper sensor answer and the splitter that sorts a stream of
// replies; and the virtual printer's behaviour that the driver relies on (offline real-time
// answers, GS r after printing, buffers cleared by DLE DC4 8, waste when the roll ends).
#include <gtest/gtest.h>

#include "drivers/escpos/commands.hpp"
#include "drivers/escpos/printer_replies.hpp"
#include "drivers/escpos/receipt_encoder.hpp"
#include "tests/virtual_printer/escpos_interpreter.hpp"

namespace nanhai::drivers::escpos {
namespace {

using test::EscposInterpreter;
using test::PaperCondition;

TEST(EscposReplies, AsbRoundTripsEveryCondition) {
    RealTimeStatus s;
    s.offline = true;
    s.cover_open = true;
    s.cutter_error = true;
    s.error = true;
    s.paper_near_end = true;
    s.paper_end = true;
    s.stopped_at_paper_end = true;
    const auto packet = encode_asb(s);
    EXPECT_TRUE(is_asb_first_byte(packet[0]));
    const auto back = decode_asb(packet).value();
    EXPECT_TRUE(back.offline && back.cover_open && back.cutter_error && back.paper_near_end && back.paper_end);
    EXPECT_FALSE(back.unrecoverable_error);
    EXPECT_EQ(to_printer_status(back).paper, hal::PaperLevel::out);
}

TEST(EscposReplies, AsbWithBadLaterByteIsRefused) {
    const std::array<std::uint8_t, 4> bad{0x10, 0x90, 0x00, 0x00};
    EXPECT_FALSE(decode_asb(bad));
}

TEST(EscposReplies, SplitterSortsAStreamAndJoinsSplitPackets) {
    ReplySplitter splitter;
    const auto asb = encode_asb(RealTimeStatus{.cover_open = true});
    std::vector<std::uint8_t> first{0x12, asb[0], asb[1]};  // a DLE EOT answer, half an ASB
    std::vector<std::uint8_t> second{asb[2], asb[3], 0x0C, 0xFF};
    auto replies = splitter.feed(first);
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_EQ(std::get<RealTimeAnswer>(replies[0]).byte, 0x12);
    replies = splitter.feed(second);
    ASSERT_EQ(replies.size(), 3u);
    EXPECT_TRUE(std::get<AutomaticStatus>(replies[0]).status.cover_open);
    EXPECT_TRUE(std::get<PaperStatusAnswer>(replies[1]).status.end);
    EXPECT_EQ(std::get<UnexpectedByte>(replies[2]).byte, 0xFF);
}

TEST(EscposReplies, StrayAsbLeadIsReportedAndTheNextByteReadAfresh) {
    ReplySplitter splitter;
    const auto replies = splitter.feed(std::vector<std::uint8_t>{0x10, 0x12});
    ASSERT_EQ(replies.size(), 2u);
    EXPECT_EQ(std::get<UnexpectedByte>(replies[0]).byte, 0x10);
    EXPECT_EQ(std::get<RealTimeAnswer>(replies[1]).byte, 0x12);
}

TEST(EscposReplies, BytesGatheredAfterAStrayAsbLeadAreReadAgain) {
    // Found by escpos_replies_fuzz: 30 looks like an ASB lead, 00 and 21 like its later bytes,
    // then 30 breaks the packet. 00 is a paper status answer and must not be lost.
    ReplySplitter splitter;
    const auto replies = splitter.feed(std::vector<std::uint8_t>{0x30, 0x00, 0x21, 0x30});
    ASSERT_GE(replies.size(), 3u);
    EXPECT_EQ(std::get<UnexpectedByte>(replies[0]).byte, 0x30);
    EXPECT_TRUE(std::holds_alternative<PaperStatusAnswer>(replies[1]));
    EXPECT_EQ(std::get<UnexpectedByte>(replies[2]).byte, 0x21);
}

Bytes a_job(const std::string& text) {
    hal::ReceiptDocument document{"job", {hal::TextLine{text}, hal::TextLine{text}, hal::TextLine{text}, hal::Cut{}}};
    return encode_receipt(document, EncoderOptions{}).value().bytes;
}

TEST(VirtualPrinter, RealTimeStatusIsAnsweredEvenOffline) {
    EscposInterpreter printer;
    printer.set_cover_open(true);
    Bytes ask;
    append(ask, status_request(StatusQuery::offline_cause));
    const auto answer = printer.receive(ask);
    ASSERT_EQ(answer.size(), 1u);
    EXPECT_TRUE(decode_status(std::array<std::uint8_t, 4>{0x1A, answer[0], 0x12, 0x12}).value().cover_open);
}

TEST(VirtualPrinter, PaperStatusComesOnlyAfterThePrintingBeforeIt) {
    EscposInterpreter printer;
    printer.set_paper_remaining(40);  // the roll ends in the second line
    Bytes job = a_job("南海");
    transmit_paper_status(job);
    EXPECT_TRUE(printer.receive(job).empty());  // offline at paper end: GS r waits
    EXPECT_FALSE(printer.online());
    ASSERT_EQ(printer.slips().size(), 1u);
    EXPECT_FALSE(printer.slips()[0].complete);
    EXPECT_GT(printer.buffered_bytes(), 0u);
    // Loading paper prints the rest of the buffer (a torn half receipt), then answers GS r.
    const auto after = printer.set_paper(PaperCondition::ok);
    ASSERT_EQ(after.size(), 1u);
    EXPECT_TRUE(is_paper_status_byte(after[0]));
    ASSERT_EQ(printer.complete_slips().size(), 1u);
    EXPECT_LT(printer.complete_slips()[0].text().size(), 3u);  // what a driver must avoid
}

TEST(VirtualPrinter, ClearingTheBuffersWhileOfflineDropsTheRestOfTheJob) {
    EscposInterpreter printer;
    printer.set_paper_remaining(40);
    printer.receive(a_job("南海"));
    Bytes clear;
    clear_buffers(clear);
    append(clear, status_request(StatusQuery::paper));
    const auto answer = printer.receive(clear);
    EXPECT_EQ(printer.buffered_bytes(), 0u);
    EXPECT_EQ(answer.size(), 1u);  // the status request after the clear is answered
    printer.set_paper(PaperCondition::ok);
    EXPECT_TRUE(printer.complete_slips().empty());
    printer.receive(a_job("南海"));
    ASSERT_EQ(printer.complete_slips().size(), 1u);
    EXPECT_EQ(printer.complete_slips()[0].text().size(), 3u);
}

TEST(VirtualPrinter, AsbIsSentWhenEnabledAndOnEveryChange) {
    EscposInterpreter printer;
    Bytes enable;
    automatic_status_back(enable, true);
    const auto first = printer.receive(enable);
    ASSERT_EQ(first.size(), 4u);
    EXPECT_FALSE(decode_asb(std::span<const std::uint8_t, 4>{first.data(), 4}).value().offline);
    const auto opened = printer.set_cover_open(true);
    ASSERT_EQ(opened.size(), 4u);
    EXPECT_TRUE(decode_asb(std::span<const std::uint8_t, 4>{opened.data(), 4}).value().cover_open);
}

TEST(VirtualPrinter, UnknownCommandsAreRecorded) {
    EscposInterpreter printer;
    printer.receive(std::vector<std::uint8_t>{0x1B, 0x7A, 0x1D, 0x99, 0x41});
    EXPECT_EQ(printer.unknown_commands().size(), 2u);
}

}  // namespace
}  // namespace nanhai::drivers::escpos
