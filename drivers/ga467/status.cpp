// SW3 meanings (see status.hpp).
#include "drivers/ga467/status.hpp"

#include <array>
#include <cstdio>
#include <string>

namespace nanhai::drivers::ga467 {
namespace {

using hal::DeviceErrorKind;
using hal::ErrorAction;

constexpr std::array<StatusMeaning, 18> kMeanings{{
    {kOk, "ok", "读卡成功", "operation successful", DeviceErrorKind::internal, ErrorAction::suspend},
    {kFindOk, "find_ok", "找到证件", "card found", DeviceErrorKind::internal, ErrorAction::suspend},
    {kNoCard, "no_card", "请放好身份证", "no card in the field", DeviceErrorKind::card_unreadable, ErrorAction::suspend},
    {kSelectFailed, "select_failed", "证件没放好，请重新放置", "card selection failed", DeviceErrorKind::card_unreadable,
     ErrorAction::suspend},
    {kFieldEmpty, "field_empty", "证件信息不完整", "field empty on the card", DeviceErrorKind::card_unreadable, ErrorAction::clear},
    {kChecksumError, "checksum_error", "读卡器通讯出错，正在重试", "the SAM saw a bad checksum from us",
     DeviceErrorKind::protocol_error, ErrorAction::suspend},
    {kLengthError, "length_error", "读卡器通讯出错，正在重试", "the SAM saw a bad length from us",
     DeviceErrorKind::protocol_error, ErrorAction::suspend},
    {kCommandError, "command_error", "读卡器通讯出错，正在重试", "command not understood by the SAM",
     DeviceErrorKind::protocol_error, ErrorAction::maintenance},
    {kUnauthorised, "unauthorised", "读卡器暂时不能使用，请找工作人员", "operation not authorised",
     DeviceErrorKind::sam_failure, ErrorAction::maintenance},
    {kUnknownError, "unknown_error", "读卡器出错，请找工作人员", "unknown SAM error", DeviceErrorKind::sam_failure,
     ErrorAction::maintenance},
    {kCardAuthFailed, "card_auth_failed", "这张证件不能通过验证，请找工作人员", "card failed to authenticate the SAM",
     DeviceErrorKind::card_blocked, ErrorAction::clear},
    {kSamAuthFailed, "sam_auth_failed", "这张证件不能通过验证，请找工作人员", "SAM failed to authenticate the card",
     DeviceErrorKind::card_blocked, ErrorAction::clear},
    {kInfoCheckError, "info_check_error", "证件信息校验失败，请重新放置", "information check failed",
     DeviceErrorKind::card_unreadable, ErrorAction::suspend},
    {kUnknownCardType, "unknown_card_type", "不是可以读取的证件", "unknown card type", DeviceErrorKind::card_unreadable,
     ErrorAction::clear},
    {kReadFailed, "read_failed", "读卡失败，请不要移动证件，重新放置", "read failed", DeviceErrorKind::card_unreadable,
     ErrorAction::suspend},
    {kRandomError, "random_error", "读卡失败，请重新放置", "random-number error", DeviceErrorKind::card_unreadable,
     ErrorAction::suspend},
    {kSamSelfTestFailed, "sam_self_test_failed", "读卡器故障，请找工作人员", "SAM self-test failed",
     DeviceErrorKind::sam_failure, ErrorAction::maintenance},
    {kSamNotAuthorised, "sam_not_authorised", "读卡器未授权，请找工作人员", "SAM not authorised",
     DeviceErrorKind::sam_failure, ErrorAction::maintenance},
}};

}  // namespace

StatusMeaning status_meaning(std::uint8_t sw3) {
    for (const auto& m : kMeanings)
        if (m.sw3 == sw3) return m;
    return {sw3, "unlisted", "读卡器出错，请找工作人员", "status byte not in GA/T 467", DeviceErrorKind::protocol_error,
            ErrorAction::maintenance};
}

hal::DeviceError status_error(std::uint8_t sw3) {
    const auto m = status_meaning(sw3);
    char detail[96];
    std::snprintf(detail, sizeof detail, "sw3=0x%02X %.*s", sw3, static_cast<int>(m.name.size()), m.name.data());
    return {m.kind, m.action, detail};
}

}  // namespace nanhai::drivers::ga467
