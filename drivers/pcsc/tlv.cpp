// BER-TLV parsing and building (see tlv.hpp).
#include "drivers/pcsc/tlv.hpp"

namespace nanhai::drivers::pcsc {
namespace {

std::string at(std::size_t offset, std::string_view what) {
    return std::string{what} + " at offset " + std::to_string(offset);
}

// Tag: first byte xxx11111 means more bytes follow, each with bit 8 set except the last.
Result<std::uint32_t, std::string> read_tag(std::span<const std::uint8_t> b, std::size_t& i) {
    const std::size_t start = i;
    std::uint32_t tag = b[i++];
    if ((tag & 0x1F) != 0x1F) return tag;
    for (int extra = 0;; ++extra) {
        if (i >= b.size()) return fail(at(start, "truncated tag"));
        if (extra == 2) return fail(at(start, "tag longer than three bytes"));
        const std::uint8_t next = b[i++];
        tag = (tag << 8) | next;
        if ((next & 0x80) == 0) return tag;
    }
}

Result<std::size_t, std::string> read_length(std::span<const std::uint8_t> b, std::size_t& i) {
    const std::size_t start = i;
    if (i >= b.size()) return fail(at(start, "missing length"));
    const std::uint8_t first = b[i++];
    if (first < 0x80) return first;
    const int count = first & 0x7F;
    if (count == 0 || count > 2) return fail(at(start, "unsupported length form"));
    if (b.size() - i < static_cast<std::size_t>(count)) return fail(at(start, "truncated length"));
    std::size_t length = 0;
    for (int k = 0; k < count; ++k) length = (length << 8) | b[i++];
    return length;
}

void append_length(std::vector<std::uint8_t>& out, std::size_t length) {
    if (length < 0x80) {
        out.push_back(static_cast<std::uint8_t>(length));
    } else if (length <= 0xFF) {
        out.insert(out.end(), {0x81, static_cast<std::uint8_t>(length)});
    } else {
        out.insert(out.end(), {0x82, static_cast<std::uint8_t>(length >> 8), static_cast<std::uint8_t>(length)});
    }
}

}  // namespace

Result<std::vector<Tlv>, std::string> parse_tlvs(std::span<const std::uint8_t> b) {
    std::vector<Tlv> out;
    std::size_t i = 0;
    while (i < b.size()) {
        if (b[i] == 0x00 || b[i] == 0xFF) {  // never a tag: padding before, between or after objects
            ++i;
            continue;
        }
        const std::size_t start = i;
        auto tag = read_tag(b, i);
        if (!tag) return fail(tag.error());
        auto length = read_length(b, i);
        if (!length) return fail(length.error());
        if (b.size() - i < *length) return fail(at(start, "value longer than the data"));
        out.push_back({*tag, b.subspan(i, *length)});
        i += *length;
    }
    return out;
}

std::optional<std::span<const std::uint8_t>> find_tlv(std::span<const std::uint8_t> bytes, std::uint32_t tag) {
    auto items = parse_tlvs(bytes);
    if (!items) return std::nullopt;
    for (const auto& item : *items)
        if (item.tag == tag) return item.value;
    return std::nullopt;
}

void append_tlv(std::vector<std::uint8_t>& out, std::uint32_t tag, std::span<const std::uint8_t> value) {
    if (tag > 0xFFFF) out.push_back(static_cast<std::uint8_t>(tag >> 16));
    if (tag > 0xFF) out.push_back(static_cast<std::uint8_t>(tag >> 8));
    out.push_back(static_cast<std::uint8_t>(tag));
    append_length(out, value.size());
    out.insert(out.end(), value.begin(), value.end());
}

std::vector<std::uint8_t> tlv(std::uint32_t tag, std::span<const std::uint8_t> value) {
    std::vector<std::uint8_t> out;
    append_tlv(out, tag, value);
    return out;
}

}  // namespace nanhai::drivers::pcsc
