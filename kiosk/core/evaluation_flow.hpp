// Evaluation of a decided case by its owner (好差评, art. 17): one of five levels from
// 非常满意 to 非常不满意; the two unsatisfied levels need at least one reason, picked from
// ready-made ones. A case rated already shows its rating instead (one rating per case).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/flow.hpp"
#include "kiosk/platform_client/evaluation_types.hpp"

namespace nanhai::kiosk::core {

class EvaluationFlow final : public Flow {
public:
    explicit EvaluationFlow(FlowHost& host) : host_{host} {}

    bool owns(std::string_view screen) const override;
    // "evaluate" with the case code as value (from the case's timeline).
    void open(std::string_view screen, std::string_view value) override;
    bool handle(const Intent& intent) override;
    bool back() override;
    ScreenData view() const override;
    void wipe() override;
    std::vector<std::string> personal_data() const override;

    // The reasons offered for an unsatisfied rating (ids; texts sent in Chinese).
    static std::vector<std::string> reason_ids();
    static std::string reason_text(std::string_view id);

private:
    void load(std::string code);
    void choose_level(std::string_view value);
    void toggle_reason(std::string_view id);
    bool can_submit() const;
    void submit();

    FlowHost& host_;
    std::string code_;
    std::string item_zh_, item_en_;
    int level_ = 0;
    std::vector<std::string> selected_;
    std::optional<Evaluation> existing_;  // rated before
    std::optional<Evaluation> done_;      // just rated
    OperationKey key_ = OperationKey::fresh();
};

}  // namespace nanhai::kiosk::core
