// Code scanners (HID POS, keyboard wedge, serial, camera): once started, each decoded code
// arrives as CodeScanned.
#pragma once

#include "hal/device.hpp"

namespace nanhai::hal {

class CodeScanner : public Device {
public:
    CodeScanner() : Device{DeviceClass::code_scanner} {}
};

}  // namespace nanhai::hal
