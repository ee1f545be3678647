// The catalogue cache (see catalogue_cache.hpp).
#include "kiosk/platform_client/catalogue_cache.hpp"

#include <array>

#include "common/atomic_file.hpp"

namespace nanhai::kiosk {
namespace {

constexpr std::array<std::string_view, 3> kCataloguePaths{"/api/v1/departments", "/api/v1/items", "/api/v1/halls"};

}  // namespace

CatalogueCache::CatalogueCache(std::filesystem::path file) : file_{std::move(file)} {
    if (file_.empty()) return;
    const auto text = read_small_file(file_);
    if (!text) return;
    const auto json = nlohmann::json::parse(*text, nullptr, false);
    if (!json.is_object() || !json.contains("answers") || !json["answers"].is_object()) return;
    for (const auto& [path, answer] : json["answers"].items()) answers_[path] = answer;
    if (json.contains("as_of") && json["as_of"].is_number_integer())
        as_of_ = std::chrono::system_clock::time_point{std::chrono::seconds{json["as_of"].get<std::int64_t>()}};
}

bool CatalogueCache::caches(const ApiRequest& request) {
    if (request.method != HttpMethod::get) return false;
    for (const auto prefix : kCataloguePaths)
        if (request.path.starts_with(prefix) &&
            (request.path.size() == prefix.size() || request.path[prefix.size()] == '/' || request.path[prefix.size()] == '?'))
            return true;
    return false;
}

void CatalogueCache::store(const std::string& path, const nlohmann::json& answer) {
    std::lock_guard lock{mutex_};
    auto& slot = answers_[path];
    if (slot != answer) dirty_ = true;
    slot = answer;
    as_of_ = std::chrono::system_clock::now();
}

std::optional<nlohmann::json> CatalogueCache::lookup(const std::string& path) const {
    std::lock_guard lock{mutex_};
    const auto it = answers_.find(path);
    if (it == answers_.end()) return std::nullopt;
    return it->second;
}

std::size_t CatalogueCache::size() const {
    std::lock_guard lock{mutex_};
    return answers_.size();
}

std::optional<std::chrono::system_clock::time_point> CatalogueCache::as_of() const {
    std::lock_guard lock{mutex_};
    return as_of_;
}

void CatalogueCache::save() {
    std::string text;
    {
        std::lock_guard lock{mutex_};
        if (file_.empty() || !dirty_) return;
        nlohmann::json json{{"answers", answers_}};
        if (as_of_) json["as_of"] = std::chrono::duration_cast<std::chrono::seconds>(as_of_->time_since_epoch()).count();
        text = json.dump();
        dirty_ = false;
    }
    (void)write_file_atomically(file_, text);
}

}  // namespace nanhai::kiosk
