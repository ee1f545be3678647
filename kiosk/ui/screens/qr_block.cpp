// QR block (see qr_block.hpp).
#include "kiosk/ui/screens/qr_block.hpp"

#include "kiosk/ui/widgets/qr_code.hpp"

namespace nanhai::kiosk::ui::screens {

float qr_block(ScreenFrame& f, const std::string& payload, const std::string& caption, float x, float y, float side) {
    draw_qr_code(qr_modules_for(payload), {x, y, side, side});
    const float gap = f.ui.layout.spacing() / 2;
    return side + gap + say(f, f.ui.body_font(), caption, f.ui.theme.palette.muted_text,
                            {x - side / 4, y + side + gap, side * 1.5f, side}, Align::center);
}

}  // namespace nanhai::kiosk::ui::screens
