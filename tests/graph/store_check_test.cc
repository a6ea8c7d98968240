// kg check (CheckStore) and kg migrate (MigrateStore) on real SQLite files,
// damaged on purpose with raw SQL.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "graph/store.h"
#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::DataDir;
using kg::testing::Kg;
using kg::testing::ReadFile;
using kg::testing::TempDir;

/// Runs sql on the file with foreign keys off (as a careless tool would).
void Damage(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "") << " in " << sql;
  sqlite3_free(err);
  sqlite3_close(db);
}

bool Mentions(const std::vector<std::string>& lines, const std::string& part) {
  for (const std::string& l : lines)
    if (l.find(part) != std::string::npos) return true;
  return false;
}

class CheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.File("kg.db");
    auto r = Kg({"--db", db_, "ingest", DataDir()});
    ASSERT_EQ(r.code, 0) << r.err;
  }
  CheckReport Check(bool repair = false) {
    Store::Options o;
    o.read_only = !repair;
    auto store = Store::Open(db_, o);
    EXPECT_TRUE(store.has_value()) << store.status().ToString();
    CheckOptions co;
    co.repair = repair;
    return CheckStore(**store, co);
  }
  TempDir dir_;
  std::string db_;
};

TEST_F(CheckTest, IngestedCorpusIsSound) {
  CheckReport r = Check();
  EXPECT_TRUE(r.ok()) << r.problems.front();
  EXPECT_TRUE(Mentions(r.passed, "integrity_check"));
  EXPECT_TRUE(Mentions(r.passed, "foreign_key_check"));
  EXPECT_TRUE(Mentions(r.passed, "every relation has evidence"));
  auto cli = Kg({"--db", db_, "check"});
  EXPECT_EQ(cli.code, 0) << cli.out << cli.err;
  EXPECT_NE(cli.out.find(": sound"), std::string::npos) << cli.out;
}

TEST_F(CheckTest, RetractingEveryArticleLeavesASoundEmptyGraph) {
  Store::Options o;
  auto store = Store::Open(db_, o);
  ASSERT_TRUE(store.has_value());
  std::vector<std::string> ids;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2((*store)->handle(), "SELECT ext_id FROM articles", -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW)
    ids.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  sqlite3_finalize(st);
  for (const std::string& id : ids) EXPECT_TRUE((*store)->RetractArticle(id));
  StoreStats s = (*store)->Stats();
  EXPECT_EQ(s.entities + s.relations + s.evidence + s.articles, 0);
  CheckReport r = CheckStore(**store, CheckOptions());
  EXPECT_TRUE(r.ok()) << r.problems.front();
}

TEST_F(CheckTest, FindsEachBrokenInvariant) {
  Damage(db_,
         "PRAGMA foreign_keys = OFF;"
         // an orphan entity, with its alias
         "INSERT INTO entities(id, name, type, key) VALUES(90001, 'Nobody Corp', "
         "'Company', 'nobody corp');"
         "INSERT INTO aliases VALUES(90001, 'Nobody Corp', 'nobody corp', 0);"
         // an alias of a missing entity
         "INSERT INTO aliases VALUES(90002, 'Ghost', 'ghost', 0);"
         // a relation without evidence
         "INSERT INTO relations(id, subject_id, relation, object_id) "
         "SELECT 90003, a.id, 'partners_with', b.id FROM entities a, entities b "
         "WHERE a.id < b.id AND a.id <> 90001 AND b.id <> 90001 AND NOT EXISTS("
         "SELECT 1 FROM relations r WHERE r.subject_id = a.id AND "
         "r.relation = 'partners_with' AND r.object_id = b.id) LIMIT 1;"
         // evidence of a missing article
         "INSERT INTO evidence(relation_id, article_id, sentence) "
         "SELECT MIN(id), 99999, 'lost' FROM relations WHERE id <> 90003;"
         // a stale key and an unknown type
         "UPDATE entities SET key = 'stale' WHERE id = (SELECT MIN(id) FROM entities);"
         "UPDATE entities SET type = 'Spaceship' WHERE id = (SELECT MAX(id) FROM "
         "entities WHERE id < 90001);");
  CheckReport r = Check();
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(Mentions(r.problems, "\"Nobody Corp\" (Company) has no mention and no relation"));
  EXPECT_TRUE(Mentions(r.problems, "alias \"Ghost\" names entity 90002, which does not exist"));
  EXPECT_TRUE(Mentions(r.problems, "relation 90003 ("));
  EXPECT_TRUE(Mentions(r.problems, "names article row 99999, which does not exist"));
  EXPECT_TRUE(Mentions(r.problems, "has a stale name key"));
  EXPECT_TRUE(Mentions(r.problems, "of unknown type \"Spaceship\""));
  EXPECT_TRUE(Mentions(r.problems, "foreign_key_check: 1 row(s) of aliases point at missing entities"));

  auto cli = Kg({"--db", db_, "check"});
  EXPECT_EQ(cli.code, 1);
  EXPECT_NE(cli.out.find("problem   relation 90003"), std::string::npos) << cli.out;

  // --repair fixes the lossless ones and says what it did; facts and
  // evidence stay and are still reported.
  auto fixed = Kg({"--db", db_, "check", "--repair"});
  EXPECT_EQ(fixed.code, 1) << fixed.out;
  EXPECT_NE(fixed.out.find("repaired  1 alias row(s) of missing entities deleted"),
            std::string::npos) << fixed.out;
  EXPECT_NE(fixed.out.find("repaired  1 orphan entity (no mention, no relation) "
                           "deleted with its aliases: \"Nobody Corp\" (Company)"),
            std::string::npos) << fixed.out;
  EXPECT_NE(fixed.out.find("stale name key(s) recomputed"), std::string::npos);
  CheckReport after = Check();
  EXPECT_FALSE(Mentions(after.problems, "Nobody Corp"));
  EXPECT_FALSE(Mentions(after.problems, "Ghost"));
  EXPECT_FALSE(Mentions(after.problems, "stale"));
  EXPECT_TRUE(Mentions(after.problems, "relation 90003 ("));
  EXPECT_TRUE(Mentions(after.problems, "article row 99999"));
  EXPECT_TRUE(Mentions(after.problems, "Spaceship"));
}

TEST_F(CheckTest, RepairOfASoundStoreChangesNothing) {
  std::string before = Kg({"--db", db_, "export", "--format", "json"}).out;
  auto r = Kg({"--db", db_, "check", "--repair"});
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out.find("repaired"), std::string::npos) << r.out;
  EXPECT_EQ(Kg({"--db", db_, "export", "--format", "json"}).out, before);
}

TEST_F(CheckTest, MissingTableIsASchemaProblem) {
  Damage(db_, "DROP INDEX evidence_article;");
  CheckReport r = Check();
  EXPECT_TRUE(Mentions(r.problems, "schema: index evidence_article is missing"));
}

TEST(CheckCli, MissingStoreIsAUsageErrorAndCreatesNothing) {
  TempDir dir;
  auto r = Kg({"--db", dir.File("none.db"), "check"});
  EXPECT_EQ(r.code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir.File("none.db")));
}

// ---- migration -----------------------------------------------------------

class MigrateTest : public CheckTest {};

// Test-only steps after the real ones: v4 → v5 adds a table, v5 → v6
// breaks (bad SQL).
constexpr MigrationStep kTestSteps[] = {
    {4, "add table notes", "CREATE TABLE notes(entity_id INTEGER REFERENCES "
                           "entities(id), note TEXT NOT NULL);"},
    {5, "a broken step", "ALTER TABLE no_such_table ADD COLUMN x;"},
};

/// The first column of the first row of sql, read from the file at path
/// opened read-only.
std::int64_t QueryInt(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
  sqlite3_step(st);
  std::int64_t v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

int UserVersion(const std::string& path) {
  return static_cast<int>(QueryInt(path, "PRAGMA user_version"));
}

TEST_F(MigrateTest, CurrentStoreNeedsNothing) {
  auto r = Kg({"--db", db_, "migrate"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("is at schema version 4, the current one; nothing to do"),
            std::string::npos) << r.out;
  // v1 → v2: the meta table; v2 → v3: imported facts out of the sentence
  // index; v3 → v4: the reshaped counter
  ASSERT_EQ(MigrationSteps().size(), 3u);
  EXPECT_EQ(MigrationSteps()[0].from, 1);
  EXPECT_EQ(MigrationSteps()[1].from, 2);
  EXPECT_EQ(MigrationSteps()[2].from, 3);
}

// Issue 6: schema v4 adds the reshaped counter (changes other than
// appends) and its triggers. Turns the store back into a v3 store.
constexpr const char* kUndoV4 =
    "DROP TRIGGER entities_reshaped_insert; DROP TRIGGER entities_reshaped_delete;"
    "DROP TRIGGER entities_reshaped_update;"
    "DROP TRIGGER relations_reshaped_insert; DROP TRIGGER relations_reshaped_delete;"
    "DROP TRIGGER relations_reshaped_update; DELETE FROM meta WHERE key = 'reshaped';";

void MakeV3(const std::string& db) {
  Damage(db, std::string(kUndoV4) + "PRAGMA user_version = 3;");
}

// Issue 6: schema v2 adds the meta table (the generation the CSR snapshot
// is checked against). Turns the store back into a v1 store.
void MakeV1(const std::string& db) {
  Damage(db,
         std::string(kUndoV4) +
         "DROP TRIGGER entities_generation_insert; DROP TRIGGER entities_generation_delete;"
         "DROP TRIGGER entities_generation_rename;"
         "DROP TRIGGER relations_generation_insert; DROP TRIGGER relations_generation_delete;"
         "DROP TRIGGER relations_generation_update; DROP TABLE meta;"
         "PRAGMA user_version = 1;");
  std::filesystem::remove(db + ".csr");
}

bool HasMeta(const std::string& path) {
  return QueryInt(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'meta'") == 1;
}

TEST_F(MigrateTest, V1StoreMigratesToTheCurrentVersionWithABackup) {
  std::string export_before = Kg({"--db", db_, "export", "--format", "json"}).out;
  MakeV1(db_);
  EXPECT_EQ(UserVersion(db_), 1);
  // Read-only commands read a v1 store as it is (no snapshot).
  auto path = Kg({"--db", db_, "path", "Rostec", "Tomtorskoye"});
  EXPECT_NE(path.code, 2) << path.err;
  EXPECT_EQ(Kg({"--db", db_, "export", "--format", "json"}).out, export_before);
  EXPECT_EQ(UserVersion(db_), 1);
  auto r = Kg({"--db", db_, "migrate"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("meta table"), std::string::npos) << r.out;
  EXPECT_EQ(UserVersion(db_), kSchemaVersion);
  EXPECT_TRUE(HasMeta(db_));
  EXPECT_EQ(UserVersion(db_ + ".v1.bak"), 1);
  EXPECT_EQ(Kg({"--db", db_, "export", "--format", "json"}).out, export_before);
  auto check = Kg({"--db", db_, "check"});
  EXPECT_EQ(check.code, 0) << check.out;
}

std::int64_t Reshaped(const std::string& path) {
  return QueryInt(path,
                  "SELECT coalesce((SELECT value FROM meta WHERE key = 'reshaped'), -1)");
}

TEST_F(MigrateTest, V3StoreMigratesToV4WithABackup) {
  std::string export_before = Kg({"--db", db_, "export", "--format", "json"}).out;
  std::string path_before = Kg({"--db", db_, "path", "Rostec", "Tomtorskoye"}).out;
  MakeV3(db_);
  EXPECT_EQ(UserVersion(db_), 3);
  EXPECT_EQ(Reshaped(db_), -1);
  // A v4 kg reads a v3 store as it is: its old snapshot is not used.
  EXPECT_EQ(Kg({"--db", db_, "path", "Rostec", "Tomtorskoye"}).out, path_before);
  auto check = Kg({"--db", db_, "check"});
  EXPECT_EQ(check.code, 1);
  EXPECT_NE(check.out.find("schema version is 3, this kg knows 4"), std::string::npos)
      << check.out;
  auto dry = Kg({"--db", db_, "migrate", "--dry-run"});
  ASSERT_EQ(dry.code, 0) << dry.err;
  EXPECT_NE(dry.out.find("v3 → v4: reshaped counter"), std::string::npos) << dry.out;
  EXPECT_EQ(UserVersion(db_), 3);
  auto r = Kg({"--db", db_, "migrate"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(UserVersion(db_), 4);
  EXPECT_EQ(UserVersion(db_ + ".v3.bak"), 3);
  EXPECT_EQ(Reshaped(db_ + ".v3.bak"), -1);
  const std::int64_t reshaped = Reshaped(db_);
  EXPECT_GE(reshaped, 0);
  EXPECT_EQ(Kg({"--db", db_, "export", "--format", "json"}).out, export_before);
  check = Kg({"--db", db_, "check"});
  EXPECT_EQ(check.code, 0) << check.out;
  // The triggers count deletes, not appends.
  kg::testing::WriteFile(dir_.File("more.json"), R"({"id": "more", "entities": [
    {"id": "a", "name": "Rostec", "type": "Company"},
    {"id": "b", "name": "Nowa Mine", "type": "Project"}],
    "relations": [{"subject": "a", "relation": "operates", "object": "b"}]})");
  ASSERT_EQ(Kg({"--db", db_, "ingest", dir_.File("more.json")}).code, 0);
  EXPECT_EQ(Reshaped(db_), reshaped);
  ASSERT_EQ(Kg({"--db", db_, "retract", "more"}).code, 0);
  EXPECT_GT(Reshaped(db_), reshaped);
  EXPECT_EQ(Kg({"--db", db_, "export", "--format", "json"}).out, export_before);
}

TEST_F(MigrateTest, WriteOpenMigratesAV1StoreInOneTransaction) {
  MakeV1(db_);
  {
    Store::Options o;
    o.read_only = true;
    auto ro = Store::Open(db_, o);
    ASSERT_TRUE(ro.has_value()) << ro.status().ToString();
  }
  EXPECT_EQ(UserVersion(db_), 1);  // a reader changes nothing
  {
    auto rw = Store::Open(db_);
    ASSERT_TRUE(rw.has_value()) << rw.status().ToString();
  }
  EXPECT_EQ(UserVersion(db_), kSchemaVersion);
  EXPECT_TRUE(HasMeta(db_));
  auto check = Kg({"--db", db_, "check"});
  EXPECT_EQ(check.code, 0) << check.out;
  // Any write refreshes the snapshot, which then answers.
  ASSERT_EQ(Kg({"--db", db_, "ingest", DataDir()}).code, 0);
  EXPECT_TRUE(std::filesystem::exists(db_ + ".csr"));
}

TEST_F(MigrateTest, DryRunChangesNothing) {
  // Checkpoint the WAL so the main file holds everything, then compare bytes.
  Damage(db_, "PRAGMA wal_checkpoint(TRUNCATE);");
  std::string before = ReadFile(db_);
  MigrateOptions o;
  o.dry_run = true;
  auto plan = MigrateStore(db_, o, kTestSteps, 5);
  ASSERT_TRUE(plan.has_value()) << plan.status().ToString();
  EXPECT_EQ(plan->from_version, 4);
  EXPECT_EQ(plan->to_version, 5);
  ASSERT_EQ(plan->steps.size(), 1u);
  EXPECT_EQ(plan->steps[0], "v4 → v5: add table notes");
  EXPECT_EQ(ReadFile(db_), before);
  EXPECT_FALSE(std::filesystem::exists(plan->backup_path));
}

TEST_F(MigrateTest, MigratesInOneTransactionAfterABackup) {
  std::string export_before = Kg({"--db", db_, "export", "--format", "json"}).out;
  auto plan = MigrateStore(db_, MigrateOptions(), kTestSteps, 5);
  ASSERT_TRUE(plan.has_value()) << plan.status().ToString();
  EXPECT_EQ(UserVersion(db_), 5);
  EXPECT_EQ(plan->backup_path, db_ + ".v4.bak");
  EXPECT_EQ(UserVersion(plan->backup_path), 4);
  // The backup is a working v4 store with the same graph.
  EXPECT_EQ(Kg({"--db", plan->backup_path, "export", "--format", "json"}).out,
            export_before);
  // A v5 store is newer than this kg: refused, untouched.
  auto r = Kg({"--db", db_, "show", "Rostec"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("schema version 5, newer than this kg understands"),
            std::string::npos) << r.err;
}

TEST_F(MigrateTest, AnExistingBackupFileIsNeverOverwritten) {
  std::string other = dir_.File("precious.txt");
  kg::testing::WriteFile(other, "keep me");
  MigrateOptions o;
  o.backup_path = other;
  auto plan = MigrateStore(db_, o, kTestSteps, 5);
  ASSERT_FALSE(plan.has_value());
  EXPECT_NE(plan.error().message().find("exists already"), std::string::npos);
  EXPECT_EQ(ReadFile(other), "keep me");
  EXPECT_EQ(UserVersion(db_), 4);
}

TEST_F(MigrateTest, AFailingStepLeavesTheStoreAsItWas) {
  std::string export_before = Kg({"--db", db_, "export", "--format", "json"}).out;
  auto plan = MigrateStore(db_, MigrateOptions(), kTestSteps, 6);
  ASSERT_FALSE(plan.has_value());
  EXPECT_NE(plan.error().message().find("the store is as it was"), std::string::npos)
      << plan.error().message();
  EXPECT_EQ(UserVersion(db_), 4);
  EXPECT_EQ(Kg({"--db", db_, "export", "--format", "json"}).out, export_before);
  auto check = Kg({"--db", db_, "check"});
  EXPECT_EQ(check.code, 0) << check.out;  // no table "notes" half-made
}

TEST_F(MigrateTest, NoChainOfStepsIsAClearError) {
  auto plan = MigrateStore(db_, MigrateOptions(), {}, 5);
  ASSERT_FALSE(plan.has_value());
  EXPECT_NE(plan.error().message().find("knows no migration from version 4"),
            std::string::npos);
  EXPECT_EQ(UserVersion(db_), 4);
}

}  // namespace
}  // namespace kg
