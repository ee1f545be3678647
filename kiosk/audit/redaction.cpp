// Redaction by category (see redaction.hpp).
#include "kiosk/audit/redaction.hpp"

#include <array>
#include <cctype>

#include "common/masking.hpp"

namespace nanhai::kiosk::audit {
namespace {

struct KeyCategory {
    std::string_view key;
    FieldCategory category;
};

// Exact keys first; then the parts a key may contain ("holder_name", "contact_phone").
constexpr std::array kKeys{
    KeyCategory{"id_number", FieldCategory::identifier},  KeyCategory{"credit_code", FieldCategory::identifier},
    KeyCategory{"certificate", FieldCategory::identifier}, KeyCategory{"card_number", FieldCategory::identifier},
    KeyCategory{"applicant_id", FieldCategory::identifier}, KeyCategory{"name", FieldCategory::name},
    KeyCategory{"holder", FieldCategory::name},            KeyCategory{"applicant", FieldCategory::name},
    KeyCategory{"phone", FieldCategory::phone},            KeyCategory{"mobile", FieldCategory::phone},
    KeyCategory{"address", FieldCategory::address},        KeyCategory{"text", FieldCategory::free_text},
    KeyCategory{"statement", FieldCategory::free_text},    KeyCategory{"payload", FieldCategory::free_text},
    KeyCategory{"pin", FieldCategory::free_text},          KeyCategory{"comment", FieldCategory::free_text},
    KeyCategory{"line", FieldCategory::free_text},
};
constexpr std::array kParts{
    KeyCategory{"address", FieldCategory::address}, KeyCategory{"phone", FieldCategory::phone},
    KeyCategory{"mobile", FieldCategory::phone},    KeyCategory{"id_number", FieldCategory::identifier},
    KeyCategory{"name", FieldCategory::name},
};

bool id_char(char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == 'X' || c == 'x'; }

// Runs of 17 digits and a check character, or 11 digits starting with 1, bounded by non-digits.
std::string mask_runs(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
            out += text[i++];
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
        if (j - i == 17 && j < text.size() && id_char(text[j])) ++j;  // the check character
        const std::string_view run = text.substr(i, j - i);
        if (run.size() == 18) out += mask_identifier(run);
        else if (run.size() == 11 && run.front() == '1') out += mask_phone(run);
        else out += run;
        i = j;
    }
    return out;
}

}  // namespace

FieldCategory category_of(std::string_view key) {
    for (const auto& k : kKeys)
        if (key == k.key) return k.category;
    for (const auto& k : kParts)
        if (key.find(k.key) != std::string_view::npos) return k.category;
    return FieldCategory::plain;
}

std::string mask_embedded_numbers(std::string_view text) { return mask_runs(text); }

std::vector<std::pair<std::string, std::string>> redact_fields(std::span<const LogField> fields) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& f : fields) {
        std::string value;
        switch (category_of(f.key)) {
            case FieldCategory::address: continue;
            case FieldCategory::identifier: value = f.value.find('*') != std::string::npos ? f.value : mask_identifier(f.value); break;
            case FieldCategory::name: value = f.value.find('*') != std::string::npos ? f.value : mask_name(f.value); break;
            case FieldCategory::phone: value = f.value.find('*') != std::string::npos ? f.value : mask_phone(f.value); break;
            case FieldCategory::free_text: value = "<" + std::to_string(f.value.size()) + " bytes>"; break;
            case FieldCategory::plain: value = mask_runs(f.value); break;
        }
        out.emplace_back(std::string{f.key}, std::move(value));
    }
    return out;
}

}  // namespace nanhai::kiosk::audit
