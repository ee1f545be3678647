// The simulator control language, one command per line (docs/sim-devices.md):
//   card insert NAME | card remove | card pull-mid-read NAME | scan TEXT |
//   printer ok|paper-low|paper-out|cover-open | status
// Parsing is pure and separate from running, so malformed input is refused before anything
// changes.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "common/result.hpp"
#include "drivers/sim/sim_receipt_printer.hpp"

namespace nanhai::drivers {

struct SimCardInsert {
    std::string card;
    bool operator==(const SimCardInsert&) const = default;
};
struct SimCardRemove {
    bool operator==(const SimCardRemove&) const = default;
};
struct SimCardPullMidRead {
    std::string card;
    bool operator==(const SimCardPullMidRead&) const = default;
};
struct SimScan {
    std::string text;  // everything after "scan ", inner spaces kept
    bool operator==(const SimScan&) const = default;
};
struct SimPrinterSet {
    SimPrinterCondition condition;
    bool operator==(const SimPrinterSet&) const = default;
};
struct SimStatusQuery {
    bool operator==(const SimStatusQuery&) const = default;
};

using SimCommand = std::variant<SimCardInsert, SimCardRemove, SimCardPullMidRead, SimScan,
                                SimPrinterSet, SimStatusQuery>;

// One line, with or without its trailing "\n" / "\r\n". Errors are short sentences meant for
// the "error <reason>" reply. Card names are checked by the reader, not here.
Result<SimCommand, std::string> parse_sim_command(std::string_view line);

}  // namespace nanhai::drivers
