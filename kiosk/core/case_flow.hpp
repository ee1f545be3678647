// The case query (art. 11): an approval code typed on the keypad (its check character verified
// before any network call) or scanned (the bare code, or the acceptance receipt's signed QR,
// whose signature the platform confirms first); the signed-in applicant's own cases; one case's
// stages and, for its owner, every detail with the next step. From there: print the case
// status or the acceptance receipt, evaluate a decided case, confirm an on-site pickup.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/flow.hpp"
#include "kiosk/platform_client/case_types.hpp"

namespace nanhai::kiosk::core {

class CaseFlow final : public Flow {
public:
    explicit CaseFlow(FlowHost& host) : host_{host} {}

    bool owns(std::string_view screen) const override;
    // "case_query": the keypad; "cases.mine": the applicant's cases; "case.timeline" with a
    // code or a receipt QR as value: that case at once (a scan on the home screen).
    void open(std::string_view screen, std::string_view value) override;
    bool handle(const Intent& intent) override;
    bool back() override;
    bool on_scan(const std::string& payload) override;
    ScreenData view() const override;
    void wipe() override;
    std::vector<std::string> personal_data() const override;

private:
    bool handle_keypad(const Intent& intent);
    bool handle_timeline(const Intent& intent);
    void look_up(std::string_view text);
    void send_lookup();
    void look_up_receipt(std::string payload);
    void on_case(Result<CaseView, PlatformError> reply);
    void load_mine();
    void confirm_pickup();
    bool can_evaluate() const;

    FlowHost& host_;
    std::string typed_;              // the keypad's digits (an approval code is not personal)
    std::optional<CaseView> result_;  // the owner's view carries personal details
    std::vector<CaseSummary> mine_;   // the applicant's cases (personal)
    std::string came_from_;           // where "back" leads from the timeline
    int page_ = 0;
    int details_page_ = 0;
};

}  // namespace nanhai::kiosk::core
