// Runs the kiosk-diag binary as a technician would (a shell, output captured) for the tests
// of its commands. KIOSK_DIAG_BIN comes from kiosk/diag/CMakeLists.txt.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace nanhai::test {

struct DiagRun {
    int exit_code = -1;
    std::string output;  // stdout and stderr
};

inline DiagRun run_diag(const std::string& diag_binary, const std::string& args, const std::filesystem::path& dir) {
    const auto out = dir / "diag-out.txt";
    const int status = std::system((diag_binary + " " + args + " > " + out.string() + " 2>&1").c_str());
    std::ifstream in(out);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, {std::istreambuf_iterator<char>(in), {}}};
}

}  // namespace nanhai::test
