// PlatformClient: the owner's rating of a decided case (好差评, art. 17). The rules the platform
// enforces on a rating are checked first here, so the rating screen answers at once.
#include "kiosk/platform_client/input_checks.hpp"
#include "kiosk/platform_client/parse_evaluation.hpp"
#include "kiosk/platform_client/platform_client.hpp"
#include "kiosk/platform_client/url_encoding.hpp"

namespace nanhai::kiosk {
namespace {

std::string evaluation_path(const std::string& case_code) {
    return "/api/v1/cases/" + percent_encode(case_code) + "/evaluation";
}

Result<void, PlatformError> check_rating(int level, const std::vector<std::string>& reasons,
                                         std::string_view comment) {
    if (level < 1 || level > 5) return fail(invalid_input("level", "must be 1 to 5"));
    if (level >= 4 && reasons.empty())
        return fail(invalid_input("reasons", "levels 4 and 5 need at least one reason"));
    if (reasons.size() > 10) return fail(invalid_input("reasons", "has more than 10 items"));
    for (const auto& reason : reasons)
        if (auto ok = check_text("reasons", reason, 200); !ok) return ok;
    if (!comment.empty())
        if (auto ok = check_text("comment", comment, 500); !ok) return ok;
    return {};
}

}  // namespace

Result<Evaluation, PlatformError> PlatformClient::evaluation(std::string_view case_code) {
    auto code = checked_approval_code(case_code, "case_code");
    if (!code) return fail(code.error());
    ApiRequest request{HttpMethod::get, evaluation_path(*code), {}, {}, "evaluations.get"};
    return call<Evaluation>(request, SessionUse::required, parse_evaluation);
}

Result<Evaluation, PlatformError> PlatformClient::evaluate(std::string_view case_code, int level,
                                                           const std::vector<std::string>& reasons,
                                                           std::string_view comment,
                                                           const OperationKey& key) {
    auto code = checked_approval_code(case_code, "case_code");
    if (!code) return fail(code.error());
    if (auto ok = check_rating(level, reasons, comment); !ok) return fail(ok.error());
    nlohmann::json body{{"level", level}, {"reasons", reasons}};
    if (!comment.empty()) body["comment"] = comment;
    ApiRequest request{HttpMethod::post, evaluation_path(*code), std::move(body), key.value,
                       "evaluations.submit"};
    return call<Evaluation>(request, SessionUse::required, parse_evaluation);
}

}  // namespace nanhai::kiosk
