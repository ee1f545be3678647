// Builds a PlatformClient over the fakes (fake_http_transport.hpp) with a fixed configuration.
#pragma once

#include "kiosk/platform_client/platform_client.hpp"
#include "tests/unit/kiosk/fake_http_transport.hpp"

namespace nanhai::kiosk::test {

inline ClientConfig fake_config() {
    ClientConfig c;
    c.base_url = "http://platform.test/";
    c.terminal_id = "NH-KIOSK-0001";
    c.terminal_key = "dev-only-kiosk-key-0001";
    c.max_retries = 3;
    c.backoff_initial = std::chrono::milliseconds{100};
    c.backoff_max = std::chrono::milliseconds{1000};
    return c;
}

inline PlatformClient make_client(FakeClientRig& rig, ClientConfig config = fake_config(),
                                  double unit_random = 0.5) {
    return PlatformClient{config, std::make_unique<FakeHttpTransport>(rig.http),
                          std::make_unique<RecordingSleeper>(rig.delays),
                          [unit_random] { return unit_random; }};
}

inline IdCardCredential demo_card() {
    return IdCardCredential{IdCardType::citizen, "11010519491231002X", "张三", "2036-01-01"};
}

}  // namespace nanhai::kiosk::test
