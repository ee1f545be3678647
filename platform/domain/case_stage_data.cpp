// Stage data of staff events, one small function per stage (see case_stage_data.hpp).
#include "platform/domain/case_stage_data.hpp"

#include <algorithm>

#include "common/signed_payload.hpp"
#include "platform/api/json_fields.hpp"
#include "platform/api/try.hpp"
#include "platform/domain/working_calendar.hpp"

namespace nanhai::platform {
namespace {

using json = nlohmann::json;

// Art. 15 and the laws on reconsideration (60 days) and litigation (6 months): a refusal must
// tell the applicant how to challenge it.
constexpr const char* kRemedyZh =
    "如不服本决定，可自收到之日起60日内依法申请行政复议，或者6个月内依法提起行政诉讼。";
constexpr const char* kRemedyEn =
    "If you disagree, you may apply for administrative reconsideration within 60 days of "
    "receipt, or bring an administrative lawsuit within 6 months.";

json json_string(const std::string& text) {
    return text;
}
std::string now_iso(const RequestContext& ctx) {
    return format_iso_instant(ctx.now);
}
Date today(const RequestContext& ctx) {
    return local_date(ctx.now);
}

Result<json, ApiError> string_or_empty(const json& body, std::string_view name, std::size_t max) {
    NH_ASSIGN(auto value, optional_string_field(body, name, max));
    return json(value.value_or(""));
}

Result<json, ApiError> one_problem(const json& p) {
    if (!p.is_object()) return fail(invalid_field("problems", "each problem must be an object"));
    NH_ASSIGN(auto material, string_field(p, "material", 100));
    NH_ASSIGN(auto zh, string_field(p, "problem_zh", 300));
    NH_ASSIGN(auto en, string_or_empty(p, "problem_en", 300));
    return json{{"material", material}, {"problem_zh", zh}, {"problem_en", en}};
}

// The complete one-time list of problems (一次性告知, art. 12); required unless `may_be_empty`.
Result<json, ApiError> problems_field(const json& body, bool may_be_empty) {
    const json empty = json::array();
    const json& list = body.contains("problems") ? body["problems"] : empty;
    if (!list.is_array() && !list.is_null())
        return fail(invalid_field("problems", "must be an array"));
    if (list.is_array() && list.size() > 50)
        return fail(invalid_field("problems", "has more than 50 items"));
    json out = json::array();
    if (list.is_array())
        for (const auto& p : list) {
            NH_ASSIGN(auto problem, one_problem(p));
            out.push_back(problem);
        }
    if (out.empty() && !may_be_empty)
        return fail(invalid_field("problems", "must list every problem at once"));
    if (!out.empty() && may_be_empty)
        return fail(invalid_field("problems", "must be empty for a complete verdict"));
    return out;
}

Result<json, ApiError> hall_place(Database& db, const std::string& code) {
    NH_ASSIGN(
        auto stmt,
        db.prepare(
            "SELECT code, name_zh, name_en, address_zh, address_en FROM halls WHERE code = ?"));
    stmt.bind(1, code);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("hall", code));
    return json{{"code", stmt.text_at(0)},
                {"name_zh", stmt.text_at(1)},
                {"name_en", stmt.text_at(2)},
                {"address_zh", stmt.text_at(3)},
                {"address_en", stmt.text_at(4)}};
}

Result<std::string, ApiError> method_field(const json& body,
                                           const std::vector<std::string>& allowed) {
    NH_ASSIGN(auto method, enum_field(body, "method", {"on_site", "express", "online"}));
    if (std::find(allowed.begin(), allowed.end(), method) == allowed.end())
        return fail(invalid_field("method", "is not offered for this item"));
    return method;
}

Result<StageOutcome, ApiError> pre_review(RequestContext& ctx, const Case& c, const json& body) {
    NH_ASSIGN(auto verdict, enum_field(body, "verdict", {"complete", "incomplete"}));
    NH_ASSIGN(auto problems, problems_field(body, verdict == "complete"));
    int round = c.data.contains("pre_review") ? c.data["pre_review"].value("round", 0) + 1 : 1;
    json data{{"verdict", verdict},
              {"problems", problems},
              {"round", round},
              {"reviewed_at", now_iso(ctx)},
              {"one_time_notice", verdict == "incomplete"}};
    return StageOutcome{verdict, data, {{"pre_review", data}}};
}

Result<json, ApiError> on_site_step(RequestContext& ctx, const Case& c, const ItemInfo& item,
                                    const json& body) {
    NH_ASSIGN(auto hall_code, optional_string_field(body, "hall_code", 40));
    std::string code = hall_code.value_or(c.hall_code);
    if (hall_code) NH_TRY(item_hall(ctx.db, item.code, code));
    NH_ASSIGN(auto hall, hall_place(ctx.db, code));
    std::string zh = "请携带全部材料原件到" + hall["name_zh"].get<std::string>() + "递交。";
    zh += item.appointment_required ? "该事项须先预约，可在本机预约取号。"
                                    : "可在本机预约，减少排队。";
    std::string en =
        "Bring the originals of all materials to " + hall["name_en"].get<std::string>() + ". ";
    en += item.appointment_required ? "This item needs an appointment; book one at this kiosk."
                                    : "You may book an appointment at this kiosk to avoid queuing.";
    return json{{"kind", "on_site"},       {"hall", hall},
                {"bring_originals", true}, {"appointment_required", item.appointment_required},
                {"instructions_zh", zh},   {"instructions_en", en}};
}

Result<json, ApiError> express_step(RequestContext& ctx, const Case& c, const json& body) {
    NH_ASSIGN(auto company, string_field(body, "courier_company", 40));
    NH_ASSIGN(auto waybill, string_field(body, "waybill_no", 40));
    json status_field =
        body.contains("courier_status") ? body : json{{"courier_status", "ordered"}};
    NH_ASSIGN(auto status, enum_field(status_field, "courier_status",
                                      {"ordered", "picked_up", "in_transit", "signed"}));
    NH_ASSIGN(auto hall, hall_place(ctx.db, c.hall_code));
    return json{
        {"kind", "express"},
        {"courier_company", company},
        {"waybill_no", waybill},
        {"courier_status", status},
        {"mail_to", hall},
        {"instructions_zh", "请按快递单寄送全部材料原件，可随时查询物流状态。"},
        {"instructions_en", "Send the originals by the courier order; the status is shown here."}};
}

json online_step() {
    return {{"kind", "online"},
            {"instructions_zh", "材料已网上提交，无需再递交纸质材料，请等待受理。"},
            {"instructions_en", "The materials were submitted online; nothing more to hand in."}};
}

Result<StageOutcome, ApiError> submission(RequestContext& ctx, const Case& c, const ItemInfo& item,
                                          const json& body) {
    NH_ASSIGN(auto method, method_field(body, item.submission_methods));
    json step;
    if (method == "on_site") {
        NH_ASSIGN(step, on_site_step(ctx, c, item, body));
    } else if (method == "express") {
        NH_ASSIGN(step, express_step(ctx, c, body));
    } else {
        step = online_step();
    }
    json data{{"method", method}, {"submitted_at", now_iso(ctx)}, {"next_step", step}};
    return StageOutcome{method, data, {{"submission", data}}};
}

Result<Date, ApiError> deadline(const WorkingCalendar& calendar, Date from, int working_days) {
    if (working_days <= 0) return from;  // settled on the spot
    return calendar.add_working_days(from, working_days);
}

std::string compact_date(Date d) {
    auto iso = format_iso_date(d);
    iso.erase(std::remove(iso.begin(), iso.end(), '-'), iso.end());
    return iso;
}

// 受理回执 (art. 14): the legal clock starts on the acceptance date.
Result<StageOutcome, ApiError> acceptance(RequestContext& ctx, const Case& c,
                                          const ItemInfo& item) {
    NH_ASSIGN(auto calendar, load_calendar(ctx.db));
    Date accepted = today(ctx);
    NH_ASSIGN(auto legal, deadline(calendar, accepted, item.legal_limit_working_days));
    NH_ASSIGN(auto promised, deadline(calendar, accepted, item.promised_limit_working_days));
    NH_ASSIGN(auto serial, next_counter(ctx.db, "receipt", format_iso_date(accepted)));
    char number[24];
    std::snprintf(number, sizeof number, "%05lld", static_cast<long long>(serial));
    std::string receipt_no = "NHSL" + compact_date(accepted) + number;
    auto qr = make_signed_payload('R', ctx.keys.receipt.key_id,
                                  {c.code, receipt_no, compact_date(accepted), c.item_code},
                                  ctx.keys.receipt.pair.secret_key);
    json receipt{{"title_zh", "受理回执"},
                 {"title_en", "Acceptance receipt"},
                 {"receipt_no", receipt_no},
                 {"accepted_at", now_iso(ctx)},
                 {"legal_limit_working_days", item.legal_limit_working_days},
                 {"promised_limit_working_days", item.promised_limit_working_days},
                 {"legal_deadline", format_iso_date(legal)},
                 {"promised_deadline", format_iso_date(promised)},
                 {"qr_payload", qr}};
    return StageOutcome{"", receipt, {{"receipt", receipt}}};
}

Result<StageOutcome, ApiError> refusal_of_acceptance(RequestContext& ctx, const json& body) {
    NH_ASSIGN(auto reason_zh, string_field(body, "reason_zh", 500));
    NH_ASSIGN(auto reason_en, string_or_empty(body, "reason_en", 500));
    NH_ASSIGN(auto document_no, string_or_empty(body, "document_no", 60));
    json data{{"document_title_zh", "不予受理决定书"},
              {"document_title_en", "Decision not to accept"},
              {"document_no", document_no},
              {"reason_zh", reason_zh},
              {"reason_en", reason_en},
              {"decided_at", now_iso(ctx)},
              {"remedy_zh", kRemedyZh},
              {"remedy_en", kRemedyEn}};
    return StageOutcome{"", data, {{"refusal_of_acceptance", data}}};
}

// 补正: a request lists the problems; the next correction event records their receipt.
Result<StageOutcome, ApiError> correction(RequestContext& ctx, const Case& c, const json& body) {
    if (c.status == "correction_requested") {
        json data = c.data.value("correction", json::object());
        data["received_at"] = now_iso(ctx);
        return StageOutcome{
            "", {{"action", "received"}, {"received_at", now_iso(ctx)}}, {{"correction", data}}};
    }
    NH_ASSIGN(auto problems, problems_field(body, false));
    json data{{"problems", problems}, {"requested_at", now_iso(ctx)}, {"received_at", nullptr}};
    json event = data;
    event["action"] = "requested";
    event.erase("received_at");
    return StageOutcome{"", event, {{"correction", data}}};
}

struct ProcedureKind {
    std::string_view kind, zh, en;
};
const std::vector<ProcedureKind> kProcedures{{"hearing", "听证", "a hearing"},
                                             {"testing", "检验检测", "testing"},
                                             {"quarantine", "检疫", "quarantine"},
                                             {"appraisal", "鉴定", "an appraisal"},
                                             {"expert_review", "专家评审", "an expert review"},
                                             {"public_notice", "公示", "a public notice period"},
                                             {"tendering", "招标、拍卖", "tendering or auction"}};

Result<std::pair<Date, Date>, ApiError> procedure_dates(const json& body) {
    NH_ASSIGN(auto start_text, string_field(body, "start_date", 10));
    NH_ASSIGN(auto end_text, string_field(body, "end_date", 10));
    auto start = parse_iso_date(start_text);
    auto end = parse_iso_date(end_text);
    if (!start) return fail(invalid_field("start_date", "must be YYYY-MM-DD"));
    if (!end) return fail(invalid_field("end_date", "must be YYYY-MM-DD"));
    if (std::chrono::sys_days{*end} < std::chrono::sys_days{*start})
        return fail(invalid_field("end_date", "must not be before start_date"));
    return std::pair{*start, *end};
}

json procedure_notice(const ProcedureKind& k, Date start, Date end) {
    auto s = format_iso_date(start), e = format_iso_date(end);
    return {{"title_zh", "特殊程序审查期限告知书"},
            {"title_en", "Notice of the time limit of a special procedure"},
            {"text_zh", "您申请的事项需要进行" + std::string{k.zh} + "，自" + s + "至" + e +
                            "所需时间不计入审查期限。"},
            {"text_en", "Your application needs " + std::string{k.en} + ". The time from " + s +
                            " to " + e + " does not count towards the review time limit."}};
}

// 特别程序 (art. 15): the legal clock pauses for its working days.
Result<StageOutcome, ApiError> special_procedure(RequestContext& ctx, const Case& c,
                                                 const json& body) {
    std::vector<std::string_view> kinds;
    for (const auto& k : kProcedures) kinds.push_back(k.kind);
    NH_ASSIGN(auto kind, enum_field(body, "kind", kinds));
    NH_ASSIGN(auto dates, procedure_dates(body));
    const auto& info = *std::find_if(kProcedures.begin(), kProcedures.end(),
                                     [&](const auto& k) { return k.kind == kind; });
    NH_ASSIGN(auto calendar, load_calendar(ctx.db));
    NH_ASSIGN(int paused, calendar.working_days_between(add_days(dates.first, -1), dates.second));
    json data{{"kind", kind},
              {"kind_zh", info.zh},
              {"start_date", format_iso_date(dates.first)},
              {"end_date", format_iso_date(dates.second)},
              {"clock_paused", true},
              {"paused_working_days", paused},
              {"notice", procedure_notice(info, dates.first, dates.second)},
              {"started_at", now_iso(ctx)},
              {"legal_deadline_extended_to", nullptr}};
    if (c.data.contains("receipt")) {
        auto legal = parse_iso_date(c.data["receipt"].value("legal_deadline", ""));
        if (legal && paused > 0) {
            NH_ASSIGN(auto extended, calendar.add_working_days(*legal, paused));
            data["legal_deadline_extended_to"] = format_iso_date(extended);
        }
    }
    return StageOutcome{"", data, {{"special_procedure", data}}};
}

// The legal deadline that applies now: the receipt's, moved by a special procedure.
std::optional<Date> legal_deadline(const Case& c) {
    if (c.data.contains("special_procedure") &&
        c.data["special_procedure"]["legal_deadline_extended_to"].is_string())
        return parse_iso_date(
            c.data["special_procedure"]["legal_deadline_extended_to"].get<std::string>());
    if (c.data.contains("receipt"))
        return parse_iso_date(c.data["receipt"].value("legal_deadline", ""));
    return std::nullopt;
}

Result<StageOutcome, ApiError> decision(RequestContext& ctx, const Case& c, const json& body) {
    NH_ASSIGN(auto outcome, enum_field(body, "outcome", {"approve", "refuse"}));
    NH_ASSIGN(auto document_no, string_field(body, "document_no", 60));
    bool refuse = outcome == "refuse";
    NH_ASSIGN(auto reason_zh, refuse ? string_field(body, "reason_zh", 500).map(json_string)
                                     : string_or_empty(body, "reason_zh", 500));
    NH_ASSIGN(auto reason_en, string_or_empty(body, "reason_en", 500));
    auto due = legal_deadline(c);
    json data{{"outcome", outcome},
              {"document_title_zh", refuse ? "不予批准决定书" : "批准决定书"},
              {"document_title_en", refuse ? "Decision of refusal" : "Decision of approval"},
              {"document_no", document_no},
              {"reason_zh", reason_zh},
              {"reason_en", reason_en},
              {"decided_at", now_iso(ctx)},
              {"within_legal_deadline",
               !due || std::chrono::sys_days{today(ctx)} <= std::chrono::sys_days{*due}},
              {"remedy_zh", refuse ? kRemedyZh : ""},
              {"remedy_en", refuse ? kRemedyEn : ""}};
    json updates{{"decision", data}};
    if (c.status == "clock_paused") {
        json procedure = c.data["special_procedure"];
        procedure["clock_paused"] = false;
        procedure["ended_at"] = now_iso(ctx);
        updates["special_procedure"] = procedure;
    }
    return StageOutcome{outcome, data, updates};
}

Result<StageOutcome, ApiError> settlement(RequestContext& ctx, const Case& c, const json& body) {
    NH_ASSIGN(auto note, string_or_empty(body, "note", 300));
    auto due = legal_deadline(c);
    json data{{"settled_at", now_iso(ctx)},
              {"note", note},
              {"within_legal_deadline",
               !due || std::chrono::sys_days{today(ctx)} <= std::chrono::sys_days{*due}}};
    return StageOutcome{"", data, {{"settlement", data}}};
}

json tracking_entry(const RequestContext& ctx, const std::string& zh, const std::string& en) {
    return {{"at", now_iso(ctx)}, {"status_zh", zh}, {"status_en", en}};
}

Result<json, ApiError> express_delivery(RequestContext& ctx, const Case& c, const json& body) {
    NH_ASSIGN(auto company, string_field(body, "courier_company", 40));
    NH_ASSIGN(auto waybill, string_field(body, "waybill_no", 40));
    NH_ASSIGN(auto zh, optional_string_field(body, "tracking_status_zh", 100));
    NH_ASSIGN(auto en, optional_string_field(body, "tracking_status_en", 100));
    json tracking = json::array();
    if (c.status == "in_transit") tracking = c.data["delivery"].value("tracking", json::array());
    tracking.push_back(
        tracking_entry(ctx, zh.value_or("已揽收"), en.value_or("Picked up by the courier")));
    return json{{"courier_company", company}, {"waybill_no", waybill}, {"tracking", tracking}};
}

Result<StageOutcome, ApiError> delivery(RequestContext& ctx, const Case& c, const ItemInfo& item,
                                        const json& body) {
    NH_ASSIGN(auto method, method_field(body, item.delivery_methods));
    json data{{"method", method}, {"sent_at", now_iso(ctx)}, {"delivered_at", nullptr}};
    if (method == "on_site") {
        NH_ASSIGN(auto code, optional_string_field(body, "hall_code", 40));
        NH_ASSIGN(auto hall, hall_place(ctx.db, code.value_or(c.hall_code)));
        data["pickup_place"] = hall;
        data["pickup_note_zh"] = "请携带本人身份证件到窗口领取，或在自助终端确认领取。";
        data["pickup_note_en"] =
            "Collect it at the window with your identity card, or confirm "
            "the pickup at a self-service kiosk.";
    } else if (method == "express") {
        NH_ASSIGN(auto express, express_delivery(ctx, c, body));
        data.update(express);
        if (c.status == "in_transit") data["sent_at"] = c.data["delivery"]["sent_at"];
    } else {
        data["pushed_to_zh"] = "广东政务服务网个人空间及“粤省事”";
        data["pushed_to_en"] =
            "Your space on the Guangdong government service portal and Yueshengshi";
    }
    return StageOutcome{method, data, {{"delivery", data}}};
}

Result<StageOutcome, ApiError> archive(RequestContext& ctx, const Case& c) {
    json data{{"archive_no", "NHGD" + c.code}, {"archived_at", now_iso(ctx)}};
    return StageOutcome{"", data, {{"archive", data}}};
}

}  // namespace

nlohmann::json delivered_updates(const RequestContext& ctx, const Case& c,
                                 std::string_view confirmed_by) {
    json delivery = c.data.value("delivery", json::object());
    delivery["delivered_at"] = now_iso(ctx);
    delivery["confirmed_by"] = confirmed_by;
    return {{"delivery", delivery}};
}

Result<StageOutcome, ApiError> stage_outcome(RequestContext& ctx, const Case& c,
                                             const ItemInfo& item, std::string_view stage,
                                             const nlohmann::json& body) {
    if (stage == "pre_review") return pre_review(ctx, c, body);
    if (stage == "submission") return submission(ctx, c, item, body);
    if (stage == "acceptance") return acceptance(ctx, c, item);
    if (stage == "refusal_of_acceptance") return refusal_of_acceptance(ctx, body);
    if (stage == "correction") return correction(ctx, c, body);
    if (stage == "special_procedure") return special_procedure(ctx, c, body);
    if (stage == "decision") return decision(ctx, c, body);
    if (stage == "settlement") return settlement(ctx, c, body);
    if (stage == "delivery") return delivery(ctx, c, item, body);
    if (stage == "delivered") {
        auto updates = delivered_updates(ctx, c, "department");
        return StageOutcome{"", {{"confirmed_by", "department"}}, updates};
    }
    if (stage == "archive") return archive(ctx, c);
    return fail(invalid_field("stage", "cannot be entered by a staff event"));
}

}  // namespace nanhai::platform
