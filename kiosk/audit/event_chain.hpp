// The event log's tamper evidence: every record is one JSON line that carries its sequence
// number, the SHA-256 of the record before it ("prev") and its own SHA-256 ("hash", over the
// line's JSON without "hash", keys in order). Editing a record breaks its hash; removing,
// reordering or inserting one breaks the sequence and the prev links after it; cutting the
// tail is seen against the chain head, which is kept apart from the log (a state file
// replaced atomically after every record). Rotation closes a file and opens the next with the
// same chain, so a verification across files sees a removed or swapped file too.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.hpp"

namespace nanhai::kiosk::audit {

// The prev of the first record ever written.
inline const std::string kGenesisHash(64, '0');

struct ChainHead {
    std::uint64_t seq = 0;       // of the last record written (0: none yet)
    std::string hash = kGenesisHash;
    std::string file;            // its file's name
    bool operator==(const ChainHead&) const = default;
};

std::string sha256_hex(std::string_view bytes);
// Adds seq, prev and hash to `record` and returns the line to write (no newline).
std::string seal_record(nlohmann::json record, std::uint64_t seq, const std::string& prev, std::string* hash_out = nullptr);

std::string head_to_json(const ChainHead& head);
std::optional<ChainHead> head_from_json(const std::string& text);
Result<void, std::string> write_head(const std::filesystem::path& file, const ChainHead& head);
std::optional<ChainHead> read_head(const std::filesystem::path& file);

struct ChainProblem {
    std::filesystem::path file;
    std::size_t line = 0;     // 1-based line in `file`; 0 for the head
    std::uint64_t seq = 0;    // the record's (or the expected) sequence number
    std::string what;         // "hash does not match the record (edited)" ...
};

struct ChainReport {
    std::uint64_t records = 0;
    ChainHead last;                          // of the last good record
    std::optional<ChainProblem> problem;     // the first one found
    bool head_checked = false;
    bool intact() const { return !problem; }
};

// Verifies `files` in the order given, as one chain from the first record ever written (seq 1,
// prev all zeros), and the end against `head` when given. Stops at the first problem.
ChainReport verify_chain(const std::vector<std::filesystem::path>& files, const std::optional<ChainHead>& head);

// The log files of a log directory in chain order ("events-00000001.jsonl", ...).
std::vector<std::filesystem::path> log_files_in(const std::filesystem::path& dir);
std::string log_file_name(std::uint64_t first_seq);

}  // namespace nanhai::kiosk::audit
