#include "kiosk/platform_client/operation_key.hpp"

#include <sodium.h>

namespace nanhai::kiosk {

OperationKey OperationKey::fresh() {
    [[maybe_unused]] static const int sodium_ready = sodium_init();  // once, thread-safe
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    char hex[2 * sizeof bytes + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return OperationKey{hex};
}

}  // namespace nanhai::kiosk
