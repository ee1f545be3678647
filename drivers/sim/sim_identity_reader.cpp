// SimIdentityReader: the card slot is a small state machine (empty -> reading -> present)
// guarded by one mutex; every event is emitted while the mutex is held, so the app sees them
// in the order the slot changed (the device thread delivers them).
#include "drivers/sim/sim_identity_reader.hpp"

#include "common/citizen_id.hpp"
#include "common/credit_code.hpp"
#include "common/log.hpp"
#include "drivers/sim/demo_cards.hpp"
#include "drivers/self_test_steps.hpp"

namespace nanhai::drivers {
namespace {

std::string known_cards() {
    std::string names;
    for (auto name : demo_card_names()) names += (names.empty() ? "" : ", ") + std::string{name};
    return names;
}

// A card number a real reader would refuse to issue events for would break every flow.
std::optional<std::string> card_number_problem(std::string_view name,
                                               const hal::IdentityDocument& document) {
    const Date today =
        local_date(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    if (const auto* id = std::get_if<hal::ResidentIdCard>(&document)) {
        if (auto parsed = parse_citizen_id(id->id_number.view(), today); !parsed)
            return std::string{name} + ": " + std::string{describe(parsed.error())};
    } else if (const auto* cert = std::get_if<hal::CertificateCard>(&document)) {
        if (cert->role == hal::CertificateRole::enterprise)
            if (auto parsed = parse_credit_code(cert->credit_code.view()); !parsed)
                return std::string{name} + ": " + std::string{describe(parsed.error())};
    }
    return std::nullopt;
}

}  // namespace

SimIdentityReader::SimIdentityReader(SimIdentityReaderOptions options)
    : options_{std::move(options)} {}

SimIdentityReader::~SimIdentityReader() {
    stop();
}

hal::DeviceInfo SimIdentityReader::info() const {
    return {hal::DeviceClass::identity_reader,
            "sim",
            "Simulated GA/T 467 reader",
            options_.serial,
            "sim-1",
            "in-process"};
}

hal::SelfTestReport SimIdentityReader::self_test() {
    hal::SelfTestReport report{info(), {}};
    run_self_test_step(report, "card table loaded", [] {
        const auto names = demo_card_names();
        for (auto name : names) {
            auto card = make_demo_card(name);
            if (!card) return std::pair{false, std::string{name} + ": missing"};
            if (auto problem = card_number_problem(name, *card)) return std::pair{false, *problem};
        }
        return std::pair{!names.empty(),
                         std::to_string(names.size()) + " demo cards, numbers valid"};
    });
    run_self_test_step(report, "device thread running", [this] {
        const bool running = lifecycle() != hal::Lifecycle::closed;
        return std::pair{running, running ? std::string{"running"} : std::string{"not started"}};
    });
    return report;
}

Result<void, hal::DeviceError> SimIdentityReader::prepare() {
    std::lock_guard lock{mutex_};
    slot_ = Slot::empty;  // a restarted reader begins with an empty slot
    reading_.reset();
    card_name_.clear();
    ++generation_;
    return {};
}

hal::DeviceState SimIdentityReader::initial_state() const { return hal::DeviceState::ready; }

void SimIdentityReader::on_open() {
    std::lock_guard lock{mutex_};
    publish_state();
    log_event(LogLevel::info, "device.sim.reader.started",
              {{"read_delay_ms", std::to_string(options_.read_delay.count())}});
}

bool SimIdentityReader::open_locked() const { return lifecycle() != hal::Lifecycle::closed; }

void SimIdentityReader::publish_state() {
    runtime().set_state(slot_ == Slot::reading ? hal::DeviceState::busy : hal::DeviceState::ready);
}

Result<hal::IdentityDocument, std::string> SimIdentityReader::check_insert(
    std::string_view card_name) const {
    if (!open_locked()) return fail(std::string{"reader not started"});
    auto card = make_demo_card(card_name);
    if (!card)
        return fail("unknown card '" + std::string{card_name} + "' (known: " + known_cards() + ")");
    if (slot_ != Slot::empty) return fail("a card is already in the reader: " + card_name_);
    return std::move(*card);
}

Result<void, std::string> SimIdentityReader::insert(std::string_view card_name) {
    std::lock_guard lock{mutex_};
    auto card = check_insert(card_name);
    if (!card) return fail(card.error());
    card_name_ = std::string{card_name};
    if (options_.read_delay.count() <= 0) {
        // Without a delay the read completes at once, so an immediate remove() is a removal,
        // not a pulled read: tests stay deterministic.
        slot_ = Slot::present;
        emit(hal::CardPlaced{std::move(*card)});
        return {};
    }
    slot_ = Slot::reading;
    publish_state();
    reading_ = std::move(*card);
    const auto generation = ++generation_;
    runtime().post_after(options_.read_delay, [this, generation] { complete_read(generation); });
    return {};
}

void SimIdentityReader::complete_read(std::uint64_t generation) {
    std::lock_guard lock{mutex_};
    if (generation != generation_ || slot_ != Slot::reading || !reading_) return;
    slot_ = Slot::present;
    publish_state();
    emit(hal::CardPlaced{std::move(*reading_)});
    reading_.reset();
}

Result<void, std::string> SimIdentityReader::remove() {
    std::lock_guard lock{mutex_};
    if (!open_locked()) return fail(std::string{"reader not started"});
    if (slot_ == Slot::empty) return fail(std::string{"no card in the reader"});
    if (slot_ == Slot::reading) {
        ++generation_;
        reading_.reset();
        emit(hal::CardReadFailed{hal::DeviceError{hal::DeviceErrorKind::card_removed,
                                                  hal::ErrorAction::suspend,
                                                  "card removed during read"}});
    } else {
        emit(hal::CardRemoved{});
    }
    slot_ = Slot::empty;
    publish_state();
    card_name_.clear();
    return {};
}

Result<void, std::string> SimIdentityReader::pull_mid_read(std::string_view card_name) {
    std::lock_guard lock{mutex_};
    auto card = check_insert(card_name);
    if (!card) return fail(card.error());
    emit(hal::CardReadFailed{hal::DeviceError{hal::DeviceErrorKind::card_removed,
                                              hal::ErrorAction::suspend,
                                              "card removed during read"}});
    return {};
}

void SimIdentityReader::set_read_delay(std::chrono::milliseconds delay) {
    std::lock_guard lock{mutex_};
    options_.read_delay = delay;
}

std::string SimIdentityReader::card_state() const {
    std::lock_guard lock{mutex_};
    switch (slot_) {
        case Slot::empty:
            return "none";
        case Slot::reading:
            return "reading " + card_name_;
        case Slot::present:
            return "present " + card_name_;
    }
    return "none";
}

void SimIdentityReader::emit(hal::DeviceEvent event) { runtime().emit(std::move(event)); }

}  // namespace nanhai::drivers
