// The answer to a read (30 01 / 30 10) after SW1..SW3: TXT_LEN PHOTO_LEN [FP_LEN], then the
// 256-byte text block, the encrypted photo and the fingerprint, lengths big-endian.
#pragma once

#include "common/result.hpp"
#include "drivers/ga467/frame.hpp"
#include "hal/device_types.hpp"

namespace nanhai::drivers::ga467 {

struct ReadPayload {
    Bytes text, photo, fingerprint;
};

// protocol_error when the lengths do not add up or the text block is not 256 bytes.
Result<ReadPayload, hal::DeviceError> split_payload(const Bytes& data, bool with_fingerprint);

}  // namespace nanhai::drivers::ga467
