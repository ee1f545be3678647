// A keyboard-wedge scanner as an evdev device, emulated with umockdev (there is no /dev/uinput
// on CI): the testbed adds /dev/input/event7 with its sysfs entry; EVIOCGRAB goes to an ioctl
// handler that records the grab (and can refuse it, as when another program holds the
// keyboard); type() writes the key events a US-layout wedge sends for a text, Enter last.
#pragma once

#include <atomic>
#include <string>

struct _UMockdevTestbed;
struct _UMockdevIoctlBase;
struct _UMockdevIoctlClient;

namespace nanhai::test {

class FakeEvdevKeyboard {
public:
    static constexpr const char* kDevicePath = "/dev/input/event7";

    FakeEvdevKeyboard();
    ~FakeEvdevKeyboard();
    FakeEvdevKeyboard(const FakeEvdevKeyboard&) = delete;
    FakeEvdevKeyboard& operator=(const FakeEvdevKeyboard&) = delete;

    // Each character as press/release (with Shift where the US layout needs it), then Enter.
    void type(const std::string& ascii, bool enter = true);
    void key(int code, int value);
    bool grabbed() const { return grabbed_; }
    void refuse_grab(bool refuse) { refuse_grab_ = refuse; }

    static int handle_ioctl(_UMockdevIoctlBase* handler, _UMockdevIoctlClient* client, void* self);

private:
    void write_event(int type, int code, int value);

    _UMockdevTestbed* testbed_ = nullptr;
    _UMockdevIoctlBase* handler_ = nullptr;
    int dev_fd_ = -1;
    std::atomic<bool> grabbed_{false};
    std::atomic<bool> refuse_grab_{false};
};

}  // namespace nanhai::test
