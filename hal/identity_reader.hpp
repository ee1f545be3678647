// Resident ID card readers (GA/T 467 SAM) and certificate card readers (PC/SC): once started,
// they report CardPlaced with the whole document, CardRemoved, and CardReadFailed.
#pragma once

#include "common/result.hpp"
#include "hal/device_events.hpp"

namespace nanhai::hal {

class IdentityReader : public Device {
public:
    // Starts polling; events go to `sink` from the driver's thread. Fails with not_connected
    // when the device is absent (the driver then keeps trying and reports reconnection).
    virtual Result<void, DeviceError> start(EventSink sink) = 0;
    virtual void stop() = 0;
};

}  // namespace nanhai::hal
