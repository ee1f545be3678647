// String tables: both languages have the same keys and placeholders, lookups of missing keys
// are visible and listed, placeholders are filled.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "tests/unit/ui/ui_test_support.hpp"

namespace nanhai::kiosk::ui {
namespace {

std::set<std::string> placeholders_of(const std::string& text) {
    static const std::regex placeholder(R"(\{([a-z_]+)\})");
    std::set<std::string> names;
    for (std::sregex_iterator it(text.begin(), text.end(), placeholder), end; it != end; ++it)
        names.insert((*it)[1]);
    return names;
}

TEST(StringTableTest, BothLanguagesHaveExactlyTheSameKeys) {
    const auto& env = test::UiTestEnv::get();
    ASSERT_FALSE(env.zh.keys().empty());
    EXPECT_EQ(env.zh.keys(), env.en.keys());
    for (const auto& key : env.zh.keys()) EXPECT_TRUE(env.en.contains(key)) << key;
    for (const auto& key : env.en.keys()) EXPECT_TRUE(env.zh.contains(key)) << key;
}

TEST(StringTableTest, NoTextIsEmptyAndPlaceholdersMatchAcrossLanguages) {
    const auto& env = test::UiTestEnv::get();
    for (const auto& [key, zh_text] : env.zh.entries()) {
        const std::string en_text = env.en.get(key);
        EXPECT_FALSE(zh_text.empty()) << key;
        EXPECT_FALSE(en_text.empty()) << key;
        EXPECT_EQ(placeholders_of(zh_text), placeholders_of(en_text)) << key;
    }
}

TEST(StringTableTest, EveryCitizenFlowHasItsKeys) {
    const auto& zh = test::UiTestEnv::get().zh;
    for (const char* key :
         {"home.book", "sign_in.id_card", "sign_in.mobile_qr", "sign_in.enterprise",
          "appt.no_show_rule", "appt.take_slip", "checkin.your_number", "case.enter_code",
          "case.stage.apply", "case.stage.pre_review", "case.stage.submission",
          "case.stage.acceptance", "case.stage.correction", "case.stage.special_procedure",
          "case.stage.decision", "case.stage.settlement", "case.stage.delivery",
          "case.stage.archive", "print.printing", "eval.reason.slow", "consult.complain",
          "credit.appeal", "guide.materials", "session.countdown_title", "session.finished_title",
          "error.printer_no_paper.todo", "error.platform_unreachable.what",
          "error.card_unreadable.todo", "error.card_expired.title"})
        EXPECT_TRUE(zh.contains(key)) << key;
}

TEST(StringTableTest, EvaluationLevelsAreTheFiveOfficialOnes) {
    const auto& zh = test::UiTestEnv::get().zh;
    EXPECT_EQ(zh.get("eval.level.1"), "非常满意");
    EXPECT_EQ(zh.get("eval.level.2"), "满意");
    EXPECT_EQ(zh.get("eval.level.3"), "基本满意");
    EXPECT_EQ(zh.get("eval.level.4"), "不满意");
    EXPECT_EQ(zh.get("eval.level.5"), "非常不满意");
    EXPECT_EQ(zh.get("session.countdown_title"), "还要继续吗？");
}

TEST(StringTableTest, MissingKeyIsVisibleAndListed) {
    auto table = StringTable::parse(R"({"a": "A"})", "xx");
    ASSERT_TRUE(table);
    EXPECT_EQ(table->get("a"), "A");
    EXPECT_EQ(table->get("no.such.key"), "\u3008no.such.key\u3009");
    table->get("another.missing");
    table->get("no.such.key");
    EXPECT_EQ(table->missing_keys(),
              (std::vector<std::string>{"another.missing", "no.such.key"}));
}

TEST(StringTableTest, FormatFillsNamedPlaceholders) {
    auto table = StringTable::parse(R"({"c": "{seconds} 秒后退出，{who}"})", "zh-CN");
    ASSERT_TRUE(table);
    EXPECT_EQ(table->format("c", {{"seconds", "20"}, {"who", "您"}}), "20 秒后退出，您");
    EXPECT_EQ(table->format("c", {{"seconds", "5"}}), "5 秒后退出，{who}");
    EXPECT_EQ(fill_placeholders("{a}{a} {b", {{"a", "x"}}), "xx {b");
}

TEST(StringTableTest, ParseRejectsNonStringValuesAndNonObjects) {
    const auto bad_value = StringTable::parse(R"({"a": 1})", "xx");
    ASSERT_FALSE(bad_value);
    EXPECT_EQ(bad_value.error(), "a: must be a string");
    EXPECT_FALSE(StringTable::parse("[1, 2]", "xx"));
    EXPECT_FALSE(StringTable::parse("{", "xx"));
    EXPECT_FALSE(StringTable::load("/nonexistent/zz.json"));
}

TEST(StringTableTest, LoadTakesTheLanguageFromTheFileName) {
    EXPECT_EQ(test::UiTestEnv::get().zh.language(), "zh-CN");
    EXPECT_EQ(test::UiTestEnv::get().en.language(), "en");
}

}  // namespace
}  // namespace nanhai::kiosk::ui
