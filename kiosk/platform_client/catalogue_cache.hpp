// The last catalogue the platform gave (departments, items and their guides, halls), kept so
// that a kiosk whose platform is unreachable still shows service guides. Every successful
// catalogue GET is stored by its path and query; when the platform does not answer (a network
// failure), the same GET is answered from here. Kept in a file under the state directory so
// that a kiosk started while the network is down has its guides too. Thread-safe: the core's
// client and the platform monitor's (which fetches the whole catalogue ahead) share one.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "kiosk/platform_client/api_request.hpp"

namespace nanhai::kiosk {

class CatalogueCache {
public:
    // `file` empty: memory only.
    explicit CatalogueCache(std::filesystem::path file = {});

    static bool caches(const ApiRequest& request);
    void store(const std::string& path, const nlohmann::json& answer);
    std::optional<nlohmann::json> lookup(const std::string& path) const;
    std::size_t size() const;
    // When the newest answer was stored (system clock), for "guides as of ...".
    std::optional<std::chrono::system_clock::time_point> as_of() const;
    // Writes the file (atomically) when something changed since the last save.
    void save();

private:
    std::filesystem::path file_;
    mutable std::mutex mutex_;
    std::map<std::string, nlohmann::json> answers_;
    std::optional<std::chrono::system_clock::time_point> as_of_;
    bool dirty_ = false;
};

}  // namespace nanhai::kiosk
