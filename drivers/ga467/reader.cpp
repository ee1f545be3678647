// The GA/T 467 reader (see reader.hpp).
#include "drivers/ga467/reader.hpp"

#include <cstdio>

#include "common/log.hpp"
#include "drivers/ga467/payload.hpp"
#include "drivers/ga467/status.hpp"
#include "drivers/ga467/text_block.hpp"

namespace nanhai::drivers::ga467 {
namespace {

constexpr std::uint8_t kSamStatus = 0x11, kSamId = 0x12, kCard = 0x20, kRead = 0x30;
constexpr std::uint8_t kAny = 0xFF, kFind = 0x01, kSelect = 0x02, kTextPhoto = 0x01, kTextPhotoFingerprint = 0x10;

std::uint32_t le32(std::span<const std::uint8_t> b, std::size_t at) {
    return static_cast<std::uint32_t>(b[at]) | (static_cast<std::uint32_t>(b[at + 1]) << 8) |
           (static_cast<std::uint32_t>(b[at + 2]) << 16) | (static_cast<std::uint32_t>(b[at + 3]) << 24);
}


Date system_today() {
    const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
    return local_date(now);
}

}  // namespace

std::string format_sam_id(std::span<const std::uint8_t> b) {
    if (b.size() < 16) return {};
    char text[64];
    std::snprintf(text, sizeof text, "%02u-%02u-%08u-%010u-%010u", static_cast<unsigned>(b[0] | (b[1] << 8)),
                  static_cast<unsigned>(b[2] | (b[3] << 8)), le32(b, 4), le32(b, 8), le32(b, 12));
    return text;
}

Reader::Reader(std::unique_ptr<hal::ByteTransport> transport, ReaderOptions options)
    : transport_{std::move(transport)}, options_{std::move(options)}, link_{*transport_} {
    if (options_.poll_interval < std::chrono::milliseconds{300}) options_.poll_interval = std::chrono::milliseconds{300};
    if (!options_.today) options_.today = system_today;
    link_.set_interrupt([this] { return runtime().stopping(); });
}

Reader::~Reader() { stop(); }

hal::DeviceInfo Reader::info() const {
    std::lock_guard lock{mutex_};
    return {hal::DeviceClass::identity_reader, options_.driver_name, "GA/T 467 SAM reader", sam_id_, {},
            transport_->location()};
}

LinkCounters Reader::link_counters() const {
    std::lock_guard io{io_};
    return link_.counters();
}

void Reader::set_state(hal::DeviceState state) { runtime().set_state(state); }

void Reader::emit(hal::DeviceEvent event) { runtime().emit(std::move(event)); }

void Reader::on_open() {
    std::lock_guard io{io_};
    transport_->set_wakeup(runtime().wakeup_fd());
}

void Reader::on_close() {
    {
        std::lock_guard io{io_};
        transport_->close();
        transport_->set_wakeup(-1);
    }
    connected_ = false;
    card_present_ = false;
}

Result<Response, hal::DeviceError> Reader::ask(std::uint8_t command, std::uint8_t parameter,
                                               std::chrono::milliseconds timeout) {
    std::lock_guard io{io_};
    auto answer = link_.transact(command, parameter, timeout);
    note_answer(answer);
    return answer;
}

// Unanswered commands in a row make a fault a technician must look at; any answer clears it.
void Reader::note_answer(const Result<Response, hal::DeviceError>& answer) {
    if (answer) {
        consecutive_timeouts_ = 0;
        return;
    }
    if (answer.error().kind != hal::DeviceErrorKind::timeout) return;
    if (++consecutive_timeouts_ == options_.timeouts_before_fault) {
        log_event(LogLevel::warning, "device.idcard.no_answer", {{"port", transport_->location()}});
        set_state(hal::DeviceState::fault);
        emit(hal::DeviceFaulted{hal::DeviceClass::identity_reader,
                                {hal::DeviceErrorKind::timeout, hal::ErrorAction::maintenance, "the reader does not answer"}});
    }
}

hal::DeviceWork::Clock::time_point Reader::step() {
    if (!connected_ && !connect()) return Clock::now() + options_.reconnect_interval;
    poll_once();
    return Clock::now() + options_.poll_interval;
}

bool Reader::connect() {
    {
        std::lock_guard io{io_};
        if (auto opened = transport_->open(); !opened) {
            if (runtime().state() != hal::DeviceState::disconnected) runtime().note_error(opened.error());
            set_state(hal::DeviceState::disconnected);
            return false;
        }
    }
    auto status = ask(kSamStatus, kAny, options_.command_timeout);
    if (!status || status->sw3 != kOk) {
        const auto reason = status ? status_error(status->sw3).detail : status.error().detail;
        log_event(LogLevel::warning, "device.idcard.sam_not_ready", {{"reason", reason}});
        if (!status && status.error().kind == hal::DeviceErrorKind::not_connected) return false;
        if (runtime().state() != hal::DeviceState::fault)
            runtime().note_error({hal::DeviceErrorKind::sam_failure, hal::ErrorAction::reset, "SAM not ready: " + reason});
        set_state(hal::DeviceState::fault);
        std::lock_guard io{io_};
        transport_->close();
        return false;
    }
    auto id = ask(kSamId, kAny, options_.command_timeout);
    {
        std::lock_guard lock{mutex_};
        if (id && id->sw3 == kOk) sam_id_ = format_sam_id(id->data);
    }
    set_state(hal::DeviceState::ready);
    connected_ = true;
    card_present_ = false;
    log_event(LogLevel::info, "device.idcard.connected", {{"port", transport_->location()}});
    if (ever_connected_) emit(hal::DeviceConnectionChanged{hal::DeviceClass::identity_reader, true});
    ever_connected_ = true;
    return true;
}

// The transport went away: say so once, forget the card, and let step() reconnect.
void Reader::lost(const hal::DeviceError& error) {
    log_event(LogLevel::warning, "device.idcard.disconnected", {{"reason", error.detail}});
    {
        std::lock_guard io{io_};
        transport_->close();
    }
    connected_ = false;
    set_state(hal::DeviceState::disconnected);
    if (card_present_) emit(hal::CardRemoved{});
    card_present_ = false;
    emit(hal::DeviceConnectionChanged{hal::DeviceClass::identity_reader, false});
}

void Reader::poll_once() {
    auto found = ask(kCard, kFind, options_.command_timeout);
    if (!found) {
        if (found.error().kind == hal::DeviceErrorKind::not_connected) lost(found.error());
        return;
    }
    if (card_present_) {
        if (found->sw3 == kFindOk) {  // a different card: the first one left in between
            card_present_ = false;
            emit(hal::CardRemoved{});
            return read_card();
        }
        if (!card_still_there()) {
            card_present_ = false;
            emit(hal::CardRemoved{});
        }
        return;
    }
    if (found->sw3 == kFindOk) read_card();
}

bool Reader::card_still_there() {
    auto selected = ask(kCard, kSelect, options_.command_timeout);
    if (!selected) {
        if (selected.error().kind == hal::DeviceErrorKind::not_connected) lost(selected.error());
        return connected_ && selected.error().kind == hal::DeviceErrorKind::timeout;  // no answer: assume still there
    }
    return selected->sw3 == kOk;
}

void Reader::read_card() {
    set_state(hal::DeviceState::busy);
    const auto fail_read = [this](hal::DeviceError error) {
        log_event(LogLevel::info, "device.idcard.read_failed", {{"reason", error.detail}});
        set_state(connected_ ? hal::DeviceState::ready : hal::DeviceState::disconnected);
        emit(hal::CardReadFailed{std::move(error)});
    };
    // A step failed: the card pulled out mid-read, or a card the SAM cannot read?
    const auto why = [this](const Result<Response, hal::DeviceError>& step) -> hal::DeviceError {
        if (!step && step.error().kind == hal::DeviceErrorKind::not_connected) return step.error();
        auto again = ask(kCard, kSelect, options_.command_timeout);
        if (again && (again->sw3 == kSelectFailed || again->sw3 == kNoCard))
            return {hal::DeviceErrorKind::card_removed, hal::ErrorAction::suspend, "card left the field during the read"};
        return step ? status_error(step->sw3) : step.error();
    };
    auto selected = ask(kCard, kSelect, options_.command_timeout);
    if (!selected || selected->sw3 != kOk) {
        auto error = why(selected);
        if (error.kind == hal::DeviceErrorKind::not_connected) return lost(error);
        return fail_read(error);
    }
    const bool fingerprint = options_.read_fingerprint;
    auto read = ask(kRead, fingerprint ? kTextPhotoFingerprint : kTextPhoto, options_.read_timeout);
    if (!read || read->sw3 != kOk) {
        auto error = why(read);
        if (error.kind == hal::DeviceErrorKind::not_connected) return lost(error);
        return fail_read(error);
    }
    auto payload = split_payload(read->data, fingerprint);
    if (!payload) return fail_read(payload.error());
    auto card = decode_text_block(payload->text, options_.today());
    if (!card)
        return fail_read({hal::DeviceErrorKind::card_unreadable, hal::ErrorAction::suspend, std::string{describe(card.error())}});
    card->photo_wlt = std::move(payload->photo);
    decode_photo(*card);
    card_present_ = true;
    set_state(hal::DeviceState::ready);
    log_event(LogLevel::info, "device.idcard.read", {{"type", std::to_string(static_cast<int>(card->type))}});
    emit(hal::CardPlaced{hal::IdentityDocument{std::move(*card)}});
}

void Reader::decode_photo(hal::ResidentIdCard& card) const {
    if (!options_.photo_decoder || card.photo_wlt.empty()) return;
    if (auto bmp = options_.photo_decoder->decode(card.photo_wlt)) {
        card.photo_bmp = std::move(*bmp);
        return;
    }
    log_event(LogLevel::warning, "device.idcard.photo_not_decoded", {{"library", options_.photo_decoder->library()}});
}

hal::SelfTestReport Reader::self_test() {
    return on_device_thread([this] { return self_test_here(); });
}

hal::SelfTestReport Reader::self_test_here() {
    hal::SelfTestReport report;
    report.device = info();
    const auto step = [&report](std::string name, bool passed, std::string detail, std::chrono::steady_clock::time_point t0) {
        report.steps.push_back({std::move(name), passed, std::move(detail),
                                std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)});
    };
    auto t0 = std::chrono::steady_clock::now();
    bool open = false;
    {
        std::lock_guard io{io_};
        open = transport_->is_open() || static_cast<bool>(transport_->open());
    }
    step("transport open", open, transport_->location(), t0);
    if (!open) return report;
    t0 = std::chrono::steady_clock::now();
    auto status = ask(kSamStatus, kAny, options_.command_timeout);
    step("SAM status", status && status->sw3 == kOk,
         status ? std::string{status_meaning(status->sw3).technician} : status.error().detail, t0);
    t0 = std::chrono::steady_clock::now();
    auto id = ask(kSamId, kAny, options_.command_timeout);
    step("SAM id", id && id->sw3 == kOk && id->data.size() >= 16, id ? format_sam_id(id->data) : id.error().detail, t0);
    return report;
}

}  // namespace nanhai::drivers::ga467
