// PlatformClient: cases by approval code, the applicant's own cases, filing, on-site pickup and
// receipt verification. Approval codes are checked offline (format and ISO 7064 check character)
// before any network call: a mistyped code is answered at once, and never reaches the platform's
// logs.
#include "kiosk/platform_client/input_checks.hpp"
#include "kiosk/platform_client/parse_case.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "kiosk/platform_client/url_encoding.hpp"

namespace nanhai::kiosk {

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

Result<Page<CaseSummary>, PlatformError> PlatformClient::my_cases(const PageQuery& page) {
    if (auto ok = check_page(page); !ok) return fail(ok.error());
    ApiRequest request{HttpMethod::get, with_query("/api/v1/cases", page_params(page)), {}, {},
                       "cases.list"};
    return call<Page<CaseSummary>>(request, SessionUse::required, parse_case_page);
}

Result<CaseView, PlatformError> PlatformClient::file_case(std::string_view item_code,
                                                          std::optional<std::string_view> hall_code,
                                                          const OperationKey& key) {
    if (auto ok = check_text("item_code", item_code, 40); !ok) return fail(ok.error());
    nlohmann::json body{{"item_code", item_code}};
    if (hall_code) {
        if (auto ok = check_text("hall_code", *hall_code, 40); !ok) return fail(ok.error());
        body["hall_code"] = *hall_code;
    }
    ApiRequest request{HttpMethod::post, "/api/v1/cases", std::move(body), key.value, "cases.file"};
    return call<CaseView>(request, SessionUse::required, parse_case_view);
}

Result<ReceiptVerification, PlatformError> PlatformClient::verify_receipt(std::string_view qr_payload) {
    if (auto ok = check_text("qr_payload", qr_payload, 1000); !ok) return fail(ok.error());
    ApiRequest request{HttpMethod::post, "/api/v1/receipts/verify",
                       nlohmann::json{{"qr_payload", qr_payload}}, std::nullopt, "cases.verify_receipt"};
    return call<ReceiptVerification>(request, SessionUse::none, parse_receipt_verification);
}

}  // namespace nanhai::kiosk
