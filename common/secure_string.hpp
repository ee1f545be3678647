// Personal data in memory: a string that wipes its bytes when it is destroyed, cleared or
// reassigned, so that a session's names and numbers do not linger in freed heap memory.
#pragma once

#include <string>
#include <string_view>

namespace nanhai {

// Overwrites the whole buffer (capacity, not only size) in a way the optimiser keeps.
void secure_wipe(std::string& text);
void secure_wipe(void* data, std::size_t size);

class SecureString {
public:
    SecureString() = default;
    SecureString(std::string_view text) : value_{text} {}  // NOLINT: implicit on purpose
    SecureString(const SecureString& other) : value_{other.value_} {}
    SecureString(SecureString&& other) noexcept : value_{other.value_} { other.clear(); }
    SecureString& operator=(const SecureString& other) {
        if (this != &other) {
            clear();
            value_ = other.value_;
        }
        return *this;
    }
    SecureString& operator=(SecureString&& other) noexcept {
        if (this != &other) {
            clear();
            value_ = other.value_;
            other.clear();
        }
        return *this;
    }
    SecureString& operator=(std::string_view text) {
        clear();
        value_ = text;
        return *this;
    }
    SecureString& operator=(const char* text) { return *this = std::string_view{text}; }
    ~SecureString() { clear(); }

    const std::string& str() const { return value_; }
    std::string_view view() const { return value_; }
    bool empty() const { return value_.empty(); }
    void clear() {
        secure_wipe(value_);
        value_.clear();
    }
    bool operator==(const SecureString& other) const { return value_ == other.value_; }

private:
    std::string value_;
};

}  // namespace nanhai
