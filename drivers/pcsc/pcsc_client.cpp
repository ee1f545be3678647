// The winscard wrapper (see pcsc_client.hpp).
#include "drivers/pcsc/pcsc_client.hpp"

#include <PCSC/pcsclite.h>

#include <cstdio>
#include <thread>

namespace nanhai::drivers::pcsc {
namespace {

constexpr const char* kPnpReader = "\\\\?PnP?\\Notification";
constexpr std::size_t kMaxResponse = 258;  // 256 data bytes + SW1 SW2, short APDUs

std::string code_text(LONG code) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08lX", static_cast<unsigned long>(code));
    return std::string{pcsc_stringify_error(code)} + " (" + text + ")";
}

}  // namespace

hal::DeviceError pcsc_error(LONG code, std::string_view what) {
    std::string detail = std::string{what} + ": " + code_text(code);
    switch (code) {
        case SCARD_W_REMOVED_CARD:
        case SCARD_E_NO_SMARTCARD:
        case SCARD_W_RESET_CARD:
            return {hal::DeviceErrorKind::card_removed, hal::ErrorAction::suspend, std::move(detail)};
        case SCARD_W_UNRESPONSIVE_CARD:
        case SCARD_W_UNPOWERED_CARD:
            return {hal::DeviceErrorKind::card_unreadable, hal::ErrorAction::suspend, std::move(detail)};
        case SCARD_E_NO_SERVICE:
        case SCARD_E_SERVICE_STOPPED:
        case SCARD_F_COMM_ERROR:  // the socket to pcscd broke: the daemon went away
        case SCARD_E_READER_UNAVAILABLE:
        case SCARD_E_UNKNOWN_READER:
        case SCARD_E_NO_READERS_AVAILABLE:
        case SCARD_E_INVALID_HANDLE:
            return {hal::DeviceErrorKind::not_connected, hal::ErrorAction::suspend, std::move(detail)};
        case SCARD_E_TIMEOUT:
            return {hal::DeviceErrorKind::timeout, hal::ErrorAction::suspend, std::move(detail)};
        case SCARD_E_CANCELLED:
            return {hal::DeviceErrorKind::internal, hal::ErrorAction::suspend, std::move(detail)};
        default:
            return {hal::DeviceErrorKind::protocol_error, hal::ErrorAction::maintenance, std::move(detail)};
    }
}

bool was_cancelled(const hal::DeviceError& error) {
    return error.kind == hal::DeviceErrorKind::internal && error.detail.find("0x80100002") != std::string::npos;
}

// ---- context ----

Result<PcscContext, hal::DeviceError> PcscContext::establish() {
    SCARDCONTEXT context = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS) return fail(pcsc_error(rv, "SCardEstablishContext"));
    return PcscContext{context};
}

PcscContext::PcscContext(PcscContext&& other) noexcept : context_{other.context_}, pnp_state_{other.pnp_state_} {
    other.context_ = 0;
}

PcscContext& PcscContext::operator=(PcscContext&& other) noexcept {
    if (this != &other) {
        if (context_) SCardReleaseContext(context_);
        context_ = other.context_;
        pnp_state_ = other.pnp_state_;
        other.context_ = 0;
    }
    return *this;
}

PcscContext::~PcscContext() {
    if (context_) SCardReleaseContext(context_);
}

Result<std::vector<std::string>, hal::DeviceError> PcscContext::readers() const {
    DWORD length = 0;
    LONG rv = SCardListReaders(context_, nullptr, nullptr, &length);
    if (rv == SCARD_E_NO_READERS_AVAILABLE) return std::vector<std::string>{};
    if (rv != SCARD_S_SUCCESS) return fail(pcsc_error(rv, "SCardListReaders"));
    std::string buffer(length, '\0');
    rv = SCardListReaders(context_, nullptr, buffer.data(), &length);
    if (rv == SCARD_E_NO_READERS_AVAILABLE) return std::vector<std::string>{};
    if (rv != SCARD_S_SUCCESS) return fail(pcsc_error(rv, "SCardListReaders"));
    std::vector<std::string> names;  // a multi-string: names separated by NUL, ended by two
    for (std::size_t at = 0; at < buffer.size() && buffer[at] != '\0';) {
        const std::size_t end = buffer.find('\0', at);
        names.push_back(buffer.substr(at, end - at));
        at = end + 1;
    }
    return names;
}

Result<bool, hal::DeviceError> PcscContext::wait_for_change(std::vector<ReaderState>& states, bool& reader_list_changed,
                                                            std::chrono::milliseconds timeout) const {
    std::vector<SCARD_READERSTATE> query(states.size() + 1);
    for (std::size_t i = 0; i < states.size(); ++i) {
        query[i].szReader = states[i].name.c_str();
        query[i].dwCurrentState = states[i].event_state & ~SCARD_STATE_CHANGED;
    }
    query.back().szReader = kPnpReader;
    query.back().dwCurrentState = pnp_state_;
    const LONG rv = SCardGetStatusChange(context_, static_cast<DWORD>(timeout.count()), query.data(),
                                         static_cast<DWORD>(query.size()));
    if (rv == SCARD_E_TIMEOUT) return false;
    if (rv != SCARD_S_SUCCESS) return fail(pcsc_error(rv, "SCardGetStatusChange"));
    for (std::size_t i = 0; i < states.size(); ++i) states[i].event_state = query[i].dwEventState;
    const DWORD pnp = query.back().dwEventState;
    reader_list_changed = (pnp & SCARD_STATE_CHANGED) != 0 && pnp_state_ != SCARD_STATE_UNAWARE;
    pnp_state_ = pnp & ~SCARD_STATE_CHANGED;
    return true;
}

void PcscContext::cancel() const {
    if (context_) SCardCancel(context_);
}

// ---- card ----

Result<PcscCard, hal::DeviceError> PcscCard::connect(const PcscContext& context, const std::string& reader) {
    SCARDHANDLE card = 0;
    DWORD protocol = 0;
    const LONG rv = SCardConnect(context.handle(), reader.c_str(), SCARD_SHARE_EXCLUSIVE,
                                 SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card, &protocol);
    if (rv != SCARD_S_SUCCESS) return fail(pcsc_error(rv, "SCardConnect"));
    return PcscCard{card, protocol, reader};
}

PcscCard::PcscCard(PcscCard&& other) noexcept
    : card_{other.card_}, protocol_{other.protocol_}, reader_{std::move(other.reader_)} {
    other.card_ = 0;
}

PcscCard& PcscCard::operator=(PcscCard&& other) noexcept {
    if (this != &other) {
        if (card_) SCardDisconnect(card_, SCARD_RESET_CARD);
        card_ = other.card_;
        protocol_ = other.protocol_;
        reader_ = std::move(other.reader_);
        other.card_ = 0;
    }
    return *this;
}

PcscCard::~PcscCard() {
    if (card_) SCardDisconnect(card_, SCARD_RESET_CARD);
}

Result<std::vector<std::uint8_t>, hal::DeviceError> PcscCard::transmit(std::span<const std::uint8_t> command) {
    std::vector<std::uint8_t> response(kMaxResponse);
    DWORD length = static_cast<DWORD>(response.size());
    const SCARD_IO_REQUEST* pci = protocol_ == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
    const LONG rv = SCardTransmit(card_, pci, command.data(), static_cast<DWORD>(command.size()), nullptr,
                                  response.data(), &length);
    if (rv != SCARD_S_SUCCESS) return fail(pcsc_error(rv, "SCardTransmit"));
    response.resize(length);
    if (length < 2 && card_left())  // some readers (vpcd) answer "nothing" for a card that left
        return fail(pcsc_error(SCARD_W_REMOVED_CARD, "SCardTransmit"));
    return response;
}

bool PcscCard::card_present() const {
    DWORD state = 0, protocol = 0, atr_length = MAX_ATR_SIZE, name_length = 0;
    BYTE atr[MAX_ATR_SIZE];
    const LONG rv = SCardStatus(card_, nullptr, &name_length, &state, &protocol, atr, &atr_length);
    return rv == SCARD_S_SUCCESS && (state & SCARD_PRESENT) != 0;
}

// An empty answer: wait a moment for pcscd to notice whether the card is still there.
bool PcscCard::card_left() const {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{1};
    while (std::chrono::steady_clock::now() < deadline) {
        if (!card_present()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    return false;
}

std::string PcscCard::protocol_name() const { return protocol_ == SCARD_PROTOCOL_T0 ? "T=0" : "T=1"; }

std::vector<std::uint8_t> PcscCard::atr() const {
    std::vector<std::uint8_t> atr(MAX_ATR_SIZE);
    DWORD atr_length = static_cast<DWORD>(atr.size());
    DWORD state = 0, protocol = 0;
    char name[256];
    DWORD name_length = sizeof name;
    if (SCardStatus(card_, name, &name_length, &state, &protocol, atr.data(), &atr_length) != SCARD_S_SUCCESS) return {};
    atr.resize(atr_length);
    return atr;
}

}  // namespace nanhai::drivers::pcsc
