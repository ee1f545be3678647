// One overload per command; each returns the reply line.
#include "drivers/sim/sim_command_runner.hpp"

#include "drivers/sim/sim_code_scanner.hpp"
#include "drivers/sim/sim_identity_reader.hpp"
#include "drivers/sim/sim_receipt_printer.hpp"

namespace nanhai::drivers {
namespace {

std::string reply(const Result<void, std::string>& result, std::string_view what) {
    return result ? "ok " + std::string{what} : "error " + result.error();
}

std::string_view paper_name(hal::PaperLevel level) {
    switch (level) {
        case hal::PaperLevel::ok:
            return "ok";
        case hal::PaperLevel::low:
            return "low";
        case hal::PaperLevel::out:
            return "out";
    }
    return "?";
}

std::string_view condition_name(SimPrinterCondition condition) {
    switch (condition) {
        case SimPrinterCondition::ok:
            return "ok";
        case SimPrinterCondition::paper_low:
            return "paper-low";
        case SimPrinterCondition::paper_out:
            return "paper-out";
        case SimPrinterCondition::cover_open:
            return "cover-open";
    }
    return "?";
}

struct Runner {
    const SimDeviceRefs& devices;

    std::string operator()(const SimCardInsert& c) const {
        if (!devices.identity_reader) return "error no simulated identity reader";
        return reply(devices.identity_reader->insert(c.card), "card inserted " + c.card);
    }
    std::string operator()(const SimCardRemove&) const {
        if (!devices.identity_reader) return "error no simulated identity reader";
        return reply(devices.identity_reader->remove(), "card removed");
    }
    std::string operator()(const SimCardPullMidRead& c) const {
        if (!devices.identity_reader) return "error no simulated identity reader";
        return reply(devices.identity_reader->pull_mid_read(c.card),
                     "card pulled mid-read " + c.card);
    }
    std::string operator()(const SimScan& c) const {
        if (!devices.code_scanner) return "error no simulated code scanner";
        return reply(devices.code_scanner->scan(c.text), "scanned");
    }
    std::string operator()(const SimPrinterSet& c) const {
        if (!devices.receipt_printer) return "error no simulated receipt printer";
        devices.receipt_printer->set_status(c.condition);
        return "ok printer " + std::string{condition_name(c.condition)};
    }
    std::string operator()(const SimStatusQuery&) const {
        return "ok " + describe_sim_devices(devices);
    }
};

}  // namespace

std::string describe_sim_devices(const SimDeviceRefs& devices) {
    std::string out;
    if (devices.identity_reader) {
        out += "reader=" + std::string{hal::to_string(devices.identity_reader->state())};
        const std::string card = devices.identity_reader->card_state();
        out += " card=" + card.substr(0, card.find(' '));
        if (card.find(' ') != std::string::npos) out += ":" + card.substr(card.find(' ') + 1);
    }
    if (devices.code_scanner)
        out += (out.empty() ? "" : " ") + std::string{"scanner="} +
               std::string{hal::to_string(devices.code_scanner->state())};
    if (devices.receipt_printer) {
        const auto status = devices.receipt_printer->status();
        out += (out.empty() ? "" : " ") + std::string{"printer="} +
               std::string{hal::to_string(devices.receipt_printer->state())} +
               " paper=" + std::string{paper_name(status.paper)} +
               " cover=" + (status.cover_open ? "open" : "closed") +
               " jobs=" + std::to_string(devices.receipt_printer->queued_jobs());
    }
    return out.empty() ? "no simulated devices" : out;
}

std::string run_sim_command(const SimCommand& command, const SimDeviceRefs& devices) {
    return std::visit(Runner{devices}, command);
}

std::string handle_sim_control_line(std::string_view line, const SimDeviceRefs& devices) {
    auto command = parse_sim_command(line);
    if (!command) return "error " + command.error();
    return run_sim_command(*command, devices);
}

}  // namespace nanhai::drivers
