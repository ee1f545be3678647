#include "kiosk/config/kiosk_config.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace nanhai::kiosk {
namespace {

using Json = nlohmann::json;

// Reads the keys of one JSON object into fields; refuses unknown keys and wrong types, naming
// the key with its dotted path.
class Reader {
public:
    Reader(const Json& object, std::string path) : object_{object}, path_{std::move(path)} {}

    Result<void, std::string> check_known(std::initializer_list<std::string_view> keys) const {
        if (!object_.is_object()) return fail(where("") + "must be an object");
        for (const auto& [k, _] : object_.items()) {
            bool known = false;
            for (auto key : keys) known = known || key == k;
            if (!known) return fail(where(k) + "is not a known setting");
        }
        return {};
    }
    Result<void, std::string> read(std::string_view key, std::string& out) const {
        if (!object_.contains(key)) return {};
        if (!object_[std::string{key}].is_string()) return fail(where(key) + "must be a string");
        out = object_[std::string{key}].get<std::string>();
        return {};
    }
    Result<void, std::string> read(std::string_view key, int& out, int min, int max) const {
        if (!object_.contains(key)) return {};
        const auto& v = object_[std::string{key}];
        if (!v.is_number_integer()) return fail(where(key) + "must be an integer");
        auto n = v.get<long long>();
        if (n < min || n > max)
            return fail(where(key) + "must be between " + std::to_string(min) + " and " +
                        std::to_string(max));
        out = static_cast<int>(n);
        return {};
    }
    Result<void, std::string> read(std::string_view key, bool& out) const {
        if (!object_.contains(key)) return {};
        if (!object_[std::string{key}].is_boolean()) return fail(where(key) + "must be true or false");
        out = object_[std::string{key}].get<bool>();
        return {};
    }
    Result<void, std::string> read(std::string_view key, std::vector<std::string>& out) const {
        if (!object_.contains(key)) return {};
        const auto& v = object_[std::string{key}];
        if (!v.is_array()) return fail(where(key) + "must be a list of strings");
        std::vector<std::string> items;
        for (const auto& item : v) {
            if (!item.is_string()) return fail(where(key) + "must be a list of strings");
            items.push_back(item.get<std::string>());
        }
        out = std::move(items);
        return {};
    }
    Reader child(std::string_view key) const {
        static const Json empty = Json::object();
        return Reader{object_.contains(key) ? object_[std::string{key}] : empty,
                      path_.empty() ? std::string{key} : path_ + "." + std::string{key}};
    }

private:
    std::string where(std::string_view key) const {
        auto full = path_.empty() ? std::string{key} : key.empty() ? path_ : path_ + "." + std::string{key};
        return full + ": ";
    }
    const Json& object_;
    std::string path_;
};

#define KIOSK_TRY(expr)                          \
    do {                                         \
        if (auto r_ = (expr); !r_) return fail(r_.error()); \
    } while (0)

Result<void, std::string> read_terminal(const Reader& r, TerminalConfig& c) {
    KIOSK_TRY(r.check_known({"id", "key", "hall"}));
    KIOSK_TRY(r.read("id", c.id));
    KIOSK_TRY(r.read("key", c.key));
    KIOSK_TRY(r.read("hall", c.hall));
    return {};
}

Result<void, std::string> read_platform(const Reader& r, PlatformConfig& c) {
    KIOSK_TRY(r.check_known({"base_url", "verify_tls", "ca_file", "connect_timeout_ms",
                             "request_timeout_ms"}));
    KIOSK_TRY(r.read("base_url", c.base_url));
    KIOSK_TRY(r.read("verify_tls", c.verify_tls));
    KIOSK_TRY(r.read("ca_file", c.ca_file));
    KIOSK_TRY(r.read("connect_timeout_ms", c.connect_timeout_ms, 100, 60000));
    KIOSK_TRY(r.read("request_timeout_ms", c.request_timeout_ms, 100, 120000));
    return {};
}

Result<void, std::string> read_device(const Reader& r, DeviceConfig& c) {
    KIOSK_TRY(r.read("driver", c.driver));
    KIOSK_TRY(r.read("uri", c.uri));
    KIOSK_TRY(r.read("baud", c.baud, 1200, 921600));
    return {};
}

Result<void, std::string> read_certificate_reader(const Reader& r, CertificateReaderConfig& c) {
    KIOSK_TRY(r.check_known({"driver", "reader", "enterprise_ca_files", "technician_ca_files"}));
    KIOSK_TRY(r.read("driver", c.driver));
    KIOSK_TRY(r.read("reader", c.reader));
    KIOSK_TRY(r.read("enterprise_ca_files", c.enterprise_ca_files));
    KIOSK_TRY(r.read("technician_ca_files", c.technician_ca_files));
    return {};
}

Result<void, std::string> read_printer(const Reader& r, PrinterConfig& c) {
    KIOSK_TRY(r.check_known({"driver", "uri", "baud", "paper_width_mm", "strategy", "qr", "confirmation", "sim_output_dir"}));
    KIOSK_TRY(read_device(r, c));
    KIOSK_TRY(r.read("paper_width_mm", c.paper_width_mm, 58, 80));
    if (c.paper_width_mm != 58 && c.paper_width_mm != 80)
        return fail(std::string{"receipt_printer.paper_width_mm: must be 58 or 80"});
    KIOSK_TRY(r.read("strategy", c.strategy));
    if (c.strategy != "text" && c.strategy != "raster")
        return fail(std::string{"receipt_printer.strategy: must be text or raster"});
    KIOSK_TRY(r.read("qr", c.qr));
    if (c.qr != "native" && c.qr != "raster") return fail(std::string{"receipt_printer.qr: must be native or raster"});
    KIOSK_TRY(r.read("confirmation", c.confirmation));
    if (c.confirmation != "auto" && c.confirmation != "gs-r" && c.confirmation != "status")
        return fail(std::string{"receipt_printer.confirmation: must be auto, gs-r or status"});
    KIOSK_TRY(r.read("sim_output_dir", c.sim_output_dir));
    return {};
}

Result<void, std::string> read_ui(const Reader& r, UiConfig& c) {
    KIOSK_TRY(r.check_known({"language", "elder_mode", "fullscreen", "width", "height", "font_file"}));
    KIOSK_TRY(r.read("language", c.language));
    if (c.language != "zh-CN" && c.language != "en")
        return fail(std::string{"ui.language: must be zh-CN or en"});
    KIOSK_TRY(r.read("elder_mode", c.elder_mode));
    KIOSK_TRY(r.read("fullscreen", c.fullscreen));
    KIOSK_TRY(r.read("width", c.width, 320, 7680));
    KIOSK_TRY(r.read("height", c.height, 320, 7680));
    KIOSK_TRY(r.read("font_file", c.font_file));
    return {};
}

Result<void, std::string> read_session(const Reader& r, SessionConfig& c) {
    KIOSK_TRY(r.check_known({"inactivity_seconds", "countdown_seconds"}));
    KIOSK_TRY(r.read("inactivity_seconds", c.inactivity_seconds, 10, 3600));
    KIOSK_TRY(r.read("countdown_seconds", c.countdown_seconds, 5, 300));
    return {};
}

Result<void, std::string> read_services(const Json& json, std::map<std::string, std::vector<std::string>>& out) {
    static const std::vector<std::string> kServices{"sign_in.id_card", "sign_in.mobile_qr", "sign_in.enterprise_cert", "appointments",
                                                    "check_in", "case_query", "evaluate", "consult", "guides", "blacklist", "print"};
    static const std::vector<std::string> kComponents{"identity_reader", "certificate_reader", "code_scanner", "receipt_printer", "platform"};
    if (json.is_null()) return {};
    if (!json.is_object()) return fail(std::string{"services: must be an object"});
    for (const auto& [service, needs] : json.items()) {
        if (std::find(kServices.begin(), kServices.end(), service) == kServices.end())
            return fail("services." + service + ": is not a known service");
        if (!needs.is_array()) return fail("services." + service + ": must be a list of components");
        std::vector<std::string> components;
        for (const auto& c : needs) {
            if (!c.is_string() || std::find(kComponents.begin(), kComponents.end(), c.get<std::string>()) == kComponents.end())
                return fail("services." + service + ": components are identity_reader, certificate_reader, code_scanner, receipt_printer, platform");
            components.push_back(c.get<std::string>());
        }
        out[service] = std::move(components);
    }
    return {};
}

Result<void, std::string> read_audit(const Reader& r, AuditConfig& c) {
    KIOSK_TRY(r.check_known({"max_file_kib", "journal_socket"}));
    KIOSK_TRY(r.read("max_file_kib", c.max_file_kib, 1, 1 << 20));
    KIOSK_TRY(r.read("journal_socket", c.journal_socket));
    return {};
}

}  // namespace

Result<KioskConfig, std::string> parse_kiosk_config(const std::string& json_text) {
    auto json = Json::parse(json_text, nullptr, false);
    if (json.is_discarded()) return fail(std::string{"config is not valid JSON"});
    Reader root{json, ""};
    KioskConfig c;
    KIOSK_TRY(root.check_known({"terminal", "platform", "identity_reader", "certificate_reader", "code_scanner",
                                "receipt_printer", "ui", "session", "audit", "services", "state_dir", "sim_control_socket"}));
    KIOSK_TRY(read_terminal(root.child("terminal"), c.terminal));
    KIOSK_TRY(read_platform(root.child("platform"), c.platform));
    auto identity = root.child("identity_reader");
    KIOSK_TRY(identity.check_known({"driver", "uri", "baud", "photo_decoder"}));
    KIOSK_TRY(read_device(identity, c.identity_reader));
    KIOSK_TRY(identity.read("photo_decoder", c.identity_reader.photo_decoder));
    auto scanner = root.child("code_scanner");
    KIOSK_TRY(scanner.check_known({"driver", "uri", "baud"}));
    KIOSK_TRY(read_device(scanner, c.code_scanner));
    KIOSK_TRY(read_certificate_reader(root.child("certificate_reader"), c.certificate_reader));
    KIOSK_TRY(read_printer(root.child("receipt_printer"), c.receipt_printer));
    KIOSK_TRY(read_ui(root.child("ui"), c.ui));
    KIOSK_TRY(read_session(root.child("session"), c.session));
    KIOSK_TRY(read_audit(root.child("audit"), c.audit));
    KIOSK_TRY(read_services(json.contains("services") ? json["services"] : Json{}, c.services));
    KIOSK_TRY(root.read("state_dir", c.state_dir));
    KIOSK_TRY(root.read("sim_control_socket", c.sim_control_socket));
    return c;
}

Result<KioskConfig, std::string> load_kiosk_config(const std::string& path) {
    std::ifstream in{path};
    if (!in) return fail("cannot read config file " + path);
    std::stringstream text;
    text << in.rdbuf();
    auto config = parse_kiosk_config(text.str());
    if (!config) return fail(path + ": " + config.error());
    return config;
}

}  // namespace nanhai::kiosk
