// Issue 5, concurrent use: readers (`show`, `path`, `export`) while a long
// ingest writes always succeed and see one committed state (WAL); two
// `kg ingest` processes on one store both finish, no article lost or doubled.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <chrono>
#include <map>
#include <set>

#include "tests/robustness/robustness_util.h"

namespace kg {
namespace {

using namespace std::chrono_literals;
using kg::testing::CheckAllOrNothing;
using kg::testing::Child;
using kg::testing::Generated;
using kg::testing::Kg;
using kg::testing::ReadFile;
using kg::testing::RunKg;
using kg::testing::TempDir;

constexpr int kArticles = 2000;

/// Checks one graph JSON export for a consistent state: every relation's
/// ends are exported entities, and each generated article is in it with all
/// four of its facts or with none. Returns "" or the first inconsistency.
std::string ConsistentExport(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str());
  if (d.HasParseError() || !d.IsObject()) return "export is not JSON";
  std::set<std::string> entities;
  for (const auto& e : d["entities"].GetArray()) entities.insert(e["name"].GetString());
  std::map<std::string, int> facts_of_article;
  for (const auto& r : d["relations"].GetArray()) {
    std::string s = r["subject"].GetString(), o = r["object"].GetString();
    if (!entities.count(s) || !entities.count(o))
      return "relation " + s + " → " + o + " names an entity not exported";
    if (r["evidence"].GetArray().Empty()) return "relation without evidence: " + s;
    for (const auto& ev : r["evidence"].GetArray())
      ++facts_of_article[ev["article"].GetString()];
  }
  for (const auto& [article, n] : facts_of_article)
    if (n != kg::testing::GeneratedArticle::kEvidence)
      return "article " + article + " has " + std::to_string(n) + " facts exported";
  return "";
}

TEST(Concurrency, ReadersSeeACommittedStateWhileIngestWrites) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  // The first articles exist before the writer starts, so readers find them.
  std::string early = kg::testing::MakeCorpus(dir, "early", 0, 50);
  std::string rest = kg::testing::MakeCorpus(dir, "rest", 50, kArticles);
  ASSERT_EQ(RunKg(dir, {"--db", db, "ingest", "-q", early}).code, 0);
  Child writer({"--db", db, "ingest", "-q", rest}, dir.File("w.out"), dir.File("w.err"));
  kg::testing::GeneratedArticle a0 = Generated(0), a12 = Generated(12);
  int reads = 0, exports = 0;
  std::size_t max_seen = 0;
  while (!writer.Done()) {
    auto show = Kg({"--db", db, "show", a0.country, "--format", "json"});
    ASSERT_EQ(show.code, 0) << show.err;
    auto path = Kg({"--db", db, "path", a0.company, a12.company});
    ASSERT_EQ(path.code, 0) << path.err;  // both operate in Chile-linked projects
    auto exp = Kg({"--db", db, "export", "--format", "json"});
    ASSERT_EQ(exp.code, 0) << exp.err;
    ASSERT_EQ(ConsistentExport(exp.out), "") << "export " << exports;
    max_seen = std::max(max_seen, exp.out.size());
    reads += 2;
    ++exports;
  }
  int st = writer.Wait();
  ASSERT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0) << ReadFile(dir.File("w.err"));
  std::printf("%d reads and %d full exports during the ingest, all consistent\n",
              reads, exports);
  EXPECT_GE(exports, 3);
  std::string final_export = Kg({"--db", db, "export", "--format", "json"}).out;
  EXPECT_EQ(ConsistentExport(final_export), "");
  EXPECT_LT(max_seen, final_export.size() + 1);
}

TEST(Concurrency, TwoIngestsOnOneStoreBothFinishWithNothingLostOrDoubled) {
  TempDir dir;
  std::string db = dir.File("kg.db");  // created by whichever starts first
  std::string a = kg::testing::MakeCorpus(dir, "a", 0, kArticles / 2);
  std::string b = kg::testing::MakeCorpus(dir, "b", kArticles / 2, kArticles);
  Child one({"--db", db, "ingest", "-q", a}, dir.File("1.out"), dir.File("1.err"));
  Child two({"--db", db, "ingest", "-q", b}, dir.File("2.out"), dir.File("2.err"));
  int s1 = one.Wait(), s2 = two.Wait();
  ASSERT_TRUE(WIFEXITED(s1) && WEXITSTATUS(s1) == 0) << ReadFile(dir.File("1.err"));
  ASSERT_TRUE(WIFEXITED(s2) && WEXITSTATUS(s2) == 0) << ReadFile(dir.File("2.err"));
  EXPECT_NE(ReadFile(dir.File("1.out")).find(
                fmt::format("articles: {} new, 0 unchanged", kArticles / 2)),
            std::string::npos);
  EXPECT_NE(ReadFile(dir.File("2.out")).find(
                fmt::format("articles: {} new, 0 unchanged", kArticles / 2)),
            std::string::npos);
  EXPECT_EQ(kg::testing::ArticlesInStore(db).size(), static_cast<std::size_t>(kArticles));
  EXPECT_EQ(CheckAllOrNothing(db, kArticles), "");
  auto check = Kg({"--db", db, "check"});
  EXPECT_EQ(check.code, 0) << check.out;

  // The same files twice at once: each article is added once, by one of them.
  std::string both = dir.File("both.db");
  Child three({"--db", both, "ingest", "-q", a}, dir.File("3.out"), dir.File("3.err"));
  Child four({"--db", both, "ingest", "-q", a}, dir.File("4.out"), dir.File("4.err"));
  int s3 = three.Wait(), s4 = four.Wait();
  ASSERT_TRUE(WIFEXITED(s3) && WEXITSTATUS(s3) == 0) << ReadFile(dir.File("3.err"));
  ASSERT_TRUE(WIFEXITED(s4) && WEXITSTATUS(s4) == 0) << ReadFile(dir.File("4.err"));
  auto added = [](const std::string& out) {
    std::size_t at = out.find("articles: ");
    return at == std::string::npos ? -1 : std::stoi(out.substr(at + 10));
  };
  EXPECT_EQ(added(ReadFile(dir.File("3.out"))) + added(ReadFile(dir.File("4.out"))),
            kArticles / 2);
  EXPECT_EQ(kg::testing::ArticlesInStore(both).size(), static_cast<std::size_t>(kArticles / 2));
  EXPECT_EQ(CheckAllOrNothing(both, kArticles), "");
  EXPECT_EQ(Kg({"--db", both, "check"}).code, 0);
}

}  // namespace
}  // namespace kg
