// kiosk-diag scanner: open a code scanner through the kiosk's own driver and show each code it
// reads (kind of code, symbology, length, a masked preview), until --count codes or --wait.
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <vector>

#include "common/utf8.hpp"
#include "kiosk/devices/device_factory.hpp"
#include "kiosk/diag/diag.hpp"

namespace nanhai::kiosk::diag {
namespace {

using Clock = std::chrono::steady_clock;

struct ScannerArgs {
    DeviceConfig config;
    int wait_seconds = 30;
    int count = 1;
};

bool parse(const std::vector<std::string>& args, ScannerArgs& out, std::string& error) {
    out.config.driver.clear();
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--driver" && has_value) out.config.driver = args[++i];
        else if (a == "--uri" && has_value) out.config.uri = args[++i];
        else if (a == "--baud" && has_value) out.config.baud = std::atoi(args[++i].c_str());
        else if (a == "--wait" && has_value) out.wait_seconds = std::atoi(args[++i].c_str());
        else if (a == "--count" && has_value) out.count = std::atoi(args[++i].c_str());
        else return error = "unknown or incomplete argument '" + a + "'", false;
    }
    if (out.config.driver.empty() || out.config.uri.empty()) return error = "--driver and --uri are required", false;
    if (out.wait_seconds < 1 || out.wait_seconds > 600) return error = "--wait: 1 to 600 seconds", false;
    if (out.count < 1 || out.count > 1000) return error = "--count: 1 to 1000", false;
    return true;
}

// A scanned code may be a citizen's identity QR: show its start and end only.
std::string preview(const std::string& payload) {
    const auto points = split_code_points(payload);
    if (points.size() <= 8) return std::string(points.size(), '*');
    std::string out;
    for (std::size_t i = 0; i < 4; ++i) out += points[i];
    out += "…";
    for (std::size_t i = points.size() - 4; i < points.size(); ++i) out += points[i];
    return out;
}

class Events {
public:
    hal::EventSink sink() {
        return [this](hal::DeviceEvent event) {
            std::lock_guard lock{mutex_};
            if (auto* c = std::get_if<hal::DeviceConnectionChanged>(&event)) connected = c->connected;
            if (auto* code = std::get_if<hal::CodeScanned>(&event)) codes.push_back(*code);
            changed_.notify_all();
        };
    }
    template <class Predicate>
    void wait(Clock::time_point until, Predicate predicate) {
        std::unique_lock lock{mutex_};
        changed_.wait_until(lock, until, [&] { return predicate(); });
    }
    std::optional<bool> connected;
    std::vector<hal::CodeScanned> codes;

private:
    std::mutex mutex_;
    std::condition_variable changed_;
};

}  // namespace

int scanner_command(const std::vector<std::string>& args) {
    ScannerArgs a;
    std::string error;
    if (!parse(args, a, error)) return std::fprintf(stderr, "kiosk-diag scanner: %s\n%s", error.c_str(), diag_usage().c_str()), kUsage;
    auto scanner = devices::make_real_scanner(a.config);
    if (!scanner) return std::fprintf(stderr, "kiosk-diag scanner: %s\n", scanner.error().c_str()), kUsage;
    Events events;
    const auto begin = Clock::now();
    const auto until = begin + std::chrono::seconds{a.wait_seconds};
    (void)(*scanner)->start(events.sink());
    events.wait(until, [&] { return events.connected.has_value(); });
    std::printf("kiosk-diag scanner: %s (%s)\n", (*scanner)->info().location.c_str(), (*scanner)->info().model.c_str());
    if (events.connected != true) {
        for (const auto& s : (*scanner)->self_test().steps)
            if (!s.passed) std::printf("%-24s FAIL %s\n", s.name.c_str(), s.detail.c_str());
        std::printf("outcome  no device\n");
        (*scanner)->stop();
        return kNoDevice;
    }
    std::printf("scan %d code(s) within %d s\n", a.count, a.wait_seconds);
    std::fflush(stdout);
    std::size_t shown = 0;
    while (shown < static_cast<std::size_t>(a.count) && Clock::now() < until) {
        events.wait(until, [&] { return events.codes.size() > shown; });
        for (; shown < events.codes.size(); ++shown) {
            const auto& code = events.codes[shown];
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - begin).count();
            std::printf("code %zu  %-4s %4zu bytes  %s  at %lld ms\n", shown + 1, code.symbology.empty() ? "-" : code.symbology.c_str(),
                        code.payload.size(), code.payload.empty() ? "(not text)" : preview(code.payload).c_str(),
                        static_cast<long long>(ms));
            std::fflush(stdout);
        }
    }
    (*scanner)->stop();
    const bool enough = shown >= static_cast<std::size_t>(a.count);
    std::printf("outcome  %s\n", enough ? "codes read" : "no code within the wait");
    return enough ? kSuccess : kNoCard;
}

}  // namespace nanhai::kiosk::diag
