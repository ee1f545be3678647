// Whatever comes from a HID POS scanner's interrupt pipe, in 64-byte reports: the assembler
// never keeps more than its limit, never crashes; every code it yields decodes to text or is
// refused cleanly, and splitting an AIM prefix never reads past the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "drivers/scanner/hid_pos_report.hpp"
#include "drivers/scanner/scan_text.hpp"

using namespace nanhai::drivers::scanner;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    HidPosAssembler assembler;
    for (std::size_t at = 0; at < size; at += HidPosAssembler::kReportSize) {
        const std::size_t n = std::min(HidPosAssembler::kReportSize, size - at);
        auto scan = assembler.feed(std::span<const std::uint8_t>{data + at, n});
        if (!scan || !*scan) continue;
        if ((*scan)->data.size() > HidPosAssembler::kMaxScan) std::abort();
        if (auto text = decode_scan_text((*scan)->data)) {
            auto split = split_aim_prefix(*text);
            if (split.rest.size() > text->size()) std::abort();
        }
    }
    (void)decode_scan_text(std::span<const std::uint8_t>{data, size});
    return 0;
}
