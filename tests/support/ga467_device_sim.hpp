// A GA/T 467 ID card reader on a pty pair, for driver tests through real termios: the driver
// opens `path()` (a symlink to the pty's slave, as a udev rule would keep /dev/idcard), the
// simulator answers on the master side like a reader's SAM, with a card placed or not, and
// with faults on request: frames split and slow, garbage before an answer, a bad checksum or
// length, an error status for a command, the card pulled during the read, no answer at all,
// the reader unplugged (the pty closed, the link removed) and plugged back (a new pty).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace nanhai::test {

struct Ga467SimOptions {
    std::chrono::milliseconds read_delay{0};  // how long a text+photo read takes the "SAM"
    std::chrono::milliseconds find_delay{0};
};

class Ga467DeviceSim {
public:
    explicit Ga467DeviceSim(std::string link_path, Ga467SimOptions options = {});
    ~Ga467DeviceSim();
    Ga467DeviceSim(const Ga467DeviceSim&) = delete;
    Ga467DeviceSim& operator=(const Ga467DeviceSim&) = delete;

    const std::string& path() const { return link_path_; }

    // The card in the field: a 256-byte text block (tests/support/ga467_cards.hpp).
    void place_card(std::vector<std::uint8_t> text_block);
    void remove_card();

    // Faults, each for the next answer(s) as described.
    // Answers in pieces of `chunk` bytes with `gap` between them (a slow USB-serial bridge).
    void split_answers(bool on, std::size_t chunk = 3, std::chrono::milliseconds gap = std::chrono::milliseconds{1});
    void garbage_before_next_answer(std::vector<std::uint8_t> bytes);
    void corrupt_next_checksum();
    void corrupt_next_answer_to(std::uint8_t command);  // its checksum, once (0x30: a read)
    void wrong_length_next();
    void status_for(std::uint8_t command, std::uint8_t parameter, std::uint8_t sw3);  // until cleared
    void clear_statuses();
    void pull_card_during_next_read();  // the card leaves as the read starts: SW3 41
    void silent(bool on);               // answer nothing
    void unplug();                      // close the pty and remove the link
    void plug();                        // a new pty behind the same link

    // When the last answer's last byte was written, and when a find last found the card
    // (benchmarks split the time between the SAM, the wait for a poll and the driver).
    std::chrono::steady_clock::time_point last_answer_at() const;
    std::chrono::steady_clock::time_point found_at() const;

    // What the driver asked, in order ("20 01", "30 01" ...).
    std::vector<std::string> requests() const;
    std::size_t requests_count() const;

private:
    void open_pty();
    void close_pty();
    void serve();
    void answer(const std::vector<std::uint8_t>& request_body);
    void send(std::vector<std::uint8_t> frame);
    std::vector<std::uint8_t> read_payload() const;

    std::string link_path_;
    Ga467SimOptions options_;
    mutable std::mutex mutex_;
    int master_ = -1;
    int slave_keepalive_ = -1;  // keeps the pty usable while the driver reopens
    std::optional<std::vector<std::uint8_t>> card_;
    bool card_read_ = false;  // the SAM does not find a card it has read until it leaves
    bool split_ = false;
    std::size_t split_chunk_ = 3;
    std::chrono::milliseconds split_gap_{1};
    std::vector<std::uint8_t> garbage_;
    bool corrupt_checksum_ = false;
    std::optional<std::uint8_t> corrupt_command_;
    bool wrong_length_ = false;
    bool pull_during_read_ = false;
    bool silent_ = false;
    std::map<std::uint16_t, std::uint8_t> statuses_;
    std::vector<std::string> requests_;
    std::chrono::steady_clock::time_point last_answer_at_{};
    std::chrono::steady_clock::time_point found_at_{};
    std::atomic<bool> stopping_{false};
    std::thread thread_;
};

}  // namespace nanhai::test
