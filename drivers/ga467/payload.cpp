// Read payloads (see payload.hpp).
#include "drivers/ga467/payload.hpp"

#include "drivers/ga467/text_block.hpp"

namespace nanhai::drivers::ga467 {
namespace {

std::size_t be16(const Bytes& b, std::size_t at) { return static_cast<std::size_t>((b[at] << 8) | b[at + 1]); }

hal::DeviceError protocol(std::string detail) {
    return {hal::DeviceErrorKind::protocol_error, hal::ErrorAction::suspend, std::move(detail)};
}

}  // namespace

Result<ReadPayload, hal::DeviceError> split_payload(const Bytes& data, bool with_fingerprint) {
    const std::size_t header = with_fingerprint ? 6 : 4;
    if (data.size() < header) return fail(protocol("read payload shorter than its lengths"));
    const std::size_t text = be16(data, 0), photo = be16(data, 2), fp = with_fingerprint ? be16(data, 4) : 0;
    if (text != kTextBlockSize || data.size() != header + text + photo + fp)
        return fail(protocol("read payload lengths do not add up"));
    const auto at = data.begin() + static_cast<std::ptrdiff_t>(header);
    ReadPayload p;
    p.text.assign(at, at + static_cast<std::ptrdiff_t>(text));
    p.photo.assign(at + static_cast<std::ptrdiff_t>(text), at + static_cast<std::ptrdiff_t>(text + photo));
    p.fingerprint.assign(at + static_cast<std::ptrdiff_t>(text + photo), data.end());
    return p;
}

}  // namespace nanhai::drivers::ga467
