// The screen samples (see screen_samples.hpp). Data follows the demo seed (docs/demo-data.md).
#include "tests/unit/ui/screen_samples.hpp"

#include "kiosk/core/consultation_flow.hpp"
#include "kiosk/core/evaluation_flow.hpp"
#include "kiosk/core/guide_flow.hpp"
#include "kiosk/core/screen_views.hpp"

namespace nanhai::kiosk::ui::test {
namespace {

using namespace nanhai::kiosk::core;

ApplicantBadge chen() { return {"陈*玲", "4406**********0528", "person", "id_card", 3}; }

AppointmentSummary booked_appointment() {
    AppointmentSummary a;
    a.code = "YY202612020001";
    a.status = "booked";
    a.item_zh = "食品经营许可";
    a.item_en = "Food business licence";
    a.hall_zh = "南海区行政服务中心";
    a.hall_en = "Nanhai District Administrative Service Centre";
    a.date = "2026-12-02";
    a.weekday = 3;
    a.start = "09:30";
    a.end = "10:00";
    a.cancel_until = "2026-12-02 07:30";
    a.check_in_from = "2026-12-02 09:00";
    a.can_cancel = true;
    return a;
}

constexpr const char* kSlipQr = "NH1|A|rk1|YY202612020001|NH-DISTRICT|2026-12-02|09:30|c2lnbmF0dXJlLW9mLXRoZS1kZW1vLXNsaXA";
constexpr const char* kRuleZh = "请按预约时间到大厅签到。未按时到达视为自动放弃，并记失约一次；失约超过三次将被纳入网上办事黑名单。";
constexpr const char* kRuleEn = "Please check in at the hall at your booked time. If you do not come, the booking is given up and counted as missed; more than 3 missed appointments put you on the online-services blacklist.";

ScreenSample sample(std::string name, std::string screen, ScreenData data, bool signed_in = true) {
    ViewState v;
    v.screen = std::move(screen);
    v.data = std::move(data);
    if (signed_in) v.applicant = chen();
    return {std::move(name), std::move(v)};
}

std::vector<ItemChoice> items() {
    return {{"SCJG-001", "个体工商户设立登记", "Registration of an individual business", "佛山市南海区市场监督管理局",
             "Market Supervision Bureau", false, 2},
            {"SCJG-002", "食品经营许可", "Food business licence", "佛山市南海区市场监督管理局", "Market Supervision Bureau", true, 3},
            {"RSJ-001", "社会保障卡补换", "Replacement of a social security card", "佛山市南海区人力资源和社会保障局",
             "Human Resources and Social Security Bureau", false, 2},
            {"GAJ-003", "居民身份证换领", "Renewal of a resident ID card", "佛山市公安局南海分局（户政）",
             "Public Security, Household Registration", true, 1},
            {"YBJ-003", "门诊特定病种待遇认定", "Recognition of outpatient specified-disease benefits", "佛山市南海区医疗保障局",
             "Healthcare Security Bureau", true, 3}};
}

CaseTimelineView owner_case() {
    CaseTimelineView v;
    v.code = "440605261118103000010";
    v.item_zh = "户口迁入（人才引进）";
    v.item_en = "Household registration move-in (talent)";
    v.department_zh = "佛山市公安局南海分局（户政）";
    v.department_en = "Public Security, Household Registration";
    v.stage = "acceptance";
    v.stage_zh = "受理";
    v.stage_en = "Acceptance";
    v.status = "accepted";
    v.status_zh = "已受理，审查中";
    v.status_en = "Accepted, under review";
    v.filed_date = "2026-11-18";
    v.updated_at = "2026-11-24 10:40";
    v.restricted = false;
    v.stages = {{"apply", "2026-11-18 09:30"}, {"pre_review", "2026-11-19 10:15"},
                {"submission", "2026-11-19 10:20"}, {"acceptance", "2026-11-24 10:40"}};
    v.details = {
        {"case.section.pre_review",
         {key_line("case.label.verdict", "case.verdict.incomplete"), plain_line("case.label.reviewed_at", "2026-11-19 10:15"),
          key_line("", "case.value.one_time_list"),
          text_line("", "· 学历证书：复印件不清晰，请提供清晰复印件", "· Diploma: the copy is not legible")}},
        {"case.section.submission",
         {key_line("case.label.method", "case.method.on_site"),
          text_line("case.label.next_step", "请携带全部材料原件到南海区行政服务中心递交。", "Bring all originals to the district centre."),
          text_line("case.label.bring_to", "南海区行政服务中心", "Nanhai District Administrative Service Centre"),
          key_line("", "case.value.bring_originals")}},
        {"case.section.receipt",
         {plain_line("case.label.receipt_no", "NHSL2026112400001"),
          key_line("case.label.legal_limit", "case.value.working_days_by", {{"days", "20"}, {"date", "2026-12-22"}}),
          key_line("case.label.promised_limit", "case.value.working_days_by", {{"days", "10"}, {"date", "2026-12-08"}})}},
        {"case.section.delivery",
         {key_line("case.label.method", "case.delivery.express"), text_line("case.label.courier", "顺丰速运", "SF Express"),
          plain_line("case.label.waybill", "SF1234567890123"),
          text_line("", "2026-11-28 10:00  已揽收", "2026-11-28 10:00  Picked up")}},
    };
    v.has_receipt = true;
    v.can_evaluate = true;
    return v;
}

std::vector<ScreenSample> overlays() {
    std::vector<ScreenSample> out;
    auto error = sample("case_query+error", "case_query", CaseQueryView{"440605261130102000011", 21, true, false}, false);
    error.view.error = ErrorPanel{"error.approval_code.bad_check_character", "action.check_code", false, {}, {}, {}};
    out.push_back(error);
    auto refused = sample("check_in+platform_refused", "check_in", CheckInView{}, false);
    refused.view.error = ErrorPanel{"error.platform_refused", "action.ask_staff", false, "check_in_too_early",
                                    "签到时间未到：请在 09:00 之后签到。", "Check-in opens at 09:00.", };
    out.push_back(refused);
    auto busy = sample("appointments.slots+busy", "appointments.slots", BookingSlotsView{});
    busy.view.busy = BusyIndicator{"wait.booking"};
    out.push_back(busy);
    auto countdown = sample("appointments.confirm+countdown", "appointments.confirm", BookingConfirmView{});
    countdown.view.countdown_seconds = 12;
    out.push_back(countdown);
    for (const auto& [state, modal] : {std::pair{"held", true}, std::pair{"failed", true}, std::pair{"qr_only", true},
                                       std::pair{"printing", false}, std::pair{"printed", false},
                                       std::pair{"waiting_for_staff", false}}) {
        auto s = sample(std::string("appointments.booked+print_") + state, "appointments.booked",
                        BookingDoneView{booked_appointment(), kSlipQr, kRuleZh, kRuleEn});
        s.view.print = PrintView{state, "appointment_slip", state == std::string("failed") ? "not_connected" : "paper_out",
                                 kSlipQr, modal};
        out.push_back(s);
    }
    // A job the printer gave up on after it was queued: it will not print; ask staff.
    auto gave_up = sample("appointments.booked+print_failed_ask_staff", "appointments.booked",
                          BookingDoneView{booked_appointment(), kSlipQr, kRuleZh, kRuleEn});
    gave_up.view.print = PrintView{"failed", "appointment_slip", "timeout", kSlipQr, true, "ask_staff"};
    out.push_back(gave_up);
    return out;
}

}  // namespace

std::vector<ScreenSample> screen_samples() {
    std::vector<ScreenSample> s;
    s.push_back(sample("home", "home", HomeView{anonymous_menu()}, false));
    s.push_back(sample("sign_in", "sign_in", SignInView{{"id_card", "mobile_qr", "enterprise_cert"}, "appointments"}, false));
    s.push_back(sample("sign_in.pin", "sign_in.pin",
                       SignInPinView{"佛山市南海区美玲食品有限公司 9144**********003K", 2, 4, false, true, false}, false));
    s.push_back(sample("signed_in", "signed_in", SignedInView{signed_in_menu(), 19, false}));
    // The platform cannot be reached: what needs it is disabled with why; guides still work.
    auto offline_menu = anonymous_menu();
    for (auto& e : offline_menu)
        if (e.widget != "home.guides") e.available = false, e.unavailable_key = "service.out.back_end";
    auto offline = sample("home+offline", "home", HomeView{offline_menu}, false);
    offline.view.notices = {"notice.offline"};
    s.push_back(offline);
    // The printer and the ID card reader are out of order, said before the citizen starts.
    auto devices_down = sample("home+devices_down", "home", HomeView{anonymous_menu()}, false);
    devices_down.view.notices = {"notice.printer_down", "notice.id_reader_down"};
    s.push_back(devices_down);
    auto no_scanner = sample("check_in+scanner_down", "check_in", CheckInView{}, false);
    no_scanner.view.notices = {"notice.scanner_down"};
    s.push_back(no_scanner);

    BlacklistEntryView entry;
    entry.id = 1;
    entry.kind = "missed_appointment";
    entry.reason_zh = "近 12 个月内失约 4 次（超过 3 次）";
    entry.reason_en = "4 missed appointments in 12 months (more than 3)";
    entry.record_count = 4;
    entry.notice_date = "2026-11-20";
    entry.appeal_deadline = "2027-01-05";
    entry.appeal_working_days_left = 24;
    entry.can_appeal = true;
    entry.blocked = {"booking"};
    s.push_back(sample("blacklist.notice", "blacklist.notice", BlacklistNoticeView{{entry}}));
    s.push_back(sample("blacklist.appeal", "blacklist.appeal",
                       BlacklistAppealView{entry, appeal_presets(), "illness", preset_statement("illness"), 1000, true}));
    s.push_back(sample("blacklist.appeal_filed", "blacklist.appeal_filed", AppealFiledView{12, "pending", "2026-12-01T09:05:00+08:00"}));

    s.push_back(sample("case_query", "case_query", CaseQueryView{"44060526", 21, false, true}));
    s.push_back(sample("case.timeline", "case.timeline", owner_case()));
    CaseTimelineView anonymous = owner_case();
    anonymous.restricted = true;
    anonymous.details.clear();
    anonymous.has_receipt = anonymous.can_evaluate = false;
    s.push_back(sample("case.timeline+anonymous", "case.timeline", anonymous, false));
    MyCasesView mine;
    mine.cases = {{"440605261130102000010", "社会保障卡补换", "Replacement of a social security card", "申请", "Application",
                   "已申请，等待预审", "Filed, awaiting pre-review", "2026-11-30"},
                  {"440605261118103000010", "户口迁入（人才引进）", "Household registration move-in (talent)", "受理",
                   "Acceptance", "已受理，审查中", "Accepted, under review", "2026-11-18"}};
    s.push_back(sample("cases.mine", "cases.mine", mine));

    s.push_back(sample("appointments", "appointments", AppointmentsView{{booked_appointment()}, 0}));
    s.push_back(sample("appointments+empty", "appointments", AppointmentsView{}));
    s.push_back(sample("appointments.detail", "appointments.detail", AppointmentDetailView{booked_appointment(), kSlipQr, false, false}));
    s.push_back(sample("appointments.detail+cancel", "appointments.detail", AppointmentDetailView{booked_appointment(), kSlipQr, true, false}));
    s.push_back(sample("appointments.items", "appointments.items", BookingItemsView{items(), 0}));
    s.push_back(sample("appointments.halls", "appointments.halls",
                       BookingHallsView{"食品经营许可", "Food business licence",
                                        {{"NH-DISTRICT", "南海区行政服务中心", "Nanhai District Administrative Service Centre", true, 30},
                                         {"NH-GUICHENG", "桂城街道行政服务中心", "Guicheng Subdistrict Administrative Service Centre", false, 30}},
                                        0}));
    s.push_back(sample("appointments.days", "appointments.days",
                       BookingDaysView{"食品经营许可", "Food business licence", "南海区行政服务中心", "Nanhai District Administrative Service Centre",
                                       {{"2026-12-01", 2, 30}, {"2026-12-02", 3, 56}, {"2026-12-03", 4, 56}}, 0}));
    BookingSlotsView slots{"食品经营许可", "Food business licence", "南海区行政服务中心", "Nanhai District Administrative Service Centre",
                           "2026-12-02", 3, {}, 0};
    for (const auto& [start, end, left] : {std::tuple{"09:00", "09:30", 4}, std::tuple{"09:30", "10:00", 0},
                                           std::tuple{"10:00", "10:30", 1}, std::tuple{"14:00", "14:30", 4}})
        slots.slots.push_back({1, start, end, left, left > 0});
    s.push_back(sample("appointments.slots", "appointments.slots", slots));
    s.push_back(sample("appointments.confirm", "appointments.confirm",
                       BookingConfirmView{"食品经营许可", "Food business licence", "南海区行政服务中心",
                                          "Nanhai District Administrative Service Centre", "2026-12-02", 3, "09:30", "10:00", kRuleZh,
                                          kRuleEn}));
    s.push_back(sample("appointments.booked", "appointments.booked", BookingDoneView{booked_appointment(), kSlipQr, kRuleZh, kRuleEn}));

    s.push_back(sample("check_in", "check_in", CheckInView{"20261202", 12, false, false, {}, 0}, false));
    s.push_back(sample("check_in+signed_in", "check_in", CheckInView{"", 12, false, true, {booked_appointment()}, 0}));
    s.push_back(sample("check_in.ticket", "check_in.ticket",
                       QueueTicketView{"A012", "YY202612020001", "食品经营许可", "Food business licence", "南海区行政服务中心",
                                       "Nanhai District Administrative Service Centre", "2026-12-02", "09:30", "10:00", 3},
                       false));

    EvaluationView rate{"44060526110910500001X", "出生医学证明补发", "Reissue of a medical birth certificate", 4,
                        EvaluationFlow::reason_ids(), {"waiting"}, true, true, std::nullopt};
    s.push_back(sample("evaluate", "evaluate", rate));
    EvaluationView rated = rate;
    rated.existing = ExistingEvaluation{2, "满意", "Satisfied", "2026-10-21 10:00"};
    s.push_back(sample("evaluate+existing", "evaluate", rated));
    s.push_back(sample("evaluate.done", "evaluate.done", EvaluationDoneView{"44060526110910500001X", 2, "满意", "Satisfied"}));

    s.push_back(sample("consult", "consult", ConsultKindView{}, false));
    s.push_back(sample("consult.topic", "consult.topic", ConsultTopicView{"complaint", ConsultationFlow::topic_ids()}, false));
    s.push_back(sample("consult.compose", "consult.compose",
                       ConsultComposeView{"complaint", "service", ConsultationFlow::phrase_ids("service"), {"service_wait"},
                                          ConsultationFlow::phrase_text("service_wait"), 2000, true},
                       false));
    s.push_back(sample("consult.contact", "consult.contact", ConsultContactView{"1380013", false}, false));
    s.push_back(sample("consult.confirm", "consult.confirm",
                       ConsultConfirmView{"complaint", "service", ConsultationFlow::phrase_text("service_wait"), "138****8000"},
                       false));
    s.push_back(sample("consult.filed", "consult.filed",
                       ConsultFiledView{"TS202612010001", "complaint", "窗口服务", "2026-12-15", "2026-12-01 09:00"}, false));

    GuideHomeView guides;
    guides.departments = {{"SCJG", "佛山市南海区市场监督管理局", "Market Supervision Bureau", 4},
                          {"RSJ", "佛山市南海区人力资源和社会保障局", "Human Resources and Social Security Bureau", 3},
                          {"YBJ", "佛山市南海区医疗保障局", "Healthcare Security Bureau", 3}};
    guides.topics = GuideFlow::topic_ids();
    s.push_back(sample("guides", "guides", guides, false));
    s.push_back(sample("guides.items", "guides.items", GuideItemsView{"guides.topic.licence", "", "", items(), 0}, false));
    GuideDetailView guide;
    guide.item = items()[1];
    guide.sections = {
        {"guides.section.materials",
         {DetailLine{"", "guides.material.original", "申请人居民身份证", "Applicant's resident ID card", {{"copies", "1"}}},
          DetailLine{"", "guides.material.copy", "营业执照", "Business licence", {{"copies", "1"}}}}},
        {"guides.section.limits",
         {key_line("guides.label.legal_limit", "guides.value.working_days", {{"days", "10"}}),
          key_line("guides.label.fee", "guides.value.free")}},
        {"guides.section.where",
         {text_line("guides.label.hall", "南海区行政服务中心", "Nanhai District Administrative Service Centre"),
          key_line("", "guides.hours.range",
                   {{"from", "@common.weekday.1"}, {"to", "@common.weekday.5"}, {"times", "09:00–12:00"}})}},
        {"guides.section.how", {key_line("guides.label.submit", "guides.submit.on_site")}},
    };
    guide.can_book = true;
    s.push_back(sample("guides.item", "guides.item", guide, false));

    for (auto& o : overlays()) s.push_back(std::move(o));
    return s;
}

}  // namespace nanhai::kiosk::ui::test
