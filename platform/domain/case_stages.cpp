// The stage table of case_stages.hpp and the choice rules that pick a status inside a stage.
#include "platform/domain/case_stages.hpp"

#include <algorithm>

namespace nanhai::platform {
namespace {

const std::vector<CaseStatusInfo> kTable{
    {"applied", "apply", {"pre_review"}, "已申请，等待预审", "Filed, awaiting pre-review"},
    {"pre_review_passed",
     "pre_review",
     {"submission"},
     "预审通过，请递交材料",
     "Pre-review passed; please hand in the materials"},
    {"corrections_requested",
     "pre_review",
     {"pre_review"},
     "材料不齐，请按一次性告知补齐后重新提交",
     "Materials incomplete; please fix every listed problem and resubmit"},
    {"awaiting_materials",
     "submission",
     {"submission", "acceptance", "refusal_of_acceptance"},
     "等待现场递交材料",
     "Waiting for the materials to be handed in at the hall"},
    {"materials_in_transit",
     "submission",
     {"submission", "acceptance", "refusal_of_acceptance"},
     "材料快递寄送中",
     "Materials on their way by express"},
    {"materials_submitted",
     "submission",
     {"acceptance", "refusal_of_acceptance"},
     "材料已网上提交",
     "Materials submitted online"},
    {"accepted",
     "acceptance",
     {"correction", "special_procedure", "decision"},
     "已受理，审查中",
     "Accepted; under review"},
    {"not_accepted", "refusal_of_acceptance", {"archive"}, "不予受理", "Not accepted"},
    {"correction_requested", "correction", {"correction"}, "需补正材料", "Corrections requested"},
    {"correction_received",
     "correction",
     {"correction", "special_procedure", "decision"},
     "补正材料已收到，审查中",
     "Corrections received; under review"},
    {"clock_paused",
     "special_procedure",
     {"decision"},
     "特殊程序中（审查期限暂停计算）",
     "Special procedure (review time limit paused)"},
    {"approved", "decision", {"settlement"}, "已作出批准决定", "Approved"},
    {"refused", "decision", {"settlement"}, "已作出不予批准决定", "Refused"},
    {"settled", "settlement", {"delivery"}, "已办结", "Settled"},
    {"awaiting_pickup", "delivery", {"delivered"}, "结果待领取", "Result ready for pickup"},
    {"in_transit",
     "delivery",
     {"delivery", "delivered"},
     "结果快递寄送中",
     "Result sent by express"},
    {"pushed", "delivery", {"delivered"}, "结果已网上送达", "Result delivered online"},
    {"delivered", "delivered", {"archive"}, "已送达", "Delivered"},
    {"archived", "archive", {}, "已归档", "Archived"},
};

const std::vector<std::string_view> kStages{"apply",
                                            "pre_review",
                                            "submission",
                                            "acceptance",
                                            "refusal_of_acceptance",
                                            "correction",
                                            "special_procedure",
                                            "decision",
                                            "settlement",
                                            "delivery",
                                            "delivered",
                                            "archive"};

struct StageRow {
    std::string_view stage;
    StageName name;
};
const std::vector<StageRow> kStageNames{
    {"apply", {"申请", "Application"}},
    {"pre_review", {"网上预审", "Pre-review"}},
    {"submission", {"递交材料", "Submission of materials"}},
    {"acceptance", {"受理", "Acceptance"}},
    {"refusal_of_acceptance", {"不予受理", "Refusal of acceptance"}},
    {"correction", {"补正", "Correction"}},
    {"special_procedure", {"特别程序", "Special procedure"}},
    {"decision", {"审批决定", "Decision"}},
    {"settlement", {"办结", "Settlement"}},
    {"delivery", {"送达", "Delivery of the result"}},
    {"delivered", {"已送达", "Delivered"}},
    {"archive", {"归档", "Archive"}},
};

std::optional<std::string> method_status(std::string_view method, std::string_view on_site,
                                         std::string_view express, std::string_view online) {
    if (method == "on_site") return std::string{on_site};
    if (method == "express") return std::string{express};
    if (method == "online") return std::string{online};
    return std::nullopt;
}

std::optional<std::string> choose(std::string_view from, std::string_view stage,
                                  std::string_view choice) {
    if (stage == "pre_review") {
        if (choice == "complete") return "pre_review_passed";
        if (choice == "incomplete") return "corrections_requested";
        return std::nullopt;
    }
    if (stage == "submission")
        return method_status(choice, "awaiting_materials", "materials_in_transit",
                             "materials_submitted");
    if (stage == "delivery") {
        if (from == "in_transit" && choice != "express") return std::nullopt;
        return method_status(choice, "awaiting_pickup", "in_transit", "pushed");
    }
    if (stage == "decision") {
        if (choice == "approve") return "approved";
        if (choice == "refuse") return "refused";
        return std::nullopt;
    }
    if (stage == "correction")
        return from == "correction_requested" ? "correction_received" : "correction_requested";
    return std::nullopt;
}

}  // namespace

const std::vector<CaseStatusInfo>& case_status_table() {
    return kTable;
}
const std::vector<std::string_view>& case_stages() {
    return kStages;
}

const CaseStatusInfo* case_status_info(std::string_view status) {
    for (const auto& row : kTable)
        if (row.status == status) return &row;
    return nullptr;
}

StageName stage_name(std::string_view stage) {
    for (const auto& row : kStageNames)
        if (row.stage == stage) return row.name;
    return {"", ""};
}

bool transition_allowed(std::string_view from_status, std::string_view to_stage) {
    const auto* info = case_status_info(from_status);
    return info && std::find(info->next.begin(), info->next.end(), to_stage) != info->next.end();
}

std::optional<std::string> status_after(std::string_view from_status, std::string_view to_stage,
                                        std::string_view choice) {
    if (!transition_allowed(from_status, to_stage)) return std::nullopt;
    static const std::vector<std::pair<std::string_view, std::string_view>> kFixed{
        {"acceptance", "accepted"},
        {"refusal_of_acceptance", "not_accepted"},
        {"special_procedure", "clock_paused"},
        {"settlement", "settled"},
        {"delivered", "delivered"},
        {"archive", "archived"}};
    for (const auto& [stage, status] : kFixed)
        if (stage == to_stage) return std::string{status};
    return choose(from_status, to_stage, choice);
}

}  // namespace nanhai::platform
