// The resident ID card's photo comes off the SAM encrypted (WLT, 1024 bytes); only the card
// reader vendor's licensed library turns it into a picture. PhotoDecoder loads such a library
// with dlopen, by the path the kiosk config names, through one C entry point that a small
// adapter around the vendor's library provides:
//
//   extern "C" int nanhai_wlt_decode(const unsigned char* wlt, size_t wlt_size,
//                                    unsigned char* bmp, size_t bmp_capacity, size_t* bmp_size);
//   // 0: decoded, *bmp_size bytes of BMP written; anything else: not decoded
//
// Without a decoder there is no photo, and that is not an error: sign-in does not need it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace nanhai::drivers::ga467 {

inline constexpr const char* kWltDecodeSymbol = "nanhai_wlt_decode";

class PhotoDecoder {
public:
    // Fails with a sentence naming the library and what is wrong (not found, no entry point).
    static Result<std::shared_ptr<const PhotoDecoder>, std::string> load(const std::string& library_path);
    ~PhotoDecoder();
    PhotoDecoder(const PhotoDecoder&) = delete;
    PhotoDecoder& operator=(const PhotoDecoder&) = delete;

    // The BMP (GA/T 467 photos decode to 102 x 126, 24-bit: 38,862 bytes), or nullopt when the
    // library refuses the bytes.
    std::optional<std::vector<std::uint8_t>> decode(std::span<const std::uint8_t> wlt) const;
    const std::string& library() const { return path_; }

private:
    using DecodeFunction = int (*)(const unsigned char*, std::size_t, unsigned char*, std::size_t, std::size_t*);
    PhotoDecoder(void* handle, DecodeFunction function, std::string path)
        : handle_{handle}, decode_{function}, path_{std::move(path)} {}

    void* handle_;
    DecodeFunction decode_;
    std::string path_;
};

}  // namespace nanhai::drivers::ga467
