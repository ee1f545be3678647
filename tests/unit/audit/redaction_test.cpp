// Personal data redacted by category before any record is written: identifiers masked as on
// receipts, names shortened, addresses dropped, free text and scanned codes by length only,
// and an ID number or mobile number inside any other field masked too.
#include <gtest/gtest.h>

#include "kiosk/audit/audit_sink.hpp"
#include "kiosk/audit/redaction.hpp"

namespace nanhai::kiosk::audit {
namespace {

std::string value_of(const std::vector<std::pair<std::string, std::string>>& fields, const std::string& key) {
    for (const auto& [k, v] : fields)
        if (k == key) return v;
    return "<absent>";
}

TEST(Redaction, EachCategoryIsRedactedItsOwnWay) {
    const std::vector<LogField> fields{{"id_number", "440605198803120528"},
                                       {"name", "陈美玲"},
                                       {"holder_name", "欧阳娜娜"},
                                       {"phone", "13800138000"},
                                       {"address", "佛山市南海区桂城街道南海大道北 1 号"},
                                       {"home_address", "x"},
                                       {"statement", "我那天在医院，有证明"},
                                       {"payload", "NH1|I|440605198803120528|sig"},
                                       {"job", "7"}};
    const auto out = redact_fields(fields);
    EXPECT_EQ(value_of(out, "id_number"), "4406**********0528");
    EXPECT_EQ(value_of(out, "name"), "陈*玲");
    EXPECT_EQ(value_of(out, "holder_name"), "欧**娜");
    EXPECT_EQ(value_of(out, "phone"), "138****8000");
    EXPECT_EQ(value_of(out, "address"), "<absent>");
    EXPECT_EQ(value_of(out, "home_address"), "<absent>");
    EXPECT_EQ(value_of(out, "statement"), "<30 bytes>");
    EXPECT_EQ(value_of(out, "payload"), "<28 bytes>");
    EXPECT_EQ(value_of(out, "job"), "7");
}

TEST(Redaction, AlreadyMaskedValuesStayAsTheyAre) {
    const std::vector<LogField> fields{{"id_number", "4406**********0528"}, {"name", "陈*玲"}};
    const auto out = redact_fields(fields);
    EXPECT_EQ(value_of(out, "id_number"), "4406**********0528");
    EXPECT_EQ(value_of(out, "name"), "陈*玲");
}

TEST(Redaction, NumbersInsideOtherFieldsAreMasked) {
    EXPECT_EQ(mask_embedded_numbers("reader said 44060519880312052X at 09:30"), "reader said 4406**********052X at 09:30");
    EXPECT_EQ(mask_embedded_numbers("call 13800138000 now"), "call 138****8000 now");
    EXPECT_EQ(mask_embedded_numbers("job 12, 20261204, NH2026112800017"), "job 12, 20261204, NH2026112800017");
    const std::vector<LogField> fields{{"error", "card 440605198803120528 refused"}};
    EXPECT_EQ(value_of(redact_fields(fields), "error"), "card 4406**********0528 refused");
}

TEST(Redaction, TheLineWrittenToStderrIsRedactedToo) {
    const std::vector<LogField> fields{{"id_number", "440605198803120528"}, {"reason", "bad \"quote\""}};
    const LogRecord record{LogLevel::warning, "core.sign_in.failed", fields, "unused"};
    EXPECT_EQ(redacted_line(record), "warning core.sign_in.failed id_number=4406**********0528 reason=\"bad \\\"quote\\\"\"");
}

}  // namespace
}  // namespace nanhai::kiosk::audit
