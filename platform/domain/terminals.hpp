// Registered terminals (kiosks and department desks) and their credentials. Every request but
// health and keys names its terminal with X-Terminal-Id and X-Terminal-Key.
#pragma once

#include <optional>
#include <string>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

Result<Terminal, ApiError> authenticate_terminal(Database& db, const HttpRequest& request);

struct NewTerminal {
    std::string id;
    std::string name;
    std::string hall_code;
    std::string role;  // kiosk | department
    std::optional<std::string> department_code;
    std::string key;   // stored only as its SHA-256
};
Result<void, DbError> register_terminal(Database& db, const NewTerminal& terminal);

}  // namespace nanhai::platform
