// The kiosk program: picks the mode from the command line (window, --demo, --headless), loads
// the config, starts the child platform for demos and scripts, and runs the matching loop.
// main.cpp only calls this.
#pragma once

namespace nanhai::kiosk::app {

int kiosk_main(int argc, const char* const* argv);

}  // namespace nanhai::kiosk::app
