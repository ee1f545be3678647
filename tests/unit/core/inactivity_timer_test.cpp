// The inactivity timer on its own: when the countdown starts, how it counts, what stops it.
#include "kiosk/core/inactivity_timer.hpp"

#include <gtest/gtest.h>

namespace nanhai::kiosk::core {
namespace {

using namespace std::chrono_literals;
using Phase = InactivityTimer::Phase;

const CoreTime t0 = CoreTime{} + 1000h;

TEST(CoreInactivityTimer, OffUntilArmed) {
    InactivityTimer timer{90s, 20s};
    EXPECT_EQ(timer.update(t0 + 1000s), Phase::off);
    EXPECT_FALSE(timer.seconds_left(t0 + 1000s));
}

TEST(CoreInactivityTimer, CountdownStartsAfterInactivityAndExpires) {
    InactivityTimer timer{90s, 20s};
    timer.arm(t0);
    EXPECT_EQ(timer.update(t0 + 89s), Phase::watching);
    EXPECT_EQ(timer.update(t0 + 90s), Phase::counting_down);
    EXPECT_EQ(timer.seconds_left(t0 + 90s), 20);
    EXPECT_EQ(timer.seconds_left(t0 + 90s + 500ms), 20);  // rounded up: never shows 0 early
    EXPECT_EQ(timer.update(t0 + 109s), Phase::counting_down);
    EXPECT_EQ(timer.seconds_left(t0 + 109s), 1);
    EXPECT_EQ(timer.update(t0 + 110s), Phase::expired);
}

TEST(CoreInactivityTimer, ALateTickStillShowsTheWholeCountdown) {
    InactivityTimer timer{90s, 20s};
    timer.arm(t0);
    EXPECT_EQ(timer.update(t0 + 300s), Phase::counting_down);
    EXPECT_EQ(timer.seconds_left(t0 + 300s), 20);
}

TEST(CoreInactivityTimer, ActivityCancelsTheCountdown) {
    InactivityTimer timer{90s, 20s};
    timer.arm(t0);
    timer.update(t0 + 95s);
    timer.activity(t0 + 100s);
    EXPECT_EQ(timer.update(t0 + 150s), Phase::watching);
    EXPECT_EQ(timer.update(t0 + 190s), Phase::counting_down);
}

TEST(CoreInactivityTimer, HeldWhileTheKioskIsBusy) {
    InactivityTimer timer{90s, 20s};
    timer.arm(t0);
    timer.hold(true, t0 + 10s);
    EXPECT_EQ(timer.update(t0 + 500s), Phase::watching);
    timer.hold(false, t0 + 500s);
    EXPECT_EQ(timer.update(t0 + 589s), Phase::watching);
    EXPECT_EQ(timer.update(t0 + 590s), Phase::counting_down);
}

TEST(CoreInactivityTimer, DisarmStopsEverything) {
    InactivityTimer timer{90s, 20s};
    timer.arm(t0);
    timer.update(t0 + 95s);
    timer.disarm();
    EXPECT_EQ(timer.update(t0 + 1000s), Phase::off);
}

}  // namespace
}  // namespace nanhai::kiosk::core
