// The resident ID card reader over GA/T 467 (protocols.md §1), behind hal::IdentityReader, on
// any byte transport (a serial port in halls, a pty in tests). Its work on the device thread:
//   connect: open the transport, SAM status (11 FF, expect 90), SAM id (12 FF);
//   poll, no faster than every 300 ms: find (20 01) -> 9F: select (20 02) -> 90: read
//   (30 01, or 30 10 with the fingerprint) -> 90: decode the text block -> CardPlaced;
//   while a card is in: find answers 80 until it leaves (the SAM does not find a card it has
//   read), so select decides: 90 still there, anything else -> CardRemoved;
//   a read that fails: find and select again to tell a card pulled out (card_removed) from a
//   card the SAM cannot read (the SW3's reason);
//   the transport gone: DeviceConnectionChanged(false), retry every second, and
//   DeviceConnectionChanged(true) once it is back.
// The photo is kept as the encrypted bytes read (WLT) and, when the config names the vendor's
// decoder library, decoded too (photo_decoder.hpp); a photo that does not decode is no error.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "common/civil_date.hpp"
#include "drivers/ga467/link.hpp"
#include "drivers/ga467/photo_decoder.hpp"
#include "hal/identity_reader.hpp"

namespace nanhai::drivers::ga467 {

struct ReaderOptions {
    std::chrono::milliseconds poll_interval{300};  // raised to 300 if set lower
    std::chrono::milliseconds command_timeout{1000};
    std::chrono::milliseconds read_timeout{3000};  // a text+photo read takes 1-3 s
    std::chrono::milliseconds reconnect_interval{1000};
    bool read_fingerprint = false;
    int timeouts_before_fault = 3;  // consecutive unanswered commands before DeviceFaulted
    std::function<Date()> today;    // bounds birth dates; default: the system's date in China
    std::string driver_name = "ga467-serial";
    std::shared_ptr<const PhotoDecoder> photo_decoder;  // null: no photo decoding
};

// "05-01-00000012-0000003456-0000007890" from the 16 bytes of 12 FF.
std::string format_sam_id(std::span<const std::uint8_t> sixteen_bytes);

class Reader final : public hal::IdentityReader {
public:
    Reader(std::unique_ptr<hal::ByteTransport> transport, ReaderOptions options = {});
    ~Reader() override;

    hal::DeviceInfo info() const override;
    // Steps: transport open, SAM status 90, SAM id readable. Runs on the caller's thread with
    // the polling paused.
    hal::SelfTestReport self_test() override;

    LinkCounters link_counters() const;

private:
    void on_open() override;
    Clock::time_point step() override;
    void on_close() override;
    hal::SelfTestReport self_test_here();
    bool connect();
    void poll_once();
    void read_card();
    void decode_photo(hal::ResidentIdCard& card) const;
    bool card_still_there();
    void lost(const hal::DeviceError& error);
    void note_answer(const Result<Response, hal::DeviceError>& answer);
    void emit(hal::DeviceEvent event);
    void set_state(hal::DeviceState state);
    Result<Response, hal::DeviceError> ask(std::uint8_t command, std::uint8_t parameter, std::chrono::milliseconds timeout);

    std::unique_ptr<hal::ByteTransport> transport_;
    ReaderOptions options_;
    Link link_;
    mutable std::mutex mutex_;  // sam_id_
    mutable std::mutex io_;     // one exchange at a time (device thread, self-test); link_
    std::string sam_id_;
    bool connected_ = false;
    bool ever_connected_ = false;
    bool card_present_ = false;
    int consecutive_timeouts_ = 0;
};

}  // namespace nanhai::drivers::ga467
