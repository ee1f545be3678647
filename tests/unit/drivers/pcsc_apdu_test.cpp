// APDUs, BER-TLV and the card channel's transmission rules, against scripted card answers.
#include <gtest/gtest.h>

#include <deque>

#include "drivers/pcsc/apdu.hpp"
#include "drivers/pcsc/card_channel.hpp"
#include "drivers/pcsc/piv.hpp"
#include "drivers/pcsc/tlv.hpp"

namespace nanhai::drivers::pcsc {
namespace {

using Bytes = std::vector<std::uint8_t>;

// A card that answers from a script and records what it was sent.
struct ScriptedCard {
    std::deque<Bytes> answers;
    std::vector<Bytes> sent;
    RawTransmit transmit() {
        return [this](std::span<const std::uint8_t> command) -> Result<Bytes, hal::DeviceError> {
            sent.emplace_back(command.begin(), command.end());
            if (answers.empty())
                return fail(hal::DeviceError{hal::DeviceErrorKind::card_removed, hal::ErrorAction::suspend, "gone"});
            Bytes next = std::move(answers.front());
            answers.pop_front();
            return next;
        };
    }
};

Bytes with_sw(Bytes data, std::uint16_t sw) {
    data.push_back(static_cast<std::uint8_t>(sw >> 8));
    data.push_back(static_cast<std::uint8_t>(sw));
    return data;
}

TEST(PcscApdu, EncodesTheFourCases) {
    EXPECT_EQ(*encode_command({0x00, 0x20, 0x00, 0x80, {}, std::nullopt}), (Bytes{0x00, 0x20, 0x00, 0x80}));
    EXPECT_EQ(*encode_command({0x00, 0xC0, 0x00, 0x00, {}, 256}), (Bytes{0x00, 0xC0, 0x00, 0x00, 0x00}));
    EXPECT_EQ(*encode_command({0x00, 0x20, 0x00, 0x80, {0x31, 0x32}, std::nullopt}),
              (Bytes{0x00, 0x20, 0x00, 0x80, 0x02, 0x31, 0x32}));
    EXPECT_EQ(*encode_command({0x00, 0xA4, 0x04, 0x00, {0xA0}, 16}), (Bytes{0x00, 0xA4, 0x04, 0x00, 0x01, 0xA0, 0x10}));
    EXPECT_FALSE(encode_command({0x00, 0xDB, 0x3F, 0xFF, Bytes(256, 0), std::nullopt}));
    EXPECT_FALSE(encode_command({0x00, 0xC0, 0x00, 0x00, {}, 0}));
}

TEST(PcscApdu, ParsesTheStatusWordAndRefusesShortAnswers) {
    auto r = parse_response(Bytes{0x01, 0x02, 0x90, 0x00});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->data, (Bytes{0x01, 0x02}));
    EXPECT_TRUE(r->ok());
    EXPECT_FALSE(parse_response(Bytes{0x90}));
    EXPECT_EQ(tries_left(0x63C2), 2);
    EXPECT_EQ(tries_left(0x6983), std::nullopt);
    EXPECT_EQ(describe_sw(0x63C1), "verification failed, 1 tries left");
    EXPECT_EQ(format_sw(0x6A82), "6A82");
}

TEST(PcscTlv, ParsesMultiByteTagsLongLengthsAndPadding) {
    Bytes value(300, 0xAB);
    Bytes object = tlv(0x5FC105, value);
    EXPECT_EQ((Bytes{object.begin(), object.begin() + 6}), (Bytes{0x5F, 0xC1, 0x05, 0x82, 0x01, 0x2C}));
    object.insert(object.end(), {0x00, 0xFF, 0x00});  // card padding
    auto items = parse_tlvs(object);
    ASSERT_TRUE(items) << items.error();
    ASSERT_EQ(items->size(), 1u);
    EXPECT_EQ((*items)[0].tag, 0x5FC105u);
    EXPECT_EQ((*items)[0].value.size(), 300u);
}

TEST(PcscTlv, RefusesTruncationWithItsOffset) {
    auto short_value = parse_tlvs(Bytes{0x70, 0x05, 0x01});
    ASSERT_FALSE(short_value);
    EXPECT_EQ(short_value.error(), "value longer than the data at offset 0");
    EXPECT_FALSE(parse_tlvs(Bytes{0x70, 0x01, 0x00, 0x5F}));          // tag cut off
    EXPECT_FALSE(parse_tlvs(Bytes{0x70, 0x83, 0x00, 0x00, 0x01}));    // 3-byte length
    EXPECT_FALSE(parse_tlvs(Bytes{0x5F, 0xC1, 0x85, 0x81, 0x01, 0x00}));  // 4-byte tag
}

TEST(PcscChannel, CollectsAnAnswerGivenInPartsWithGetResponse) {
    ScriptedCard card;
    card.answers = {with_sw(Bytes(256, 1), 0x6100), with_sw(Bytes(256, 2), 0x6110), with_sw(Bytes(16, 3), 0x9000)};
    CardChannel channel{card.transmit()};
    auto r = channel.send({0x00, 0xCB, 0x3F, 0xFF, {0x5C, 0x01, 0x7E}, 256});
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->ok());
    EXPECT_EQ(r->data.size(), 528u);
    EXPECT_EQ(channel.counters().get_responses, 2);
    EXPECT_EQ(card.sent[1], (Bytes{0x00, 0xC0, 0x00, 0x00, 0x00}));
    EXPECT_EQ(card.sent[2], (Bytes{0x00, 0xC0, 0x00, 0x00, 0x10}));
}

TEST(PcscChannel, ResendsWithTheLengthTheCardAsksFor) {
    ScriptedCard card;
    card.answers = {with_sw({}, 0x6C08), with_sw(Bytes(8, 7), 0x9000)};
    CardChannel channel{card.transmit()};
    auto r = channel.send({0x00, 0xCA, 0x00, 0x6E, {}, 256});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->data, Bytes(8, 7));
    EXPECT_EQ(card.sent[1], (Bytes{0x00, 0xCA, 0x00, 0x6E, 0x08}));
    EXPECT_EQ(channel.counters().resends, 1);
}

TEST(PcscChannel, ChainsLongDataAndStopsWhenTheCardRefusesAPart) {
    ScriptedCard card;
    card.answers = {with_sw({}, 0x9000), with_sw({}, 0x9000)};
    CardChannel channel{card.transmit()};
    auto r = channel.send({0x00, 0x87, 0x07, 0x9A, Bytes(300, 0x55), 256});
    ASSERT_TRUE(r);
    ASSERT_EQ(card.sent.size(), 2u);
    EXPECT_EQ(card.sent[0][0], 0x10);  // CLA with the chaining bit
    EXPECT_EQ(card.sent[0][4], 0xFF);
    EXPECT_EQ(card.sent[1][0], 0x00);
    EXPECT_EQ(card.sent[1][4], 300 - 255);
    EXPECT_EQ(channel.counters().chained_parts, 1);

    ScriptedCard refusing;
    refusing.answers = {with_sw({}, 0x6A80)};
    CardChannel second{refusing.transmit()};
    auto refused = second.send({0x00, 0x87, 0x07, 0x9A, Bytes(600, 0x55), 256});
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->sw, 0x6A80);
    EXPECT_EQ(refusing.sent.size(), 1u);
}

TEST(PcscChannel, ACardThatNeverStopsSaying61IsAProtocolError) {
    ScriptedCard card;
    for (int i = 0; i < 70; ++i) card.answers.push_back(with_sw({0x01}, 0x6101));
    CardChannel channel{card.transmit()};
    auto r = channel.send({0x00, 0xCB, 0x3F, 0xFF, {}, 256});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, hal::DeviceErrorKind::protocol_error);
}

TEST(PcscChannel, MalformedAnswerAndTransportLossAreErrors) {
    ScriptedCard card;
    card.answers = {Bytes{0x90}};
    CardChannel channel{card.transmit()};
    auto r = channel.send({0x00, 0xA4, 0x04, 0x00, {0xA0}, 256});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, hal::DeviceErrorKind::protocol_error);
    auto gone = channel.send({0x00, 0xA4, 0x04, 0x00, {0xA0}, 256});
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().kind, hal::DeviceErrorKind::card_removed);
}

TEST(PcscPiv, VerifyPadsThePinAndReadsTheTriesLeft) {
    ScriptedCard card;
    card.answers = {with_sw({}, 0x63C2), with_sw({}, 0x9000), with_sw({}, 0x6983)};
    CardChannel channel{card.transmit()};
    auto wrong = piv::verify_pin(channel, SecureString{"111111"});
    ASSERT_TRUE(wrong);
    EXPECT_FALSE(wrong->accepted);
    EXPECT_EQ(wrong->tries_left, 2);
    EXPECT_EQ(card.sent[0], (Bytes{0x00, 0x20, 0x00, 0x80, 0x08, '1', '1', '1', '1', '1', '1', 0xFF, 0xFF}));
    auto right = piv::verify_pin(channel, SecureString{"12345678"});
    ASSERT_TRUE(right);
    EXPECT_TRUE(right->accepted);
    auto blocked = piv::verify_pin(channel, SecureString{"123456"});
    ASSERT_TRUE(blocked);
    EXPECT_TRUE(blocked->blocked);
    EXPECT_FALSE(piv::verify_pin(channel, SecureString{"12a456"}));
    EXPECT_EQ(card.sent.size(), 3u);  // the malformed PIN was never sent
}

TEST(PcscPiv, CertificateObjectAndSignatureTemplate) {
    Bytes inner = tlv(0x70, Bytes{0x30, 0x03, 0x02, 0x01, 0x00});
    append_tlv(inner, 0x71, Bytes{0x00});
    auto cert = piv::certificate_from_object(tlv(0x53, inner));
    ASSERT_TRUE(cert) << cert.error();
    EXPECT_EQ(cert->size(), 5u);
    Bytes compressed = tlv(0x70, Bytes{0x01});
    append_tlv(compressed, 0x71, Bytes{0x01});
    EXPECT_EQ(piv::certificate_from_object(tlv(0x53, compressed)).error(), "compressed certificate");
    EXPECT_FALSE(piv::certificate_from_object(tlv(0x53, tlv(0x71, Bytes{0x00}))));
    auto signature = piv::signature_from_response(tlv(0x7C, tlv(0x82, Bytes{1, 2, 3})));
    ASSERT_TRUE(signature);
    EXPECT_EQ(*signature, (Bytes{1, 2, 3}));
    EXPECT_FALSE(piv::signature_from_response(tlv(0x7C, tlv(0x82, {}))));
}

}  // namespace
}  // namespace nanhai::drivers::pcsc
