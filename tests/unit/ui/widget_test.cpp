// Widgets driven the way headless scripts drive them: tap a widget by id through the
// registry (a mouse press and release at its centre) and get that widget's intent.
#include <gtest/gtest.h>

#include "kiosk/ui/widget_registry.hpp"
#include "kiosk/ui/widgets/keypad.hpp"
#include "kiosk/ui/widgets/row_list.hpp"
#include "kiosk/ui/widgets/screen_window.hpp"
#include "tests/unit/ui/ui_test_support.hpp"

namespace nanhai::kiosk::ui {
namespace {

struct Size {
    int w;
    int h;
};
constexpr Size kLandscape{1920, 1080};
constexpr Size kPortrait{1080, 1920};

class WidgetTest : public ::testing::Test {
protected:
    void SetUp() override {
        renderer_ = test::UiTestEnv::get().renderer.get();
        ASSERT_NE(renderer_, nullptr);
    }

    // Draws the frame once (so the registry knows the widgets), then taps.
    Result<MaybeIntent, std::string> tap(const std::string& id, const DrawFn& draw,
                                         Size size = kLandscape) {
        renderer_->step(size.w, size.h, draw);
        return renderer_->tap(id, size.w, size.h, draw);
    }

    HeadlessRenderer* renderer_ = nullptr;
};

TEST_F(WidgetTest, TappingAHomeButtonGivesItsIntent) {
    const auto draw = test::gallery_frame(GalleryScreen::home, "zh-CN", UiMode::normal);
    for (const auto& [id, value] : {std::pair{"home.book", "book"}, {"home.credit", "credit"},
                                    {"home.case_query", "case_query"}}) {
        const auto intent = tap(id, draw);
        ASSERT_TRUE(intent) << intent.error();
        EXPECT_EQ(*intent, (Intent{id, value}));
    }
}

TEST_F(WidgetTest, TappingWorksInEveryModeAndOrientation) {
    for (const UiMode mode : {UiMode::normal, UiMode::elder})
        for (const Size size : {kLandscape, kPortrait}) {
            const auto draw = test::gallery_frame(GalleryScreen::home, "en", mode);
            const auto intent = tap("home.guides", draw, size);
            ASSERT_TRUE(intent) << intent.error();
            EXPECT_EQ(*intent, (Intent{"home.guides", "guides"}));
        }
}

TEST_F(WidgetTest, KeypadKeysGiveTheirValues) {
    GalleryView view;
    view.keypad_entered = "12345";
    const auto draw = test::gallery_frame(GalleryScreen::keypad, "zh-CN", UiMode::elder, view);
    EXPECT_EQ(*tap("keypad.5", draw), (Intent{"keypad.5", "5"}));
    EXPECT_EQ(*tap("keypad.0", draw), (Intent{"keypad.0", "0"}));
    EXPECT_EQ(*tap("keypad.x", draw), (Intent{"keypad.x", "X"}));
    EXPECT_EQ(*tap("keypad.backspace", draw), (Intent{"keypad.backspace", ""}));
    EXPECT_EQ(*tap("keypad.clear", draw), (Intent{"keypad.clear", ""}));
    EXPECT_EQ(*tap("keypad.ok", draw), (Intent{"keypad.ok", "12345"}));
}

TEST_F(WidgetTest, DisabledKeysCannotBeTapped) {
    GalleryView view;
    view.keypad_entered = "";  // the gallery enables OK from four characters on
    const auto draw = test::gallery_frame(GalleryScreen::keypad, "zh-CN", UiMode::normal, view);
    const auto result = tap("keypad.ok", draw);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().find("disabled"), std::string::npos);
}

TEST_F(WidgetTest, TitleBarSwitchesLanguageAndElderMode) {
    const auto normal = test::gallery_frame(GalleryScreen::home, "zh-CN", UiMode::normal);
    EXPECT_EQ(*tap("title.lang.en", normal), (Intent{"title.lang.en", "en"}));
    EXPECT_EQ(*tap("title.elder", normal), (Intent{"title.elder", "on"}));
    const auto elder = test::gallery_frame(GalleryScreen::keypad, "en", UiMode::elder);
    EXPECT_EQ(*tap("title.lang.zh-CN", elder), (Intent{"title.lang.zh-CN", "zh-CN"}));
    EXPECT_EQ(*tap("title.elder", elder), (Intent{"title.elder", "off"}));
    EXPECT_EQ(*tap("title.back", elder), (Intent{"title.back", ""}));
}

TEST_F(WidgetTest, CountdownBannerBlocksTheScreenBelowIt) {
    const auto draw = test::gallery_frame(GalleryScreen::countdown, "zh-CN", UiMode::normal);
    EXPECT_EQ(*tap("countdown.continue", draw), (Intent{"countdown.continue", ""}));
    EXPECT_EQ(*tap("countdown.finish", draw), (Intent{"countdown.finish", ""}));
    EXPECT_FALSE(tap("home.book", draw));  // covered by the banner
}

TEST_F(WidgetTest, ErrorPanelActionsGiveTheirIntents) {
    const auto draw = test::gallery_frame(GalleryScreen::printer_no_paper, "en", UiMode::elder);
    EXPECT_EQ(*tap("error.ask_staff", draw, kPortrait), (Intent{"error.ask_staff", ""}));
    EXPECT_EQ(*tap("error.ok", draw, kPortrait), (Intent{"error.ok", ""}));
}

TEST_F(WidgetTest, UnknownWidgetIsAnErrorNamingIt) {
    const auto draw = test::gallery_frame(GalleryScreen::home, "zh-CN", UiMode::normal);
    const auto result = tap("home.nothing", draw);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().find("home.nothing"), std::string::npos);
}

TEST_F(WidgetTest, RowListPagesAndSelectsRows) {
    RowListView view{"appointments.halls", {}, 0};
    for (int i = 0; i < 12; ++i)
        view.rows.push_back({"H" + std::to_string(i), "大厅 " + std::to_string(i), "", i == 1, i != 2});
    const auto draw = [&view](FrameContext& frame) {
        const Theme theme = Theme::normal();
        Ui ui(theme, test::UiTestEnv::get().zh, frame.fonts, frame.registry, frame.width, frame.height);
        ScreenWindow window(ui, "rows");
        return row_list(ui, view, ui.layout.content());
    };
    EXPECT_EQ(*tap("appointments.halls.H1", draw), (Intent{"appointments.halls.H1", "H1"}));
    EXPECT_FALSE(tap("appointments.halls.H2", draw));  // disabled row (e.g. fully booked)
    EXPECT_FALSE(tap("appointments.halls.prev", draw));  // first page
    EXPECT_EQ(*tap("appointments.halls.next", draw), (Intent{"appointments.halls.next", "1"}));
    view.page = 1;
    renderer_->step(kLandscape.w, kLandscape.h, draw);
    EXPECT_FALSE(renderer_->registry().find("appointments.halls.H0"));
    EXPECT_TRUE(renderer_->registry().find("appointments.halls.H11"));
}

// Every widget of every gallery screen: unique id, inside the display, big enough to hit,
// and not overlapping another enabled widget (the signs of a layout that does not fit).
TEST_F(WidgetTest, GalleryWidgetsFitTheDisplayWithoutOverlap) {
    for (const GalleryScreen screen : kGalleryScreens)
        for (const UiMode mode : {UiMode::normal, UiMode::elder})
            for (const std::string lang : {"zh-CN", "en"})
                for (const Size size : {kLandscape, kPortrait}) {
                    renderer_->step(size.w, size.h, test::gallery_frame(screen, lang, mode));
                    const auto& reg = renderer_->registry();
                    const std::string where = std::string(gallery_screen_id(screen)) + " " + lang +
                                              (mode == UiMode::elder ? " elder " : " normal ") +
                                              std::to_string(size.w);
                    EXPECT_TRUE(reg.duplicates().empty()) << where;
                    const float min_h = Theme::for_mode(mode).metrics.min_target * 0.9f;
                    for (const auto& w : reg.widgets()) {
                        EXPECT_GE(w.rect.x, 0) << where << " " << w.id;
                        EXPECT_GE(w.rect.y, 0) << where << " " << w.id;
                        EXPECT_LE(w.rect.right(), static_cast<float>(size.w)) << where << " " << w.id;
                        EXPECT_LE(w.rect.bottom(), static_cast<float>(size.h)) << where << " " << w.id;
                        EXPECT_GE(w.rect.h, min_h) << where << " " << w.id;
                    }
                    for (const auto& a : reg.widgets())
                        for (const auto& b : reg.widgets()) {
                            if (&a == &b || !a.enabled || !b.enabled) continue;
                            const bool overlap = a.rect.x < b.rect.right() && b.rect.x < a.rect.right() &&
                                                 a.rect.y < b.rect.bottom() && b.rect.y < a.rect.bottom();
                            EXPECT_FALSE(overlap) << where << " " << a.id << " / " << b.id;
                        }
                }
}

TEST(WidgetRegistryTest, RecordsDuplicatesAndResetsPerFrame) {
    WidgetRegistry reg;
    reg.add("a", {0, 0, 10, 10});
    reg.add("a", {20, 0, 10, 10});
    reg.add("b", {0, 20, 10, 10}, false);
    EXPECT_EQ(reg.duplicates(), std::vector<std::string>{"a"});
    EXPECT_EQ(reg.find("a")->rect.x, 0);
    EXPECT_FALSE(reg.find("b")->enabled);
    reg.disable_all();
    EXPECT_FALSE(reg.find("a")->enabled);
    reg.begin_frame();
    EXPECT_TRUE(reg.widgets().empty());
    EXPECT_TRUE(reg.duplicates().empty());
}

TEST(WidgetRegistryTest, KeypadGroupsLongCodesInFours) {
    EXPECT_EQ(group_digits("4406052024"), "4406 0520 24");
    EXPECT_EQ(group_digits("1234"), "1234");
    EXPECT_EQ(group_digits(""), "");
}

}  // namespace
}  // namespace nanhai::kiosk::ui
