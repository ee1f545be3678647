add_executable(platform_bench ${CMAKE_CURRENT_SOURCE_DIR}/platform_bench.cpp)
target_link_libraries(platform_bench PRIVATE kiosk::common nlohmann_json::nlohmann_json
                      PkgConfig::HTTPLIB Threads::Threads)
target_compile_definitions(platform_bench PRIVATE KIOSK_PLATFORM_BIN="$<TARGET_FILE:kiosk-platform>")
add_dependencies(platform_bench kiosk-platform)
kiosk_warnings(platform_bench)
