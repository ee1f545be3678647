// Building request paths: percent-encoding of path segments and query values (search text is
// Chinese, identifiers come from scanned codes), without depending on curl.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nanhai::kiosk {

// RFC 3986 unreserved characters stay, every other byte becomes %XX (UTF-8 bytes included).
std::string percent_encode(std::string_view text);

// "/api/v1/items" + {{"q","出生"},{"page","2"}} -> "/api/v1/items?q=%E5%87%BA%E7%94%9F&page=2".
// Empty values are left out.
std::string with_query(std::string path, const std::vector<std::pair<std::string, std::string>>& query);

}  // namespace nanhai::kiosk
