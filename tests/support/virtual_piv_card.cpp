// The virtual PIV card (see virtual_piv_card.hpp).
#include "tests/support/virtual_piv_card.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/rsa.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "drivers/pcsc/tlv.hpp"

namespace nanhai::test {
namespace {

using Bytes = std::vector<std::uint8_t>;

const Bytes kAidPrefix{0xA0, 0x00, 0x00, 0x03, 0x08};
constexpr std::size_t kMaxAnswer = 256;

bool read_exact(int fd, std::uint8_t* out, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);  // else 40 ms per APDU
        const ssize_t n = ::recv(fd, out + done, size - done, 0);
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool send_message(int fd, const Bytes& payload) {
    Bytes framed{static_cast<std::uint8_t>(payload.size() >> 8), static_cast<std::uint8_t>(payload.size())};
    framed.insert(framed.end(), payload.begin(), payload.end());
    return ::send(fd, framed.data(), framed.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(framed.size());
}

std::string hex2(std::uint8_t b) {
    char text[4];
    std::snprintf(text, sizeof text, "%02X", static_cast<unsigned>(b));
    return text;
}

Bytes sign_with(const Key& key, std::uint8_t algorithm, const Bytes& input) {
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx{EVP_PKEY_CTX_new(key.get(), nullptr), EVP_PKEY_CTX_free};
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1) return {};
    if (algorithm == 0x07) EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_NO_PADDING);  // the input is the padded block
    std::size_t length = 0;
    if (EVP_PKEY_sign(ctx.get(), nullptr, &length, input.data(), input.size()) != 1) return {};
    Bytes out(length);
    if (EVP_PKEY_sign(ctx.get(), out.data(), &length, input.data(), input.size()) != 1) return {};
    out.resize(length);
    return out;
}

}  // namespace

VirtualPivCard::VirtualPivCard(VirtualPivCardSetup setup, int vpcd_port) : setup_{std::move(setup)}, port_{vpcd_port} {
    forger_ = make_key(EVP_PKEY_get_base_id(setup_.key.get()) == EVP_PKEY_RSA ? KeyKind::rsa2048 : KeyKind::ec_p256);
}

VirtualPivCard::~VirtualPivCard() { remove(); }

bool VirtualPivCard::insert() {
    remove();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{5};
    while (std::chrono::steady_clock::now() < deadline) {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port_));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            socket_ = fd;
            thread_ = std::thread([this, fd] { serve(fd); });
            return true;
        }
        ::close(fd);
        std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    return false;
}

void VirtualPivCard::remove() {
    if (socket_ >= 0) ::shutdown(socket_, SHUT_RDWR);
    if (thread_.joinable()) thread_.join();
    if (socket_ >= 0) ::close(socket_);
    socket_ = -1;
    std::lock_guard lock{mutex_};
    selected_ = verified_ = false;
    chained_.clear();
    pending_.clear();
}

int VirtualPivCard::tries_left() const {
    std::lock_guard lock{mutex_};
    return setup_.tries_left;
}

std::vector<std::string> VirtualPivCard::instructions() const {
    std::lock_guard lock{mutex_};
    return instructions_;
}

int VirtualPivCard::resets() const {
    std::lock_guard lock{mutex_};
    return resets_;
}

void VirtualPivCard::serve(int fd) {
    for (;;) {
        std::uint8_t header[2];
        if (!read_exact(fd, header, 2)) return;
        Bytes message(static_cast<std::size_t>((header[0] << 8) | header[1]));
        if (!read_exact(fd, message.data(), message.size())) return;
        bool pull = false;
        Bytes reply = answer(message, pull);
        if (pull) {  // the card leaves the field before it answers
            ::shutdown(fd, SHUT_RDWR);
            return;
        }
        if (!reply.empty() && !send_message(fd, reply)) return;
    }
}

// One vpcd message: a 1-byte control (power off / on, reset, ATR) or a command APDU.
Bytes VirtualPivCard::answer(const Bytes& message, bool& pull) {
    std::lock_guard lock{mutex_};
    if (message.size() == 1) {
        switch (message[0]) {
            case 0x00:  // power off
            case 0x01:  // power on
            case 0x02:  // reset: the PIN's verified state is lost, as on a real card
                selected_ = verified_ = false;
                chained_.clear();
                pending_.clear();
                if (message[0] == 0x02) ++resets_;
                return {};
            case 0x04: return setup_.atr;
            default: return {};
        }
    }
    if (message.size() < 4) return {0x67, 0x00};
    return apdu(message, pull);
}

Bytes VirtualPivCard::respond(Bytes data, std::uint16_t sw) {
    pending_.clear();
    if (data.size() > kMaxAnswer) {
        pending_.assign(data.begin() + kMaxAnswer, data.end());
        data.resize(kMaxAnswer);
        sw = static_cast<std::uint16_t>(0x6100 | (pending_.size() >= 256 ? 0 : pending_.size()));
    }
    data.push_back(static_cast<std::uint8_t>(sw >> 8));
    data.push_back(static_cast<std::uint8_t>(sw));
    return data;
}

Bytes VirtualPivCard::apdu(const Bytes& c, bool& pull) {
    const std::uint8_t cla = c[0], ins = c[1], p1 = c[2], p2 = c[3];
    instructions_.push_back(hex2(ins));
    Bytes data;
    if (c.size() > 5) data.assign(c.begin() + 5, c.begin() + 5 + std::min<std::size_t>(c[4], c.size() - 5));
    if (cla & 0x10) {  // a part of a chain: keep it, wait for the rest
        chained_.insert(chained_.end(), data.begin(), data.end());
        return {0x90, 0x00};
    }
    if (!chained_.empty()) {
        chained_.insert(chained_.end(), data.begin(), data.end());
        data = std::move(chained_);
        chained_.clear();
    }
    if (ins == 0xC0) {
        Bytes rest = std::move(pending_);
        return respond(std::move(rest), 0x9000);
    }
    if (ins == 0xA4 && p1 == 0x04) {
        if (setup_.no_piv_application || data.size() < kAidPrefix.size() ||
            !std::equal(kAidPrefix.begin(), kAidPrefix.end(), data.begin()))
            return respond({}, 0x6A82);
        const Bytes aid_tail{0x00, 0x00, 0x10, 0x00, 0x01, 0x00};
        Bytes apt = drivers::pcsc::tlv(0x61, drivers::pcsc::tlv(0x4F, aid_tail));
        const std::size_t le = c.size() > 5 + data.size() ? c[5 + data.size()] : 0;
        if (setup_.exact_le_for_select && le != apt.size())
            return respond({}, static_cast<std::uint16_t>(0x6C00 | apt.size()));
        selected_ = true;
        return respond(std::move(apt), 0x9000);
    }
    if (!selected_) return respond({}, 0x6D00);
    if (ins == 0xCB && p1 == 0x3F && p2 == 0xFF) {
        const Bytes which{0x5C, 0x03, 0x5F, 0xC1, 0x05};
        if (data != which) return respond({}, 0x6A82);
        Bytes inner = drivers::pcsc::tlv(0x70, setup_.certificate_der);
        drivers::pcsc::append_tlv(inner, 0x71, Bytes{0x00});
        drivers::pcsc::append_tlv(inner, 0xFE, {});
        return respond(drivers::pcsc::tlv(0x53, inner), 0x9000);
    }
    if (ins == 0x20 && p2 == 0x80) return verify(data);
    if (ins == 0x87 && p2 == 0x9A) return authenticate(p1, data, pull);
    return respond({}, 0x6D00);
}

Bytes VirtualPivCard::verify(const Bytes& data) {
    if (setup_.tries_left == 0) return respond({}, 0x6983);
    if (data.empty()) return respond({}, verified_ ? 0x9000 : static_cast<std::uint16_t>(0x63C0 | setup_.tries_left));
    Bytes expected(8, 0xFF);
    std::copy(setup_.pin.begin(), setup_.pin.end(), expected.begin());
    if (data == expected) {
        verified_ = true;
        setup_.tries_left = setup_.max_tries;
        return respond({}, 0x9000);
    }
    verified_ = false;
    --setup_.tries_left;
    return respond({}, static_cast<std::uint16_t>(0x63C0 | setup_.tries_left));
}

Bytes VirtualPivCard::authenticate(std::uint8_t algorithm, const Bytes& data, bool& pull) {
    if (!verified_) return respond({}, 0x6982);
    auto outer = drivers::pcsc::find_tlv(data, 0x7C);
    if (!outer) return respond({}, 0x6A80);
    auto challenge = drivers::pcsc::find_tlv(*outer, 0x81);
    if (!challenge) return respond({}, 0x6A80);
    if (setup_.pull_on_sign) {
        pull = true;
        return {};
    }
    const Bytes input{challenge->begin(), challenge->end()};
    Bytes signature = sign_with(setup_.forge_signature ? forger_ : setup_.key, algorithm, input);
    if (signature.empty()) return respond({}, 0x6A80);
    return respond(drivers::pcsc::tlv(0x7C, drivers::pcsc::tlv(0x82, signature)), 0x9000);
}

}  // namespace nanhai::test
