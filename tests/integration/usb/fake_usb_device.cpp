// The umockdev fake USB device (see fake_usb_device.hpp).
#include "tests/integration/usb/fake_usb_device.hpp"

#include <errno.h>
#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>
#include <umockdev.h>

#include <algorithm>
#include <array>

namespace nanhai::test {
namespace {

constexpr const char* kDevicePath = "/dev/bus/usb/001/001";
constexpr const char* kSysPath = "/sys/devices/usb1";

usbdevfs_urb* urb_of(UMockdevIoctlData* data) { return reinterpret_cast<usbdevfs_urb*>(data->data); }

}  // namespace

int FakeUsbDevice::handle_ioctl(_UMockdevIoctlBase*, _UMockdevIoctlClient* client, void* self) {
    return static_cast<FakeUsbDevice*>(self)->on_ioctl(client) ? TRUE : FALSE;
}

FakeUsbDevice::FakeUsbDevice(std::string descriptors_hex, std::size_t packet_size)
    : descriptors_{std::move(descriptors_hex)}, packet_size_{packet_size} {
    testbed_ = umockdev_testbed_new();
    handler_ = umockdev_ioctl_base_new();
    g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(&FakeUsbDevice::handle_ioctl), this);
    // Attached once: after an unplug the handler answers ENODEV, as the kernel does for a
    // file descriptor whose device has gone.
    umockdev_testbed_attach_ioctl(testbed_, kDevicePath, handler_, nullptr);
}

FakeUsbDevice::~FakeUsbDevice() {
    unplug();
    umockdev_testbed_detach_ioctl(testbed_, kDevicePath, nullptr);
    g_clear_object(&handler_);
    g_clear_object(&testbed_);
    std::lock_guard lock{mutex_};
    for (auto* d : done_) umockdev_ioctl_data_unref(d);
    for (auto* d : waiting_in_) umockdev_ioctl_data_unref(d);
}

void FakeUsbDevice::plug() {
    {
        std::lock_guard lock{mutex_};
        if (plugged_) return;
        plugged_ = true;
        to_host_.clear();
        on_plug();
    }
    const std::string device = std::string{"P: /devices/usb1\nN: bus/usb/001/001\nE: SUBSYSTEM=usb\nE: DRIVER=usb\n"
                                           "E: BUSNUM=001\nE: DEVNUM=001\nE: DEVNAME=/dev/bus/usb/001/001\n"
                                           "E: DEVTYPE=usb_device\nA: bConfigurationValue=1\\n\nA: busnum=1\\n\n"
                                           "A: devnum=1\\n\nA: speed=12\\n\nH: descriptors="} +
                               descriptors_ + "\n";
    umockdev_testbed_add_from_string(testbed_, device.c_str(), nullptr);
}

void FakeUsbDevice::unplug() {
    {
        std::lock_guard lock{mutex_};
        if (!plugged_) return;
        plugged_ = false;
        // As the kernel does on a disconnect: URBs in flight complete with -ESHUTDOWN and can
        // still be reaped; only then does the file descriptor answer ENODEV. (Without this,
        // libusb waits forever for an URB whose cancel failed.)
        for (auto* urb_data : waiting_in_) {
            urb_of(urb_data)->status = -ESHUTDOWN;
            urb_of(urb_data)->actual_length = 0;
            done_.push_back(urb_data);
        }
        waiting_in_.clear();
    }
    umockdev_testbed_uevent(testbed_, kSysPath, "remove");
    umockdev_testbed_remove_device(testbed_, kSysPath);
}

void FakeUsbDevice::queue_in(std::span<const std::uint8_t> bytes) { to_host_.insert(to_host_.end(), bytes.begin(), bytes.end()); }

void FakeUsbDevice::send(std::span<const std::uint8_t> bytes) {
    std::lock_guard lock{mutex_};
    queue_in(bytes);
}

std::vector<std::uint8_t> FakeUsbDevice::received() const {
    std::lock_guard lock{mutex_};
    return from_host_;
}

bool FakeUsbDevice::on_ioctl(_UMockdevIoctlClient* client) {
    const auto request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    std::lock_guard lock{mutex_};
    const bool reaping = request == USBDEVFS_REAPURB || request == USBDEVFS_REAPURBNDELAY;
    if (!plugged_ && !(reaping && !done_.empty())) {
        umockdev_ioctl_client_complete(client, -1, ENODEV);
        return true;
    }
    switch (request) {
        case USBDEVFS_GET_CAPABILITIES: {
            UMockdevIoctlData* caps = umockdev_ioctl_data_resolve(arg, 0, sizeof(guint32), nullptr);
            *reinterpret_cast<guint32*>(caps->data) = USBDEVFS_CAP_BULK_CONTINUATION | USBDEVFS_CAP_NO_PACKET_SIZE_LIM |
                                                       USBDEVFS_CAP_REAP_AFTER_DISCONNECT;
            umockdev_ioctl_data_unref(caps);
            umockdev_ioctl_client_complete(client, 0, 0);
            return true;
        }
        case USBDEVFS_CLAIMINTERFACE:
        case USBDEVFS_RELEASEINTERFACE:
        case USBDEVFS_CLEAR_HALT:
        case USBDEVFS_RESET:
        case USBDEVFS_RESETEP:
        case USBDEVFS_DISCONNECT_CLAIM:
            umockdev_ioctl_client_complete(client, 0, 0);
            return true;
        case USBDEVFS_IOCTL:  // "is a kernel driver bound?": none
            umockdev_ioctl_client_complete(client, -1, ENODATA);
            return true;
        case USBDEVFS_GETDRIVER:
            umockdev_ioctl_client_complete(client, -1, ENODATA);
            return true;
        case USBDEVFS_SUBMITURB: {
            UMockdevIoctlData* urb_data = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
            usbdevfs_urb* urb = urb_of(urb_data);
            UMockdevIoctlData* buffer =
                umockdev_ioctl_data_resolve(urb_data, G_STRUCT_OFFSET(usbdevfs_urb, buffer), urb->buffer_length, nullptr);
            if (urb->type == USBDEVFS_URB_TYPE_CONTROL && urb->buffer_length >= 8) {
                // Setup packet first, then the data stage; the device answers at once.
                auto* bytes = reinterpret_cast<std::uint8_t*>(buffer->data);
                std::array<std::uint8_t, 8> setup{};
                std::copy_n(bytes, 8, setup.begin());
                const auto answer = on_control(setup);
                if (!answer) {
                    urb->status = -EPIPE;  // a stall: the request is not supported
                    urb->actual_length = 0;
                } else {
                    const std::size_t room = static_cast<std::size_t>(urb->buffer_length) - 8;
                    const std::size_t n = std::min(room, answer->size());
                    std::copy_n(answer->begin(), n, bytes + 8);
                    urb->status = 0;
                    urb->actual_length = static_cast<int>(n);
                }
                done_.push_back(urb_data);
                umockdev_ioctl_data_unref(buffer);
                umockdev_ioctl_client_complete(client, 0, 0);
                return true;
            }
            if (urb->type != USBDEVFS_URB_TYPE_BULK && urb->type != USBDEVFS_URB_TYPE_INTERRUPT) {
                umockdev_ioctl_data_unref(buffer);
                umockdev_ioctl_data_unref(urb_data);
                umockdev_ioctl_client_complete(client, -1, EINVAL);
                return true;
            }
            if (!(urb->endpoint & 0x80)) {  // OUT: the device takes the bytes (and may queue an answer)
                const auto* bytes = reinterpret_cast<const std::uint8_t*>(buffer->data);
                from_host_.insert(from_host_.end(), bytes, bytes + urb->buffer_length);
                on_out({bytes, static_cast<std::size_t>(urb->buffer_length)});
                urb->actual_length = urb->buffer_length;
                urb->status = 0;
                done_.push_back(urb_data);
            } else {
                waiting_in_.push_back(urb_data);
            }
            umockdev_ioctl_data_unref(buffer);
            umockdev_ioctl_client_complete(client, 0, 0);
            return true;
        }
        case USBDEVFS_REAPURB:
        case USBDEVFS_REAPURBNDELAY: {
            // IN URBs are filled from the queue, oldest first (one packet's worth each for
            // interrupt endpoints, whatever fits for bulk).
            while (!waiting_in_.empty() && !to_host_.empty()) {
                UMockdevIoctlData* urb_data = waiting_in_.front();
                waiting_in_.erase(waiting_in_.begin());
                usbdevfs_urb* urb = urb_of(urb_data);
                std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(urb->buffer_length), to_host_.size());
                if (urb->type == USBDEVFS_URB_TYPE_INTERRUPT) n = std::min(n, packet_size_);
                std::copy_n(to_host_.begin(), n, static_cast<std::uint8_t*>(urb->buffer));
                to_host_.erase(to_host_.begin(), to_host_.begin() + static_cast<std::ptrdiff_t>(n));
                urb->actual_length = static_cast<int>(n);
                urb->status = 0;
                done_.push_back(urb_data);
            }
            if (done_.empty()) {
                umockdev_ioctl_client_complete(client, -1, EAGAIN);
                return true;
            }
            UMockdevIoctlData* urb_data = done_.front();
            done_.erase(done_.begin());
            UMockdevIoctlData* pointer = umockdev_ioctl_data_resolve(arg, 0, sizeof(gpointer), nullptr);
            umockdev_ioctl_data_set_ptr(pointer, 0, urb_data);
            umockdev_ioctl_data_unref(pointer);
            umockdev_ioctl_data_unref(urb_data);
            umockdev_ioctl_client_complete(client, 0, 0);
            return true;
        }
        case USBDEVFS_DISCARDURB: {  // a timed-out read: it comes back with -ENOENT
            const auto address = reinterpret_cast<gulong>(*reinterpret_cast<void**>(arg->data));
            auto it = std::find_if(waiting_in_.begin(), waiting_in_.end(),
                                   [address](UMockdevIoctlData* d) { return d->client_addr == address; });
            if (it == waiting_in_.end()) {
                umockdev_ioctl_client_complete(client, -1, EINVAL);
                return true;
            }
            urb_of(*it)->status = -ENOENT;
            urb_of(*it)->actual_length = 0;
            done_.push_back(*it);
            waiting_in_.erase(it);
            umockdev_ioctl_client_complete(client, 0, 0);
            return true;
        }
        default:
            return false;
    }
}

}  // namespace nanhai::test
