// PENDING: being written.
#include "platform/seed/demo_seed.hpp"

namespace nanhai::platform {

Result<void, std::string> seed_demo_blacklist(Platform&) { return {}; }

}  // namespace nanhai::platform
