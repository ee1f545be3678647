// Text block decoding (see text_block.hpp).
#include "drivers/ga467/text_block.hpp"

#include <algorithm>

#include "common/citizen_id.hpp"
#include "common/civil_date.hpp"
#include "common/utf8.hpp"

namespace nanhai::drivers::ga467 {
namespace {

struct Field {
    std::size_t offset;
    std::size_t size;
};

// Offsets and sizes in bytes (protocols.md §1).
namespace citizen {
constexpr Field name{0, 30}, sex{30, 2}, nation{32, 4}, birth{36, 16}, address{52, 70}, id{122, 36}, issuer{158, 30},
    valid_from{188, 16}, valid_to{204, 16};
}
namespace permit {  // 'J'
constexpr Field name{0, 30}, sex{30, 2}, birth{36, 16}, address{52, 70}, id{122, 36}, issuer{158, 30},
    valid_from{188, 16}, valid_to{204, 16};
}
namespace pr2017 {  // 'I'
constexpr Field name_en{0, 120}, sex{120, 2}, pr_number{122, 30}, name_zh{158, 30}, valid_from{188, 16},
    valid_to{204, 16}, birth{220, 16};
}
namespace pr2023 {  // 'Y'
constexpr Field name_zh{0, 30}, sex{30, 2}, birth{36, 16}, name_en{52, 70}, id{122, 36}, valid_from{188, 16},
    valid_to{204, 16}, name_en_more{220, 22};
}

constexpr std::size_t kTypeOffset = 248;

Result<std::string, TextBlockError> field(std::span<const std::uint8_t> block, Field f) {
    return decode_ucs2_field(block.subspan(f.offset, f.size));
}

// "19880312" -> "1988-03-12".
Result<std::string, TextBlockError> date(std::span<const std::uint8_t> block, Field f) {
    auto text = field(block, f);
    if (!text) return fail(text.error());
    const auto parsed = parse_compact_date(*text);
    if (!parsed) return fail(TextBlockError::bad_date);
    return format_iso_date(*parsed);
}

Result<std::string, TextBlockError> valid_to(std::span<const std::uint8_t> block, Field f) {
    auto text = field(block, f);
    if (!text) return fail(text.error());
    if (*text == "长期") return *text;  // no expiry
    return date(block, f);
}

Result<void, TextBlockError> check_citizen_number(const std::string& number, Date today) {
    if (!parse_citizen_id(number, today)) return fail(TextBlockError::bad_id_number);
    return {};
}

// The 2017 card's 15-character number: three letters (the country) and twelve digits.
Result<void, TextBlockError> check_pr_number(const std::string& number) {
    const bool ok = number.size() == 15 &&
                    std::all_of(number.begin(), number.begin() + 3, [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                    std::all_of(number.begin() + 3, number.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!ok) return fail(TextBlockError::bad_id_number);
    return {};
}

#define NH_FIELD(target, expr)            \
    do {                                  \
        auto value_ = (expr);             \
        if (!value_) return fail(value_.error()); \
        (target) = SecureString{*value_}; \
    } while (0)

Result<hal::ResidentIdCard, TextBlockError> decode_citizen_or_permit(std::span<const std::uint8_t> b, hal::CardType type,
                                                                     Date today) {
    hal::ResidentIdCard card;
    card.type = type;
    const bool is_permit = type == hal::CardType::hk_mo_tw_permit;
    NH_FIELD(card.name, field(b, is_permit ? permit::name : citizen::name));
    NH_FIELD(card.sex, field(b, citizen::sex));
    if (!is_permit) NH_FIELD(card.nation, field(b, citizen::nation));
    NH_FIELD(card.birth_date, date(b, citizen::birth));
    NH_FIELD(card.address, field(b, citizen::address));
    NH_FIELD(card.id_number, field(b, citizen::id));
    NH_FIELD(card.issuer, field(b, citizen::issuer));
    NH_FIELD(card.valid_from, date(b, citizen::valid_from));
    NH_FIELD(card.valid_to, valid_to(b, citizen::valid_to));
    if (card.name.empty() || card.id_number.empty()) return fail(TextBlockError::missing_field);
    if (auto ok = check_citizen_number(card.id_number.str(), today); !ok) return fail(ok.error());
    return card;
}

Result<hal::ResidentIdCard, TextBlockError> decode_pr2017(std::span<const std::uint8_t> b) {
    hal::ResidentIdCard card;
    card.type = hal::CardType::foreign_pr_2017;
    NH_FIELD(card.name_en, field(b, pr2017::name_en));
    NH_FIELD(card.name, field(b, pr2017::name_zh));
    if (card.name.empty()) card.name = card.name_en;  // a card may carry no Chinese name
    NH_FIELD(card.sex, field(b, pr2017::sex));
    NH_FIELD(card.id_number, field(b, pr2017::pr_number));
    NH_FIELD(card.valid_from, date(b, pr2017::valid_from));
    NH_FIELD(card.valid_to, valid_to(b, pr2017::valid_to));
    NH_FIELD(card.birth_date, date(b, pr2017::birth));
    if (card.name.empty() || card.id_number.empty()) return fail(TextBlockError::missing_field);
    if (auto ok = check_pr_number(card.id_number.str()); !ok) return fail(ok.error());
    return card;
}

Result<hal::ResidentIdCard, TextBlockError> decode_pr2023(std::span<const std::uint8_t> b, Date today) {
    hal::ResidentIdCard card;
    card.type = hal::CardType::foreign_pr_2023;
    NH_FIELD(card.name, field(b, pr2023::name_zh));
    auto en = field(b, pr2023::name_en);
    auto en_more = field(b, pr2023::name_en_more);
    if (!en || !en_more) return fail(TextBlockError::bad_encoding);
    card.name_en = SecureString{*en + *en_more};
    if (card.name.empty()) card.name = card.name_en;
    NH_FIELD(card.sex, field(b, pr2023::sex));
    NH_FIELD(card.birth_date, date(b, pr2023::birth));
    NH_FIELD(card.id_number, field(b, pr2023::id));
    NH_FIELD(card.valid_from, date(b, pr2023::valid_from));
    NH_FIELD(card.valid_to, valid_to(b, pr2023::valid_to));
    if (card.name.empty() || card.id_number.empty()) return fail(TextBlockError::missing_field);
    if (auto ok = check_citizen_number(card.id_number.str(), today); !ok) return fail(ok.error());
    return card;
}

#undef NH_FIELD

}  // namespace

std::string_view describe(TextBlockError error) {
    switch (error) {
        case TextBlockError::wrong_size: return "text block is not 256 bytes";
        case TextBlockError::bad_encoding: return "text block is not clean UCS-2";
        case TextBlockError::missing_field: return "name or number missing";
        case TextBlockError::bad_id_number: return "identity number fails its check";
        case TextBlockError::bad_date: return "a date is not YYYYMMDD";
    }
    return "text block error";
}

hal::CardType card_type_of(std::span<const std::uint8_t> b) {
    if (b.size() < kTextBlockSize) return hal::CardType::citizen;
    const std::uint8_t marker = b[kTypeOffset];
    if (marker == 'J' && b[kTypeOffset + 1] == 0) return hal::CardType::hk_mo_tw_permit;
    if (marker == 'I' && b[kTypeOffset + 1] == 0) return hal::CardType::foreign_pr_2017;
    if (marker == 'Y' && b[kTypeOffset + 1] == 0) return hal::CardType::foreign_pr_2023;
    return hal::CardType::citizen;
}

Result<std::string, TextBlockError> decode_ucs2_field(std::span<const std::uint8_t> bytes) {
    std::string out;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        char32_t unit = static_cast<char32_t>(bytes[i] | (bytes[i + 1] << 8));
        if (unit >= 0xD800 && unit <= 0xDBFF) {  // a high surrogate needs its low half next
            if (i + 3 >= bytes.size()) return fail(TextBlockError::bad_encoding);
            const char32_t low = static_cast<char32_t>(bytes[i + 2] | (bytes[i + 3] << 8));
            if (low < 0xDC00 || low > 0xDFFF) return fail(TextBlockError::bad_encoding);
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return fail(TextBlockError::bad_encoding);
        } else if (unit == 0) {
            break;  // some readers pad with NUL rather than spaces
        } else if (unit < 0x20 || unit == 0x7F) {
            return fail(TextBlockError::bad_encoding);
        }
        append_utf8(out, unit);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<std::uint8_t> encode_ucs2_field(std::string_view utf8, std::size_t size) {
    std::vector<std::uint8_t> out;
    for (char32_t cp : decode_utf8(utf8)) {
        if (cp >= 0x10000) {
            const char32_t v = cp - 0x10000;
            for (const char32_t unit : {0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)}) {
                out.push_back(static_cast<std::uint8_t>(unit & 0xFF));
                out.push_back(static_cast<std::uint8_t>(unit >> 8));
            }
        } else {
            out.push_back(static_cast<std::uint8_t>(cp & 0xFF));
            out.push_back(static_cast<std::uint8_t>(cp >> 8));
        }
    }
    while (out.size() + 2 <= size) {
        out.push_back(' ');
        out.push_back(0);
    }
    out.resize(size, 0);
    return out;
}

Result<hal::ResidentIdCard, TextBlockError> decode_text_block(std::span<const std::uint8_t> b, Date today) {
    if (b.size() != kTextBlockSize) return fail(TextBlockError::wrong_size);
    switch (card_type_of(b)) {
        case hal::CardType::foreign_pr_2017: return decode_pr2017(b);
        case hal::CardType::foreign_pr_2023: return decode_pr2023(b, today);
        case hal::CardType::hk_mo_tw_permit: return decode_citizen_or_permit(b, hal::CardType::hk_mo_tw_permit, today);
        case hal::CardType::citizen: break;
    }
    return decode_citizen_or_permit(b, hal::CardType::citizen, today);
}

}  // namespace nanhai::drivers::ga467
