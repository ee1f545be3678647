// Consultations and complaints (咨询 / 投诉, art. 8; openapi.json Consultation), followed by
// ticket.
#pragma once

#include <optional>
#include <string>

#include "common/civil_date.hpp"

namespace nanhai::kiosk {

enum class ConsultationKind { consultation, complaint };

struct ConsultationReply {
    std::string text;
    std::optional<Instant> replied_at;
};

struct Consultation {
    std::string ticket;  // ZX / TS + YYYYMMDD + 4 digits
    std::string kind;    // consultation | complaint
    std::string kind_zh;
    std::string subject;
    std::optional<std::string> body;  // the filer's (and the desk's) view only
    std::optional<std::string> case_code;
    std::optional<std::string> contact_phone_masked;
    Instant filed_at;
    Date reply_due;
    std::string status;  // pending | replied
    std::optional<ConsultationReply> reply;
    bool found_false = false;
    std::string channel_zh;
    std::string channel_en;
    bool restricted = true;
};

}  // namespace nanhai::kiosk
