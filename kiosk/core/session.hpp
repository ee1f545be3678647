// The signed-in applicant, for one session only (architecture.md, "Data that must never leak"):
// the masked view the platform answered with (masked name and id, auth level, method), the
// blacklist entries, and the identity read from the card for prefilling later forms (art. 21)
// in SecureStrings. The session token is not here: the platform client keeps it. wipe()
// overwrites every string before the session is dropped.
#pragma once

#include <chrono>
#include <optional>

#include "common/secure_string.hpp"
#include "kiosk/platform_client/session_types.hpp"

namespace nanhai::kiosk::core {

// What the card or certificate said about its holder, unmasked (never shown, never logged).
struct PersonalIdentity {
    SecureString name;        // person's name, or the enterprise's name
    SecureString identifier;  // ID number, or the unified social credit code
    bool empty() const { return name.empty() && identifier.empty(); }
};

class Session {
public:
    Session(const SessionInfo& info, PersonalIdentity personal);
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    Session(Session&&) = default;
    Session& operator=(Session&&) = default;
    ~Session() { wipe(); }

    const ApplicantView& applicant() const { return applicant_; }
    const BlacklistStatus& blacklist() const { return blacklist_; }
    void set_blacklist(BlacklistStatus status);
    int services_unlocked() const { return services_unlocked_; }
    std::optional<std::chrono::seconds> platform_idle_timeout() const { return idle_timeout_; }
    const PersonalIdentity& personal() const { return personal_; }

    // Overwrites and empties everything the session holds.
    void wipe();
    bool holds_personal_data() const;

private:
    ApplicantView applicant_;
    BlacklistStatus blacklist_;
    int services_unlocked_ = 0;
    std::optional<std::chrono::seconds> idle_timeout_;
    PersonalIdentity personal_;
};

// Overwrite the strings of platform answers that describe the applicant.
void wipe(ApplicantView& applicant);
void wipe(BlacklistStatus& status);

}  // namespace nanhai::kiosk::core
