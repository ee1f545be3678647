// Watches the platform from its own thread with its own client (the core's is busy with the
// citizen's calls): a health probe now and then (often while it is down, so that the kiosk
// comes back by itself), round-trip time and the offset of the platform's clock, and, while it
// is up, the whole catalogue fetched ahead into the catalogue cache so that service guides work
// when it is down. Each probe's outcome goes to `on_probe` on the monitor's thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "kiosk/platform_client/catalogue_cache.hpp"
#include "kiosk/platform_client/client_config.hpp"

namespace nanhai::kiosk {
class PlatformClient;
}

namespace nanhai::kiosk::app {

struct PlatformProbe {
    bool reachable = false;
    std::chrono::milliseconds round_trip{0};
    std::optional<std::chrono::seconds> clock_offset;  // platform's clock minus ours
    std::string error;                                 // why not reachable
    std::chrono::system_clock::time_point at{};
    std::size_t catalogue_answers = 0;                 // in the cache after the last fetch
};

struct PlatformMonitorOptions {
    std::chrono::milliseconds interval_up{15000};
    std::chrono::milliseconds interval_down{2000};
    std::chrono::minutes catalogue_refresh{60};
};

class PlatformMonitor {
public:
    PlatformMonitor(ClientConfig client, std::shared_ptr<CatalogueCache> catalogue, PlatformMonitorOptions options,
                    std::function<void(const PlatformProbe&)> on_probe);
    ~PlatformMonitor();
    PlatformMonitor(const PlatformMonitor&) = delete;
    PlatformMonitor& operator=(const PlatformMonitor&) = delete;

    std::optional<PlatformProbe> last() const;
    void probe_now();  // wakes the thread for a probe at once

private:
    void run();
    PlatformProbe probe(PlatformClient& client);
    void fetch_catalogue(PlatformClient& client);

    ClientConfig config_;
    std::shared_ptr<CatalogueCache> catalogue_;
    PlatformMonitorOptions options_;
    std::function<void(const PlatformProbe&)> on_probe_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    bool probe_now_ = false;
    std::optional<PlatformProbe> last_;
    std::chrono::steady_clock::time_point catalogue_fetched_{};
    std::thread thread_;
};

}  // namespace nanhai::kiosk::app
