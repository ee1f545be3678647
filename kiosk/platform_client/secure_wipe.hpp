// Wiping secrets (the session token, card data in request bodies) from memory once they are no
// longer needed, in a way the optimiser may not remove (sodium_memzero).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace nanhai::kiosk {

void secure_wipe(char* data, std::size_t size);
// Overwrites the whole capacity in use, then empties the string.
void secure_wipe(std::string& text);

// A string that wipes itself when replaced, cleared or destroyed. Not copyable, so that the
// secret exists once.
class SecretString {
public:
    SecretString() = default;
    explicit SecretString(std::string value) : value_{std::move(value)} {}
    ~SecretString() { clear(); }
    SecretString(const SecretString&) = delete;
    SecretString& operator=(const SecretString&) = delete;
    SecretString(SecretString&& other) noexcept : value_{std::move(other.value_)} {}
    SecretString& operator=(SecretString&& other) noexcept;

    // Takes over `value` (moved in: no copy stays behind in the caller).
    void assign(std::string&& value);
    void clear() { secure_wipe(value_); }
    bool empty() const { return value_.empty(); }
    std::string_view view() const { return value_; }

private:
    std::string value_;
};

}  // namespace nanhai::kiosk
