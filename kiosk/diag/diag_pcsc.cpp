// kiosk-diag pcsc: one look at a certificate card through PC/SC, printed for a technician.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "common/masking.hpp"
#include "drivers/pcsc/read_once.hpp"
#include "kiosk/diag/diag.hpp"

namespace nanhai::kiosk::diag {
namespace {

struct PcscArgs {
    std::string reader;
    int wait_seconds = 10;
    std::vector<std::string> enterprise_cas;
    std::vector<std::string> technician_cas;
};

bool parse(const std::vector<std::string>& args, PcscArgs& out, std::string& error) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--reader" && has_value) out.reader = args[++i];
        else if (a == "--wait" && has_value) out.wait_seconds = std::atoi(args[++i].c_str());
        else if (a == "--ca" && has_value) out.enterprise_cas.push_back(args[++i]);
        else if (a == "--technician-ca" && has_value) out.technician_cas.push_back(args[++i]);
        else return error = "unknown or incomplete argument '" + a + "'", false;
    }
    if (out.wait_seconds < 0 || out.wait_seconds > 600) return error = "--wait: 0 to 600 seconds", false;
    return true;
}

const char* outcome_name(drivers::pcsc::ReadOnceOutcome o) {
    switch (o) {
        case drivers::pcsc::ReadOnceOutcome::card_read: return "card read";
        case drivers::pcsc::ReadOnceOutcome::no_card: return "no card";
        case drivers::pcsc::ReadOnceOutcome::no_device: return "no device";
        case drivers::pcsc::ReadOnceOutcome::protocol_error: return "protocol error";
    }
    return "?";
}

int exit_code(drivers::pcsc::ReadOnceOutcome o) {
    switch (o) {
        case drivers::pcsc::ReadOnceOutcome::card_read: return kSuccess;
        case drivers::pcsc::ReadOnceOutcome::no_card: return kNoCard;
        case drivers::pcsc::ReadOnceOutcome::no_device: return kNoDevice;
        case drivers::pcsc::ReadOnceOutcome::protocol_error: return kProtocolError;
    }
    return kProtocolError;
}

void print_certificate(const drivers::pcsc::CheckedCertificate& c) {
    const bool enterprise = c.role == hal::CertificateRole::enterprise;
    std::printf("role     %s\n", enterprise ? "enterprise" : "technician");
    std::printf("holder   %s\n", mask_name(c.holder_name.view()).c_str());
    if (!c.enterprise_name.empty()) std::printf("org      %s\n", c.enterprise_name.str().c_str());
    if (enterprise) std::printf("code     %s\n", mask_identifier(c.credit_code.view()).c_str());
    std::printf("key      %s\n", c.algorithm == drivers::pcsc::piv::Algorithm::ecc_p256 ? "ECC P-256" : "RSA 2048");
    std::printf("sha256   %s\n", c.sha256_hex.c_str());
}

// Whose the certificate is, checked or not (a technician without the CA files still sees it).
void print_summary(const drivers::pcsc::CertificateSummary& s) {
    std::printf("subject  %s\n", s.subject.c_str());
    std::printf("issuer   %s\n", s.issuer.c_str());
    std::printf("valid    %s to %s (China time)%s\n", s.not_before.c_str(), s.not_after.c_str(),
                s.expired ? "  EXPIRED" : s.not_yet_valid ? "  NOT YET VALID" : "");
}

}  // namespace

int pcsc_command(const std::vector<std::string>& args) {
    PcscArgs a;
    std::string error;
    if (!parse(args, a, error)) return std::fprintf(stderr, "kiosk-diag pcsc: %s\n%s", error.c_str(), diag_usage().c_str()), kUsage;
    drivers::pcsc::ReadOnceOptions options;
    options.reader_filter = a.reader;
    options.wait_for_card = std::chrono::seconds{a.wait_seconds};
    if (!a.enterprise_cas.empty() || !a.technician_cas.empty()) {
        auto trust = drivers::pcsc::TrustStore::load(a.enterprise_cas, a.technician_cas);
        if (!trust) return std::fprintf(stderr, "kiosk-diag pcsc: %s\n", trust.error().c_str()), kUsage;
        options.trust = std::move(*trust);
    }
    const auto report = drivers::pcsc::read_once(options);
    std::printf("kiosk-diag pcsc: %s\n", report.reader.empty() ? "(no reader)" : report.reader.c_str());
    std::printf("%-24s %-56s %8s\n", "step", "result", "ms");
    for (const auto& s : report.steps)
        std::printf("%-24s %-56s %8lld\n", s.name.c_str(), s.result.c_str(), static_cast<long long>(s.took.count()));
    if (report.summary) print_summary(*report.summary);
    if (report.certificate) print_certificate(*report.certificate);
    if (report.tries_left >= 0) std::printf("PIN      %d tries left (not tried)\n", report.tries_left);
    std::printf("APDUs    %d exchanges, %d GET RESPONSE, %d chained parts\n", report.counters.exchanges,
                report.counters.get_responses, report.counters.chained_parts);
    std::printf("outcome  %s%s%s\n", outcome_name(report.outcome), report.problem.empty() ? "" : ": ",
                report.problem.c_str());
    std::printf("total    %lld ms\n", static_cast<long long>(report.total.count()));
    return exit_code(report.outcome);
}

}  // namespace nanhai::kiosk::diag
