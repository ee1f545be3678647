// Demo cases at every stage, so that the kiosk's case screens (query by approval code, timeline,
// pre-review problems, courier status, receipt, special-procedure notice, decision, pickup,
// evaluation) can all be shown with the demo seed. The cases are filed and moved by the same
// domain functions as the API (file_case, advance_case), each step at its own time before the
// demo clock's 2026-12-01T09:00+08:00, so codes, receipts, deadlines and QR signatures are real.
//
// Demo identities (also in docs/demo-identities.md):
//   陈美玲 (Chen Meiling), citizen ID 440605198803120528 (Nanhai, born 1988-03-12, female;
//     check character 8 by GB 11643): most cases. Sign in with this ID card.
//   佛山市南海区美玲食品有限公司 (Foshan Nanhai Meiling Food Co., Ltd.), unified social credit
//     code 91440605MA4W00003K (organisation code MA4W0000-3 by GB 11714, check K by GB 32100):
//     the enterprise cases. Sign in with an enterprise certificate carrying this code.
// Idempotent: nothing is done when any case exists.
#include <vector>

#include "platform/domain/applicants.hpp"
#include "platform/domain/cases.hpp"
#include "platform/domain/evaluations.hpp"
#include "platform/seed/demo_seed.hpp"

namespace nanhai::platform {
namespace {

using json = nlohmann::json;

constexpr const char* kCitizenId = "440605198803120528";
constexpr const char* kCitizenName = "陈美玲";
constexpr const char* kEnterpriseCode = "91440605MA4W00003K";
constexpr const char* kEnterpriseName = "佛山市南海区美玲食品有限公司";

struct Step {
    const char* at;
    json body;  // a staff event; {"evaluation": {...}} is the applicant's rating instead
};

struct DemoCase {
    bool enterprise;
    const char* item;
    const char* hall;  // nullptr: the kiosk's hall (district)
    const char* filed_at;
    std::vector<Step> steps;
};

// ---- steps used by many cases ----------------------------------------------------------------

Step pre_review_complete(const char* at) {
    return {at, {{"stage", "pre_review"}, {"verdict", "complete"}}};
}
Step submit(const char* at, const char* method) {
    return {at, {{"stage", "submission"}, {"method", method}}};
}
Step accept(const char* at) {
    return {at, {{"stage", "acceptance"}}};
}
Step approve(const char* at, const char* document_no) {
    return {at, {{"stage", "decision"}, {"outcome", "approve"}, {"document_no", document_no}}};
}
Step settle(const char* at) {
    return {at, {{"stage", "settlement"}}};
}
Step stage(const char* at, const char* name) {
    return {at, {{"stage", name}}};
}

json problem(const char* material, const char* zh, const char* en) {
    return {{"material", material}, {"problem_zh", zh}, {"problem_en", en}};
}

Step express(const char* at, const char* stage_name, const char* company, const char* waybill,
             json extra) {
    json body{{"stage", stage_name},
              {"method", "express"},
              {"courier_company", company},
              {"waybill_no", waybill}};
    body.update(extra);
    return {at, body};
}

// ---- the cases ------------------------------------------------------------------------------

std::vector<DemoCase> person_cases() {
    return {
        // apply: filed at the kiosk last night, not yet pre-reviewed.
        {false, "RSJ-001", "NH-GUICHENG", "2026-11-30T16:20:00+08:00", {}},
        // pre_review: incomplete, with the complete one-time list of problems.
        {false,
         "WJJ-001",
         "NH-GUICHENG",
         "2026-11-26T10:05:00+08:00",
         {{"2026-11-27T09:40:00+08:00",
           {{"stage", "pre_review"},
            {"verdict", "incomplete"},
            {"problems",
             json::array({problem("居民身份证", "上传的身份证背面照片模糊，无法辨认有效期限",
                                  "The photo of the back of the ID card is blurred; the validity "
                                  "dates cannot be read"),
                          problem("结婚证", "缺少结婚证内页（持证人信息页）",
                                  "The inner page of the marriage certificate (holder details) is "
                                  "missing")})}}}}},
        // submission by express, courier on the way.
        {false,
         "SCJG-001",
         "NH-GUICHENG",
         "2026-11-25T14:30:00+08:00",
         {pre_review_complete("2026-11-26T10:00:00+08:00"),
          express("2026-11-27T15:10:00+08:00", "submission", "中国邮政EMS", "1178234560812",
                  {{"courier_status", "ordered"}}),
          express("2026-11-30T11:00:00+08:00", "submission", "中国邮政EMS", "1178234560812",
                  {{"courier_status", "in_transit"}})}},
        // acceptance with its receipt (legal clock running).
        {false,
         "GAJ-002",
         nullptr,
         "2026-11-18T09:30:00+08:00",
         {pre_review_complete("2026-11-19T10:15:00+08:00"),
          submit("2026-11-19T10:20:00+08:00", "on_site"), accept("2026-11-24T10:40:00+08:00")}},
        // correction requested after acceptance.
        {false,
         "RSJ-003",
         "NH-GUICHENG",
         "2026-11-16T11:00:00+08:00",
         {pre_review_complete("2026-11-17T09:30:00+08:00"),
          submit("2026-11-17T09:35:00+08:00", "online"),
          accept("2026-11-18T09:20:00+08:00"),
          {"2026-11-23T15:00:00+08:00",
           {{"stage", "correction"},
            {"problems",
             json::array({problem("解除劳动合同证明", "证明未加盖原用人单位公章",
                                  "The certificate lacks the former employer's seal")})}}}}},
        // special procedure: the 7-day public notice of a minimum living allowance.
        {false,
         "MZJ-002",
         "NH-GUICHENG",
         "2026-11-02T10:00:00+08:00",
         {pre_review_complete("2026-11-03T09:30:00+08:00"),
          submit("2026-11-03T14:00:00+08:00", "on_site"),
          accept("2026-11-04T10:00:00+08:00"),
          {"2026-11-20T16:00:00+08:00",
           {{"stage", "special_procedure"},
            {"kind", "public_notice"},
            {"start_date", "2026-11-23"},
            {"end_date", "2026-11-29"}}}}},
        // decision: approved today-ish, not yet settled.
        {false,
         "WJJ-002",
         nullptr,
         "2026-11-09T10:10:00+08:00",
         {pre_review_complete("2026-11-10T09:00:00+08:00"),
          submit("2026-11-10T09:05:00+08:00", "on_site"), accept("2026-11-11T10:30:00+08:00"),
          approve("2026-11-30T15:30:00+08:00", "南卫出证补〔2026〕0187号")}},
        // refusal of acceptance: outside Nanhai's jurisdiction.
        {false,
         "SCJG-004",
         nullptr,
         "2026-11-10T15:00:00+08:00",
         {pre_review_complete("2026-11-11T10:00:00+08:00"),
          submit("2026-11-12T09:50:00+08:00", "on_site"),
          {"2026-11-13T11:20:00+08:00",
           {{"stage", "refusal_of_acceptance"},
            {"document_no", "南市监不受字〔2026〕第0019号"},
            {"reason_zh",
             "拟设立公司的住所位于顺德区，不属于本机关登记管辖范围，请向住所所在地登记机关申请。"},
            {"reason_en",
             "The company's domicile is in Shunde District, outside this authority's "
             "jurisdiction; please apply to the registration authority there."}}}}},
        // settlement: approved and settled, delivery not yet arranged.
        {false,
         "YBJ-003",
         nullptr,
         "2026-10-19T14:00:00+08:00",
         {pre_review_complete("2026-10-20T09:30:00+08:00"),
          submit("2026-10-20T15:00:00+08:00", "on_site"), accept("2026-10-21T09:10:00+08:00"),
          approve("2026-11-12T16:00:00+08:00", "南医保特病〔2026〕0522号"),
          settle("2026-11-13T09:00:00+08:00")}},
        // delivery on site: the new ID card waits at the Guicheng hall (pick up at the kiosk).
        {false,
         "GAJ-003",
         "NH-GUICHENG",
         "2026-11-05T09:20:00+08:00",
         {pre_review_complete("2026-11-05T09:40:00+08:00"),
          submit("2026-11-05T09:45:00+08:00", "on_site"),
          accept("2026-11-05T10:05:00+08:00"),
          approve("2026-11-24T10:00:00+08:00", "南公身证〔2026〕31882号"),
          settle("2026-11-26T09:30:00+08:00"),
          {"2026-11-27T14:00:00+08:00",
           {{"stage", "delivery"}, {"method", "on_site"}, {"hall_code", "NH-GUICHENG"}}}}},
        // archived: unemployment registration, online throughout, rated 满意.
        {false,
         "RSJ-002",
         "NH-GUICHENG",
         "2026-10-12T10:00:00+08:00",
         {pre_review_complete("2026-10-12T14:00:00+08:00"),
          submit("2026-10-12T14:05:00+08:00", "online"),
          accept("2026-10-13T09:00:00+08:00"),
          approve("2026-10-14T10:00:00+08:00", "南人社失登〔2026〕1263号"),
          settle("2026-10-14T10:05:00+08:00"),
          {"2026-10-14T10:10:00+08:00", {{"stage", "delivery"}, {"method", "online"}}},
          stage("2026-10-15T08:30:00+08:00", "delivered"),
          {"2026-10-16T19:00:00+08:00",
           {{"evaluation",
             {{"level", 2}, {"reasons", json::array()}, {"comment", "网上办理很方便。"}}}}},
          stage("2026-10-20T17:00:00+08:00", "archive")}},
    };
}

std::vector<DemoCase> enterprise_cases() {
    return {
        // decision: refused (name too close to a registered one).
        {true,
         "SCJG-003",
         nullptr,
         "2026-11-23T09:10:00+08:00",
         {pre_review_complete("2026-11-23T14:00:00+08:00"),
          submit("2026-11-23T14:30:00+08:00", "online"),
          accept("2026-11-24T09:30:00+08:00"),
          {"2026-11-25T16:00:00+08:00",
           {{"stage", "decision"},
            {"outcome", "refuse"},
            {"document_no", "南市监名驳字〔2026〕第0042号"},
            {"reason_zh",
             "拟变更的企业名称与本区同行业已登记企业名称近似，不符合《企业名称登记管理规定》。"},
            {"reason_en",
             "The new name is too close to a registered enterprise of the same trade in "
             "the district (Provisions on the Registration of Enterprise Names)."}}}}},
        // delivered: food business licence, posted and signed for; not yet rated.
        {true,
         "SCJG-002",
         nullptr,
         "2026-10-26T10:00:00+08:00",
         {{"2026-10-27T09:30:00+08:00",
           {{"stage", "pre_review"},
            {"verdict", "incomplete"},
            {"problems",
             json::array({problem("经营场所平面图和设备布局图", "未标注食品处理区与非食品处理区",
                                  "Food and non-food handling areas are not marked")})}}},
          pre_review_complete("2026-10-29T10:00:00+08:00"),
          express("2026-10-29T16:00:00+08:00", "submission", "顺丰速运", "SF1402587413690",
                  {{"courier_status", "picked_up"}}),
          accept("2026-10-30T10:20:00+08:00"),
          approve("2026-11-05T15:00:00+08:00", "JY24406050087321"),
          settle("2026-11-05T15:10:00+08:00"),
          express("2026-11-06T10:00:00+08:00", "delivery", "中国邮政EMS", "1178230011256",
                  json::object()),
          express("2026-11-07T08:10:00+08:00", "delivery", "中国邮政EMS", "1178230011256",
                  {{"tracking_status_zh", "运输中，已到达佛山南海分拨中心"},
                   {"tracking_status_en", "In transit; at the Foshan Nanhai sorting centre"}}),
          stage("2026-11-09T11:30:00+08:00", "delivered")}},
        // delivery by express: construction permit on its way.
        {true,
         "ZJSL-001",
         nullptr,
         "2026-11-16T09:00:00+08:00",
         {pre_review_complete("2026-11-16T15:00:00+08:00"),
          submit("2026-11-16T15:10:00+08:00", "online"), accept("2026-11-17T09:00:00+08:00"),
          approve("2026-11-20T16:30:00+08:00", "440605202611200101"),
          settle("2026-11-20T16:40:00+08:00"),
          express("2026-11-23T10:00:00+08:00", "delivery", "顺丰速运", "SF1409923456781",
                  json::object())}},
    };
}

// ---- running them ---------------------------------------------------------------------------

struct Seeder {
    Platform& platform;
    HttpRequest request{};
    Terminal kiosk{kDemoKioskId, "demo kiosk", "NH-DISTRICT", "kiosk", std::nullopt};
    Terminal desk{kDemoDeskId, "demo desk", "NH-DISTRICT", "department", std::nullopt};

    RequestContext context(const char* at, const Terminal& terminal) {
        RequestContext ctx{.request = request,
                           .params = {},
                           .body = json::object(),
                           .db = platform.database(),
                           .now = *parse_iso_instant(at),
                           .keys = platform.keys(),
                           .rules = platform.rules()};
        ctx.terminal = &terminal;
        return ctx;
    }
};

std::string describe(const char* what, const ApiError& e) {
    return std::string{what} + ": " + std::string{e.code_name()} + " " + e.details.dump();
}

Result<Applicant, std::string> demo_applicant(Platform& platform, bool enterprise) {
    Applicant wanted =
        enterprise ? Applicant{0, "enterprise", "credit_code", kEnterpriseCode, kEnterpriseName}
                   : Applicant{0, "person", "citizen_id", kCitizenId, kCitizenName};
    auto applicant = find_or_create_applicant(platform.database(), wanted,
                                              *parse_iso_instant("2026-10-12T09:00:00+08:00"));
    if (!applicant) return fail(describe("applicant", applicant.error()));
    return *applicant;
}

Result<void, std::string> run_step(Seeder& seeder, Case& c, const Step& step) {
    if (step.body.contains("evaluation")) {
        auto ctx = seeder.context(step.at, seeder.kiosk);
        auto rated = submit_evaluation(ctx, c, step.body["evaluation"]);
        if (!rated) return fail(describe(c.item_code.c_str(), rated.error()));
        return {};
    }
    auto ctx = seeder.context(step.at, seeder.desk);
    auto moved = advance_case(ctx, c, step.body);
    if (!moved) return fail(describe(c.item_code.c_str(), moved.error()));
    c = std::move(*moved);
    return {};
}

Result<void, std::string> run_case(Seeder& seeder, const DemoCase& demo, const Applicant& who) {
    auto ctx = seeder.context(demo.filed_at, seeder.kiosk);
    ctx.session =
        Session{"", who.id, kDemoKioskId, who.kind == "enterprise" ? "enterprise_cert" : "id_card",
                3,  ctx.now};
    auto hall = demo.hall ? std::optional<std::string>{demo.hall} : std::nullopt;
    auto filed = file_case(ctx, demo.item, hall);
    if (!filed) return fail(describe(demo.item, filed.error()));
    for (const auto& step : demo.steps)
        if (auto r = run_step(seeder, *filed, step); !r) return r;
    return {};
}

Result<bool, std::string> has_cases(Database& db) {
    auto count = db.query_int("SELECT COUNT(*) FROM cases");
    if (!count) return fail(count.error().message);
    return count->value_or(0) > 0;
}

Result<void, std::string> seed_all(Platform& platform) {
    auto person = demo_applicant(platform, false);
    if (!person) return fail(person.error());
    auto enterprise = demo_applicant(platform, true);
    if (!enterprise) return fail(enterprise.error());
    Seeder seeder{platform};
    for (const auto& demo : person_cases())
        if (auto r = run_case(seeder, demo, *person); !r) return r;
    for (const auto& demo : enterprise_cases())
        if (auto r = run_case(seeder, demo, *enterprise); !r) return r;
    return {};
}

}  // namespace

Result<void, std::string> seed_demo_cases(Platform& platform) {
    auto seeded = has_cases(platform.database());
    if (!seeded) return fail(seeded.error());
    if (*seeded) return {};
    auto tx = Transaction::begin(platform.database());
    if (!tx) return fail("cannot begin: " + tx.error().message);
    if (auto r = seed_all(platform); !r) return r;  // the transaction rolls back
    if (auto r = tx->commit(); !r) return fail("cannot commit: " + r.error().message);
    return {};
}

}  // namespace nanhai::platform
