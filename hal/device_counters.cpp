// Device counters as JSON files (see device_counters.hpp).
#include "hal/device_counters.hpp"

#include <nlohmann/json.hpp>

#include "common/atomic_file.hpp"
#include "common/log.hpp"

namespace nanhai::hal {

std::string counters_to_json(const DeviceCounters& c) {
    return nlohmann::json{{"prints", c.prints},         {"cuts", c.cuts},   {"paper_outs", c.paper_outs},
                          {"card_reads", c.card_reads}, {"scans", c.scans}, {"errors", c.errors}}
               .dump() +
           "\n";
}

std::optional<DeviceCounters> counters_from_json(const std::string& text) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object()) return std::nullopt;
    const auto field = [&json](const char* key, std::uint64_t& out) {
        const auto it = json.find(key);
        if (it == json.end()) return true;
        if (!it->is_number_unsigned()) return false;
        out = it->get<std::uint64_t>();
        return true;
    };
    DeviceCounters c;
    if (!field("prints", c.prints) || !field("cuts", c.cuts) || !field("paper_outs", c.paper_outs) ||
        !field("card_reads", c.card_reads) || !field("scans", c.scans) || !field("errors", c.errors))
        return std::nullopt;
    return c;
}

std::optional<DeviceCounters> FileCounterStore::load(const std::string& key) {
    const auto text = read_small_file(file_for(key));
    if (!text) return std::nullopt;
    auto counters = counters_from_json(*text);
    if (!counters) log_event(LogLevel::warning, "device.counters.unreadable", {{"file", file_for(key).string()}});
    return counters;
}

Result<void, std::string> FileCounterStore::save(const std::string& key, const DeviceCounters& counters) {
    return write_file_atomically(file_for(key), counters_to_json(counters));
}

}  // namespace nanhai::hal
