// Loading and calling the vendor's photo decoder (see photo_decoder.hpp).
#include "drivers/ga467/photo_decoder.hpp"

#include <dlfcn.h>

namespace nanhai::drivers::ga467 {
namespace {

// Room for the 38,862-byte BMP and then some: vendors differ in padding and headers.
constexpr std::size_t kBmpCapacity = 64 * 1024;

}  // namespace

Result<std::shared_ptr<const PhotoDecoder>, std::string> PhotoDecoder::load(const std::string& library_path) {
    void* handle = ::dlopen(library_path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* why = ::dlerror();
        return fail("photo decoder " + library_path + " cannot be loaded: " + (why ? why : "unknown reason"));
    }
    void* symbol = ::dlsym(handle, kWltDecodeSymbol);
    if (!symbol) {
        ::dlclose(handle);
        return fail("photo decoder " + library_path + " has no " + kWltDecodeSymbol + " entry point");
    }
    auto decode = reinterpret_cast<DecodeFunction>(symbol);
    return std::shared_ptr<const PhotoDecoder>{new PhotoDecoder{handle, decode, library_path}};
}

PhotoDecoder::~PhotoDecoder() {
    if (handle_) ::dlclose(handle_);
}

std::optional<std::vector<std::uint8_t>> PhotoDecoder::decode(std::span<const std::uint8_t> wlt) const {
    std::vector<std::uint8_t> bmp(kBmpCapacity);
    std::size_t size = 0;
    if (decode_(wlt.data(), wlt.size(), bmp.data(), bmp.size(), &size) != 0) return std::nullopt;
    if (size == 0 || size > bmp.size()) return std::nullopt;  // a library that lies about its size
    bmp.resize(size);
    return bmp;
}

}  // namespace nanhai::drivers::ga467
