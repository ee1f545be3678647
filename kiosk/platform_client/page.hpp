// Paged lists: {"items": [...], "page": p, "per_page": n, "total": t} (openapi.json: lists
// paginate with page and per_page, at most 100 per page).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/platform_client/json_reader.hpp"

namespace nanhai::kiosk {

struct PageQuery {
    int page = 1;
    int per_page = 20;
};

template <class T>
struct Page {
    std::vector<T> items;
    int page = 1;
    int per_page = 20;
    std::int64_t total = 0;

    bool has_more() const {
        return static_cast<std::int64_t>(page) * per_page < total;
    }
};

inline std::vector<std::pair<std::string, std::string>> page_params(const PageQuery& query) {
    return {{"page", std::to_string(query.page)}, {"per_page", std::to_string(query.per_page)}};
}

// `read_item` is T(JsonReader&).
template <class T, class F>
Page<T> read_page(JsonReader& reader, F read_item) {
    Page<T> page;
    page.items = reader.list<T>("items", read_item);
    page.page = reader.small_int("page");
    page.per_page = reader.small_int("per_page");
    page.total = reader.integer("total");
    return page;
}

}  // namespace nanhai::kiosk
