// Builds self-test reports step by step, timing each step (diagnostics show how long each took).
#pragma once

#include <chrono>
#include <string>
#include <utility>

#include "hal/device_types.hpp"

namespace nanhai::drivers {

// `check` returns {passed, detail}.
template <class Check>
void run_self_test_step(hal::SelfTestReport& report, std::string name, Check&& check) {
    const auto begin = std::chrono::steady_clock::now();
    std::pair<bool, std::string> outcome = std::forward<Check>(check)();
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - begin);
    report.steps.push_back(
        hal::SelfTestStep{std::move(name), outcome.first, std::move(outcome.second), took});
}

}  // namespace nanhai::drivers
