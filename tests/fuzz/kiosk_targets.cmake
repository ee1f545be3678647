# The kiosk's parsers of outside bytes: platform answers (the client's typed parsers), scanned
# codes, and the simulated devices' control lines.
if(TARGET kiosk_platform_client)
  kiosk_fuzz_target(platform_response_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/platform_response_fuzz.cpp
    LIBS kiosk::platform_client)
endif()
if(TARGET kiosk_core)
  kiosk_fuzz_target(scanned_code_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/scanned_code_fuzz.cpp
    LIBS kiosk::core)
endif()
if(TARGET kiosk_sim_drivers)
  kiosk_fuzz_target(sim_command_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/sim_command_fuzz.cpp
    LIBS kiosk::sim_drivers)
endif()
