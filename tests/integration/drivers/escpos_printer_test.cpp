// The ESC/POS driver against the virtual printer over real TCP on loopback (and over a pty as a
// character device): what comes out of the printer is checked slip by slip, so "exactly one
// complete receipt" means what it says.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "drivers/escpos/escpos_printer.hpp"
#include "drivers/receipt/receipt_renderer.hpp"
#include "drivers/transport/char_device.hpp"
#include "drivers/transport/tcp_stream.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"
#include "tests/support/raster_symbols.hpp"
#include "tests/virtual_printer/virtual_escpos_printer.hpp"

namespace nanhai::drivers::escpos {
namespace {

using drivers::test::EventRecorder;
using nanhai::test::PaperCondition;
using nanhai::test::VirtualEscposPrinter;
using nanhai::test::VirtualPrinterOptions;
using namespace std::chrono_literals;

constexpr const char* kCode = "NH2026112800017";

hal::ReceiptDocument acceptance_receipt() {
    using hal::Align;
    using hal::TextLine;
    using hal::TextSize;
    hal::ReceiptDocument doc{"acceptance_receipt", {}};
    auto& e = doc.elements;
    e.emplace_back(TextLine{"佛山市南海区行政服务中心", TextSize::large, true, Align::center});
    e.emplace_back(TextLine{"受理回执", TextSize::large, false, Align::center});
    e.emplace_back(hal::Separator{});
    e.emplace_back(TextLine{"申请人：陈*玲"});
    e.emplace_back(TextLine{"办理事项：食品经营许可证（新办）"});
    e.emplace_back(TextLine{std::string{"受理编号："} + kCode, TextSize::normal, true});
    e.emplace_back(hal::QrCode{kCode, 6});
    e.emplace_back(TextLine{"请妥善保管本回执", TextSize::normal, false, Align::center});
    e.emplace_back(hal::Feed{2});
    e.emplace_back(hal::Cut{true});
    return doc;
}

std::vector<std::string> text_of(const hal::ReceiptDocument& doc) {
    std::vector<std::string> lines;
    for (const auto& e : doc.elements)
        if (const auto* line = std::get_if<hal::TextLine>(&e)) lines.push_back(line->text);
    return lines;
}

EscposPrinterOptions fast_options(Strategy strategy = Strategy::text) {
    EscposPrinterOptions options;
    options.driver = "escpos-tcp";
    options.encoder.strategy = strategy;
    options.poll_interval = 100ms;
    options.reconnect_interval = 100ms;
    options.answer_timeout = 2s;
    return options;
}

std::unique_ptr<VirtualEscposPrinter> virtual_printer(int port = 0) {
    VirtualPrinterOptions options;
    options.port = port;
    auto printer = VirtualEscposPrinter::start(options);
    EXPECT_TRUE(printer) << (printer ? "" : printer.error());
    return printer ? std::move(*printer) : nullptr;
}

std::unique_ptr<EscposPrinter> tcp_driver(const VirtualEscposPrinter& target, Strategy strategy = Strategy::text) {
    return std::make_unique<EscposPrinter>(std::make_unique<TcpStream>(parse_tcp_uri(target.uri()).value()),
                                           fast_options(strategy));
}

// The slip's text without separators and the blank line a native QR code ends with.
std::vector<std::string> printed_text(const nanhai::test::PrintedSlip& slip) {
    auto lines = slip.text();
    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const std::string& l) { return l.empty() || l.find("----") == 0; }),
                lines.end());
    return lines;
}

bool wait_connected(const EscposPrinter& driver) {
    for (int i = 0; i < 400 && !driver.connected(); ++i) std::this_thread::sleep_for(10ms);
    return driver.connected();
}

TEST(EscposPrinter, PrintsAChineseReceiptOverTcpAndFinishesWhenThePrinterConfirms) {
    auto target = virtual_printer();
    auto driver = tcp_driver(*target);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }));
    const auto document = acceptance_receipt();
    const auto job = driver->submit(document);
    ASSERT_TRUE(job);
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    const auto slips = target->complete_slips();
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].text()[0], "佛山市南海区行政服务中心");
    EXPECT_EQ(printed_text(slips[0]), text_of(document));
    EXPECT_TRUE(target->unknown_commands().empty());
    // The QR the printer drew decodes to the approval code.
    auto drawn = render_receipt({"slip", slips[0].elements}, RenderOptions{});
    ASSERT_TRUE(drawn);
    EXPECT_EQ(nanhai::test::read_symbol(drawn->raster, ZXing::BarcodeFormat::QRCode), kCode);
    EXPECT_EQ(driver->queued_jobs(), 0u);
    EXPECT_EQ(driver->state(), hal::DeviceState::ready);
    driver->stop();
}

TEST(EscposPrinter, PaperOutMidJobThenPaperLoadedGivesExactlyOneCompleteReceipt) {
    auto target = virtual_printer();
    target->set_paper_remaining(150);  // the roll ends a few lines into the receipt
    auto driver = tcp_driver(*target);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    const auto document = acceptance_receipt();
    const auto job = driver->submit(document);
    ASSERT_TRUE(job);
    const auto held = events.wait_for<hal::PrintJobHeld>([&](auto& e) { return e.job == *job; });
    ASSERT_TRUE(held);
    EXPECT_EQ(held->error.kind, hal::DeviceErrorKind::paper_out);
    EXPECT_EQ(held->error.action, hal::ErrorAction::clear);
    EXPECT_TRUE(events.wait_for<hal::PrinterStatusChanged>([](auto& e) { return e.status.paper == hal::PaperLevel::out; }));
    EXPECT_EQ(driver->state(), hal::DeviceState::needs_staff);
    EXPECT_EQ(driver->queued_jobs(), 1u);
    ASSERT_EQ(target->slips().size(), 1u);
    EXPECT_FALSE(target->slips()[0].complete);  // the torn half
    ASSERT_TRUE(target->wait_until_drained(20s));  // the driver cleared the rest of the job
    target->set_paper(PaperCondition::ok);
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    const auto complete = target->complete_slips();
    ASSERT_EQ(complete.size(), 1u);
    EXPECT_EQ(printed_text(complete[0]), text_of(document));
    // Nothing else comes out later either.
    std::this_thread::sleep_for(300ms);
    EXPECT_EQ(target->slips().size(), 2u);
    driver->stop();
}

TEST(EscposPrinter, CoverOpenHoldsNewJobsAndClosingPrintsThemInOrder) {
    auto target = virtual_printer();
    auto driver = tcp_driver(*target);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(wait_connected(*driver));
    target->set_cover_open(true);
    ASSERT_TRUE(events.wait_for<hal::PrinterStatusChanged>([](auto& e) { return e.status.cover_open; }));
    const auto first = driver->submit({"one", {hal::TextLine{"第一张"}, hal::Cut{}}});
    const auto second = driver->submit({"two", {hal::TextLine{"第二张"}, hal::Cut{}}});
    ASSERT_TRUE(first && second);
    const auto held = events.wait_for<hal::PrintJobHeld>([&](auto& e) { return e.job == *second; });
    ASSERT_TRUE(held);
    EXPECT_EQ(held->error.kind, hal::DeviceErrorKind::cover_open);
    target->set_cover_open(false);
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *second; }));
    const auto slips = target->complete_slips();
    ASSERT_EQ(slips.size(), 2u);
    EXPECT_EQ(slips[0].text(), std::vector<std::string>{"第一张"});
    EXPECT_EQ(slips[1].text(), std::vector<std::string>{"第二张"});
    driver->stop();
}

TEST(EscposPrinter, AHeldJobCancelledForTheOnScreenQrNeverPrints) {
    auto target = virtual_printer();
    target->set_paper(PaperCondition::out);
    auto driver = tcp_driver(*target);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(wait_connected(*driver));
    const auto job = driver->submit(acceptance_receipt());
    ASSERT_TRUE(job);
    ASSERT_TRUE(events.wait_for<hal::PrintJobHeld>([&](auto& e) { return e.job == *job; }));
    driver->cancel(*job);
    EXPECT_EQ(driver->queued_jobs(), 0u);
    target->set_paper(PaperCondition::ok);
    ASSERT_TRUE(events.wait_for<hal::PrinterStatusChanged>([](auto& e) { return e.status.paper == hal::PaperLevel::ok; }));
    const auto probe = driver->submit({"probe", {hal::TextLine{"probe"}, hal::Cut{}}});
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *probe; }));
    const auto slips = target->complete_slips();
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(slips[0].text(), std::vector<std::string>{"probe"});
    driver->stop();
}

TEST(EscposPrinter, RasterStrategyPrintsTheRenderersPicture) {
    auto target = virtual_printer();
    auto driver = tcp_driver(*target, Strategy::raster);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    const auto job = driver->submit(acceptance_receipt());
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    const auto slips = target->complete_slips();
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_TRUE(slips[0].text().empty());
    const auto& image = std::get<hal::MonoImage>(slips[0].elements.front());
    EXPECT_EQ(image.width, kDotsPer80mmPaper);
    EXPECT_EQ(nanhai::test::read_symbol(nanhai::test::to_raster(image), ZXing::BarcodeFormat::QRCode), kCode);
    driver->stop();
}

TEST(EscposPrinter, UnreachablePrinterHoldsTheJobUntilItAppears) {
    // A port nobody listens on yet: take one free port, then let it go.
    int port = 0;
    {
        auto probe = virtual_printer();
        port = probe->port();
    }
    auto driver = std::make_unique<EscposPrinter>(
        std::make_unique<TcpStream>(parse_tcp_uri("tcp://127.0.0.1:" + std::to_string(port)).value()), fast_options());
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return !e.connected; }));
    EXPECT_EQ(driver->state(), hal::DeviceState::disconnected);
    const auto job = driver->submit(acceptance_receipt());
    ASSERT_TRUE(job);
    const auto held = events.wait_for<hal::PrintJobHeld>([&](auto& e) { return e.job == *job; });
    ASSERT_TRUE(held);
    EXPECT_EQ(held->error.kind, hal::DeviceErrorKind::not_connected);
    auto target = virtual_printer(port);
    ASSERT_TRUE(target);
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    EXPECT_EQ(target->complete_slips().size(), 1u);
    driver->stop();
}

TEST(EscposPrinter, DroppedConnectionIsNoticedAndRecovered) {
    auto target = virtual_printer();
    auto driver = tcp_driver(*target);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }));
    const auto before = events.count();
    target->drop_connection();
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return !e.connected; }, before));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }, before));
    EXPECT_GE(target->connections_accepted(), 2u);
    const auto job = driver->submit({"after", {hal::TextLine{"重连之后"}, hal::Cut{}}});
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    ASSERT_EQ(target->complete_slips().size(), 1u);
    driver->stop();
}

TEST(EscposPrinter, StatusChangesAndSelfTest) {
    auto target = virtual_printer();
    auto driver = tcp_driver(*target);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(wait_connected(*driver));
    ASSERT_TRUE(events.wait_for<hal::PrinterStatusChanged>());
    auto report = driver->self_test();
    EXPECT_TRUE(report.passed()) << report.steps.back().detail;
    target->set_paper(PaperCondition::near_end);
    ASSERT_TRUE(events.wait_for<hal::PrinterStatusChanged>([](auto& e) { return e.status.paper == hal::PaperLevel::low; }));
    EXPECT_EQ(driver->state(), hal::DeviceState::ready);  // near end is a warning, not a stop
    target->set_cutter_error(true);
    ASSERT_TRUE(events.wait_for<hal::PrinterStatusChanged>([](auto& e) { return e.status.cutter_error; }));
    report = driver->self_test();
    EXPECT_FALSE(report.passed());
    EXPECT_EQ(report.steps.back().name, "paper and cover");
    EXPECT_FALSE(report.steps.back().passed);
    driver->stop();
    EXPECT_EQ(driver->state(), hal::DeviceState::stopped);
}

TEST(EscposPrinter, UnencodableDocumentIsRefusedAtSubmit) {
    auto target = virtual_printer();
    auto driver = tcp_driver(*target);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    const auto job = driver->submit({"bad", {hal::MonoImage{8, 8, {1, 2, 3}}}});
    ASSERT_FALSE(job);
    EXPECT_EQ(job.error().kind, hal::DeviceErrorKind::unsupported);
    driver->stop();
}

std::unique_ptr<VirtualEscposPrinter> printer_without_gs_r() {
    VirtualPrinterOptions options;
    options.answers_gs_r = false;
    auto printer = VirtualEscposPrinter::start(options);
    EXPECT_TRUE(printer) << (printer ? "" : printer.error());
    return printer ? std::move(*printer) : nullptr;
}

std::unique_ptr<EscposPrinter> tcp_driver_with(const VirtualEscposPrinter& target, EscposPrinterOptions options) {
    return std::make_unique<EscposPrinter>(std::make_unique<TcpStream>(parse_tcp_uri(target.uri()).value()), std::move(options));
}

// A low-cost printer that answers DLE EOT but swallows GS r: the connect probe finds that
// out, jobs are confirmed by status polling once their bytes left the socket, and the receipt
// counts as printed (it did print).
TEST(EscposPrinter, APrinterWithoutGsRIsConfirmedByStatusPolling) {
    auto target = printer_without_gs_r();
    auto options = fast_options();
    options.answer_timeout = 300ms;  // the probe waits this long for the GS r answer
    options.print_settle = 200ms;
    auto driver = tcp_driver_with(*target, options);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    ASSERT_TRUE(events.wait_for<hal::DeviceConnectionChanged>([](auto& e) { return e.connected; }));
    const auto document = acceptance_receipt();
    const auto job = driver->submit(document);
    ASSERT_TRUE(job);
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    EXPECT_EQ(driver->confirmation_in_use(), Confirmation::status_polling);
    const auto slips = target->complete_slips();
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(printed_text(slips[0]), text_of(document));
    EXPECT_TRUE(target->unknown_commands().empty());
    const auto report = driver->self_test();
    EXPECT_TRUE(report.passed());
    bool named = false;
    for (const auto& step : report.steps)
        if (step.name == "job confirmation") named = step.detail.find("status polling") != std::string::npos;
    EXPECT_TRUE(named) << "the self-test says which confirmation is used";
    EXPECT_EQ(driver->counters().prints, 1u);
    EXPECT_EQ(driver->counters().cuts, 1u);
    driver->stop();
}

TEST(EscposPrinter, StatusPollingStillHoldsAJobInterruptedByPaperOut) {
    auto target = printer_without_gs_r();
    target->set_paper_remaining(150);
    auto options = fast_options();
    options.confirmation = Confirmation::status_polling;
    options.print_settle = 300ms;
    auto driver = tcp_driver_with(*target, options);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    const auto job = driver->submit(acceptance_receipt());
    ASSERT_TRUE(job);
    ASSERT_TRUE(events.wait_for<hal::PrintJobHeld>([&](auto& e) { return e.job == *job; }));
    ASSERT_TRUE(target->wait_until_drained(20s));
    target->set_paper(PaperCondition::ok);
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    EXPECT_EQ(target->complete_slips().size(), 1u);
    EXPECT_EQ(driver->counters().paper_outs, 1u);
    driver->stop();
}

// Configured for GS r on a printer that never answers it: the job is sent again once, then
// fails for good, telling the citizen to ask staff (it may have printed), not "wait".
TEST(EscposPrinter, AJobTheOnlinePrinterNeverConfirmsFailsForGoodAndSaysAskStaff) {
    auto target = printer_without_gs_r();
    auto options = fast_options();
    options.confirmation = Confirmation::transmit_status;
    options.job_timeout = 300ms;
    options.job_timeout_per_kib = 0ms;
    auto driver = tcp_driver_with(*target, options);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    const auto job = driver->submit(acceptance_receipt());
    ASSERT_TRUE(job);
    const auto failed = events.wait_for<hal::PrintJobFailed>([&](auto& e) { return e.job == *job; });
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->recourse, hal::PrintRecourse::ask_staff);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::timeout);
    EXPECT_FALSE(events.first<hal::PrintJobFinished>());
    EXPECT_EQ(driver->queued_jobs(), 0u);
    ASSERT_TRUE(driver->last_error());
    EXPECT_EQ(driver->last_error()->error.kind, hal::DeviceErrorKind::timeout);
    EXPECT_EQ(driver->last_error()->error.action, hal::ErrorAction::reset);
    EXPECT_GE(driver->counters().errors, 1u);
    driver->stop();
}

// A document that passes submit() but cannot be encoded on the device thread (no usable font):
// PrintJobFailed with the QR on screen as the citizen's way, never "held".
TEST(EscposPrinter, AnEncodeFailureOnTheDeviceThreadIsPrintJobFailedNotHeld) {
    auto target = virtual_printer();
    auto options = fast_options(Strategy::raster);  // every line drawn: the font is needed
    options.encoder.render.fonts = {FontSource{"/nonexistent/font.ttf", 0}};
    auto driver = tcp_driver_with(*target, options);
    EventRecorder events;
    ASSERT_TRUE(driver->start(events.sink()));
    const auto job = driver->submit(acceptance_receipt());
    ASSERT_TRUE(job);
    const auto failed = events.wait_for<hal::PrintJobFailed>([&](auto& e) { return e.job == *job; });
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->error.kind, hal::DeviceErrorKind::unsupported);
    EXPECT_EQ(failed->recourse, hal::PrintRecourse::show_qr);
    EXPECT_FALSE(events.first<hal::PrintJobHeld>());
    EXPECT_EQ(driver->queued_jobs(), 0u);
    EXPECT_TRUE(target->slips().empty());
    driver->stop();
}

// The virtual printer behind a pty, standing in for /dev/usb/lp0: the character device path of
// the driver with real file descriptors.
class PtyPrinter {
public:
    PtyPrinter() {
        int slave = -1;
        char name[256] = {};
        if (::openpty(&master_, &slave, name, nullptr, nullptr) != 0) return;
        termios raw{};
        ::tcgetattr(slave, &raw);
        ::cfmakeraw(&raw);
        ::tcsetattr(slave, TCSANOW, &raw);
        path_ = name;
        slave_keepalive_ = slave;  // keeps the pty from hanging up between driver opens
        thread_ = std::thread{[this] { run(); }};
    }
    ~PtyPrinter() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
        ::close(master_);
        ::close(slave_keepalive_);
    }
    const std::string& path() const { return path_; }
    std::vector<nanhai::test::PrintedSlip> complete_slips() {
        std::lock_guard lock{mutex_};
        return interpreter_.complete_slips();
    }
    void set_paper(PaperCondition paper) {
        std::lock_guard lock{mutex_};
        write_back(interpreter_.set_paper(paper));
    }
    bool wait_until_drained() {
        for (int i = 0; i < 2000; ++i) {
            {
                std::lock_guard lock{mutex_};
                if (interpreter_.buffered_bytes() == 0) return true;
            }
            std::this_thread::sleep_for(10ms);
        }
        return false;
    }
    void set_paper_remaining(int rows) {
        std::lock_guard lock{mutex_};
        interpreter_.set_paper_remaining(rows);
    }

private:
    void run() {
        std::uint8_t buffer[4096];
        while (!stop_) {
            pollfd p{master_, POLLIN, 0};
            if (::poll(&p, 1, 20) <= 0) continue;
            const auto n = ::read(master_, buffer, sizeof buffer);
            if (n <= 0) continue;
            std::lock_guard lock{mutex_};
            write_back(interpreter_.receive({buffer, static_cast<std::size_t>(n)}));
        }
    }
    void write_back(const std::vector<std::uint8_t>& bytes) {
        if (!bytes.empty()) (void)!::write(master_, bytes.data(), bytes.size());
    }
    int master_ = -1;
    int slave_keepalive_ = -1;
    std::string path_;
    std::mutex mutex_;
    nanhai::test::EscposInterpreter interpreter_;
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

TEST(EscposPrinter, CharacterDevicePathPrintsAndRecoversFromPaperOut) {
    PtyPrinter target;
    ASSERT_FALSE(target.path().empty());
    target.set_paper_remaining(150);
    auto options = fast_options();
    options.driver = "escpos-lp";
    EscposPrinter driver{std::make_unique<CharDevice>(CharDeviceSettings{target.path()}), options};
    EventRecorder events;
    ASSERT_TRUE(driver.start(events.sink()));
    const auto job = driver.submit(acceptance_receipt());
    ASSERT_TRUE(job);
    ASSERT_TRUE(events.wait_for<hal::PrintJobHeld>([&](auto& e) { return e.job == *job; }));
    ASSERT_TRUE(target.wait_until_drained());
    target.set_paper(PaperCondition::ok);
    ASSERT_TRUE(events.wait_for<hal::PrintJobFinished>([&](auto& e) { return e.job == *job; }));
    const auto slips = target.complete_slips();
    ASSERT_EQ(slips.size(), 1u);
    EXPECT_EQ(printed_text(slips[0]), text_of(acceptance_receipt()));
    driver.stop();
}

}  // namespace
}  // namespace nanhai::drivers::escpos
