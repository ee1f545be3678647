// The card channel (see card_channel.hpp).
#include "drivers/pcsc/card_channel.hpp"


namespace nanhai::drivers::pcsc {
namespace {

constexpr std::uint8_t kChainBit = 0x10;
constexpr std::uint8_t kGetResponse = 0xC0;
constexpr std::size_t kMaxShortData = 255;
constexpr int kMaxFollowUps = 64;  // 64 x 256 bytes: far more than any PIV object; stops a looping card

hal::DeviceError protocol(std::string detail) {
    return {hal::DeviceErrorKind::protocol_error, hal::ErrorAction::suspend, std::move(detail)};
}

}  // namespace

hal::DeviceError card_said(std::string_view what, std::uint16_t sw) {
    return protocol(std::string{what} + ": " + format_sw(sw) + " " + describe_sw(sw));
}

Result<ResponseApdu, hal::DeviceError> CardChannel::send(const CommandApdu& command) {
    if (command.data.size() <= kMaxShortData) return exchange(command);
    std::span<const std::uint8_t> rest{command.data};
    while (rest.size() > kMaxShortData) {
        CommandApdu part{static_cast<std::uint8_t>(command.cla | kChainBit), command.ins, command.p1, command.p2,
                         {rest.begin(), rest.begin() + kMaxShortData}, std::nullopt};
        auto answer = exchange_once(part);
        if (!answer) return answer;
        ++counters_.chained_parts;
        if (!answer->ok()) return answer;  // the card refused the chain: its status word says why
        rest = rest.subspan(kMaxShortData);
    }
    CommandApdu last = command;
    last.data.assign(rest.begin(), rest.end());
    return exchange(last);
}

// One command with the 6Cxx and 61xx follow-ups.
Result<ResponseApdu, hal::DeviceError> CardChannel::exchange(const CommandApdu& command) {
    auto answer = exchange_once(command);
    if (!answer) return answer;
    if (answer->sw1() == 0x6C) {
        CommandApdu again = command;
        again.le = answer->sw2() == 0 ? 256 : answer->sw2();
        ++counters_.resends;
        answer = exchange_once(again);
        if (!answer) return answer;
    }
    if (answer->sw1() == 0x61) return collect_more(std::move(*answer), static_cast<std::uint8_t>(command.cla & ~kChainBit));
    return answer;
}

Result<ResponseApdu, hal::DeviceError> CardChannel::collect_more(ResponseApdu first, std::uint8_t cla) {
    ResponseApdu whole = std::move(first);
    for (int round = 0; whole.sw1() == 0x61; ++round) {
        if (round == kMaxFollowUps) return fail(protocol("the card kept answering 61xx"));
        const int more = whole.sw2() == 0 ? 256 : whole.sw2();
        ++counters_.get_responses;
        auto next = exchange_once(CommandApdu{cla, kGetResponse, 0x00, 0x00, {}, more});
        if (!next) return next;
        whole.data.insert(whole.data.end(), next->data.begin(), next->data.end());
        whole.sw = next->sw;
    }
    return whole;
}

Result<ResponseApdu, hal::DeviceError> CardChannel::exchange_once(const CommandApdu& command) {
    auto bytes = encode_command(command);
    if (!bytes) return fail(protocol(bytes.error()));
    ++counters_.exchanges;
    auto raw = transmit_(*bytes);
    if (!raw) return fail(raw.error());
    auto response = parse_response(*raw);
    if (!response) return fail(protocol(response.error()));
    return std::move(*response);
}

}  // namespace nanhai::drivers::pcsc
