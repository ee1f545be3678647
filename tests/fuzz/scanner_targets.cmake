# Code scanners' parsers of outside bytes: HID POS reports and scanned text, keyboard-wedge
# key events.
if(TARGET kiosk_scanner)
  kiosk_fuzz_target(scanner_report_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/scanner_report_fuzz.cpp
    LIBS kiosk::scanner)
  kiosk_fuzz_target(keyboard_wedge_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/keyboard_wedge_fuzz.cpp
    LIBS kiosk::scanner)
endif()
