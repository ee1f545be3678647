// kiosk-platform: the reference platform server.
//
//   kiosk-platform --db FILE --listen HOST:PORT [--seed-demo] [--test-clock ISO-TIME]
//                  [--threads N] [--port-file FILE]
//   kiosk-platform --db FILE add-terminal --id ID --hall CODE --role kiosk|department
//                  --key KEY [--name NAME] [--department CODE]
//   kiosk-platform --db FILE add-operator --id ID --key KEY [--name NAME]
#include <csignal>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "common/log.hpp"
#include "platform/domain/personal_data_audit.hpp"
#include "platform/domain/terminals.hpp"
#include "platform/platform.hpp"
#include "platform/seed/demo_seed.hpp"
#include "platform/server/http_server.hpp"

namespace {

using namespace nanhai;
using namespace nanhai::platform;

HttpServer* g_server = nullptr;

void on_signal(int) {
    if (g_server) g_server->stop();
}

int usage(const char* why) {
    std::fprintf(stderr,
                 "kiosk-platform: %s\n"
                 "usage: kiosk-platform --db FILE --listen HOST:PORT [--seed-demo]\n"
                 "                      [--test-clock ISO-TIME] [--threads N] [--port-file FILE]\n"
                 "       kiosk-platform --db FILE add-terminal --id ID --hall CODE\n"
                 "                      --role kiosk|department --key KEY [--name NAME]\n"
                 "                      [--department CODE]\n"
                 "       kiosk-platform --db FILE add-operator --id ID --key KEY [--name NAME]\n",
                 why);
    return 2;
}

// --name value pairs and bare flags; the first non-option word is the command.
struct Args {
    std::map<std::string, std::string> options;
    std::string command;
    bool has(const std::string& k) const { return options.count(k) > 0; }
    std::string get(const std::string& k, std::string fallback = "") const {
        auto it = options.find(k);
        return it == options.end() ? fallback : it->second;
    }
};

Args parse_args(int argc, char** argv) {
    Args args;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--", 0) != 0) {
            args.command = a;
        } else if (a == "--seed-demo") {
            args.options[a] = "1";
        } else if (i + 1 < argc) {
            args.options[a] = argv[++i];
        } else {
            args.options[a] = "";
        }
    }
    return args;
}

int add_terminal(Platform& platform, const Args& args) {
    for (auto k : {"--id", "--hall", "--role", "--key"})
        if (!args.has(k)) return usage("add-terminal needs --id, --hall, --role and --key");
    NewTerminal t{args.get("--id"), args.get("--name", args.get("--id")), args.get("--hall"),
                  args.get("--role"), std::nullopt, args.get("--key")};
    if (args.has("--department")) t.department_code = args.get("--department");
    if (auto r = register_terminal(platform.database(), t); !r) {
        std::fprintf(stderr, "kiosk-platform: cannot register terminal: %s\n",
                     r.error().message.c_str());
        return 1;
    }
    std::printf("terminal %s registered\n", t.id.c_str());
    return 0;
}

// Operators read the personal data access record (GET /api/v1/audit) with their own key.
int add_operator(Platform& platform, const Args& args) {
    if (!args.has("--id") || !args.has("--key")) return usage("add-operator needs --id and --key");
    if (auto r = register_operator(platform.database(), args.get("--id"), args.get("--name", args.get("--id")), args.get("--key")); !r) {
        std::fprintf(stderr, "kiosk-platform: cannot register operator: %s\n", r.error().message.c_str());
        return 1;
    }
    std::printf("operator %s registered\n", args.get("--id").c_str());
    return 0;
}

int serve(Platform& platform, const Args& args) {
    auto listen = args.get("--listen");
    auto colon = listen.rfind(':');
    if (colon == std::string::npos) return usage("--listen needs HOST:PORT");
    int threads = std::stoi(args.get("--threads", "96"));
    HttpServer server{platform, threads};
    int port = server.bind(listen.substr(0, colon), std::stoi(listen.substr(colon + 1)));
    if (port < 0) {
        std::fprintf(stderr, "kiosk-platform: cannot listen on %s\n", listen.c_str());
        return 1;
    }
    if (args.has("--port-file")) std::ofstream{args.get("--port-file")} << port << "\n";
    std::printf("kiosk-platform listening on %s:%d\n", listen.substr(0, colon).c_str(), port);
    std::fflush(stdout);
    g_server = &server;
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    server.listen_after_bind();
    g_server = nullptr;
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    auto args = parse_args(argc, argv);
    if (!args.has("--db")) return usage("--db is required");
    std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();
    if (args.has("--test-clock")) {
        auto start = parse_iso_instant(args.get("--test-clock"));
        if (!start) return usage("--test-clock needs an ISO 8601 time such as 2026-12-01T09:00:00+08:00");
        clock = std::make_shared<ManualClock>(*start);
    }
    PlatformOptions options;
    options.demo = args.has("--seed-demo");
    auto platform = Platform::open(args.get("--db"), clock, options);
    if (!platform) {
        std::fprintf(stderr, "kiosk-platform: %s\n", platform.error().c_str());
        return 1;
    }
    if (options.demo) {
        if (auto r = seed_demo(**platform); !r) {
            std::fprintf(stderr, "kiosk-platform: demo seed failed: %s\n", r.error().c_str());
            return 1;
        }
    }
    if (args.command == "add-terminal") return add_terminal(**platform, args);
    if (args.command == "add-operator") return add_operator(**platform, args);
    if (!args.command.empty()) return usage("unknown command");
    if (!args.has("--listen")) return usage("--listen is required");
    return serve(**platform, args);
}
