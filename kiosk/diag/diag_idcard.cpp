// kiosk-diag idcard: one read through the GA/T 467 driver's steps, printed for a technician.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "common/card_validity.hpp"
#include "common/masking.hpp"
#include "drivers/ga467/read_once.hpp"
#include "drivers/transport/serial_port.hpp"
#include "drivers/transport/usb_bulk.hpp"
#include "kiosk/diag/diag.hpp"

namespace nanhai::kiosk::diag {
namespace {

struct IdcardArgs {
    std::string port;
    int baud = 115200;
    int wait_seconds = 10;
    bool fingerprint = false;
};

bool parse(const std::vector<std::string>& args, IdcardArgs& out, std::string& error) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--port" && has_value) out.port = args[++i];
        else if (a == "--baud" && has_value) out.baud = std::atoi(args[++i].c_str());
        else if (a == "--wait" && has_value) out.wait_seconds = std::atoi(args[++i].c_str());
        else if (a == "--fingerprint") out.fingerprint = true;
        else return error = "unknown or incomplete argument '" + a + "'", false;
    }
    if (out.port.empty()) return error = "--port DEVICE is required", false;
    if (out.port.starts_with("usb:")) {
        if (auto usb = drivers::parse_usb_uri(out.port); !usb) return error = "--port: " + usb.error(), false;
    }
    if (!drivers::supported_baud(out.baud)) return error = "--baud: not a serial speed", false;
    if (out.wait_seconds < 0 || out.wait_seconds > 600) return error = "--wait: 0 to 600 seconds", false;
    return true;
}

const char* type_name(hal::CardType type) {
    switch (type) {
        case hal::CardType::citizen: return "citizen (居民身份证)";
        case hal::CardType::hk_mo_tw_permit: return "J: Hong Kong/Macau/Taiwan residence permit";
        case hal::CardType::foreign_pr_2017: return "I: foreign permanent residence card (2017)";
        case hal::CardType::foreign_pr_2023: return "Y: foreign permanent residence card (2023)";
    }
    return "?";
}

const char* outcome_name(drivers::ga467::ReadOnceOutcome o) {
    switch (o) {
        case drivers::ga467::ReadOnceOutcome::card_read: return "card read";
        case drivers::ga467::ReadOnceOutcome::no_card: return "no card";
        case drivers::ga467::ReadOnceOutcome::no_device: return "no device";
        case drivers::ga467::ReadOnceOutcome::protocol_error: return "protocol error";
    }
    return "?";
}

Date today_in_china() {
    return local_date(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
}

}  // namespace

int idcard_command(const std::vector<std::string>& args) {
    IdcardArgs a;
    std::string error;
    if (!parse(args, a, error)) return std::fprintf(stderr, "kiosk-diag idcard: %s\n%s", error.c_str(), diag_usage().c_str()), kUsage;
    // A serial port, or a raw USB bulk reader named usb:VVVV:PPPP[:SERIAL].
    std::unique_ptr<hal::ByteTransport> transport;
    if (a.port.starts_with("usb:")) transport = std::make_unique<drivers::UsbBulkTransport>(*drivers::parse_usb_uri(a.port));
    else transport = std::make_unique<drivers::SerialPort>(drivers::SerialSettings{a.port, a.baud});
    auto& port = *transport;
    drivers::ga467::ReadOnceOptions options;
    options.wait_for_card = std::chrono::seconds{a.wait_seconds};
    options.read_fingerprint = a.fingerprint;
    options.today = today_in_china();
    const auto report = drivers::ga467::read_once(port, options);
    std::printf("kiosk-diag idcard: %s\n", port.location().c_str());
    if (!report.sam_id.empty()) std::printf("SAM id   %s\n", report.sam_id.c_str());
    std::printf("%-36s %-32s %8s\n", "step", "result", "ms");
    for (const auto& s : report.steps)
        std::printf("%-36s %-32s %8lld\n", s.name.c_str(), s.result.c_str(), static_cast<long long>(s.took.count()));
    bool expired = false;
    if (report.card) {
        const auto& c = *report.card;
        std::printf("card     %s\n", type_name(c.type));
        std::printf("name     %s\n", mask_name(c.name.view()).c_str());
        std::printf("number   %s\n", mask_identifier(c.id_number.view()).c_str());
        const auto ended = validity_ended(c.valid_to.view(), options.today);
        expired = ended.value_or(false);
        std::printf("valid    %s to %s%s\n", c.valid_from.str().c_str(), c.valid_to.str().c_str(),
                    !ended ? "  (NOT A DATE: the kiosk refuses this card)"
                    : *ended ? "  EXPIRED: the kiosk refuses this card at sign-in"
                             : "");
        std::printf("photo    %zu bytes (encrypted WLT; decoding needs the vendor's library)\n", report.photo_bytes);
    }
    std::printf("outcome  %s%s%s%s\n", outcome_name(report.outcome), expired ? " (the card has expired)" : "",
                report.problem.empty() ? "" : ": ", report.problem.c_str());
    std::printf("total    %lld ms\n", static_cast<long long>(report.total.count()));
    switch (report.outcome) {
        case drivers::ga467::ReadOnceOutcome::card_read: return kSuccess;
        case drivers::ga467::ReadOnceOutcome::no_card: return kNoCard;
        case drivers::ga467::ReadOnceOutcome::no_device: return kNoDevice;
        case drivers::ga467::ReadOnceOutcome::protocol_error: return kProtocolError;
    }
    return kProtocolError;
}

}  // namespace nanhai::kiosk::diag
