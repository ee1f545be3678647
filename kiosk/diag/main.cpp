#include "kiosk/diag/diag.hpp"

int main(int argc, char** argv) { return nanhai::kiosk::diag::diag_main(argc, argv); }
