// GA/T 467 frames: the documented examples byte for byte, and a parser that survives what a
// serial line delivers: frames split anywhere, garbage before and between them, a bad
// checksum, an impossible length.
#include "drivers/ga467/frame.hpp"

#include <gtest/gtest.h>

namespace nanhai::drivers::ga467 {
namespace {

Bytes bytes(std::initializer_list<int> list) {
    Bytes out;
    for (int b : list) out.push_back(static_cast<std::uint8_t>(b));
    return out;
}

TEST(Ga467Frame, TheDocumentedExamples) {
    EXPECT_EQ(encode_request(0x20, 0x01), bytes({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x01, 0x22}));
    EXPECT_EQ(encode_request(0x20, 0x02), bytes({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x20, 0x02, 0x21}));
    EXPECT_EQ(encode_request(0x11, 0xFF), bytes({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x11, 0xFF, 0xED}));
    EXPECT_EQ(encode_request(0x30, 0x01), bytes({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x30, 0x01, 0x32}));
    EXPECT_EQ(encode_request(0x30, 0x10), bytes({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x03, 0x30, 0x10, 0x23}));
    EXPECT_EQ(encode_response(0x90), bytes({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x90, 0x94}));
    EXPECT_EQ(encode_response(0x80), bytes({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0x00, 0x04, 0x00, 0x00, 0x80, 0x84}));
}

std::vector<ParsedFrame> parse_all(FrameParser& p) {
    std::vector<ParsedFrame> out;
    while (auto f = p.next()) out.push_back(*f);
    return out;
}

TEST(Ga467Frame, ParsesAFrameFedByteByByte) {
    FrameParser p;
    const Bytes frame = encode_response(0x9F, bytes({1, 2, 3, 4}));
    for (std::size_t i = 0; i + 1 < frame.size(); ++i) {
        p.feed(std::span{&frame[i], 1});
        EXPECT_FALSE(p.next()) << "complete too early at byte " << i;
    }
    p.feed(std::span{&frame.back(), 1});
    auto got = p.next();
    ASSERT_TRUE(got);
    const auto response = as_response(std::get<Bytes>(*got));
    ASSERT_TRUE(response);
    EXPECT_EQ(response->sw3, 0x9F);
    EXPECT_EQ(response->data, bytes({1, 2, 3, 4}));
    EXPECT_EQ(p.garbage_skipped(), 0u);
    EXPECT_EQ(p.buffered(), 0u);
}

TEST(Ga467Frame, SkipsGarbageAndResynchronisesAfterABadChecksum) {
    FrameParser p;
    Bytes stream = bytes({0x00, 0xAA, 0x13, 0xAA, 0xAA});  // noise, and a preamble that is not one
    Bytes bad = encode_response(0x90);
    bad.back() ^= 0xFF;
    stream.insert(stream.end(), bad.begin(), bad.end());
    const Bytes good = encode_response(0x9F, bytes({7}));
    stream.insert(stream.end(), good.begin(), good.end());
    p.feed(stream);
    const auto frames = parse_all(p);
    ASSERT_EQ(frames.size(), 2u);
    ASSERT_TRUE(std::holds_alternative<Dropped>(frames[0]));
    EXPECT_EQ(std::get<Dropped>(frames[0]).problem, FrameProblem::bad_checksum);
    ASSERT_TRUE(std::holds_alternative<Bytes>(frames[1]));
    EXPECT_EQ(as_response(std::get<Bytes>(frames[1]))->data, bytes({7}));
    EXPECT_GE(p.garbage_skipped(), 5u);
}

TEST(Ga467Frame, AnImpossibleLengthIsDroppedNotWaitedFor) {
    FrameParser p;
    Bytes stream = bytes({0xAA, 0xAA, 0xAA, 0x96, 0x69, 0xFF, 0xFF, 0x00});
    const Bytes good = encode_response(0x90);
    stream.insert(stream.end(), good.begin(), good.end());
    p.feed(stream);
    const auto frames = parse_all(p);
    ASSERT_EQ(frames.size(), 2u);
    EXPECT_EQ(std::get<Dropped>(frames[0]).problem, FrameProblem::bad_length);
    EXPECT_EQ(as_response(std::get<Bytes>(frames[1]))->sw3, 0x90);
}

TEST(Ga467Frame, AReadResponseOfTheDocumentedSize) {
    Bytes data{0x01, 0x00, 0x04, 0x00};
    data.resize(4 + 256 + 1024, 0x20);
    const Bytes frame = encode_response(0x90, data);
    EXPECT_EQ(frame.size(), 1295u);
    FrameParser p;
    p.feed(frame);
    auto got = p.next();
    ASSERT_TRUE(got && std::holds_alternative<Bytes>(*got));
    EXPECT_EQ(as_response(std::get<Bytes>(*got))->data.size(), 4u + 256 + 1024);
}

TEST(Ga467Frame, RequestsParseToo) {
    FrameParser p;
    p.feed(encode_request(0x60, 0x04));
    auto got = p.next();
    ASSERT_TRUE(got);
    const auto request = as_request(std::get<Bytes>(*got));
    ASSERT_TRUE(request);
    EXPECT_EQ(request->command, 0x60);
    EXPECT_EQ(request->parameter, 0x04);
}

}  // namespace
}  // namespace nanhai::drivers::ga467
