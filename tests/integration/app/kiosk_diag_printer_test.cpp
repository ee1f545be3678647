// kiosk-diag printer against the virtual ESC/POS printer over TCP, as a technician runs it:
// the test page printed and confirmed, a printer out of paper, no printer, bad arguments.
#include <gtest/gtest.h>

#include "tests/support/diag_runner.hpp"
#include "tests/support/platform_process.hpp"
#include "tests/virtual_printer/virtual_escpos_printer.hpp"

namespace {

using nanhai::test::PaperCondition;

class KioskDiagPrinter : public ::testing::Test {
protected:
    void SetUp() override {
#ifndef KIOSK_DIAG_BIN
        FAIL() << "KIOSK_DIAG_BIN is not defined: kiosk/diag/CMakeLists.txt must pass the binary";
#endif
        auto printer = nanhai::test::VirtualEscposPrinter::start({});
        ASSERT_TRUE(printer) << printer.error();
        printer_ = std::move(*printer);
    }

    nanhai::test::DiagRun diag(const std::string& args) {
#ifdef KIOSK_DIAG_BIN
        return nanhai::test::run_diag(KIOSK_DIAG_BIN, "printer " + args, dir_);
#else
        (void)args;
        return {};
#endif
    }

    nanhai::test::TempDir temp_{"kiosk-diag-printer"};  // removed with everything in it
    std::string dir_ = temp_.str();
    std::unique_ptr<nanhai::test::VirtualEscposPrinter> printer_;
};

TEST_F(KioskDiagPrinter, TestPageIsPrintedAndConfirmed) {
    const auto run = diag("--uri " + printer_->uri() + " --test-page");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("test page printed"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("paper    loaded"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("confirm  GS r 1 (the printer answers after printing), probed"), std::string::npos) << run.output;
    ASSERT_EQ(printer_->complete_slips().size(), 1u);
    EXPECT_EQ(printer_->complete_slips()[0].text().front(), "打印机自检 Printer test");
}

// A low-cost printer without GS r: kiosk-diag says the fallback is used, and the test page
// counts as printed because it did print.
TEST_F(KioskDiagPrinter, APrinterWithoutGsRIsConfirmedByStatusPollingAndSaysSo) {
    nanhai::test::VirtualPrinterOptions options;
    options.answers_gs_r = false;
    auto cheap = nanhai::test::VirtualEscposPrinter::start(options);
    ASSERT_TRUE(cheap) << cheap.error();
    const auto run = diag("--uri " + (*cheap)->uri() + " --test-page");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("confirm  status polling after the job drained (no GS r), probed"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("test page printed"), std::string::npos) << run.output;
    EXPECT_EQ((*cheap)->complete_slips().size(), 1u);
    const auto configured = diag("--uri " + (*cheap)->uri() + " --confirmation status --test-page");
    EXPECT_EQ(configured.exit_code, 0) << configured.output;
    EXPECT_NE(configured.output.find("(no GS r), configured"), std::string::npos) << configured.output;
    EXPECT_EQ(diag("--uri " + (*cheap)->uri() + " --confirmation sometimes").exit_code, 1);
}

TEST_F(KioskDiagPrinter, RasterStrategyOn58mmPaper) {
    const auto run = diag("--uri " + printer_->uri() + " --width 58 --strategy raster --test-page");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    const auto slips = printer_->complete_slips();
    ASSERT_EQ(slips.size(), 1u);
    const auto& image = std::get<nanhai::hal::MonoImage>(slips[0].elements.front());
    EXPECT_EQ(image.width, 384);
}

TEST_F(KioskDiagPrinter, PaperOutIsReportedAndNothingPrints) {
    printer_->set_paper(PaperCondition::out);
    const auto run = diag("--uri " + printer_->uri() + " --test-page");
    EXPECT_EQ(run.exit_code, 4) << run.output;
    EXPECT_NE(run.output.find("paper    out"), std::string::npos) << run.output;
    EXPECT_TRUE(printer_->complete_slips().empty());
}

TEST_F(KioskDiagPrinter, NoPrinterIsExitThree) {
    const std::string uri = "tcp://127.0.0.1:" + std::to_string(printer_->port());
    printer_.reset();
    const auto run = diag("--uri " + uri + " --wait 2");
    EXPECT_EQ(run.exit_code, 3) << run.output;
    EXPECT_NE(run.output.find("no device"), std::string::npos) << run.output;
}

TEST_F(KioskDiagPrinter, BadArgumentsAreUsageErrors) {
    EXPECT_EQ(diag("").exit_code, 1);
    EXPECT_EQ(diag("--uri lpt1").exit_code, 1);
    EXPECT_EQ(diag("--uri " + printer_->uri() + " --strategy bitmap").exit_code, 1);
}

}  // namespace
