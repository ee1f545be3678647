// The developer panel of demo runs: the simulated devices and the child platform driven from
// the kiosk's own screen (a "DEV" button in the lower left opens it). It sends the control
// channel's command lines (docs/sim-devices.md), so a tap here and a line through the socket
// do the same thing. Never drawn outside --demo.
#pragma once

#include <string>
#include <vector>

#include "kiosk/ui/intent.hpp"
#include "kiosk/ui/ui_context.hpp"

namespace nanhai::kiosk::app {

struct DevPanelView {
    bool open = false;
    std::vector<std::string> cards;  // demo card names
    std::string status;              // the last reply ("ok card inserted citizen")
};

// Widget ids: dev.toggle, and per command the line with spaces as dashes
// (dev.card-insert-citizen, dev.printer-paper-out, dev.platform-down ...), the line as value.
ui::MaybeIntent dev_panel(ui::Ui& ui, const DevPanelView& view);

// "dev.card-insert-citizen" for "card insert citizen".
std::string dev_widget_id(const std::string& command);

// The command lines the panel offers, in order (cards first).
std::vector<std::string> dev_panel_commands(const std::vector<std::string>& cards);

}  // namespace nanhai::kiosk::app
