// The umockdev USB SAM reader (see usb_sam_reader.hpp).
#include "tests/integration/usb/usb_sam_reader.hpp"

#include <errno.h>
#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>
#include <umockdev.h>

#include <algorithm>
#include <cstring>

#include "drivers/ga467/status.hpp"

namespace nanhai::test {
namespace {

namespace ga = drivers::ga467;

// Device descriptor (USB 2.0, vendor 1d6b, product 4673, one configuration), then the
// configuration: one vendor-specific interface with bulk IN 0x81 and bulk OUT 0x02, 64 bytes.
constexpr const char* kDescriptors =
    "12010002000000406b1d734601000102"
    "0301"
    "090220000101008032"
    "0904000002ff000000"
    "07058102400000"
    "07050202400000";

std::vector<std::uint8_t> read_payload(const std::vector<std::uint8_t>& block) {
    std::vector<std::uint8_t> data{0x01, 0x00, 0x04, 0x00};
    data.insert(data.end(), block.begin(), block.end());
    for (int i = 0; i < 1024; ++i) data.push_back(static_cast<std::uint8_t>(i * 7));
    return data;
}

usbdevfs_urb* urb_of(UMockdevIoctlData* data) { return reinterpret_cast<usbdevfs_urb*>(data->data); }

}  // namespace

int UsbSamReader::handle_ioctl(_UMockdevIoctlBase*, _UMockdevIoctlClient* client, void* self) {
    return static_cast<UsbSamReader*>(self)->on_ioctl(client) ? TRUE : FALSE;
}

UsbSamReader::UsbSamReader() {
    testbed_ = umockdev_testbed_new();
    handler_ = umockdev_ioctl_base_new();
    g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(&UsbSamReader::handle_ioctl), this);
    // Attached once: after an unplug the handler answers ENODEV, as the kernel does for a
    // file descriptor whose device has gone.
    umockdev_testbed_attach_ioctl(testbed_, "/dev/bus/usb/001/001", handler_, nullptr);
    plug();
}

UsbSamReader::~UsbSamReader() {
    unplug();
    umockdev_testbed_detach_ioctl(testbed_, "/dev/bus/usb/001/001", nullptr);
    g_clear_object(&handler_);
    g_clear_object(&testbed_);
    std::lock_guard lock{mutex_};
    for (auto* d : done_) umockdev_ioctl_data_unref(d);
    for (auto* d : waiting_in_) umockdev_ioctl_data_unref(d);
}

void UsbSamReader::plug() {
    {
        std::lock_guard lock{mutex_};
        if (plugged_) return;
        plugged_ = true;
        parser_.reset();
        to_host_.clear();
    }
    const std::string device = std::string{"P: /devices/usb1\nN: bus/usb/001/001\nE: SUBSYSTEM=usb\nE: DRIVER=usb\n"
                                           "E: BUSNUM=001\nE: DEVNUM=001\nE: DEVNAME=/dev/bus/usb/001/001\n"
                                           "E: DEVTYPE=usb_device\nA: bConfigurationValue=1\\n\nA: busnum=1\\n\n"
                                           "A: devnum=1\\n\nA: speed=12\\n\nH: descriptors="} +
                               kDescriptors + "\n";
    umockdev_testbed_add_from_string(testbed_, device.c_str(), nullptr);
    sys_path_ = "/sys/devices/usb1";
}

void UsbSamReader::unplug() {
    {
        std::lock_guard lock{mutex_};
        if (!plugged_) return;
        plugged_ = false;
    }
    umockdev_testbed_uevent(testbed_, sys_path_.c_str(), "remove");
    umockdev_testbed_remove_device(testbed_, sys_path_.c_str());
}

void UsbSamReader::place_card(std::vector<std::uint8_t> text_block) {
    std::lock_guard lock{mutex_};
    card_ = std::move(text_block);
    card_read_ = false;
}

void UsbSamReader::remove_card() {
    std::lock_guard lock{mutex_};
    card_.reset();
    card_read_ = false;
}

std::vector<std::uint8_t> UsbSamReader::bulk_out() const {
    std::lock_guard lock{mutex_};
    return from_host_;
}

std::size_t UsbSamReader::requests() const {
    std::lock_guard lock{mutex_};
    return requests_;
}

// One GA/T 467 request from the host: the SAM's answer goes into the bulk IN queue.
void UsbSamReader::answer(const std::vector<std::uint8_t>& body) {
    const auto request = ga::as_request(body);
    if (!request) return;
    ++requests_;
    std::uint8_t sw3 = ga::kOk;
    std::vector<std::uint8_t> data;
    switch (request->command) {
        case 0x11: break;
        case 0x12: data = {0x05, 0x00, 0x01, 0x00, 0x0C, 0, 0, 0, 0x80, 0x0D, 0, 0, 0xD2, 0x1E, 0, 0}; break;
        case 0x20:
            if (request->parameter == 0x01) {
                sw3 = card_ && !card_read_ ? ga::kFindOk : ga::kNoCard;
                if (sw3 == ga::kFindOk) data = {0, 0, 0, 0};
            } else {
                sw3 = card_ ? ga::kOk : ga::kSelectFailed;
                if (card_) data = {1, 2, 3, 4, 5, 6, 7, 8};
            }
            break;
        case 0x30:
            if (card_) {
                data = read_payload(*card_);
                card_read_ = true;
            } else {
                sw3 = ga::kReadFailed;
            }
            break;
        default: sw3 = ga::kCommandError;
    }
    const auto frame = ga::encode_response(sw3, data);
    to_host_.insert(to_host_.end(), frame.begin(), frame.end());
}

bool UsbSamReader::on_ioctl(_UMockdevIoctlClient* client) {
    const auto request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    std::lock_guard lock{mutex_};
    if (!plugged_) {
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
            if (urb->type != USBDEVFS_URB_TYPE_BULK) {
                umockdev_ioctl_data_unref(buffer);
                umockdev_ioctl_data_unref(urb_data);
                umockdev_ioctl_client_complete(client, -1, EINVAL);
                return true;
            }
            if (!(urb->endpoint & 0x80)) {  // OUT: take the bytes, answer any whole frame
                const auto* bytes = reinterpret_cast<const std::uint8_t*>(buffer->data);
                from_host_.insert(from_host_.end(), bytes, bytes + urb->buffer_length);
                parser_.feed({bytes, static_cast<std::size_t>(urb->buffer_length)});
                while (auto frame = parser_.next())
                    if (const auto* body = std::get_if<ga::Bytes>(&*frame)) answer(*body);
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
            // Bulk IN URBs are filled from the answer queue, oldest first.
            while (!waiting_in_.empty() && !to_host_.empty()) {
                UMockdevIoctlData* urb_data = waiting_in_.front();
                waiting_in_.erase(waiting_in_.begin());
                usbdevfs_urb* urb = urb_of(urb_data);
                const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(urb->buffer_length), to_host_.size());
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
