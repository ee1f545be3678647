// The request/response link (see link.hpp).
#include "drivers/ga467/link.hpp"

#include <array>

namespace nanhai::drivers::ga467 {

Result<Response, hal::DeviceError> Link::transact(std::uint8_t command, std::uint8_t parameter,
                                                  std::chrono::milliseconds timeout) {
    ++counters_.requests;
    parser_.reset();  // a late answer to an earlier request must not be taken for this one
    const auto count_garbage = [this] { counters_.garbage_bytes += parser_.garbage_skipped(); };
    const Bytes request = encode_request(command, parameter);
    if (auto written = transport_.write_all(request); !written) return fail(written.error());
    auto deadline = std::chrono::steady_clock::now() + timeout;
    int resends = 0;
    std::array<std::uint8_t, 512> buffer{};
    for (;;) {
        while (auto parsed = parser_.next()) {
            if (std::holds_alternative<Dropped>(*parsed)) {
                ++counters_.dropped_frames;
                if (resends >= max_resends_) continue;  // wait out the time: it may yet come whole
                ++resends;
                ++counters_.resends;
                count_garbage();
                parser_.reset();
                if (auto written = transport_.write_all(request); !written) return fail(written.error());
                deadline = std::chrono::steady_clock::now() + timeout;
                break;
            }
            auto response = as_response(std::get<Bytes>(*parsed));
            count_garbage();
            if (!response)
                return fail(hal::DeviceError{hal::DeviceErrorKind::protocol_error, hal::ErrorAction::suspend, "short response"});
            return *response;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            ++counters_.timeouts;
            count_garbage();
            return fail(hal::DeviceError{hal::DeviceErrorKind::timeout, hal::ErrorAction::suspend, "no answer from the reader"});
        }
        auto n = transport_.read_some(buffer, left);
        if (!n) return fail(n.error());
        if (*n == 0 && interrupted_ && std::chrono::steady_clock::now() < deadline && interrupted_())
            return fail(hal::DeviceError{hal::DeviceErrorKind::timeout, hal::ErrorAction::suspend, "interrupted: the reader is closing"});
        parser_.feed(std::span<const std::uint8_t>{buffer.data(), *n});
    }
}

}  // namespace nanhai::drivers::ga467
