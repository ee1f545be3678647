// kiosk-diag pcsc's read (see read_once.hpp).
#include "drivers/pcsc/read_once.hpp"

#include <ctime>

#include "common/hex.hpp"

#include "drivers/pcsc/certificate_reader.hpp"
#include "drivers/pcsc/pcsc_client.hpp"
#include "drivers/pcsc/piv.hpp"

namespace nanhai::drivers::pcsc {
namespace {

using Clock = std::chrono::steady_clock;

class Steps {
public:
    explicit Steps(ReadOnceReport& report) : report_{report}, started_{Clock::now()}, step_{started_} {}
    void done(std::string name, std::string result) {
        const auto now = Clock::now();
        report_.steps.push_back({std::move(name), std::move(result),
                                 std::chrono::duration_cast<std::chrono::milliseconds>(now - step_)});
        step_ = now;
        report_.total = std::chrono::duration_cast<std::chrono::milliseconds>(now - started_);
    }
    ReadOnceReport& finish(ReadOnceOutcome outcome, std::string problem = {}) {
        report_.outcome = outcome;
        report_.problem = std::move(problem);
        report_.total = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started_);
        return report_;
    }

private:
    ReadOnceReport& report_;
    Clock::time_point started_;
    Clock::time_point step_;
};

ReadOnceOutcome outcome_of(const hal::DeviceError& error) {
    if (error.kind == hal::DeviceErrorKind::not_connected) return ReadOnceOutcome::no_device;
    if (error.kind == hal::DeviceErrorKind::card_removed) return ReadOnceOutcome::no_card;
    return ReadOnceOutcome::protocol_error;
}

std::optional<std::string> find_reader(const std::vector<std::string>& names, const std::string& filter) {
    for (const auto& name : names)
        if (filter.empty() || name.find(filter) != std::string::npos) return name;
    return std::nullopt;
}

// Waits until the reader has a card, or the time is up.
Result<bool, hal::DeviceError> wait_for_card(const PcscContext& context, const std::string& reader,
                                             std::chrono::milliseconds patience) {
    std::vector<ReaderState> states{{reader, SCARD_STATE_UNAWARE}};
    bool list_changed = false;
    const auto deadline = Clock::now() + patience;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        auto changed = context.wait_for_change(states, list_changed, std::max(left, std::chrono::milliseconds{0}));
        if (!changed) return fail(changed.error());
        if (states[0].present() && !states[0].mute()) return true;
        if (Clock::now() >= deadline) return false;
    }
}

}  // namespace

ReadOnceReport read_once(const ReadOnceOptions& options) {
    ReadOnceReport report;
    Steps steps{report};
    auto context = PcscContext::establish();
    steps.done("pcscd", context ? "reachable" : context.error().detail);
    if (!context) return steps.finish(ReadOnceOutcome::no_device, context.error().detail);
    auto names = context->readers();
    if (!names) return steps.finish(outcome_of(names.error()), names.error().detail);
    auto reader = find_reader(*names, options.reader_filter);
    steps.done("reader", reader ? *reader : "none of " + std::to_string(names->size()) + " readers matches");
    if (!reader) return steps.finish(ReadOnceOutcome::no_device, "no matching reader");
    report.reader = *reader;
    auto present = wait_for_card(*context, *reader, options.wait_for_card);
    if (!present) return steps.finish(outcome_of(present.error()), present.error().detail);
    steps.done("card present", *present ? "yes" : "no card within the wait");
    if (!*present) return steps.finish(ReadOnceOutcome::no_card, "no card in the reader");
    auto card = PcscCard::connect(*context, *reader);
    if (!card) return steps.finish(outcome_of(card.error()), card.error().detail);
    report.protocol = card->protocol_name();
    report.atr_hex = to_hex(card->atr(), HexCase::upper);
    steps.done("connect (exclusive)", report.protocol + ", ATR " + report.atr_hex);
    CardChannel channel{[&card](std::span<const std::uint8_t> command) { return card->transmit(command); }};
    const auto finish_with = [&](const hal::DeviceError& error) -> ReadOnceReport {
        report.counters = channel.counters();
        return steps.finish(outcome_of(error), error.detail);
    };
    if (auto selected = piv::select(channel); !selected) return finish_with(selected.error());
    steps.done("SELECT PIV", "ok");
    auto der = piv::read_authentication_certificate(channel);
    if (!der) return finish_with(der.error());
    report.certificate_bytes = der->size();
    steps.done("read certificate 9A", std::to_string(der->size()) + " bytes");
    report.summary = summarize_certificate(*der, std::time(nullptr));
    if (options.trust) {
        std::string why;
        auto checked = check_certificate(*der, *options.trust, std::time(nullptr), &why);
        steps.done("check certificate", checked ? "trusted" : std::string{describe(checked.error())} + (why.empty() ? "" : " (" + why + ")"));
        if (checked) {
            report.masked_holder = masked_holder(*checked);
            report.certificate = std::move(*checked);
        }
    } else {
        steps.done("check certificate", "not checked (no CA given)");
    }
    auto pin = piv::pin_status(channel);
    if (!pin) return finish_with(pin.error());
    report.tries_left = pin->blocked ? 0 : pin->tries_left;
    steps.done("PIN status", pin->blocked ? "blocked" : pin->verified ? "verified" : std::to_string(pin->tries_left) + " tries left");
    report.counters = channel.counters();
    return steps.finish(ReadOnceOutcome::card_read);
}

}  // namespace nanhai::drivers::pcsc
