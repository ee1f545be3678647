kiosk_fuzz_target(platform_request_fuzz
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/platform_request_fuzz.cpp
  LIBS kiosk::platform)
