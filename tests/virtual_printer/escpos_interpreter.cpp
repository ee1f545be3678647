// The virtual printer's command interpreter (see escpos_interpreter.hpp).
#include "tests/virtual_printer/escpos_interpreter.hpp"

#include <algorithm>

#include "common/gb18030.hpp"
#include "common/hex.hpp"
#include "drivers/escpos/printer_replies.hpp"
#include "drivers/receipt/barcode_raster.hpp"

namespace nanhai::test {
namespace {

constexpr std::uint8_t kEsc = 0x1B, kGs = 0x1D, kFs = 0x1C, kDle = 0x10, kLf = 0x0A, kCr = 0x0D;
constexpr int kLineRows = 30;  // 24-dot characters plus the default line spacing
constexpr int kWidthDots = 576;
constexpr std::size_t kClearLength = 10;  // 10 14 08 01 03 14 01 06 02 08
constexpr std::uint8_t kClearBuffers[kClearLength] = {0x10, 0x14, 0x08, 0x01, 0x03,
                                                      0x14, 0x01, 0x06, 0x02, 0x08};

hal::TextSize text_size(int factor) {
    if (factor <= 1) return hal::TextSize::normal;
    if (factor == 2) return hal::TextSize::large;
    return hal::TextSize::huge;
}

int qr_rows(const std::string& payload, int module) {
    auto symbol = drivers::qr_raster(payload, module, kWidthDots);
    return symbol ? symbol->height() : 0;
}

std::string code128_data(std::span<const std::uint8_t> symbol) {
    std::string data;
    std::size_t i = 0;
    if (symbol.size() >= 2 && symbol[0] == '{' && symbol[1] == 'B') i = 2;
    for (; i < symbol.size(); ++i) {
        data += static_cast<char>(symbol[i]);
        if (symbol[i] == '{' && i + 1 < symbol.size() && symbol[i + 1] == '{') ++i;
    }
    return data;
}

}  // namespace

std::vector<std::string> PrintedSlip::text() const {
    std::vector<std::string> lines;
    for (const auto& e : elements)
        if (const auto* line = std::get_if<hal::TextLine>(&e)) lines.push_back(line->text);
    return lines;
}

EscposInterpreter::EscposInterpreter() = default;

bool EscposInterpreter::online() const {
    return paper_ != PaperCondition::out && !cover_open_ && !cutter_error_;
}

drivers::escpos::RealTimeStatus EscposInterpreter::status() const {
    drivers::escpos::RealTimeStatus s;
    s.offline = !online();
    s.cover_open = cover_open_;
    s.paper_end = paper_ == PaperCondition::out;
    s.stopped_at_paper_end = s.paper_end;
    s.paper_near_end = paper_ != PaperCondition::ok;
    s.cutter_error = cutter_error_;
    s.auto_recoverable_error = cutter_error_;
    s.error = cutter_error_;
    return s;
}

std::vector<PrintedSlip> EscposInterpreter::complete_slips() const {
    std::vector<PrintedSlip> out;
    std::copy_if(slips_.begin(), slips_.end(), std::back_inserter(out),
                 [](const PrintedSlip& s) { return s.complete; });
    return out;
}

std::vector<std::uint8_t> EscposInterpreter::receive(std::span<const std::uint8_t> bytes) {
    pending_.insert(pending_.end(), bytes.begin(), bytes.end());
    process();
    return std::exchange(replies_, {});
}

std::vector<std::uint8_t> EscposInterpreter::set_paper(PaperCondition paper) {
    paper_ = paper;
    if (paper != PaperCondition::out) paper_remaining_.reset();
    if (paper == PaperCondition::out) waste_current();
    return status_changed();
}

std::vector<std::uint8_t> EscposInterpreter::set_cover_open(bool open) {
    cover_open_ = open;
    if (open) waste_current();
    return status_changed();
}

std::vector<std::uint8_t> EscposInterpreter::set_cutter_error(bool on) {
    cutter_error_ = on;
    return status_changed();
}

void EscposInterpreter::set_paper_remaining(std::optional<int> rows) { paper_remaining_ = rows; }

// After a status change: the ASB packet, and printing resumes when the printer is online.
std::vector<std::uint8_t> EscposInterpreter::status_changed() {
    if (asb_) {
        const auto packet = drivers::escpos::encode_asb(status());
        replies_.insert(replies_.end(), packet.begin(), packet.end());
    }
    process();
    return std::exchange(replies_, {});
}

void EscposInterpreter::process() {
    std::size_t head = 0;
    while (online() && head < pending_.size()) {
        const auto used = execute(std::span{pending_}.subspan(head));
        if (!used) break;  // the rest of the command has not arrived
        head += *used;
    }
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(std::min(head, pending_.size())));
    scanned_ = 0;
    if (!online()) scan_realtime_while_offline();
}

// An offline printer still looks at what arrives for real-time commands (and only for them).
void EscposInterpreter::scan_realtime_while_offline() {
    std::size_t i = scanned_;
    while (i < pending_.size()) {
        if (pending_[i] != kDle) {
            ++i;
            continue;
        }
        const std::size_t left = pending_.size() - i;
        if (left >= 2 && pending_[i + 1] == 0x14) {
            if (left < kClearLength) break;
            if (std::equal(kClearBuffers, kClearBuffers + kClearLength, pending_.begin() + static_cast<std::ptrdiff_t>(i))) {
                // Everything received before it goes, the clear itself too; what follows stays.
                pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(i + kClearLength));
                line_.clear();
                i = 0;
                continue;
            }
        }
        if (left >= 2 && pending_[i + 1] == 0x04) {
            if (left < 3) break;
            execute_realtime(std::span{pending_}.subspan(i));
            pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(i), pending_.begin() + static_cast<std::ptrdiff_t>(i + 3));
            continue;
        }
        if (left < 2) break;
        ++i;
    }
    scanned_ = i;
}

std::optional<std::size_t> EscposInterpreter::execute(std::span<const std::uint8_t> at) {
    const std::uint8_t b = at[0];
    if (b == kLf) {
        print_text_line();
        return 1;
    }
    if (b == kCr) return 1;
    if (b == kEsc) return execute_esc(at);
    if (b == kGs) return execute_gs(at);
    if (b == kDle) return execute_realtime(at);
    if (b == kFs) {
        if (at.size() < 2) return std::nullopt;
        if (at[1] == 0x26 || at[1] == 0x2E) {
            modes_.chinese = at[1] == 0x26;
            return 2;
        }
        if (at[1] == 0x21) return at.size() < 3 ? std::nullopt : std::optional<std::size_t>{3};
        unknown(at, 2);
        return 2;
    }
    if (b < 0x20) {
        unknown(at, 1);
        return 1;
    }
    if (modes_.chinese && b >= 0x81 && b <= 0xFE) {
        if (at.size() < 2) return std::nullopt;
        if (at[1] >= 0x30 && at[1] <= 0x39) {
            // A four-byte GB18030 character: this printer's font has only the two-byte range.
            unknown_.push_back("four-byte GB18030 " + to_hex(at.subspan(0, std::min<std::size_t>(4, at.size()))));
            line_ += "?";
            return std::min<std::size_t>(4, at.size());
        }
        line_ += static_cast<char>(at[0]);
        line_ += static_cast<char>(at[1]);
        return 2;
    }
    line_ += static_cast<char>(b);
    return 1;
}

std::optional<std::size_t> EscposInterpreter::execute_esc(std::span<const std::uint8_t> at) {
    if (at.size() < 2) return std::nullopt;
    switch (at[1]) {
        case 0x40:  // ESC @
            modes_ = Modes{};
            line_.clear();
            return 2;
        case 0x61:
        case 0x45:
        case 0x64:
        case 0x74:
        case 0x21:
            break;
        default:
            unknown(at, 2);
            return 2;
    }
    if (at.size() < 3) return std::nullopt;
    const std::uint8_t n = at[2];
    switch (at[1]) {
        case 0x61:
            modes_.align = n == 1 || n == '1' ? hal::Align::center
                           : n == 2 || n == '2' ? hal::Align::right
                                                : hal::Align::left;
            break;
        case 0x45:
            modes_.bold = (n & 1) != 0;
            break;
        case 0x64:
            if (!line_.empty()) print_text_line();
            print(hal::Feed{n}, n * kLineRows);
            break;
        case 0x21:
            modes_.bold = (n & 0x08) != 0;
            modes_.size_factor = (n & 0x30) ? 2 : 1;
            break;
        default:  // ESC t: code page, nothing to draw
            break;
    }
    return 3;
}

std::optional<std::size_t> EscposInterpreter::execute_gs(std::span<const std::uint8_t> at) {
    if (at.size() < 3) return std::nullopt;
    const std::uint8_t fn = at[1];
    const std::uint8_t n = at[2];
    switch (fn) {
        case 0x21:  // GS ! n
            modes_.size_factor = std::max((n >> 4) + 1, (n & 0x0F) + 1);
            return 3;
        case 0x68:  // GS h, GS w, GS H, GS f: barcode height, width, text, font
        case 0x77:
        case 0x48:
        case 0x66:
            return 3;
        case 0x61:  // GS a n
            asb_ = n != 0;
            if (asb_) {
                const auto packet = drivers::escpos::encode_asb(status());
                replies_.insert(replies_.end(), packet.begin(), packet.end());
            }
            return 3;
        case 0x72:  // GS r n: answered now, after everything before it printed
            if (!answers_gs_r_) return 3;
            if (n == 1 || n == '1') {
                std::uint8_t reply = 0;
                if (paper_ == PaperCondition::near_end) reply |= 0x03;
                if (paper_ == PaperCondition::out) reply |= 0x0C;
                replies_.push_back(reply);
            } else {
                replies_.push_back(0x00);
            }
            return 3;
        case 0x56: {  // GS V m [n]
            if (n == 0x41 || n == 0x42) {
                if (at.size() < 4) return std::nullopt;
                if (!line_.empty()) print_text_line();
                print(hal::Feed{0}, at[3]);
                cut();
                return 4;
            }
            if (!line_.empty()) print_text_line();
            cut();
            return 3;
        }
        case 0x76: {  // GS v 0 m xL xH yL yH data
            if (at.size() < 8) return std::nullopt;
            const int x = at[4] | (at[5] << 8);
            const int y = at[6] | (at[7] << 8);
            const std::size_t length = 8 + static_cast<std::size_t>(x) * static_cast<std::size_t>(y);
            if (at.size() < length) return std::nullopt;
            hal::MonoImage image{x * 8, y, {}};
            image.pixels.reserve(static_cast<std::size_t>(x * 8 * y));
            for (int row = 0; row < y; ++row)
                for (int col = 0; col < x * 8; ++col) {
                    const std::uint8_t byte = at[8 + static_cast<std::size_t>(row * x + col / 8)];
                    image.pixels.push_back((byte >> (7 - col % 8)) & 1);
                }
            if (!line_.empty()) print_text_line();
            print(std::move(image), y);
            return length;
        }
        case 0x28:  // GS ( k
            if (n != 0x6B) {
                unknown(at, 3);
                return 3;
            }
            return execute_qr(at);
        case 0x6B: {  // GS k m
            if (n <= 6) {
                const auto end = std::find(at.begin() + 3, at.end(), 0x00);
                if (end == at.end()) return std::nullopt;
                unknown(at, 3);
                return static_cast<std::size_t>(end - at.begin()) + 1;
            }
            if (at.size() < 4) return std::nullopt;
            const std::size_t length = 4 + at[3];
            if (at.size() < length) return std::nullopt;
            if (n != 73) {
                unknown(at, 3);
                return length;
            }
            if (!line_.empty()) print_text_line();
            print(hal::Barcode{code128_data(at.subspan(4, at[3]))}, 64 + kLineRows);
            return length;
        }
        default:
            unknown(at, 2);
            return 2;
    }
}

// GS ( k pL pH 31 fn ...: the QR functions of protocols.md §4.
std::optional<std::size_t> EscposInterpreter::execute_qr(std::span<const std::uint8_t> at) {
    if (at.size() < 7) return std::nullopt;
    const std::size_t parameters = at[3] | (at[4] << 8);
    const std::size_t length = 5 + parameters;
    if (at.size() < length) return std::nullopt;
    if (parameters < 2 || at[5] != 0x31) {
        unknown(at, 6);
        return length;
    }
    const auto body = at.subspan(7, parameters - 2);
    switch (at[6]) {
        case 0x41:  // model
        case 0x45:  // error correction level
            break;
        case 0x43:
            if (!body.empty()) modes_.qr_module = body[0];
            break;
        case 0x50:
            modes_.qr_data.assign(body.begin() + (body.empty() ? 0 : 1), body.end());
            break;
        case 0x51:
            if (!line_.empty()) print_text_line();
            print(hal::QrCode{modes_.qr_data, modes_.qr_module}, qr_rows(modes_.qr_data, modes_.qr_module));
            break;
        default:
            unknown(at, 7);
    }
    return length;
}

std::optional<std::size_t> EscposInterpreter::execute_realtime(std::span<const std::uint8_t> at) {
    if (at.size() < 2) return std::nullopt;
    if (at[1] == 0x04) {
        if (at.size() < 3) return std::nullopt;
        const auto s = status();
        std::uint8_t answer = 0x12;
        switch (at[2]) {
            case 1:
                answer |= s.offline ? 0x08 : 0;
                break;
            case 2:
                answer |= (s.cover_open ? 0x04 : 0) | (s.stopped_at_paper_end ? 0x20 : 0) | (s.error ? 0x40 : 0);
                break;
            case 3:
                answer |= s.cutter_error ? 0x08 : 0;
                break;
            case 4:
                answer |= (s.paper_near_end ? 0x0C : 0) | (s.paper_end ? 0x60 : 0);
                break;
            default:
                unknown(at, 3);
                return 3;
        }
        replies_.push_back(answer);
        return 3;
    }
    if (at[1] == 0x14) {
        if (at.size() < kClearLength) return std::nullopt;
        if (std::equal(kClearBuffers, kClearBuffers + kClearLength, at.begin())) {
            line_.clear();  // online, everything before it is printed already
            return kClearLength;
        }
        unknown(at, 3);
        return 3;
    }
    unknown(at, 2);
    return 2;
}

void EscposInterpreter::print_text_line() {
    std::string text;
    if (modes_.chinese) {
        const auto utf8 = gb18030_to_utf8({reinterpret_cast<const std::uint8_t*>(line_.data()), line_.size()});
        text = utf8.value_or("?");
    } else {
        for (char c : line_) text += static_cast<unsigned char>(c) < 0x80 ? c : '?';
    }
    line_.clear();
    print(hal::TextLine{text, text_size(modes_.size_factor), modes_.bold, modes_.align},
          24 * modes_.size_factor + kLineRows - 24);
}

void EscposInterpreter::print(hal::ReceiptElement element, int rows) {
    if (paper_remaining_ && rows > *paper_remaining_) {
        // The roll ends inside this element: what came out is waste, the rest waits.
        current_.elements.push_back(std::move(element));
        paper_remaining_ = 0;
        paper_ = PaperCondition::out;
        waste_current();
        if (asb_) {
            const auto packet = drivers::escpos::encode_asb(status());
            replies_.insert(replies_.end(), packet.begin(), packet.end());
        }
        return;
    }
    if (paper_remaining_) *paper_remaining_ -= rows;
    auto* image = std::get_if<hal::MonoImage>(&element);
    auto* last = current_.elements.empty() ? nullptr : std::get_if<hal::MonoImage>(&current_.elements.back());
    if (image && last && last->width == image->width) {
        // Raster bands and drawn lines one after the other are one picture on paper.
        last->pixels.insert(last->pixels.end(), image->pixels.begin(), image->pixels.end());
        last->height += image->height;
        return;
    }
    current_.elements.push_back(std::move(element));
}

void EscposInterpreter::cut() {
    // A cut with nothing printed since the last one (or after the roll ran out) makes no slip.
    if (!online() || current_.elements.empty()) return;
    current_.cut = true;
    current_.complete = true;
    slips_.push_back(std::exchange(current_, PrintedSlip{}));
}

void EscposInterpreter::waste_current() {
    if (current_.elements.empty()) return;
    current_.complete = false;
    slips_.push_back(std::exchange(current_, PrintedSlip{}));
}

void EscposInterpreter::unknown(std::span<const std::uint8_t> at, std::size_t length) {
    unknown_.push_back(to_hex(at.subspan(0, std::min(length, at.size()))));
}

}  // namespace nanhai::test
