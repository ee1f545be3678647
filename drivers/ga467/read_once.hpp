// One whole read, step by step with each step's time, for the technician's kiosk-diag: open
// the port, SAM status, SAM id, then wait (polling find every 300 ms) for a card, select and
// read it. The result says what failed and why, in the terms of the exit codes: no device, no
// card, or a protocol / SAM error.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "common/civil_date.hpp"
#include "hal/byte_transport.hpp"
#include "hal/identity_document.hpp"

namespace nanhai::drivers::ga467 {

enum class ReadOnceOutcome { card_read, no_card, no_device, protocol_error };

struct ReadOnceStep {
    std::string name;    // "SAM status", "find card" ...
    std::string result;  // "ok", "sw3=0x80 no_card" ...
    std::chrono::milliseconds took{0};
};

struct ReadOnceReport {
    ReadOnceOutcome outcome = ReadOnceOutcome::protocol_error;
    std::string sam_id;
    std::vector<ReadOnceStep> steps;
    std::optional<hal::ResidentIdCard> card;
    std::size_t photo_bytes = 0;
    std::chrono::milliseconds total{0};
    std::string problem;  // why, when not card_read
};

struct ReadOnceOptions {
    std::chrono::milliseconds wait_for_card{10000};
    std::chrono::milliseconds command_timeout{1000};
    std::chrono::milliseconds read_timeout{3000};
    bool read_fingerprint = false;
    Date today;
};

ReadOnceReport read_once(hal::ByteTransport& transport, const ReadOnceOptions& options);

}  // namespace nanhai::drivers::ga467
