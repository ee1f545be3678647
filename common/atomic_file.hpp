// Replacing a small file so that a reader (or the next start after a power cut) sees either
// the old contents or the new, never a half-written file: write a temporary file beside it,
// fsync it, rename it over the old one, fsync the directory. For state that must survive a
// crash: device counters, the event log's chain head, readiness reports.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace nanhai {

// Creates the parent directory when missing. Errors name the path and the reason.
Result<void, std::string> write_file_atomically(const std::filesystem::path& path, std::string_view contents);
// The whole file, or nullopt when it does not exist or cannot be read.
std::optional<std::string> read_small_file(const std::filesystem::path& path);

}  // namespace nanhai
