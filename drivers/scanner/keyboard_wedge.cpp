// Keyboard wedge decoding (see keyboard_wedge.hpp). Keycodes are linux/input-event-codes.h.
#include "drivers/scanner/keyboard_wedge.hpp"

#include <linux/input-event-codes.h>

#include <array>
#include <cctype>

namespace nanhai::drivers::scanner {
namespace {

struct KeyChars {
    char plain;
    char shifted;
};

// Indexed by keycode, 0..KEY_KPDOT; {0, 0} types nothing.
constexpr std::array<KeyChars, KEY_KPDOT + 1> make_table() {
    std::array<KeyChars, KEY_KPDOT + 1> t{};
    const char* digits = "1234567890";
    const char* shifted_digits = "!@#$%^&*()";
    for (int i = 0; i < 10; ++i) t[KEY_1 + i] = {digits[i], shifted_digits[i]};
    t[KEY_MINUS] = {'-', '_'};
    t[KEY_EQUAL] = {'=', '+'};
    const char* row1 = "qwertyuiop";
    for (int i = 0; i < 10; ++i) t[KEY_Q + i] = {row1[i], static_cast<char>(row1[i] - 32)};
    t[KEY_LEFTBRACE] = {'[', '{'};
    t[KEY_RIGHTBRACE] = {']', '}'};
    const char* row2 = "asdfghjkl";
    for (int i = 0; i < 9; ++i) t[KEY_A + i] = {row2[i], static_cast<char>(row2[i] - 32)};
    t[KEY_SEMICOLON] = {';', ':'};
    t[KEY_APOSTROPHE] = {'\'', '"'};
    t[KEY_GRAVE] = {'`', '~'};
    t[KEY_BACKSLASH] = {'\\', '|'};
    const char* row3 = "zxcvbnm";
    for (int i = 0; i < 7; ++i) t[KEY_Z + i] = {row3[i], static_cast<char>(row3[i] - 32)};
    t[KEY_COMMA] = {',', '<'};
    t[KEY_DOT] = {'.', '>'};
    t[KEY_SLASH] = {'/', '?'};
    t[KEY_SPACE] = {' ', ' '};
    t[KEY_KPASTERISK] = {'*', '*'};
    t[KEY_KPMINUS] = {'-', '-'};
    t[KEY_KPPLUS] = {'+', '+'};
    t[KEY_KPDOT] = {'.', '.'};
    const int keypad[] = {KEY_KP0, KEY_KP1, KEY_KP2, KEY_KP3, KEY_KP4, KEY_KP5, KEY_KP6, KEY_KP7, KEY_KP8, KEY_KP9};
    for (int i = 0; i < 10; ++i) t[static_cast<std::size_t>(keypad[i])] = {static_cast<char>('0' + i), static_cast<char>('0' + i)};
    return t;
}

constexpr auto kTable = make_table();

bool is_letter_key(char plain) { return plain >= 'a' && plain <= 'z'; }

}  // namespace

char us_character(std::uint16_t code, bool shift) {
    if (code >= kTable.size()) return code == KEY_KPSLASH ? '/' : 0;
    return shift ? kTable[code].shifted : kTable[code].plain;
}

void KeyboardWedgeDecoder::reset() {
    typed_.clear();
    overlong_ = false;
}

Result<std::optional<std::string>, std::string> KeyboardWedgeDecoder::feed(std::uint16_t code, std::int32_t value) {
    if (code == KEY_LEFTSHIFT) left_shift_ = value != 0;
    if (code == KEY_RIGHTSHIFT) right_shift_ = value != 0;
    if (value != 1) return std::optional<std::string>{};  // releases and auto-repeat type nothing
    if (code == KEY_CAPSLOCK) caps_lock_ = !caps_lock_;
    if (code == KEY_ENTER || code == KEY_KPENTER || code == KEY_TAB) {
        const bool dropped = overlong_;
        std::string code_text = std::move(typed_);
        reset();
        if (dropped) return fail(std::string{"typed code over 8 KiB dropped"});
        if (code_text.empty()) return std::optional<std::string>{};
        return std::optional<std::string>{std::move(code_text)};
    }
    const bool shift = left_shift_ || right_shift_;
    const char plain = us_character(code, false);
    if (plain == 0) return std::optional<std::string>{};
    // Caps Lock shifts letters only, as on a real keyboard.
    const bool upper = is_letter_key(plain) ? shift != caps_lock_ : shift;
    if (overlong_) return std::optional<std::string>{};
    typed_ += us_character(code, upper);
    if (typed_.size() > kMaxCode) {
        typed_.clear();
        overlong_ = true;
    }
    return std::optional<std::string>{};
}

}  // namespace nanhai::drivers::scanner
