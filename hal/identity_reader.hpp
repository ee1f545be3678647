// Resident ID card readers (GA/T 467 SAM) and certificate card readers (PC/SC): once started,
// they report CardPlaced with the whole document, CardRemoved, and CardReadFailed. An absent
// reader does not fail start(): the driver reports it disconnected and keeps trying.
#pragma once

#include "hal/device.hpp"

namespace nanhai::hal {

class IdentityReader : public Device {
public:
    IdentityReader() : Device{DeviceClass::identity_reader} {}

protected:
    explicit IdentityReader(DeviceClass device_class) : Device{device_class} {}
};

}  // namespace nanhai::hal
