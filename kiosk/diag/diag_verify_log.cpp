// kiosk-diag verify-log: checks the event log's hash chain (kiosk/audit/event_chain.hpp) over the
// files given in order, or over every file of a log directory, and its end against the chain
// head. Exit 0: intact; 4: the first bad record is named (file, line, record number, what).
#include <cstdio>
#include <filesystem>
#include <optional>

#include "kiosk/audit/event_chain.hpp"
#include "kiosk/diag/diag.hpp"

namespace nanhai::kiosk::diag {
namespace {

namespace fs = std::filesystem;

struct VerifyArgs {
    std::vector<fs::path> files;
    std::optional<fs::path> head;
};

bool parse(const std::vector<std::string>& args, VerifyArgs& out, std::string& error) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--head" && i + 1 < args.size()) {
            out.head = args[++i];
        } else if (args[i].starts_with("--")) {
            return error = "unknown argument '" + args[i] + "'", false;
        } else if (fs::is_directory(args[i])) {
            const auto found = audit::log_files_in(args[i]);
            out.files.insert(out.files.end(), found.begin(), found.end());
            // A kiosk's state directory: the log in events/, the head beside it.
            if (found.empty() && fs::is_directory(fs::path{args[i]} / "events")) {
                const auto inner = audit::log_files_in(fs::path{args[i]} / "events");
                out.files.insert(out.files.end(), inner.begin(), inner.end());
                if (!out.head && fs::exists(fs::path{args[i]} / "chain-head.json")) out.head = fs::path{args[i]} / "chain-head.json";
            }
        } else {
            out.files.emplace_back(args[i]);
        }
    }
    if (out.files.empty()) return error = "no log file given", false;
    if (!out.head) {  // the kiosk keeps the head in the state directory, one level above events/
        const auto beside = out.files.back().parent_path().parent_path() / "chain-head.json";
        if (fs::exists(beside)) out.head = beside;
    }
    return true;
}

}  // namespace

int verify_log_command(const std::vector<std::string>& args) {
    VerifyArgs a;
    std::string error;
    if (!parse(args, a, error)) return std::fprintf(stderr, "kiosk-diag verify-log: %s\n%s", error.c_str(), diag_usage().c_str()), kUsage;
    std::optional<audit::ChainHead> head;
    if (a.head) {
        head = audit::read_head(*a.head);
        if (!head) return std::fprintf(stderr, "kiosk-diag verify-log: %s is not a chain head\n", a.head->c_str()), kProtocolError;
    }
    const auto report = audit::verify_chain(a.files, head);
    std::printf("files    %zu\nrecords  %llu\n", a.files.size(), static_cast<unsigned long long>(report.records));
    std::printf("head     %s\n", a.head ? a.head->c_str() : "none given: a cut tail cannot be seen");
    if (report.intact()) {
        std::printf("last     record %llu %s\noutcome  intact\n", static_cast<unsigned long long>(report.last.seq), report.last.hash.c_str());
        return kSuccess;
    }
    const auto& p = *report.problem;
    if (p.line > 0)
        std::printf("bad      %s line %zu, record %llu: %s\n", p.file.c_str(), p.line, static_cast<unsigned long long>(p.seq), p.what.c_str());
    else
        std::printf("bad      record %llu: %s\n", static_cast<unsigned long long>(p.seq), p.what.c_str());
    std::printf("outcome  broken\n");
    return kProtocolError;
}

}  // namespace nanhai::kiosk::diag
