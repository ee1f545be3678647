// Views of the evaluation of a service (好差评, art. 17): five levels, reasons required for the
// two unsatisfied ones.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace nanhai::kiosk::core {

struct ExistingEvaluation {
    int level = 0;
    std::string level_zh, level_en;
    std::string at;  // "YYYY-MM-DD HH:MM"
};

struct EvaluationView {  // "evaluate"
    std::string case_code;
    std::string item_zh, item_en;
    int level = 0;  // 0: not chosen; 1 非常满意 ... 5 非常不满意
    std::vector<std::string> reasons;   // preset ids offered (for levels 4 and 5)
    std::vector<std::string> selected;  // preset ids chosen
    bool reasons_needed = false;
    bool can_submit = false;
    std::optional<ExistingEvaluation> existing;  // rated already: shown, not rated again
};

struct EvaluationDoneView {  // "evaluate.done"
    std::string case_code;
    int level = 0;
    std::string level_zh, level_en;
};

}  // namespace nanhai::kiosk::core
