// A Platform on ":memory:" with a ManualClock at 2026-12-01T09:00+08:00 (a Tuesday), the demo
// catalogue and terminals (kiosk NH-KIOSK-0001, general desk NH-DESK-0001) plus a desk bound to
// the social-security bureau (RSJ), for the case, evaluation and consultation tests. Requests go
// through handle() exactly as over HTTP, and every answer is checked against platform/openapi.json.
#pragma once

#include "tests/support/platform_test_helpers.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/approval_code.hpp"
#include "platform/clock.hpp"
#include "platform/domain/terminals.hpp"
#include "platform/platform.hpp"
#include "platform/seed/demo_seed.hpp"
#include "tests/support/openapi_validator.hpp"
#include "tests/support/test_citizen_ids.hpp"

namespace nanhai::platform::case_test {

using json = nlohmann::json;

inline Instant at(const std::string& iso) {
    return *parse_iso_instant(iso);
}

struct Caller {
    std::string terminal_id = kDemoKioskId;
    std::string terminal_key = kDemoKioskKey;
    std::string token;  // empty: no session
};

class CaseFixture : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = Platform::open(":memory:", clock_, {});
        ASSERT_TRUE(opened) << opened.error();
        platform_ = std::move(*opened);
        auto& db = platform_->database();
        auto catalogue = seed_demo_catalogue(db);
        ASSERT_TRUE(catalogue) << catalogue.error();
        auto terminals = seed_demo_terminals(db);
        ASSERT_TRUE(terminals) << terminals.error();
        ASSERT_TRUE(register_terminal(
            db, {"D-RSJ", "人社窗口", "NH-DISTRICT", "department", std::string{"RSJ"}, "key-rsj"}));
    }

    HttpResponse call(const std::string& method, const std::string& path, const Caller& caller,
                      const json& body = nullptr, std::map<std::string, std::string> query = {}) {
        HttpRequest r{method, path, std::move(query), {}, body.is_null() ? "" : body.dump()};
        r.headers["x-terminal-id"] = caller.terminal_id;
        r.headers["x-terminal-key"] = caller.terminal_key;
        if (!caller.token.empty()) r.headers["authorization"] = "Bearer " + caller.token;
        if (!body.is_null()) r.headers["content-type"] = "application/json";
        if (method == "POST") r.headers["idempotency-key"] = "k-" + std::to_string(++keys_);
        auto response = platform_->handle(r);
        for (const auto& problem : test::OpenApiValidator::repository().check_response(
                 method, path, response.status, response.body))
            ADD_FAILURE() << "OpenAPI contract: " << method << " " << path << " -> "
                          << response.status << ": " << problem;
        return response;
    }

    // Signs applicant n in with an ID card (authentication level 3).
    Caller applicant(int n) {
        Caller c;
        auto r = call("POST", "/api/v1/sessions", c,
                      {{"method", "id_card"},
                       {"id_card",
                        {{"card_type", "citizen"},
                         {"id_number", test::test_citizen_id(n)},
                         {"name", "测试" + std::to_string(n)},
                         {"valid_to", "长期"}}}});
        EXPECT_EQ(r.status, 201) << r.body.dump();
        c.token = r.body.value("token", "");
        return c;
    }

    static Caller kiosk() { return {}; }
    static Caller desk() { return {kDemoDeskId, kDemoDeskKey, ""}; }
    static Caller rsj_desk() { return {"D-RSJ", "key-rsj", ""}; }

    // Files a case and returns its approval code ("" on failure, with a test failure).
    std::string file(const Caller& who, const std::string& item) {
        auto r = call("POST", "/api/v1/cases", who, {{"item_code", item}});
        EXPECT_EQ(r.status, 201) << r.body.dump();
        return r.body.value("code", "");
    }

    HttpResponse event(const std::string& code, const json& body, const Caller& by = desk()) {
        return call("POST", "/api/v1/cases/" + code + "/events", by, body);
    }

    // Applies each staff event, expecting success.
    void advance(const std::string& code, const std::vector<json>& events) {
        for (const auto& e : events) {
            auto r = event(code, e);
            ASSERT_EQ(r.status, 201) << e.dump() << " -> " << r.body.dump();
        }
    }

    // The events that take an online item to a decision.
    static std::vector<json> to_decision(const std::string& outcome = "approve") {
        json decision{
            {"stage", "decision"}, {"outcome", outcome}, {"document_no", "测试〔2026〕1号"}};
        if (outcome == "refuse") decision["reason_zh"] = "不符合条件";
        return {{{"stage", "pre_review"}, {"verdict", "complete"}},
                {{"stage", "submission"}, {"method", "online"}},
                {{"stage", "acceptance"}},
                decision};
    }

    std::int64_t count(const std::string& sql) {
        return nanhai::test::count_rows(platform_->database(), sql);
    }

    static std::string code_of(const HttpResponse& r) { return nanhai::test::error_code_of(r); }

    std::shared_ptr<ManualClock> clock_ =
        std::make_shared<ManualClock>(at("2026-12-01T09:00:00+08:00"));
    std::unique_ptr<Platform> platform_;
    int keys_ = 0;
};

}  // namespace nanhai::platform::case_test
