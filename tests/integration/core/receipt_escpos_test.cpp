// Scenario: the same paper-out story as receipt_paper_out_test, with every real part between
// the core and the paper: the ESC/POS driver, TCP on loopback, and the virtual printer that
// interprets the bytes. The roll ends inside the appointment slip; the citizen is told and
// waits; staff load paper; exactly one whole slip comes out, its QR the one on the screen.
#include "drivers/escpos/escpos_printer.hpp"
#include "drivers/transport/tcp_stream.hpp"
#include "tests/integration/core/booking_rig.hpp"
#include "tests/virtual_printer/virtual_escpos_printer.hpp"

namespace nanhai::kiosk::core::test {
namespace {

using namespace std::chrono_literals;

// Built before the core's rig (base-from-member), which then prints on it.
struct EscposParts {
    static drivers::escpos::EscposPrinterOptions options() {
        drivers::escpos::EscposPrinterOptions o;
        o.driver = "escpos-tcp";
        o.poll_interval = 100ms;
        o.reconnect_interval = 100ms;
        return o;
    }
    explicit EscposParts(drivers::escpos::EscposPrinterOptions o = options())
        : escpos{std::make_unique<drivers::TcpStream>(drivers::parse_tcp_uri(paper->uri()).value()), std::move(o)} {}
    std::unique_ptr<nanhai::test::VirtualEscposPrinter> paper = nanhai::test::VirtualEscposPrinter::start({}).value();
    drivers::escpos::EscposPrinter escpos;
};

class CoreReceiptOnEscpos : protected EscposParts, public BookingLive {
protected:
    CoreReceiptOnEscpos() : BookingLive(&escpos) {}
    explicit CoreReceiptOnEscpos(drivers::escpos::EscposPrinterOptions o) : EscposParts{std::move(o)}, BookingLive(&escpos) {}

    void wait_for_connection() {
        for (int i = 0; i < 400 && !escpos.connected(); ++i) std::this_thread::sleep_for(10ms);
        ASSERT_TRUE(escpos.connected());
        deliver_device_events(2);  // connected, first status
    }
};

TEST_F(CoreReceiptOnEscpos, PaperOutMidSlipThenLoadedGivesExactlyOneWholeSlip) {
    wait_for_connection();
    sign_in_and_choose("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30");
    paper->set_paper_remaining(200);  // dot rows: the slip is several times taller
    press("appointments.confirm");
    settle();
    ASSERT_EQ(view().screen, "appointments.booked");
    settle_print();
    ASSERT_TRUE(view().print);
    EXPECT_EQ(view().print->state, "held");
    EXPECT_EQ(view().print->problem, "paper_out");
    const std::string qr = view().print->qr_payload;
    EXPECT_TRUE(qr.starts_with("NH1|A|")) << qr;
    press("print.wait");
    EXPECT_EQ(view().print->state, "waiting_for_staff");

    ASSERT_TRUE(paper->wait_until_drained(20s));  // the driver cleared the rest of the slip
    paper->set_paper(nanhai::test::PaperCondition::ok);  // staff load a new roll
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while (view().print && view().print->state != "printed" && std::chrono::steady_clock::now() < deadline)
        deliver_device_events(1);
    ASSERT_TRUE(view().print);
    EXPECT_EQ(view().print->state, "printed");

    const auto slips = paper->complete_slips();
    ASSERT_EQ(slips.size(), 1u);
    std::string printed_qr;
    for (const auto& e : slips[0].elements)
        if (const auto* code = std::get_if<hal::QrCode>(&e)) printed_qr = code->payload;
    EXPECT_EQ(printed_qr, qr) << "the slip's QR is the one the screen showed";
    const auto text = slips[0].text();
    EXPECT_NE(std::find(text.begin(), text.end(), "预约凭条"), text.end());
    EXPECT_EQ(paper->slips().size(), 2u) << "one torn half, one whole slip";
    press("session.finish");
    expect_wiped();
}

// A printer whose driver cannot encode the slip (raster mode, no usable font): the driver says
// PrintJobFailed, and the citizen reads that the slip will not print, with its QR on screen.
class CoreReceiptUnencodable : public CoreReceiptOnEscpos {
protected:
    static drivers::escpos::EscposPrinterOptions broken() {
        auto o = options();
        o.encoder.strategy = drivers::escpos::Strategy::raster;
        o.encoder.render.fonts = {drivers::FontSource{"/nonexistent/font.ttf", 0}};
        return o;
    }
    CoreReceiptUnencodable() : CoreReceiptOnEscpos(broken()) {}
};

TEST_F(CoreReceiptUnencodable, TheCitizenIsToldTheSlipWillNotPrintAndGetsTheQr) {
    wait_for_connection();
    sign_in_and_choose("SCJG-002", "NH-DISTRICT", "2026-12-02", "09:30");
    press("appointments.confirm");
    settle();
    ASSERT_EQ(view().screen, "appointments.booked");
    const auto deadline = std::chrono::steady_clock::now() + 20s;
    while ((!view().print || view().print->state == "printing") && std::chrono::steady_clock::now() < deadline)
        deliver_device_events(1);
    ASSERT_TRUE(view().print);
    EXPECT_EQ(view().print->state, "failed");
    EXPECT_EQ(view().print->recourse, "show_qr");
    EXPECT_TRUE(view().print->modal);
    EXPECT_TRUE(view().print->qr_payload.starts_with("NH1|A|")) << view().print->qr_payload;
    EXPECT_TRUE(paper->slips().empty());
    press("print.dismiss");
    press("session.finish");
    expect_wiped();
}

}  // namespace
}  // namespace nanhai::kiosk::core::test
