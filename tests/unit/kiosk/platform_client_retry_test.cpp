// Retry policy of the platform client: only GETs and keyed POSTs, only for failures that may
// pass (no answer, 502/503/504), with growing, capped backoff through the injected sleeper.
#include <gtest/gtest.h>

#include "kiosk/platform_client/retry_policy.hpp"
#include "tests/unit/kiosk/platform_client_test_support.hpp"

namespace nanhai::kiosk::test {
namespace {

using std::chrono::milliseconds;

TEST(PlatformClientRetry, GetIsRetriedOn503ThenSucceeds) {
    FakeClientRig rig;
    rig.script(answer(503, error_body("internal_error")));
    rig.script(answer(200, kHealthBody));
    auto client = make_client(rig);
    auto health = client.health();
    ASSERT_TRUE(health) << summary(health.error());
    EXPECT_EQ(health->schema_version, 3);
    EXPECT_EQ(rig.requests().size(), 2u);
    EXPECT_EQ(rig.delays->size(), 1u);
}

TEST(PlatformClientRetry, GetIsRetriedWhenThePlatformCannotBeReached) {
    FakeClientRig rig;
    rig.script(no_answer(TransportErrorKind::cannot_connect));
    rig.script(no_answer(TransportErrorKind::timeout));
    rig.script(answer(200, kHealthBody));
    auto client = make_client(rig);
    EXPECT_TRUE(client.health());
    EXPECT_EQ(rig.requests().size(), 3u);
}

TEST(PlatformClientRetry, GivesUpAfterMaxRetriesWithTheLastError) {
    FakeClientRig rig;
    for (int i = 0; i < 10; ++i) rig.script(answer(502, "<html>bad gateway</html>"));
    auto client = make_client(rig);
    auto health = client.health();
    ASSERT_FALSE(health);
    EXPECT_EQ(health.error().kind, PlatformErrorKind::platform);
    EXPECT_EQ(health.error().http_status, 502);
    EXPECT_EQ(health.error().code, "");
    EXPECT_EQ(rig.requests().size(), 4u);  // 1 + max_retries
}

TEST(PlatformClientRetry, KeyedPostIsRetriedWithTheSameIdempotencyKey) {
    FakeClientRig rig;
    rig.script(no_answer(TransportErrorKind::connection_lost));
    rig.script(answer(504, ""));
    rig.script(answer(201, kSessionBody));
    auto client = make_client(rig);
    auto session = client.sign_in_id_card(demo_card());
    ASSERT_TRUE(session) << summary(session.error());
    ASSERT_EQ(rig.requests().size(), 3u);
    auto key = rig.requests()[0].header("Idempotency-Key");
    EXPECT_FALSE(key.empty());
    for (const auto& r : rig.requests()) EXPECT_EQ(r.header("Idempotency-Key"), key);
    EXPECT_EQ(rig.requests()[0].body, rig.requests()[2].body);
}

TEST(PlatformClientRetry, EachLogicalOperationGetsItsOwnKeyUnlessOneIsGiven) {
    FakeClientRig rig;
    for (int i = 0; i < 3; ++i) rig.script(answer(201, kSessionBody));
    auto client = make_client(rig);
    auto key = OperationKey::fresh();
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    ASSERT_TRUE(client.sign_in_id_card(demo_card(), key));
    ASSERT_TRUE(client.sign_in_id_card(demo_card(), key));
    const auto& r = rig.requests();
    EXPECT_NE(r[0].header("Idempotency-Key"), r[1].header("Idempotency-Key"));
    EXPECT_EQ(r[1].header("Idempotency-Key"), key.value);
    EXPECT_EQ(r[2].header("Idempotency-Key"), key.value);
}

TEST(PlatformClientRetry, NonKeyedDeleteIsNotRetried) {
    FakeClientRig rig;
    rig.script(answer(201, kSessionBody));
    rig.script(answer(503, error_body("internal_error")));
    auto client = make_client(rig);
    ASSERT_TRUE(client.sign_in_id_card(demo_card()));
    auto out = client.sign_out();
    ASSERT_FALSE(out);
    EXPECT_EQ(out.error().http_status, 503);
    EXPECT_EQ(rig.requests().size(), 2u);
    EXPECT_TRUE(rig.delays->empty());
    EXPECT_FALSE(client.signed_in());  // forgotten locally even though the platform failed
}

TEST(PlatformClientRetry, ConflictIsNeverRetried) {
    FakeClientRig rig;
    rig.script(answer(409, error_body("duplicate_booking")));
    auto client = make_client(rig);
    auto session = client.sign_in_id_card(demo_card());
    ASSERT_FALSE(session);
    EXPECT_EQ(session.error().code, "duplicate_booking");
    EXPECT_EQ(rig.requests().size(), 1u);
}

TEST(PlatformClientRetry, TlsAndConfigurationFailuresAreNotRetried) {
    for (auto kind : {TransportErrorKind::tls_failure, TransportErrorKind::configuration}) {
        FakeClientRig rig;
        rig.script(no_answer(kind));
        auto client = make_client(rig);
        auto health = client.health();
        ASSERT_FALSE(health);
        EXPECT_EQ(health.error().transport->kind, kind);
        EXPECT_EQ(rig.requests().size(), 1u);
    }
}

TEST(PlatformClientRetry, BackoffGrowsAndIsCapped) {
    for (double random : {0.0, 0.5, 0.999}) {
        FakeClientRig rig;
        for (int i = 0; i < 10; ++i) rig.script(no_answer(TransportErrorKind::cannot_connect));
        auto config = fake_config();
        config.max_retries = 6;
        auto client = make_client(rig, config, random);
        EXPECT_FALSE(client.health());
        const auto& d = *rig.delays;
        ASSERT_EQ(d.size(), 6u);
        // 100, 200, 400, 800 ms bases grow; from 1000 ms on the cap holds.
        for (std::size_t i = 1; i < 4; ++i) EXPECT_GE(d[i], d[i - 1]) << i;
        for (auto delay : d) {
            EXPECT_LE(delay, milliseconds{1000});
            EXPECT_GE(delay, milliseconds{50});
        }
        EXPECT_GE(d.back(), milliseconds{500});
    }
}

TEST(PlatformClientRetry, DelayFormulaUsesEqualJitter) {
    RetryPolicy policy{3, milliseconds{100}, milliseconds{1000}};
    EXPECT_EQ(policy.delay(0, 0.0), milliseconds{50});
    EXPECT_EQ(policy.delay(0, 0.5), milliseconds{75});
    EXPECT_EQ(policy.delay(2, 0.0), milliseconds{200});
    EXPECT_EQ(policy.delay(10, 0.0), milliseconds{500});
    EXPECT_LT(policy.delay(10, 0.9999), milliseconds{1000});
    EXPECT_EQ(policy.delay(1000, 0.0), milliseconds{500});  // no overflow on huge indexes
}

TEST(PlatformClientRetry, OnlyTransientFailuresMayPass) {
    EXPECT_TRUE(request_may_be_repeated(HttpMethod::get, false));
    EXPECT_TRUE(request_may_be_repeated(HttpMethod::post, true));
    EXPECT_FALSE(request_may_be_repeated(HttpMethod::post, false));
    EXPECT_FALSE(request_may_be_repeated(HttpMethod::del, false));
    for (int status : {400, 401, 404, 409, 422, 500})
        EXPECT_FALSE(failure_may_pass(refusal(status, "x", "", "", {}))) << status;
    for (int status : {502, 503, 504}) EXPECT_TRUE(failure_may_pass(refusal(status, "", "", "", {})));
    EXPECT_FALSE(failure_may_pass(malformed_response("x", "y")));
}

}  // namespace
}  // namespace nanhai::kiosk::test
