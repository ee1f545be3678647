// The Idempotency-Key of one logical operation (a sign-in, a booking). The client reuses it on
// every retry, and the app may keep it to repeat the same operation after a failure the user
// saw: the platform then answers with the first result instead of creating a second one.
#pragma once

#include <string>

namespace nanhai::kiosk {

struct OperationKey {
    std::string value;  // 32 hex characters from the OS's CSPRNG

    static OperationKey fresh();
};

}  // namespace nanhai::kiosk
