// The kiosk's one way to reach the platform: typed calls over HTTP (openapi.json), each
// returning Result<T, PlatformError> and never throwing. The client names its terminal on every
// request, keeps the applicant's session token to itself (the app never handles it; it is
// wiped on sign-out and whenever the platform says the session is over), retries only where
// that is safe (retry_policy.hpp), and refuses obviously bad input locally before any network
// call (an approval code with a wrong check character, for example).
//
// Not thread-safe: use one PlatformClient from one thread (the kiosk's network worker). Calls
// block for up to request_timeout × (max_retries + 1) plus backoff.
#pragma once

#include <atomic>

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "kiosk/platform_client/catalogue_cache.hpp"
#include "kiosk/platform_client/api_request.hpp"
#include "kiosk/platform_client/appointment_types.hpp"
#include "kiosk/platform_client/blacklist_types.hpp"
#include "kiosk/platform_client/case_types.hpp"
#include "kiosk/platform_client/catalogue_types.hpp"
#include "kiosk/platform_client/client_config.hpp"
#include "kiosk/platform_client/consultation_types.hpp"
#include "kiosk/platform_client/evaluation_types.hpp"
#include "kiosk/platform_client/http_transport.hpp"
#include "kiosk/platform_client/operation_key.hpp"
#include "kiosk/platform_client/page.hpp"
#include "kiosk/platform_client/platform_error.hpp"
#include "kiosk/platform_client/request_runner.hpp"
#include "kiosk/platform_client/secure_wipe.hpp"
#include "kiosk/platform_client/session_types.hpp"
#include "kiosk/platform_client/sleeper.hpp"
#include "kiosk/platform_client/system_types.hpp"

namespace nanhai::kiosk {

class PlatformClient {
public:
    // Real transport (CurlTransport) and real sleeping.
    explicit PlatformClient(const ClientConfig& config);
    // Injected transport and sleeper (tests, simulators); `unit_random` as in RequestRunner.
    PlatformClient(const ClientConfig& config, std::unique_ptr<HttpTransport> transport,
                   std::unique_ptr<Sleeper> sleeper, std::function<double()> unit_random = {});
    PlatformClient(const PlatformClient&) = delete;
    PlatformClient& operator=(const PlatformClient&) = delete;
    PlatformClient(PlatformClient&&) noexcept = default;
    PlatformClient& operator=(PlatformClient&&) noexcept = default;
    ~PlatformClient() = default;  // the token wipes itself

    // ---- system (no session) ----
    Result<Health, PlatformError> health();
    Result<std::vector<PublicKey>, PlatformError> public_keys();

    // ---- sessions ----
    // Sign-ins are keyed POSTs: retried with the same key, so a lost answer never opens two
    // sessions. Pass the same OperationKey again to repeat a sign-in the user saw fail.
    // On success the client holds the new session (an earlier token is wiped).
    Result<SessionInfo, PlatformError> sign_in_id_card(const IdCardCredential& card,
                                                       const OperationKey& key = OperationKey::fresh());
    Result<SessionInfo, PlatformError> sign_in_mobile_qr(std::string_view qr_token,
                                                         const OperationKey& key = OperationKey::fresh());
    Result<SessionInfo, PlatformError> sign_in_enterprise(const EnterpriseCredential& cert,
                                                          const OperationKey& key = OperationKey::fresh());
    // session_expired (code session_required, no network call) when nobody is signed in.
    Result<SessionInfo, PlatformError> current_session();
    // Ends the session on the platform. The token is forgotten locally whatever the outcome
    // (the next citizen must never inherit it); an unreachable platform lets the session
    // expire by itself. Signed out already: success without a network call.
    Result<void, PlatformError> sign_out();
    bool signed_in() const { return !token_.empty(); }
    // Forgets the session locally without telling the platform.
    void forget_session() { token_.clear(); }
    // Catalogue GETs are stored here, and answered from here when the platform does not answer.
    void use_catalogue_cache(std::shared_ptr<CatalogueCache> cache) { catalogue_ = std::move(cache); }
    // Whether the last call got an answer from the platform (any HTTP answer) or none at all.
    // Safe from any thread: the core reads it on its loop after a reply came back.
    enum class Reachability { unknown, reachable, unreachable };
    Reachability reachability() const { return reachability_.load(); }

    // ---- catalogue (any terminal, no session) ----
    Result<std::vector<Department>, PlatformError> departments();
    // invalid_input (no network call) for page < 1 or per_page outside 1-100.
    Result<Page<ItemSummary>, PlatformError> items(const ItemQuery& query = {});
    // invalid_input for an empty code; platform not_found for an unknown one.
    Result<Item, PlatformError> item(std::string_view code);
    Result<std::vector<Hall>, PlatformError> halls();
    Result<HallDetail, PlatformError> hall(std::string_view code);
    // At most 62 days; platform calendar_not_available for a year not published.
    Result<Calendar, PlatformError> calendar(Date from, Date to);

    // ---- appointments ----
    Result<SlotDay, PlatformError> slots(std::string_view hall_code, std::string_view item_code,
                                         Date date);
    // `from` empty: today on the platform's clock; `days` 1-31.
    Result<BookableDays, PlatformError> bookable_days(std::string_view hall_code,
                                                      std::string_view item_code,
                                                      std::optional<Date> from = std::nullopt,
                                                      int days = 7);
    // Keyed: a retry never books twice. Session required.
    Result<Appointment, PlatformError> book(std::int64_t slot_id,
                                            const OperationKey& key = OperationKey::fresh());
    Result<Page<Appointment>, PlatformError> appointments(const PageQuery& page = {});
    Result<Appointment, PlatformError> appointment(std::string_view code);
    // Not keyed, so never retried: a lost answer is resolved by reading the appointment.
    Result<Appointment, PlatformError> cancel_appointment(std::string_view code);
    // At this terminal's hall, with the code typed in or the slip's QR as scanned; no session.
    Result<CheckIn, PlatformError> check_in_by_code(std::string_view appointment_code,
                                                    const OperationKey& key = OperationKey::fresh());
    Result<CheckIn, PlatformError> check_in_by_qr(std::string_view qr_payload,
                                                  const OperationKey& key = OperationKey::fresh());

    // ---- blacklist (art. 25; session required) ----
    Result<BlacklistStatus, PlatformError> blacklist();
    // invalid_input for an empty statement or one over 1000 characters (no network call).
    Result<Appeal, PlatformError> appeal_blacklisting(std::int64_t blacklisting_id,
                                                      std::string_view statement,
                                                      const OperationKey& key = OperationKey::fresh());

    // ---- cases ----
    // invalid_input with approval_code_error set, and no network call, for a code that is not
    // a well-formed Nanhai approval code. The owner's session (when signed in) sees details.
    Result<CaseView, PlatformError> case_by_approval_code(std::string_view approval_code);
    // The signed-in owner confirms on-site pickup; same local check of the code.
    Result<CaseView, PlatformError> confirm_pickup(std::string_view approval_code);
    // The signed-in applicant's cases, newest first (public fields only: open one with
    // case_by_approval_code for its details). invalid_input for a bad page (no network call).
    Result<Page<CaseSummary>, PlatformError> my_cases(const PageQuery& page = {});
    // Files a case for an item (at `hall_code`, or at this terminal's hall). Keyed: a retry never
    // files twice. Session required; invalid_input for an empty or over-long code.
    Result<CaseView, PlatformError> file_case(std::string_view item_code,
                                              std::optional<std::string_view> hall_code = std::nullopt,
                                              const OperationKey& key = OperationKey::fresh());
    // Asks the platform whether a scanned receipt QR carries its signature; a forged or altered
    // payload is a successful answer with valid == false. No session; not retried (unkeyed POST).
    Result<ReceiptVerification, PlatformError> verify_receipt(std::string_view qr_payload);

    // ---- evaluations (art. 17; session required, the case owner's only) ----
    // The owner's rating of a case; platform not_found when not rated yet.
    Result<Evaluation, PlatformError> evaluation(std::string_view case_code);
    // Rates a decided case, level 1 (非常满意) to 5 (非常不满意). Keyed. invalid_input, no network
    // call: a malformed case code, a level outside 1-5, level 4 or 5 without a reason, more than
    // 10 reasons, an empty reason or one over 200 characters, a comment over 500 characters.
    Result<Evaluation, PlatformError> evaluate(std::string_view case_code, int level,
                                               const std::vector<std::string>& reasons = {},
                                               std::string_view comment = {},
                                               const OperationKey& key = OperationKey::fresh());

    // ---- consultations and complaints (art. 8) ----
    // Files a ticket, signed in or not (anonymous: follow it by ticket only). Keyed. invalid_input,
    // no network call: an empty subject or one over 100 characters, an empty body or one over
    // 2000, a malformed case code, a phone that is neither a mobile nor an area-code landline.
    Result<Consultation, PlatformError> file_consultation(
        ConsultationKind kind, std::string_view subject, std::string_view body,
        std::optional<std::string_view> case_code = std::nullopt,
        std::optional<std::string_view> contact_phone = std::nullopt,
        const OperationKey& key = OperationKey::fresh());
    // By ticket; the filer's session (when signed in) sees the body and reply.
    // invalid_input for a malformed ticket.
    Result<Consultation, PlatformError> consultation(std::string_view ticket);
    // The signed-in applicant's tickets, newest first.
    Result<Page<Consultation>, PlatformError> my_consultations(const PageQuery& page = {});

private:
    enum class SessionUse { none, required, if_signed_in };
    // Sends with the terminal headers (and the session token when required); a session error
    // from the platform wipes the token before it is returned.
    Result<nlohmann::json, PlatformError> send(const ApiRequest& request, SessionUse session);
    template <class T, class Parse>
    Result<T, PlatformError> call(const ApiRequest& request, SessionUse session, Parse parse);
    Result<SessionInfo, PlatformError> sign_in(nlohmann::json body, const OperationKey& key);

    std::unique_ptr<RequestRunner> runner_;
    std::shared_ptr<CatalogueCache> catalogue_;
    std::atomic<Reachability> reachability_{Reachability::unknown};
    SecretString token_;
};

template <class T, class Parse>
Result<T, PlatformError> PlatformClient::call(const ApiRequest& request, SessionUse session,
                                              Parse parse) {
    auto document = send(request, session);
    if (!document) return nanhai::fail(document.error());
    return parse(*document);
}

}  // namespace nanhai::kiosk
