#include "kiosk/platform_client/parse_session.hpp"

namespace nanhai::kiosk {
namespace {

ApplicantView read_applicant(JsonReader& r) {
    ApplicantView a;
    a.kind = r.string("kind");
    a.id_type = r.string("id_type");
    a.masked_id = r.string("masked_id");
    a.masked_name = r.string("masked_name");
    a.auth_level = r.small_int("auth_level");
    a.auth_method = r.string("auth_method");
    return a;
}

SessionInfo read_session(JsonReader& r) {
    SessionInfo s;
    s.applicant = r.object<ApplicantView>("applicant", read_applicant);
    s.blacklist = r.object<BlacklistStatus>("blacklist", read_blacklist_status);
    s.services_unlocked = r.small_int("services_unlocked");
    s.expires_at = r.instant("expires_at");
    s.idle_timeout_seconds = r.optional_small_int("idle_timeout_seconds");
    return s;
}

}  // namespace

Appeal read_appeal(JsonReader& r) {
    Appeal a;
    a.id = r.integer("id");
    a.blacklisting_id = r.integer("blacklisting_id");
    a.status = r.string("status");
    a.statement = r.optional_string("statement").value_or("");
    a.filed_at = r.instant("filed_at");
    a.decided_at = r.optional_instant("decided_at");
    a.decision_note = r.optional_string("decision_note");
    return a;
}

BlacklistEntry read_blacklist_entry(JsonReader& r) {
    BlacklistEntry e;
    e.id = r.integer("id");
    e.kind = r.string("kind");
    e.reason_zh = r.optional_string("reason_zh").value_or("");
    e.reason_en = r.optional_string("reason_en").value_or("");
    e.record_count = r.optional_small_int("record_count");
    e.notice_date = r.date("notice_date");
    e.appeal_deadline = r.date("appeal_deadline");
    e.appeal_working_days_left = r.optional_small_int("appeal_working_days_left");
    e.can_appeal = r.boolean("can_appeal");
    e.blocked = r.optional_strings("blocked").value_or(std::vector<std::string>{});
    e.appeal = r.optional_object<Appeal>("appeal", read_appeal);
    return e;
}

BlacklistStatus read_blacklist_status(JsonReader& r) {
    BlacklistStatus b;
    b.blacklisted = r.boolean("blacklisted");
    b.entries = r.list<BlacklistEntry>("entries", read_blacklist_entry);
    return b;
}

Result<SessionInfo, PlatformError> parse_session(const nlohmann::json& document) {
    return read_document<SessionInfo>(document, "session", read_session);
}

Result<BlacklistStatus, PlatformError> parse_blacklist_status(const nlohmann::json& document) {
    return read_document<BlacklistStatus>(document, "blacklist", read_blacklist_status);
}

Result<Appeal, PlatformError> parse_appeal(const nlohmann::json& document) {
    return read_document<Appeal>(document, "appeal", read_appeal);
}

}  // namespace nanhai::kiosk
