// APDU round trips through the real pcscd and the vpcd reader to the virtual PIV card, and a
// whole certificate sign-in through the driver (card in to PinRequired, PIN to CardPlaced).
// Prints medians. Needs root (pcscd) and no other pcscd running. Run by hand
// (docs/benchmarks.md):
//
//   build/release/tests/bench/pcsc_bench [--apdus N] [--cards N]
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#include "drivers/pcsc/card_channel.hpp"
#include "drivers/pcsc/certificate_reader.hpp"
#include "drivers/pcsc/pcsc_client.hpp"
#include "drivers/pcsc/piv.hpp"
#include "tests/support/pcscd_daemon.hpp"
#include "tests/support/test_pki.hpp"
#include "tests/support/virtual_piv_card.hpp"
#include "tests/bench/bench_stats.hpp"

namespace {

using namespace nanhai;
using Clock = std::chrono::steady_clock;

using nanhai::bench::median;

double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

test::VirtualPivCardSetup setup_for(const test::Issued& cert) {
    test::VirtualPivCardSetup s;
    s.certificate_der = cert.der;
    s.key = cert.key;
    return s;
}

// Events from the driver's thread, waited for with a bound.
struct Waiter {
    std::mutex m;
    std::condition_variable cv;
    std::vector<hal::DeviceEvent> events;
    hal::EventSink sink() {
        return [this](hal::DeviceEvent e) {
            std::lock_guard lock{m};
            events.push_back(std::move(e));
            cv.notify_all();
        };
    }
    std::size_t count() {
        std::lock_guard lock{m};
        return events.size();
    }
    template <class T>
    bool wait_for(std::size_t count) {
        std::unique_lock lock{m};
        return cv.wait_for(lock, std::chrono::seconds{10}, [&] { return events.size() >= count; }) &&
               std::holds_alternative<T>(events[count - 1]);
    }
};

}  // namespace

int main(int argc, char** argv) {
    int apdus = 200, cards = 20;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--apdus") == 0) apdus = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--cards") == 0) cards = std::atoi(argv[i + 1]);
    }
    test::PcscdDaemon pcscd;
    std::string why;
    if (!pcscd.start(&why)) return std::fprintf(stderr, "pcscd: %s\n", why.c_str()), 1;
    const auto ca = test::make_ca("bench CA");
    const auto cert = test::issue(ca, test::enterprise_spec());

    // 1. Raw APDU round trips: SELECT PIV (short answer) and GET DATA of the certificate.
    std::vector<double> select_ms, certificate_ms;
    {
        test::VirtualPivCard card{setup_for(cert), test::PcscdDaemon::kPort0};
        if (!card.insert()) return std::fprintf(stderr, "vpcd refused the card\n"), 1;
        std::this_thread::sleep_for(std::chrono::milliseconds{500});  // let pcscd power it up
        auto context = drivers::pcsc::PcscContext::establish();
        if (!context) return 1;
        auto connected = drivers::pcsc::PcscCard::connect(*context, test::PcscdDaemon::kReader0);
        if (!connected) return std::fprintf(stderr, "%s\n", connected.error().detail.c_str()), 1;
        drivers::pcsc::CardChannel channel{[&](std::span<const std::uint8_t> c) { return connected->transmit(c); }};
        for (int i = 0; i < apdus; ++i) {
            auto t0 = Clock::now();
            if (!drivers::pcsc::piv::select(channel)) return 1;
            select_ms.push_back(ms_since(t0));
            t0 = Clock::now();
            if (!drivers::pcsc::piv::read_authentication_certificate(channel)) return 1;
            certificate_ms.push_back(ms_since(t0));
        }
    }

    // pcscd notices the removal within a few hundred ms; the driver starts on an empty reader.
    std::this_thread::sleep_for(std::chrono::seconds{1});

    // 2. Whole sign-ins through the driver.
    auto trust = drivers::pcsc::TrustStore::from_pem(ca.pem, "");
    drivers::pcsc::CertificateReaderOptions options;
    options.reader_filter = test::PcscdDaemon::kReader0;
    drivers::pcsc::CertificateReader reader{std::move(*trust), options};
    Waiter waiter;
    (void)reader.start(waiter.sink());
    std::vector<double> to_pin_ms, to_placed_ms;
    for (int i = 0; i < cards; ++i) {
        test::VirtualPivCard card{setup_for(cert), test::PcscdDaemon::kPort0};
        const std::size_t before = waiter.count();
        auto t0 = Clock::now();
        if (!card.insert() || !waiter.wait_for<hal::PinRequired>(before + 1)) return std::fprintf(stderr, "no PinRequired\n"), 1;
        to_pin_ms.push_back(ms_since(t0));
        t0 = Clock::now();
        reader.submit_pin(SecureString{"123456"});
        if (!waiter.wait_for<hal::CardPlaced>(before + 2)) return std::fprintf(stderr, "no CardPlaced\n"), 1;
        to_placed_ms.push_back(ms_since(t0));
        card.remove();
        if (!waiter.wait_for<hal::CardRemoved>(before + 3)) return std::fprintf(stderr, "no CardRemoved\n"), 1;
    }
    reader.stop();
    std::printf("pcsc_bench: %d APDU rounds, %d sign-ins (medians)\n", apdus, cards);
    std::printf("SELECT PIV round trip               %8.3f ms\n", median(select_ms));
    std::printf("certificate (%zu bytes, GET RESPONSE) %8.3f ms\n", cert.der.size(), median(certificate_ms));
    std::printf("card in -> PinRequired               %8.1f ms\n", median(to_pin_ms));
    std::printf("PIN -> CardPlaced (verify+sign+check) %8.1f ms\n", median(to_placed_ms));
    return 0;
}
