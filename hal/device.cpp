#include "hal/device.hpp"

#include "hal/identity_document.hpp"

namespace nanhai::hal {

ResidentIdCard::~ResidentIdCard() {
    secure_wipe(photo_wlt.data(), photo_wlt.size());
    secure_wipe(photo_bmp.data(), photo_bmp.size());
}

std::string_view to_string(DeviceClass device_class) {
    switch (device_class) {
        case DeviceClass::identity_reader: return "identity_reader";
        case DeviceClass::certificate_reader: return "certificate_reader";
        case DeviceClass::code_scanner: return "code_scanner";
        case DeviceClass::receipt_printer: return "receipt_printer";
    }
    return "?";
}

std::string_view to_string(DeviceState state) {
    switch (state) {
        case DeviceState::stopped: return "stopped";
        case DeviceState::starting: return "starting";
        case DeviceState::ready: return "ready";
        case DeviceState::busy: return "busy";
        case DeviceState::needs_staff: return "needs_staff";
        case DeviceState::fault: return "fault";
        case DeviceState::disconnected: return "disconnected";
    }
    return "?";
}

std::string_view to_string(DeviceErrorKind kind) {
    switch (kind) {
        case DeviceErrorKind::not_connected: return "not_connected";
        case DeviceErrorKind::timeout: return "timeout";
        case DeviceErrorKind::protocol_error: return "protocol_error";
        case DeviceErrorKind::card_unreadable: return "card_unreadable";
        case DeviceErrorKind::card_removed: return "card_removed";
        case DeviceErrorKind::card_expired: return "card_expired";
        case DeviceErrorKind::card_blocked: return "card_blocked";
        case DeviceErrorKind::certificate_untrusted: return "certificate_untrusted";
        case DeviceErrorKind::pin_blocked: return "pin_blocked";
        case DeviceErrorKind::sam_failure: return "sam_failure";
        case DeviceErrorKind::paper_out: return "paper_out";
        case DeviceErrorKind::cover_open: return "cover_open";
        case DeviceErrorKind::cutter_error: return "cutter_error";
        case DeviceErrorKind::printer_offline: return "printer_offline";
        case DeviceErrorKind::unsupported: return "unsupported";
        case DeviceErrorKind::internal: return "internal";
    }
    return "?";
}

std::string_view to_string(ErrorAction action) {
    switch (action) {
        case ErrorAction::suspend: return "suspend";
        case ErrorAction::clear: return "clear";
        case ErrorAction::reset: return "reset";
        case ErrorAction::configuration: return "configuration";
        case ErrorAction::maintenance: return "maintenance";
    }
    return "?";
}

std::string_view to_string(Counter counter) {
    switch (counter) {
        case Counter::prints: return "prints";
        case Counter::cuts: return "cuts";
        case Counter::paper_outs: return "paper_outs";
        case Counter::card_reads: return "card_reads";
        case Counter::scans: return "scans";
        case Counter::errors: return "errors";
    }
    return "?";
}

// ---- the lifecycle (device.hpp) ----

Result<void, DeviceError> Device::open() {
    if (runtime_.lifecycle() != Lifecycle::closed) return {};
    if (auto prepared = prepare(); !prepared) return prepared;
    return runtime_.open(*this);
}

Result<void, DeviceError> Device::start(EventSink sink) {
    if (runtime_.lifecycle() == Lifecycle::closed) {
        if (auto prepared = prepare(); !prepared) return prepared;
        return runtime_.open(*this, std::move(sink));
    }
    return runtime_.start(std::move(sink));
}

void Device::stop() { runtime_.close(); }

}  // namespace nanhai::hal
