#include "platform/api/api_error.hpp"

#include <vector>

namespace nanhai::platform {
namespace {

using E = ErrorCode;

const std::vector<ErrorInfo> kErrors{
    {E::malformed_json, 400, "malformed_json", "请求内容不是有效的 JSON", "The request body is not valid JSON"},
    {E::payload_too_large, 413, "payload_too_large", "请求内容过大", "The request body is too large"},
    {E::unsupported_media_type, 415, "unsupported_media_type", "请求内容须为 JSON", "The request body must be JSON"},
    {E::validation_failed, 422, "validation_failed", "请求字段有误", "A request field is invalid"},
    {E::unknown_route, 404, "unknown_route", "没有这个接口", "There is no such endpoint"},
    {E::method_not_allowed, 405, "method_not_allowed", "该接口不支持此方法", "The endpoint does not support this method"},
    {E::terminal_unknown, 401, "terminal_unknown", "终端未登记或密钥错误", "Unknown terminal or wrong terminal key"},
    {E::terminal_forbidden, 403, "terminal_forbidden", "该终端无权进行此操作", "This terminal may not do this"},
    {E::session_required, 401, "session_required", "请先进行身份认证", "Please sign in first"},
    {E::session_expired, 401, "session_expired", "登录已过期，请重新认证", "The session has expired; please sign in again"},
    {E::session_terminal_mismatch, 401, "session_terminal_mismatch", "登录凭证不属于本终端", "The session belongs to another terminal"},
    {E::auth_level_insufficient, 403, "auth_level_insufficient", "该事项需要更高的认证级别", "This service needs a higher authentication level"},
    {E::idempotency_key_required, 400, "idempotency_key_required", "缺少幂等键 Idempotency-Key", "The Idempotency-Key header is required"},
    {E::idempotency_key_reused, 422, "idempotency_key_reused", "幂等键已用于不同的请求", "The Idempotency-Key was used for a different request"},
    {E::invalid_id_number, 422, "invalid_id_number", "身份证号码无效", "The ID number is invalid"},
    {E::invalid_credit_code, 422, "invalid_credit_code", "统一社会信用代码无效", "The unified social credit code is invalid"},
    {E::invalid_approval_code, 422, "invalid_approval_code", "统一审批编码无效", "The approval code is invalid"},
    {E::identity_token_invalid, 401, "identity_token_invalid", "电子身份码无效", "The mobile identity code is invalid"},
    {E::identity_token_expired, 401, "identity_token_expired", "电子身份码已过期，请刷新后重试", "The mobile identity code has expired; refresh it and try again"},
    {E::identity_token_replayed, 401, "identity_token_replayed", "电子身份码已使用，请刷新后重试", "The mobile identity code was already used; refresh it and try again"},
    {E::id_card_expired, 422, "id_card_expired", "证件已过有效期", "The identity card has expired"},
    {E::not_found, 404, "not_found", "未找到相关记录", "Not found"},
    {E::item_not_served_at_hall, 422, "item_not_served_at_hall", "该大厅不办理此事项", "This hall does not serve this item"},
    {E::not_a_working_day, 422, "not_a_working_day", "该日不是工作日", "That day is not a working day"},
    {E::hall_closed, 422, "hall_closed", "该大厅当天不开放", "The hall is closed that day"},
    {E::calendar_not_available, 422, "calendar_not_available", "该年度工作日历尚未发布", "The working-day calendar of that year is not available"},
    {E::slot_full, 409, "slot_full", "该时段已约满", "This time slot is fully booked"},
    {E::slot_in_past, 409, "slot_in_past", "该时段已过", "This time slot has passed"},
    {E::duplicate_booking, 409, "duplicate_booking", "您当天已预约该事项", "You already have a booking for this item on that day"},
    {E::cancel_cutoff_passed, 409, "cancel_cutoff_passed", "已过取消预约的截止时间", "It is too late to cancel this booking"},
    {E::appointment_not_active, 409, "appointment_not_active", "该预约已取消、已签到或已失约", "This booking is cancelled, checked in or missed"},
    {E::check_in_wrong_hall, 409, "check_in_wrong_hall", "请到预约的大厅签到", "Please check in at the hall you booked"},
    {E::check_in_too_early, 409, "check_in_too_early", "尚未到签到时间", "It is too early to check in"},
    {E::check_in_too_late, 409, "check_in_too_late", "预约时段已结束", "The booked time slot has ended"},
    {E::applicant_blacklisted, 403, "applicant_blacklisted", "您已被纳入网上办事黑名单，暂不能办理", "You are on the online-services blacklist and cannot do this now"},
    {E::evaluation_reason_required, 422, "evaluation_reason_required", "不满意评价须说明理由", "An unsatisfied rating needs at least one reason"},
    {E::already_evaluated, 409, "already_evaluated", "您已评价过该办件", "You have already rated this case"},
    {E::case_not_evaluable, 409, "case_not_evaluable", "办件尚未作出决定，暂不能评价", "The case has no decision yet and cannot be rated"},
    {E::evaluation_not_contestable, 409, "evaluation_not_contestable", "该评价不能再申辩", "This rating cannot be contested now"},
    {E::invalid_stage_transition, 409, "invalid_stage_transition", "办件当前环节不能进行此操作", "The case is not at a stage that allows this"},
    {E::not_blacklisted, 409, "not_blacklisted", "该记录不在黑名单中", "There is no active blacklisting"},
    {E::appeal_deadline_passed, 409, "appeal_deadline_passed", "已超过申诉期限", "The appeal deadline has passed"},
    {E::appeal_already_pending, 409, "appeal_already_pending", "已有申诉在处理中", "An appeal is already pending"},
    {E::appeal_already_decided, 409, "appeal_already_decided", "该申诉已处理", "This appeal has been decided"},
    {E::test_clock_disabled, 404, "test_clock_disabled", "未启用测试时钟", "The test clock is not enabled"},
    {E::internal_error, 500, "internal_error", "系统内部错误，请稍后再试", "Internal error; please try again later"},
};

const ErrorInfo& info(ErrorCode code) {
    for (const auto& e : kErrors)
        if (e.code == code) return e;
    return kErrors.back();
}

}  // namespace

int ApiError::http_status() const { return info(code).status; }
std::string_view ApiError::code_name() const { return info(code).name; }

nlohmann::json ApiError::to_json() const {
    const auto& e = info(code);
    return {{"error",
             {{"code", e.name},
              {"message_zh", e.message_zh},
              {"message_en", e.message_en},
              {"details", details}}}};
}

ApiError invalid_field(std::string_view field, std::string_view problem) {
    return api_error(ErrorCode::validation_failed, {{"field", field}, {"problem", problem}});
}

ApiError not_found(std::string_view resource, std::string_view id) {
    return api_error(ErrorCode::not_found, {{"resource", resource}, {"id", id}});
}

const std::vector<ErrorInfo>& all_error_codes() { return kErrors; }

}  // namespace nanhai::platform
