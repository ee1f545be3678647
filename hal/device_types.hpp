// The values every device shares, whatever its class: its class, a closed set of states, what
// it is (identity), errors that say what they need to be cleared, counters and self-test
// reports. The lifecycle itself is hal::Device (device.hpp).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nanhai::hal {

enum class DeviceClass { identity_reader, certificate_reader, code_scanner, receipt_printer };

enum class DeviceState {
    stopped,       // not open
    starting,      // open, first connection not yet made
    ready,
    busy,          // reading, printing
    needs_staff,   // staff can clear it: load paper, close the cover
    fault,         // a technician must act (reset, configuration, maintenance)
    disconnected,  // unplugged or unreachable; the driver keeps trying to reconnect
};

// What an error needs before the device works again, in XFS4IoT's vocabulary (the `action` of
// its Common.ErrorEvent), so that screens, the readiness report and the event log say it the
// same way.
enum class ErrorAction {
    suspend,        // nothing: the device is recovering by itself (reconnecting, retrying)
    clear,          // hall staff can fix it: load paper, close the cover, take the card out
    reset,          // a device reset clears it: reopen, power-cycle
    configuration,  // the configuration is wrong: a technician changes it
    maintenance,    // a field engineer must repair or replace the device
};

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
    ErrorAction action;
    std::string detail;
};

// An error as the device last reported it, with when (system clock: shown to technicians).
struct DeviceFault {
    DeviceError error;
    std::chrono::system_clock::time_point at;
};

struct DeviceInfo {
    DeviceClass device_class;
    std::string driver;    // "sim", "ga467-serial", "escpos-tcp" ...
    std::string model;
    std::string serial;
    std::string firmware;
    std::string location;  // the transport: port, URI, USB path, "in-process"
};

// What a device has done since it was first installed (persisted across restarts under the
// state directory, device_counters.hpp). The device runtime counts from the events a driver
// emits; cuts are counted by printer drivers themselves.
struct DeviceCounters {
    std::uint64_t prints = 0;      // PrintJobFinished
    std::uint64_t cuts = 0;
    std::uint64_t paper_outs = 0;  // transitions to PaperLevel::out
    std::uint64_t card_reads = 0;  // CardPlaced
    std::uint64_t scans = 0;       // CodeScanned
    std::uint64_t errors = 0;      // CardReadFailed, DeviceFaulted, PrintJobFailed, disconnections
    bool operator==(const DeviceCounters&) const = default;
};
enum class Counter { prints, cuts, paper_outs, card_reads, scans, errors };

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

std::string_view to_string(DeviceClass device_class);
std::string_view to_string(DeviceState state);
std::string_view to_string(DeviceErrorKind kind);
std::string_view to_string(ErrorAction action);
std::string_view to_string(Counter counter);

}  // namespace nanhai::hal
