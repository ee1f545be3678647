// The PC/SC certificate reader (see certificate_reader.hpp).
#include "drivers/pcsc/certificate_reader.hpp"

#include <algorithm>

#include "common/log.hpp"
#include "common/masking.hpp"
#include "drivers/pcsc/piv.hpp"

namespace nanhai::drivers::pcsc {

// The card being dealt with: connected until sign-in is done or fails, then only watched
// until it leaves (so a refused card is not read again and again).
struct CertificateReader::ActiveCard {
    std::string reader;
    std::optional<PcscCard> card;
    std::unique_ptr<CardChannel> channel;
    std::optional<CheckedCertificate> certificate;
    bool announced = false;  // PinRequired went out: its removal is news
};

namespace {

constexpr std::chrono::milliseconds kPinWatch{50};

hal::DeviceError card_error(hal::DeviceErrorKind kind, std::string detail) {
    return {kind, hal::ErrorAction::suspend, std::move(detail)};
}

hal::DeviceError certificate_error(CertificateProblem problem, const std::string& detail) {
    const auto kind = problem == CertificateProblem::expired || problem == CertificateProblem::not_yet_valid
                          ? hal::DeviceErrorKind::card_expired
                      : problem == CertificateProblem::malformed ? hal::DeviceErrorKind::card_unreadable
                                                                 : hal::DeviceErrorKind::certificate_untrusted;
    std::string text{describe(problem)};
    if (!detail.empty()) text += " (" + detail + ")";
    return card_error(kind, std::move(text));
}

hal::CertificateCard document_of(const CheckedCertificate& c) {
    hal::CertificateCard card;
    card.role = c.role;
    card.credit_code = c.credit_code;
    card.enterprise_name = c.enterprise_name;
    card.holder_name = c.holder_name;
    card.certificate_sha256 = c.sha256_hex;
    return card;
}

}  // namespace

std::string masked_holder(const CheckedCertificate& certificate) {
    if (certificate.role == hal::CertificateRole::enterprise && !certificate.enterprise_name.empty())
        return certificate.enterprise_name.str() + " " + mask_identifier(certificate.credit_code.view());
    return mask_name(certificate.holder_name.view());
}

CertificateReader::CertificateReader(TrustStore trust, CertificateReaderOptions options)
    : trust_{std::move(trust)}, options_{std::move(options)} {
    if (!options_.now) options_.now = [] { return std::time(nullptr); };
}

CertificateReader::~CertificateReader() { stop(); }

hal::DeviceInfo CertificateReader::info() const {
    std::lock_guard lock{mutex_};
    return {hal::DeviceClass::certificate_reader, "pcsc", reader_name_.empty() ? "PC/SC reader" : reader_name_, {}, {},
            options_.reader_filter.empty() ? "pcsc:any" : "pcsc:" + options_.reader_filter};
}

ChannelCounters CertificateReader::last_counters() const {
    std::lock_guard lock{mutex_};
    return last_counters_;
}

void CertificateReader::set_state(hal::DeviceState state) { runtime().set_state(state); }

void CertificateReader::emit(hal::DeviceEvent event) { runtime().emit(std::move(event)); }

void CertificateReader::interrupt() {
    std::lock_guard lock{mutex_};
    if (context_) context_->cancel();
}

void CertificateReader::on_close() {
    active_.reset();
    states_.clear();
    present_.clear();
    std::lock_guard lock{mutex_};
    context_.reset();
    pending_pin_.reset();
}

void CertificateReader::submit_pin(SecureString pin) {
    std::lock_guard lock{mutex_};
    pending_pin_ = std::move(pin);
    if (context_) context_->cancel();  // wakes the thread out of SCardGetStatusChange
}

std::optional<SecureString> CertificateReader::take_pin() {
    std::lock_guard lock{mutex_};
    auto pin = std::move(pending_pin_);
    pending_pin_.reset();
    return pin;
}

bool CertificateReader::matches(const std::string& reader) const {
    return options_.reader_filter.empty() || reader.find(options_.reader_filter) != std::string::npos;
}

hal::DeviceWork::Clock::time_point CertificateReader::step() {
    if (!ensure_context()) return Clock::now() + options_.reconnect_interval;
    if (auto pin = take_pin()) handle_pin(std::move(*pin));
    watch_once();
    return Clock::now();
}

bool CertificateReader::ensure_context() {
    {
        std::lock_guard lock{mutex_};
        if (context_) return true;
    }
    auto context = PcscContext::establish();
    if (!context) {
        if (state() != hal::DeviceState::disconnected) {
            log_event(LogLevel::warning, "device.pcsc.unavailable", {{"reason", context.error().detail}});
            if (connected_reported_) emit(hal::DeviceConnectionChanged{hal::DeviceClass::certificate_reader, false});
            else runtime().note_error(context.error());
            connected_reported_ = false;
        }
        set_state(hal::DeviceState::disconnected);
        return false;
    }
    {
        std::lock_guard lock{mutex_};
        context_ = std::move(*context);
    }
    refresh_readers();
    log_event(LogLevel::info, "device.pcsc.connected", {{"readers", std::to_string(states_.size())}});
    set_state(hal::DeviceState::ready);
    if (ever_connected_ && !connected_reported_)
        emit(hal::DeviceConnectionChanged{hal::DeviceClass::certificate_reader, true});
    ever_connected_ = connected_reported_ = true;
    return true;
}

// pcscd went away (stopped, restarted): any card is gone with it.
void CertificateReader::lose_context(const hal::DeviceError& error) {
    log_event(LogLevel::warning, "device.pcsc.lost", {{"reason", error.detail}});
    end_card();
    states_.clear();
    present_.clear();
    {
        std::lock_guard lock{mutex_};
        context_.reset();
    }
    set_state(hal::DeviceState::disconnected);
    emit(hal::DeviceConnectionChanged{hal::DeviceClass::certificate_reader, false});
    connected_reported_ = false;
}

void CertificateReader::refresh_readers() {
    auto names = context_->readers();
    if (!names) return;
    std::vector<ReaderState> fresh;
    for (const auto& name : *names) {
        if (!matches(name)) continue;
        ReaderState state{name, SCARD_STATE_UNAWARE};
        for (const auto& old : states_)
            if (old.name == name) state = old;
        fresh.push_back(std::move(state));
    }
    states_ = std::move(fresh);
    {
        std::lock_guard lock{mutex_};
        if (!states_.empty() && reader_name_.empty()) reader_name_ = states_.front().name;
    }
    if (active_) {
        bool still_there = false;
        for (const auto& s : states_) still_there = still_there || s.name == active_->reader;
        if (!still_there) end_card();  // the reader itself was unplugged
    }
}

void CertificateReader::watch_once() {
    bool list_changed = false;
    // SCardCancel only wakes a wait already in progress; a PIN submitted just before the wait
    // began would sit there for the whole timeout, so a card waiting for its PIN is watched in
    // short waits.
    const bool pin_awaited = active_ && active_->channel && active_->certificate;
    const auto timeout = pin_awaited ? std::min(options_.watch_timeout, kPinWatch) : options_.watch_timeout;
    runtime().deliver();  // what the last step said reaches the app before the wait
    auto changed = context_->wait_for_change(states_, list_changed, timeout);
    if (!changed) {
        if (was_cancelled(changed.error())) return;  // a PIN or a close: the next step looks
        if (changed.error().kind == hal::DeviceErrorKind::not_connected) return lose_context(changed.error());
        log_event(LogLevel::warning, "device.pcsc.wait_failed", {{"reason", changed.error().detail}});
        runtime().sleep_for(options_.reconnect_interval);
        return;
    }
    if (list_changed) refresh_readers();
    if (*changed) on_states();
}

void CertificateReader::on_states() {
    for (const auto& s : states_) {
        const bool in = s.present() && !s.mute();
        const bool was_in = present_[s.name];
        present_[s.name] = in;
        if (active_ && active_->reader == s.name && !s.present()) {
            end_card();
        } else if (!active_ && in && !was_in) {
            begin_card(s.name);
        }
    }
}

void CertificateReader::begin_card(const std::string& reader) {
    set_state(hal::DeviceState::busy);
    active_ = std::make_unique<ActiveCard>();
    active_->reader = reader;
    {
        std::lock_guard lock{mutex_};
        reader_name_ = reader;
    }
    auto card = PcscCard::connect(*context_, reader);
    if (!card) return card_failed(card.error());
    active_->card.emplace(std::move(*card));
    active_->channel = std::make_unique<CardChannel>(
        [card = &*active_->card](std::span<const std::uint8_t> command) { return card->transmit(command); });
    auto& channel = *active_->channel;
    if (auto selected = piv::select(channel); !selected) return card_failed(selected.error());
    auto der = piv::read_authentication_certificate(channel);
    if (!der) return card_failed(der.error());
    std::string why;
    auto certificate = check_certificate(*der, trust_, options_.now(), &why);
    if (!certificate) return card_failed(certificate_error(certificate.error(), why));
    auto pin = piv::pin_status(channel);
    if (!pin) return card_failed(pin.error());
    if (pin->blocked) return card_failed(card_error(hal::DeviceErrorKind::pin_blocked, "the card's PIN is blocked"));
    active_->certificate = std::move(*certificate);
    active_->announced = true;
    set_state(hal::DeviceState::ready);
    log_event(LogLevel::info, "device.pcsc.card_in",
              {{"role", active_->certificate->role == hal::CertificateRole::enterprise ? "enterprise" : "technician"},
               {"protocol", active_->card->protocol_name()}});
    emit(hal::PinRequired{active_->certificate->role, masked_holder(*active_->certificate), pin->tries_left});
}

// The card could not be used: say why once, release it, and watch for its removal.
void CertificateReader::card_failed(hal::DeviceError error) {
    log_event(LogLevel::info, "device.pcsc.card_failed", {{"kind", std::string{to_string(error.kind)}}, {"reason", error.detail}});
    if (active_) {
        keep_counters();
        active_->channel.reset();
        active_->card.reset();
        active_->certificate.reset();
        active_->announced = false;
    }
    set_state(hal::DeviceState::ready);
    emit(hal::CardReadFailed{std::move(error)});
}

// The card's channel is about to go: its counters stay readable (last_counters()).
void CertificateReader::keep_counters() {
    if (!active_ || !active_->channel) return;
    std::lock_guard lock{mutex_};
    last_counters_ = active_->channel->counters();
}

void CertificateReader::end_card() {
    if (!active_) return;
    const bool announced = active_->announced;
    keep_counters();
    active_.reset();
    set_state(hal::DeviceState::ready);
    log_event(LogLevel::info, "device.pcsc.card_out", {});
    if (announced) emit(hal::CardRemoved{});
}

void CertificateReader::handle_pin(SecureString pin) {
    if (!active_ || !active_->channel || !active_->certificate) {
        log_event(LogLevel::info, "device.pcsc.pin_dropped", {{"reason", "no card is waiting for a PIN"}});
        return;
    }
    set_state(hal::DeviceState::busy);
    auto& channel = *active_->channel;
    auto check = piv::verify_pin(channel, pin);
    pin.clear();
    if (!check) return card_failed(check.error());
    if (check->blocked) return card_failed(card_error(hal::DeviceErrorKind::pin_blocked, "the PIN is now blocked"));
    if (!check->accepted) {
        set_state(hal::DeviceState::ready);
        log_event(LogLevel::info, "device.pcsc.pin_rejected", {{"tries_left", std::to_string(check->tries_left)}});
        return emit(hal::PinRejected{check->tries_left});
    }
    const auto challenge = fresh_challenge();
    if (challenge.empty()) return card_failed(card_error(hal::DeviceErrorKind::internal, "no random challenge"));
    const auto digest = sha256(challenge);
    const auto& certificate = *active_->certificate;
    auto signature = piv::sign(channel, certificate.algorithm, sign_input(certificate.algorithm, digest));
    if (!signature) return card_failed(signature.error());
    if (!signature_valid(certificate, digest, *signature))
        return card_failed(card_error(hal::DeviceErrorKind::certificate_untrusted,
                                      "the card's signature does not match its certificate"));
    auto document = document_of(certificate);
    keep_counters();
    active_->channel.reset();
    active_->card.reset();  // reset: the verified PIN closes with the sign-in
    active_->certificate.reset();
    set_state(hal::DeviceState::ready);
    log_event(LogLevel::info, "device.pcsc.signed", {{"certificate", document.certificate_sha256.substr(0, 16)}});
    emit(hal::CardPlaced{hal::IdentityDocument{std::move(document)}});
}

hal::SelfTestReport CertificateReader::self_test() {
    hal::SelfTestReport report;
    report.device = info();
    const auto step = [&report](std::string name, bool passed, std::string detail, auto t0) {
        report.steps.push_back({std::move(name), passed, std::move(detail),
                                std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)});
    };
    auto t0 = std::chrono::steady_clock::now();
    auto context = PcscContext::establish();
    step("pcscd reachable", context.has_value(), context ? "SCardEstablishContext ok" : context.error().detail, t0);
    if (!context) return report;
    t0 = std::chrono::steady_clock::now();
    auto names = context->readers();
    std::string found;
    if (names)
        for (const auto& name : *names)
            if (matches(name)) found += (found.empty() ? "" : ", ") + name;
    step("reader present", !found.empty(), names ? (found.empty() ? "no matching reader" : found) : names.error().detail, t0);
    t0 = std::chrono::steady_clock::now();
    step("trust anchors", !trust_.empty(), trust_.empty() ? "no CA certificate configured" : "configured", t0);
    return report;
}

}  // namespace nanhai::drivers::pcsc
