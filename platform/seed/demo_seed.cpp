// The demo seed in order: catalogue and terminals in one transaction of our own, then the
// blacklisted applicant and the demo cases, which open their own transactions (they may go
// through the platform's request pipeline). Every part is idempotent, so is the whole.
#include "platform/seed/demo_seed.hpp"

namespace nanhai::platform {
namespace {

Result<void, std::string> seed_reference_data(Database& db) {
    auto tx = Transaction::begin(db);
    if (!tx) return fail("cannot begin the seed transaction: " + tx.error().message);
    if (auto r = seed_demo_catalogue(db); !r) return fail("catalogue: " + r.error());
    if (auto r = seed_demo_terminals(db); !r) return fail("terminals: " + r.error());
    if (auto r = tx->commit(); !r) return fail("cannot commit the seed: " + r.error().message);
    return {};
}

}  // namespace

Result<void, std::string> seed_demo(Platform& platform) {
    if (auto r = seed_reference_data(platform.database()); !r) return r;
    if (auto r = seed_demo_blacklist(platform); !r) return fail("blacklist: " + r.error());
    if (auto r = seed_demo_cases(platform); !r) return fail("cases: " + r.error());
    return {};
}

}  // namespace nanhai::platform
