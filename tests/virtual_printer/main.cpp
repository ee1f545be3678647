// virtual-escpos-printer: the virtual ESC/POS network printer as a program, for the demo and
// for trying the driver by hand. Slips go to --out as PNG; paper and cover are switched by
// lines on standard input: "paper ok|near-end|out", "cover open|closed", "quit".
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <string>

#include "tests/virtual_printer/virtual_escpos_printer.hpp"

namespace {

int usage() {
    std::cerr << "usage: virtual-escpos-printer [--host 127.0.0.1] [--port 9100] [--out DIR] [--width 576|384] [--no-gs-r]\n";
    return 2;
}

void apply_command(nanhai::test::VirtualEscposPrinter& printer, const std::string& line) {
    using nanhai::test::PaperCondition;
    if (line == "paper ok") printer.set_paper(PaperCondition::ok);
    else if (line == "paper near-end") printer.set_paper(PaperCondition::near_end);
    else if (line == "paper out") printer.set_paper(PaperCondition::out);
    else if (line == "cover open") printer.set_cover_open(true);
    else if (line == "cover closed") printer.set_cover_open(false);
    else if (!line.empty()) std::cerr << "unknown command: " << line << "\n";
}

}  // namespace

int main(int argc, char** argv) {
    nanhai::test::VirtualPrinterOptions options;
    options.port = 9100;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--no-gs-r") {  // a low-cost model: DLE EOT, no GS r
            options.answers_gs_r = false;
            continue;
        }
        if (i + 1 >= argc) return usage();
        const std::string value = argv[++i];
        if (arg == "--host") options.host = value;
        else if (arg == "--port") options.port = std::atoi(value.c_str());
        else if (arg == "--out") options.output_dir = value;
        else if (arg == "--width") options.width_dots = std::atoi(value.c_str());
        else return usage();
    }
    auto printer = nanhai::test::VirtualEscposPrinter::start(options);
    if (!printer) {
        std::cerr << "virtual-escpos-printer: " << printer.error() << "\n";
        return 1;
    }
    std::cout << "listening on " << (*printer)->uri() << std::endl;
    std::string line;
    while (std::getline(std::cin, line) && line != "quit") apply_command(**printer, line);
    return 0;
}
