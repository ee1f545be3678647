#include "common/signed_payload.hpp"

#include <sodium.h>

#include <stdexcept>

namespace nanhai {
namespace {

void ensure_sodium() {
    // sodium_init is idempotent and thread-safe; -1 means no entropy source: fail fast.
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::vector<std::string_view> split_bars(std::string_view text) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        auto bar = text.find('|', start);
        parts.push_back(text.substr(start, bar - start));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    return parts;
}

}  // namespace

Ed25519KeyPair generate_ed25519_key_pair() {
    ensure_sodium();
    Ed25519KeyPair pair{};
    crypto_sign_keypair(pair.public_key.data(), pair.secret_key.data());
    return pair;
}

std::string base64url_encode(std::span<const std::uint8_t> bytes) {
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(),
                                              sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                    '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

Result<std::vector<std::uint8_t>, std::string> base64url_decode(std::string_view text) {
    ensure_sodium();
    std::vector<std::uint8_t> out(text.size() * 3 / 4 + 3);
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end,
                          sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
        end != text.data() + text.size())
        return fail(std::string{"not base64url"});
    out.resize(len);
    return out;
}

std::string sign_detached_base64url(std::string_view message, const Ed25519SecretKey& key) {
    ensure_sodium();
    std::array<std::uint8_t, crypto_sign_BYTES> sig{};
    crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         message.size(), key.data());
    return base64url_encode(sig);
}

bool verify_detached_base64url(std::string_view message, std::string_view signature,
                               const Ed25519PublicKey& key) {
    auto sig = base64url_decode(signature);
    if (!sig || sig->size() != crypto_sign_BYTES) return false;
    return crypto_sign_verify_detached(sig->data(),
                                       reinterpret_cast<const unsigned char*>(message.data()),
                                       message.size(), key.data()) == 0;
}

std::string make_signed_payload(char type, std::string_view key_id,
                                const std::vector<std::string>& fields,
                                const Ed25519SecretKey& key) {
    std::string message = "NH1|";
    message += type;
    message += '|';
    message += key_id;
    for (const auto& f : fields) message += "|" + f;
    return message + "|" + sign_detached_base64url(message, key);
}

Result<SignedPayload, SignedPayloadError> verify_signed_payload(std::string_view payload,
                                                                std::span<const TrustedKey> keys) {
    if (!payload.starts_with("NH1|")) return fail(SignedPayloadError::not_ours);
    auto parts = split_bars(payload);
    if (parts.size() < 4 || parts[1].size() != 1 || parts[2].empty())
        return fail(SignedPayloadError::malformed);
    const TrustedKey* key = nullptr;
    for (const auto& k : keys)
        if (k.key_id == parts[2]) key = &k;
    if (!key) return fail(SignedPayloadError::unknown_key);
    auto signed_part = payload.substr(0, payload.rfind('|'));
    if (!verify_detached_base64url(signed_part, parts.back(), key->public_key))
        return fail(SignedPayloadError::bad_signature);
    SignedPayload out{parts[1][0], std::string{parts[2]}, {}};
    for (std::size_t i = 3; i + 1 < parts.size(); ++i) out.fields.emplace_back(parts[i]);
    return out;
}

std::string_view describe(SignedPayloadError error) {
    switch (error) {
        case SignedPayloadError::not_ours: return "not a platform code";
        case SignedPayloadError::malformed: return "malformed platform code";
        case SignedPayloadError::unknown_key: return "signed with an unknown key";
        case SignedPayloadError::bad_signature: return "signature does not match (forged or damaged)";
    }
    return "invalid platform code";
}

}  // namespace nanhai
