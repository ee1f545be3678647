#include "platform/domain/applicants.hpp"

#include "common/citizen_id.hpp"
#include "common/credit_code.hpp"
#include "common/masking.hpp"
#include "platform/api/try.hpp"

namespace nanhai::platform {
namespace {

bool is_foreign_pr_2017(const std::string& number) {
    if (number.size() != 15) return false;
    for (std::size_t i = 0; i < 15; ++i) {
        char c = number[i];
        bool ok = i < 3 ? (c >= 'A' && c <= 'Z') : (c >= '0' && c <= '9');
        if (!ok) return false;
    }
    return true;
}

Applicant read_applicant(const Statement& stmt) {
    return Applicant{stmt.int_at(0), stmt.text_at(1), stmt.text_at(2), stmt.text_at(3),
                     stmt.text_at(4)};
}

}  // namespace

Result<std::string, ApiError> normalise_identifier(const std::string& id_type,
                                                   const std::string& id_number, Instant now) {
    if (id_type == "citizen_id") {
        auto id = parse_citizen_id(id_number, local_date(now));
        if (!id) return fail(api_error(ErrorCode::invalid_id_number,
                                       {{"problem", describe(id.error())}}));
        return id->number;
    }
    if (id_type == "foreign_pr_2017") {
        if (!is_foreign_pr_2017(id_number))
            return fail(api_error(ErrorCode::invalid_id_number,
                                  {{"problem", "permanent residence number must be 3 letters and 12 digits"}}));
        return id_number;
    }
    if (id_type == "credit_code") {
        auto code = parse_credit_code(id_number);
        if (!code) return fail(api_error(ErrorCode::invalid_credit_code,
                                         {{"problem", describe(code.error())}}));
        return code->code;
    }
    return fail(invalid_field("id_type", "unknown identifier type"));
}

Result<Applicant, ApiError> find_or_create_applicant(Database& db, Applicant wanted, Instant now) {
    NH_ASSIGN(auto select, db.prepare("SELECT id, kind, id_type, id_number, name FROM applicants "
                                      "WHERE id_number = ?"));
    select.bind(1, wanted.id_number);
    NH_ASSIGN(bool found, select.step());
    if (found) {
        Applicant existing = read_applicant(select);
        if (existing.name != wanted.name && !wanted.name.empty()) {
            // Names change (marriage, correction): the authenticated credential is the truth.
            NH_ASSIGN(auto update, db.prepare("UPDATE applicants SET name = ? WHERE id = ?"));
            update.bind(1, wanted.name).bind(2, existing.id);
            NH_TRY(update.run());
            existing.name = wanted.name;
        }
        return existing;
    }
    NH_ASSIGN(auto insert, db.prepare("INSERT INTO applicants (kind, id_type, id_number, name, "
                                      "created_at) VALUES (?,?,?,?,?)"));
    insert.bind(1, wanted.kind).bind(2, wanted.id_type).bind(3, wanted.id_number);
    insert.bind(4, wanted.name).bind(5, static_cast<std::int64_t>(now.time_since_epoch().count()));
    NH_TRY(insert.run());
    wanted.id = db.last_insert_id();
    return wanted;
}

Result<Applicant, ApiError> load_applicant(Database& db, std::int64_t id) {
    NH_ASSIGN(auto select, db.prepare("SELECT id, kind, id_type, id_number, name FROM applicants "
                                      "WHERE id = ?"));
    select.bind(1, id);
    NH_ASSIGN(bool found, select.step());
    if (!found) return fail(not_found("applicant", std::to_string(id)));
    return read_applicant(select);
}

nlohmann::json applicant_view(const Applicant& applicant) {
    return {{"kind", applicant.kind},
            {"id_type", applicant.id_type},
            {"masked_id", mask_identifier(applicant.id_number)},
            {"masked_name", mask_name(applicant.name)}};
}

}  // namespace nanhai::platform
