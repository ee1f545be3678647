// The kiosk executable: everything is in kiosk_main.cpp (and testable without a process).
#include "kiosk/app/kiosk_main.hpp"

int main(int argc, char** argv) { return nanhai::kiosk::app::kiosk_main(argc, argv); }
