// Personal data redacted by category before an event is written anywhere (the event log,
// journald): the second line of defence behind callers that already mask. A field's category
// comes from its key; whatever the key, a value that looks like a resident ID number or a
// mobile number is masked too.
//   identifiers (id_number, credit_code, certificate ...)  masked as on receipts: 4406**********1234
//   names (name, holder, applicant ...)                    shortened: 陈*玲
//   phone numbers (phone, mobile)                          138****8000
//   addresses (address ...)                                dropped
//   free text and scanned codes (text, statement, payload, pin ...) replaced by their length
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/log.hpp"

namespace nanhai::kiosk::audit {

enum class FieldCategory { plain, identifier, name, phone, address, free_text };

FieldCategory category_of(std::string_view key);
// The value as it may be written; nullopt-like empty pair list entries are dropped fields.
std::vector<std::pair<std::string, std::string>> redact_fields(std::span<const LogField> fields);
// Masks resident ID numbers (18 characters, GB 11643) and 11-digit mobile numbers found inside
// any text.
std::string mask_embedded_numbers(std::string_view text);

}  // namespace nanhai::kiosk::audit
