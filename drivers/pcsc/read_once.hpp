// One look at a certificate card for a technician (kiosk-diag pcsc): pcscd, the reader, the
// card's ATR and protocol, the PIV application, the authentication certificate and its check
// against the given CAs, the PIN tries left. The PIN itself is never tried, so a diagnosis
// costs the card nothing. Every step is timed.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "drivers/pcsc/card_channel.hpp"
#include "drivers/pcsc/certificate_check.hpp"

namespace nanhai::drivers::pcsc {

enum class ReadOnceOutcome { card_read, no_card, no_device, protocol_error };

struct ReadOnceOptions {
    std::string reader_filter;               // "" = the first reader
    std::chrono::milliseconds wait_for_card{10000};
    std::optional<TrustStore> trust;         // no CAs: the certificate is read, not checked
};

struct ReadOnceStep {
    std::string name;
    std::string result;
    std::chrono::milliseconds took{0};
};

struct ReadOnceReport {
    ReadOnceOutcome outcome = ReadOnceOutcome::protocol_error;
    std::string problem;
    std::string reader;
    std::string protocol;     // T=0 / T=1
    std::string atr_hex;
    std::size_t certificate_bytes = 0;
    std::optional<CheckedCertificate> certificate;  // when checked and trusted
    std::optional<CertificateSummary> summary;      // whose it is: read with or without CAs
    std::string masked_holder;
    int tries_left = -1;
    ChannelCounters counters;
    std::vector<ReadOnceStep> steps;
    std::chrono::milliseconds total{0};
};

ReadOnceReport read_once(const ReadOnceOptions& options);

}  // namespace nanhai::drivers::pcsc
