// Sealing and verifying the chain (see event_chain.hpp).
#include "kiosk/audit/event_chain.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "common/atomic_file.hpp"

namespace nanhai::kiosk::audit {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kPrefix = "events-";
constexpr std::string_view kSuffix = ".jsonl";

// What a record's hash covers: the record as parsed, without "hash", dumped with sorted keys
// (nlohmann's object order) and invalid UTF-8 replaced, so writer and verifier agree byte for
// byte.
std::string canonical(const nlohmann::json& record_without_hash) {
    return record_without_hash.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool is_hex64(const nlohmann::json& value) {
    if (!value.is_string()) return false;
    const auto& s = value.get_ref<const std::string&>();
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string seal_record(nlohmann::json record, std::uint64_t seq, const std::string& prev, std::string* hash_out) {
    record["seq"] = seq;
    record["prev"] = prev;
    record.erase("hash");
    const std::string hash = sha256_hex(canonical(record));
    record["hash"] = hash;
    if (hash_out) *hash_out = hash;
    return canonical(record);
}

std::string head_to_json(const ChainHead& head) {
    return nlohmann::json{{"seq", head.seq}, {"hash", head.hash}, {"file", head.file}}.dump() + "\n";
}

std::optional<ChainHead> head_from_json(const std::string& text) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object() || !json.contains("seq") || !json["seq"].is_number_unsigned() || !is_hex64(json.value("hash", nlohmann::json{})) ||
        !json.value("file", nlohmann::json{}).is_string())
        return std::nullopt;
    return ChainHead{json["seq"].get<std::uint64_t>(), json["hash"].get<std::string>(), json["file"].get<std::string>()};
}

Result<void, std::string> write_head(const fs::path& file, const ChainHead& head) { return write_file_atomically(file, head_to_json(head)); }

std::optional<ChainHead> read_head(const fs::path& file) {
    const auto text = read_small_file(file);
    if (!text) return std::nullopt;
    return head_from_json(*text);
}

std::string log_file_name(std::uint64_t first_seq) {
    char name[40];
    std::snprintf(name, sizeof name, "events-%08llu.jsonl", static_cast<unsigned long long>(first_seq));
    return name;
}

std::vector<fs::path> log_files_in(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator{dir, ec}) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.starts_with(kPrefix) && name.ends_with(kSuffix)) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());  // zero-padded first sequence numbers sort in chain order
    return files;
}

ChainReport verify_chain(const std::vector<fs::path>& files, const std::optional<ChainHead>& head) {
    ChainReport report;
    const auto problem = [&report](const fs::path& file, std::size_t line, std::uint64_t seq, std::string what) {
        report.problem = ChainProblem{file, line, seq, std::move(what)};
        return report;
    };
    std::uint64_t expected = 1;
    std::string prev = kGenesisHash;
    for (const auto& file : files) {
        std::ifstream in{file, std::ios::binary};
        if (!in) return problem(file, 0, expected, "cannot be read");
        std::string text;
        std::size_t line = 0;
        while (std::getline(in, text)) {
            ++line;
            auto record = nlohmann::json::parse(text, nullptr, false);
            if (!record.is_object() || !record.contains("seq") || !record["seq"].is_number_unsigned() || !is_hex64(record.value("hash", nlohmann::json{})) ||
                !is_hex64(record.value("prev", nlohmann::json{})))
                return problem(file, line, expected, "not a log record (damaged or written by something else)");
            const auto seq = record["seq"].get<std::uint64_t>();
            const std::string hash = record["hash"].get<std::string>();
            record.erase("hash");
            if (sha256_hex(canonical(record)) != hash) return problem(file, line, seq, "its hash does not match its contents (edited)");
            if (seq < expected) return problem(file, line, seq, "comes after record " + std::to_string(expected - 1) + " (reordered or inserted)");
            if (seq > expected)
                return problem(file, line, expected,
                               expected + 1 == seq ? "record " + std::to_string(expected) + " is missing (removed)"
                                                   : "records " + std::to_string(expected) + " to " + std::to_string(seq - 1) + " are missing (removed)");
            if (record["prev"].get<std::string>() != prev)
                return problem(file, line, seq, "does not follow the record before it (inserted or replaced)");
            if (head && seq == head->seq && hash != head->hash)
                return problem(file, line, seq, "is not the record the chain head recorded (rewritten)");
            prev = hash;
            report.last = ChainHead{seq, hash, file.filename().string()};
            ++report.records;
            ++expected;
        }
    }
    if (head) {
        report.head_checked = true;
        if (head->seq > report.last.seq)
            return problem({}, 0, report.last.seq + 1,
                           "the log ends at record " + std::to_string(report.last.seq) + " but the chain head says " +
                               std::to_string(head->seq) + " (truncated)");
        // A head behind the log by records is a crash between writing and recording: not tampering.
    }
    return report;
}

}  // namespace nanhai::kiosk::audit
