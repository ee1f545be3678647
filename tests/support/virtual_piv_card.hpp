// A PIV card (SP 800-73-4 subset) speaking the vpcd protocol, so that pcscd's virtual reader
// "Virtual PCD 00 00" sees a real card: inserting it connects to vpcd's TCP port, removing it
// closes the connection. It answers SELECT, GET DATA for the 9A certificate, VERIFY (with a
// retry counter that blocks at zero), GENERAL AUTHENTICATE with its private key, GET
// RESPONSE for answers over 256 bytes, and takes chained commands. Faults on request: a
// forged signature (another key signs), the card pulled as it is asked to sign, no PIV
// application, a SELECT that wants its exact Le (6Cxx).
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/test_pki.hpp"

namespace nanhai::test {

struct VirtualPivCardSetup {
    std::vector<std::uint8_t> certificate_der;
    Key key;
    std::string pin = "123456";
    int max_tries = 3;
    int tries_left = 3;
    bool forge_signature = false;
    bool pull_on_sign = false;
    bool no_piv_application = false;
    // Answers SELECT with 6Cxx unless Le is the answer's exact length (some T=0 cards do).
    bool exact_le_for_select = false;
    // T=0 and T=1 offered (TD1 = 80, TD2 = 01, TCK = 01); t0_only_atr() offers T=0 alone.
    std::vector<std::uint8_t> atr{0x3B, 0x80, 0x80, 0x01, 0x01};
};

inline std::vector<std::uint8_t> t0_only_atr() { return {0x3B, 0x02, 0x14, 0x50}; }

class VirtualPivCard {
public:
    explicit VirtualPivCard(VirtualPivCardSetup setup, int vpcd_port = 35963);
    ~VirtualPivCard();
    VirtualPivCard(const VirtualPivCard&) = delete;
    VirtualPivCard& operator=(const VirtualPivCard&) = delete;

    // Connects to vpcd (retrying for up to 5 s while pcscd starts); false if it never listens.
    bool insert();
    void remove();
    bool inserted() const { return socket_ >= 0; }

    int tries_left() const;
    // Instruction bytes in the order received ("A4", "CB", "C0", "20", "87" ...).
    std::vector<std::string> instructions() const;
    int resets() const;

private:
    void serve(int socket);
    std::vector<std::uint8_t> answer(const std::vector<std::uint8_t>& message, bool& pull);
    std::vector<std::uint8_t> apdu(const std::vector<std::uint8_t>& command, bool& pull);
    std::vector<std::uint8_t> respond(std::vector<std::uint8_t> data, std::uint16_t sw);
    std::vector<std::uint8_t> verify(const std::vector<std::uint8_t>& data);
    std::vector<std::uint8_t> authenticate(std::uint8_t algorithm, const std::vector<std::uint8_t>& data, bool& pull);

    VirtualPivCardSetup setup_;
    int port_;
    int socket_ = -1;
    std::thread thread_;
    mutable std::mutex mutex_;
    bool selected_ = false;
    bool verified_ = false;
    int resets_ = 0;
    std::vector<std::uint8_t> chained_;   // data of a command chain so far
    std::vector<std::uint8_t> pending_;   // answer bytes left for GET RESPONSE
    std::vector<std::string> instructions_;
    Key forger_;
};

}  // namespace nanhai::test
