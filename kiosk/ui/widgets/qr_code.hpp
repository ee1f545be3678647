// QR codes on screen: the modules from ZXing, drawn as rectangles (no texture, so frames stay
// reproducible). Used for the appointment slip, the ticket and the receipts kept on screen
// when the printer cannot print.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "kiosk/ui/layout.hpp"

namespace nanhai::kiosk::ui {

// QR modules as produced by any encoder (ZXing's BitMatrix maps 1:1).
struct QrModules {
    int size = 0;                      // modules per side
    std::vector<std::uint8_t> dark;    // size*size, row-major, non-zero = dark
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)] != 0; }
};

// Medium error correction, no margin (draw_qr_code adds the quiet zone). Empty modules for an
// empty payload or one ZXing cannot encode.
QrModules qr_modules_for(std::string_view payload);

// The code centred in `r` on white, with a quiet zone of two modules.
void draw_qr_code(const QrModules& qr, Rect r);

}  // namespace nanhai::kiosk::ui
