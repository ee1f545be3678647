// The single read (see read_once.hpp).
#include "drivers/ga467/read_once.hpp"

#include <thread>

#include "drivers/ga467/link.hpp"
#include "drivers/ga467/payload.hpp"
#include "drivers/ga467/reader.hpp"
#include "drivers/ga467/status.hpp"
#include "drivers/ga467/text_block.hpp"

namespace nanhai::drivers::ga467 {
namespace {

using Clock = std::chrono::steady_clock;

std::chrono::milliseconds since(Clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t);
}

class Steps {
public:
    Steps(Link& link, ReadOnceReport& report, std::chrono::milliseconds timeout)
        : link_{link}, report_{report}, timeout_{timeout} {}

    // Runs one command and records it; nullopt after recording the outcome it implies.
    std::optional<Response> run(const std::string& name, std::uint8_t cmd, std::uint8_t para, std::uint8_t expect,
                                std::chrono::milliseconds timeout = {}) {
        const auto t0 = Clock::now();
        auto answer = link_.transact(cmd, para, timeout.count() > 0 ? timeout : timeout_);
        if (!answer) {
            report_.steps.push_back({name, answer.error().detail, since(t0)});
            // Gone, or no answer to the very first command: nothing that speaks GA/T 467 is there.
            const bool absent = answer.error().kind == hal::DeviceErrorKind::not_connected ||
                                (answer.error().kind == hal::DeviceErrorKind::timeout && name == "SAM status");
            report_.outcome = absent ? ReadOnceOutcome::no_device : ReadOnceOutcome::protocol_error;
            report_.problem = answer.error().detail;
            return std::nullopt;
        }
        report_.steps.push_back({name, answer->sw3 == expect ? "ok" : status_error(answer->sw3).detail, since(t0)});
        return *answer;
    }

private:
    Link& link_;
    ReadOnceReport& report_;
    std::chrono::milliseconds timeout_;
};

}  // namespace

ReadOnceReport read_once(hal::ByteTransport& transport, const ReadOnceOptions& options) {
    ReadOnceReport report;
    const auto start = Clock::now();
    const auto finish = [&] {
        report.total = since(start);
        return report;
    };
    auto t0 = Clock::now();
    if (auto opened = transport.open(); !opened) {
        report.steps.push_back({"open " + transport.location(), opened.error().detail, since(t0)});
        report.outcome = ReadOnceOutcome::no_device;
        report.problem = opened.error().detail;
        return finish();
    }
    report.steps.push_back({"open " + transport.location(), "ok", since(t0)});
    Link link{transport};
    Steps steps{link, report, options.command_timeout};
    auto status = steps.run("SAM status", 0x11, 0xFF, kOk);
    if (!status) return finish();
    if (status->sw3 != kOk) {
        report.outcome = ReadOnceOutcome::protocol_error;
        report.problem = status_error(status->sw3).detail;
        return finish();
    }
    if (auto id = steps.run("SAM id", 0x12, 0xFF, kOk); id && id->sw3 == kOk) report.sam_id = format_sam_id(id->data);
    // Wait for a card, polling no faster than the reader allows.
    const auto deadline = Clock::now() + options.wait_for_card;
    std::optional<Response> found;
    std::size_t polls = 0;
    for (;;) {
        t0 = Clock::now();
        auto answer = link.transact(0x20, 0x01, options.command_timeout);
        ++polls;
        if (!answer) {
            report.steps.push_back({"find card", answer.error().detail, since(t0)});
            report.outcome = answer.error().kind == hal::DeviceErrorKind::not_connected ? ReadOnceOutcome::no_device
                                                                                       : ReadOnceOutcome::protocol_error;
            report.problem = answer.error().detail;
            return finish();
        }
        if (answer->sw3 == kFindOk) {
            report.steps.push_back({"find card (" + std::to_string(polls) + " polls)", "ok", since(t0)});
            break;
        }
        if (Clock::now() + std::chrono::milliseconds{300} > deadline) {
            report.steps.push_back({"find card (" + std::to_string(polls) + " polls)", "no card placed", since(t0)});
            report.outcome = ReadOnceOutcome::no_card;
            report.problem = "no card was placed";
            return finish();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{300});
    }
    auto selected = steps.run("select card", 0x20, 0x02, kOk);
    if (!selected) return finish();
    if (selected->sw3 != kOk) {
        report.outcome = ReadOnceOutcome::protocol_error;
        report.problem = status_error(selected->sw3).detail;
        return finish();
    }
    const std::uint8_t what = options.read_fingerprint ? 0x10 : 0x01;
    auto read = steps.run(options.read_fingerprint ? "read text, photo, fingerprint" : "read text and photo", 0x30, what,
                          kOk, options.read_timeout);
    if (!read) return finish();
    if (read->sw3 != kOk) {
        report.outcome = ReadOnceOutcome::protocol_error;
        report.problem = status_error(read->sw3).detail;
        return finish();
    }
    auto payload = split_payload(read->data, options.read_fingerprint);
    if (!payload) {
        report.outcome = ReadOnceOutcome::protocol_error;
        report.problem = payload.error().detail;
        return finish();
    }
    t0 = Clock::now();
    auto card = decode_text_block(payload->text, options.today);
    report.steps.push_back({"decode text block", card ? "ok" : std::string{describe(card.error())}, since(t0)});
    if (!card) {
        report.outcome = ReadOnceOutcome::protocol_error;
        report.problem = std::string{describe(card.error())};
        return finish();
    }
    report.photo_bytes = payload->photo.size();
    report.card = std::move(*card);
    report.outcome = ReadOnceOutcome::card_read;
    return finish();
}

}  // namespace nanhai::drivers::ga467
