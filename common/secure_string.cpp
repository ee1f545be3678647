#include "common/secure_string.hpp"

#include <sodium.h>

namespace nanhai {

void secure_wipe(void* data, std::size_t size) {
    if (data && size) sodium_memzero(data, size);
}

void secure_wipe(std::string& text) {
    // Small strings live inside the object, long ones on the heap: wipe the whole capacity.
    secure_wipe(text.data(), text.capacity());
}

}  // namespace nanhai
