// SW3 meanings (see status.hpp).
#include "drivers/ga467/status.hpp"

#include <array>
#include <cstdio>
#include <string>

namespace nanhai::drivers::ga467 {
namespace {

using hal::DeviceErrorKind;
using hal::Remedy;

constexpr std::array<StatusMeaning, 18> kMeanings{{
    {kOk, "ok", "读卡成功", "operation successful", DeviceErrorKind::internal, Remedy::self_recover},
    {kFindOk, "find_ok", "找到证件", "card found", DeviceErrorKind::internal, Remedy::self_recover},
    {kNoCard, "no_card", "请放好身份证", "no card in the field", DeviceErrorKind::card_unreadable, Remedy::self_recover},
    {kSelectFailed, "select_failed", "证件没放好，请重新放置", "card selection failed", DeviceErrorKind::card_unreadable,
     Remedy::self_recover},
    {kFieldEmpty, "field_empty", "证件信息不完整", "field empty on the card", DeviceErrorKind::card_unreadable, Remedy::staff},
    {kChecksumError, "checksum_error", "读卡器通讯出错，正在重试", "the SAM saw a bad checksum from us",
     DeviceErrorKind::protocol_error, Remedy::self_recover},
    {kLengthError, "length_error", "读卡器通讯出错，正在重试", "the SAM saw a bad length from us",
     DeviceErrorKind::protocol_error, Remedy::self_recover},
    {kCommandError, "command_error", "读卡器通讯出错，正在重试", "command not understood by the SAM",
     DeviceErrorKind::protocol_error, Remedy::maintenance},
    {kUnauthorised, "unauthorised", "读卡器暂时不能使用，请找工作人员", "operation not authorised",
     DeviceErrorKind::sam_failure, Remedy::maintenance},
    {kUnknownError, "unknown_error", "读卡器出错，请找工作人员", "unknown SAM error", DeviceErrorKind::sam_failure,
     Remedy::maintenance},
    {kCardAuthFailed, "card_auth_failed", "这张证件不能通过验证，请找工作人员", "card failed to authenticate the SAM",
     DeviceErrorKind::card_blocked, Remedy::staff},
    {kSamAuthFailed, "sam_auth_failed", "这张证件不能通过验证，请找工作人员", "SAM failed to authenticate the card",
     DeviceErrorKind::card_blocked, Remedy::staff},
    {kInfoCheckError, "info_check_error", "证件信息校验失败，请重新放置", "information check failed",
     DeviceErrorKind::card_unreadable, Remedy::self_recover},
    {kUnknownCardType, "unknown_card_type", "不是可以读取的证件", "unknown card type", DeviceErrorKind::card_unreadable,
     Remedy::staff},
    {kReadFailed, "read_failed", "读卡失败，请不要移动证件，重新放置", "read failed", DeviceErrorKind::card_unreadable,
     Remedy::self_recover},
    {kRandomError, "random_error", "读卡失败，请重新放置", "random-number error", DeviceErrorKind::card_unreadable,
     Remedy::self_recover},
    {kSamSelfTestFailed, "sam_self_test_failed", "读卡器故障，请找工作人员", "SAM self-test failed",
     DeviceErrorKind::sam_failure, Remedy::maintenance},
    {kSamNotAuthorised, "sam_not_authorised", "读卡器未授权，请找工作人员", "SAM not authorised",
     DeviceErrorKind::sam_failure, Remedy::maintenance},
}};

}  // namespace

StatusMeaning status_meaning(std::uint8_t sw3) {
    for (const auto& m : kMeanings)
        if (m.sw3 == sw3) return m;
    return {sw3, "unlisted", "读卡器出错，请找工作人员", "status byte not in GA/T 467", DeviceErrorKind::protocol_error,
            Remedy::maintenance};
}

hal::DeviceError status_error(std::uint8_t sw3) {
    const auto m = status_meaning(sw3);
    char detail[96];
    std::snprintf(detail, sizeof detail, "sw3=0x%02X %.*s", sw3, static_cast<int>(m.name.size()), m.name.data());
    return {m.kind, m.remedy, detail};
}

}  // namespace nanhai::drivers::ga467
