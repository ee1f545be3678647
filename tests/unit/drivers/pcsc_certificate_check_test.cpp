// Certificate checks with certificates made at test time: roles by CA, dates, key usage, the
// subject's credit code, and the challenge signature for both key types.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "drivers/pcsc/certificate_check.hpp"
#include "drivers/pcsc/certificate_reader.hpp"
#include <openssl/rsa.h>
#include <unistd.h>

#include "tests/support/test_pki.hpp"

namespace nanhai::drivers::pcsc {
namespace {

using test::CertSpec;
using test::Issued;

struct Pki {
    Issued enterprise_ca = test::make_ca("enterprise CA");
    Issued technician_ca = test::make_ca("technician CA");
    TrustStore trust = *TrustStore::from_pem(enterprise_ca.pem, technician_ca.pem);
};

const Pki& pki() {
    static const Pki p;
    return p;
}

std::vector<std::uint8_t> card_signature(const Issued& cert, piv::Algorithm algorithm,
                                         std::span<const std::uint8_t> digest) {
    const auto input = sign_input(algorithm, digest);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx{EVP_PKEY_CTX_new(cert.key.get(), nullptr),
                                                                    EVP_PKEY_CTX_free};
    EVP_PKEY_sign_init(ctx.get());
    if (algorithm == piv::Algorithm::rsa2048) EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING);
    std::size_t length = 0;
    EVP_PKEY_sign(ctx.get(), nullptr, &length, input.data(), input.size());
    std::vector<std::uint8_t> out(length);
    EVP_PKEY_sign(ctx.get(), out.data(), &length, input.data(), input.size());
    out.resize(length);
    return out;
}

TEST(PcscCertificateCheck, EnterpriseCertificateGivesTheCreditCodeAndNames) {
    const auto cert = test::issue(pki().enterprise_ca, test::enterprise_spec());
    auto checked = check_certificate(cert.der, pki().trust, std::time(nullptr));
    ASSERT_TRUE(checked);
    EXPECT_EQ(checked->role, hal::CertificateRole::enterprise);
    EXPECT_EQ(checked->credit_code.str(), "91440605MA4W00003K");
    EXPECT_EQ(checked->enterprise_name.str(), "佛山市南海区美玲食品有限公司");
    EXPECT_EQ(checked->holder_name.str(), "陈美玲");
    EXPECT_EQ(checked->algorithm, piv::Algorithm::ecc_p256);
    EXPECT_EQ(checked->sha256_hex.size(), 64u);
    EXPECT_EQ(masked_holder(*checked), "佛山市南海区美玲食品有限公司 9144**********003K");
}

TEST(PcscCertificateCheck, TheCaThatVouchesGivesTheRole) {
    const auto cert = test::issue(pki().technician_ca, test::technician_spec());
    auto checked = check_certificate(cert.der, pki().trust, std::time(nullptr));
    ASSERT_TRUE(checked);
    EXPECT_EQ(checked->role, hal::CertificateRole::technician);
    // A technician CA certificate is no enterprise certificate, even with a credit code in it.
    auto with_code = test::enterprise_spec();
    auto as_technician = check_certificate(test::issue(pki().technician_ca, with_code).der, pki().trust, std::time(nullptr));
    ASSERT_TRUE(as_technician);
    EXPECT_EQ(as_technician->role, hal::CertificateRole::technician);
}

TEST(PcscCertificateCheck, DatesAreCheckedAgainstTheGivenTime) {
    const auto cert = test::issue(pki().enterprise_ca, test::enterprise_spec());
    const std::time_t now = std::time(nullptr);
    std::string why;
    auto later = check_certificate(cert.der, pki().trust, now + 2 * 365 * 86400, &why);
    ASSERT_FALSE(later);
    EXPECT_EQ(later.error(), CertificateProblem::expired);
    EXPECT_EQ(why, "certificate has expired");
    auto earlier = check_certificate(cert.der, pki().trust, now - 3 * 86400);
    ASSERT_FALSE(earlier);
    EXPECT_EQ(earlier.error(), CertificateProblem::not_yet_valid);
}

TEST(PcscCertificateCheck, UntrustedMalformedAndUnsuitableCertificatesAreRefused) {
    const auto stranger = test::make_ca("stranger");
    const auto now = std::time(nullptr);
    EXPECT_EQ(check_certificate(test::issue(stranger, test::enterprise_spec()).der, pki().trust, now).error(),
              CertificateProblem::untrusted);
    EXPECT_EQ(check_certificate(std::vector<std::uint8_t>{0x30, 0x03, 0x02, 0x01, 0x00}, pki().trust, now).error(),
              CertificateProblem::malformed);
    auto der = test::issue(pki().enterprise_ca, test::enterprise_spec()).der;
    der.push_back(0x00);  // one certificate and a stray byte is not one certificate
    EXPECT_EQ(check_certificate(der, pki().trust, now).error(), CertificateProblem::malformed);
    CertSpec no_signing = test::enterprise_spec();
    no_signing.digital_signature = false;
    EXPECT_EQ(check_certificate(test::issue(pki().enterprise_ca, no_signing).der, pki().trust, now).error(),
              CertificateProblem::unsuitable);
    CertSpec bad_code = test::enterprise_spec();
    bad_code.organisation_identifier = "NTRCN-91440605MA4W00003J";  // wrong check character
    EXPECT_EQ(check_certificate(test::issue(pki().enterprise_ca, bad_code).der, pki().trust, now).error(),
              CertificateProblem::unsuitable);
}

TEST(PcscCertificateCheck, SignatureOverTheChallengeVerifiesForBothKeyTypes) {
    for (auto kind : {test::KeyKind::ec_p256, test::KeyKind::rsa2048}) {
        CertSpec spec = test::enterprise_spec();
        spec.key_kind = kind;
        const auto cert = test::issue(pki().enterprise_ca, spec);
        auto checked = check_certificate(cert.der, pki().trust, std::time(nullptr));
        ASSERT_TRUE(checked);
        const auto challenge = fresh_challenge();
        ASSERT_EQ(challenge.size(), 32u);
        const auto digest = sha256(challenge);
        const auto signature = card_signature(cert, checked->algorithm, digest);
        EXPECT_TRUE(signature_valid(*checked, digest, signature));
        auto other = sha256(fresh_challenge());
        EXPECT_FALSE(signature_valid(*checked, other, signature));
    }
}

TEST(PcscCertificateCheck, RsaSignInputIsAPkcs1Block) {
    const std::vector<std::uint8_t> digest(32, 0xAA);
    const auto block = sign_input(piv::Algorithm::rsa2048, digest);
    ASSERT_EQ(block.size(), 256u);
    EXPECT_EQ(block[0], 0x00);
    EXPECT_EQ(block[1], 0x01);
    EXPECT_EQ(block[2], 0xFF);
    EXPECT_EQ(block[256 - 32 - 19 - 1], 0x00);
    EXPECT_EQ(block[256 - 32 - 19], 0x30);
    EXPECT_EQ(block.back(), 0xAA);
    EXPECT_EQ(sign_input(piv::Algorithm::ecc_p256, digest), digest);
}

TEST(PcscCertificateCheck, TrustStoreLoadsPemFilesAndNamesABadOne) {
    const auto dir = std::filesystem::path{::testing::TempDir()} / ("pcsc-trust-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream{dir / "enterprise.pem"} << pki().enterprise_ca.pem;
    std::ofstream{dir / "junk.pem"} << "not a certificate\n";
    auto loaded = TrustStore::load({(dir / "enterprise.pem").string()}, {});
    ASSERT_TRUE(loaded) << loaded.error();
    EXPECT_FALSE(loaded->empty());
    auto junk = TrustStore::load({(dir / "junk.pem").string()}, {});
    ASSERT_FALSE(junk);
    EXPECT_NE(junk.error().find("junk.pem"), std::string::npos);
    auto missing = TrustStore::load({(dir / "missing.pem").string()}, {});
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().find("cannot be read"), std::string::npos);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace nanhai::drivers::pcsc
