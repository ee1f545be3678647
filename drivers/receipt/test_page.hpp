// The printer test page: every element kind the renderer knows (CJK text in all sizes, bold,
// alignment, separator, QR, Code 128, an image, feed, cut), for self-tests, diagnostics test
// prints and documentation.
#pragma once

#include "hal/device_types.hpp"
#include "hal/receipt_document.hpp"

namespace nanhai::drivers {

hal::ReceiptDocument make_test_page(const hal::DeviceInfo& printer);

}  // namespace nanhai::drivers
