#include "kiosk/platform_client/client_config.hpp"

namespace nanhai::kiosk {

std::string normalised_base_url(const ClientConfig& config) {
    std::string url = config.base_url;
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
}

}  // namespace nanhai::kiosk
