// PENDING: the demo seed is being written.
#include "platform/seed/demo_seed.hpp"

namespace nanhai::platform {

Result<void, std::string> seed_demo(Platform&) { return {}; }

}  // namespace nanhai::platform
