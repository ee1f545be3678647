// What a scanned text is, from its text alone: the kiosk's own slips and receipts, identity
// QRs, bare approval codes, anything else.
#include "kiosk/core/scanned_code.hpp"

#include <gtest/gtest.h>

namespace nanhai::kiosk::core {
namespace {

TEST(ScannedCode, ClassifiesEveryKind) {
    EXPECT_EQ(classify_scan("NH1|A|rk1|YY202612020001|NH-DISTRICT|2026-12-02|09:30|sig").kind, ScannedKind::appointment_slip);
    EXPECT_EQ(classify_scan("NH1|A|rk1|YY202612020001|NH-DISTRICT|2026-12-02|09:30|sig").reference, "YY202612020001");
    const auto receipt = classify_scan("NH1|R|rk1|440605261118103000010|NHSL2026112400001|20261124|GAJ-002|sig");
    EXPECT_EQ(receipt.kind, ScannedKind::acceptance_receipt);
    EXPECT_EQ(receipt.reference, "440605261118103000010");
    EXPECT_EQ(classify_scan("440605261130102000010").kind, ScannedKind::approval_code);
    EXPECT_EQ(classify_scan("440605261130102000011").kind, ScannedKind::unknown) << "wrong check character";
    EXPECT_EQ(classify_scan("NHID1.abc.def").kind, ScannedKind::identity_qr);
}

TEST(ScannedCode, NearMissesAreUnknown) {
    for (const char* text : {"", "NH1", "NH1|A", "NH1|A|rk1", "NH1|A|rk1||x|sig", "NH2|A|rk1|YY1|x|sig", "NH1|Z|rk1|YY1|x|sig",
                             "https://example.com", "||||", "nh1|a|rk1|YY1|x|sig"})
        EXPECT_EQ(classify_scan(text).kind, ScannedKind::unknown) << text;
}

}  // namespace
}  // namespace nanhai::kiosk::core
