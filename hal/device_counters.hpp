// Where a device's counters live between runs. The device runtime loads them when the device
// opens and saves them (at most every few seconds while it works, and when it closes), so a
// technician reads prints, cuts, paper-outs, card reads, scans and errors since installation.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "common/result.hpp"
#include "hal/device_types.hpp"

namespace nanhai::hal {

class CounterStore {
public:
    virtual ~CounterStore() = default;
    virtual std::optional<DeviceCounters> load(const std::string& key) = 0;
    virtual Result<void, std::string> save(const std::string& key, const DeviceCounters& counters) = 0;
};

// One small JSON file a device, `<dir>/<key>.json`, replaced atomically. A missing file is
// counters at zero; an unreadable one is logged and counts from zero (never stops a device).
class FileCounterStore final : public CounterStore {
public:
    explicit FileCounterStore(std::filesystem::path dir) : dir_{std::move(dir)} {}
    std::optional<DeviceCounters> load(const std::string& key) override;
    Result<void, std::string> save(const std::string& key, const DeviceCounters& counters) override;
    std::filesystem::path file_for(const std::string& key) const { return dir_ / (key + ".json"); }

private:
    std::filesystem::path dir_;
};

std::string counters_to_json(const DeviceCounters& counters);
std::optional<DeviceCounters> counters_from_json(const std::string& text);

}  // namespace nanhai::hal
