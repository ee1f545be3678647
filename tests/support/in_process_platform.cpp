#include "tests/support/in_process_platform.hpp"

#include <stdexcept>

#include "platform/domain/personal_data_audit.hpp"
#include "platform/domain/terminals.hpp"
#include "platform/seed/demo_seed.hpp"

namespace nanhai::test {

using namespace nanhai::platform;

namespace {

void must(bool ok, const std::string& what) {
    if (!ok) throw std::runtime_error("test setup failed: " + what);
}

// The smallest catalogue the pipeline needs: one hall for the terminals to stand in.
void add_minimal_rows(Database& db) {
    must(db.exec("INSERT OR IGNORE INTO halls (code, name_zh, name_en, level, address_zh, "
                 "address_en, opening_hours) VALUES ('NH-DISTRICT', '南海区行政服务中心', "
                 "'Nanhai District Administrative Service Centre', 'district', '桂城', "
                 "'Guicheng', '[]'), ('NH-GUICHENG', '桂城街道行政服务中心', "
                 "'Guicheng Sub-district Service Centre', 'town', '桂城', 'Guicheng', '[]')")
             .has_value(),
         "halls");
    for (auto [id, key, hall, role] :
         {std::tuple{"NH-KIOSK-0001", "dev-only-kiosk-key-0001", "NH-DISTRICT", "kiosk"},
          std::tuple{"NH-KIOSK-0002", "dev-only-kiosk-key-0002", "NH-GUICHENG", "kiosk"},
          std::tuple{"NH-DESK-0001", "dev-only-desk-key-0001", "NH-DISTRICT", "department"}})
        must(register_terminal(db, {id, id, hall, role, std::nullopt, key}).has_value(), id);
    must(register_operator(db, "NH-OPS-0001", "Operator", "dev-only-operator-key-0001").has_value(), "operator");
}

}  // namespace

InProcessPlatform::InProcessPlatform(bool with_demo_data)
    : clock_{std::make_shared<ManualClock>(*parse_iso_instant("2026-12-01T09:00:00+08:00"))} {
    PlatformOptions options;
    options.demo = true;
    auto opened = Platform::open(":memory:", clock_, options);
    must(opened.has_value(), opened ? "" : opened.error());
    platform_ = std::move(*opened);
    if (with_demo_data) {
        auto seeded = seed_demo(*platform_);
        must(seeded.has_value(), seeded ? "" : seeded.error());
    } else {
        add_minimal_rows(platform_->database());
    }
}

HttpResponse InProcessPlatform::call(const std::string& method, const std::string& path,
                                     const nlohmann::json& body,
                                     std::optional<std::string> idempotency_key) {
    return call_raw(method, path, body.is_null() ? "" : body.dump(), "application/json",
                    std::move(idempotency_key));
}

HttpResponse InProcessPlatform::call_raw(const std::string& method, const std::string& path,
                                         const std::string& body, const std::string& content_type,
                                         std::optional<std::string> idempotency_key) {
    HttpRequest request;
    request.method = method;
    auto q = path.find('?');
    request.path = path.substr(0, q);
    if (q != std::string::npos) {
        std::string query = path.substr(q + 1);
        std::size_t start = 0;
        while (start < query.size()) {
            auto amp = query.find('&', start);
            auto pair = query.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
            auto eq = pair.find('=');
            request.query[pair.substr(0, eq)] = eq == std::string::npos ? "" : pair.substr(eq + 1);
            if (amp == std::string::npos) break;
            start = amp + 1;
        }
    }
    request.body = body;
    request.headers["x-terminal-id"] = terminal_id_;
    request.headers["x-terminal-key"] = terminal_key_;
    if (!body.empty()) request.headers["content-type"] = content_type;
    if (session_) request.headers["authorization"] = "Bearer " + *session_;
    if (method == "POST")
        request.headers["idempotency-key"] =
            idempotency_key ? *idempotency_key : "unit-" + std::to_string(next_key_++);
    if (idempotency_key && idempotency_key->empty()) request.headers.erase("idempotency-key");
    return platform_->handle(request);
}

std::string InProcessPlatform::sign_in_citizen(const std::string& id_number,
                                               const std::string& name) {
    use_session(std::nullopt);
    auto r = call("POST", "/api/v1/sessions",
                  {{"method", "id_card"},
                   {"id_card", {{"card_type", "citizen"}, {"id_number", id_number},
                                {"name", name}, {"valid_to", "2036-01-01"}}}});
    must(r.status == 201, "sign in: " + r.body.dump());
    std::string token = r.body["token"];
    use_session(token);
    return token;
}

void InProcessPlatform::set_time(const std::string& iso) {
    auto t = parse_iso_instant(iso);
    must(t.has_value(), "time " + iso);
    clock_->set(*t);
}

}  // namespace nanhai::test
