// What every device has, whatever its class: a closed set of states, identity information, a
// lifecycle (start / stop), a self-test, and errors that say what they need to be cleared.
// Devices are not copyable: one object owns one device. No function throws across this
// boundary; failures are DeviceError values.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace nanhai::hal {

enum class DeviceClass { identity_reader, certificate_reader, code_scanner, receipt_printer };

enum class DeviceState {
    stopped,       // not started (configure -> start)
    starting,
    ready,
    busy,          // reading, printing
    needs_staff,   // staff can clear it: load paper, close the cover
    fault,         // needs maintenance
    disconnected,  // unplugged; the driver keeps trying to reconnect
};

// Who can clear an error: the device itself (retrying), hall staff, or maintenance.
enum class Remedy { self_recover, staff, maintenance };

// A closed list of what can go wrong, so that screens and the readiness report can say it
// plainly; `detail` carries the technical reason (status byte, errno) for logs.
enum class DeviceErrorKind {
    not_connected,
    timeout,
    protocol_error,
    card_unreadable,
    card_removed,
    card_expired,
    card_blocked,
    certificate_untrusted,  // a certificate card no configured CA vouches for
    pin_blocked,            // a certificate card whose PIN tries are used up
    sam_failure,
    paper_out,
    cover_open,
    cutter_error,
    printer_offline,
    unsupported,
    internal,
};

struct DeviceError {
    DeviceErrorKind kind;
    Remedy remedy;
    std::string detail;
};

struct DeviceInfo {
    DeviceClass device_class;
    std::string driver;    // "sim", "ga467-serial", "escpos-usb" ...
    std::string model;
    std::string serial;
    std::string firmware;
    std::string location;  // port, URI or USB path
};

struct SelfTestStep {
    std::string name;
    bool passed;
    std::string detail;
    std::chrono::milliseconds took;
};

struct SelfTestReport {
    DeviceInfo device;
    std::vector<SelfTestStep> steps;
    bool passed() const {
        for (const auto& s : steps)
            if (!s.passed) return false;
        return !steps.empty();
    }
};

class Device {
public:
    Device() = default;
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;
    virtual ~Device() = default;

    virtual DeviceInfo info() const = 0;
    virtual DeviceState state() const = 0;
    virtual SelfTestReport self_test() = 0;
};

std::string_view to_string(DeviceClass device_class);
std::string_view to_string(DeviceState state);
std::string_view to_string(DeviceErrorKind kind);
std::string_view to_string(Remedy remedy);

}  // namespace nanhai::hal
