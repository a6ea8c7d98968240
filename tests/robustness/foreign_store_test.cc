// Issue 5, stores from elsewhere: a newer schema, a file that is not a kg
// store, a truncated store and a read-only file each give a clear error,
// and nothing is overwritten.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "graph/store.h"
#include "ingest/article_json.h"
#include "tests/robustness/robustness_util.h"

namespace kg {
namespace {

using kg::testing::DataDir;
using kg::testing::Kg;
using kg::testing::ReadFile;
using kg::testing::TempDir;
using kg::testing::WriteFile;

void Sql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sql;
  sqlite3_close(db);
}

/// A real store of the bundled corpus, all in its main file (no WAL).
std::string RealStore(const TempDir& dir) {
  std::string db = dir.File("real.db");
  auto r = Kg({"--db", db, "ingest", DataDir()});
  EXPECT_EQ(r.code, 0) << r.err;
  Sql(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
  return db;
}

/// Every write and read command on path fails with a message containing
/// what; the file keeps its bytes and no -wal/-shm/-journal is left.
void RefusedAndUntouched(const std::string& path, const std::string& what) {
  std::string before = ReadFile(path);
  std::string article = DataDir();
  for (std::vector<std::string> args :
       {std::vector<std::string>{"ingest", article}, {"show", "Rostec"},
        {"export", "--format", "json"}, {"stats"}, {"check"}, {"check", "--repair"}}) {
    args.insert(args.begin(), {"--db", path});
    auto r = Kg(args);
    EXPECT_NE(r.code, 0) << args[2];
    EXPECT_NE(r.err.find(what), std::string::npos) << args[2] << ": " << r.err;
  }
  EXPECT_TRUE(ReadFile(path) == before) << path << " was changed";
  for (const char* suffix : {"-wal", "-shm", "-journal"})
    EXPECT_FALSE(std::filesystem::exists(path + suffix)) << suffix;
}

TEST(ForeignStore, NewerSchemaIsRefusedAndUntouched) {
  TempDir dir;
  std::string db = RealStore(dir);
  Sql(db, "PRAGMA user_version = 7");
  RefusedAndUntouched(db, "schema version 7, newer than this kg understands (4)");
  auto m = Kg({"--db", db, "migrate"});
  EXPECT_EQ(m.code, 2);
  EXPECT_NE(m.err.find("newer than this kg understands"), std::string::npos);
}

TEST(ForeignStore, TextFileIsNotAStore) {
  TempDir dir;
  std::string path = dir.File("notes.db");
  WriteFile(path, "These are my notes, not a database.\n");
  RefusedAndUntouched(path, "is not a kg store (not an SQLite database)");
}

TEST(ForeignStore, OtherSqliteDatabaseIsNotAStore) {
  TempDir dir;
  std::string path = dir.File("other.db");
  Sql(path, "CREATE TABLE accounts(id INTEGER PRIMARY KEY, balance REAL);"
            "INSERT INTO accounts VALUES(1, 100.5);");
  RefusedAndUntouched(path, "is an SQLite database but not a kg store");
}

TEST(ForeignStore, TruncatedStoreIsAClearError) {
  TempDir dir;
  std::string db = RealStore(dir);
  std::string half = dir.File("half.db");
  std::string bytes = ReadFile(db);
  WriteFile(half, bytes.substr(0, bytes.size() / 2));
  RefusedAndUntouched(half, "is truncated");
}

TEST(ForeignStore, ReadOnlyFileIsNotWritten) {
  if (geteuid() == 0)
    GTEST_SKIP() << "root ignores file permissions; Store::Options::read_only "
                    "is tested below";
  TempDir dir;
  std::string db = RealStore(dir);
  chmod(db.c_str(), 0444);
  std::string before = ReadFile(db);
  auto r = Kg({"--db", db, "ingest", DataDir()});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("the file is read-only"), std::string::npos) << r.err;
  EXPECT_TRUE(ReadFile(db) == before);
  EXPECT_EQ(Kg({"--db", db, "show", "Rostec"}).code, 0);  // reading works
  chmod(db.c_str(), 0644);
}

TEST(ForeignStore, ReadOnlyOpenReadsAndNeverWrites) {
  TempDir dir;
  std::string db = RealStore(dir);
  std::string before = ReadFile(db);
  Store::Options o;
  o.read_only = true;
  auto store = Store::Open(db, o);
  ASSERT_TRUE(store.has_value()) << store.status().ToString();
  EXPECT_FALSE((*store)->FindByName("Rostec").empty());
  Result<ArticleDoc> doc = ParseArticleJson(
      R"({"entities": [{"name": "New Co", "type": "Company"}]})", SourcePosition{});
  ASSERT_TRUE(doc.has_value());
  FinalizeArticle(*doc);
  EXPECT_ANY_THROW((*store)->AddArticle(*doc));
  store = Status::NotFound("closed");
  EXPECT_TRUE(ReadFile(db) == before);
}

TEST(ForeignStore, DirectoryIsNotAStore) {
  TempDir dir;
  auto r = Kg({"--db", dir.path().string(), "ingest", DataDir()});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("is a directory, not a kg store"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace kg
