#include "kiosk/platform_client/parse_consultation.hpp"

#include "kiosk/platform_client/json_reader.hpp"

namespace nanhai::kiosk {
namespace {

ConsultationReply read_reply(JsonReader& r) {
    return ConsultationReply{r.string("text"), r.optional_instant("replied_at")};
}

Consultation read_consultation(JsonReader& r) {
    Consultation c;
    c.ticket = r.string("ticket");
    c.kind = r.string("kind");
    c.kind_zh = r.string("kind_zh");
    c.subject = r.string("subject");
    c.body = r.optional_string("body");
    c.case_code = r.optional_string("case_code");
    c.contact_phone_masked = r.optional_string("contact_phone_masked");
    c.filed_at = r.instant("filed_at");
    c.reply_due = r.date("reply_due");
    c.status = r.string("status");
    c.reply = r.optional_object<ConsultationReply>("reply", read_reply);
    c.found_false = r.boolean("found_false");
    c.channel_zh = r.string("channel_zh");
    c.channel_en = r.string("channel_en");
    c.restricted = r.boolean("restricted");
    return c;
}

}  // namespace

Result<Consultation, PlatformError> parse_consultation(const nlohmann::json& document) {
    return read_document<Consultation>(document, "consultation", read_consultation);
}

Result<Page<Consultation>, PlatformError> parse_consultation_page(const nlohmann::json& document) {
    return read_document<Page<Consultation>>(document, "consultations", [](JsonReader& r) {
        return read_page<Consultation>(r, read_consultation);
    });
}

}  // namespace nanhai::kiosk
