// PlatformClient: consultations and complaints (咨询 / 投诉, art. 8): filing, following a ticket,
// and the applicant's own tickets.
#include "kiosk/platform_client/input_checks.hpp"
#include "kiosk/platform_client/parse_consultation.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "kiosk/platform_client/url_encoding.hpp"

namespace nanhai::kiosk {
namespace {

std::string_view kind_name(ConsultationKind kind) {
    return kind == ConsultationKind::complaint ? "complaint" : "consultation";
}

}  // namespace

Result<Consultation, PlatformError> PlatformClient::file_consultation(
    ConsultationKind kind, std::string_view subject, std::string_view body,
    std::optional<std::string_view> case_code, std::optional<std::string_view> contact_phone,
    const OperationKey& key) {
    if (auto ok = check_text("subject", subject, 100); !ok) return fail(ok.error());
    if (auto ok = check_text("body", body, 2000); !ok) return fail(ok.error());
    nlohmann::json request_body{{"kind", kind_name(kind)}, {"subject", subject}, {"body", body}};
    if (case_code) {
        auto code = checked_approval_code(*case_code, "case_code");
        if (!code) return fail(code.error());
        request_body["case_code"] = *code;
    }
    if (contact_phone) {
        if (auto ok = check_phone("contact_phone", *contact_phone); !ok) return fail(ok.error());
        request_body["contact_phone"] = *contact_phone;
    }
    ApiRequest request{HttpMethod::post, "/api/v1/consultations", std::move(request_body),
                       key.value, "consultations.file"};
    return call<Consultation>(request, SessionUse::if_signed_in, parse_consultation);
}

Result<Consultation, PlatformError> PlatformClient::consultation(std::string_view ticket) {
    if (auto ok = check_ticket(ticket); !ok) return fail(ok.error());
    ApiRequest request{HttpMethod::get,
                       "/api/v1/consultations/" + percent_encode(ticket),
                       {},
                       {},
                       "consultations.get"};
    return call<Consultation>(request, SessionUse::if_signed_in, parse_consultation);
}

Result<Page<Consultation>, PlatformError> PlatformClient::my_consultations(const PageQuery& page) {
    if (auto ok = check_page(page); !ok) return fail(ok.error());
    ApiRequest request{HttpMethod::get,
                       with_query("/api/v1/consultations", page_params(page)),
                       {},
                       {},
                       "consultations.list"};
    return call<Page<Consultation>>(request, SessionUse::required, parse_consultation_page);
}

}  // namespace nanhai::kiosk
