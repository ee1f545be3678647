// Applicants: persons identified by an ID number (GB 11643, also HK/Macau/Taiwan residence
// permits and 2023 foreign permanent residence cards) or a 2017 foreign permanent residence
// number, and enterprises identified by a unified social credit code (GB 32100).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "platform/api/request_context.hpp"

namespace nanhai::platform {

struct Applicant {
    std::int64_t id = 0;
    std::string kind;     // person | enterprise
    std::string id_type;  // citizen_id | foreign_pr_2017 | credit_code
    std::string id_number;
    std::string name;
};

// Validates the identifier for its type (422 invalid_id_number / invalid_credit_code).
Result<std::string, ApiError> normalise_identifier(const std::string& id_type,
                                                   const std::string& id_number, Instant now);
Result<Applicant, ApiError> find_or_create_applicant(Database& db, Applicant wanted, Instant now);
Result<Applicant, ApiError> load_applicant(Database& db, std::int64_t id);

// Masked view for screens: never the full name or number.
nlohmann::json applicant_view(const Applicant& applicant);

}  // namespace nanhai::platform
