// The PIV card application (NIST SP 800-73-4 part 2) as the kiosk uses it for certificate
// sign-in: select it, read the PIV Authentication certificate (slot 9A), check and verify the
// PIN, and have the card sign a challenge with the slot's key (GENERAL AUTHENTICATE).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "common/result.hpp"
#include "common/secure_string.hpp"
#include "drivers/pcsc/card_channel.hpp"

namespace nanhai::drivers::pcsc::piv {

// A0 00 00 03 08 00 00 10 00 01 00: the PIV application identifier with version.
std::span<const std::uint8_t> application_id();

constexpr std::uint8_t kAuthenticationKey = 0x9A;
constexpr std::uint32_t kAuthenticationCertificateTag = 0x5FC105;

// Algorithm identifiers (SP 800-78-4 table 6-2) the kiosk accepts for the 9A key.
enum class Algorithm : std::uint8_t { rsa2048 = 0x07, ecc_p256 = 0x11 };

// Where the PIN stands: verified already, tries left, or blocked (6983).
struct PinStatus {
    bool verified = false;
    bool blocked = false;
    int tries_left = -1;  // -1 when the card does not say
};

// The result of VERIFY with a PIN: accepted, or rejected with the tries left (0: now blocked).
struct PinCheck {
    bool accepted = false;
    bool blocked = false;
    int tries_left = -1;
};

Result<void, hal::DeviceError> select(CardChannel& card);
// The DER certificate from the 9A certificate object (53 { 70 cert, 71 info, FE }). A
// compressed certificate (info bit 0) is refused: no card in our halls issues one.
Result<std::vector<std::uint8_t>, hal::DeviceError> read_authentication_certificate(CardChannel& card);
Result<PinStatus, hal::DeviceError> pin_status(CardChannel& card);
// The PIN padded with FF to 8 bytes; a PIN of other than 6-8 digits is refused before it is
// sent, so a typing slip does not cost a try.
Result<PinCheck, hal::DeviceError> verify_pin(CardChannel& card, const SecureString& pin);
// GENERAL AUTHENTICATE: 7C { 82 00, 81 input } -> 7C { 82 signature }. For ECC the input is
// the SHA-256 digest; for RSA it is the PKCS#1 v1.5 block (sign_input() builds both).
Result<std::vector<std::uint8_t>, hal::DeviceError> sign(CardChannel& card, Algorithm algorithm,
                                                         std::span<const std::uint8_t> input);

// Parsing helpers, exposed for the fuzz target and the unit tests.
Result<std::vector<std::uint8_t>, std::string> certificate_from_object(std::span<const std::uint8_t> data);
Result<std::vector<std::uint8_t>, std::string> signature_from_response(std::span<const std::uint8_t> data);
bool plausible_pin(std::string_view pin);

}  // namespace nanhai::drivers::pcsc::piv
