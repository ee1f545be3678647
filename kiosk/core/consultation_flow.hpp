// Consultations and complaints (art. 8), signed in or not: consultation or complaint -> topic
// -> what to say, put together from ready phrases (typing Chinese on a touch screen is hard
// for many) -> a contact phone, optional, on the keypad -> confirm -> the ticket, printed.
// What the citizen says and their phone are personal: held in SecureStrings, wiped at the end.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/secure_string.hpp"
#include "kiosk/core/flow.hpp"
#include "kiosk/platform_client/consultation_types.hpp"

namespace nanhai::kiosk::core {

class ConsultationFlow final : public Flow {
public:
    explicit ConsultationFlow(FlowHost& host) : host_{host} {}

    bool owns(std::string_view screen) const override;
    void open(std::string_view screen, std::string_view value) override;
    bool handle(const Intent& intent) override;
    bool back() override;
    ScreenData view() const override;
    void wipe() override;
    std::vector<std::string> personal_data() const override;

    static std::vector<std::string> topic_ids();
    static std::vector<std::string> phrase_ids(std::string_view topic);
    static std::string topic_text(std::string_view topic);    // the subject sent (Chinese)
    static std::string phrase_text(std::string_view phrase);  // the sentence sent (Chinese)
    // The phone as the platform takes it: a mobile as typed, a landline with its area code
    // split off ("075786221234" -> "0757-86221234"); "" when it is neither.
    static std::string phone_for_platform(std::string_view digits);

private:
    bool handle_compose(const Intent& intent);
    bool handle_contact(const Intent& intent);
    void toggle_phrase(std::string_view id);
    void rebuild_body();
    void submit();

    FlowHost& host_;
    std::string kind_;   // consultation | complaint
    std::string topic_;
    std::vector<std::string> chosen_;  // phrase ids in the order tapped
    SecureString typed_text_;          // typed with a keyboard, when the kiosk has one
    SecureString body_;
    SecureString phone_;               // digits typed
    std::optional<Consultation> filed_;
    OperationKey key_ = OperationKey::fresh();
};

}  // namespace nanhai::kiosk::core
