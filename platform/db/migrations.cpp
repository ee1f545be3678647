#include "platform/db/migrations.hpp"

#include <array>
#include <string>

namespace nanhai::platform {
namespace {

// Times are Unix seconds (INTEGER); calendar dates are 'YYYY-MM-DD' local (UTC+8) text.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE platform_keys (
  purpose     TEXT PRIMARY KEY CHECK (purpose IN ('receipt', 'identity_provider')),
  key_id      TEXT NOT NULL,
  secret_key  BLOB NOT NULL,
  public_key  BLOB NOT NULL
);
CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE departments (
  code     TEXT PRIMARY KEY,
  number   INTEGER NOT NULL UNIQUE CHECK (number BETWEEN 0 AND 999),
  name_zh  TEXT NOT NULL,
  name_en  TEXT NOT NULL,
  phone    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE halls (
  code           TEXT PRIMARY KEY,
  name_zh        TEXT NOT NULL,
  name_en        TEXT NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('district', 'town')),
  address_zh     TEXT NOT NULL,
  address_en     TEXT NOT NULL,
  phone          TEXT NOT NULL DEFAULT '',
  opening_hours  TEXT NOT NULL   -- JSON: [{"weekdays":[1..7],"open":"09:00","close":"12:00"}]
);
CREATE TABLE items (
  code                  TEXT PRIMARY KEY,
  name_zh               TEXT NOT NULL,
  name_en               TEXT NOT NULL,
  department_code       TEXT NOT NULL REFERENCES departments(code),
  level                 TEXT NOT NULL CHECK (level IN ('district', 'town')),
  min_auth_level        INTEGER NOT NULL CHECK (min_auth_level BETWEEN 1 AND 3),
  appointment_required  INTEGER NOT NULL CHECK (appointment_required IN (0, 1)),
  guide                 TEXT NOT NULL  -- JSON service guide (materials, limits, fees, methods)
);
CREATE TABLE item_halls (
  item_code      TEXT NOT NULL REFERENCES items(code),
  hall_code      TEXT NOT NULL REFERENCES halls(code),
  slot_minutes   INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
  slot_capacity  INTEGER NOT NULL CHECK (slot_capacity BETWEEN 1 AND 100),
  PRIMARY KEY (item_code, hall_code)
);

CREATE TABLE calendar_years (year INTEGER PRIMARY KEY, source TEXT NOT NULL);
CREATE TABLE calendar_days (
  date     TEXT PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name_zh  TEXT NOT NULL,
  name_en  TEXT NOT NULL
);

CREATE TABLE terminals (
  id               TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  hall_code        TEXT NOT NULL REFERENCES halls(code),
  role             TEXT NOT NULL CHECK (role IN ('kiosk', 'department')),
  department_code  TEXT REFERENCES departments(code),
  key_hash         TEXT NOT NULL,
  active           INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE applicants (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('person', 'enterprise')),
  id_type     TEXT NOT NULL,
  id_number   TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  created_at  INTEGER NOT NULL
);
CREATE TABLE sessions (
  token_hash   TEXT PRIMARY KEY,
  applicant_id INTEGER NOT NULL REFERENCES applicants(id),
  terminal_id  TEXT NOT NULL REFERENCES terminals(id),
  method       TEXT NOT NULL CHECK (method IN ('id_card', 'mobile_qr', 'enterprise_cert')),
  auth_level   INTEGER NOT NULL,
  created_at   INTEGER NOT NULL,
  last_seen    INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL,
  ended_at     INTEGER
);
CREATE TABLE identity_token_uses (jti TEXT PRIMARY KEY, used_at INTEGER NOT NULL);

CREATE TABLE slots (
  id            INTEGER PRIMARY KEY,
  hall_code     TEXT NOT NULL REFERENCES halls(code),
  item_code     TEXT NOT NULL REFERENCES items(code),
  date          TEXT NOT NULL,
  start_minute  INTEGER NOT NULL,
  end_minute    INTEGER NOT NULL,
  capacity      INTEGER NOT NULL CHECK (capacity >= 0),
  booked        INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
  UNIQUE (hall_code, item_code, date, start_minute)
);
CREATE TABLE appointments (
  id             INTEGER PRIMARY KEY,
  code           TEXT NOT NULL UNIQUE,
  applicant_id   INTEGER NOT NULL REFERENCES applicants(id),
  slot_id        INTEGER NOT NULL REFERENCES slots(id),
  item_code      TEXT NOT NULL,
  date           TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked_in', 'no_show')),
  booked_at      INTEGER NOT NULL,
  ends_at        INTEGER NOT NULL,
  cancelled_at   INTEGER,
  checked_in_at  INTEGER,
  ticket         TEXT,
  terminal_id    TEXT NOT NULL
);
CREATE UNIQUE INDEX appointments_one_active ON appointments(applicant_id, item_code, date)
  WHERE status IN ('booked', 'checked_in');
CREATE INDEX appointments_due ON appointments(status, ends_at);
CREATE TABLE counters (
  name   TEXT NOT NULL,   -- e.g. 'queue:HALL', 'case:DEPT', 'consultation'
  scope  TEXT NOT NULL,   -- usually the local date
  value  INTEGER NOT NULL,
  PRIMARY KEY (name, scope)
);

CREATE TABLE cases (
  code               TEXT PRIMARY KEY,
  item_code          TEXT NOT NULL REFERENCES items(code),
  applicant_id       INTEGER NOT NULL REFERENCES applicants(id),
  department_code    TEXT NOT NULL REFERENCES departments(code),
  hall_code          TEXT NOT NULL REFERENCES halls(code),
  filed_at           INTEGER NOT NULL,
  stage              TEXT NOT NULL,
  status             TEXT NOT NULL,
  data               TEXT NOT NULL DEFAULT '{}',  -- JSON: per-stage details
  updated_at         INTEGER NOT NULL
);
CREATE INDEX cases_by_applicant ON cases(applicant_id, filed_at);
CREATE TABLE case_events (
  id          INTEGER PRIMARY KEY,
  case_code   TEXT NOT NULL REFERENCES cases(code),
  stage       TEXT NOT NULL,
  at          INTEGER NOT NULL,
  terminal_id TEXT NOT NULL,
  data        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_by_case ON case_events(case_code, id);

CREATE TABLE consultations (
  ticket         TEXT PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('consultation', 'complaint')),
  applicant_id   INTEGER REFERENCES applicants(id),
  case_code      TEXT REFERENCES cases(code),
  subject        TEXT NOT NULL,
  body           TEXT NOT NULL,
  contact_phone  TEXT NOT NULL DEFAULT '',
  filed_at       INTEGER NOT NULL,
  reply_due      TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('pending', 'replied')),
  reply_text     TEXT,
  replied_at     INTEGER,
  found_false    INTEGER NOT NULL DEFAULT 0,
  terminal_id    TEXT NOT NULL
);

CREATE TABLE evaluations (
  id                INTEGER PRIMARY KEY,
  case_code         TEXT NOT NULL REFERENCES cases(code),
  applicant_id      INTEGER NOT NULL REFERENCES applicants(id),
  level             INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
  reasons           TEXT NOT NULL DEFAULT '[]',
  comment           TEXT NOT NULL DEFAULT '',
  at                INTEGER NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('valid', 'contested', 'contest_rejected', 'found_false')),
  contest_evidence  TEXT,
  terminal_id       TEXT NOT NULL,
  UNIQUE (case_code, applicant_id)
);

CREATE TABLE conduct_records (
  id            INTEGER PRIMARY KEY,
  applicant_id  INTEGER NOT NULL REFERENCES applicants(id),
  kind          TEXT NOT NULL CHECK (kind IN ('false_materials', 'irrelevant_upload',
                  'missed_appointment', 'false_complaint_or_evaluation', 'malicious_attack')),
  at            INTEGER NOT NULL,
  reference     TEXT NOT NULL,
  terminal_id   TEXT NOT NULL,
  cleared       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conduct_by_applicant ON conduct_records(applicant_id, kind, cleared);
CREATE TABLE blacklistings (
  id               INTEGER PRIMARY KEY,
  applicant_id     INTEGER NOT NULL REFERENCES applicants(id),
  kind             TEXT NOT NULL,
  notice_date      TEXT NOT NULL,
  appeal_deadline  TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('active', 'removed')),
  removed_at       INTEGER
);
CREATE UNIQUE INDEX blacklistings_one_active ON blacklistings(applicant_id, kind)
  WHERE status = 'active';
CREATE TABLE appeals (
  id               INTEGER PRIMARY KEY,
  blacklisting_id  INTEGER NOT NULL REFERENCES blacklistings(id),
  applicant_id     INTEGER NOT NULL REFERENCES applicants(id),
  filed_at         INTEGER NOT NULL,
  statement        TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('pending', 'upheld', 'rejected')),
  decided_at       INTEGER,
  decision_note    TEXT,
  terminal_id      TEXT NOT NULL
);
CREATE UNIQUE INDEX appeals_one_pending ON appeals(blacklisting_id) WHERE status = 'pending';

CREATE TABLE idempotency (
  terminal_id   TEXT NOT NULL,
  key           TEXT NOT NULL,
  request_hash  TEXT NOT NULL,
  status        INTEGER NOT NULL,
  body          TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  PRIMARY KEY (terminal_id, key)
);
CREATE TABLE audit (
  id            INTEGER PRIMARY KEY,
  at            INTEGER NOT NULL,
  terminal_id   TEXT NOT NULL,
  applicant_id  INTEGER,
  action        TEXT NOT NULL,
  object        TEXT NOT NULL,
  status        INTEGER NOT NULL,
  outcome       TEXT NOT NULL
);
)sql";

// Art. 23: every read and change of a person's data, and the operators who may read that record.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE TABLE operators (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  key_hash  TEXT NOT NULL,
  active    INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE personal_data_access (
  id            INTEGER PRIMARY KEY,
  at            INTEGER NOT NULL,
  terminal_id   TEXT NOT NULL,
  session_ref   TEXT,
  applicant_id  INTEGER NOT NULL REFERENCES applicants(id),
  record        TEXT NOT NULL,
  access        TEXT NOT NULL CHECK (access IN ('read', 'change')),
  action        TEXT NOT NULL
);
CREATE INDEX personal_data_access_by_applicant ON personal_data_access(applicant_id, at);
CREATE INDEX personal_data_access_by_time ON personal_data_access(at);
)sql";

constexpr std::array<Migration, 2> kMigrations{{
    {1, "initial schema", kSchemaV1},
    {2, "personal data access record and operators", kSchemaV2},
}};

}  // namespace

std::span<const Migration> all_migrations() { return kMigrations; }

Result<int, DbError> migrate(Database& db) {
    auto current = db.query_int("PRAGMA user_version");
    if (!current) return fail(current.error());
    int version = static_cast<int>(current->value_or(0));
    if (version > static_cast<int>(kMigrations.size()))
        return fail(DbError{SQLITE_ERROR, "database schema version " + std::to_string(version) +
                                              " is newer than this program"});
    for (const auto& m : kMigrations) {
        if (m.version <= version) continue;
        auto tx = Transaction::begin(db);
        if (!tx) return fail(tx.error());
        if (auto r = db.exec(m.sql); !r) return fail(r.error());
        if (auto r = db.exec("PRAGMA user_version = " + std::to_string(m.version)); !r)
            return fail(r.error());
        if (auto r = tx->commit(); !r) return fail(r.error());
        version = m.version;
    }
    return version;
}

}  // namespace nanhai::platform
