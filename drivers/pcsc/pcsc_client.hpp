// A thin, owning wrapper over pcsc-lite's winscard API: a context, its readers, waiting for
// changes (with the "\\?PnP?\Notification" pseudo-reader for readers coming and going), and
// one exclusively connected card. Every failure is a hal::DeviceError with the PC/SC code in
// its detail; the mapping says what the driver does next (card gone, service gone, retry).
#pragma once

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "hal/device_types.hpp"

namespace nanhai::drivers::pcsc {

// SCARD_W_REMOVED_CARD, SCARD_E_NO_SMARTCARD -> card_removed; SCARD_E_NO_SERVICE,
// SCARD_E_SERVICE_STOPPED, SCARD_E_READER_UNAVAILABLE -> not_connected; SCARD_E_TIMEOUT ->
// timeout; the rest -> protocol_error.
hal::DeviceError pcsc_error(LONG code, std::string_view what);

// What a reader's state says, from SCARD_STATE_* bits.
struct ReaderState {
    std::string name;
    DWORD event_state = SCARD_STATE_UNAWARE;
    bool present() const { return (event_state & SCARD_STATE_PRESENT) != 0; }
    bool mute() const { return (event_state & SCARD_STATE_MUTE) != 0; }
};

class PcscContext {
public:
    static Result<PcscContext, hal::DeviceError> establish();
    PcscContext(PcscContext&& other) noexcept;
    PcscContext& operator=(PcscContext&& other) noexcept;
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;
    ~PcscContext();

    // Reader names; an empty list (SCARD_E_NO_READERS_AVAILABLE) is not an error.
    Result<std::vector<std::string>, hal::DeviceError> readers() const;
    // Waits until a reader in `states` (or the reader list) changes, `timeout` passes, or
    // cancel() is called (then fails with SCARD_E_CANCELLED in the detail, kind internal).
    // `states` holds the last known state of each reader; it is updated in place. Returns
    // true when something changed, false on timeout.
    Result<bool, hal::DeviceError> wait_for_change(std::vector<ReaderState>& states, bool& reader_list_changed,
                                                   std::chrono::milliseconds timeout) const;
    // Wakes a wait_for_change() from another thread (pcsc-lite allows this one call across threads).
    void cancel() const;
    SCARDCONTEXT handle() const { return context_; }

private:
    explicit PcscContext(SCARDCONTEXT context) : context_{context} {}
    SCARDCONTEXT context_ = 0;
    mutable DWORD pnp_state_ = SCARD_STATE_UNAWARE;
};

// True when a wait ended because of cancel().
bool was_cancelled(const hal::DeviceError& error);

class PcscCard {
public:
    // Exclusive (no other application talks to the card meanwhile), T=0 or T=1.
    static Result<PcscCard, hal::DeviceError> connect(const PcscContext& context, const std::string& reader);
    PcscCard(PcscCard&& other) noexcept;
    PcscCard& operator=(PcscCard&& other) noexcept;
    PcscCard(const PcscCard&) = delete;
    PcscCard& operator=(const PcscCard&) = delete;
    ~PcscCard();  // disconnects with a card reset, so no verified PIN outlives the session

    Result<std::vector<std::uint8_t>, hal::DeviceError> transmit(std::span<const std::uint8_t> command);
    std::string protocol_name() const;  // "T=0" or "T=1"
    bool card_present() const;
    bool card_left() const;
    std::vector<std::uint8_t> atr() const;

private:
    PcscCard(SCARDHANDLE card, DWORD protocol, std::string reader) : card_{card}, protocol_{protocol}, reader_{std::move(reader)} {}
    SCARDHANDLE card_ = 0;
    DWORD protocol_ = 0;
    std::string reader_;
};


}  // namespace nanhai::drivers::pcsc
