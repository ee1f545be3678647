// Certificate card readers (PC/SC): an IdentityReader whose card needs its holder's PIN.
// Events: PinRequired once the certificate is read and trusted; after submit_pin(), either
// CardPlaced with the CertificateCard (the card signed a fresh challenge with the
// certificate's key), PinRejected with the tries left, or CardReadFailed (card_blocked,
// card_removed ...); CardRemoved when an announced card leaves the reader.
#pragma once

#include "common/secure_string.hpp"
#include "hal/identity_reader.hpp"

namespace nanhai::hal {

class CertificateReader : public IdentityReader {
public:
    CertificateReader() : IdentityReader{DeviceClass::certificate_reader} {}
    // Safe from any thread; the reader's thread does the work. A PIN without a card waiting
    // for one is dropped (and wiped).
    virtual void submit_pin(SecureString pin) = 0;
};

}  // namespace nanhai::hal
