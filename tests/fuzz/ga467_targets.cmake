# The GA/T 467 reader's parsers of outside bytes: frames from the serial line, the text block.
if(TARGET kiosk_ga467)
  kiosk_fuzz_target(ga467_frame_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/ga467_frame_fuzz.cpp
    LIBS kiosk::ga467)
  kiosk_fuzz_target(ga467_text_block_fuzz
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/ga467_text_block_fuzz.cpp
    LIBS kiosk::ga467)
endif()
