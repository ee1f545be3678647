// The words printed on receipts, in Chinese and English, and the date and time forms a citizen
// reads on paper. Kept apart from the UI's string tables on purpose: a receipt is a document
// handed out by the hall and must print the same whatever the screens' tables say.
#pragma once

#include <string>
#include <string_view>

#include "common/civil_date.hpp"

namespace nanhai::kiosk::receipts {

enum class Language { zh, en };

Language language_from(std::string_view code);  // "en" -> en, anything else -> zh

// The label for `key` ("slip.title", "field.item" ...); the key itself if unknown (a test
// checks that every key used has both texts).
std::string label(Language language, std::string_view key);
bool has_label(std::string_view key);

// "2026年12月2日 星期三" / "Wed 2 Dec 2026".
std::string long_date(Language language, Date date);

}  // namespace nanhai::kiosk::receipts
