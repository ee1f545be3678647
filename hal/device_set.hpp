// The devices of one kiosk, owned in one place: the app, the diagnostics mode and the readiness
// report all reach every device's state and self-test through it.
#pragma once

#include <memory>

#include "hal/certificate_reader.hpp"
#include "hal/code_scanner.hpp"
#include "hal/identity_reader.hpp"
#include "hal/receipt_printer.hpp"

namespace nanhai::hal {

struct DeviceSet {
    std::unique_ptr<IdentityReader> identity_reader;        // the resident ID card reader
    std::unique_ptr<CertificateReader> certificate_reader;  // PC/SC, when the hall has one
    std::unique_ptr<CodeScanner> code_scanner;
    std::unique_ptr<ReceiptPrinter> receipt_printer;

    // Every present device, for diagnostics loops.
    std::vector<Device*> all() const {
        std::vector<Device*> out;
        if (identity_reader) out.push_back(identity_reader.get());
        if (certificate_reader) out.push_back(certificate_reader.get());
        if (code_scanner) out.push_back(code_scanner.get());
        if (receipt_printer) out.push_back(receipt_printer.get());
        return out;
    }
};

}  // namespace nanhai::hal
