// An error the citizen can act on: what happened, what to do now, optionally a QR code (e.g.
// the receipt kept on the platform when the printer is out of paper) and action buttons.
// Says "not your fault" where true: an error screen must not frighten an older user.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"
#include "kiosk/ui/widgets/qr_code.hpp"

namespace nanhai::kiosk::ui {


struct ErrorAction {
    std::string id;     // e.g. "error.retry"
    std::string label;  // already translated
    bool primary = false;
};

struct ErrorView {
    std::string title;  // already translated
    std::string what;   // what happened
    std::string todo;   // what to do now
    std::optional<QrModules> qr;
    std::string qr_caption;
    std::vector<ErrorAction> actions;
};

// Widget ids: the actions' ids (value empty).
MaybeIntent error_panel(Ui& ui, const ErrorView& view, Rect area);

}  // namespace nanhai::kiosk::ui
