// The demo terminals: two kiosks (district hall and Guicheng street hall) and one department
// desk at the district hall. The desk is a comprehensive window (综合窗口, Nanhai's "one door"
// model) and so belongs to no single department: department_code stays null. Their keys are
// DEV-ONLY (config/dev/README.md); a real deployment registers its terminals with `kiosk-platform
// add-terminal` and keys of its own.
#include <vector>

#include "platform/domain/personal_data_audit.hpp"
#include "platform/domain/terminals.hpp"
#include "platform/seed/demo_seed.hpp"

namespace nanhai::platform {
namespace {

std::vector<NewTerminal> demo_terminals() {
    return {
        {kDemoKioskId, "南海区行政服务中心 自助服务终端 1号 (District hall kiosk 1)", "NH-DISTRICT",
         "kiosk", std::nullopt, kDemoKioskKey},
        {"NH-KIOSK-0002", "桂城街道行政服务中心 自助服务终端 2号 (Guicheng hall kiosk 2)",
         "NH-GUICHENG", "kiosk", std::nullopt, "dev-only-kiosk-key-0002"},
        {kDemoDeskId, "南海区行政服务中心 综合窗口 1号 (District hall comprehensive window 1)",
         "NH-DISTRICT", "department", std::nullopt, kDemoDeskKey},
    };
}

}  // namespace

// register_terminal upserts by id, so a second run rewrites the same values.
Result<void, std::string> seed_demo_terminals(Database& db) {
    for (const auto& terminal : demo_terminals())
        if (auto r = register_terminal(db, terminal); !r)
            return fail(terminal.id + ": " + r.error().message);
    if (auto r = register_operator(db, kDemoOperatorId, "运营方审计员 (Operator auditor)", kDemoOperatorKey); !r)
        return fail(std::string{kDemoOperatorId} + ": " + r.error().message);
    return {};
}

}  // namespace nanhai::platform
