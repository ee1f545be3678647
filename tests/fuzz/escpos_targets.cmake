# ESC/POS printers' parsers of outside bytes: real-time status answers.
if(TARGET kiosk_escpos)
  kiosk_fuzz_target(escpos_status_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/escpos_status_fuzz.cpp
    LIBS kiosk::escpos)
endif()
