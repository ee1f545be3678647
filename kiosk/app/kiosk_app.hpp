// The wiring of one running kiosk: config, simulated (or real) devices, the platform client,
// the app queue, the task runner and the core, plus the child platform in demo and headless
// runs. Both loops (window and headless script) drive it through pump() and handle(); it
// knows nothing about SDL. Shutdown follows kiosk/core/README.md: devices stop pushing, the
// runner joins, the queue is drained, then the core goes.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "common/result.hpp"
#include "drivers/sim/sim_devices.hpp"
#include "hal/device_set.hpp"
#include "kiosk/app/dev_panel.hpp"
#include "kiosk/app/platform_child.hpp"
#include "kiosk/app/platform_monitor.hpp"
#include "kiosk/audit/audit_sink.hpp"
#include "kiosk/config/kiosk_config.hpp"
#include "kiosk/core/app_queue.hpp"
#include "kiosk/core/core_clock.hpp"
#include "kiosk/core/kiosk_core.hpp"
#include "kiosk/core/thread_task_runner.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "kiosk/ui/intent.hpp"

namespace nanhai::kiosk::app {

struct AppWiring {
    KioskConfig config;
    std::unique_ptr<PlatformChild> platform;  // null: the config's platform URL is used
    std::unique_ptr<core::CoreClock> clock;
    std::function<void()> wake;  // the queue's wake hook (window loop: push an SDL event)
    bool dev_panel = false;      // demo runs: the developer panel drives the simulators
    // The platform watched from its own thread (window runs); headless scripts leave it off so
    // that nothing changes on screen but what the script does.
    bool platform_monitor = false;
    PlatformMonitorOptions monitor;
};

class KioskApp {
public:
    static Result<std::unique_ptr<KioskApp>, std::string> create(AppWiring wiring);
    ~KioskApp();
    KioskApp(const KioskApp&) = delete;
    KioskApp& operator=(const KioskApp&) = delete;

    // Delivers everything queued to the core and ticks it; true when something was delivered.
    bool pump();
    // A widget's intent, in the core's vocabulary (the developer panel's own are run here).
    void handle(const ui::Intent& intent);
    // The developer panel to draw, or null outside demo runs.
    const DevPanelView* dev_panel() const { return dev_enabled_ ? &dev_ : nullptr; }

    const core::ViewState& view() const { return core_->view(); }
    core::AppQueue& queue() { return queue_; }
    const core::CoreClock& clock() const { return *clock_; }
    drivers::SimDevices& sim() { return sim_; }
    PlatformChild* platform() { return platform_.get(); }
    PlatformMonitor* monitor() { return monitor_.get(); }
    const KioskConfig& config() const { return config_; }
    audit::EventLog* event_log() const { return events_.get(); }
    const hal::DeviceSet& devices() const { return devices_; }
    // Nothing queued, nothing awaited, no card being read, no receipt printing: the state a
    // script may look at.
    bool idle() const;

private:
    explicit KioskApp(AppWiring wiring);
    Result<void, std::string> start();
    Result<void, std::string> open_audit();
    Result<void, std::string> start_devices();
    void feed_components();
    void shut_down();
    void handle_dev(const ui::Intent& intent);

    KioskConfig config_;
    std::shared_ptr<audit::EventLog> events_;    // null without a state directory
    std::unique_ptr<audit::AuditSink> audit_;    // goes last: the devices log until they stop
    std::unique_ptr<PlatformChild> platform_;
    std::unique_ptr<core::CoreClock> clock_;
    core::AppQueue queue_;
    hal::DeviceSet devices_;
    drivers::SimDevices sim_;
    std::shared_ptr<CatalogueCache> catalogue_;
    std::unique_ptr<PlatformClient> client_;
    std::unique_ptr<core::ThreadTaskRunner> runner_;
    std::unique_ptr<core::KioskCore> core_;
    bool dev_enabled_ = false;
    bool monitor_wanted_ = false;
    PlatformMonitorOptions monitor_options_;
    std::unique_ptr<PlatformMonitor> monitor_;  // stopped before the queue and the core go
    DevPanelView dev_;
};

// The client's settings from the kiosk's config (base URL replaced by a child platform's).
ClientConfig client_config(const KioskConfig& config);

}  // namespace nanhai::kiosk::app
