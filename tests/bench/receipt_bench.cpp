// Receipts and scanners, measured (docs/benchmarks.md):
//   - render and encode each receipt template per ESC/POS strategy and paper width: median
//     time and bytes on the wire;
//   - a whole job through the driver over TCP to the virtual printer, submit to confirmed;
//   - decoding one 640x480 camera frame, with a QR code in it and without.
// Prints medians. Run by hand:
//
//   build/release/tests/bench/receipt_bench [--runs N]
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <mutex>
#include <random>

#include "common/log.hpp"
#include "drivers/escpos/escpos_printer.hpp"
#include "drivers/escpos/receipt_encoder.hpp"
#include "drivers/receipt/barcode_raster.hpp"
#include "drivers/scanner/qr_frame.hpp"
#include "drivers/transport/tcp_stream.hpp"
#include "tests/bench/bench_stats.hpp"
#include "tests/unit/receipts/receipt_fixtures.hpp"
#include "tests/virtual_printer/virtual_escpos_printer.hpp"

namespace {

using namespace nanhai;
using namespace nanhai::kiosk::receipts;
using namespace nanhai::kiosk::receipts::fixtures;
using Clock = std::chrono::steady_clock;
using nanhai::bench::median;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

struct Template {
    const char* name;
    std::function<hal::ReceiptDocument()> make;
};

std::vector<Template> templates() {
    return {{"acceptance_receipt", [] { return acceptance_receipt(accepted_case(), context(Language::zh)); }},
            {"appointment_slip", [] { return appointment_slip(appointment(), context(Language::zh)); }},
            {"queue_ticket", [] { return queue_ticket(check_in(), context(Language::zh)); }},
            {"case_status", [] { return case_status(accepted_case(), context(Language::zh)); }},
            {"complaint_ticket", [] { return consultation_ticket(complaint(), context(Language::zh)); }},
            {"evaluation_confirmation", [] { return evaluation_confirmation(evaluation(), context(Language::zh)); }}};
}

void encode_table(int runs) {
    std::printf("%-24s %-7s %4s %10s %9s\n", "receipt", "mode", "mm", "median ms", "bytes");
    for (const auto& t : templates())
        for (auto strategy : {drivers::escpos::Strategy::text, drivers::escpos::Strategy::raster})
            for (int dots : {drivers::kDotsPer80mmPaper, drivers::kDotsPer58mmPaper}) {
                drivers::escpos::EncoderOptions options;
                options.strategy = strategy;
                options.render.width_dots = dots;
                std::vector<double> times;
                std::size_t bytes = 0;
                for (int i = 0; i < runs; ++i) {
                    const auto t0 = Clock::now();
                    auto encoded = drivers::escpos::encode_receipt(t.make(), options);  // the template build included
                    times.push_back(ms_since(t0));
                    if (!encoded) std::exit((std::fprintf(stderr, "%s\n", encoded.error().c_str()), 1));
                    bytes = encoded->bytes.size();
                }
                std::printf("%-24s %-7s %4d %10.3f %9zu\n", t.name, strategy == drivers::escpos::Strategy::text ? "text" : "raster",
                            dots == drivers::kDotsPer80mmPaper ? 80 : 58, median(times), bytes);
            }
}

void print_round_trip(int runs) {
    auto paper = test::VirtualEscposPrinter::start({}).value();
    for (auto strategy : {drivers::escpos::Strategy::text, drivers::escpos::Strategy::raster}) {
        drivers::escpos::EscposPrinterOptions options;
        options.encoder.strategy = strategy;
        drivers::escpos::EscposPrinter printer{std::make_unique<drivers::TcpStream>(drivers::parse_tcp_uri(paper->uri()).value()),
                                               options};
        std::mutex m;
        std::condition_variable cv;
        std::vector<hal::JobId> finished;
        bool connected = false;
        (void)printer.start([&](hal::DeviceEvent e) {
            std::lock_guard lock{m};
            if (auto* f = std::get_if<hal::PrintJobFinished>(&e)) finished.push_back(f->job);
            if (auto* c = std::get_if<hal::DeviceConnectionChanged>(&e)) connected = c->connected;
            cv.notify_all();
        });
        {
            std::unique_lock lock{m};
            cv.wait_for(lock, std::chrono::seconds{10}, [&] { return connected; });
        }
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            const auto t0 = Clock::now();
            auto job = printer.submit(acceptance_receipt(accepted_case(), context(Language::zh)));
            std::unique_lock lock{m};
            cv.wait_for(lock, std::chrono::seconds{10}, [&] { return job && !finished.empty() && finished.back() == *job; });
            times.push_back(ms_since(t0));
        }
        printer.stop();
        std::printf("acceptance receipt, submit to confirmed over TCP (%s): median %.2f ms\n",
                    strategy == drivers::escpos::Strategy::text ? "text" : "raster", median(times));
    }
}

void camera_frames(int runs) {
    drivers::scanner::GreyFrame frame{640, 480, std::vector<std::uint8_t>(640 * 480)};
    std::mt19937 noise{1};
    for (auto& p : frame.luma) p = static_cast<std::uint8_t>(150 + noise() % 40);
    std::vector<double> empty_times;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        (void)drivers::scanner::decode_qr_frame(frame);
        empty_times.push_back(ms_since(t0));
    }
    const auto symbol = drivers::qr_raster("NH1|A|rk1|YY202612020001|NH-DISTRICT|2026-12-02|09:30|c2lnbmF0dXJl", 5, 400).value();
    for (int y = -20; y < symbol.height() + 20; ++y)
        for (int x = -20; x < symbol.width() + 20; ++x)
            frame.luma[static_cast<std::size_t>((100 + y) * 640 + 200 + x)] = symbol.black(x, y) ? 40 : 230;
    std::vector<double> qr_times;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        if (!drivers::scanner::decode_qr_frame(frame)) std::exit((std::fprintf(stderr, "QR not found\n"), 1));
        qr_times.push_back(ms_since(t0));
    }
    std::printf("640x480 camera frame: median %.2f ms with a QR code, %.2f ms without\n", median(qr_times), median(empty_times));
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 21;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0) runs = std::max(1, std::atoi(argv[++i]));
    set_log_threshold(LogLevel::error);
    encode_table(runs);
    print_round_trip(runs);
    camera_frames(runs);
    return 0;
}
