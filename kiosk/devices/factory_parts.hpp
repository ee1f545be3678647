// What the per-class factories share (kiosk/devices/*_factory.cpp): the driver names and the
// error for a driver this build does not have. Internal to kiosk/devices.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "drivers/sim/sim_devices.hpp"
#include "hal/device_set.hpp"
#include "kiosk/config/kiosk_config.hpp"

namespace nanhai::kiosk::devices {

inline constexpr std::string_view kSim = "sim";

// "receipt_printer: driver \"x\" is not available in this build (available: sim, escpos)"
inline std::string unavailable(std::string_view key, const std::string& driver, std::string_view available = "sim") {
    return std::string{key} + ": driver \"" + driver + "\" is not available in this build (available: " +
           std::string{available} + ")";
}

// One maker per device class; the simulated ones are also handed to `sim`.
Result<std::unique_ptr<hal::IdentityReader>, std::string> make_identity_reader(const DeviceConfig& config, drivers::SimDevices& sim);
Result<std::unique_ptr<hal::CertificateReader>, std::string> make_certificate_reader(const CertificateReaderConfig& config);
Result<std::unique_ptr<hal::CodeScanner>, std::string> make_code_scanner(const DeviceConfig& config, drivers::SimDevices& sim);
Result<std::unique_ptr<hal::ReceiptPrinter>, std::string> make_receipt_printer(const PrinterConfig& config, drivers::SimDevices& sim);

}  // namespace nanhai::kiosk::devices
