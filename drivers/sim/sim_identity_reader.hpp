// The simulated identity reader: demo cards (demo_cards.hpp) are inserted and removed by name
// through the control channel, the developer panel or tests. Reading takes a configurable
// delay (0 in tests, ~800 ms for a realistic demo); removing the card during it reports
// CardReadFailed{card_removed}, as a real reader does when a card is pulled mid-read.
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "hal/identity_reader.hpp"

namespace nanhai::drivers {

struct SimIdentityReaderOptions {
    std::chrono::milliseconds read_delay{0};
    std::string serial = "SIM-IDR-0001";
};

class SimIdentityReader final : public hal::IdentityReader {
public:
    explicit SimIdentityReader(SimIdentityReaderOptions options = {});
    ~SimIdentityReader() override;

    hal::DeviceInfo info() const override;
    // Steps: demo card table (every card's number passes its check), device thread running.
    hal::SelfTestReport self_test() override;

    // Control. Errors are short sentences, sent as they are in control-channel replies; a
    // failed command changes nothing.
    // CardPlaced after the read delay. Errors: not started, unknown name, a card already in.
    Result<void, std::string> insert(std::string_view card_name);
    // CardRemoved, or CardReadFailed{card_removed} while still reading. Error: no card in.
    Result<void, std::string> remove();
    // Inserts and pulls the card before the read completes, whatever the read delay:
    // CardReadFailed{card_removed}. Errors as for insert.
    Result<void, std::string> pull_mid_read(std::string_view card_name);
    void set_read_delay(std::chrono::milliseconds delay);
    // "none", "reading NAME" or "present NAME" (demo card names are not personal data).
    std::string card_state() const;

private:
    enum class Slot { empty, reading, present };

    Result<void, hal::DeviceError> prepare() override;  // a (re)opened reader starts empty
    hal::DeviceState initial_state() const override;  // nothing to connect to
    void on_open() override;

    Result<hal::IdentityDocument, std::string> check_insert(std::string_view card_name) const;
    void emit(hal::DeviceEvent event);  // with mutex_ held: events keep the order decided
    bool open_locked() const;
    void publish_state();  // with mutex_ held
    void complete_read(std::uint64_t generation);

    mutable std::mutex mutex_;
    SimIdentityReaderOptions options_;
    Slot slot_ = Slot::empty;
    std::string card_name_;
    std::optional<hal::IdentityDocument> reading_;  // the document being read
    std::uint64_t generation_ = 0;                  // invalidates a pending read
};

}  // namespace nanhai::drivers
