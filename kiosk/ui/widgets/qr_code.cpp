// QR codes on screen (see qr_code.hpp).
#include "kiosk/ui/widgets/qr_code.hpp"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <imgui.h>

#include <cmath>
#include <exception>
#include <string>

namespace nanhai::kiosk::ui {
namespace {

constexpr int kQuietZone = 2;  // modules of white around the code so phones can find it

}  // namespace

QrModules qr_modules_for(std::string_view payload) {
    if (payload.empty()) return {};
    try {
        auto matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                          .setMargin(0)
                          .setEccLevel(1)
                          .encode(std::string{payload}, 0, 0);
        QrModules qr{matrix.width(), std::vector<std::uint8_t>(static_cast<std::size_t>(matrix.width() * matrix.height()), 0)};
        for (int y = 0; y < matrix.height(); ++y)
            for (int x = 0; x < matrix.width(); ++x)
                qr.dark[static_cast<std::size_t>(y * qr.size + x)] = matrix.get(x, y) ? 1 : 0;
        return qr;
    } catch (const std::exception&) {
        return {};  // too long for a QR code: the caller shows the text instead
    }
}

void draw_qr_code(const QrModules& qr, Rect r) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, IM_COL32_WHITE);
    if (qr.size == 0) return;
    const float cell = std::floor(std::min(r.w, r.h) / static_cast<float>(qr.size + 2 * kQuietZone));
    const float x0 = r.x + (r.w - cell * static_cast<float>(qr.size)) / 2;
    const float y0 = r.y + (r.h - cell * static_cast<float>(qr.size)) / 2;
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size; ++x) {
            if (!qr.at(x, y)) continue;
            const ImVec2 a{x0 + static_cast<float>(x) * cell, y0 + static_cast<float>(y) * cell};
            list->AddRectFilled(a, {a.x + cell, a.y + cell}, IM_COL32_BLACK);
        }
    }
}

}  // namespace nanhai::kiosk::ui
