// kiosk-diag's command dispatch (see diag.hpp).
#include <cstdio>

#include "kiosk/diag/diag.hpp"

namespace nanhai::kiosk::diag {

std::string diag_usage() {
    return "usage: kiosk-diag idcard --port DEVICE|usb:VVVV:PPPP [--baud N] [--wait SECONDS] [--fingerprint]\n"
           "       kiosk-diag pcsc [--reader NAME] [--wait SECONDS] [--ca FILE]... [--technician-ca FILE]...\n"
           "       kiosk-diag printer --uri tcp://HOST[:PORT]|/dev/usb/lpN|usb:VVVV:PPPP [--width 80|58]\n"
           "                          [--strategy text|raster] [--qr native|raster] [--confirmation auto|gs-r|status]\n"
           "                          [--wait SECONDS] [--test-page]\n"
           "       kiosk-diag scanner --driver serial|hid-pos|wedge|camera --uri URI [--baud N] [--wait SECONDS] [--count N]\n"
           "       kiosk-diag verify-log [--head CHAIN-HEAD] FILE|DIR...\n"
           "       kiosk-diag events [--markdown]\n"
           "exit codes: 0 success, 1 usage, 2 no card or code, 3 no device, 4 protocol or device error\n";
}

int diag_main(int argc, const char* const* argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::printf("%s", diag_usage().c_str());
        return args.empty() ? kUsage : kSuccess;
    }
    const std::string command = args[0];
    args.erase(args.begin());
    if (command == "idcard") return idcard_command(args);
    if (command == "pcsc") return pcsc_command(args);
    if (command == "printer") return printer_command(args);
    if (command == "scanner") return scanner_command(args);
    if (command == "verify-log") return verify_log_command(args);
    if (command == "events") return events_command(args);
    std::fprintf(stderr, "kiosk-diag: unknown command '%s'\n%s", command.c_str(), diag_usage().c_str());
    return kUsage;
}

}  // namespace nanhai::kiosk::diag
