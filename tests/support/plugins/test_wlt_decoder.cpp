// A stand-in for a vendor's WLT photo decoder, built as a shared library for the tests of the
// photo decoder's loading and use: it "decodes" any 1024-byte WLT into a small 24-bit BMP whose
// pixels repeat the input, and refuses input starting with EE (a card it cannot decode).
#include <cstddef>
#include <cstdint>
#include <cstring>

extern "C" int nanhai_wlt_decode(const unsigned char* wlt, std::size_t wlt_size, unsigned char* bmp,
                                 std::size_t bmp_capacity, std::size_t* bmp_size) {
    constexpr std::size_t kWidth = 16, kHeight = 16, kHeader = 54, kRow = kWidth * 3;
    constexpr std::size_t kSize = kHeader + kRow * kHeight;
    if (wlt_size != 1024 || wlt[0] == 0xEE || bmp_capacity < kSize) return 1;
    std::memset(bmp, 0, kHeader);
    const auto put32 = [bmp](std::size_t at, std::uint32_t v) {
        for (int i = 0; i < 4; ++i) bmp[at + static_cast<std::size_t>(i)] = static_cast<unsigned char>(v >> (8 * i));
    };
    bmp[0] = 'B';
    bmp[1] = 'M';
    put32(2, kSize);
    put32(10, kHeader);
    put32(14, 40);
    put32(18, kWidth);
    put32(22, kHeight);
    bmp[26] = 1;
    bmp[28] = 24;
    for (std::size_t i = 0; i < kRow * kHeight; ++i) bmp[kHeader + i] = wlt[i % wlt_size];
    *bmp_size = kSize;
    return 0;
}
