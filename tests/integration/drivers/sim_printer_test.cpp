// The simulated receipt printer's hardware scenarios: jobs finishing in order with their PNG
// and raw dump, paper running out in the middle of a job, the cover opened while printing,
// cancelling a held job. The rule throughout: no job lost, none printed twice.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "drivers/receipt/png_io.hpp"
#include "drivers/sim/raster_dump.hpp"
#include "drivers/sim/sim_receipt_printer.hpp"
#include "sim_test_support.hpp"

namespace nanhai::drivers {
namespace {

using hal::TextLine;
using test::EventRecorder;

hal::ReceiptDocument receipt(const std::string& kind, int lines = 6) {
    hal::ReceiptDocument doc{kind, {}};
    doc.elements.emplace_back(
        TextLine{"佛山市南海区行政服务中心", hal::TextSize::large, true, hal::Align::center});
    for (int i = 0; i < lines; ++i)
        doc.elements.emplace_back(TextLine{"第" + std::to_string(i + 1) + "行 受理回执"});
    doc.elements.emplace_back(hal::QrCode{"NH-" + kind, 4});
    doc.elements.emplace_back(hal::Cut{});
    return doc;
}

std::set<std::string> files_in(const std::filesystem::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator{dir})
        names.insert(entry.path().filename().string());
    return names;
}

std::vector<std::uint8_t> read_bytes(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

class SimPrinterTest : public ::testing::Test {
protected:
    void SetUp() override { start_printer({}); }
    void TearDown() override {
        printer.reset();
        if (!HasFailure()) std::filesystem::remove_all(out_dir);  // kept for looking at failures
    }

    void start_printer(SimReceiptPrinterOptions options) {
        out_dir = test::fresh_test_dir("sim-printer");
        options.output_dir = out_dir;
        printer = std::make_unique<SimReceiptPrinter>(std::move(options));
        ASSERT_TRUE(printer->start(events.sink()));
    }

    hal::JobId submit(const hal::ReceiptDocument& doc) {
        auto job = printer->submit(doc);
        EXPECT_TRUE(job) << (job ? "" : job.error().detail);
        return job.value_or(0);
    }

    MonoRaster expected_raster(const hal::ReceiptDocument& doc) {
        return render_receipt(doc, RenderOptions{}).value().raster;
    }

    std::filesystem::path out_dir;
    EventRecorder events;
    std::unique_ptr<SimReceiptPrinter> printer;
};

TEST_F(SimPrinterTest, AFinishedJobIsWrittenAsPngAndRawDump) {
    const auto doc = receipt("acceptance_receipt");
    EXPECT_EQ(submit(doc), 1u);
    auto finished = events.event_at_as<hal::PrintJobFinished>(0);
    ASSERT_TRUE(finished);
    EXPECT_EQ(finished->job, 1u);
    EXPECT_EQ(files_in(out_dir), (std::set<std::string>{"0001-acceptance_receipt.png",
                                                        "0001-acceptance_receipt.bin"}));
    auto png = read_png(out_dir / "0001-acceptance_receipt.png");
    ASSERT_TRUE(png) << png.error();
    EXPECT_EQ(*png, expected_raster(doc));
    auto dump = decode_raster_dump(read_bytes(out_dir / "0001-acceptance_receipt.bin"));
    ASSERT_TRUE(dump) << dump.error();
    EXPECT_EQ(*dump, *png);
    EXPECT_EQ(printer->queued_jobs(), 0u);
}

TEST_F(SimPrinterTest, JobsFinishInSubmissionOrder) {
    for (int i = 0; i < 5; ++i) submit(receipt("queue_ticket", 1));
    for (hal::JobId id = 1; id <= 5; ++id) {
        auto finished = events.event_at_as<hal::PrintJobFinished>(id - 1);
        ASSERT_TRUE(finished);
        EXPECT_EQ(finished->job, id);
    }
    EXPECT_EQ(files_in(out_dir).size(), 10u);
}

TEST_F(SimPrinterTest, PaperOutInTheMiddleOfAJobThenOkPrintsItOnceAndWhole) {
    const auto first = receipt("acceptance_receipt", 20);
    const auto second = receipt("appointment_slip", 2);
    printer->set_paper_remaining(100);  // fewer rows than the first job needs
    ASSERT_EQ(submit(first), 1u);
    auto out = events.event_at_as<hal::PrinterStatusChanged>(0);
    ASSERT_TRUE(out);
    EXPECT_EQ(out->status.paper, hal::PaperLevel::out);
    auto held = events.event_at_as<hal::PrintJobHeld>(1);
    ASSERT_TRUE(held);
    EXPECT_EQ(held->job, 1u);
    EXPECT_EQ(held->error.kind, hal::DeviceErrorKind::paper_out);
    EXPECT_EQ(held->error.action, hal::ErrorAction::clear);
    EXPECT_EQ(printer->state(), hal::DeviceState::needs_staff);

    ASSERT_EQ(submit(second), 2u);  // submitted while paper is out: held at once
    auto held_second = events.event_at_as<hal::PrintJobHeld>(2);
    ASSERT_TRUE(held_second);
    EXPECT_EQ(held_second->job, 2u);
    EXPECT_TRUE(files_in(out_dir).empty()) << "nothing counts as printed while paper is out";

    printer->set_status(SimPrinterCondition::ok);  // staff loaded a new roll
    auto ok = events.event_at_as<hal::PrinterStatusChanged>(3);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status, hal::PrinterStatus{});
    auto finished_first = events.event_at_as<hal::PrintJobFinished>(4);
    auto finished_second = events.event_at_as<hal::PrintJobFinished>(5);
    ASSERT_TRUE(finished_first && finished_second);
    EXPECT_EQ(finished_first->job, 1u);
    EXPECT_EQ(finished_second->job, 2u);
    EXPECT_EQ(files_in(out_dir),
              (std::set<std::string>{"0001-acceptance_receipt.png", "0001-acceptance_receipt.bin",
                                     "0002-appointment_slip.png", "0002-appointment_slip.bin"}));
    auto png = read_png(out_dir / "0001-acceptance_receipt.png");
    ASSERT_TRUE(png) << png.error();
    EXPECT_EQ(*png, expected_raster(first)) << "the held job is printed whole";
    EXPECT_EQ(events.count(), 6u);
    EXPECT_EQ(printer->state(), hal::DeviceState::ready);
}

TEST_F(SimPrinterTest, CoverOpenedWhilePrintingHoldsTheJobAndReprintsItOnce) {
    std::mutex mutex;
    std::condition_variable started_cv;
    std::vector<hal::JobId> started;
    SimReceiptPrinterOptions options;
    options.print_duration = std::chrono::minutes{10};  // the head is "busy" until interrupted
    options.on_job_started = [&](hal::JobId job) {
        {
            std::lock_guard lock{mutex};
            started.push_back(job);
        }
        started_cv.notify_all();
    };
    printer.reset();
    start_printer(std::move(options));

    ASSERT_EQ(submit(receipt("result_notice")), 1u);
    {
        std::unique_lock lock{mutex};
        ASSERT_TRUE(
            started_cv.wait_for(lock, test::kEventTimeout, [&] { return !started.empty(); }));
    }
    EXPECT_EQ(printer->state(), hal::DeviceState::busy);
    printer->set_status(SimPrinterCondition::cover_open);
    auto open = events.event_at_as<hal::PrinterStatusChanged>(0);
    ASSERT_TRUE(open);
    EXPECT_TRUE(open->status.cover_open);
    auto held = events.event_at_as<hal::PrintJobHeld>(1);
    ASSERT_TRUE(held);
    EXPECT_EQ(held->error.kind, hal::DeviceErrorKind::cover_open);
    EXPECT_EQ(held->error.action, hal::ErrorAction::clear);

    printer->set_print_duration(std::chrono::milliseconds{0});
    printer->set_status(SimPrinterCondition::ok);
    EXPECT_TRUE(events.event_at_as<hal::PrinterStatusChanged>(2));
    auto finished = events.event_at_as<hal::PrintJobFinished>(3);
    ASSERT_TRUE(finished);
    EXPECT_EQ(finished->job, 1u);
    EXPECT_EQ(files_in(out_dir).size(), 2u);
    printer->stop();  // the hook refers to this test's locals
    std::lock_guard lock{mutex};
    EXPECT_EQ(started, (std::vector<hal::JobId>{1, 1})) << "interrupted, then printed again";
}

TEST_F(SimPrinterTest, CancellingAHeldJobDropsOnlyThatJob) {
    printer->set_status(SimPrinterCondition::cover_open);
    ASSERT_TRUE(events.event_at_as<hal::PrinterStatusChanged>(0));
    for (int i = 0; i < 3; ++i) submit(receipt("queue_ticket", 1));
    for (hal::JobId id = 1; id <= 3; ++id) {
        auto held = events.event_at_as<hal::PrintJobHeld>(id);
        ASSERT_TRUE(held);
        EXPECT_EQ(held->job, id);
    }
    printer->cancel(2);
    EXPECT_EQ(printer->queued_jobs(), 2u);
    printer->set_status(SimPrinterCondition::ok);
    EXPECT_TRUE(events.event_at_as<hal::PrinterStatusChanged>(4));
    auto first = events.event_at_as<hal::PrintJobFinished>(5);
    auto third = events.event_at_as<hal::PrintJobFinished>(6);
    ASSERT_TRUE(first && third);
    EXPECT_EQ(first->job, 1u);
    EXPECT_EQ(third->job, 3u);
    EXPECT_EQ(files_in(out_dir),
              (std::set<std::string>{"0001-queue_ticket.png", "0001-queue_ticket.bin",
                                     "0003-queue_ticket.png", "0003-queue_ticket.bin"}));
    EXPECT_EQ(printer->queued_jobs(), 0u);
}

TEST_F(SimPrinterTest, PaperLowStillPrintsAndEachChangeIsReportedOnce) {
    printer->set_status(SimPrinterCondition::paper_low);
    printer->set_status(SimPrinterCondition::paper_low);  // no change, no event
    submit(receipt("queue_ticket", 1));
    auto low = events.event_at_as<hal::PrinterStatusChanged>(0);
    ASSERT_TRUE(low);
    EXPECT_EQ(low->status.paper, hal::PaperLevel::low);
    auto finished = events.event_at_as<hal::PrintJobFinished>(1);
    ASSERT_TRUE(finished);
    printer->set_status(SimPrinterCondition::ok);
    auto ok = events.event_at_as<hal::PrinterStatusChanged>(2);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->status.paper, hal::PaperLevel::ok);
    EXPECT_EQ(events.count(), 3u);
}

TEST_F(SimPrinterTest, HeldJobsSurviveAStopAndStart) {
    printer->set_status(SimPrinterCondition::paper_out);
    submit(receipt("queue_ticket", 1));
    ASSERT_TRUE(events.event_at_as<hal::PrintJobHeld>(1));
    printer->stop();
    EXPECT_EQ(printer->queued_jobs(), 1u);
    EventRecorder after;
    ASSERT_TRUE(printer->start(after.sink()));
    printer->set_status(SimPrinterCondition::ok);
    EXPECT_TRUE(after.event_at_as<hal::PrinterStatusChanged>(0));
    auto finished = after.event_at_as<hal::PrintJobFinished>(1);
    ASSERT_TRUE(finished);
    EXPECT_EQ(finished->job, 1u);
    printer->stop();  // before `after` goes away
}

TEST_F(SimPrinterTest, AnUnrenderableDocumentIsRefusedAtSubmit) {
    hal::ReceiptDocument bad{"bad", {hal::QrCode{std::string(8000, 'x'), 6}}};
    auto job = printer->submit(bad);
    ASSERT_FALSE(job);
    EXPECT_EQ(job.error().kind, hal::DeviceErrorKind::unsupported);
    EXPECT_EQ(printer->queued_jobs(), 0u);
}

TEST_F(SimPrinterTest, SelfTestRendersTheTestPage) {
    auto report = printer->self_test();
    EXPECT_TRUE(report.passed());
    ASSERT_FALSE(report.steps.empty());
    EXPECT_EQ(report.steps[0].name, "render test page");
    printer->set_status(SimPrinterCondition::cover_open);
    EXPECT_FALSE(printer->self_test().passed());
}

TEST(SimPrinter, SubmitBeforeStartIsNotConnected) {
    SimReceiptPrinter printer;
    auto job = printer.submit(hal::ReceiptDocument{"x", {TextLine{"x"}}});
    ASSERT_FALSE(job);
    EXPECT_EQ(job.error().kind, hal::DeviceErrorKind::not_connected);
}

TEST(SimPrinter, JobFileNamesAreNumberedAndSafe) {
    EXPECT_EQ(sim_job_file_stem(7, "acceptance_receipt"), "0007-acceptance_receipt");
    EXPECT_EQ(sim_job_file_stem(12345, "../x y"), "12345-___x_y");
    EXPECT_EQ(sim_job_file_stem(1, ""), "0001-receipt");
}

}  // namespace
}  // namespace nanhai::drivers
