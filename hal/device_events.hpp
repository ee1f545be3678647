// Events that devices push to the app. Drivers call the EventSink from their own threads; the
// app queues the events and handles them on its loop, in order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <variant>

#include "hal/device_types.hpp"
#include "hal/identity_document.hpp"

namespace nanhai::hal {

struct CardPlaced {
    IdentityDocument document;
};
struct CardRemoved {};
struct CardReadFailed {
    DeviceError error;  // card_unreadable, card_expired, card_removed (pulled mid-read) ...
};

// A certificate card is in and its certificate is trusted; the card wants its PIN before it
// signs (hal::CertificateReader::submit_pin). `holder` is masked for the screen.
struct PinRequired {
    CertificateRole role = CertificateRole::enterprise;
    std::string holder;
    int tries_left = -1;  // -1: the card does not say
};
struct PinRejected {
    int tries_left = -1;
};

struct CodeScanned {
    std::string payload;     // decoded text (UTF-8)
    std::string symbology;   // AIM id such as "]Q1", or "" when unknown
};

enum class PaperLevel { ok, low, out };

struct PrinterStatus {
    PaperLevel paper = PaperLevel::ok;
    bool cover_open = false;
    bool cutter_error = false;
    bool offline = false;
    bool operator==(const PrinterStatus&) const = default;
};
struct PrinterStatusChanged {
    PrinterStatus status;
};

using JobId = std::uint64_t;
struct PrintJobFinished {
    JobId job;
};
struct PrintJobHeld {   // interrupted (paper out, cover open): kept and printed again once cleared
    JobId job;
    DeviceError error;
};
// What a citizen can do about a receipt that will not print.
enum class PrintRecourse {
    show_qr,    // the same content as a QR code on the screen (always possible)
    ask_staff,  // it may have printed in part: staff look at the printer (a job never confirmed)
};
// A job that failed for good and was dropped: it will never print.
struct PrintJobFailed {
    JobId job;
    DeviceError error;
    PrintRecourse recourse = PrintRecourse::show_qr;
};

struct DeviceConnectionChanged {
    DeviceClass device_class;
    bool connected;
};
struct DeviceFaulted {
    DeviceClass device_class;
    DeviceError error;
};

using DeviceEvent = std::variant<CardPlaced, CardRemoved, CardReadFailed, PinRequired, PinRejected, CodeScanned,
                                 PrinterStatusChanged, PrintJobFinished, PrintJobHeld, PrintJobFailed,
                                 DeviceConnectionChanged, DeviceFaulted>;

using EventSink = std::function<void(DeviceEvent)>;

}  // namespace nanhai::hal
