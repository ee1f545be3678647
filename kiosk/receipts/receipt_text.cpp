// Receipt wording (see receipt_text.hpp).
#include "kiosk/receipts/receipt_text.hpp"

#include <array>

namespace nanhai::kiosk::receipts {
namespace {

struct Label {
    std::string_view key;
    std::string_view zh;
    std::string_view en;
};

constexpr Label kLabels[] = {
    {"header", "佛山市南海区政务服务", "Nanhai District Government Services"},
    {"slip.title", "预约凭条", "Appointment slip"},
    {"slip.qr_hint", "到大厅后，在自助终端扫描此二维码签到", "At the hall, scan this code at a kiosk to check in"},
    {"ticket.title", "排队号", "Queue ticket"},
    {"ticket.waiting", "前面还有 {n} 人", "{n} people ahead of you"},
    {"ticket.hint", "请留意叫号屏和广播，过号需重新取号", "Watch the screens for your number; a missed number must be taken again"},
    {"acceptance.title", "受理回执", "Acceptance receipt"},
    {"acceptance.qr_hint", "扫描二维码或输入办件编号可查询进度", "Scan the code or enter the case number to follow your case"},
    {"status.title", "办件进度", "Case status"},
    {"status.progress", "办理经过", "Progress"},
    {"consultation.title", "咨询回执", "Consultation receipt"},
    {"complaint.title", "投诉回执", "Complaint receipt"},
    {"consultation.hint", "凭回执号可在自助终端或网上查询答复", "Use the ticket number at a kiosk or online to read the reply"},
    {"evaluation.title", "评价确认", "Evaluation receipt"},
    {"evaluation.hint", "感谢您的评价，扫码可查看办件", "Thank you for your rating; scan to see the case"},
    {"field.rating", "评价", "Rating"},
    {"field.reasons", "原因", "Reasons"},
    {"field.evaluated_at", "评价时间", "Rated"},
    {"field.appointment_code", "预约号", "Appointment no."},
    {"field.item", "事项", "Service"},
    {"field.department", "部门", "Department"},
    {"field.hall", "大厅", "Hall"},
    {"field.date", "日期", "Date"},
    {"field.time", "时间", "Time"},
    {"field.check_in_from", "签到时间", "Check in from"},
    {"field.cancel_until", "可取消至", "Cancel until"},
    {"field.applicant", "申请人", "Applicant"},
    {"field.id", "证件号", "ID no."},
    {"field.case_code", "办件编号", "Case no."},
    {"field.receipt_no", "回执号", "Receipt no."},
    {"field.accepted_at", "受理时间", "Accepted"},
    {"field.legal_limit", "法定时限", "Legal time limit"},
    {"field.promised_limit", "承诺时限", "Promised time limit"},
    {"field.working_days", "{n} 个工作日（{date} 前）", "{n} working days (by {date})"},
    {"field.on_the_spot", "即办", "settled on the spot"},
    {"field.stage", "当前环节", "Stage"},
    {"field.status", "状态", "Status"},
    {"field.filed", "申请日期", "Filed"},
    {"field.updated", "更新时间", "Updated"},
    {"field.ticket", "回执号", "Ticket no."},
    {"field.subject", "主题", "Subject"},
    {"field.filed_at", "提交时间", "Submitted"},
    {"field.reply_due", "答复期限", "Reply due by"},
    {"field.phone", "联系电话", "Phone"},
    {"field.channel", "渠道", "Channel"},
    {"field.checked_in_at", "签到时间", "Checked in"},
    {"footer.printed", "打印时间 {time}  终端 {terminal}", "Printed {time} at {terminal}"},
    {"footer.keep", "请妥善保管本凭条", "Please keep this slip"},
    {"stage.apply", "申请", "Application"},
    {"stage.pre_review", "网上预审", "Pre-review"},
    {"stage.submission", "递交材料", "Submission of materials"},
    {"stage.acceptance", "受理", "Acceptance"},
    {"stage.refusal_of_acceptance", "不予受理", "Refusal of acceptance"},
    {"stage.correction", "补正", "Correction"},
    {"stage.special_procedure", "特别程序", "Special procedure"},
    {"stage.decision", "审批决定", "Decision"},
    {"stage.settlement", "办结", "Settlement"},
    {"stage.delivery", "送达", "Delivery of the result"},
    {"stage.delivered", "已送达", "Delivered"},
    {"stage.archive", "归档", "Archive"},
};

constexpr std::array<std::string_view, 7> kWeekdayZh{"星期一", "星期二", "星期三", "星期四",
                                                     "星期五", "星期六", "星期日"};
constexpr std::array<std::string_view, 7> kWeekdayEn{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 12> kMonthEn{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

const Label* find(std::string_view key) {
    for (const auto& l : kLabels)
        if (l.key == key) return &l;
    return nullptr;
}

}  // namespace

Language language_from(std::string_view code) { return code == "en" ? Language::en : Language::zh; }

std::string label(Language language, std::string_view key) {
    const Label* l = find(key);
    if (l == nullptr) return std::string{key};
    return std::string{language == Language::en ? l->en : l->zh};
}

bool has_label(std::string_view key) { return find(key) != nullptr; }

std::string long_date(Language language, Date date) {
    const int y = static_cast<int>(date.year());
    const unsigned m = static_cast<unsigned>(date.month());
    const unsigned d = static_cast<unsigned>(date.day());
    const unsigned w = iso_weekday(date) - 1;
    if (language == Language::en)
        return std::string{kWeekdayEn[w]} + " " + std::to_string(d) + " " +
               std::string{kMonthEn[m - 1]} + " " + std::to_string(y);
    return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日 " +
           std::string{kWeekdayZh[w]};
}

}  // namespace nanhai::kiosk::receipts
