// Whatever a card answers: the input is a sequence of answers (2-byte length + bytes) that a
// scripted card gives, in order, to the kiosk's whole PIV conversation: SELECT, the
// certificate (with GET RESPONSE, 6Cxx re-sends), its check by OpenSSL, the PIN status,
// VERIFY and GENERAL AUTHENTICATE. Nothing may crash, loop or read outside an answer.
#include <cstddef>
#include <cstdint>
#include <ctime>

#include "drivers/pcsc/card_channel.hpp"
#include "drivers/pcsc/certificate_check.hpp"
#include "drivers/pcsc/piv.hpp"

using namespace nanhai;
using namespace nanhai::drivers::pcsc;

namespace {

struct Script {
    std::span<const std::uint8_t> rest;
    Result<std::vector<std::uint8_t>, hal::DeviceError> next() {
        if (rest.size() < 2)
            return fail(hal::DeviceError{hal::DeviceErrorKind::card_removed, hal::ErrorAction::suspend, "end"});
        std::size_t length = static_cast<std::size_t>((rest[0] << 8) | rest[1]) % 600;
        rest = rest.subspan(2);
        length = std::min(length, rest.size());
        std::vector<std::uint8_t> answer{rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(length)};
        rest = rest.subspan(length);
        return answer;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const TrustStore trust = *TrustStore::from_pem("", "");
    Script script{std::span<const std::uint8_t>{data, size}};
    CardChannel card{[&script](std::span<const std::uint8_t>) { return script.next(); }};
    (void)piv::select(card);
    if (auto der = piv::read_authentication_certificate(card)) (void)check_certificate(*der, trust, std::time(nullptr));
    (void)piv::pin_status(card);
    (void)piv::verify_pin(card, SecureString{"123456"});
    const std::vector<std::uint8_t> digest(32, 0x5A);
    (void)piv::sign(card, piv::Algorithm::ecc_p256, digest);
    (void)piv::sign(card, piv::Algorithm::rsa2048, sign_input(piv::Algorithm::rsa2048, digest));
    return 0;
}
