// The certificate card reader over PC/SC (pcsc-lite) with the PIV application, behind
// hal::CertificateReader. Its work on the device thread:
//   connect: establish a PC/SC context (pcscd down: disconnected, retry every second);
//   watch: SCardGetStatusChange over the readers (all, or those whose name contains the
//   configured filter) and the PnP pseudo-reader, so readers plugged in later are picked up;
//   card in: connect exclusively, SELECT PIV, read the 9A certificate, check it against the
//   configured CAs (untrusted, expired: CardReadFailed, the PIN is never asked), read the PIN
//   tries left (blocked: CardReadFailed card_blocked) -> PinRequired;
//   PIN submitted: VERIFY (wrong: PinRejected with tries left), then GENERAL AUTHENTICATE over
//   a fresh 32-byte challenge and the signature checked with the certificate's key -> CardPlaced;
//   the card is then released with a reset, so its verified PIN does not stay open;
//   card out: CardRemoved for an announced card; a card pulled mid-exchange: CardReadFailed
//   card_removed.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "drivers/pcsc/card_channel.hpp"
#include "drivers/pcsc/certificate_check.hpp"
#include "drivers/pcsc/pcsc_client.hpp"
#include "hal/certificate_reader.hpp"

namespace nanhai::drivers::pcsc {

struct CertificateReaderOptions {
    std::string reader_filter;  // a part of the reader's name; empty: the first reader with a card
    std::chrono::milliseconds reconnect_interval{1000};
    std::chrono::milliseconds watch_timeout{2000};  // a wait's upper bound; changes wake it at once
    std::function<std::time_t()> now;               // default: the system clock
};

class CertificateReader final : public hal::CertificateReader {
public:
    CertificateReader(TrustStore trust, CertificateReaderOptions options = {});
    ~CertificateReader() override;

    hal::DeviceInfo info() const override;
    // Steps: pcscd reachable, a matching reader present, trust anchors configured.
    hal::SelfTestReport self_test() override;
    void submit_pin(SecureString pin) override;

    // The last card's channel counters (exchanges, GET RESPONSE, chained parts), for tests and
    // the diagnostics tool.
    ChannelCounters last_counters() const;

private:
    struct ActiveCard;

    Clock::time_point step() override;
    void on_close() override;
    // SCardCancel: SCardGetStatusChange does not wait on the runtime's wake-up.
    void interrupt() override;
    bool ensure_context();
    void lose_context(const hal::DeviceError& error);
    void refresh_readers();
    void watch_once();
    void on_states();
    void begin_card(const std::string& reader);
    void end_card();
    void handle_pin(SecureString pin);
    void card_failed(hal::DeviceError error);
    void keep_counters();
    bool matches(const std::string& reader) const;
    void emit(hal::DeviceEvent event);
    void set_state(hal::DeviceState state);
    std::optional<SecureString> take_pin();

    TrustStore trust_;
    CertificateReaderOptions options_;
    mutable std::mutex mutex_;  // everything below that another thread touches
    std::optional<SecureString> pending_pin_;
    std::optional<PcscContext> context_;  // replaced only by the thread, under mutex_
    std::string reader_name_;             // the reader of the current or last card
    ChannelCounters last_counters_;

    // The thread's own.
    std::vector<ReaderState> states_;
    std::map<std::string, bool> present_;
    std::unique_ptr<ActiveCard> active_;
    bool ever_connected_ = false;
    bool connected_reported_ = false;
};

// "陈*" for a holder's name on screen, "91350100M000100Y43" as "9135**********0Y43".
std::string masked_holder(const CheckedCertificate& certificate);

}  // namespace nanhai::drivers::pcsc
