// Time from a card placed on the reader to the typed record (CardPlaced) over a real pty, with
// the simulated SAM taking a realistic time to find and read, split into the wait for the next
// poll (placement to the find that found it), the exchanges (that find to the read answer's
// last byte, the SAM's delays included) and the driver's own share after that (parse, decode,
// event). Prints medians of N placements. Run by hand (docs/benchmarks.md).
//
//   build/release/tests/bench/ga467_bench [--cards N] [--read-ms 1200] [--find-ms 30]
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "drivers/ga467/reader.hpp"
#include "drivers/transport/serial_port.hpp"
#include "tests/support/ga467_cards.hpp"
#include "tests/support/ga467_device_sim.hpp"
#include "tests/support/platform_process.hpp"
#include "tests/bench/bench_stats.hpp"

namespace {

using namespace nanhai;
using Clock = std::chrono::steady_clock;

using nanhai::bench::median;

}  // namespace

int main(int argc, char** argv) {
    int cards = 20, read_ms = 1200, find_ms = 30;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--cards") == 0) cards = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--read-ms") == 0) read_ms = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--find-ms") == 0) find_ms = std::atoi(argv[i + 1]);
    }
    const auto dir = test::make_temp_dir("ga467-bench");
    test::Ga467DeviceSim sim{dir + "/idcard", {std::chrono::milliseconds{read_ms}, std::chrono::milliseconds{find_ms}}};
    drivers::ga467::ReaderOptions options;
    options.today = [] { return *parse_iso_date("2026-12-01"); };
    drivers::ga467::Reader reader{std::make_unique<drivers::SerialPort>(drivers::SerialSettings{sim.path(), 115200}), options};
    std::mutex mutex;
    std::condition_variable cv;
    int placed = 0, removed = 0;
    Clock::time_point placed_at{};
    (void)reader.start([&](hal::DeviceEvent e) {
        std::lock_guard lock{mutex};
        if (std::holds_alternative<hal::CardPlaced>(e)) ++placed, placed_at = Clock::now();
        if (std::holds_alternative<hal::CardRemoved>(e)) ++removed;
        cv.notify_all();
    });
    std::vector<double> total, poll_wait, exchanges, overhead;
    const auto ms = [](Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    for (int i = 0; i < cards; ++i) {
        const auto t0 = Clock::now();
        sim.place_card(test::citizen_block());
        std::unique_lock lock{mutex};
        cv.wait_for(lock, std::chrono::seconds{30}, [&] { return placed > i; });
        total.push_back(ms(t0, placed_at));
        poll_wait.push_back(ms(t0, sim.found_at()));
        exchanges.push_back(ms(sim.found_at(), sim.last_answer_at()));
        overhead.push_back(ms(sim.last_answer_at(), placed_at));
        lock.unlock();
        sim.remove_card();
        lock.lock();
        cv.wait_for(lock, std::chrono::seconds{30}, [&] { return removed > i; });
    }
    reader.stop();
    std::printf("cards %d, SAM find %d ms + read %d ms, poll every 300 ms\n", cards, find_ms, read_ms);
    std::printf("card placed -> CardPlaced      median %8.1f ms\n", median(total));
    std::printf("  wait for the next poll       median %8.1f ms\n", median(poll_wait));
    std::printf("  find .. read answer          median %8.1f ms (the SAM's %d ms included)\n", median(exchanges), read_ms);
    std::printf("  driver after the last byte   median %8.3f ms\n", median(overhead));
    return 0;
}
