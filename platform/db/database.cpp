#include "platform/db/database.hpp"

namespace nanhai::platform {

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind_null(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view{*value}) : bind_null(index);
}

Result<bool, DbError> Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return fail(DbError{sqlite3_extended_errcode(db_), sqlite3_errmsg(db_)});
}

Result<void, DbError> Statement::run() {
    for (;;) {
        auto row = step();
        if (!row) return fail(row.error());
        if (!*row) return {};
    }
}

std::string Statement::text_at(int column) const {
    auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!text) return {};
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> Statement::optional_text_at(int column) const {
    if (is_null(column)) return std::nullopt;
    return text_at(column);
}

Result<Database, DbError> Database::open(const std::string& path) {
    sqlite3* handle = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &handle,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                             nullptr);
    Database db{handle};
    if (rc != SQLITE_OK) return fail(db.error(rc));
    sqlite3_busy_timeout(handle, 5000);
    for (auto pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                        "PRAGMA foreign_keys=ON"}) {
        if (auto r = db.exec(pragma); !r) return fail(r.error());
    }
    return db;
}

Result<void, DbError> Database::exec(std::string_view sql) {
    char* message = nullptr;
    int rc = sqlite3_exec(db_, std::string{sql}.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return {};
    DbError err{sqlite3_extended_errcode(db_), message ? message : sqlite3_errstr(rc)};
    sqlite3_free(message);
    return fail(err);
}

Result<Statement, DbError> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) return fail(error(rc));
    return Statement{db_, stmt};
}

Result<std::optional<std::int64_t>, DbError> Database::query_int(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt) return fail(stmt.error());
    auto row = stmt->step();
    if (!row) return fail(row.error());
    if (!*row || stmt->is_null(0)) return std::optional<std::int64_t>{};
    return std::optional<std::int64_t>{stmt->int_at(0)};
}

DbError Database::error(int code) const {
    return DbError{db_ ? sqlite3_extended_errcode(db_) : code,
                   db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code)};
}

Result<Transaction, DbError> Transaction::begin(Database& db) {
    if (auto r = db.exec("BEGIN IMMEDIATE"); !r) return fail(r.error());
    return Transaction{db};
}

Transaction::~Transaction() {
    if (open_) (void)db_->exec("ROLLBACK");
}

Result<void, DbError> Transaction::commit() {
    open_ = false;
    return db_->exec("COMMIT");
}

}  // namespace nanhai::platform
