// The PC/SC test rig: a real pcscd with the vpcd reader, a test-time PKI, a virtual PIV card,
// and the driver under test watching "Virtual PCD 00 00".
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "drivers/pcsc/certificate_reader.hpp"
#include "tests/integration/drivers/sim_test_support.hpp"
#include "tests/support/pcscd_daemon.hpp"
#include "tests/support/test_pki.hpp"
#include "tests/support/virtual_piv_card.hpp"

namespace nanhai::test {

using drivers::test::EventRecorder;

struct TestPki {
    Issued enterprise_ca = make_ca("Nanhai test enterprise CA");
    Issued technician_ca = make_ca("Nanhai test technician CA");
    Issued enterprise = issue(enterprise_ca, enterprise_spec());
    Issued technician = issue(technician_ca, technician_spec());
};

inline const TestPki& test_pki() {
    static const TestPki pki;  // RSA and EC keys take time: made once per process
    return pki;
}

inline VirtualPivCardSetup card_for(const Issued& cert) {
    VirtualPivCardSetup setup;
    setup.certificate_der = cert.der;
    setup.key = cert.key;
    return setup;
}

class PcscRig : public ::testing::Test {
protected:
    void SetUp() override {
        std::string why;
        ASSERT_TRUE(pcscd_.start(&why)) << why;
    }
    void TearDown() override {
        if (reader_) reader_->stop();
        card_.reset();
        pcscd_.stop();
    }

    drivers::pcsc::TrustStore trust() const {
        auto trust = drivers::pcsc::TrustStore::from_pem(test_pki().enterprise_ca.pem, test_pki().technician_ca.pem);
        EXPECT_TRUE(trust) << trust.error();
        return std::move(*trust);
    }

    void start_reader(drivers::pcsc::CertificateReaderOptions options = {}) {
        if (options.reader_filter.empty()) options.reader_filter = PcscdDaemon::kReader0;
        options.reconnect_interval = std::chrono::milliseconds{100};
        reader_ = std::make_unique<drivers::pcsc::CertificateReader>(trust(), std::move(options));
        ASSERT_TRUE(reader_->start(events_.sink()));
    }

    VirtualPivCard& insert(VirtualPivCardSetup setup) {
        card_ = std::make_unique<VirtualPivCard>(std::move(setup), PcscdDaemon::kPort0);
        EXPECT_TRUE(card_->insert()) << "vpcd did not accept the virtual card";
        return *card_;
    }

    PcscdDaemon pcscd_;
    EventRecorder events_;
    std::unique_ptr<drivers::pcsc::CertificateReader> reader_;
    std::unique_ptr<VirtualPivCard> card_;
};

}  // namespace nanhai::test
