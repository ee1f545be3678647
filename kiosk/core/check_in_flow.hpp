// Check-in at the hall (no session needed): scan the appointment slip's QR, type the
// appointment number on the keypad ("YY" is printed on the keys' display; only the 12 digits
// after it are typed), or sign in and pick one of today's bookings at this hall. The platform
// checks hall, time window and status; the queue ticket is printed at once.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/flow.hpp"
#include "kiosk/platform_client/appointment_types.hpp"

namespace nanhai::kiosk::core {

inline constexpr std::size_t kAppointmentDigits = 12;  // YYYYMMDD + 4-digit sequence

class CheckInFlow final : public Flow {
public:
    explicit CheckInFlow(FlowHost& host) : host_{host} {}

    bool owns(std::string_view screen) const override;
    // "check_in": the keypad (and, signed in, today's bookings); value: a slip QR scanned
    // elsewhere (the home screen) to check in with at once.
    void open(std::string_view screen, std::string_view value) override;
    bool handle(const Intent& intent) override;
    bool back() override;
    bool on_scan(const std::string& payload) override;
    ScreenData view() const override;
    void wipe() override;
    std::vector<std::string> personal_data() const override;

private:
    void load_today();
    void check_in_by_code(std::string code);
    void check_in_by_qr(std::string payload);
    void on_checked_in(Result<CheckIn, PlatformError> reply);

    FlowHost& host_;
    std::string typed_;
    std::vector<Appointment> today_;  // signed in: today's bookings here (personal)
    std::optional<CheckIn> ticket_;
    OperationKey key_ = OperationKey::fresh();  // one per attempt, reused by retry
    int page_ = 0;
};

}  // namespace nanhai::kiosk::core
