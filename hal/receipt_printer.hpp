// Receipt printers. A submitted job is queued in the driver and counts as printed only when the
// printer reports no error after it (PrintJobFinished). A job interrupted by paper out or an
// open cover is held (PrintJobHeld) and printed again, whole, once the fault is cleared. A job
// that can never print (it cannot be encoded, the printer never confirms it) is dropped with
// PrintJobFailed, which says what the citizen can do instead.
#pragma once

#include "common/result.hpp"
#include "hal/device.hpp"
#include "hal/receipt_document.hpp"

namespace nanhai::hal {

class ReceiptPrinter : public Device {
public:
    ReceiptPrinter() : Device{DeviceClass::receipt_printer} {}
    // Queues the job; fails at once only when the printer cannot take jobs at all.
    virtual Result<JobId, DeviceError> submit(ReceiptDocument document) = 0;
    virtual PrinterStatus status() const = 0;
    // Drops a held job (the citizen chose the on-screen QR instead).
    virtual void cancel(JobId job) = 0;
};

}  // namespace nanhai::hal
