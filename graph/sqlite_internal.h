#pragma once
// RAII over the sqlite3 C API, for graph/*.cc only (SQLiteCpp's shape,
// kept small). Errors the caller cannot recover from throw SqliteError.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kg::sqlite {

/// Rows per multi-row INSERT: one statement step writes this many rows
/// (AddArticle, ImportTables).
constexpr std::size_t kRowsPerInsert = 32;

/// For n = 1…kRowsPerInsert: head followed by n parenthesised rows of
/// `columns` numbered parameters, each row ending in `constants` (SQL
/// literals for the last columns of the head, e.g. ",NULL,'import'").
inline std::vector<std::string> MultiRowSql(std::string_view head, std::size_t columns,
                                            std::string_view constants = "") {
  std::vector<std::string> v(kRowsPerInsert + 1);
  for (std::size_t rows = 1; rows <= kRowsPerInsert; ++rows) {
    std::string& q = v[rows];
    q = head;
    for (std::size_t r = 0; r < rows; ++r) {
      q += r == 0 ? "(" : ",(";
      for (std::size_t c = 1; c <= columns; ++c) {
        if (c > 1) q += ',';
        q += '?';
        q += std::to_string(r * columns + c);
      }
      q += constants;
      q += ")";
    }
  }
  return v;
}

class SqliteError : public std::runtime_error {
 public:
  SqliteError(int code, const std::string& what)
      : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

struct DbDeleter {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtDeleter {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using DbHandle = std::unique_ptr<sqlite3, DbDeleter>;

/// A prepared statement; Step() returns true while a row is available.
class Stmt {
 public:
  Stmt(sqlite3* db, std::string_view sql) : db_(db) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()),
                                &raw, nullptr);
    stmt_.reset(raw);
    if (rc != SQLITE_OK)
      throw SqliteError(rc, std::string(sqlite3_errmsg(db)) + " in: " +
                                std::string(sql));
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&&) = default;
  Stmt& operator=(Stmt&&) = default;

  Stmt& Bind(int i, std::int64_t v) {
    Check(sqlite3_bind_int64(stmt_.get(), i, v));
    return *this;
  }
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<std::int64_t>(v)); }
  Stmt& Bind(int i, std::size_t v) {
    return Bind(i, static_cast<std::int64_t>(v));
  }
  Stmt& Bind(int i, double v) {
    Check(sqlite3_bind_double(stmt_.get(), i, v));
    return *this;
  }
  Stmt& Bind(int i, std::string_view v) {
    Check(sqlite3_bind_text(stmt_.get(), i, v.data(),
                            static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Stmt& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Stmt& Bind(int i, const std::string& v) {
    return Bind(i, std::string_view(v));
  }
  Stmt& BindNull(int i) {
    Check(sqlite3_bind_null(stmt_.get(), i));
    return *this;
  }
  template <typename T>
  Stmt& Bind(int i, const std::optional<T>& v) {
    if (v) return Bind(i, *v);
    return BindNull(i);
  }

  bool Step() {
    int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SqliteError(rc, sqlite3_errmsg(db_));
  }
  void Exec() {
    while (Step()) {
    }
    Reset();
  }
  void Reset() {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
  }

  std::int64_t Int(int col) const {
    return sqlite3_column_int64(stmt_.get(), col);
  }
  double Double(int col) const {
    return sqlite3_column_double(stmt_.get(), col);
  }
  bool IsNull(int col) const {
    return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL;
  }
  std::string Text(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_.get(), col);
    int n = sqlite3_column_bytes(stmt_.get(), col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(n))
             : std::string();
  }
  std::string_view TextView(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_.get(), col);
    int n = sqlite3_column_bytes(stmt_.get(), col);
    return p ? std::string_view(reinterpret_cast<const char*>(p),
                                static_cast<std::size_t>(n))
             : std::string_view();
  }

 private:
  void Check(int rc) {
    if (rc != SQLITE_OK) throw SqliteError(rc, sqlite3_errmsg(db_));
  }
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, StmtDeleter> stmt_;
};

inline void Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    throw SqliteError(rc, msg);
  }
}

/// BEGIN IMMEDIATE in the constructor; ROLLBACK in the destructor unless
/// Commit() ran. Inside a transaction already open (a batch of
/// Store::BeginBatch) it is a savepoint instead: Commit() releases it into
/// the outer transaction and the destructor undoes only its own writes.
/// Never throws from the destructor.
class Transaction {
 public:
  explicit Transaction(sqlite3* db)
      : db_(db), nested_(sqlite3_get_autocommit(db) == 0) {
    Exec(db_, nested_ ? "SAVEPOINT kg_nested" : "BEGIN IMMEDIATE");
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    if (done_) return;
    if (nested_) {
      sqlite3_exec(db_, "ROLLBACK TO kg_nested; RELEASE kg_nested", nullptr,
                   nullptr, nullptr);
    } else {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
  }
  void Commit() {
    Exec(db_, nested_ ? "RELEASE kg_nested" : "COMMIT");
    done_ = true;
  }

 private:
  sqlite3* db_;
  bool nested_;
  bool done_ = false;
};

}  // namespace kg::sqlite
