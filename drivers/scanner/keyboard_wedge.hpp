// A keyboard-wedge scanner "types" each code: key presses from /dev/input/event* (evdev), one
// code per line, ended by Enter (or Tab, the other common suffix). Keycodes are positions, so
// they are read with the US layout, the one wedge scanners are set up for (protocols.md §3); a
// wedge cannot carry Chinese text. Pure code: the evdev source and the fuzz target feed it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "common/result.hpp"

namespace nanhai::drivers::scanner {

class KeyboardWedgeDecoder {
public:
    static constexpr std::size_t kMaxCode = 8192;

    // One EV_KEY event (value 1 press, 0 release, 2 repeat). A complete code when its Enter
    // comes; nullopt otherwise. A code longer than kMaxCode is an error and is dropped up to
    // its Enter. Keys without a character (F1, arrows) are ignored.
    Result<std::optional<std::string>, std::string> feed(std::uint16_t code, std::int32_t value);
    void reset();

private:
    std::string typed_;
    bool left_shift_ = false;
    bool right_shift_ = false;
    bool caps_lock_ = false;
    bool overlong_ = false;
};

// The character a key types on a US keyboard, or 0 when it types none.
char us_character(std::uint16_t code, bool shift);

}  // namespace nanhai::drivers::scanner
