// The GA/T 467 reader simulator (see ga467_device_sim.hpp).
#include "tests/support/ga467_device_sim.hpp"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>

#include "drivers/ga467/frame.hpp"
#include "drivers/ga467/status.hpp"

namespace nanhai::test {
namespace ga = drivers::ga467;

Ga467DeviceSim::Ga467DeviceSim(std::string link_path, Ga467SimOptions options)
    : link_path_{std::move(link_path)}, options_{options} {
    open_pty();
    thread_ = std::thread([this] { serve(); });
}

Ga467DeviceSim::~Ga467DeviceSim() {
    stopping_ = true;
    if (thread_.joinable()) thread_.join();
    std::lock_guard lock{mutex_};
    close_pty();
}

void Ga467DeviceSim::open_pty() {
    int master = -1, slave = -1;
    char name[128] = {};
    if (openpty(&master, &slave, name, nullptr, nullptr) != 0) return;
    termios tio{};
    tcgetattr(slave, &tio);
    cfmakeraw(&tio);
    tcsetattr(slave, TCSANOW, &tio);
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    std::error_code ec;
    std::filesystem::remove(link_path_, ec);
    std::filesystem::create_symlink(name, link_path_, ec);
    master_ = master;
    slave_keepalive_ = slave;
}

void Ga467DeviceSim::close_pty() {
    std::error_code ec;
    std::filesystem::remove(link_path_, ec);
    if (master_ >= 0) ::close(master_);
    if (slave_keepalive_ >= 0) ::close(slave_keepalive_);
    master_ = slave_keepalive_ = -1;
}

void Ga467DeviceSim::unplug() {
    std::lock_guard lock{mutex_};
    close_pty();
}

void Ga467DeviceSim::plug() {
    std::lock_guard lock{mutex_};
    close_pty();
    open_pty();
}

void Ga467DeviceSim::place_card(std::vector<std::uint8_t> text_block) {
    std::lock_guard lock{mutex_};
    card_ = std::move(text_block);
    card_read_ = false;
}

void Ga467DeviceSim::remove_card() {
    std::lock_guard lock{mutex_};
    card_.reset();
    card_read_ = false;
}

void Ga467DeviceSim::split_answers(bool on, std::size_t chunk, std::chrono::milliseconds gap) {
    std::lock_guard lock{mutex_};
    split_ = on;
    split_chunk_ = chunk == 0 ? 1 : chunk;
    split_gap_ = gap;
}

void Ga467DeviceSim::garbage_before_next_answer(std::vector<std::uint8_t> bytes) {
    std::lock_guard lock{mutex_};
    garbage_ = std::move(bytes);
}

void Ga467DeviceSim::corrupt_next_checksum() {
    std::lock_guard lock{mutex_};
    corrupt_checksum_ = true;
}

void Ga467DeviceSim::corrupt_next_answer_to(std::uint8_t command) {
    std::lock_guard lock{mutex_};
    corrupt_command_ = command;
}

void Ga467DeviceSim::wrong_length_next() {
    std::lock_guard lock{mutex_};
    wrong_length_ = true;
}

void Ga467DeviceSim::status_for(std::uint8_t command, std::uint8_t parameter, std::uint8_t sw3) {
    std::lock_guard lock{mutex_};
    statuses_[static_cast<std::uint16_t>(command << 8 | parameter)] = sw3;
}

void Ga467DeviceSim::clear_statuses() {
    std::lock_guard lock{mutex_};
    statuses_.clear();
}

void Ga467DeviceSim::pull_card_during_next_read() {
    std::lock_guard lock{mutex_};
    pull_during_read_ = true;
}

void Ga467DeviceSim::silent(bool on) {
    std::lock_guard lock{mutex_};
    silent_ = on;
}

std::vector<std::string> Ga467DeviceSim::requests() const {
    std::lock_guard lock{mutex_};
    return requests_;
}

std::size_t Ga467DeviceSim::requests_count() const {
    std::lock_guard lock{mutex_};
    return requests_.size();
}

void Ga467DeviceSim::serve() {
    ga::FrameParser parser;
    std::uint8_t buffer[512];
    while (!stopping_) {
        int fd = -1;
        {
            std::lock_guard lock{mutex_};
            fd = master_;
        }
        if (fd < 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds{10});
            continue;
        }
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 20) <= 0) continue;
        const auto n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds{10});  // nobody has the slave open
            continue;
        }
        parser.feed(std::span<const std::uint8_t>{buffer, static_cast<std::size_t>(n)});
        while (auto frame = parser.next())
            if (const auto* body = std::get_if<ga::Bytes>(&*frame)) answer(*body);
    }
}

std::vector<std::uint8_t> Ga467DeviceSim::read_payload() const {
    std::vector<std::uint8_t> data;
    data.reserve(4 + card_->size() + 1024);
    for (const std::uint8_t b : std::initializer_list<std::uint8_t>{0x01, 0x00, 0x04, 0x00}) data.push_back(b);
    for (const std::uint8_t b : *card_) data.push_back(b);
    for (int i = 0; i < 1024; ++i) data.push_back(static_cast<std::uint8_t>(i * 7));  // "WLT" photo bytes
    return data;
}

void Ga467DeviceSim::answer(const std::vector<std::uint8_t>& body) {
    const auto request = ga::as_request(body);
    if (!request) return;
    std::vector<std::uint8_t> frame;
    std::chrono::milliseconds delay{0};
    {
        std::lock_guard lock{mutex_};
        char name[8];
        std::snprintf(name, sizeof name, "%02X %02X", request->command, request->parameter);
        requests_.emplace_back(name);
        if (silent_) return;
        const auto key = static_cast<std::uint16_t>(request->command << 8 | request->parameter);
        const auto forced = statuses_.find(key);
        std::uint8_t sw3 = ga::kOk;
        std::vector<std::uint8_t> data;
        switch (request->command) {
            case 0x10: case 0x11: break;
            case 0x12: data = {0x05, 0x00, 0x01, 0x00, 0x0C, 0, 0, 0, 0x80, 0x0D, 0, 0, 0xD2, 0x1E, 0, 0}; break;
            case 0x20:
                if (request->parameter == 0x01) {
                    sw3 = card_ && !card_read_ ? ga::kFindOk : ga::kNoCard;
                    if (sw3 == ga::kFindOk) found_at_ = std::chrono::steady_clock::now();
                    if (sw3 == ga::kFindOk) data = {0, 0, 0, 0};
                    delay = options_.find_delay;
                } else {
                    sw3 = card_ ? ga::kOk : ga::kSelectFailed;
                    if (card_) data = {1, 2, 3, 4, 5, 6, 7, 8};
                }
                break;
            case 0x30:
                if (pull_during_read_) {
                    pull_during_read_ = false;
                    card_.reset();
                    card_read_ = false;
                }
                if (!card_) {
                    sw3 = ga::kReadFailed;
                } else {
                    data = read_payload();
                    if (request->parameter == 0x10) data.insert(data.begin() + 4, {0x00, 0x00});  // no fingerprint
                    card_read_ = true;
                }
                delay = options_.read_delay;
                break;
            default: sw3 = ga::kCommandError;
        }
        if (forced != statuses_.end()) {
            sw3 = forced->second;
            if (sw3 != ga::kOk && sw3 != ga::kFindOk) data.clear();
            if (request->command == 0x30 && sw3 != ga::kOk) card_read_ = false;
        }
        frame = ga::encode_response(sw3, data);
        if (corrupt_command_ == request->command) {
            frame.back() ^= 0x5A;
            corrupt_command_.reset();
        }
        if (corrupt_checksum_) {
            frame.back() ^= 0x5A;
            corrupt_checksum_ = false;
        }
        if (wrong_length_) {
            frame[5] = 0xFF;
            frame[6] = 0xF0;
            wrong_length_ = false;
        }
        if (!garbage_.empty()) {
            frame.insert(frame.begin(), garbage_.begin(), garbage_.end());
            garbage_.clear();
        }
    }
    if (delay.count() > 0) std::this_thread::sleep_for(delay);
    send(std::move(frame));
}

void Ga467DeviceSim::send(std::vector<std::uint8_t> frame) {
    bool split = false;
    std::size_t chunk = 0;
    std::chrono::milliseconds gap{0};
    int fd = -1;
    {
        std::lock_guard lock{mutex_};
        split = split_;
        chunk = split_chunk_;
        gap = split_gap_;
        fd = master_;
    }
    if (fd < 0) return;
    std::size_t at = 0;
    while (at < frame.size()) {
        const std::size_t n = split ? std::min(chunk, frame.size() - at) : frame.size() - at;
        const auto written = ::write(fd, frame.data() + at, n);
        if (written < 0) {
            if (errno == EAGAIN) {
                std::this_thread::sleep_for(std::chrono::milliseconds{1});
                continue;
            }
            return;
        }
        at += static_cast<std::size_t>(written);
        if (split) std::this_thread::sleep_for(gap);
    }
    std::lock_guard lock{mutex_};
    last_answer_at_ = std::chrono::steady_clock::now();
}

std::chrono::steady_clock::time_point Ga467DeviceSim::last_answer_at() const {
    std::lock_guard lock{mutex_};
    return last_answer_at_;
}

std::chrono::steady_clock::time_point Ga467DeviceSim::found_at() const {
    std::lock_guard lock{mutex_};
    return found_at_;
}

}  // namespace nanhai::test
