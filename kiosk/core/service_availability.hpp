// Which services work right now, before a citizen starts one (as CUSS's required components):
// each service names the components it needs (a device, or the platform); a component that is
// down takes down every service that needs it, with the reason a screen can say plainly.
//   out of service: hardware (a device unplugged or broken), consumables (paper out, cover
//   open: staff can fix it), back end (the platform does not answer), starting (not yet up).
// The app feeds the components' states on every device change and platform probe; the core
// draws menus, sign-in methods and notices from the services' states.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nanhai::kiosk::core {

enum class Component { identity_reader, certificate_reader, code_scanner, receipt_printer, platform };
enum class OutOfService { none, hardware, consumables, back_end, starting };

std::string_view to_string(Component component);
std::optional<Component> parse_component(std::string_view text);
std::string_view to_string(OutOfService reason);

struct ComponentState {
    bool ok = true;
    OutOfService reason = OutOfService::none;
    bool operator==(const ComponentState&) const = default;
};

struct ServiceState {
    bool available = true;
    OutOfService reason = OutOfService::none;
    std::optional<Component> blocked_by;
    bool operator==(const ServiceState&) const = default;
};

// Service name -> the components it needs. Services: sign_in.id_card, sign_in.mobile_qr,
// sign_in.enterprise_cert, appointments, check_in, case_query, evaluate, consult, guides,
// blacklist, print.
using ServiceRequirements = std::map<std::string, std::vector<Component>, std::less<>>;
ServiceRequirements default_service_requirements();

class ServiceAvailability {
public:
    explicit ServiceAvailability(ServiceRequirements requirements = default_service_requirements());

    // The names of the services whose state changed.
    std::vector<std::string> set(Component component, ComponentState state);
    ComponentState component(Component component) const;
    // An unknown service is available (nothing it needs is known to be down).
    ServiceState service(std::string_view name) const;
    // sign_in: available when one of its methods is.
    ServiceState sign_in() const;
    const ServiceRequirements& requirements() const { return requirements_; }

private:
    ServiceRequirements requirements_;
    std::map<Component, ComponentState> components_;
};

}  // namespace nanhai::kiosk::core
