// The simulator control language: every command parses to what it means; anything else is a
// clear error (and, being a parse error, cannot change a device).
#include "drivers/sim/sim_command.hpp"

#include <gtest/gtest.h>

#include "drivers/sim/sim_command_runner.hpp"

namespace nanhai::drivers {
namespace {

SimCommand parsed(std::string_view line) {
    auto command = parse_sim_command(line);
    EXPECT_TRUE(command) << line << ": " << (command ? "" : command.error());
    return command ? *command : SimCommand{SimStatusQuery{}};
}

std::string error_of(std::string_view line) {
    auto command = parse_sim_command(line);
    EXPECT_FALSE(command) << line;
    return command ? "" : command.error();
}

TEST(SimCommandParse, CardCommands) {
    EXPECT_EQ(parsed("card insert citizen"), SimCommand{SimCardInsert{"citizen"}});
    EXPECT_EQ(parsed("card remove"), SimCommand{SimCardRemove{}});
    EXPECT_EQ(parsed("card pull-mid-read hk-permit"), SimCommand{SimCardPullMidRead{"hk-permit"}});
}

TEST(SimCommandParse, LineEndsAndExtraSpacesAreTolerated) {
    EXPECT_EQ(parsed("card insert citizen\n"), SimCommand{SimCardInsert{"citizen"}});
    EXPECT_EQ(parsed("  card   insert   citizen \r\n"), SimCommand{SimCardInsert{"citizen"}});
    EXPECT_EQ(parsed("status\r\n"), SimCommand{SimStatusQuery{}});
}

TEST(SimCommandParse, ScanKeepsTheRestOfTheLineVerbatim) {
    EXPECT_EQ(parsed("scan NHID:1:abc def"), SimCommand{SimScan{"NHID:1:abc def"}});
    EXPECT_EQ(parsed("scan   https://x.example/?a=1&b=2\n"),
              SimCommand{SimScan{"https://x.example/?a=1&b=2"}});
    EXPECT_EQ(parsed("scan 预约码 A-0001"), SimCommand{SimScan{"预约码 A-0001"}});
}

TEST(SimCommandParse, PrinterConditions) {
    EXPECT_EQ(parsed("printer ok"), SimCommand{SimPrinterSet{SimPrinterCondition::ok}});
    EXPECT_EQ(parsed("printer paper-low"),
              SimCommand{SimPrinterSet{SimPrinterCondition::paper_low}});
    EXPECT_EQ(parsed("printer paper-out"),
              SimCommand{SimPrinterSet{SimPrinterCondition::paper_out}});
    EXPECT_EQ(parsed("printer cover-open"),
              SimCommand{SimPrinterSet{SimPrinterCondition::cover_open}});
}

TEST(SimCommandParse, EmptyAndUnknownCommandsAreErrors) {
    EXPECT_EQ(error_of(""), "empty command");
    EXPECT_EQ(error_of("   \n"), "empty command");
    EXPECT_NE(error_of("eject").find("unknown command 'eject'"), std::string::npos);
    EXPECT_NE(error_of("CARD insert citizen").find("unknown command"), std::string::npos);
}

TEST(SimCommandParse, MalformedCardCommandsAreErrors) {
    EXPECT_NE(error_of("card").find("usage"), std::string::npos);
    EXPECT_NE(error_of("card insert").find("needs one card name"), std::string::npos);
    EXPECT_NE(error_of("card insert a b").find("needs one card name"), std::string::npos);
    EXPECT_NE(error_of("card pull-mid-read").find("needs one card name"), std::string::npos);
    EXPECT_NE(error_of("card remove now").find("no arguments"), std::string::npos);
    EXPECT_NE(error_of("card eject").find("usage"), std::string::npos);
}

TEST(SimCommandParse, MalformedPrinterScanAndStatusAreErrors) {
    EXPECT_NE(error_of("printer").find("usage"), std::string::npos);
    EXPECT_NE(error_of("printer jammed").find("usage"), std::string::npos);
    EXPECT_NE(error_of("printer ok now").find("usage"), std::string::npos);
    EXPECT_NE(error_of("scan").find("needs the text"), std::string::npos);
    EXPECT_NE(error_of("scan    ").find("needs the text"), std::string::npos);
    EXPECT_NE(error_of("status all").find("no arguments"), std::string::npos);
}

TEST(SimCommandParse, ControlCharactersAreRefused) {
    EXPECT_NE(error_of(std::string_view{"scan a\0b", 8}).find("control"), std::string::npos);
    EXPECT_NE(error_of("scan a\tb").find("control"), std::string::npos);
    EXPECT_NE(error_of("card insert citizen\nstatus").find("control"), std::string::npos);
}

TEST(SimCommandRun, WithoutDevicesEveryCommandSaysWhatIsMissing) {
    const SimDeviceRefs none;
    EXPECT_EQ(handle_sim_control_line("card insert citizen", none),
              "error no simulated identity reader");
    EXPECT_EQ(handle_sim_control_line("scan x", none), "error no simulated code scanner");
    EXPECT_EQ(handle_sim_control_line("printer ok", none), "error no simulated receipt printer");
    EXPECT_EQ(handle_sim_control_line("status", none), "ok no simulated devices");
    EXPECT_EQ(handle_sim_control_line("bogus", none).rfind("error unknown command", 0), 0u);
}

}  // namespace
}  // namespace nanhai::drivers
