// A scanned acceptance receipt QR (art. 14) opens its case once the platform confirms the
// signature; an altered one is refused as not genuine. The owner can print the receipt again.
#include "tests/integration/core/core_live_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using CoreCaseReceiptScan = CoreLive;

TEST_F(CoreCaseReceiptScan, GenuineOpensTheCaseAlteredIsRefused) {
    // The owner's view of her accepted case carries the receipt's signed QR.
    place(chen_card());
    settle();
    press("home.case_query");
    press("case.code", "440605261118103000010");
    settle();
    ASSERT_EQ(view().screen, "case.timeline");
    const auto timeline = std::get<CaseTimelineView>(view().data);
    ASSERT_TRUE(timeline.has_receipt);
    press("case.print_receipt");
    settle_print();
    ASSERT_TRUE(view().print);
    EXPECT_EQ(view().print->kind, "acceptance_receipt");
    const std::string qr = view().print->qr_payload;
    ASSERT_TRUE(qr.starts_with("NH1|R|")) << qr;
    press("session.finish");
    settle();
    remove_card();

    scan(qr);  // anonymous, on the home screen
    settle();
    ASSERT_EQ(view().screen, "case.timeline");
    EXPECT_EQ(std::get<CaseTimelineView>(view().data).code, "440605261118103000010");
    EXPECT_TRUE(std::get<CaseTimelineView>(view().data).restricted);

    press("case.another");
    std::string forged = qr;
    forged[forged.size() - 3] = forged[forged.size() - 3] == 'A' ? 'B' : 'A';
    scan(forged);
    settle();
    ASSERT_TRUE(view().error);
    EXPECT_EQ(view().error->title_key, "error.receipt_not_genuine");
    EXPECT_EQ(view().screen, "case_query");
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
