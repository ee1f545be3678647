// The simulated reader's named demo cards (docs/sim-devices.md lists them): made-up people and
// enterprises whose numbers carry valid check characters, matching docs/demo-identities.md.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "hal/identity_document.hpp"

namespace nanhai::drivers {

// "citizen", "hk-permit", "foreign-pr", "expired", "blacklisted", "enterprise", "technician".
std::vector<std::string_view> demo_card_names();

// A fresh copy of the card's document; nullopt for an unknown name.
std::optional<hal::IdentityDocument> make_demo_card(std::string_view name);

}  // namespace nanhai::drivers
