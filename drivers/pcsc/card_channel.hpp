// One card's command channel over any raw transmit (SCardTransmit in the driver, a scripted
// card in unit tests). It hides the transmission details ISO 7816-3/4 leave to the reader
// side, so PIV code sends whole commands and gets whole answers:
//   - data longer than 255 bytes goes as a chain (CLA bit 0x10 on all but the last part);
//   - 61xx: the card has more; GET RESPONSE (00 C0 00 00 xx) until the last part;
//   - 6Cxx: wrong Le; the same command again with Le = xx.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "common/result.hpp"
#include "drivers/pcsc/apdu.hpp"
#include "hal/device_types.hpp"

namespace nanhai::drivers::pcsc {

using RawTransmit =
    std::function<Result<std::vector<std::uint8_t>, hal::DeviceError>(std::span<const std::uint8_t> command)>;

struct ChannelCounters {
    int exchanges = 0;       // raw APDUs sent
    int get_responses = 0;   // 61xx follow-ups
    int resends = 0;         // 6Cxx repeats
    int chained_parts = 0;   // parts of chained commands (all but the last)
};

class CardChannel {
public:
    explicit CardChannel(RawTransmit transmit) : transmit_{std::move(transmit)} {}

    // Errors: the transmit's own (card removed, reader gone) or protocol_error for an answer
    // that is not an APDU response or a chain the card refused midway.
    Result<ResponseApdu, hal::DeviceError> send(const CommandApdu& command);
    const ChannelCounters& counters() const { return counters_; }

private:
    Result<ResponseApdu, hal::DeviceError> exchange(const CommandApdu& command);
    Result<ResponseApdu, hal::DeviceError> exchange_once(const CommandApdu& command);
    Result<ResponseApdu, hal::DeviceError> collect_more(ResponseApdu first, std::uint8_t cla);

    RawTransmit transmit_;
    ChannelCounters counters_;
};

// A protocol error with the command's name and the card's status word, for the driver's logs.
hal::DeviceError card_said(std::string_view what, std::uint16_t sw);

}  // namespace nanhai::drivers::pcsc
