// GA/T 467 frames between the terminal and the reader's SAM (protocols.md §1), kept apart from
// any transport so that the same code runs over a serial port, USB bulk or a test script:
//
//   AA AA AA 96 69 | LEN_H LEN_L | body | CHK
//   LEN: big-endian count of the bytes after it, CHK included
//   CHK: XOR of every byte from LEN_H to the byte before CHK
//   request body: CMD PARA [data]      response body: SW1 SW2 SW3 [data]
//
// The parser takes bytes as they come (split anywhere, slow or all at once), skips what is not
// a frame (leading garbage, a frame with a bad checksum or an impossible length) and resumes
// at the next preamble, reporting what it dropped.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <variant>
#include <vector>

namespace nanhai::drivers::ga467 {

inline constexpr std::array<std::uint8_t, 5> kPreamble{0xAA, 0xAA, 0xAA, 0x96, 0x69};
// The longest real frame is text + photo + a 1024-byte fingerprint: LEN 2314. Anything far
// longer is noise that happens to follow a preamble.
inline constexpr std::size_t kMaxLength = 4096;

using Bytes = std::vector<std::uint8_t>;

// A whole frame for `body` (LEN and CHK computed).
Bytes encode_frame(std::span<const std::uint8_t> body);
Bytes encode_request(std::uint8_t command, std::uint8_t parameter, std::span<const std::uint8_t> data = {});
Bytes encode_response(std::uint8_t sw3, std::span<const std::uint8_t> data = {});
std::uint8_t checksum(std::span<const std::uint8_t> from_len_to_before_chk);

struct Request {
    std::uint8_t command = 0;
    std::uint8_t parameter = 0;
    Bytes data;
};

struct Response {
    std::uint8_t sw1 = 0;
    std::uint8_t sw2 = 0;
    std::uint8_t sw3 = 0;
    Bytes data;
};

// What the parser found: a frame's body, or something it dropped and why.
enum class FrameProblem { bad_checksum, bad_length };
struct Dropped {
    FrameProblem problem;
};
using ParsedFrame = std::variant<Bytes, Dropped>;

// Body -> request or response; nullopt when too short for one.
std::optional<Request> as_request(const Bytes& body);
std::optional<Response> as_response(const Bytes& body);

class FrameParser {
public:
    void feed(std::span<const std::uint8_t> bytes);
    // The next complete frame (or drop), in order; nullopt when more bytes are needed.
    std::optional<ParsedFrame> next();
    // Bytes skipped outside any frame since the start (leading garbage, resynchronising).
    std::size_t garbage_skipped() const { return garbage_; }
    std::size_t buffered() const { return buffer_.size(); }
    void reset();

private:
    bool at_preamble() const;
    void skip(std::size_t n, bool garbage);

    std::deque<std::uint8_t> buffer_;
    std::size_t garbage_ = 0;
};

}  // namespace nanhai::drivers::ga467
