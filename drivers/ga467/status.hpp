// The SAM's status byte SW3 (protocols.md §1): what it means, in words a citizen or a
// technician understands, and who can do something about it.
#pragma once

#include <cstdint>
#include <string_view>

#include "hal/device_types.hpp"

namespace nanhai::drivers::ga467 {

enum : std::uint8_t {
    kOk = 0x90,
    kFindOk = 0x9F,
    kNoCard = 0x80,  // normal while polling
    kSelectFailed = 0x81,
    kFieldEmpty = 0x91,
    kChecksumError = 0x10,
    kLengthError = 0x11,
    kCommandError = 0x21,
    kUnauthorised = 0x23,
    kUnknownError = 0x24,
    kCardAuthFailed = 0x31,
    kSamAuthFailed = 0x32,
    kInfoCheckError = 0x33,
    kUnknownCardType = 0x40,
    kReadFailed = 0x41,
    kRandomError = 0x47,
    kSamSelfTestFailed = 0x60,
    kSamNotAuthorised = 0x66,
};

struct StatusMeaning {
    std::uint8_t sw3;
    std::string_view name;        // for logs: "card_auth_failed"
    std::string_view citizen_zh;  // what a citizen is told
    std::string_view technician;  // what a technician reads in diagnostics
    hal::DeviceErrorKind kind;
    hal::ErrorAction action;
};

// The meaning of `sw3`; an unlisted value maps to protocol_error / maintenance with its hex.
StatusMeaning status_meaning(std::uint8_t sw3);

// The error a failed step reports; `detail` names the status for logs ("sw3=0x41 read_failed").
hal::DeviceError status_error(std::uint8_t sw3);

}  // namespace nanhai::drivers::ga467
