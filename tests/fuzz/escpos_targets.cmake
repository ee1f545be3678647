# ESC/POS printers' parsers of outside bytes: real-time status answers, ASB packets and the
# reply stream.
if(TARGET kiosk_escpos)
  kiosk_fuzz_target(escpos_status_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/escpos_status_fuzz.cpp
    LIBS kiosk::escpos)
  kiosk_fuzz_target(escpos_replies_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/escpos_replies_fuzz.cpp
    LIBS kiosk::escpos)
endif()
