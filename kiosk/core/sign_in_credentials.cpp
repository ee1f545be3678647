// Sign-in credentials from cards and codes, checked locally before the platform sees them.
#include "kiosk/core/sign_in_credentials.hpp"

#include "common/card_validity.hpp"
#include "common/credit_code.hpp"

namespace nanhai::kiosk::core {
namespace {

constexpr std::string_view kIdentityQrPrefix = "NHID1.";

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
// clang 14 (the fuzz build) has no aggregate deduction yet.
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

Result<SessionInfo, PlatformError> sign_in_with(PlatformClient& client, const IdCardSignIn& card,
                                                const OperationKey& key) {
    IdCardCredential plain{card.card_type, card.id_number.str(), card.name.str(), card.valid_to.str()};
    auto result = client.sign_in_id_card(plain, key);
    nanhai::secure_wipe(plain.id_number);
    nanhai::secure_wipe(plain.name);
    return result;
}

Result<SessionInfo, PlatformError> sign_in_with(PlatformClient& client, const MobileQrSignIn& qr,
                                                const OperationKey& key) {
    return client.sign_in_mobile_qr(qr.token.view(), key);
}

Result<SessionInfo, PlatformError> sign_in_with(PlatformClient& client,
                                                const EnterpriseSignIn& cert,
                                                const OperationKey& key) {
    EnterpriseCredential plain{cert.credit_code.str(), cert.enterprise_name.str(), std::nullopt,
                               std::nullopt};
    if (!cert.holder_name.empty()) plain.holder_name = cert.holder_name.str();
    if (!cert.certificate_sha256.empty()) plain.certificate_sha256 = cert.certificate_sha256;
    auto result = client.sign_in_enterprise(plain, key);
    nanhai::secure_wipe(plain.credit_code);
    nanhai::secure_wipe(plain.enterprise_name);
    if (plain.holder_name) nanhai::secure_wipe(*plain.holder_name);
    return result;
}

}  // namespace

IdCardType map_card_type(hal::CardType type) {
    switch (type) {
        case hal::CardType::citizen: return IdCardType::citizen;
        case hal::CardType::hk_mo_tw_permit: return IdCardType::hk_mo_tw_permit;
        case hal::CardType::foreign_pr_2017: return IdCardType::foreign_pr_2017;
        case hal::CardType::foreign_pr_2023: return IdCardType::foreign_pr_2023;
    }
    return IdCardType::citizen;
}

Result<bool, CredentialProblem> card_expired(std::string_view valid_to, Date today) {
    const auto ended = validity_ended(valid_to, today);
    if (!ended) return fail(CredentialProblem::malformed);
    return *ended;
}

Result<IdCardSignIn, CredentialProblem> id_card_sign_in(const hal::ResidentIdCard& card, Date today) {
    if (card.id_number.empty() || card.name.empty()) return fail(CredentialProblem::malformed);
    auto expired = card_expired(card.valid_to.view(), today);
    if (!expired) return fail(expired.error());
    if (*expired) return fail(CredentialProblem::expired);
    return IdCardSignIn{map_card_type(card.type), card.id_number, card.name, card.valid_to};
}

Result<EnterpriseSignIn, CredentialProblem> enterprise_sign_in(const hal::CertificateCard& card) {
    if (card.role != hal::CertificateRole::enterprise) return fail(CredentialProblem::unsupported);
    if (card.enterprise_name.empty()) return fail(CredentialProblem::malformed);
    auto code = parse_credit_code(card.credit_code.view());
    if (!code) return fail(CredentialProblem::malformed);
    SecureString normalised{code->code};
    nanhai::secure_wipe(code->code);
    return EnterpriseSignIn{std::move(normalised), card.enterprise_name, card.holder_name,
                            card.certificate_sha256};
}

Result<SignInCredential, CredentialProblem> credential_from(const hal::IdentityDocument& document,
                                                            Date today) {
    if (const auto* card = std::get_if<hal::ResidentIdCard>(&document)) {
        auto sign_in = id_card_sign_in(*card, today);
        if (!sign_in) return fail(sign_in.error());
        return SignInCredential{std::move(*sign_in)};
    }
    auto sign_in = enterprise_sign_in(std::get<hal::CertificateCard>(document));
    if (!sign_in) return fail(sign_in.error());
    return SignInCredential{std::move(*sign_in)};
}

bool is_identity_qr(std::string_view payload) { return payload.starts_with(kIdentityQrPrefix); }

Result<SessionInfo, PlatformError> perform_sign_in(PlatformClient& client, const PendingSignIn& pending) {
    return std::visit([&](const auto& credential) { return sign_in_with(client, credential, pending.key); },
                      pending.credential);
}

PersonalIdentity personal_identity(const SignInCredential& credential) {
    return std::visit(
        Overloaded{[](const IdCardSignIn& c) { return PersonalIdentity{c.name, c.id_number}; },
                   // The QR's claims are the platform's to read; the kiosk learns them masked.
                   [](const MobileQrSignIn&) { return PersonalIdentity{}; },
                   [](const EnterpriseSignIn& c) {
                       return PersonalIdentity{c.enterprise_name, c.credit_code};
                   }},
        credential);
}

std::string_view method_of(const SignInCredential& credential) {
    static constexpr std::string_view kMethods[] = {"id_card", "mobile_qr", "enterprise_cert"};
    return kMethods[credential.index()];
}

}  // namespace nanhai::kiosk::core
