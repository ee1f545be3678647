// A thin RAII layer over SQLite: one connection, prepared statements, transactions.
// SQLite errors become DbError values; a constraint violation is reported as such so that
// callers can map it to a domain error.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace nanhai::platform {

struct DbError {
    int sqlite_code;
    std::string message;
    bool is_constraint() const { return (sqlite_code & 0xff) == SQLITE_CONSTRAINT; }
};

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : db_{db}, stmt_{stmt} {}
    Statement(Statement&& other) noexcept : db_{other.db_}, stmt_{other.stmt_} {
        other.stmt_ = nullptr;
    }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;
    ~Statement() { sqlite3_finalize(stmt_); }

    // Binding is 1-based like SQLite; bind() returns *this for chaining.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view{value}); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view{value}); }
    Statement& bind_null(int index);
    Statement& bind(int index, const std::optional<std::string>& value);

    // true: a row is available; false: done. Errors come back as DbError.
    Result<bool, DbError> step();
    // Runs to completion, ignoring rows.
    Result<void, DbError> run();

    std::int64_t int_at(int column) const { return sqlite3_column_int64(stmt_, column); }
    std::string text_at(int column) const;
    std::optional<std::string> optional_text_at(int column) const;
    bool is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
};

class Database {
public:
    // Opens (creating if needed) a database file, or ":memory:". WAL, synchronous FULL and
    // foreign keys on: a committed booking survives a crash.
    static Result<Database, DbError> open(const std::string& path);

    Database(Database&& other) noexcept : db_{other.db_} { other.db_ = nullptr; }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database& operator=(Database&&) = delete;
    ~Database() { sqlite3_close(db_); }

    Result<void, DbError> exec(std::string_view sql);
    Result<Statement, DbError> prepare(std::string_view sql);
    std::int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
    int changes() const { return sqlite3_changes(db_); }

    // Convenience for "SELECT single value" queries.
    Result<std::optional<std::int64_t>, DbError> query_int(std::string_view sql);

private:
    explicit Database(sqlite3* db) : db_{db} {}
    DbError error(int code) const;
    sqlite3* db_;
};

// BEGIN IMMEDIATE on construction; rolls back on destruction unless committed.
class Transaction {
public:
    static Result<Transaction, DbError> begin(Database& db);
    Transaction(Transaction&& other) noexcept : db_{other.db_}, open_{other.open_} {
        other.open_ = false;
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    Result<void, DbError> commit();

private:
    explicit Transaction(Database& db) : db_{&db}, open_{true} {}
    Database* db_;
    bool open_;
};

}  // namespace nanhai::platform
