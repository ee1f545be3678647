// ESC/POS automatic status back and paper sensor replies (see printer_replies.hpp).
#include "drivers/escpos/printer_replies.hpp"

namespace nanhai::drivers::escpos {
namespace {

constexpr std::uint8_t kAsbFirstMask = 0x93;  // bits 7, 4, 1, 0
constexpr std::uint8_t kAsbFirst = 0x10;      // 0xx1xx00
constexpr std::uint8_t kAsbLaterMask = 0x90;  // bits 7, 4
constexpr std::uint8_t kPaperMask = 0x93;
constexpr std::uint8_t kPaper = 0x00;  // 0xx0xx00

std::uint8_t bit(bool on, std::uint8_t value) { return on ? value : 0; }

}  // namespace

bool is_asb_first_byte(std::uint8_t byte) { return (byte & kAsbFirstMask) == kAsbFirst; }

Result<RealTimeStatus, std::string> decode_asb(std::span<const std::uint8_t, 4> p) {
    if (!is_asb_first_byte(p[0])) return fail(std::string{"ASB first byte outside 0xx1xx00"});
    for (std::size_t i = 1; i < 4; ++i)
        if ((p[i] & kAsbLaterMask) != 0) return fail("ASB byte " + std::to_string(i + 1) + " outside 0xx0xxxx");
    RealTimeStatus s;
    s.offline = p[0] & 0x08;
    s.cover_open = p[0] & 0x20;
    s.feeding_by_button = p[0] & 0x40;
    s.cutter_error = p[1] & 0x08;
    s.unrecoverable_error = p[1] & 0x20;
    s.auto_recoverable_error = p[1] & 0x40;
    s.error = s.cutter_error || s.unrecoverable_error || s.auto_recoverable_error;
    s.paper_near_end = p[2] & 0x03;
    s.paper_end = p[2] & 0x0C;
    s.stopped_at_paper_end = s.paper_end;
    return s;
}

std::array<std::uint8_t, 4> encode_asb(const RealTimeStatus& s) {
    return {static_cast<std::uint8_t>(kAsbFirst | bit(s.offline, 0x08) | bit(s.cover_open, 0x20) |
                                      bit(s.feeding_by_button, 0x40)),
            static_cast<std::uint8_t>(bit(s.cutter_error, 0x08) | bit(s.unrecoverable_error, 0x20) |
                                      bit(s.auto_recoverable_error, 0x40)),
            static_cast<std::uint8_t>(bit(s.paper_near_end, 0x03) | bit(s.paper_end, 0x0C)), 0x00};
}

bool is_paper_status_byte(std::uint8_t byte) { return (byte & kPaperMask) == kPaper; }

PaperSensorStatus decode_paper_status(std::uint8_t byte) {
    return {(byte & 0x03) != 0, (byte & 0x0C) != 0};
}

std::vector<PrinterReply> ReplySplitter::feed(std::span<const std::uint8_t> bytes) {
    std::vector<PrinterReply> out;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const std::uint8_t byte = bytes[i];
        if (!asb_.empty()) {
            if ((byte & kAsbLaterMask) == 0) {
                asb_.push_back(byte);
                if (asb_.size() == 4) {
                    auto status = decode_asb(std::span<const std::uint8_t, 4>{asb_.data(), 4});
                    out.push_back(AutomaticStatus{*status});  // each byte was checked on the way
                    asb_.clear();
                }
                continue;
            }
            // Not the rest of a packet: the lead was stray. It is reported, and the bytes
            // gathered after it are read again for what they are (a paper status answer...).
            out.push_back(UnexpectedByte{asb_.front()});
            std::vector<std::uint8_t> again{asb_.begin() + 1, asb_.end()};
            again.insert(again.end(), bytes.begin() + static_cast<std::ptrdiff_t>(i), bytes.end());
            asb_.clear();
            auto rest = feed(again);
            out.insert(out.end(), rest.begin(), rest.end());
            return out;
        }
        if (is_status_byte(byte))
            out.push_back(RealTimeAnswer{byte});
        else if (is_asb_first_byte(byte))
            asb_.push_back(byte);
        else if (is_paper_status_byte(byte))
            out.push_back(PaperStatusAnswer{decode_paper_status(byte)});
        else
            out.push_back(UnexpectedByte{byte});
    }
    return out;
}

}  // namespace nanhai::drivers::escpos
