// Appointments (art. 9, 10; session required): the applicant's own appointments with cancel
// and reprint, and booking step by step: item -> hall -> day (working days with places) ->
// slot -> confirm with the no-show rule stated -> booked, the slip printed with its QR.
// A place taken by someone else between choosing and confirming sends the citizen back to
// the refreshed slots with a plain message; a blacklisted applicant is told why before any
// step (and the platform refuses anyway).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/flow.hpp"
#include "kiosk/platform_client/appointment_types.hpp"
#include "kiosk/platform_client/catalogue_types.hpp"

namespace nanhai::kiosk::core {

class AppointmentFlow final : public Flow {
public:
    explicit AppointmentFlow(FlowHost& host) : host_{host} {}

    bool owns(std::string_view screen) const override;
    // "appointments": the applicant's list; "appointments.items": booking (value: an item code
    // to start at its halls, e.g. from a service guide).
    void open(std::string_view screen, std::string_view value) override;
    bool handle(const Intent& intent) override;
    bool back() override;
    ScreenData view() const override;
    void wipe() override;
    std::vector<std::string> personal_data() const override;

private:
    bool handle_list(const Intent& intent);
    bool handle_detail(const Intent& intent);
    bool handle_booking(const Intent& intent);

    void load_mine();
    void open_detail(std::string_view code);
    void cancel_appointment();
    void print_slip(const Appointment& appointment);

    bool booking_blocked();
    void load_items();
    void choose_item(std::string_view code);
    void choose_hall(std::string_view code);
    void choose_day(std::string_view date);
    void load_slots(bool after_conflict);
    void choose_slot(std::string_view start);
    void book();
    void on_booked(Result<Appointment, PlatformError> reply);

    FlowHost& host_;
    // The applicant's appointments and the one opened (personal: wiped at session end).
    std::vector<Appointment> mine_;
    std::optional<Appointment> detail_;
    bool confirming_cancel_ = false;
    bool just_cancelled_ = false;
    std::optional<Appointment> booked_;
    // Booking choices (catalogue data, not personal).
    std::vector<ItemChoice> items_;
    std::optional<Item> item_;
    std::string hall_code_;
    std::optional<BookableDays> days_;
    std::optional<SlotDay> slots_;
    std::optional<Slot> slot_;
    OperationKey booking_key_ = OperationKey::fresh();  // one per confirmed slot, kept for retry
    int page_ = 0;  // of the list on screen
};

}  // namespace nanhai::kiosk::core
