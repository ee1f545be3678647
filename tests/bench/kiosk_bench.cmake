# Frame time of the kiosk's screens through SDL's software renderer at 1080p (headless), and the
# cost of building and growing the font atlas.
if(TARGET kiosk_screens)
  add_executable(kiosk_frame_bench ${CMAKE_CURRENT_SOURCE_DIR}/kiosk_frame_bench.cpp
                 ${PROJECT_SOURCE_DIR}/tests/unit/ui/screen_samples.cpp)
  target_link_libraries(kiosk_frame_bench PRIVATE kiosk::screens kiosk::ui kiosk::core)
  target_include_directories(kiosk_frame_bench PRIVATE ${PROJECT_SOURCE_DIR})
  kiosk_warnings(kiosk_frame_bench)
endif()

# The GA/T 467 driver over a pty with the simulated SAM's realistic delays.
if(TARGET kiosk_ga467 AND TARGET kiosk_test_support)
  add_executable(ga467_bench ${CMAKE_CURRENT_SOURCE_DIR}/ga467_bench.cpp)
  target_link_libraries(ga467_bench PRIVATE kiosk::ga467 kiosk_test_support)
  kiosk_warnings(ga467_bench)
endif()
if(TARGET kiosk_pcsc AND TARGET kiosk_test_support)
  add_executable(pcsc_bench ${CMAKE_CURRENT_SOURCE_DIR}/pcsc_bench.cpp)
  target_link_libraries(pcsc_bench PRIVATE kiosk::pcsc kiosk_test_support)
  kiosk_warnings(pcsc_bench)
endif()

# Receipt encoding per ESC/POS strategy, a job over TCP to the virtual printer, camera frames.
if(TARGET kiosk_escpos AND TARGET kiosk_receipts AND TARGET kiosk_virtual_printer)
  add_executable(receipt_bench ${CMAKE_CURRENT_SOURCE_DIR}/receipt_bench.cpp)
  target_link_libraries(receipt_bench PRIVATE kiosk::escpos kiosk::receipts kiosk::scanner kiosk::virtual_printer
                        kiosk::device_transports)
  target_include_directories(receipt_bench PRIVATE ${PROJECT_SOURCE_DIR})
  kiosk_warnings(receipt_bench)
endif()
