// The umockdev evdev keyboard (see fake_evdev_keyboard.hpp).
#include "tests/integration/usb/fake_evdev_keyboard.hpp"

#include <errno.h>
#include <linux/input.h>
#include <unistd.h>
#include <umockdev.h>

#include <cstring>
#include <stdexcept>

#include "drivers/scanner/keyboard_wedge.hpp"

namespace nanhai::test {

int FakeEvdevKeyboard::handle_ioctl(_UMockdevIoctlBase*, _UMockdevIoctlClient* client, void* self_ptr) {
    auto* self = static_cast<FakeEvdevKeyboard*>(self_ptr);
    const auto request = umockdev_ioctl_client_get_request(client);
    if (request == EVIOCGRAB) {
        if (self->refuse_grab_) {
            umockdev_ioctl_client_complete(client, -1, EBUSY);
            return TRUE;
        }
        self->grabbed_ = true;  // the release on close comes through here too; a test looks before
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
    }
    umockdev_ioctl_client_complete(client, -1, ENOTTY);
    return TRUE;
}

FakeEvdevKeyboard::FakeEvdevKeyboard() {
    testbed_ = umockdev_testbed_new();
    const char* device =
        "P: /devices/virtual/input/input7/event7\nN: input/event7\nE: SUBSYSTEM=input\n"
        "E: DEVNAME=/dev/input/event7\nE: ID_INPUT=1\nE: ID_INPUT_KEYBOARD=1\n";
    if (!umockdev_testbed_add_from_string(testbed_, device, nullptr)) throw std::runtime_error{"umockdev: cannot add event7"};
    dev_fd_ = umockdev_testbed_get_dev_fd(testbed_, kDevicePath);
    handler_ = umockdev_ioctl_base_new();
    g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(&FakeEvdevKeyboard::handle_ioctl), this);
    umockdev_testbed_attach_ioctl(testbed_, kDevicePath, handler_, nullptr);
}

FakeEvdevKeyboard::~FakeEvdevKeyboard() {
    umockdev_testbed_detach_ioctl(testbed_, kDevicePath, nullptr);
    g_clear_object(&handler_);
    g_clear_object(&testbed_);
}

void FakeEvdevKeyboard::write_event(int type, int code, int value) {
    input_event event{};
    event.type = static_cast<__u16>(type);
    event.code = static_cast<__u16>(code);
    event.value = value;
    if (::write(dev_fd_, &event, sizeof event) != static_cast<ssize_t>(sizeof event)) throw std::runtime_error{"umockdev: write"};
}

void FakeEvdevKeyboard::key(int code, int value) {
    write_event(EV_MSC, MSC_SCAN, code);
    write_event(EV_KEY, code, value);
    write_event(EV_SYN, SYN_REPORT, 0);
}

// The inverse of the driver's US table: which key (and Shift or not) types each character.
void FakeEvdevKeyboard::type(const std::string& ascii, bool enter) {
    for (char c : ascii) {
        bool found = false;
        for (int code = 1; code <= KEY_SPACE && !found; ++code)
            for (bool shift : {false, true})
                if (drivers::scanner::us_character(static_cast<std::uint16_t>(code), shift) == c) {
                    if (shift) key(KEY_LEFTSHIFT, 1);
                    key(code, 1);
                    key(code, 0);
                    if (shift) key(KEY_LEFTSHIFT, 0);
                    found = true;
                    break;
                }
        if (!found) throw std::invalid_argument{"a US keyboard cannot type this character"};
    }
    if (enter) {
        key(KEY_ENTER, 1);
        key(KEY_ENTER, 0);
    }
}

}  // namespace nanhai::test
