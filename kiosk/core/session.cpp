// The signed-in applicant's data and its wiping.
#include "kiosk/core/session.hpp"

namespace nanhai::kiosk::core {

Session::Session(const SessionInfo& info, PersonalIdentity personal)
    : applicant_{info.applicant},
      blacklist_{info.blacklist},
      services_unlocked_{info.services_unlocked},
      personal_{std::move(personal)} {
    if (info.idle_timeout_seconds) idle_timeout_ = std::chrono::seconds{*info.idle_timeout_seconds};
}

void Session::set_blacklist(BlacklistStatus status) {
    core::wipe(blacklist_);
    blacklist_ = std::move(status);
}

void Session::wipe() {
    core::wipe(applicant_);
    core::wipe(blacklist_);
    applicant_ = {};
    services_unlocked_ = 0;
    idle_timeout_.reset();
    personal_.name.clear();
    personal_.identifier.clear();
}

bool Session::holds_personal_data() const {
    return !applicant_.masked_name.empty() || !applicant_.masked_id.empty() ||
           !blacklist_.entries.empty() || !personal_.empty();
}

void wipe(ApplicantView& applicant) {
    nanhai::secure_wipe(applicant.masked_id);
    nanhai::secure_wipe(applicant.masked_name);
    applicant.masked_id.clear();
    applicant.masked_name.clear();
}

void wipe(BlacklistStatus& status) {
    for (auto& entry : status.entries) {
        nanhai::secure_wipe(entry.reason_zh);
        nanhai::secure_wipe(entry.reason_en);
        if (entry.appeal) nanhai::secure_wipe(entry.appeal->statement);
    }
    status.entries.clear();
    status.blacklisted = false;
}

}  // namespace nanhai::kiosk::core
