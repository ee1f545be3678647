#include "kiosk/config/kiosk_config.hpp"

#include <gtest/gtest.h>

namespace nanhai::kiosk {
namespace {

TEST(KioskConfig, EmptyObjectGivesTheDefaults) {
    auto c = parse_kiosk_config("{}");
    ASSERT_TRUE(c.has_value()) << c.error();
    EXPECT_EQ(c->ui.language, "zh-CN");
    EXPECT_EQ(c->receipt_printer.paper_width_mm, 80);
    EXPECT_TRUE(c->platform.verify_tls);
    EXPECT_EQ(c->identity_reader.driver, "sim");
}

TEST(KioskConfig, ReadsNestedValues) {
    auto c = parse_kiosk_config(R"({"terminal": {"id": "NH-KIOSK-0002", "hall": "NH-GUICHENG"},
        "ui": {"language": "en", "elder_mode": true, "width": 1080, "height": 1920},
        "receipt_printer": {"paper_width_mm": 58}, "session": {"inactivity_seconds": 60}})");
    ASSERT_TRUE(c.has_value()) << c.error();
    EXPECT_EQ(c->terminal.hall, "NH-GUICHENG");
    EXPECT_TRUE(c->ui.elder_mode);
    EXPECT_EQ(c->ui.height, 1920);
    EXPECT_EQ(c->receipt_printer.paper_width_mm, 58);
    EXPECT_EQ(c->session.inactivity_seconds, 60);
}

TEST(KioskConfig, NamesTheWrongKey) {
    EXPECT_EQ(parse_kiosk_config(R"({"ui": {"width": "wide"}})").error(), "ui.width: must be an integer");
    EXPECT_EQ(parse_kiosk_config(R"({"ui": {"colour": "red"}})").error(), "ui.colour: is not a known setting");
    EXPECT_EQ(parse_kiosk_config(R"({"receipt_printer": {"paper_width_mm": 70}})").error(),
              "receipt_printer.paper_width_mm: must be 58 or 80");
    EXPECT_EQ(parse_kiosk_config(R"({"receipt_printer": {"strategy": "bitmap"}})").error(),
              "receipt_printer.strategy: must be text or raster");
    EXPECT_EQ(parse_kiosk_config(R"({"receipt_printer": {"qr": "drawn"}})").error(),
              "receipt_printer.qr: must be native or raster");
    EXPECT_EQ(parse_kiosk_config(R"({"receipt_printer": {"driver": "escpos", "uri": "tcp://10.0.0.5", "strategy": "raster", "qr": "raster"}})")
                  ->receipt_printer.strategy,
              "raster");
    EXPECT_EQ(parse_kiosk_config(R"({"receipt_printer": {"confirmation": "maybe"}})").error(),
              "receipt_printer.confirmation: must be auto, gs-r or status");
    EXPECT_EQ(parse_kiosk_config(R"({"receipt_printer": {"confirmation": "status"}})")->receipt_printer.confirmation, "status");
    EXPECT_EQ(parse_kiosk_config("{}")->receipt_printer.confirmation, "auto");
    EXPECT_EQ(parse_kiosk_config(R"({"ui": {"language": "fr"}})").error(), "ui.language: must be zh-CN or en");
    EXPECT_EQ(parse_kiosk_config("{").error(), "config is not valid JSON");
    EXPECT_EQ(parse_kiosk_config(R"({"session": 5})").error(), "session: must be an object");
}

TEST(KioskConfig, CertificateReaderTakesItsCaFiles) {
    auto c = parse_kiosk_config(
        R"({"certificate_reader": {"driver": "pcsc", "reader": "ACR39", "enterprise_ca_files": ["/a.pem", "/b.pem"]}})");
    ASSERT_TRUE(c) << c.error();
    EXPECT_EQ(c->certificate_reader.driver, "pcsc");
    EXPECT_EQ(c->certificate_reader.reader, "ACR39");
    EXPECT_EQ(c->certificate_reader.enterprise_ca_files, (std::vector<std::string>{"/a.pem", "/b.pem"}));
    EXPECT_TRUE(c->certificate_reader.technician_ca_files.empty());
    EXPECT_EQ(parse_kiosk_config(R"({})")->certificate_reader.driver, "none");
    EXPECT_EQ(parse_kiosk_config(R"({"certificate_reader": {"enterprise_ca_files": "/a.pem"}})").error(),
              "certificate_reader.enterprise_ca_files: must be a list of strings");
    EXPECT_EQ(parse_kiosk_config(R"({"certificate_reader": {"technician_ca_files": [1]}})").error(),
              "certificate_reader.technician_ca_files: must be a list of strings");
}

TEST(KioskConfig, TheShippedDemoConfigsLoad) {
    auto sim = load_kiosk_config(std::string{KIOSK_SOURCE_DIR} + "/config/kiosk.demo.json");
    ASSERT_TRUE(sim) << sim.error();
    EXPECT_EQ(sim->receipt_printer.driver, "sim");
    // The demo printing on the virtual ESC/POS printer (docs/scanners-and-printers.md).
    auto escpos = load_kiosk_config(std::string{KIOSK_SOURCE_DIR} + "/config/kiosk.demo-escpos.json");
    ASSERT_TRUE(escpos) << escpos.error();
    EXPECT_EQ(escpos->receipt_printer.driver, "escpos");
    EXPECT_EQ(escpos->receipt_printer.uri, "tcp://127.0.0.1:9100");
}

TEST(KioskConfig, MissingFileIsReported) {
    auto c = load_kiosk_config("/nonexistent/kiosk.json");
    ASSERT_FALSE(c.has_value());
    EXPECT_NE(c.error().find("/nonexistent/kiosk.json"), std::string::npos);
}

}  // namespace
}  // namespace nanhai::kiosk
