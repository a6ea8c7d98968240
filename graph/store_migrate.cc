// MigrateStore: schema upgrades of kg stores (`kg migrate`).
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "graph/sqlite_internal.h"
#include "graph/store.h"
#include "graph/store_schema.h"

namespace kg {

std::span<const MigrationStep> MigrationSteps() {
  static constexpr MigrationStep kSteps[] = {
      {1, "meta table with the store's generation (CSR snapshot)", kSchemaV2Step},
      {2, "imported facts' file records out of the sentence index", kSchemaV3Step},
      {3, "reshaped counter: the CSR snapshot survives appends", kSchemaV4Step},
  };
  return kSteps;
}

Result<MigrationPlan> MigrateStore(const std::string& path,
                                   const MigrateOptions& options) {
  return MigrateStore(path, options, MigrationSteps(), kSchemaVersion);
}

Result<MigrationPlan> MigrateStore(const std::string& path,
                                   const MigrateOptions& options,
                                   std::span<const MigrationStep> steps,
                                   int target) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    return Status::NotFound(fmt::format("no kg store at {}", path));
  sqlite3* raw = nullptr;
  int flags = options.dry_run ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  sqlite::DbHandle db(raw);
  if (rc != SQLITE_OK)
    return Status::IoError(fmt::format("cannot open {}: {}", path,
                                       raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  sqlite3_busy_timeout(db.get(), 30000);
  MigrationPlan plan;
  try {
    sqlite::Stmt app(db.get(), "PRAGMA application_id");
    app.Step();
    if (app.Int(0) != kApplicationId)
      return Status::Corrupt(fmt::format(
          "{} is not a kg store (application_id {:#x}); nothing was changed",
          path, static_cast<unsigned>(app.Int(0))));
    sqlite::Stmt version(db.get(), "PRAGMA user_version");
    version.Step();
    plan.from_version = plan.to_version = static_cast<int>(version.Int(0));
  } catch (const sqlite::SqliteError& e) {
    return Status::Corrupt(fmt::format("{} is not a kg store: {}; nothing was changed",
                                       path, e.what()));
  }
  if (plan.from_version > target)
    return Status::Corrupt(fmt::format(
        "{} has schema version {}, newer than this kg understands ({}); "
        "nothing was changed", path, plan.from_version, target));
  std::vector<const MigrationStep*> chain;
  for (int v = plan.from_version; v < target; ++v) {
    const MigrationStep* step = nullptr;
    for (const MigrationStep& s : steps)
      if (s.from == v) step = &s;
    if (step == nullptr)
      return Status::Corrupt(fmt::format(
          "{} has schema version {}, and this kg knows no migration from "
          "version {}; nothing was changed", path, plan.from_version, v));
    chain.push_back(step);
    plan.steps.push_back(fmt::format("v{} → v{}: {}", v, v + 1, step->description));
  }
  plan.to_version = target;
  if (chain.empty()) return plan;
  plan.backup_path = options.backup_path.empty()
                         ? fmt::format("{}.v{}.bak", path, plan.from_version)
                         : options.backup_path;
  if (options.dry_run) return plan;
  if (std::filesystem::exists(plan.backup_path, ec))
    return Status::IoError(fmt::format(
        "backup file {} exists already; move it away or pass another "
        "backup path (nothing was changed)", plan.backup_path));
  try {
    // VACUUM INTO writes a consistent copy, WAL contents included.
    sqlite::Stmt backup(db.get(), "VACUUM INTO ?1");
    backup.Bind(1, plan.backup_path);
    backup.Exec();
    sqlite::Exec(db.get(), "PRAGMA foreign_keys = OFF");  // steps may rebuild tables
    sqlite::Transaction txn(db.get());
    for (const MigrationStep* step : chain)
      sqlite::Exec(db.get(), std::string(step->sql).c_str());
    sqlite::Exec(db.get(), fmt::format("PRAGMA user_version = {}", target).c_str());
    sqlite::Stmt fk(db.get(), "PRAGMA foreign_key_check");
    if (fk.Step())
      throw sqlite::SqliteError(SQLITE_CONSTRAINT,
                                "the migrated store breaks a foreign key");
    txn.Commit();
  } catch (const sqlite::SqliteError& e) {
    return Status::IoError(fmt::format(
        "migrating {} failed, the store is as it was (backup in {}): {}", path,
        plan.backup_path, e.what()));
  }
  return plan;
}

}  // namespace kg
