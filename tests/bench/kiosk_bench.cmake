# Frame time of the kiosk's screens through SDL's software renderer at 1080p (headless), and the
# cost of building and growing the font atlas.
if(TARGET kiosk_screens)
  add_executable(kiosk_frame_bench ${CMAKE_CURRENT_SOURCE_DIR}/kiosk_frame_bench.cpp
                 ${PROJECT_SOURCE_DIR}/tests/unit/ui/screen_samples.cpp)
  target_link_libraries(kiosk_frame_bench PRIVATE kiosk::screens kiosk::ui kiosk::core)
  target_include_directories(kiosk_frame_bench PRIVATE ${PROJECT_SOURCE_DIR})
  kiosk_warnings(kiosk_frame_bench)
endif()
