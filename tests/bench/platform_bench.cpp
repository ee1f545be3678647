// Platform throughput and latency on loopback: slot queries and bookings with 1, 8 and 64
// keep-alive clients. Starts its own kiosk-platform (demo data, test clock) on a temporary
// database unless --port names a running one. Prints a Markdown table for docs/benchmarks.md.
//
//   platform_bench [--seconds S] [--clients 1,8,64] [--port PORT]
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "common/iso7064.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

struct Options {
    double seconds = 3.0;
    std::vector<int> clients{1, 8, 64};
    int port = 0;
};

struct Target {
    std::string hall;
    std::string item;
    std::vector<std::int64_t> slot_ids;  // bookable slots, each with capacity >= 1
    int min_capacity = 1;
};

httplib::Headers headers(const std::string& token = "") {
    httplib::Headers h{{"X-Terminal-Id", "NH-KIOSK-0001"},
                       {"X-Terminal-Key", "dev-only-kiosk-key-0001"}};
    if (!token.empty()) h.emplace("Authorization", "Bearer " + token);
    return h;
}

std::unique_ptr<httplib::Client> client(int port) {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port);
    c->set_keep_alive(true);
    c->set_tcp_nodelay(true);
    c->set_read_timeout(30);
    return c;
}

Json get_json(httplib::Client& c, const std::string& path, const std::string& token = "") {
    auto r = c.Get(path.c_str(), headers(token));
    if (!r || r->status != 200) throw std::runtime_error("GET " + path + " failed");
    return Json::parse(r->body);
}

// A valid citizen ID number for bench applicant n (area 440605, born 1990-01-01).
std::string bench_id_number(int n) {
    char body[24];
    std::snprintf(body, sizeof body, "44060519900101%03d", n % 1000);
    return std::string{body} + *nanhai::mod11_2_check_character(body);
}

std::string sign_in(httplib::Client& c, int n) {
    Json body{{"method", "id_card"},
              {"id_card", {{"card_type", "citizen"}, {"id_number", bench_id_number(n)},
                           {"name", "测试"}, {"valid_to", "长期"}}}};
    auto h = headers();
    h.emplace("Idempotency-Key", "bench-signin-" + std::to_string(n) + "-" + std::to_string(::getpid()));
    auto r = c.Post("/api/v1/sessions", h, body.dump(), "application/json");
    if (!r || r->status != 201) throw std::runtime_error("sign-in failed: " + (r ? r->body : ""));
    return Json::parse(r->body)["token"];
}

Target find_target(int port) {
    auto c = client(port);
    auto items = get_json(*c, "/api/v1/items?hall=NH-DISTRICT&per_page=100");
    for (const auto& item : items["items"]) {
        if (!item.value("appointment_required", false)) continue;
        Target t{"NH-DISTRICT", item["code"], {}, 1000};
        auto days = get_json(*c, "/api/v1/slots/days?hall=NH-DISTRICT&item=" + t.item + "&days=20");
        for (const auto& day : days["days"]) {
            auto slots = get_json(*c, "/api/v1/slots?hall=NH-DISTRICT&item=" + t.item +
                                          "&date=" + day["date"].get<std::string>());
            // Skip the first day: its slots may be past the cancel cutoff, and the bench
            // cancels every booking it makes.
            if (&day == &days["days"][0]) continue;
            for (const auto& s : slots["slots"]) {
                if (!s.value("bookable", false)) continue;
                t.slot_ids.push_back(s["id"]);
                t.min_capacity = std::min(t.min_capacity, s["capacity"].get<int>());
            }
        }
        if (!t.slot_ids.empty()) return t;
    }
    throw std::runtime_error("no bookable item at NH-DISTRICT");
}

struct Stats {
    std::vector<double> latencies_ms;
    int errors = 0;
};

double percentile(std::vector<double>& v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    auto index = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
    return v[index];
}

template <class Work>
void run_clients(int count, double seconds, Work work, std::vector<Stats>& stats) {
    stats.assign(static_cast<std::size_t>(count), {});
    std::atomic<bool> go{false};
    auto deadline_holder = std::make_shared<Clock::time_point>();
    std::vector<std::thread> threads;
    for (int i = 0; i < count; ++i)
        threads.emplace_back([&, i] {
            while (!go.load()) std::this_thread::yield();
            work(i, *deadline_holder, stats[static_cast<std::size_t>(i)]);
        });
    *deadline_holder = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                          std::chrono::duration<double>(seconds));
    go = true;
    for (auto& t : threads) t.join();
}

double elapsed_ms(Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

void report(const char* name, int clients, double seconds, std::vector<Stats>& stats) {
    std::vector<double> all;
    int errors = 0;
    for (auto& s : stats) {
        all.insert(all.end(), s.latencies_ms.begin(), s.latencies_ms.end());
        errors += s.errors;
    }
    double rps = static_cast<double>(all.size()) / seconds;
    double p50 = percentile(all, 0.50), p99 = percentile(all, 0.99);
    std::printf("| %-22s | %7d | %8zu | %9.0f | %8.2f | %8.2f | %6d |\n", name, clients,
                all.size(), rps, p50, p99, errors);
    std::fflush(stdout);
}

void bench_slot_queries(int port, const Target& t, int clients, double seconds) {
    std::vector<Stats> stats;
    std::string path = "/api/v1/slots?hall=" + t.hall + "&item=" + t.item + "&date=";
    auto day = get_json(*client(port), "/api/v1/slots/days?hall=" + t.hall + "&item=" + t.item);
    path += day["days"][0]["date"].get<std::string>();
    // Connections are opened and used once before the clock starts: the figures are for
    // keep-alive traffic, not for connection set-up.
    std::vector<std::unique_ptr<httplib::Client>> warm;
    for (int i = 0; i < clients; ++i) {
        warm.push_back(client(port));
        warm.back()->Get(path.c_str(), headers());
    }
    run_clients(clients, seconds, [&](int i, Clock::time_point deadline, Stats& s) {
        auto c = std::move(warm[static_cast<std::size_t>(i)]);
        while (Clock::now() < deadline) {
            auto start = Clock::now();
            auto r = c->Get(path.c_str(), headers());
            if (r && r->status == 200) s.latencies_ms.push_back(elapsed_ms(start));
            else ++s.errors;
        }
    }, stats);
    report("slot query (GET)", clients, seconds, stats);
}

// Each client books a slot and cancels it again, over and over; only the bookings are timed.
// Clients share slots no more than the slots' capacity allows, so a booking only fails on a bug.
void bench_bookings(int port, const Target& t, int clients, double seconds, int& next_applicant) {
    std::vector<std::string> tokens;
    auto setup = client(port);
    for (int i = 0; i < clients; ++i) tokens.push_back(sign_in(*setup, next_applicant++));
    std::vector<Stats> stats;
    static std::atomic<long> key{0};  // keys are unique across phases: the platform refuses reuse
    std::vector<std::unique_ptr<httplib::Client>> warm;
    for (int i = 0; i < clients; ++i) {
        warm.push_back(client(port));
        warm.back()->Get("/api/v1/health");
    }
    run_clients(clients, seconds, [&](int i, Clock::time_point deadline, Stats& s) {
        auto c = std::move(warm[static_cast<std::size_t>(i)]);
        auto slot = t.slot_ids[static_cast<std::size_t>(i) % t.slot_ids.size()];
        while (Clock::now() < deadline) {
            auto h = headers(tokens[static_cast<std::size_t>(i)]);
            h.emplace("Idempotency-Key", "bench-" + std::to_string(::getpid()) + "-" +
                                             std::to_string(key.fetch_add(1)));
            auto start = Clock::now();
            auto r = c->Post("/api/v1/appointments", h,
                             Json{{"slot_id", slot}}.dump(), "application/json");
            if (!r || r->status != 201) {
                if (s.errors++ == 0)
                    std::fprintf(stderr, "first booking error: %s\n", r ? r->body.c_str() : "no answer");
                continue;
            }
            s.latencies_ms.push_back(elapsed_ms(start));
            auto code = Json::parse(r->body)["code"].get<std::string>();
            c->Post(("/api/v1/appointments/" + code + "/cancel").c_str(),
                    headers(tokens[static_cast<std::size_t>(i)]), "{}", "application/json");
        }
    }, stats);
    report("booking (POST, keyed)", clients, seconds, stats);
}

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i], v = argv[i + 1];
        if (a == "--seconds") o.seconds = std::stod(v);
        else if (a == "--port") o.port = std::stoi(v);
        else if (a == "--clients") {
            o.clients.clear();
            for (std::size_t s = 0; s < v.size();) {
                auto comma = v.find(',', s);
                o.clients.push_back(std::stoi(v.substr(s, comma - s)));
                s = comma == std::string::npos ? v.size() : comma + 1;
            }
        }
    }
    return o;
}

pid_t start_platform(int& port) {
    char dir[] = "/tmp/platform-bench-XXXXXX";
    if (!mkdtemp(dir)) throw std::runtime_error("mkdtemp");
    std::string port_file = std::string{dir} + "/port", db = std::string{dir} + "/bench.db";
    pid_t pid = fork();
    if (pid == 0) {
        execl(KIOSK_PLATFORM_BIN, KIOSK_PLATFORM_BIN, "--db", db.c_str(), "--listen",
              "127.0.0.1:0", "--port-file", port_file.c_str(), "--seed-demo", "--test-clock",
              "2026-12-01T08:00:00+08:00", static_cast<char*>(nullptr));
        _exit(127);
    }
    for (int i = 0; i < 1000 && port == 0; ++i) {
        std::ifstream in{port_file};
        if (!(in >> port)) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (port == 0) throw std::runtime_error("kiosk-platform did not start");
    return pid;
}

}  // namespace

int main(int argc, char** argv) {
    auto options = parse(argc, argv);
    pid_t pid = -1;
    if (options.port == 0) pid = start_platform(options.port);
    int status = 0;
    try {
        auto target = find_target(options.port);
        std::printf("item %s at %s: %zu bookable slots, capacity >= %d\n\n", target.item.c_str(),
                    target.hall.c_str(), target.slot_ids.size(), target.min_capacity);
        std::printf("| workload               | clients | requests |   req/s   | p50 (ms) | p99 (ms) | errors |\n");
        std::printf("|------------------------|---------|----------|-----------|----------|----------|--------|\n");
        int next_applicant = 1;
        for (int n : options.clients) bench_slot_queries(options.port, target, n, options.seconds);
        for (int n : options.clients) {
            if (static_cast<std::size_t>(n) > target.slot_ids.size() * static_cast<std::size_t>(target.min_capacity)) {
                std::printf("| booking (POST, keyed)  | %7d | skipped: only %zu slots |\n", n, target.slot_ids.size());
                continue;
            }
            bench_bookings(options.port, target, n, options.seconds, next_applicant);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "platform_bench: %s\n", e.what());
        status = 1;
    }
    if (pid > 0) {
        kill(pid, SIGTERM);
        waitpid(pid, nullptr, 0);
    }
    return status;
}
