// GA/T 467 frames (see frame.hpp).
#include "drivers/ga467/frame.hpp"

#include <algorithm>

namespace nanhai::drivers::ga467 {

std::uint8_t checksum(std::span<const std::uint8_t> bytes) {
    std::uint8_t x = 0;
    for (const auto b : bytes) x ^= b;
    return x;
}

Bytes encode_frame(std::span<const std::uint8_t> body) {
    const std::size_t length = body.size() + 1;  // the CHK byte counts
    Bytes frame(kPreamble.begin(), kPreamble.end());
    frame.push_back(static_cast<std::uint8_t>(length >> 8));
    frame.push_back(static_cast<std::uint8_t>(length & 0xFF));
    frame.insert(frame.end(), body.begin(), body.end());
    frame.push_back(checksum(std::span<const std::uint8_t>{frame}.subspan(kPreamble.size())));
    return frame;
}

Bytes encode_request(std::uint8_t command, std::uint8_t parameter, std::span<const std::uint8_t> data) {
    Bytes body{command, parameter};
    body.insert(body.end(), data.begin(), data.end());
    return encode_frame(body);
}

Bytes encode_response(std::uint8_t sw3, std::span<const std::uint8_t> data) {
    Bytes body{0x00, 0x00, sw3};
    body.insert(body.end(), data.begin(), data.end());
    return encode_frame(body);
}

std::optional<Request> as_request(const Bytes& body) {
    if (body.size() < 2) return std::nullopt;
    return Request{body[0], body[1], Bytes(body.begin() + 2, body.end())};
}

std::optional<Response> as_response(const Bytes& body) {
    if (body.size() < 3) return std::nullopt;
    return Response{body[0], body[1], body[2], Bytes(body.begin() + 3, body.end())};
}

void FrameParser::feed(std::span<const std::uint8_t> bytes) { buffer_.insert(buffer_.end(), bytes.begin(), bytes.end()); }

void FrameParser::reset() {
    buffer_.clear();
    garbage_ = 0;
}

bool FrameParser::at_preamble() const {
    return buffer_.size() >= kPreamble.size() && std::equal(kPreamble.begin(), kPreamble.end(), buffer_.begin());
}

void FrameParser::skip(std::size_t n, bool garbage) {
    n = std::min(n, buffer_.size());
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(n));
    if (garbage) garbage_ += n;
}

std::optional<ParsedFrame> FrameParser::next() {
    // Up to the next preamble everything is garbage; a preamble still arriving is kept.
    while (!buffer_.empty() && !at_preamble()) {
        if (buffer_.size() < kPreamble.size() && std::equal(buffer_.begin(), buffer_.end(), kPreamble.begin()))
            return std::nullopt;
        skip(1, true);
    }
    if (buffer_.size() < kPreamble.size() + 2) return std::nullopt;
    const std::size_t length = (static_cast<std::size_t>(buffer_[5]) << 8) | buffer_[6];
    // A body needs at least CMD PARA (request) or SW1..SW3 (response) besides CHK.
    if (length < 3 || length > kMaxLength) {
        skip(1, false);  // resynchronise at the next preamble
        return Dropped{FrameProblem::bad_length};
    }
    const std::size_t total = kPreamble.size() + 2 + length;
    if (buffer_.size() < total) return std::nullopt;
    const Bytes frame(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(total));
    const auto covered = std::span<const std::uint8_t>{frame}.subspan(kPreamble.size(), 2 + length - 1);
    if (checksum(covered) != frame.back()) {
        skip(1, false);  // the length may be what is wrong: look for the next preamble
        return Dropped{FrameProblem::bad_checksum};
    }
    skip(total, false);
    return Bytes(frame.begin() + static_cast<std::ptrdiff_t>(kPreamble.size()) + 2, frame.end() - 1);
}

}  // namespace nanhai::drivers::ga467
