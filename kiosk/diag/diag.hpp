// kiosk-diag's commands. Exit codes (every command): 0 success, 1 usage, 2 no card (no code), 3 no device,
// 4 protocol or device error. Personal data is printed masked only.
#pragma once

#include <string>
#include <vector>

namespace nanhai::kiosk::diag {

enum ExitCode : int { kSuccess = 0, kUsage = 1, kNoCard = 2, kNoDevice = 3, kProtocolError = 4 };

// kiosk-diag idcard --port DEVICE|usb:VVVV:PPPP [--baud N] [--wait SECONDS] [--fingerprint]
int idcard_command(const std::vector<std::string>& args);
// kiosk-diag pcsc [--reader NAME] [--wait SECONDS] [--ca FILE]... [--technician-ca FILE]...
int pcsc_command(const std::vector<std::string>& args);
// kiosk-diag printer --uri tcp://HOST[:PORT]|/dev/usb/lpN|usb:VVVV:PPPP [--width 80|58]
//                    [--strategy text|raster] [--qr native|raster] [--confirmation auto|gs-r|status]
//                    [--wait SECONDS] [--test-page]
// 0 ready (and the test page printed), 3 no printer, 4 a fault (paper, cover, cutter) or the
// page not confirmed.
int printer_command(const std::vector<std::string>& args);
// kiosk-diag scanner --driver serial|hid-pos|wedge|camera --uri URI [--baud N] [--wait SECONDS] [--count N]
// 0 the codes read, 2 none within the wait, 3 no scanner.
int scanner_command(const std::vector<std::string>& args);

// kiosk-diag verify-log [--head FILE] FILE|DIR...: 0 intact, 4 the first bad record named.
int verify_log_command(const std::vector<std::string>& args);
// kiosk-diag events [--markdown]: the event catalogue.
int events_command(const std::vector<std::string>& args);
std::string events_markdown();

int diag_main(int argc, const char* const* argv);
std::string diag_usage();

}  // namespace nanhai::kiosk::diag
