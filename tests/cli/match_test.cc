// kg match, search and explain, and the time filters, end to end on the
// bundled corpus (in process, and match through the real binary), plus a
// two-article fixture that states one fact with two different years.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cctype>
#include <string>
#include <vector>

#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::Kg;
using kg::testing::Shell;
using kg::testing::ShellQuote;
using kg::testing::TempDir;
using kg::testing::WriteFile;

rapidjson::Document Json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  EXPECT_FALSE(d.HasParseError()) << text.substr(0, 300);
  return d;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class QueryCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = dir_->File("corpus.db");
    auto r = Kg({"--db", db_, "ingest", kg::testing::DataDir()});
    ASSERT_EQ(r.code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static kg::testing::CliResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return Kg(args);
  }
  static TempDir* dir_;
  static std::string db_;
};
TempDir* QueryCorpus::dir_ = nullptr;
std::string QueryCorpus::db_;

constexpr const char* kYakutia =
    "(?c:Company)-[withdrew_from]->(?p:Project)-[located_in]->(Yakutia)";

TEST_F(QueryCorpus, MatchPrintsOneRowPerBinding) {
  auto r = Run({"match", kYakutia});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "?c      ?p                   path\n"
            "Rostec  Tomtorskoye project  Rostec -[withdrew_from]-> Tomtorskoye project "
            "-[located_in]-> Yakutia\n"
            "1 match\n");
}

TEST_F(QueryCorpus, MatchEvidenceJsonAndTsv) {
  auto e = Run({"match", kYakutia, "--evidence"});
  ASSERT_EQ(e.code, 0) << e.err;
  EXPECT_NE(e.out.find("1. ?c = Rostec (Company), ?p = Tomtorskoye project (Project)\n"
                       "   Rostec -[withdrew_from]-> Tomtorskoye project  2019  [1 source]\n"
                       "       2025-09-03 [kg-sample-01] \"Rostec left the project in 2019"),
            std::string::npos)
      << e.out;
  auto j = Run({"match", kYakutia, "--format", "json", "--evidence"});
  ASSERT_EQ(j.code, 0);
  rapidjson::Document d = Json(j.out);
  ASSERT_EQ(d["rows"].Size(), 1u);
  EXPECT_STREQ(d["rows"][0]["bindings"]["c"]["name"].GetString(), "Rostec");
  EXPECT_STREQ(d["rows"][0]["bindings"]["p"]["type"].GetString(), "Project");
  const auto& hop = d["rows"][0]["edges"][0]["hops"][0];
  EXPECT_STREQ(hop["relation"].GetString(), "withdrew_from");
  EXPECT_STREQ(hop["date"].GetString(), "2019");
  EXPECT_STREQ(hop["evidence"][0]["article"].GetString(), "kg-sample-01");
  EXPECT_FALSE(d["truncated"].GetBool());
  auto t = Run({"match", kYakutia, "--format", "tsv"});
  EXPECT_EQ(t.out.substr(0, t.out.find('\n')), "?c\t?p\tpath");
  EXPECT_NE(t.out.find("\nRostec\tTomtorskoye project\t"), std::string::npos);
}

TEST_F(QueryCorpus, MatchExitCodes) {
  EXPECT_EQ(Run({"match", "(?c:Company)-[withdrew_from]->(?p)-[located_in]->(Argentina)"}).code, 1);
  auto bad = Run({"match", "(?c:Company)-[withdrew_from]->(?p:Project)-[locatd_in]->(Yakutia)"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err,
            "kg: bad pattern: column 45: unknown relation \"locatd_in\"; did you mean "
            "\"located_in\"?\n"
            "  (?c:Company)-[withdrew_from]->(?p:Project)-[locatd_in]->(Yakutia)\n"
            "                                              ^^^^^^^^^\n");
  auto unknown = Run({"match", "(?c)-[withdrew_from]->(Tomtorskoe)"});
  EXPECT_EQ(unknown.code, 1);
  EXPECT_NE(unknown.err.find("no entity named \"Tomtorskoe\""), std::string::npos) << unknown.err;
}

TEST_F(QueryCorpus, MatchExplainPlan) {
  auto r = Run({"match", "--explain-plan", kYakutia});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "1. start at fixed entity (Yakutia): 1 entity\n"
            "2. follow edge 2 [located_in] -> from (Yakutia) to (?p:Project) by the "
            "adjacency index\n"
            "3. follow edge 1 [withdrew_from] -> from (?p:Project) to (?c:Company) by the "
            "adjacency index\n");
}

TEST_F(QueryCorpus, MatchTimeFilter) {
  const std::string bids = "(?c:Company)-[won_bid_for]->(?p:Project)";
  auto all = Run({"match", bids, "--format", "tsv"});
  EXPECT_EQ(all.out,
            "?c\t?p\tpath\n"
            "Polar Lithium\tKolmozerskoye\tPolar Lithium -[won_bid_for]-> Kolmozerskoye\n"
            "Rostec\tTomtorskoye project\tRostec -[won_bid_for]-> Tomtorskoye project\n");
  auto since = Run({"match", bids, "--format", "tsv", "--since", "2020"});
  EXPECT_EQ(since.out,
            "?c\t?p\tpath\n"
            "Polar Lithium\tKolmozerskoye\tPolar Lithium -[won_bid_for]-> Kolmozerskoye\n");
  auto as_of = Run({"match", bids, "--format", "tsv", "--as-of", "2019-12-31"});
  EXPECT_EQ(as_of.out,
            "?c\t?p\tpath\n"
            "Rostec\tTomtorskoye project\tRostec -[won_bid_for]-> Tomtorskoye project\n");
  EXPECT_EQ(Run({"match", bids, "--since", "2026"}).code, 1);
  auto bad = Run({"match", bids, "--since", "May 2020"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.err.find("is not a date"), std::string::npos) << bad.err;
}

TEST_F(QueryCorpus, TimeFiltersOnShowNeighborsPathExport) {
  // Rostec: won_bid_for 2014, withdrew_from 2019.
  auto show = Run({"show", "Rostec", "--as-of", "2015", "--format", "json"});
  ASSERT_EQ(show.code, 0) << show.err;
  rapidjson::Document d = Json(show.out);
  ASSERT_EQ(d["outgoing"].Size(), 1u);
  EXPECT_STREQ(d["outgoing"][0]["relation"].GetString(), "won_bid_for");
  auto since = Run({"show", "Rostec", "--since", "2015-01", "--format", "json"});
  rapidjson::Document s = Json(since.out);
  ASSERT_EQ(s["outgoing"].Size(), 1u);
  EXPECT_STREQ(s["outgoing"][0]["relation"].GetString(), "withdrew_from");
  // Neighbours of Rostec before 2010: none.
  EXPECT_EQ(Run({"neighbors", "Rostec", "--as-of", "2010"}).code, 1);
  // Paths only over facts dated by 2018-12 (08 was published 2018-12-05):
  // Tianqi to Chile through the Chilean regulator that approved its deal.
  auto path = Run({"path", "Tianqi Lithium", "Chile", "--as-of", "2018-12", "--format", "tsv"});
  ASSERT_EQ(path.code, 0) << path.err;
  EXPECT_NE(path.out.find("\tbased_in\tChile\t\tkg-sample-08\t"), std::string::npos) << path.out;
  auto none = Run({"path", "Tianqi Lithium", "Chile", "--as-of", "2017"});
  EXPECT_EQ(none.code, 1);
  // Export: only facts dated 2018 or before: the 17 of article 08 (published
  // 2018-12-05), and from 01 the 2014 Tomtorskoye bid and Acron's 2016
  // production of rare earth oxides.
  auto ex = Run({"export", "--format", "json", "--as-of", "2018"});
  ASSERT_EQ(ex.code, 0) << ex.err;
  rapidjson::Document x = Json(ex.out);
  ASSERT_TRUE(x.HasMember("relations"));
  EXPECT_EQ(x["relations"].Size(), 19u);
  std::size_t from01 = 0;
  for (const auto& rel : x["relations"].GetArray()) {
    bool has08 = false;
    for (const auto& ev : rel["evidence"].GetArray())
      has08 = has08 || std::string(ev["article"].GetString()) == "kg-sample-08";
    if (!has08) {
      ++from01;
      EXPECT_STREQ(rel["evidence"][0]["article"].GetString(), "kg-sample-01");
    }
  }
  EXPECT_EQ(from01, 2u);
}

TEST_F(QueryCorpus, MatchThroughTheRealBinary) {
  auto r = Shell(kg::testing::Binary() + " --db " + ShellQuote(db_) + " match " +
                 ShellQuote("(?c:Company)-[operates]->(?p:Project)-[located_in]->(?r:Region)"
                            "-[located_in]->(Argentina)"));
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("Arcadium Lithium  Fenix   Catamarca province"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 matches"), std::string::npos);
  auto bad = Shell(kg::testing::Binary() + " --db " + ShellQuote(db_) + " match " +
                   ShellQuote("(?c)-[*]->(?d)"));
  EXPECT_EQ(bad.code, 2);
  EXPECT_NE(bad.out.find("column 7: a variable-length edge needs an upper bound"),
            std::string::npos)
      << bad.out;
}

TEST_F(QueryCorpus, SearchRanksNamesAndSentencesWithSnippets) {
  auto r = Run({"search", "gallium", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  rapidjson::Document d = Json(r.out);
  ASSERT_GE(d["entities"].Size(), 1u);
  EXPECT_STREQ(d["entities"][0]["name"].GetString(), "gallium");
  EXPECT_NE(std::string(d["entities"][0]["snippet"].GetString()).find("[gallium]"),
            std::string::npos);
  ASSERT_GE(d["sentences"].Size(), 2u);
  double last = -1e300;
  for (const auto& s : d["sentences"].GetArray()) {
    std::string snip = s["snippet"].GetString();
    EXPECT_NE(Lower(snip).find("[gallium]"), std::string::npos) << snip;
    double score = s["score"].GetDouble();
    EXPECT_GE(score, last);  // bm25: best (lowest) first
    last = score;
    EXPECT_GE(s["facts"].Size(), 1u);
  }
  // Aliases are searched: USGS is an alias of the U.S. Geological Survey.
  auto a = Run({"search", "usgs"});
  ASSERT_EQ(a.code, 0) << a.err;
  EXPECT_NE(a.out.find("1. U.S. Geological Survey (Agency)"), std::string::npos) << a.out;
  // Every word must occur; a * makes a prefix; FTS5 syntax needs no quoting.
  EXPECT_EQ(Run({"search", "gallium", "zzzqqq"}).code, 1);
  auto p = Run({"search", "Tomtor*"});
  EXPECT_EQ(p.code, 0);
  EXPECT_NE(p.out.find("Tomtorskoye project (Project)"), std::string::npos) << p.out;
  EXPECT_EQ(Run({"search", "\"rare-earth\"", "AND", "(NOT"}).code, 1);
}

TEST_F(QueryCorpus, SearchFollowsRetract) {
  TempDir dir;
  std::string db = dir.File("s.db");
  ASSERT_EQ(Kg({"--db", db, "ingest",
                kg::testing::DataDir() + "/17_nornickel_polar_lithium.json"})
                .code,
            0);
  EXPECT_EQ(Kg({"--db", db, "search", "Kolmozerskoye"}).code, 0);
  auto ret = Kg({"--db", db, "retract", "kg-sample-17"});
  if (ret.code != 0) GTEST_SKIP() << "kg retract is not available: " << ret.err;
  EXPECT_EQ(Kg({"--db", db, "search", "Kolmozerskoye"}).code, 1);
}

TEST_F(QueryCorpus, ExplainACorpusFact) {
  auto r = Run({"explain", "rostec", "withdrew_from", "Tomtorskoye project"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Rostec (Company) -[withdrew_from]-> Tomtorskoye project (Project)  2019\n"
                        "  stated by 1 article from 1 independent source\n\nevidence (1):\n"
                        "  1. 2025-09-03  Critical Metals Monitor  [kg-sample-01] ",
                        0),
            0u)
      << r.out;
  EXPECT_NE(r.out.find("     stated: 2019   rule: given in the article JSON\n"), std::string::npos);
  // China's gallium controls: 02 dates them 2023-08-01, 03 restates them and
  // dates the new ban 2024-12-03.
  auto c = Run({"explain", "China", "restricts_exports_of", "gallium"});
  ASSERT_EQ(c.code, 0) << c.err;
  EXPECT_NE(c.out.find("stated by 2 articles from 2 independent sources"), std::string::npos);
  EXPECT_NE(c.out.find("  CONFLICT date: 2023-08-01 [kg-sample-02] vs 2024-12-03 [kg-sample-03]"),
            std::string::npos)
      << c.out;
  auto back = Run({"explain", "Tomtorskoye project", "withdrew_from", "Rostec"});
  EXPECT_EQ(back.code, 1);
  EXPECT_NE(back.err.find("(the other way round)"), std::string::npos) << back.err;
  EXPECT_EQ(Run({"explain", "Rostec", "withdrew", "Tomtorskoye project"}).code, 2);
}

/// Two articles from two outlets state one fact with two different years.
class ConflictFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.File("c.db");
    WriteFile(dir_.File("a.json"), R"({
      "id": "wire-a", "title": "Acme quits Nord", "source": "Wire A", "published": "2020-03-01",
      "entities": [{"id": "e1", "name": "Acme Mining", "type": "Company"},
                   {"id": "e2", "name": "Nord Project", "type": "Project"}],
      "relations": [{"subject": "e1", "relation": "withdrew_from", "object": "e2",
                     "date": "2019", "evidence": "Acme Mining withdrew from Nord Project in 2019."}]})");
    WriteFile(dir_.File("b.json"), R"({
      "id": "wire-b", "title": "Nord changes hands", "source": "Wire B", "published": "2021-05-02",
      "entities": [{"id": "e1", "name": "Acme Mining", "type": "Company"},
                   {"id": "e2", "name": "Nord Project", "type": "Project"}],
      "relations": [{"subject": "e1", "relation": "withdrew_from", "object": "e2",
                     "date": "2020", "evidence": "Acme Mining left Nord Project in 2020, the company said."}]})");
    auto r = Kg({"--db", db_, "ingest", dir_.File("a.json"), dir_.File("b.json")});
    ASSERT_EQ(r.code, 0) << r.err;
  }
  TempDir dir_;
  std::string db_;
};

TEST_F(ConflictFixture, ExplainShowsBothSourcesAndTheConflict) {
  auto r = Kg({"--db", db_, "explain", "Acme Mining", "withdrew_from", "Nord Project"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Acme Mining (Company) -[withdrew_from]-> Nord Project (Project)  2019\n"
            "  stated by 2 articles from 2 independent sources\n"
            "  CONFLICT date: 2019 [wire-a] vs 2020 [wire-b]\n"
            "\nevidence (2):\n"
            "  1. 2020-03-01  Wire A  [wire-a] Acme quits Nord\n"
            "     \"Acme Mining withdrew from Nord Project in 2019.\"\n"
            "     stated: 2019   rule: given in the article JSON\n"
            "  2. 2021-05-02  Wire B  [wire-b] Nord changes hands\n"
            "     \"Acme Mining left Nord Project in 2020, the company said.\"\n"
            "     stated: 2020   rule: given in the article JSON\n");
  auto j = Kg({"--db", db_, "explain", "Acme Mining", "withdrew_from", "Nord Project",
               "--format", "json"});
  rapidjson::Document d = Json(j.out);
  EXPECT_EQ(d["sources"].GetInt(), 2);
  ASSERT_EQ(d["conflicts"].Size(), 1u);
  EXPECT_STREQ(d["conflicts"][0]["field"].GetString(), "date");
  EXPECT_STREQ(d["conflicts"][0]["values"][1]["value"].GetString(), "2020");
  EXPECT_STREQ(d["conflicts"][0]["values"][1]["articles"][0].GetString(), "wire-b");
}

TEST_F(ConflictFixture, ShowMarksTheConflict) {
  auto r = Kg({"--db", db_, "show", "Acme Mining"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("  withdrew_from → Nord Project (Project)  2019  [2 sources]\n"
                       "      CONFLICT date: 2019 [wire-a] vs 2020 [wire-b]\n"),
            std::string::npos)
      << r.out;
  auto j = Kg({"--db", db_, "show", "Acme Mining", "--format", "json"});
  rapidjson::Document d = Json(j.out);
  ASSERT_TRUE(d["outgoing"][0].HasMember("conflicts"));
  EXPECT_STREQ(d["outgoing"][0]["conflicts"][0].GetString(),
               "date: 2019 [wire-a] vs 2020 [wire-b]");
  // Time bounds see each source's date: 2019 (wire-a) passes --as-of 2019.
  EXPECT_EQ(Kg({"--db", db_, "match", "(Acme Mining)-[withdrew_from]->(?p)", "--as-of", "2019"}).code, 0);
  EXPECT_EQ(Kg({"--db", db_, "match", "(Acme Mining)-[withdrew_from]->(?p)", "--as-of", "2018"}).code, 1);
  // Agreeing dates are no conflict.
  auto m = Kg({"--db", db_, "match", "(?c)-[withdrew_from]->(?p) WHERE sources = 2"});
  EXPECT_EQ(m.code, 0) << m.err;
}

}  // namespace
}  // namespace kg
