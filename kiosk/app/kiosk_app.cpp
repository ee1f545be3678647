// Wiring and shutdown of the running kiosk (see kiosk_app.hpp).
#include "kiosk/app/kiosk_app.hpp"

#include <cstdio>
#include <filesystem>

#include "hal/device_counters.hpp"
#include "kiosk/devices/device_factory.hpp"
#include "drivers/sim/demo_cards.hpp"
#include "drivers/sim/sim_command_runner.hpp"
#include "kiosk/ui/screens/intent_mapping.hpp"

namespace nanhai::kiosk::app {

ClientConfig client_config(const KioskConfig& config) {
    ClientConfig c;
    c.base_url = config.platform.base_url;
    c.terminal_id = config.terminal.id;
    c.terminal_key = config.terminal.key;
    c.connect_timeout = std::chrono::milliseconds{config.platform.connect_timeout_ms};
    c.request_timeout = std::chrono::milliseconds{config.platform.request_timeout_ms};
    c.verify_tls = config.platform.verify_tls;
    c.ca_file = config.platform.ca_file;
    return c;
}

KioskApp::KioskApp(AppWiring wiring)
    : config_{std::move(wiring.config)},
      platform_{std::move(wiring.platform)},
      clock_{std::move(wiring.clock)},
      dev_enabled_{wiring.dev_panel},
      monitor_wanted_{wiring.platform_monitor},
      monitor_options_{wiring.monitor} {
    if (!clock_) clock_ = std::make_unique<core::SystemCoreClock>();
    if (wiring.wake) queue_.set_wake_hook(std::move(wiring.wake));
    if (platform_) config_.platform.base_url = platform_->base_url();
    for (const auto name : drivers::demo_card_names()) dev_.cards.emplace_back(name);
}

Result<std::unique_ptr<KioskApp>, std::string> KioskApp::create(AppWiring wiring) {
    std::unique_ptr<KioskApp> app(new KioskApp(std::move(wiring)));
    if (auto started = app->start(); !started) return fail(started.error());
    return app;
}

// The event log and the log sink first, so that everything the kiosk does from here on is on
// record; counters of every device under <state>/devices.
Result<void, std::string> KioskApp::open_audit() {
    if (config_.state_dir.empty()) return {};
    const std::filesystem::path state{config_.state_dir};
    audit::EventLogOptions options;
    options.dir = state / "events";
    options.head_file = state / "chain-head.json";
    options.terminal = config_.terminal.id;
    options.max_file_bytes = static_cast<std::uint64_t>(config_.audit.max_file_kib) * 1024;
    auto log = audit::EventLog::open(std::move(options));
    if (!log) return fail("state_dir: event log: " + log.error());
    events_ = std::move(*log);
    audit_ = std::make_unique<audit::AuditSink>(audit::AuditSinkOptions{events_, config_.audit.journal_socket, config_.terminal.id, true});
    return {};
}

Result<void, std::string> KioskApp::start() {
    if (auto opened = open_audit(); !opened) return opened;
    auto devices = devices::make_devices(config_, &sim_);
    if (!devices) return fail(devices.error());
    devices_ = std::move(*devices);
    if (!config_.state_dir.empty()) {
        auto counters = std::make_shared<hal::FileCounterStore>(std::filesystem::path{config_.state_dir} / "devices");
        for (hal::Device* device : devices_.all()) device->keep_counters_in(counters, std::string{hal::to_string(device->device_class())});
    }
    catalogue_ = std::make_shared<CatalogueCache>(config_.state_dir.empty() ? std::filesystem::path{}
                                                                            : std::filesystem::path{config_.state_dir} / "catalogue-cache.json");
    client_ = std::make_unique<PlatformClient>(client_config(config_));
    client_->use_catalogue_cache(catalogue_);
    runner_ = std::make_unique<core::ThreadTaskRunner>(queue_);
    core_ = std::make_unique<core::KioskCore>(*client_, *runner_, *clock_, core::core_settings(config_),
                                              devices_.receipt_printer.get(), devices_.certificate_reader.get());
    if (auto started = start_devices(); !started) return started;
    feed_components();
    if (monitor_wanted_)
        monitor_ = std::make_unique<PlatformMonitor>(client_config(config_), catalogue_, monitor_options_, [this](const PlatformProbe& probe) {
            const bool up = probe.reachable;
            queue_.push(core::Continuation{[this, up] {
                core_->set_component(core::Component::platform, up ? core::ComponentState{} : core::ComponentState{false, core::OutOfService::back_end});
            }});
        });
    return {};
}

namespace {

// What a device's state means for the services that need it.
core::ComponentState component_state(const hal::Device* device) {
    using core::OutOfService;
    if (!device) return {false, OutOfService::hardware};  // this kiosk has none
    switch (device->state()) {
        case hal::DeviceState::ready:
        case hal::DeviceState::busy: return {};
        case hal::DeviceState::needs_staff: return {false, OutOfService::consumables};
        case hal::DeviceState::starting: return {false, OutOfService::starting};
        case hal::DeviceState::fault:
        case hal::DeviceState::disconnected:
        case hal::DeviceState::stopped: return {false, OutOfService::hardware};
    }
    return {false, OutOfService::hardware};
}

}  // namespace

// The devices' states as the core's components. Without a PC/SC reader, certificate cards go
// in the ID card slot when that is the simulated reader (the demo plays them); otherwise
// enterprise sign-in by card is not possible here.
void KioskApp::feed_components() {
    using core::Component;
    core_->set_component(Component::identity_reader, component_state(devices_.identity_reader.get()));
    const hal::Device* certificates = devices_.certificate_reader.get();
    if (!certificates && sim_.identity_reader) certificates = devices_.identity_reader.get();
    core_->set_component(Component::certificate_reader, component_state(certificates));
    core_->set_component(Component::code_scanner, component_state(devices_.code_scanner.get()));
    core_->set_component(Component::receipt_printer, component_state(devices_.receipt_printer.get()));
}

Result<void, std::string> KioskApp::start_devices() {
    // Drivers call the sink from their own threads: the queue is the only thing they touch.
    const hal::EventSink sink = [this](hal::DeviceEvent event) { queue_.push(std::move(event)); };
    const auto check = [](const char* name, const Result<void, hal::DeviceError>& started) -> Result<void, std::string> {
        if (started) return {};
        return fail(std::string(name) + ": " + started.error().detail);
    };
    if (devices_.identity_reader)
        if (auto r = check("identity_reader", devices_.identity_reader->start(sink)); !r) return r;
    if (devices_.certificate_reader)
        if (auto r = check("certificate_reader", devices_.certificate_reader->start(sink)); !r) return r;
    if (devices_.code_scanner)
        if (auto r = check("code_scanner", devices_.code_scanner->start(sink)); !r) return r;
    if (devices_.receipt_printer)
        if (auto r = check("receipt_printer", devices_.receipt_printer->start(sink)); !r) return r;
    return {};
}

KioskApp::~KioskApp() { shut_down(); }

void KioskApp::shut_down() {
    monitor_.reset();             // it pushes to the queue
    sim_.control_server.reset();  // it calls the devices
    if (devices_.identity_reader) devices_.identity_reader->stop();
    if (devices_.certificate_reader) devices_.certificate_reader->stop();
    if (devices_.code_scanner) devices_.code_scanner->stop();
    if (devices_.receipt_printer) devices_.receipt_printer->stop();
    runner_.reset();      // joins the worker; unstarted tasks (and their credentials) dropped
    (void)queue_.drain();  // continuations refer to the core: drop them before it goes
    core_.reset();
    client_.reset();
    platform_.reset();  // stops the child platform
    audit_.reset();     // the log sink that was there before comes back
    events_.reset();
}

bool KioskApp::pump() {
    auto messages = queue_.drain();
    for (auto& message : messages) core::deliver(std::move(message), *core_);
    feed_components();  // cheap: the core ignores states it already has
    core_->tick(clock_->now());
    return !messages.empty();
}

void KioskApp::handle(const ui::Intent& intent) {
    if (intent.widget.starts_with("dev.")) return handle_dev(intent);
    core_->handle(ui::screens::to_core_intent(intent));
    core_->tick(clock_->now());
}

// The panel speaks the control channel's language; "platform down|up" restarts the child.
void KioskApp::handle_dev(const ui::Intent& intent) {
    if (!dev_enabled_) return;
    if (intent.widget == "dev.toggle") {
        dev_.open = !dev_.open;
        return;
    }
    const std::string& line = intent.value;
    if (line == "platform down" || line == "platform up") {
        if (!platform_) {
            dev_.status = "error no child platform";
        } else if (line == "platform down") {
            platform_->stop();
            dev_.status = "ok platform down";
        } else {
            auto started = platform_->start();
            dev_.status = started ? "ok platform up" : "error " + started.error();
        }
        return;
    }
    dev_.status = drivers::handle_sim_control_line(line, sim_.refs());
}

bool KioskApp::idle() const {
    if (!queue_.empty() || core_->view().busy) return false;
    // A receipt on its way out settles with the printer's answer (printed or held), and a
    // simulated printer that can print has nothing left in its queue.
    if (core_->view().print && core_->view().print->state == "printing") return false;
    if (sim_.receipt_printer) {
        const auto status = sim_.receipt_printer->status();
        const bool can_print = status.paper != hal::PaperLevel::out && !status.cover_open;
        if (can_print && sim_.receipt_printer->queued_jobs() > 0) return false;
    }
    return sim_.identity_reader == nullptr || !sim_.identity_reader->card_state().starts_with("reading");
}

}  // namespace nanhai::kiosk::app
