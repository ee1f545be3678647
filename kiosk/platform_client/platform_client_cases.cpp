// PlatformClient: cases by approval code and on-site pickup. Approval codes are checked offline
// (format and ISO 7064 check character) before any network call: a mistyped code is answered
// at once, and never reaches the platform's logs.
#include "kiosk/platform_client/parse_case.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "kiosk/platform_client/url_encoding.hpp"

namespace nanhai::kiosk {
namespace {

Result<std::string, PlatformError> checked_approval_code(std::string_view text) {
    auto parsed = parse_approval_code(text);
    if (!parsed) {
        auto e = invalid_input("approval_code", std::string{describe(parsed.error())});
        e.approval_code_error = parsed.error();
        return fail(std::move(e));
    }
    return parsed->code;
}

}  // namespace

Result<CaseView, PlatformError> PlatformClient::case_by_approval_code(std::string_view approval_code) {
    auto code = checked_approval_code(approval_code);
    if (!code) return fail(code.error());
    ApiRequest request{HttpMethod::get, "/api/v1/cases/" + percent_encode(*code), {}, {}, "cases.get"};
    return call<CaseView>(request, SessionUse::if_signed_in, parse_case_view);
}

Result<CaseView, PlatformError> PlatformClient::confirm_pickup(std::string_view approval_code) {
    auto code = checked_approval_code(approval_code);
    if (!code) return fail(code.error());
    ApiRequest request{HttpMethod::post, "/api/v1/cases/" + percent_encode(*code) + "/pickup",
                       nlohmann::json::object(), std::nullopt, "cases.pickup"};
    return call<CaseView>(request, SessionUse::required, parse_case_view);
}

}  // namespace nanhai::kiosk
