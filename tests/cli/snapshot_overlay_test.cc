// Issue 6: after a write that only appends (an ingest), the CSR snapshot
// file is kept and read with an overlay of the new rows, and every answer
// is the store walk's; a retract or a merge writes the file again.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "graph/local_search.h"
#include "graph/snapshot.h"
#include "graph/store.h"
#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::Kg;
using kg::testing::TempDir;
using kg::testing::WriteFile;

/// What tells one file from another: a rewrite goes through a new inode.
struct FileStamp {
  ino_t inode = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t size = 0;
  bool operator==(const FileStamp&) const = default;
};

FileStamp Stamp(const std::string& path) {
  struct stat st {};
  EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
  return FileStamp{st.st_ino,
                   static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 +
                       st.st_mtim.tv_nsec,
                   static_cast<std::int64_t>(st.st_size)};
}

// A store imported from tables: Ent0..Ent399 (companies, projects, countries)
// with 2,000 random facts, and two entities without any, Loner A and B.
std::string ImportedStore(const TempDir& dir) {
  std::mt19937 rng(6);
  const char* types[] = {"Company", "Facility", "Country"};
  const char* relations[] = {"OWNS", "SUPPLIES", "FUNDS", "CONTRACTS_WITH",
                             "ACQUIRES"};
  std::string nodes = "id,name,type\n", rels = "src_id,dst_id,relation\n";
  for (int i = 0; i < 400; ++i)
    nodes += std::to_string(i) + ",Ent" + std::to_string(i) + "," +
             types[i % 3] + "\n";
  nodes += "400,Loner A,Company\n401,Loner B,Company\n";
  for (int k = 0; k < 2000; ++k) {
    const unsigned s = rng() % 400, o = rng() % 400;
    if (s != o)
      rels += std::to_string(s) + "," + std::to_string(o) + "," +
              relations[rng() % 5] + "\n";
  }
  WriteFile(dir.File("n.csv"), nodes);
  WriteFile(dir.File("r.csv"), rels);
  const std::string db = dir.File("kg.db");
  auto r = Kg({"--db", db, "import", dir.File("n.csv"), dir.File("r.csv")});
  EXPECT_EQ(r.code, 0) << r.err;
  return db;
}

// A small article: a new project run by Ent0, located in Ent2 (a country),
// and a first fact between the two loners.
const char* kArticle = R"({"id": "lithium-1", "title": "A new brine project",
  "published": "2025-03-01",
  "entities": [{"id": "a", "name": "Ent0", "type": "Company"},
               {"id": "c", "name": "Ent2", "type": "Country"},
               {"id": "p", "name": "Salar Nuevo", "type": "Project"},
               {"id": "x", "name": "Loner A", "type": "Company"},
               {"id": "y", "name": "Loner B", "type": "Company"}],
  "relations": [
    {"subject": "a", "relation": "operates", "object": "p", "evidence": "Ent0 runs Salar Nuevo."},
    {"subject": "p", "relation": "located_in", "object": "c", "evidence": "Salar Nuevo lies in Ent2."},
    {"subject": "x", "relation": "supplies", "object": "y", "evidence": "Loner A ships brine to Loner B."}]})";

// The answers of the read commands that use the snapshot.
std::string Answers(const std::string& db) {
  const std::vector<std::vector<std::string>> queries = {
      {"path", "Loner A", "Loner B"},
      {"path", "Ent7", "Salar Nuevo", "--all"},
      {"path", "Salar Nuevo", "Loner B"},
      {"path", "Ent5", "Ent300", "--all"},
      {"neighbors", "Salar Nuevo", "--depth", "2"},
      {"neighbors", "Ent0", "--depth", "3"},
      {"neighbors", "Ent2", "--depth", "2", "--direction", "in"},
      {"neighbors", "Loner A"},
      {"export", "--format", "dot", "--focus", "Salar Nuevo", "--depth", "2"},
      {"stats", "--format", "json", "--top", "20"},
  };
  std::string all;
  for (const auto& q : queries) {
    std::vector<std::string> args{"--db", db};
    args.insert(args.end(), q.begin(), q.end());
    auto r = Kg(args);
    all += "$ kg";
    for (const std::string& a : q) all += " " + a;
    all += "\n" + std::to_string(r.code) + "\n" + r.out + r.err;
  }
  return all;
}

// The answers again with the snapshot file moved away: the store walk.
std::string WalkAnswers(const std::string& db) {
  std::filesystem::rename(db + ".csr", db + ".csr.away");
  std::string all = Answers(db);
  std::filesystem::rename(db + ".csr.away", db + ".csr");
  return all;
}

// True when a search on db now runs over the snapshot file, with an overlay
// of `relations` relations.
bool UsesOverlay(const std::string& db, std::size_t relations) {
  Store::Options o;
  o.read_only = true;
  auto store = Store::Open(db, o);
  EXPECT_TRUE(store.has_value());
  std::shared_ptr<const Snapshot> snap = Snapshot::OpenFresh(**store);
  if (snap == nullptr || snap->overlay_relations() != relations) return false;
  return LocalGraph(**store, RelationFilter{}).uses_snapshot();
}

TEST(Issue6Overlay, IngestAfterImportKeepsTheFileAndAnswersAlike) {
  TempDir dir;
  const std::string db = ImportedStore(dir);
  ASSERT_TRUE(std::filesystem::exists(db + ".csr"));
  EXPECT_EQ(Kg({"--db", db, "path", "Loner A", "Loner B"}).code, 1);
  const FileStamp before = Stamp(db + ".csr");
  const std::string bytes = kg::testing::ReadFile(db + ".csr");

  WriteFile(dir.File("lithium.json"), kArticle);
  auto r = Kg({"--db", db, "ingest", dir.File("lithium.json")});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Stamp(db + ".csr"), before) << "the snapshot file was rewritten";
  EXPECT_EQ(kg::testing::ReadFile(db + ".csr"), bytes);
  ASSERT_TRUE(UsesOverlay(db, 3));

  // New entities and facts are found and reached.
  auto loners = Kg({"--db", db, "path", "Loner A", "Loner B"});
  EXPECT_EQ(loners.code, 0) << loners.err;
  EXPECT_NE(loners.out.find("supplies"), std::string::npos) << loners.out;
  auto to_new = Kg({"--db", db, "path", "Ent0", "Salar Nuevo"});
  EXPECT_EQ(to_new.code, 0) << to_new.err;
  EXPECT_NE(to_new.out.find("operates"), std::string::npos) << to_new.out;
  EXPECT_NE(Kg({"--db", db, "neighbors", "Salar Nuevo"}).out.find("Ent2"),
            std::string::npos);

  const std::string with = Answers(db);
  EXPECT_EQ(with, WalkAnswers(db));
  EXPECT_EQ(Stamp(db + ".csr"), before) << "readers never write the file";
}

TEST(Issue6Overlay, RetractAndMergeWriteTheFileAgain) {
  TempDir dir;
  const std::string db = ImportedStore(dir);
  WriteFile(dir.File("lithium.json"), kArticle);
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("lithium.json")}).code, 0);
  ASSERT_TRUE(UsesOverlay(db, 3));
  const FileStamp with_overlay = Stamp(db + ".csr");

  // A retract deletes rows: the overlay cannot say so, the file is written.
  auto r = Kg({"--db", db, "retract", "lithium-1"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(Stamp(db + ".csr"), with_overlay);
  EXPECT_TRUE(UsesOverlay(db, 0));
  EXPECT_EQ(Kg({"--db", db, "path", "Loner A", "Loner B"}).code, 1);
  EXPECT_EQ(Kg({"--db", db, "show", "Salar Nuevo"}).code, 1);
  EXPECT_EQ(Answers(db), WalkAnswers(db));

  // Back in, then a merge: relations re-pointed and an entity deleted.
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("lithium.json")}).code, 0);
  ASSERT_TRUE(UsesOverlay(db, 3));
  const FileStamp again = Stamp(db + ".csr");
  auto m = Kg({"--db", db, "merge", "Loner A", "Ent7"});
  ASSERT_EQ(m.code, 0) << m.err;
  EXPECT_NE(Stamp(db + ".csr"), again);
  EXPECT_TRUE(UsesOverlay(db, 0));
  EXPECT_EQ(Kg({"--db", db, "show", "Ent7"}).out,
            Kg({"--db", db, "show", "Loner A"}).out);
  EXPECT_EQ(Answers(db), WalkAnswers(db));

  // Split: an entity made and facts moved; alias: nothing the file holds.
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("lithium.json")}).code, 0);
  auto s = Kg({"--db", db, "split", "Loner A", "Ent7"});
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_EQ(Answers(db), WalkAnswers(db));
  const FileStamp after_split = Stamp(db + ".csr");
  ASSERT_EQ(Kg({"--db", db, "alias", "Ent9", "Ninth"}).code, 0);
  EXPECT_EQ(Stamp(db + ".csr"), after_split);
  EXPECT_EQ(Kg({"--db", db, "neighbors", "Ninth"}).out,
            Kg({"--db", db, "neighbors", "Ent9"}).out);
}

// The bulk import drops the tables' triggers and makes them again from
// their SQL: the reshaped triggers come back with the rest.
TEST(Issue6Overlay, BulkImportKeepsTheReshapedTriggers) {
  TempDir dir;
  const std::string db = ImportedStore(dir);
  auto check = Kg({"--db", db, "check"});
  EXPECT_EQ(check.code, 0) << check.out;
  auto store = Store::Open(db);
  ASSERT_TRUE(store.has_value());
  std::shared_ptr<const Snapshot> snap = Snapshot::OpenFresh(**store);
  ASSERT_NE(snap, nullptr);
  const std::int64_t reshaped = snap->version().reshaped;
  auto r = Kg({"--db", db, "merge", "Ent1", "Ent4"});
  ASSERT_EQ(r.code, 0) << r.err;
  std::optional<StoreVersion> v = ReadStoreVersion(**store);
  ASSERT_TRUE(v.has_value());
  EXPECT_GT(v->reshaped, reshaped);
}

}  // namespace
}  // namespace kg
