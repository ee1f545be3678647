// PIV commands (see piv.hpp).
#include "drivers/pcsc/piv.hpp"

#include <algorithm>
#include <array>

#include "drivers/pcsc/tlv.hpp"

namespace nanhai::drivers::pcsc::piv {
namespace {

constexpr std::array<std::uint8_t, 11> kAid{0xA0, 0x00, 0x00, 0x03, 0x08, 0x00, 0x00, 0x10, 0x00, 0x01, 0x00};
constexpr std::uint8_t kSelect = 0xA4, kGetData = 0xCB, kVerify = 0x20, kGeneralAuthenticate = 0x87;
constexpr std::uint8_t kPinReference = 0x80;
constexpr std::uint32_t kDataTag = 0x53, kCertTag = 0x70, kCertInfoTag = 0x71;
constexpr std::uint32_t kDynamicAuthTemplate = 0x7C, kResponseTag = 0x82, kChallengeTag = 0x81;

hal::DeviceError protocol(std::string detail) {
    return {hal::DeviceErrorKind::protocol_error, hal::ErrorAction::suspend, std::move(detail)};
}

PinStatus status_from(std::uint16_t sw) {
    if (sw == sw::ok) return {true, false, -1};
    if (sw == sw::auth_blocked) return {false, true, 0};
    if (auto tries = tries_left(sw)) return {false, *tries == 0, *tries};
    return {false, false, -1};
}

}  // namespace

std::span<const std::uint8_t> application_id() { return kAid; }

Result<void, hal::DeviceError> select(CardChannel& card) {
    auto answer = card.send({0x00, kSelect, 0x04, 0x00, {kAid.begin(), kAid.end()}, 256});
    if (!answer) return fail(answer.error());
    if (!answer->ok()) {
        auto error = card_said("SELECT PIV", answer->sw);
        if (answer->sw == sw::file_not_found) error.kind = hal::DeviceErrorKind::unsupported;
        return fail(error);
    }
    return {};
}

Result<std::vector<std::uint8_t>, std::string> certificate_from_object(std::span<const std::uint8_t> data) {
    auto object = find_tlv(data, kDataTag);
    if (!object) return fail(std::string{"no 53 data object"});
    auto items = parse_tlvs(*object);
    if (!items) return fail("certificate object: " + items.error());
    std::optional<std::span<const std::uint8_t>> cert;
    for (const auto& item : *items) {
        if (item.tag == kCertTag) cert = item.value;
        if (item.tag == kCertInfoTag && !item.value.empty() && (item.value[0] & 0x01))
            return fail(std::string{"compressed certificate"});
    }
    if (!cert || cert->empty()) return fail(std::string{"no certificate (70) in the object"});
    return std::vector<std::uint8_t>{cert->begin(), cert->end()};
}

Result<std::vector<std::uint8_t>, hal::DeviceError> read_authentication_certificate(CardChannel& card) {
    const std::vector<std::uint8_t> which{0x5C, 0x03, 0x5F, 0xC1, 0x05};
    auto answer = card.send({0x00, kGetData, 0x3F, 0xFF, which, 256});
    if (!answer) return fail(answer.error());
    if (answer->sw == sw::file_not_found)
        return fail(hal::DeviceError{hal::DeviceErrorKind::card_unreadable, hal::ErrorAction::suspend,
                                     "the card has no authentication certificate (slot 9A)"});
    if (!answer->ok()) return fail(card_said("GET DATA 5FC105", answer->sw));
    auto cert = certificate_from_object(answer->data);
    if (!cert) return fail(protocol("certificate object: " + cert.error()));
    return std::move(*cert);
}

Result<PinStatus, hal::DeviceError> pin_status(CardChannel& card) {
    auto answer = card.send({0x00, kVerify, 0x00, kPinReference, {}, std::nullopt});
    if (!answer) return fail(answer.error());
    return status_from(answer->sw);
}

bool plausible_pin(std::string_view pin) {
    return pin.size() >= 6 && pin.size() <= 8 &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Result<PinCheck, hal::DeviceError> verify_pin(CardChannel& card, const SecureString& pin) {
    if (!plausible_pin(pin.view()))
        return fail(hal::DeviceError{hal::DeviceErrorKind::card_unreadable, hal::ErrorAction::suspend,
                                     "a PIN has 6 to 8 digits"});
    CommandApdu command{0x00, kVerify, 0x00, kPinReference, std::vector<std::uint8_t>(8, 0xFF), std::nullopt};
    std::copy(pin.view().begin(), pin.view().end(), command.data.begin());
    auto answer = card.send(command);
    secure_wipe(command.data.data(), command.data.size());
    if (!answer) return fail(answer.error());
    const auto status = status_from(answer->sw);
    if (status.verified) return PinCheck{true, false, -1};
    if (status.blocked || status.tries_left >= 0) return PinCheck{false, status.blocked, status.tries_left};
    return fail(card_said("VERIFY PIN", answer->sw));
}

Result<std::vector<std::uint8_t>, std::string> signature_from_response(std::span<const std::uint8_t> data) {
    auto outer = find_tlv(data, kDynamicAuthTemplate);
    if (!outer) return fail(std::string{"no 7C template"});
    auto signature = find_tlv(*outer, kResponseTag);
    if (!signature || signature->empty()) return fail(std::string{"no 82 response in 7C"});
    return std::vector<std::uint8_t>{signature->begin(), signature->end()};
}

Result<std::vector<std::uint8_t>, hal::DeviceError> sign(CardChannel& card, Algorithm algorithm,
                                                         std::span<const std::uint8_t> input) {
    std::vector<std::uint8_t> inner;
    append_tlv(inner, kResponseTag, {});
    append_tlv(inner, kChallengeTag, input);
    auto answer = card.send({0x00, kGeneralAuthenticate, static_cast<std::uint8_t>(algorithm), kAuthenticationKey,
                             tlv(kDynamicAuthTemplate, inner), 256});
    if (!answer) return fail(answer.error());
    if (answer->sw == sw::security_not_satisfied)
        return fail(hal::DeviceError{hal::DeviceErrorKind::card_unreadable, hal::ErrorAction::suspend,
                                     "the card wants the PIN before signing"});
    if (!answer->ok()) return fail(card_said("GENERAL AUTHENTICATE", answer->sw));
    auto signature = signature_from_response(answer->data);
    if (!signature) return fail(protocol("GENERAL AUTHENTICATE: " + signature.error()));
    return std::move(*signature);
}

}  // namespace nanhai::drivers::pcsc::piv
