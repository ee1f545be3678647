// Service availability from component states (see service_availability.hpp).
#include "kiosk/core/service_availability.hpp"

#include <array>

namespace nanhai::kiosk::core {
namespace {

constexpr std::array<std::pair<Component, std::string_view>, 5> kComponents{{
    {Component::identity_reader, "identity_reader"},
    {Component::certificate_reader, "certificate_reader"},
    {Component::code_scanner, "code_scanner"},
    {Component::receipt_printer, "receipt_printer"},
    {Component::platform, "platform"},
}};

constexpr std::array<std::string_view, 3> kSignInMethods{"sign_in.id_card", "sign_in.mobile_qr", "sign_in.enterprise_cert"};

}  // namespace

std::string_view to_string(Component component) {
    for (const auto& [c, name] : kComponents)
        if (c == component) return name;
    return "?";
}

std::optional<Component> parse_component(std::string_view text) {
    for (const auto& [c, name] : kComponents)
        if (name == text) return c;
    return std::nullopt;
}

std::string_view to_string(OutOfService reason) {
    switch (reason) {
        case OutOfService::none: return "none";
        case OutOfService::hardware: return "hardware";
        case OutOfService::consumables: return "consumables";
        case OutOfService::back_end: return "back_end";
        case OutOfService::starting: return "starting";
    }
    return "?";
}

// What the platform does for each service; the guides live on from the last catalogue.
ServiceRequirements default_service_requirements() {
    using C = Component;
    return {
        {"sign_in.id_card", {C::identity_reader, C::platform}},
        {"sign_in.mobile_qr", {C::code_scanner, C::platform}},
        {"sign_in.enterprise_cert", {C::certificate_reader, C::platform}},
        {"appointments", {C::platform}},
        {"check_in", {C::platform}},
        {"case_query", {C::platform}},
        {"evaluate", {C::platform}},
        {"consult", {C::platform}},
        {"blacklist", {C::platform}},
        {"guides", {}},
        {"print", {C::receipt_printer}},
    };
}

ServiceAvailability::ServiceAvailability(ServiceRequirements requirements) : requirements_{std::move(requirements)} {}

std::vector<std::string> ServiceAvailability::set(Component component, ComponentState state) {
    std::map<std::string, ServiceState, std::less<>> before;
    for (const auto& [name, _] : requirements_) before[name] = service(name);
    components_[component] = state;
    std::vector<std::string> changed;
    for (const auto& [name, old] : before)
        if (service(name) != old) changed.push_back(name);
    return changed;
}

ComponentState ServiceAvailability::component(Component component) const {
    const auto it = components_.find(component);
    return it == components_.end() ? ComponentState{} : it->second;
}

// The first needed component that is down decides; the platform last, so that "the ID card
// reader is broken" is said rather than "offline" when both are.
ServiceState ServiceAvailability::service(std::string_view name) const {
    const auto it = requirements_.find(name);
    if (it == requirements_.end()) return {};
    std::optional<ServiceState> platform_down;
    for (const Component needed : it->second) {
        const ComponentState state = component(needed);
        if (state.ok) continue;
        const ServiceState down{false, state.reason, needed};
        if (needed != Component::platform) return down;
        platform_down = down;
    }
    return platform_down.value_or(ServiceState{});
}

ServiceState ServiceAvailability::sign_in() const {
    std::optional<ServiceState> first_down;
    for (const auto method : kSignInMethods) {
        const ServiceState state = service(method);
        if (state.available) return state;
        if (!first_down || state.blocked_by == Component::platform) first_down = state;
    }
    return first_down.value_or(ServiceState{});
}

}  // namespace nanhai::kiosk::core
