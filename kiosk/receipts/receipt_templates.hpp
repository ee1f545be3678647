// The receipts the kiosk prints (art. 14 acceptance receipt, appointment slips, queue tickets,
// case status, consultation and complaint receipts, evaluation confirmations) as hal::ReceiptDocuments. Every field
// that identifies a person is printed masked; QR codes carry the platform's signed payloads
// (or the bare case number / ticket) so that another kiosk or the platform can read them.
#pragma once

#include <string>

#include "hal/receipt_document.hpp"
#include "kiosk/platform_client/appointment_types.hpp"
#include "kiosk/platform_client/case_types.hpp"
#include "kiosk/platform_client/consultation_types.hpp"
#include "kiosk/platform_client/evaluation_types.hpp"
#include "kiosk/receipts/receipt_text.hpp"

namespace nanhai::kiosk::receipts {

// What every receipt prints besides its own content.
struct ReceiptContext {
    Language language = Language::zh;
    std::string terminal_id;       // "NH-KIOSK-0001"
    Instant printed_at;
    std::string applicant_masked;  // "陈*玲", already masked; "" when nobody is signed in
};

hal::ReceiptDocument appointment_slip(const Appointment& appointment, const ReceiptContext& context);
hal::ReceiptDocument queue_ticket(const CheckIn& check_in, const ReceiptContext& context);
// Needs the owner's view with a receipt (case.receipt); callers check that first.
hal::ReceiptDocument acceptance_receipt(const CaseView& case_view, const ReceiptContext& context);
hal::ReceiptDocument case_status(const CaseView& case_view, const ReceiptContext& context);
hal::ReceiptDocument consultation_ticket(const Consultation& ticket, const ReceiptContext& context);
// The citizen's rating of a decided case, with the case code as QR. The free-text comment is
// not printed: it may hold personal data and the citizen typed it a minute ago.
hal::ReceiptDocument evaluation_confirmation(const Evaluation& evaluation, const ReceiptContext& context);

// The QR payload each receipt carries: what the on-screen fallback shows when paper is out.
std::string qr_of(const Appointment& appointment);
std::string qr_of(const CaseView& case_view);  // the receipt's signed payload, else the code
std::string qr_of(const Consultation& ticket);

}  // namespace nanhai::kiosk::receipts
