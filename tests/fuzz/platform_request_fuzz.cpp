// Fuzzes the platform's whole request pipeline (routing, query and path parameters, JSON body
// parsing, field validation, auth, idempotency, every handler) in process, on the demo data.
//
// Input: "METHOD PATH[?QUERY]\n" then "Name: value\n" header lines, a blank line, then the body.
// The demo kiosk's credentials are added unless the input names a terminal itself.
// Invariants checked on every answer: a status 200-599 and a JSON object; errors in the shape.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "common/log.hpp"
#include "platform/platform.hpp"
#include "platform/seed/demo_seed.hpp"

namespace {

using namespace nanhai;
using namespace nanhai::platform;

Platform& platform_instance() {
    static std::unique_ptr<Platform> platform = [] {
        set_log_threshold(LogLevel::error);
        auto clock = std::make_shared<ManualClock>(*parse_iso_instant("2026-12-01T09:00:00+08:00"));
        PlatformOptions options;
        options.demo = true;
        auto opened = Platform::open(":memory:", clock, options);
        if (!opened || !seed_demo(**opened)) std::abort();
        return std::move(*opened);
    }();
    return *platform;
}

std::string_view next_line(std::string_view& text) {
    auto nl = text.find('\n');
    auto line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    return line;
}

void parse_query(std::string_view query, HttpRequest& request) {
    while (!query.empty()) {
        auto amp = query.find('&');
        auto pair = query.substr(0, amp);
        auto eq = pair.find('=');
        request.query[std::string{pair.substr(0, eq)}] =
            eq == std::string_view::npos ? "" : std::string{pair.substr(eq + 1)};
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    }
}

HttpRequest parse_input(std::string_view text) {
    HttpRequest request;
    auto first = next_line(text);
    auto space = first.find(' ');
    request.method = std::string{first.substr(0, space)};
    auto target = space == std::string_view::npos ? std::string_view{} : first.substr(space + 1);
    auto q = target.find('?');
    request.path = std::string{target.substr(0, q)};
    if (q != std::string_view::npos) parse_query(target.substr(q + 1), request);
    for (auto line = next_line(text); !line.empty(); line = next_line(text)) {
        auto colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        std::string name{line.substr(0, colon)};
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        request.headers[name] = std::string{value};
    }
    request.body = std::string{text};
    if (!request.headers.count("x-terminal-id")) {
        request.headers["x-terminal-id"] = kDemoKioskId;
        request.headers["x-terminal-key"] = kDemoKioskKey;
    }
    return request;
}

void check_invariants(const HttpResponse& response) {
    if (response.status < 200 || response.status > 599 || !response.body.is_object()) std::abort();
    if (response.status >= 400) {
        const auto& e = response.body.at("error");
        if (!e.at("code").is_string() || !e.at("message_zh").is_string() ||
            !e.at("message_en").is_string() || !e.at("details").is_object())
            std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto request = parse_input({reinterpret_cast<const char*>(data), size});
    check_invariants(platform_instance().handle(request));
    return 0;
}
