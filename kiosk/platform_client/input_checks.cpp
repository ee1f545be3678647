#include "kiosk/platform_client/input_checks.hpp"

#include "common/approval_code.hpp"
#include "common/utf8.hpp"

namespace nanhai::kiosk {
namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

Result<std::string, PlatformError> checked_approval_code(std::string_view text, std::string field) {
    auto parsed = parse_approval_code(text);
    if (!parsed) {
        auto e = invalid_input(std::move(field), std::string{describe(parsed.error())});
        e.approval_code_error = parsed.error();
        return fail(std::move(e));
    }
    return parsed->code;
}

Result<void, PlatformError> check_text(std::string_view field, std::string_view text,
                                       std::size_t max_chars) {
    if (text.empty()) return fail(invalid_input(std::string{field}, "is empty"));
    if (!is_valid_utf8(text)) return fail(invalid_input(std::string{field}, "is not valid UTF-8"));
    for (unsigned char c : text)
        if ((c < 0x20 && c != '\n') || c == 0x7f)
            return fail(invalid_input(std::string{field}, "has a control character"));
    if (split_code_points(text).size() > max_chars)
        return fail(invalid_input(std::string{field},
                                  "is longer than " + std::to_string(max_chars) + " characters"));
    return {};
}

Result<void, PlatformError> check_page(const PageQuery& page) {
    if (page.page < 1 || page.per_page < 1 || page.per_page > 100)
        return fail(invalid_input("page", "page must be at least 1, per_page 1 to 100"));
    return {};
}

Result<void, PlatformError> check_phone(std::string_view field, std::string_view phone) {
    if (phone.size() == 11 && phone[0] == '1' && phone[1] >= '3' && all_digits(phone)) return {};
    auto dash = phone.find('-');
    if (dash != std::string_view::npos) {
        auto area = phone.substr(0, dash);
        auto local = phone.substr(dash + 1);
        if (area.size() >= 3 && area.size() <= 4 && area[0] == '0' && all_digits(area) &&
            local.size() >= 7 && local.size() <= 8 && all_digits(local))
            return {};
    }
    return fail(invalid_input(std::string{field}, "is not a mobile number or 0757-xxxxxxxx"));
}

Result<void, PlatformError> check_ticket(std::string_view ticket) {
    if (ticket.size() == 14 && (ticket.starts_with("ZX") || ticket.starts_with("TS")) &&
        all_digits(ticket.substr(2)))
        return {};
    return fail(invalid_input("ticket", "must be ZX or TS, the filing date YYYYMMDD and 4 digits"));
}

}  // namespace nanhai::kiosk
