// The print desk against a scripted printer: a receipt is "printed" only on the printer's
// word; a held one opens the panel with its QR; waiting keeps it queued, the QR cancels it, a
// session end cancels it; a printer that refuses or is missing offers the QR at once.
#include "kiosk/core/print_desk.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace nanhai::kiosk::core {
namespace {

class ScriptedPrinter final : public hal::ReceiptPrinter {
public:
    hal::DeviceInfo info() const override { return {hal::DeviceClass::receipt_printer, "scripted", "", "", "", ""}; }
    hal::SelfTestReport self_test() override { return {}; }
    Result<hal::JobId, hal::DeviceError> submit(hal::ReceiptDocument document) override {
        if (refuse) return fail(hal::DeviceError{hal::DeviceErrorKind::printer_offline, hal::ErrorAction::clear, "scripted"});
        submitted.push_back(document.kind);
        return ++last_job;
    }
    hal::PrinterStatus status() const override { return {}; }
    void cancel(hal::JobId job) override { cancelled.push_back(job); }

    bool refuse = false;
    hal::JobId last_job = 0;
    std::vector<std::string> submitted;
    std::vector<hal::JobId> cancelled;
};

hal::ReceiptDocument slip() { return {"appointment_slip", {hal::TextLine{"YY202612020001"}}}; }
hal::DeviceEvent held(hal::JobId job) {
    return hal::PrintJobHeld{job, {hal::DeviceErrorKind::paper_out, hal::ErrorAction::clear, "paper end"}};
}

TEST(PrintDesk, PrintedOnlyWhenThePrinterSaysSo) {
    ScriptedPrinter printer;
    PrintDesk desk{&printer};
    desk.print(slip(), "NH1|A|qr");
    ASSERT_TRUE(desk.view());
    EXPECT_EQ(desk.view()->state, "printing");
    EXPECT_FALSE(desk.modal());
    EXPECT_FALSE(desk.on_event(hal::PrintJobFinished{99})) << "not ours";
    EXPECT_EQ(desk.view()->state, "printing");
    EXPECT_TRUE(desk.on_event(hal::PrintJobFinished{1}));
    EXPECT_EQ(desk.view()->state, "printed");
    desk.dismiss();
    EXPECT_FALSE(desk.view());
    EXPECT_FALSE(desk.holds_personal_data());
}

TEST(PrintDesk, HeldThenWaitingThenPrintedOnce) {
    ScriptedPrinter printer;
    PrintDesk desk{&printer};
    desk.print(slip(), "NH1|A|qr");
    EXPECT_TRUE(desk.on_event(held(1)));
    ASSERT_TRUE(desk.modal());
    EXPECT_EQ(desk.view()->state, "held");
    EXPECT_EQ(desk.view()->problem, "paper_out");
    EXPECT_EQ(desk.view()->qr_payload, "NH1|A|qr");
    desk.dismiss();  // the panel is not a notice: it stays until answered
    EXPECT_TRUE(desk.modal());
    desk.keep_waiting();
    EXPECT_FALSE(desk.modal());
    EXPECT_EQ(desk.view()->state, "waiting_for_staff");
    EXPECT_TRUE(desk.on_event(held(1)));  // held again (cover opened while loading paper)
    EXPECT_FALSE(desk.modal()) << "the citizen chose to wait: no second panel";
    EXPECT_TRUE(desk.on_event(hal::PrintJobFinished{1}));
    EXPECT_EQ(desk.view()->state, "printed");
    EXPECT_TRUE(printer.cancelled.empty());
}

TEST(PrintDesk, TheQrInsteadCancelsTheHeldJob) {
    ScriptedPrinter printer;
    PrintDesk desk{&printer};
    desk.print(slip(), "NH1|A|qr");
    desk.on_event(held(1));
    desk.use_qr_instead();
    EXPECT_EQ(printer.cancelled, std::vector<hal::JobId>{1});
    EXPECT_EQ(desk.view()->state, "qr_only");
    EXPECT_TRUE(desk.modal());
    EXPECT_FALSE(desk.on_event(hal::PrintJobFinished{1})) << "forgotten once cancelled";
    desk.dismiss();
    EXPECT_FALSE(desk.view());
}

TEST(PrintDesk, SessionEndCancelsWhatIsStillQueuedAndForgetsTheQr) {
    ScriptedPrinter printer;
    PrintDesk desk{&printer};
    desk.print(slip(), "NH1|A|qr");
    desk.print(slip(), "NH1|A|qr2");
    desk.on_event(held(2));
    ASSERT_TRUE(desk.holds_personal_data());
    desk.end_session();
    std::sort(printer.cancelled.begin(), printer.cancelled.end());
    EXPECT_EQ(printer.cancelled, (std::vector<hal::JobId>{1, 2}));
    EXPECT_FALSE(desk.view());
    EXPECT_FALSE(desk.holds_personal_data());
}

TEST(PrintDesk, ARefusingOrMissingPrinterOffersTheQrAtOnce) {
    ScriptedPrinter printer;
    printer.refuse = true;
    PrintDesk desk{&printer};
    desk.print(slip(), "NH1|A|qr");
    ASSERT_TRUE(desk.modal());
    EXPECT_EQ(desk.view()->state, "failed");
    EXPECT_EQ(desk.view()->problem, "printer_offline");
    desk.dismiss();
    EXPECT_FALSE(desk.view());

    PrintDesk none{nullptr};
    none.print(slip(), "NH1|A|qr");
    ASSERT_TRUE(none.modal());
    EXPECT_EQ(none.view()->problem, "not_connected");
}

// A job the driver gave up on (it cannot be encoded, the printer never confirmed it) is told as
// it is: it will not print, here is the QR; it is no longer the desk's to cancel.
TEST(PrintDesk, AJobThatFailedForGoodSaysSoAndOffersTheQr) {
    ScriptedPrinter printer;
    PrintDesk desk{&printer};
    desk.print(slip(), "NH1|A|qr");
    EXPECT_TRUE(desk.on_event(hal::PrintJobFailed{1, {hal::DeviceErrorKind::unsupported, hal::ErrorAction::maintenance, "no font"},
                                                  hal::PrintRecourse::show_qr}));
    ASSERT_TRUE(desk.modal());
    EXPECT_EQ(desk.view()->state, "failed");
    EXPECT_EQ(desk.view()->problem, "unsupported");
    EXPECT_EQ(desk.view()->recourse, "show_qr");
    EXPECT_EQ(desk.view()->qr_payload, "NH1|A|qr");
    EXPECT_FALSE(desk.on_event(hal::PrintJobFinished{1})) << "the job is gone";
    desk.end_session();
    EXPECT_TRUE(printer.cancelled.empty());

    desk.print(slip(), "NH1|A|qr2");
    EXPECT_TRUE(desk.on_event(hal::PrintJobFailed{2, {hal::DeviceErrorKind::timeout, hal::ErrorAction::reset, "never confirmed"},
                                                  hal::PrintRecourse::ask_staff}));
    EXPECT_EQ(desk.view()->recourse, "ask_staff");
    EXPECT_FALSE(desk.on_event(hal::PrintJobFailed{99, {hal::DeviceErrorKind::timeout, hal::ErrorAction::reset, ""}}))
        << "someone else's job";
}

}  // namespace
}  // namespace nanhai::kiosk::core
