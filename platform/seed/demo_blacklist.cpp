// The demo's blacklisted applicant, so that the kiosk's blacklist screen (why, what is blocked,
// the appeal deadline in working days, filing the appeal) can be shown with the demo seed.
//
//   黄志强 (Huang Zhiqiang), citizen ID 440605198506154318 (Nanhai, born 1985-06-15; check
//   character 8 computed by GB 11643), four missed appointments between 2026-10-13 and
//   2026-11-25; blacklisted on 2026-11-25 (notice date, four working days before the demo
//   clock's 2026-12-01), appeal deadline 30 working days later. Sign in with this ID card.
//
// The records go through record_conduct, so the blacklisting is made by the same rule as in
// production. Idempotent: nothing is done when the applicant already exists.
#include <array>

#include "platform/domain/applicants.hpp"
#include "platform/domain/blacklist.hpp"
#include "platform/seed/demo_seed.hpp"

namespace nanhai::platform {
namespace {

constexpr const char* kDemoBlacklistedId = "440605198506154318";
constexpr const char* kDemoBlacklistedName = "黄志强";

struct Missed {
    const char* ends_at;    // when the booked slot ended without a check-in
    const char* reference;  // the appointment code of that booking
};

constexpr std::array<Missed, 4> kMissed{{
    {"2026-10-13T10:30:00+08:00", "YY202610130003"},
    {"2026-10-27T15:00:00+08:00", "YY202610270011"},
    {"2026-11-10T09:30:00+08:00", "YY202611100002"},
    {"2026-11-25T10:00:00+08:00", "YY202611250007"},
}};

Result<bool, std::string> already_seeded(Database& db) {
    auto stmt = db.prepare("SELECT 1 FROM applicants WHERE id_number = ?");
    if (!stmt) return fail(stmt.error().message);
    stmt->bind(1, kDemoBlacklistedId);
    auto row = stmt->step();
    if (!row) return fail(row.error().message);
    return *row;
}

Result<void, std::string> seed(Platform& platform) {
    auto& db = platform.database();
    Instant first = *parse_iso_instant(kMissed.front().ends_at);
    auto applicant = find_or_create_applicant(
        db, Applicant{0, "person", "citizen_id", kDemoBlacklistedId, kDemoBlacklistedName}, first);
    if (!applicant) return fail(std::string{applicant.error().code_name()});
    for (const auto& m : kMissed) {
        auto r = record_conduct(db, *parse_iso_instant(m.ends_at), platform.rules(), applicant->id,
                                "missed_appointment", m.reference, "platform");
        if (!r) return fail("demo blacklist: " + std::string{r.error().code_name()});
    }
    return {};
}

}  // namespace

Result<void, std::string> seed_demo_blacklist(Platform& platform) {
    auto done = already_seeded(platform.database());
    if (!done) return fail(done.error());
    if (*done) return {};
    auto tx = Transaction::begin(platform.database());
    if (!tx) return fail(tx.error().message);
    if (auto r = seed(platform); !r) return r;
    if (auto c = tx->commit(); !c) return fail(c.error().message);
    return {};
}

}  // namespace nanhai::platform
