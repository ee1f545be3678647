// Conduct records, blacklistings and appeals (art. 25). The rule is applied when a record is
// added, so the blacklist is always a stored fact with a notice date, never recomputed on read.
#include "platform/domain/blacklist.hpp"

#include <array>
#include <string_view>

#include "platform/api/try.hpp"
#include "platform/domain/working_calendar.hpp"

namespace nanhai::platform {
namespace {

std::int64_t seconds(Instant t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }
Instant instant(std::int64_t s) { return Instant{std::chrono::seconds{s}}; }

// The regulation writes small counts in Chinese numerals ("超过三次").
std::string chinese_count(int n) {
    static constexpr std::array<std::string_view, 11> kNumerals{
        "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return n >= 0 && n <= 10 ? std::string{kNumerals[static_cast<std::size_t>(n)]}
                             : std::to_string(n);
}

bool blacklists_at_once(const std::string& kind) {
    return kind == "false_materials" || kind == "malicious_attack";
}

// Reason texts follow art. 25 (1)-(5); the counted kinds name the configured threshold.
std::pair<std::string, std::string> reason(const std::string& kind, const Rules& rules) {
    auto zh_n = chinese_count(rules.blacklist_threshold);
    auto en_n = std::to_string(rules.blacklist_threshold);
    if (kind == "missed_appointment")
        return {"预约后失约超过" + zh_n + "次，占用公共服务资源",
                "Missed booked appointments more than " + en_n + " times"};
    if (kind == "irrelevant_upload")
        return {"不按要求提交申请材料、填写或上传与办事无关的信息超过" + zh_n + "次",
                "Did not submit the required materials, or entered or uploaded information "
                "unrelated to the application, more than " + en_n + " times"};
    if (kind == "false_complaint_or_evaluation")
        return {"提出与事实不符的投诉、评价超过" + zh_n + "次",
                "Made complaints or evaluations found to be untrue more than " + en_n + " times"};
    if (kind == "false_materials")
        return {"办理事项时提供虚假申请材料、信息或采取其他欺诈手段",
                "Provided false application materials or information, or used other fraud"};
    return {"不诚信或恶意攻击系统", "Dishonest conduct or a malicious attack on the system"};
}

// The last day to appeal: `appeal_working_days` working days after the notice. When the
// calendar of that year is not published yet the deadline is 60 calendar days after the notice:
// longer than 30 working days can ever span, so the applicant never loses time to missing data.
Result<Date, ApiError> appeal_deadline(Database& db, Date notice, const Rules& rules) {
    NH_ASSIGN(auto calendar, load_calendar(db));
    auto deadline = calendar.add_working_days(notice, rules.appeal_working_days);
    if (deadline) return *deadline;
    if (deadline.error().code != ErrorCode::calendar_not_available) return fail(deadline.error());
    return add_days(notice, rules.appeal_working_days * 2);
}

Result<std::int64_t, ApiError> uncleared_count(Database& db, std::int64_t applicant_id,
                                               const std::string& kind) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT COUNT(*) FROM conduct_records WHERE applicant_id = ? "
                                    "AND kind = ? AND cleared = 0"));
    stmt.bind(1, applicant_id).bind(2, kind);
    NH_TRY(stmt.step());
    return stmt.int_at(0);
}

// Creates the active blacklisting for `kind` unless one is already active.
Result<void, ApiError> blacklist(Database& db, Instant now, const Rules& rules,
                                 std::int64_t applicant_id, const std::string& kind) {
    Date notice = local_date(now);
    NH_ASSIGN(Date deadline, appeal_deadline(db, notice, rules));
    NH_ASSIGN(auto stmt, db.prepare(
        "INSERT INTO blacklistings (applicant_id, kind, notice_date, appeal_deadline, status) "
        "SELECT ?, ?, ?, ?, 'active' WHERE NOT EXISTS (SELECT 1 FROM blacklistings WHERE "
        "applicant_id = ? AND kind = ? AND status = 'active')"));
    stmt.bind(1, applicant_id).bind(2, kind).bind(3, format_iso_date(notice));
    stmt.bind(4, format_iso_date(deadline)).bind(5, applicant_id).bind(6, kind);
    NH_TRY(stmt.run());
    return {};
}

nlohmann::json read_appeal(const Statement& s) {
    return {{"id", s.int_at(0)},
            {"blacklisting_id", s.int_at(1)},
            {"status", s.text_at(2)},
            {"statement", s.text_at(3)},
            {"filed_at", format_iso_instant(instant(s.int_at(4)))},
            {"decided_at", s.is_null(5) ? nlohmann::json(nullptr)
                                        : nlohmann::json(format_iso_instant(instant(s.int_at(5))))},
            {"decision_note",
             s.is_null(6) ? nlohmann::json(nullptr) : nlohmann::json(s.text_at(6))}};
}

constexpr std::string_view kAppealColumns =
    "id, blacklisting_id, status, statement, filed_at, decided_at, decision_note";

Result<nlohmann::json, ApiError> latest_appeal(Database& db, std::int64_t blacklisting_id) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT " + std::string{kAppealColumns} +
                                    " FROM appeals WHERE blacklisting_id = ? ORDER BY id DESC "
                                    "LIMIT 1"));
    stmt.bind(1, blacklisting_id);
    NH_ASSIGN(bool found, stmt.step());
    return found ? read_appeal(stmt) : nlohmann::json(nullptr);
}

// Working days left to appeal; null when the calendar of the deadline's year is not published.
Result<nlohmann::json, ApiError> working_days_left(const WorkingCalendar& calendar, Date today,
                                                   Date deadline) {
    if (std::chrono::sys_days{deadline} <= std::chrono::sys_days{today}) return nlohmann::json(0);
    auto left = calendar.working_days_between(today, deadline);
    if (left) return nlohmann::json(*left);
    if (left.error().code == ErrorCode::calendar_not_available) return nlohmann::json(nullptr);
    return fail(left.error());
}

struct Blacklisting {
    std::int64_t id;
    std::string kind;
    std::string notice_date;
    std::string appeal_deadline;
};

Result<std::vector<Blacklisting>, ApiError> active_blacklistings(Database& db,
                                                                 std::int64_t applicant_id) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT id, kind, notice_date, appeal_deadline FROM "
                                    "blacklistings WHERE applicant_id = ? AND status = 'active' "
                                    "ORDER BY id"));
    stmt.bind(1, applicant_id);
    std::vector<Blacklisting> out;
    for (;;) {
        NH_ASSIGN(bool row, stmt.step());
        if (!row) break;
        out.push_back({stmt.int_at(0), stmt.text_at(1), stmt.text_at(2), stmt.text_at(3)});
    }
    return out;
}

Result<nlohmann::json, ApiError> entry_view(Database& db, const WorkingCalendar& calendar,
                                            std::int64_t applicant_id, const Blacklisting& b,
                                            Date today, const Rules& rules) {
    auto [zh, en] = reason(b.kind, rules);
    Date deadline = *parse_iso_date(b.appeal_deadline);
    NH_ASSIGN(auto left, working_days_left(calendar, today, deadline));
    NH_ASSIGN(auto appeal, latest_appeal(db, b.id));
    NH_ASSIGN(auto count, uncleared_count(db, applicant_id, b.kind));
    bool open = std::chrono::sys_days{today} <= std::chrono::sys_days{deadline};
    bool pending = appeal.is_object() && appeal["status"] == "pending";
    return nlohmann::json{{"id", b.id}, {"kind", b.kind}, {"reason_zh", zh}, {"reason_en", en},
                          {"record_count", count}, {"notice_date", b.notice_date},
                          {"appeal_deadline", b.appeal_deadline},
                          {"appeal_working_days_left", left}, {"can_appeal", open && !pending},
                          {"blocked", {"booking", "applying"}}, {"appeal", appeal}};
}

struct AppealRow {
    std::int64_t blacklisting_id;
    std::int64_t applicant_id;
    std::string status;
    std::string kind;
};

Result<AppealRow, ApiError> load_appeal_row(Database& db, std::int64_t appeal_id) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT a.blacklisting_id, a.applicant_id, a.status, b.kind "
                                    "FROM appeals a JOIN blacklistings b ON b.id = "
                                    "a.blacklisting_id WHERE a.id = ?"));
    stmt.bind(1, appeal_id);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("appeal", std::to_string(appeal_id)));
    return AppealRow{stmt.int_at(0), stmt.int_at(1), stmt.text_at(2), stmt.text_at(3)};
}

// An upheld appeal shows the conduct was unintentional: the blacklisting goes, and the records
// that led to it stop counting towards a new one.
Result<void, ApiError> remove_blacklisting(Database& db, const AppealRow& appeal, Instant now) {
    NH_ASSIGN(auto remove, db.prepare("UPDATE blacklistings SET status = 'removed', removed_at = ? "
                                      "WHERE id = ? AND status = 'active'"));
    remove.bind(1, seconds(now)).bind(2, appeal.blacklisting_id);
    NH_TRY(remove.run());
    NH_ASSIGN(auto clear, db.prepare("UPDATE conduct_records SET cleared = 1 WHERE "
                                     "applicant_id = ? AND kind = ? AND cleared = 0"));
    clear.bind(1, appeal.applicant_id).bind(2, appeal.kind);
    NH_TRY(clear.run());
    return {};
}

}  // namespace

Result<std::int64_t, ApiError> record_conduct(Database& db, Instant now, const Rules& rules,
                                              std::int64_t applicant_id, const std::string& kind,
                                              const std::string& reference,
                                              const std::string& recorded_by) {
    NH_ASSIGN(auto insert, db.prepare("INSERT INTO conduct_records (applicant_id, kind, at, "
                                      "reference, terminal_id) VALUES (?,?,?,?,?)"));
    insert.bind(1, applicant_id).bind(2, kind).bind(3, seconds(now)).bind(4, reference);
    insert.bind(5, recorded_by);
    NH_TRY(insert.run());
    auto id = db.last_insert_id();
    NH_ASSIGN(auto count, uncleared_count(db, applicant_id, kind));
    if (blacklists_at_once(kind) || count > rules.blacklist_threshold)
        NH_TRY(blacklist(db, now, rules, applicant_id, kind));
    return id;
}

Result<void, ApiError> add_conduct_record(RequestContext& ctx, std::int64_t applicant_id,
                                          const std::string& kind, const std::string& reference) {
    std::string recorder = ctx.terminal ? ctx.terminal->id : "platform";
    NH_TRY(record_conduct(ctx.db, ctx.now, ctx.rules, applicant_id, kind, reference, recorder));
    return {};
}

Result<nlohmann::json, ApiError> blacklist_view(Database& db, std::int64_t applicant_id,
                                                Instant now, const Rules& rules) {
    NH_ASSIGN(auto active, active_blacklistings(db, applicant_id));
    auto entries = nlohmann::json::array();
    if (!active.empty()) {
        NH_ASSIGN(auto calendar, load_calendar(db));
        for (const auto& b : active) {
            NH_ASSIGN(auto entry,
                      entry_view(db, calendar, applicant_id, b, local_date(now), rules));
            entries.push_back(std::move(entry));
        }
    }
    return nlohmann::json{{"blacklisted", !entries.empty()}, {"entries", entries}};
}

Result<void, ApiError> ensure_not_blacklisted(Database& db, std::int64_t applicant_id, Instant now,
                                              const Rules& rules) {
    NH_ASSIGN(auto view, blacklist_view(db, applicant_id, now, rules));
    if (view["blacklisted"].get<bool>())
        return fail(api_error(ErrorCode::applicant_blacklisted, {{"entries", view["entries"]}}));
    return {};
}

Result<nlohmann::json, ApiError> appeal_view(Database& db, std::int64_t appeal_id) {
    NH_ASSIGN(auto stmt, db.prepare("SELECT " + std::string{kAppealColumns} +
                                    " FROM appeals WHERE id = ?"));
    stmt.bind(1, appeal_id);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("appeal", std::to_string(appeal_id)));
    return read_appeal(stmt);
}

Result<std::int64_t, ApiError> file_appeal(RequestContext& ctx, std::int64_t applicant_id,
                                           std::int64_t blacklisting_id,
                                           const std::string& statement) {
    NH_ASSIGN(auto stmt, ctx.db.prepare("SELECT status, appeal_deadline, (SELECT COUNT(*) FROM "
                                        "appeals WHERE blacklisting_id = b.id AND status = "
                                        "'pending') FROM blacklistings b WHERE id = ? AND "
                                        "applicant_id = ?"));
    stmt.bind(1, blacklisting_id).bind(2, applicant_id);
    NH_ASSIGN(bool found, stmt.step());
    if (!found) return fail(not_found("blacklisting", std::to_string(blacklisting_id)));
    if (stmt.text_at(0) != "active") return fail(api_error(ErrorCode::not_blacklisted));
    auto deadline = stmt.text_at(1);
    if (format_iso_date(local_date(ctx.now)) > deadline)
        return fail(api_error(ErrorCode::appeal_deadline_passed, {{"appeal_deadline", deadline}}));
    if (stmt.int_at(2) > 0) return fail(api_error(ErrorCode::appeal_already_pending));
    NH_ASSIGN(auto insert, ctx.db.prepare("INSERT INTO appeals (blacklisting_id, applicant_id, "
                                          "filed_at, statement, status, terminal_id) VALUES "
                                          "(?,?,?,?,'pending',?)"));
    insert.bind(1, blacklisting_id).bind(2, applicant_id).bind(3, seconds(ctx.now));
    insert.bind(4, statement).bind(5, ctx.terminal->id);
    NH_TRY(insert.run());
    return ctx.db.last_insert_id();
}

Result<void, ApiError> decide_appeal(RequestContext& ctx, std::int64_t appeal_id,
                                     const std::string& outcome, const std::string& note) {
    NH_ASSIGN(auto appeal, load_appeal_row(ctx.db, appeal_id));
    ctx.audit_applicant = appeal.applicant_id;
    if (appeal.status != "pending")
        return fail(api_error(ErrorCode::appeal_already_decided, {{"status", appeal.status}}));
    NH_ASSIGN(auto update, ctx.db.prepare("UPDATE appeals SET status = ?, decided_at = ?, "
                                          "decision_note = ? WHERE id = ?"));
    update.bind(1, outcome).bind(2, seconds(ctx.now)).bind(3, note).bind(4, appeal_id);
    NH_TRY(update.run());
    if (outcome == "upheld") NH_TRY(remove_blacklisting(ctx.db, appeal, ctx.now));
    return {};
}

std::string missed_appointment_warning_zh(const Rules& rules) {
    return "请按预约时间到大厅签到。未按时到达视为自动放弃，并记失约一次；失约超过" +
           chinese_count(rules.blacklist_threshold) + "次将被纳入网上办事黑名单。";
}

std::string missed_appointment_warning_en(const Rules& rules) {
    return "Please check in at the hall at your booked time. If you do not come, the booking is "
           "given up and counted as missed; more than " +
           std::to_string(rules.blacklist_threshold) +
           " missed appointments put you on the online-services blacklist.";
}

}  // namespace nanhai::platform
