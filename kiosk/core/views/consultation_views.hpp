// Views of consultations and complaints (art. 8): kind -> topic -> what to say (ready phrases,
// typing is hard for many) -> contact phone (optional) -> confirm -> ticket.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace nanhai::kiosk::core {

struct ConsultKindView {};  // "consult"

struct ConsultTopicView {  // "consult.topic"
    std::string kind;  // consultation | complaint
    std::vector<std::string> topics;  // topic ids; title key "consult.topic.<id>"
};

struct ConsultComposeView {  // "consult.compose"
    std::string kind, topic;
    std::vector<std::string> phrases;  // phrase ids for the topic; key "consult.phrase.<id>"
    std::vector<std::string> chosen;   // in the order tapped
    std::string body;                  // what will be sent (personal: wiped)
    std::size_t max_length = 2000;
    bool can_continue = false;
};

struct ConsultContactView {  // "consult.contact"
    std::string typed;  // the phone typed so far (personal: wiped)
    bool valid = false; // a mobile or an area-code landline
};

struct ConsultConfirmView {  // "consult.confirm"
    std::string kind, topic;
    std::string body;
    std::string phone_masked;  // "" when none given
};

struct ConsultFiledView {  // "consult.filed"
    std::string ticket, kind;
    std::string subject;
    std::string reply_due;  // YYYY-MM-DD
    std::string filed_at;   // "YYYY-MM-DD HH:MM"
};

}  // namespace nanhai::kiosk::core
