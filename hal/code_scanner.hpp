// Code scanners (HID POS, keyboard wedge, serial, camera): once started, each decoded code
// arrives as CodeScanned.
#pragma once

#include "common/result.hpp"
#include "hal/device_events.hpp"

namespace nanhai::hal {

class CodeScanner : public Device {
public:
    virtual Result<void, DeviceError> start(EventSink sink) = 0;
    virtual void stop() = 0;
};

}  // namespace nanhai::hal
