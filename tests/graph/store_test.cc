#include "graph/store.h"

#include <gtest/gtest.h>

#include <latch>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <sqlite3.h>

#include "graph/normalize.h"
#include "ingest/article_json.h"
#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::ReadFile;
using kg::testing::TempDir;
using kg::testing::WriteFile;

ArticleDoc Doc(const std::string& json) {
  Result<ArticleDoc> d = ParseArticleJson(json, SourcePosition{"t.json", 1});
  EXPECT_TRUE(d.has_value()) << d.status().ToString();
  ArticleDoc doc = std::move(d).value();
  FinalizeArticle(doc);
  return doc;
}

const char* kRostecA = R"({"title": "A", "published": "2024-01-02",
  "text": "Rostec withdrew from the Tomtorskoye project in 2019.",
  "entities": [{"id": "r", "name": "Rostec", "type": "Company"},
               {"id": "t", "name": "Tomtorskoye project", "type": "Project", "aliases": ["Tomtor", "the project"]}],
  "relations": [{"subject": "r", "relation": "withdrew_from", "object": "t", "date": "2019",
                 "evidence": "Rostec withdrew from the Tomtorskoye project in 2019."}]})";

const char* kRostecB = R"({"title": "B", "published": "2025-03-04",
  "entities": [{"id": "x", "name": "ROSTEC", "type": "Company", "aliases": ["state-owned Rostec"]},
               {"id": "y", "name": "Tomtor", "type": "Project"},
               {"id": "z", "name": "Yakutia", "type": "Region"}],
  "relations": [{"subject": "x", "relation": "withdrew_from", "object": "y", "date": "2019",
                 "evidence": "Rostec left Tomtor in 2019."},
                {"subject": "y", "relation": "located_in", "object": "z", "evidence": "Tomtor lies in Yakutia."}]})";

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::Open(dir_.File("kg.db"));
    ASSERT_TRUE(s.has_value()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, NewStoreHasSchemaVersionAndWal) {
  sqlite3* db = store_->handle();
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), kSchemaVersion);
  sqlite3_finalize(st);
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
  sqlite3_finalize(st);
  sqlite3_prepare_v2(db, "PRAGMA foreign_keys", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 1);
  sqlite3_finalize(st);
}

TEST_F(StoreTest, SameEntityInTwoArticlesIsOneNodeAndFactHasTwoSources) {
  EXPECT_EQ(store_->AddArticle(Doc(kRostecA)).outcome, AddOutcome::kAdded);
  AddResult b = store_->AddArticle(Doc(kRostecB));
  EXPECT_EQ(b.outcome, AddOutcome::kAdded);
  EXPECT_EQ(b.new_entities, 1);   // only Yakutia is new
  EXPECT_EQ(b.new_relations, 1);  // only located_in is new
  std::vector<Entity> rostec = store_->FindByName("rostec");
  ASSERT_EQ(rostec.size(), 1u);
  EXPECT_EQ(rostec[0].name, "Rostec");
  EXPECT_EQ(rostec[0].first_seen, "2024-01-02");
  EXPECT_EQ(rostec[0].last_seen, "2025-03-04");
  EXPECT_EQ(rostec[0].aliases, (std::vector<std::string>{"ROSTEC", "state-owned Rostec"}));
  std::vector<Entity> tomtor = store_->FindByName("TOMTORSKOYE PROJECT");
  ASSERT_EQ(tomtor.size(), 1u);
  auto rel = store_->FindRelation(rostec[0].id, "withdrew_from", tomtor[0].id);
  ASSERT_TRUE(rel.has_value());
  EXPECT_EQ(rel->sources, 2);
  std::vector<Evidence> ev = store_->EvidenceOf(rel->id);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].sentence, "Rostec withdrew from the Tomtorskoye project in 2019.");
  ASSERT_TRUE(ev[0].span.has_value());
  EXPECT_EQ(ev[0].span->begin, 0u);
  EXPECT_EQ(ev[1].sentence, "Rostec left Tomtor in 2019.");
  StoreStats st = store_->Stats();
  EXPECT_EQ(st.entities, 3);
  EXPECT_EQ(st.relations, 2);
  EXPECT_EQ(st.evidence, 3);
}

TEST_F(StoreTest, UnicodeFormsAndCaseResolveToOneName) {
  store_->AddArticle(Doc(kRostecA));
  // Full-width letters (NFKC) and case folding.
  EXPECT_EQ(store_->FindByName("\xEF\xBC\xB2ostec").size(), 1u);
  EXPECT_EQ(store_->FindByName("the Rostec").size(), 1u);
  EXPECT_TRUE(store_->FindByName("the project").empty()) << "generic alias must not resolve";
}

TEST_F(StoreTest, ReingestChangesNothing) {
  store_->AddArticle(Doc(kRostecA));
  store_->AddArticle(Doc(kRostecB));
  StoreStats before = store_->Stats();
  EXPECT_EQ(store_->AddArticle(Doc(kRostecA)).outcome, AddOutcome::kUnchanged);
  EXPECT_EQ(store_->AddArticle(Doc(kRostecB)).outcome, AddOutcome::kUnchanged);
  StoreStats after = store_->Stats();
  EXPECT_EQ(before.entities, after.entities);
  EXPECT_EQ(before.relations, after.relations);
  EXPECT_EQ(before.evidence, after.evidence);
  EXPECT_EQ(before.articles, after.articles);
}

TEST_F(StoreTest, RetractKeepsFactsOtherArticlesState) {
  ArticleDoc a = Doc(kRostecA);
  ArticleDoc b = Doc(kRostecB);
  store_->AddArticle(a);
  store_->AddArticle(b);
  ASSERT_TRUE(store_->RetractArticle(b.id));
  EXPECT_FALSE(store_->RetractArticle(b.id));
  EXPECT_TRUE(store_->FindByName("Yakutia").empty());
  std::vector<Entity> rostec = store_->FindByName("Rostec");
  ASSERT_EQ(rostec.size(), 1u);
  EXPECT_EQ(rostec[0].last_seen, "2024-01-02");
  auto rel = store_->FindRelation(rostec[0].id, "withdrew_from",
                                  store_->FindByName("Tomtorskoye project")[0].id);
  ASSERT_TRUE(rel.has_value());
  EXPECT_EQ(rel->sources, 1);
  EXPECT_EQ(store_->Stats().relations, 1);
}

TEST_F(StoreTest, SameIdWithNewContentReplacesTheOldVersion) {
  ArticleDoc a = Doc(kRostecA);
  a.id = "fixed";
  FinalizeArticle(a);
  store_->AddArticle(a);
  ArticleDoc b = Doc(kRostecB);
  b.id = "fixed";
  FinalizeArticle(b);
  EXPECT_EQ(store_->AddArticle(b).outcome, AddOutcome::kReplaced);
  EXPECT_EQ(store_->Stats().articles, 1);
  EXPECT_EQ(store_->Stats().evidence, 2);
}

TEST_F(StoreTest, SuggestsCloseNames) {
  store_->AddArticle(Doc(kRostecB));
  std::vector<std::string> s = store_->SuggestNames("Rostek", 3);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0], "ROSTEC");
}

TEST(StoreOpen, RefusesNewerSchemaAndLeavesFileUntouched) {
  TempDir dir;
  std::string path = dir.File("new.db");
  { ASSERT_TRUE(Store::Open(path).has_value()); }
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  std::string before = ReadFile(path);
  auto s = Store::Open(path);
  ASSERT_FALSE(s.has_value());
  EXPECT_NE(s.error().message().find("schema version 99, newer"), std::string::npos)
      << s.error().message();
  EXPECT_EQ(ReadFile(path), before);
}

TEST(StoreOpen, ConnectionsCreatingOneStoreAtOnceAllSucceed) {
  // Two `kg ingest` creating one new store at the same moment. Leaving
  // rollback mode for WAL is where SQLite answers "database is locked" at
  // once instead of waiting; every open must still succeed. Threads with
  // their own connections lock the file as separate processes do, and a
  // latch starts them closer together than processes can be.
  TempDir dir;
  constexpr int kRounds = 40, kThreads = 4;
  for (int round = 0; round < kRounds; ++round) {
    std::string path = dir.File("new" + std::to_string(round) + ".db");
    std::latch start(kThreads);
    std::vector<std::string> errors(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] {
        start.arrive_and_wait();
        auto s = Store::Open(path);
        if (!s.has_value()) errors[t] = s.error().message();
      });
    for (std::thread& t : threads) t.join();
    for (int t = 0; t < kThreads; ++t)
      ASSERT_EQ(errors[t], "") << "round " << round << ", connection " << t;
    auto s = Store::Open(path);
    ASSERT_TRUE(s.has_value()) << s.error().message();
    EXPECT_EQ((*s)->Stats().articles, 0);
  }
}

TEST(StoreOpen, RefusesFilesThatAreNotStores) {
  TempDir dir;
  std::string text = dir.File("notes.txt");
  WriteFile(text, "just some notes, long enough to be a page of text............"
                  "................................................................");
  std::string before = ReadFile(text);
  auto s = Store::Open(text);
  ASSERT_FALSE(s.has_value());
  EXPECT_NE(s.error().message().find("not a kg store"), std::string::npos)
      << s.error().message();
  EXPECT_EQ(ReadFile(text), before);

  std::string other = dir.File("other.db");
  sqlite3* db = nullptr;
  sqlite3_open(other.c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto o = Store::Open(other);
  ASSERT_FALSE(o.has_value());
  EXPECT_NE(o.error().message().find("not a kg store"), std::string::npos);
}

TEST(StoreOpen, ReadOnlyOpenOfMissingFileCreatesNothing) {
  TempDir dir;
  Store::Options opt;
  opt.read_only = true;
  auto s = Store::Open(dir.File("missing.db"), opt);
  ASSERT_FALSE(s.has_value());
  EXPECT_TRUE(s.error().IsNotFound());
  EXPECT_FALSE(std::filesystem::exists(dir.File("missing.db")));
}

TEST(NameKey, FoldsCaseWidthPunctuationAndLeadingThe) {
  struct Case {
    const char* a;
    const char* b;
  } cases[] = {
      {"U.S.", "US"},
      {"The Ministry of Industry and Trade", "ministry of industry and trade"},
      {"Rosnedra", "ROSNEDRA"},
      {"\xEF\xBC\xA1\xEF\xBD\x83ron", "Acron"},  // full-width "Ac"
      {"Russia\xE2\x80\x99s", "Russias"},           // curly apostrophe
      {"  Acron   Group ", "Acron Group"},
      {"Stra\xC3\x9F" "e", "STRASSE"},             // ß case-folds to ss
  };
  for (const Case& c : cases) EXPECT_EQ(NameKey(c.a), NameKey(c.b)) << c.a;
  EXPECT_NE(NameKey("Acron Group"), NameKey("Acron"));
}

// NameKey reads ASCII names without utf8proc: the same key as the Unicode
// path gives. A name ending in "e" takes the ASCII path, the same name ending
// in "é" the Unicode one; their keys must differ only in that letter.
TEST(NameKey, AsciiFastPathMatchesUnicodePath) {
  std::mt19937 rng(3);
  const std::string alphabet =
      "abcXYZ  ..''&&--,,()\"/:;!?_#@$%*+=<>[]{}|~`^0129\t\n\r\f\v";
  for (int i = 0; i < 5000; ++i) {
    std::string s;
    int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      s += rng() % 8 == 0 ? static_cast<char>(rng() % 128)
                          : alphabet[rng() % alphabet.size()];
    }
    if (rng() % 4 == 0) s = (rng() % 2 ? "The " : "the") + s;
    std::string ascii = NameKey(s + "e");
    std::string unicode = NameKey(s + "\xC3\xA9");
    ASSERT_GE(unicode.size(), 2u);
    EXPECT_EQ(ascii, unicode.substr(0, unicode.size() - 2) + "e") << '"' << s << '"';
  }
}

}  // namespace
}  // namespace kg
