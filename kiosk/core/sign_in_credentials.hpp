// From what a reader or scanner produced to a sign-in the platform accepts: the card type
// mapping, the local refusal of an expired card (before any network call), the enterprise
// card's credit code check, and which scanned codes are mobile identity QRs. A PendingSignIn
// keeps the credential (personal data, in SecureStrings) with its OperationKey so that "retry"
// repeats the same operation and the platform never opens two sessions for it.
#pragma once

#include <string_view>
#include <variant>

#include "common/civil_date.hpp"
#include "common/result.hpp"
#include "common/secure_string.hpp"
#include "hal/identity_document.hpp"
#include "kiosk/core/session.hpp"
#include "kiosk/platform_client/operation_key.hpp"
#include "kiosk/platform_client/platform_client.hpp"

namespace nanhai::kiosk::core {

enum class CredentialProblem {
    expired,      // valid_to is before today
    unsupported,  // a technician card at a citizen screen
    malformed,    // a field is missing or not in the expected form
};

struct IdCardSignIn {
    IdCardType card_type = IdCardType::citizen;
    SecureString id_number;
    SecureString name;
    SecureString valid_to;  // YYYY-MM-DD or 长期
};

struct MobileQrSignIn {
    SecureString token;  // NHID1....
};

struct EnterpriseSignIn {
    SecureString credit_code;
    SecureString enterprise_name;
    SecureString holder_name;  // may be empty
    std::string certificate_sha256;
};

using SignInCredential = std::variant<IdCardSignIn, MobileQrSignIn, EnterpriseSignIn>;

struct PendingSignIn {
    SignInCredential credential;
    OperationKey key = OperationKey::fresh();
};

IdCardType map_card_type(hal::CardType type);
// "长期" never expires; a card is valid through its valid_to date.
Result<bool, CredentialProblem> card_expired(std::string_view valid_to, Date today);
Result<IdCardSignIn, CredentialProblem> id_card_sign_in(const hal::ResidentIdCard& card, Date today);
Result<EnterpriseSignIn, CredentialProblem> enterprise_sign_in(const hal::CertificateCard& card);
Result<SignInCredential, CredentialProblem> credential_from(const hal::IdentityDocument& document,
                                                            Date today);
bool is_identity_qr(std::string_view payload);

// Calls the matching sign-in; the plain strings the client needs are wiped after the call.
Result<SessionInfo, PlatformError> perform_sign_in(PlatformClient& client, const PendingSignIn& pending);
// The holder's identity to keep in the session for prefilling (art. 21).
PersonalIdentity personal_identity(const SignInCredential& credential);
// The auth method the credential signs in with ("id_card" ...), for logs.
std::string_view method_of(const SignInCredential& credential);

}  // namespace nanhai::kiosk::core
