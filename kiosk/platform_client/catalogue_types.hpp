// The service catalogue as the platform publishes it: departments, items with their service
// guides (办事指南), halls with opening hours, and the working-day calendar.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/civil_date.hpp"

namespace nanhai::kiosk {

struct Department {
    std::string code;
    int number = 0;  // the 3-digit code inside approval codes
    std::string name_zh;
    std::string name_en;
    std::string phone;
    int item_count = 0;
};

struct ItemSummary {
    std::string code;
    std::string name_zh;
    std::string name_en;
    std::string department_code;
    std::string level;  // district | town
    int min_auth_level = 1;
    bool appointment_required = false;
};

struct ItemQuery {
    std::string text;        // q: code, Chinese or English name (at most 50 characters)
    std::string department;  // department code, empty: all
    std::string hall;        // hall code, empty: all
    int page = 1;
    int per_page = 20;
};

struct GuideMaterial {
    std::string name_zh;
    std::string name_en;
    int copies = 1;
    bool original = false;
    std::string note_zh;
    std::string note_en;
};

struct ServiceGuide {
    std::vector<GuideMaterial> materials;
    int legal_limit_working_days = 0;
    int promised_limit_working_days = 0;  // 0: settled on the spot
    std::int64_t fee_cents = 0;
    std::string fee_note_zh;
    std::string fee_note_en;
    std::vector<std::string> submission_methods;  // on_site | express | online
    std::vector<std::string> delivery_methods;
    std::string basis_zh;
    std::string basis_en;
};

struct ItemHall {
    std::string hall_code;
    std::string name_zh;
    std::string name_en;
    std::string level;
    int slot_minutes = 0;
    int slot_capacity = 0;
};

struct Item {
    ItemSummary summary;
    std::string department_name_zh;
    std::string department_name_en;
    ServiceGuide guide;
    std::vector<ItemHall> halls;
};

struct OpeningHours {
    std::vector<int> weekdays;  // ISO, 1 = Monday
    std::string open;           // "HH:MM"
    std::string close;
};

struct Hall {
    std::string code;
    std::string name_zh;
    std::string name_en;
    std::string level;
    std::string address_zh;
    std::string address_en;
    std::string phone;
    std::vector<OpeningHours> opening_hours;
};

struct HallItem {
    std::string item_code;
    std::string name_zh;
    std::string name_en;
    int slot_minutes = 0;
    int slot_capacity = 0;
};

struct HallDetail {
    Hall hall;
    std::vector<HallItem> items;
};

struct CalendarDay {
    Date date;
    int weekday = 1;
    bool working = false;
    std::string kind;  // regular | holiday | make_up_workday
    std::optional<std::string> name_zh;
    std::optional<std::string> name_en;
};

struct Calendar {
    Date from;
    Date to;
    std::vector<CalendarDay> days;
};

}  // namespace nanhai::kiosk
