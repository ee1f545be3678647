// kiosk-diag pcsc as a technician runs it: the real binary, the real pcscd, the virtual card.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tests/integration/pcsc/pcsc_rig.hpp"
#include "tests/support/diag_runner.hpp"

namespace nanhai::test {
namespace {

namespace fs = std::filesystem;

class KioskDiagPcsc : public PcscRig {
protected:
    void SetUp() override {
#ifndef KIOSK_DIAG_BIN
        FAIL() << "KIOSK_DIAG_BIN is not defined: kiosk/diag/CMakeLists.txt must pass the binary";
#endif
        PcscRig::SetUp();
        dir_ = drivers::test::fresh_test_dir("kiosk-diag-pcsc");
        std::ofstream{dir_ / "enterprise-ca.pem"} << test_pki().enterprise_ca.pem;
    }
    void TearDown() override {
        std::filesystem::remove_all(dir_);
        PcscRig::TearDown();
    }
    DiagRun diag(const std::string& args) {
#ifdef KIOSK_DIAG_BIN
        return run_diag(KIOSK_DIAG_BIN, args, dir_);
#else
        (void)args;
        return {};
#endif
    }
    std::string ca_arg() const { return "--ca " + (dir_ / "enterprise-ca.pem").string(); }
    fs::path dir_;
};

TEST_F(KioskDiagPcsc, ReadsTheCardOnceMaskedWithTimingsAndWithoutTryingThePin) {
    auto& card = insert(card_for(test_pki().enterprise));
    const auto run = diag("pcsc --reader \"Virtual PCD 00 00\" --wait 5 " + ca_arg());
    EXPECT_EQ(run.exit_code, 0) << run.output;
    for (const char* wanted : {"kiosk-diag pcsc: Virtual PCD 00 00", "pcscd", "connect (exclusive)", "ATR 3B80800101",
                               "SELECT PIV", "read certificate 9A", "trusted", "role     enterprise", "陈*玲",
                               "9144**********003K", "ECC P-256", "PIN      3 tries left (not tried)", "GET RESPONSE",
                               "outcome  card read", "total"})
        EXPECT_NE(run.output.find(wanted), std::string::npos) << wanted << " in\n" << run.output;
    EXPECT_EQ(run.output.find("91440605MA4W00003K"), std::string::npos) << "never the full code";
    EXPECT_EQ(card.tries_left(), 3);
    const auto ins = card.instructions();
    EXPECT_EQ(std::count(ins.begin(), ins.end(), "20"), 1) << "only the PIN status, no PIN";
}

TEST_F(KioskDiagPcsc, UntrustedCertificateIsReportedButReadable) {
    const auto stranger = make_ca("stranger");
    insert(card_for(issue(stranger, enterprise_spec())));
    const auto run = diag("pcsc --wait 5 " + ca_arg());
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("not issued by a trusted CA"), std::string::npos) << run.output;
}

// Without any CA file the technician still sees whose certificate it is (masked), who issued it
// and until when, and that it has expired.
TEST_F(KioskDiagPcsc, WithoutACaTheCertificateStillSaysWhoseItIsAndUntilWhen) {
    auto spec = enterprise_spec();
    spec.not_before = std::time(nullptr) - 3 * 365 * 86400;
    spec.not_after = std::time(nullptr) - 30 * 86400;
    insert(card_for(issue(test_pki().enterprise_ca, spec)));
    const auto run = diag("pcsc --wait 5");
    EXPECT_EQ(run.exit_code, 0) << run.output;
    for (const char* wanted : {"not checked (no CA given)", "subject  CN=陈*玲, O=佛山市南海区美玲食品有限公司", "issuer   CN=",
                               "(China time)  EXPIRED"})
        EXPECT_NE(run.output.find(wanted), std::string::npos) << wanted << " in\n" << run.output;
    EXPECT_EQ(run.output.find("陈美玲"), std::string::npos) << "never the full name";
    EXPECT_EQ(run.output.find("91440605MA4W00003K"), std::string::npos) << "never the full code";
}

TEST_F(KioskDiagPcsc, NoCardNoReaderNoPcscdAndNoPivHaveTheirExitCodes) {
    EXPECT_EQ(diag("pcsc --reader \"Virtual PCD 00 00\" --wait 0").exit_code, 2);
    EXPECT_EQ(diag("pcsc --reader \"No such reader\" --wait 0").exit_code, 3);
    auto setup = card_for(test_pki().enterprise);
    setup.no_piv_application = true;
    insert(setup);
    const auto no_piv = diag("pcsc --wait 5");
    EXPECT_EQ(no_piv.exit_code, 4) << no_piv.output;
    EXPECT_NE(no_piv.output.find("6A82"), std::string::npos) << no_piv.output;
    card_.reset();
    pcscd_.stop();
    const auto down = diag("pcsc --wait 0");
    EXPECT_EQ(down.exit_code, 3) << down.output;
    EXPECT_EQ(diag("pcsc --wait 9999").exit_code, 1);
    EXPECT_EQ(diag("pcsc --ca /nonexistent.pem").exit_code, 1);
}

}  // namespace
}  // namespace nanhai::test
