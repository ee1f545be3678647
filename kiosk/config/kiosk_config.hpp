// The kiosk's one configuration object: every configurable value is read from here, loaded
// once at start from a JSON file (unknown keys refused, wrong types named). Later, signed
// configuration bundles will produce the same object.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace nanhai::kiosk {

struct TerminalConfig {
    std::string id = "NH-KIOSK-0001";
    std::string key;             // from the file (dev keys only in config/dev)
    std::string hall = "NH-DISTRICT";
};

struct PlatformConfig {
    std::string base_url = "http://127.0.0.1:8780";
    bool verify_tls = true;
    std::string ca_file;
    int connect_timeout_ms = 3000;
    int request_timeout_ms = 10000;
};

struct DeviceConfig {
    std::string driver = "sim";  // "sim", or a real driver ("ga467-serial" for the ID reader)
    std::string uri;             // port, URI or device path for real drivers
    int baud = 115200;           // serial devices
    std::string photo_decoder;   // identity reader: the vendor's WLT photo decoder (.so), "" = none
};

// The PC/SC reader for enterprise and technician certificate cards. Halls without one leave
// it at "none"; the demo's simulated ID reader plays certificate cards itself.
struct CertificateReaderConfig {
    std::string driver = "none";                   // "none" or "pcsc"
    std::string reader;                            // a part of the reader's name; "" = any reader
    std::vector<std::string> enterprise_ca_files;  // PEM: CAs whose certificates sign in enterprises
    std::vector<std::string> technician_ca_files;  // PEM: CAs of the operator's technician cards
};

// driver "escpos": uri tcp://HOST[:PORT] (network, port 9100), /dev/usb/lpN (usblp) or
// usb:VVVV:PPPP[:SERIAL] (USB printer class through libusb).
struct PrinterConfig : DeviceConfig {
    int paper_width_mm = 80;     // 80 (576 dots) or 58 (384 dots)
    std::string strategy = "text";  // escpos: text (printer fonts, GB18030) | raster (all drawn)
    std::string qr = "native";      // escpos: native (printer's QR command) | raster (drawn)
    // escpos: how a printed job is confirmed: auto (probe GS r at connect) | gs-r | status
    // (DLE EOT polling after the job drained, for printers without GS r)
    std::string confirmation = "auto";
    std::string sim_output_dir;  // sim: where each job's PNG and raw bytes go
};

struct UiConfig {
    std::string language = "zh-CN";  // zh-CN | en
    bool elder_mode = false;
    bool fullscreen = true;
    int width = 1920;
    int height = 1080;
    std::string font_file = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
};

struct SessionConfig {
    int inactivity_seconds = 90;  // then a visible countdown offers to continue
    int countdown_seconds = 20;
};

// The event log (kiosk/audit): its files under <state_dir>/events, journald beside it.
struct AuditConfig {
    int max_file_kib = 4096;  // a log file this large is closed and the chain goes on in the next
    std::string journal_socket = "/run/systemd/journal/socket";  // "" = no journald
};

struct KioskConfig {
    TerminalConfig terminal;
    PlatformConfig platform;
    DeviceConfig identity_reader;
    CertificateReaderConfig certificate_reader;
    DeviceConfig code_scanner;
    PrinterConfig receipt_printer;
    UiConfig ui;
    SessionConfig session;
    AuditConfig audit;
    // Which components a service needs (CUSS's required components), over the built-in table
    // (kiosk/core/service_availability.cpp): {"print": ["receipt_printer"], ...}. Components:
    // identity_reader, certificate_reader, code_scanner, receipt_printer, platform.
    std::map<std::string, std::vector<std::string>> services;
    // Device counters, the event log and its chain head, self-test records, readiness reports.
    // Demo and headless runs use their own run directory instead.
    std::string state_dir = "/var/lib/nanhai-kiosk";
    std::string sim_control_socket;  // sim devices: Unix socket for scripts ("" = none)
};

// Reads a JSON file over the defaults. Errors name the key ("ui.width: must be an integer").
Result<KioskConfig, std::string> load_kiosk_config(const std::string& path);
Result<KioskConfig, std::string> parse_kiosk_config(const std::string& json_text);

}  // namespace nanhai::kiosk
