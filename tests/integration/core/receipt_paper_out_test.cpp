// Scenario: the printer runs out of paper in the middle of the appointment slip. The citizen
// is told at once that the slip is kept, sees its QR code, and may wait for staff: once paper
// is loaded exactly one whole slip comes out. Or the citizen takes the QR instead, and the
// held slip is dropped, never printed later for someone else.
#include "tests/integration/core/booking_rig.hpp"

namespace nanhai::kiosk::core::test {
namespace {

class CoreReceiptPaperOut : public BookingLive {
protected:
    // Books, with a roll that ends inside the slip.
    void book_with_paper_running_out() {
        sign_in_and_choose("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30");
        printer_.set_paper_remaining(200);  // dot rows: a slip is several times taller
        press("appointments.confirm");
        settle();
        ASSERT_EQ(view().screen, "appointments.booked");
        settle_print();
    }
};

TEST_F(CoreReceiptPaperOut, TheSlipIsKeptAndPrintsOnceWhenPaperIsLoaded) {
    book_with_paper_running_out();
    ASSERT_TRUE(view().print);
    EXPECT_EQ(view().print->state, "held");
    EXPECT_EQ(view().print->problem, "paper_out");
    EXPECT_TRUE(view().print->modal);
    EXPECT_EQ(view().print->kind, "appointment_slip");
    EXPECT_TRUE(view().print->qr_payload.starts_with("NH1|A|")) << "the slip's signed QR";
    press("appointments.print");  // behind the panel: nothing but its buttons works
    EXPECT_EQ(printer_.queued_jobs(), 1u);

    press("print.wait");
    EXPECT_EQ(view().print->state, "waiting_for_staff");
    EXPECT_FALSE(view().print->modal);

    printer_.set_status(drivers::SimPrinterCondition::ok);  // staff load a new roll
    deliver_device_events(2);  // status change, then the finished job
    settle_print();
    ASSERT_TRUE(view().print);
    EXPECT_EQ(view().print->state, "printed");
    EXPECT_EQ(printer_.queued_jobs(), 0u);
    press("session.finish");
    expect_wiped();
}

TEST_F(CoreReceiptPaperOut, TakingTheQrInsteadDropsTheHeldSlip) {
    book_with_paper_running_out();
    ASSERT_TRUE(view().print);
    ASSERT_EQ(view().print->state, "held");
    press("print.use_qr");
    EXPECT_EQ(view().print->state, "qr_only");
    EXPECT_TRUE(view().print->modal);
    EXPECT_EQ(printer_.queued_jobs(), 0u) << "cancelled: it must not come out for the next citizen";
    press("print.dismiss");
    EXPECT_FALSE(view().print);
    press("session.finish");
    expect_wiped();
}

TEST_F(CoreReceiptPaperOut, ASessionEndingWithASlipHeldCancelsIt) {
    book_with_paper_running_out();
    ASSERT_EQ(view().print->state, "held");
    press("session.finish");  // works over the panel
    EXPECT_EQ(printer_.queued_jobs(), 0u);
    expect_wiped();
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
