// The platform monitor (see platform_monitor.hpp).
#include "kiosk/app/platform_monitor.hpp"

#include <algorithm>

#include "common/log.hpp"
#include "kiosk/core/guide_flow.hpp"
#include "kiosk/platform_client/platform_client.hpp"

namespace nanhai::kiosk::app {

PlatformMonitor::PlatformMonitor(ClientConfig client, std::shared_ptr<CatalogueCache> catalogue, PlatformMonitorOptions options,
                                 std::function<void(const PlatformProbe&)> on_probe)
    : config_{std::move(client)}, catalogue_{std::move(catalogue)}, options_{options}, on_probe_{std::move(on_probe)} {
    thread_ = std::thread{[this] { run(); }};
}

PlatformMonitor::~PlatformMonitor() {
    {
        std::lock_guard lock{mutex_};
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

std::optional<PlatformProbe> PlatformMonitor::last() const {
    std::lock_guard lock{mutex_};
    return last_;
}

void PlatformMonitor::probe_now() {
    {
        std::lock_guard lock{mutex_};
        probe_now_ = true;
    }
    wake_.notify_all();
}

PlatformProbe PlatformMonitor::probe(PlatformClient& client) {
    PlatformProbe p;
    p.at = std::chrono::system_clock::now();
    const auto begin = std::chrono::steady_clock::now();
    auto health = client.health();
    const auto end = std::chrono::steady_clock::now();
    p.round_trip = std::chrono::duration_cast<std::chrono::milliseconds>(end - begin);
    p.reachable = health.has_value();
    if (health) {
        // Against the middle of the exchange, when the platform read its clock.
        const auto ours = std::chrono::floor<std::chrono::seconds>(p.at + (end - begin) / 2);
        p.clock_offset = std::chrono::duration_cast<std::chrono::seconds>(health->time - std::chrono::sys_seconds{ours.time_since_epoch()});
    } else {
        p.error = health.error().transport ? std::string{describe(health.error().transport->kind)} : health.error().code;
    }
    return p;
}

// What the guide screens ask for, asked ahead: the departments, their items, the topics' items,
// every item with its guide, the halls. The cache stores each answer under its request.
void PlatformMonitor::fetch_catalogue(PlatformClient& client) {
    auto departments = client.departments();
    if (!departments) return;
    std::vector<std::string> codes;
    const auto collect = [&](const ItemQuery& query) {
        auto page = client.items(query);
        if (page) for (const auto& item : page->items) codes.push_back(item.code);
    };
    for (const auto& d : *departments) {
        ItemQuery query;
        query.department = d.code;
        query.per_page = 100;
        collect(query);
    }
    for (const auto& topic : core::GuideFlow::topic_ids()) {
        ItemQuery query;
        query.text = core::GuideFlow::topic_query(topic);
        query.per_page = 100;
        collect(query);
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    for (const auto& code : codes) (void)client.item(code);
    (void)client.halls();
    catalogue_->save();
    log_event(LogLevel::info, "app.catalogue.fetched", {{"items", std::to_string(codes.size())}, {"answers", std::to_string(catalogue_->size())}});
}

void PlatformMonitor::run() {
    PlatformClient client{config_};
    if (catalogue_) client.use_catalogue_cache(catalogue_);
    std::optional<bool> was_reachable;
    for (;;) {
        PlatformProbe p = probe(client);
        const bool due = catalogue_ && std::chrono::steady_clock::now() - catalogue_fetched_ > options_.catalogue_refresh;
        if (p.reachable && due) {
            fetch_catalogue(client);
            catalogue_fetched_ = std::chrono::steady_clock::now();
        }
        if (catalogue_) p.catalogue_answers = catalogue_->size();
        if (was_reachable != p.reachable)
            log_event(p.reachable ? LogLevel::info : LogLevel::warning, p.reachable ? "app.platform.reachable" : "app.platform.unreachable",
                      {{"round_trip_ms", std::to_string(p.round_trip.count())}, {"error", p.error}});
        was_reachable = p.reachable;
        {
            std::lock_guard lock{mutex_};
            last_ = p;
        }
        if (on_probe_) on_probe_(p);
        std::unique_lock lock{mutex_};
        wake_.wait_for(lock, p.reachable ? options_.interval_up : options_.interval_down, [this] { return stopping_ || probe_now_; });
        if (stopping_) return;
        probe_now_ = false;
    }
}

}  // namespace nanhai::kiosk::app
