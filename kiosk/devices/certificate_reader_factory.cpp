// The certificate card reader from certificate_reader: none, or PC/SC with its trust anchors.
#include "drivers/pcsc/certificate_reader.hpp"
#include "kiosk/devices/factory_parts.hpp"

namespace nanhai::kiosk::devices {

// The PC/SC reader needs its trust anchors: a kiosk that cannot check certificates must not
// start pretending it can.
Result<std::unique_ptr<hal::CertificateReader>, std::string> make_certificate_reader(
    const CertificateReaderConfig& config) {
    if (config.driver == "none") return std::unique_ptr<hal::CertificateReader>{};
    if (config.driver != "pcsc") return fail(unavailable("certificate_reader", config.driver, "none, pcsc"));
    if (config.enterprise_ca_files.empty() && config.technician_ca_files.empty())
        return fail(std::string{"certificate_reader.enterprise_ca_files: the pcsc driver needs at least one CA certificate"});
    auto trust = drivers::pcsc::TrustStore::load(config.enterprise_ca_files, config.technician_ca_files);
    if (!trust) return fail("certificate_reader: " + trust.error());
    drivers::pcsc::CertificateReaderOptions options;
    options.reader_filter = config.reader;
    return std::unique_ptr<hal::CertificateReader>{
        std::make_unique<drivers::pcsc::CertificateReader>(std::move(*trust), std::move(options))};
}

}  // namespace nanhai::kiosk::devices
