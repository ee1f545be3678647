// Receipt printers. A submitted job is queued in the driver and counts as printed only when the
// printer reports no error after it (PrintJobFinished). A job interrupted by paper out or an
// open cover is held (PrintJobHeld) and printed again, whole, once the fault is cleared.
#pragma once

#include "common/result.hpp"
#include "hal/device_events.hpp"
#include "hal/receipt_document.hpp"

namespace nanhai::hal {

class ReceiptPrinter : public Device {
public:
    virtual Result<void, DeviceError> start(EventSink sink) = 0;
    virtual void stop() = 0;
    // Queues the job; fails at once only when the printer cannot take jobs at all.
    virtual Result<JobId, DeviceError> submit(ReceiptDocument document) = 0;
    virtual PrinterStatus status() const = 0;
    // Drops a held job (the citizen chose the on-screen QR instead).
    virtual void cancel(JobId job) = 0;
};

}  // namespace nanhai::hal
