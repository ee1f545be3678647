#include "kiosk/platform_client/secure_wipe.hpp"

#include <sodium.h>

namespace nanhai::kiosk {

void secure_wipe(char* data, std::size_t size) {
    if (data != nullptr && size > 0) sodium_memzero(data, size);
}

void secure_wipe(std::string& text) {
    text.resize(text.capacity());  // also the bytes past size() that an earlier value left
    secure_wipe(text.data(), text.size());
    text.clear();
}

SecretString& SecretString::operator=(SecretString&& other) noexcept {
    if (this != &other) {
        clear();
        value_ = std::move(other.value_);
    }
    return *this;
}

void SecretString::assign(std::string&& value) {
    clear();
    value_ = std::move(value);
}

}  // namespace nanhai::kiosk
