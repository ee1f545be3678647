// The umockdev USB SAM reader (see usb_sam_reader.hpp).
#include "tests/integration/usb/usb_sam_reader.hpp"

#include "drivers/ga467/status.hpp"

namespace nanhai::test {
namespace {

namespace ga = drivers::ga467;

// Device descriptor (USB 2.0, vendor 1d6b, product 4673, one configuration), then the
// configuration: one vendor-specific interface with bulk IN 0x81 and bulk OUT 0x02, 64 bytes.
constexpr const char* kDescriptors =
    "12010002000000406b1d734601000102"
    "0301"
    "090220000101008032"
    "0904000002ff000000"
    "07058102400000"
    "07050202400000";

std::vector<std::uint8_t> read_payload(const std::vector<std::uint8_t>& block) {
    std::vector<std::uint8_t> data{0x01, 0x00, 0x04, 0x00};
    data.insert(data.end(), block.begin(), block.end());
    for (int i = 0; i < 1024; ++i) data.push_back(static_cast<std::uint8_t>(i * 7));
    return data;
}

}  // namespace

UsbSamReader::UsbSamReader() : FakeUsbDevice{kDescriptors, 64} { plug(); }

void UsbSamReader::place_card(std::vector<std::uint8_t> text_block) {
    std::lock_guard guard{lock()};
    card_ = std::move(text_block);
    card_read_ = false;
}

void UsbSamReader::remove_card() {
    std::lock_guard guard{lock()};
    card_.reset();
    card_read_ = false;
}

void UsbSamReader::on_out(std::span<const std::uint8_t> bytes) {
    parser_.feed(bytes);
    while (auto frame = parser_.next())
        if (const auto* body = std::get_if<ga::Bytes>(&*frame)) answer(*body);
}

// One GA/T 467 request from the host: the SAM's answer goes into the bulk IN queue.
void UsbSamReader::answer(const std::vector<std::uint8_t>& body) {
    const auto request = ga::as_request(body);
    if (!request) return;
    std::uint8_t sw3 = ga::kOk;
    std::vector<std::uint8_t> data;
    switch (request->command) {
        case 0x11: break;
        case 0x12: data = {0x05, 0x00, 0x01, 0x00, 0x0C, 0, 0, 0, 0x80, 0x0D, 0, 0, 0xD2, 0x1E, 0, 0}; break;
        case 0x20:
            if (request->parameter == 0x01) {
                sw3 = card_ && !card_read_ ? ga::kFindOk : ga::kNoCard;
                if (sw3 == ga::kFindOk) data = {0, 0, 0, 0};
            } else {
                sw3 = card_ ? ga::kOk : ga::kSelectFailed;
                if (card_) data = {1, 2, 3, 4, 5, 6, 7, 8};
            }
            break;
        case 0x30:
            if (card_) {
                data = read_payload(*card_);
                card_read_ = true;
            } else {
                sw3 = ga::kReadFailed;
            }
            break;
        default: sw3 = ga::kCommandError;
    }
    const auto frame = ga::encode_response(sw3, data);
    queue_in(frame);
}

}  // namespace nanhai::test
