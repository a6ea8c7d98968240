// End-to-end tests of the kg command line on the bundled corpus, in process
// (RunCli) and through the real binary, with real SQLite files and the real
// GraphViz `dot`.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::DataDir;
using kg::testing::Kg;
using kg::testing::ReadFile;
using kg::testing::Shell;
using kg::testing::ShellQuote;
using kg::testing::TempDir;
using kg::testing::WriteFile;

std::size_t CorpusSize() {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(DataDir()))
    if (e.path().extension() == ".json") ++n;
  return n;
}

rapidjson::Document Json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  EXPECT_FALSE(d.HasParseError()) << text.substr(0, 200);
  return d;
}

class CorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = dir_->File("corpus.db");
    auto r = Kg({"--db", db_, "ingest", DataDir()});
    ASSERT_EQ(r.code, 0) << r.err;
    ingest_out_ = r.out;
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
  static std::string ingest_out_;
};
TempDir* CorpusTest::dir_ = nullptr;
std::string CorpusTest::db_;
std::string CorpusTest::ingest_out_;

TEST_F(CorpusTest, IngestPrintsSummary) {
  EXPECT_NE(ingest_out_.find(fmt::format("articles: {} new, 0 unchanged, 0 replaced, 0 rejected",
                                         CorpusSize())),
            std::string::npos)
      << ingest_out_;
}

TEST_F(CorpusTest, ReingestChangesNothing) {
  std::string before = Run({"export", "--format", "json"}).out;
  auto r = Run({"ingest", DataDir()});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find(fmt::format("articles: 0 new, {} unchanged", CorpusSize())),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("graph: 0 new entities, 0 new relations"), std::string::npos);
  EXPECT_EQ(Run({"export", "--format", "json"}).out, before);
}

TEST_F(CorpusTest, ShowRostecListsItsFactsWithEvidence) {
  auto r = Run({"show", "rostec"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Rostec (Company)\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("  withdrew_from → Tomtorskoye project (Project)  2019  [1 source]\n"
                       "      2025-09-03 [kg-sample-01] \"Rostec left the project in 2019"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  won_bid_for → Tomtorskoye project (Project)  2014  [1 source]"),
            std::string::npos);
  EXPECT_NE(r.out.find("relations in (0):"), std::string::npos);

  auto j = Run({"show", "Rostec", "--format", "json"});
  rapidjson::Document d = Json(j.out);
  ASSERT_TRUE(d.IsObject());
  EXPECT_STREQ(d["type"].GetString(), "Company");
  ASSERT_EQ(d["outgoing"].Size(), 2u);
  EXPECT_STREQ(d["outgoing"][0]["relation"].GetString(), "withdrew_from");
  EXPECT_STREQ(d["outgoing"][0]["object"].GetString(), "Tomtorskoye project");
  EXPECT_STREQ(d["outgoing"][0]["date"].GetString(), "2019");
  EXPECT_STREQ(d["outgoing"][0]["evidence"][0]["article"].GetString(), "kg-sample-01");
  EXPECT_STREQ(d["outgoing"][1]["relation"].GetString(), "won_bid_for");
  EXPECT_EQ(d["incoming"].Size(), 0u);
}

TEST_F(CorpusTest, ShowFindsAnyAliasCaseInsensitively) {
  auto r = Run({"show", "ROSNEDRA"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Federal Subsoil Resources Management Agency (Agency)\n", 0), 0u)
      << r.out;
  EXPECT_NE(r.out.find("estimated → Russia (Country)  2024, 28.8 million tonnes"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(Run({"show", "the U.S. Geological Survey"}).code, 0);
  EXPECT_EQ(Run({"show", "usgs"}).code, 0);
}

TEST_F(CorpusTest, UnknownNameExitsOneWithSuggestions) {
  auto r = Run({"show", "Rostek"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "kg: no entity named \"Rostek\"; did you mean \"Rostec\"?\n");
}

TEST_F(CorpusTest, NeighborsOfTheProjectAsTsv) {
  auto r = Run({"neighbors", "Tomtorskoye", "--format", "tsv"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "depth\tname\ttype\tsubject\trelation\tobject\tdate\tsources\n"
            "1\tRostec\tCompany\tRostec\twithdrew_from\tTomtorskoye project\t2019\t1\n"
            "1\tRostec\tCompany\tRostec\twon_bid_for\tTomtorskoye project\t2014\t1\n"
            "1\tYakutia\tRegion\tTomtorskoye project\tlocated_in\tYakutia\t\t1\n"
            "1\trare earth metals\tMineral\tTomtorskoye project\thas_reserves_of\trare earth "
            "metals\t\t1\n");
}

TEST_F(CorpusTest, NeighborsFilters) {
  // Only what points into the project.
  auto in = Run({"neighbors", "Tomtorskoye project", "--direction", "in", "--format", "tsv"});
  EXPECT_EQ(in.out.find("Yakutia"), std::string::npos);
  EXPECT_NE(in.out.find("Rostec"), std::string::npos);
  // A relation filter and a type filter.
  auto rel = Run({"neighbors", "Tomtorskoye project", "-r", "located_in", "--format", "tsv"});
  EXPECT_EQ(rel.out,
            "depth\tname\ttype\tsubject\trelation\tobject\tdate\tsources\n"
            "1\tYakutia\tRegion\tTomtorskoye project\tlocated_in\tYakutia\t\t1\n");
  auto two = Run({"neighbors", "Tomtorskoye project", "--depth", "2", "--type", "Country",
                  "--format", "tsv"});
  EXPECT_NE(two.out.find("2\tRussia\tCountry\tYakutia\tlocated_in\tRussia"), std::string::npos)
      << two.out;
  EXPECT_EQ(Run({"neighbors", "Tomtorskoye", "--direction", "sideways"}).code, 2);
  EXPECT_EQ(Run({"neighbors", "Tomtorskoye", "--relation", "likes"}).code, 2);
}

TEST_F(CorpusTest, PathCrossesArticles) {
  auto r = Run({"path", "Rostec", "Nornickel", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  rapidjson::Document d = Json(r.out);
  ASSERT_EQ(d["paths"].Size(), 1u);
  const auto& p = d["paths"][0];
  EXPECT_EQ(p["length"].GetUint(), 4u);
  std::vector<std::string> names;
  for (const auto& e : p["entities"].GetArray()) names.push_back(e["name"].GetString());
  EXPECT_EQ(names, (std::vector<std::string>{"Rostec", "Tomtorskoye project", "Yakutia",
                                             "Russia", "Nornickel"}));
  std::set<std::string> articles;
  for (const auto& hop : p["hops"].GetArray())
    for (const auto& ev : hop["evidence"].GetArray()) articles.insert(ev["article"].GetString());
  EXPECT_EQ(articles, (std::set<std::string>{"kg-sample-01", "kg-sample-17"}));

  auto table = Run({"path", "Rostec", "Nornickel"});
  EXPECT_NE(table.out.find("path 1 (4 hops): Rostec -[won_bid_for]-> Tomtorskoye project "
                           "-[located_in]-> Yakutia -[located_in]-> Russia <-[based_in]- "
                           "Nornickel\n"),
            std::string::npos)
      << table.out;
}

TEST_F(CorpusTest, AllShortestPathsAreShortestAndDistinct) {
  auto r = Run({"path", "Rostec", "Nornickel", "--all", "--format", "json"});
  ASSERT_EQ(r.code, 0);
  rapidjson::Document d = Json(r.out);
  ASSERT_GE(d["paths"].Size(), 4u);
  std::set<std::string> seen;
  for (const auto& p : d["paths"].GetArray()) {
    EXPECT_EQ(p["length"].GetUint(), 4u);
    std::string key;
    for (const auto& h : p["hops"].GetArray())
      key += std::string(h["relation"].GetString()) + "/" + h["object"].GetString() + ";";
    EXPECT_TRUE(seen.insert(key).second) << key;
  }
}

TEST_F(CorpusTest, NoPathExitsOne) {
  auto r = Run({"path", "Rostec", "Nornickel", "--max-depth", "2"});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no path from \"Rostec\" to \"Nornickel\" within 2 hops"),
            std::string::npos);
}

TEST_F(CorpusTest, StatsCountsTheCorpus) {
  auto r = Run({"stats", "--format", "json"});
  ASSERT_EQ(r.code, 0);
  rapidjson::Document d = Json(r.out);
  EXPECT_EQ(d["articles"].GetInt64(), static_cast<std::int64_t>(CorpusSize()));
  rapidjson::Document g = Json(Run({"export", "--format", "json"}).out);
  EXPECT_EQ(static_cast<std::int64_t>(g["entities"].Size()), d["entities"].GetInt64());
  EXPECT_EQ(static_cast<std::int64_t>(g["relations"].Size()), d["relations"].GetInt64());
}

TEST_F(CorpusTest, DotExportIsAcceptedByGraphvizAndStable) {
  TempDir out;
  std::string dot = out.File("all.dot");
  ASSERT_EQ(Run({"export", "--format", "dot", "-o", dot}).code, 0);
  auto svg = Shell("dot -Tsvg " + ShellQuote(dot) + " -o " + ShellQuote(out.File("all.svg")));
  EXPECT_EQ(svg.code, 0) << svg.out;
  EXPECT_NE(ReadFile(out.File("all.svg")).find("Tomtorskoye project"), std::string::npos);
  std::string first = ReadFile(dot);
  ASSERT_EQ(Run({"export", "--format", "dot", "-o", dot}).code, 0);
  EXPECT_EQ(ReadFile(dot), first) << "export must be byte-identical";

  auto focus = Run({"export", "--focus", "gallium", "--depth", "1"});
  ASSERT_EQ(focus.code, 0);
  EXPECT_NE(focus.out.find("label=\"gallium and its neighbourhood (1 hop)\""), std::string::npos);
  EXPECT_NE(focus.out.find("legend_Mineral"), std::string::npos);
  EXPECT_EQ(focus.out.find("Rostec"), std::string::npos) << "focus must not leak";
  WriteFile(out.File("focus.dot"), focus.out);
  EXPECT_EQ(Shell("dot -Tsvg " + ShellQuote(out.File("focus.dot")) + " >/dev/null").code, 0);
}

TEST(CliInput, MalformedArticlesExitTwoNameThePlaceAndLeaveTheStoreAlone) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  ASSERT_EQ(Kg({"--db", db, "ingest", DataDir() + "/01_russia_rare_metals_plan.json"}).code, 0);
  std::string before = ReadFile(db);
  std::string export_before = Kg({"--db", db, "export", "--format", "json"}).out;
  struct Case {
    const char* file;
    const char* body;
    const char* where;
  } cases[] = {
      {"bad_json.json", "{\"title\": \"x\",\n \"entities\": [}", "bad_json.json:2:15: invalid JSON"},
      {"bad_type.json",
       "{\"entities\": [\n  {\"id\": \"a\", \"name\": \"Rostec\", \"type\": \"Corporation\"}]}",
       "bad_type.json:2:41: unknown entity type \"Corporation\""},
      {"missing.json",
       "{\"entities\": [{\"id\": \"a\", \"name\": \"Rostec\", \"type\": \"Company\"}],\n"
       " \"relations\": [{\"subject\": \"a\", \"relation\": \"operates\", \"object\": \"b\"}]}",
       "missing.json:2:67: object \"b\" names no entity"},
      {"bad_line.jsonl",
       "{\"entities\": [{\"name\": \"Fine Co\", \"type\": \"Company\"}]}\n{\"entities\": 7}\n",
       "bad_line.jsonl:2:14: \"entities\" must be an array"},
  };
  for (const Case& c : cases) {
    std::string path = dir.File(c.file);
    WriteFile(path, c.body);
    auto r = Kg({"--db", db, "ingest", path});
    EXPECT_EQ(r.code, 2) << c.file;
    EXPECT_NE(r.err.find(dir.File(c.where)), std::string::npos) << r.err;
    if (std::string(c.file) != "bad_line.jsonl") {
      EXPECT_EQ(ReadFile(db), before) << c.file << " changed the store";
    }
  }
  // The good line of the JSONL file went in; nothing of the bad ones did.
  auto fine = Kg({"--db", db, "show", "Fine Co"});
  EXPECT_EQ(fine.code, 0);
  EXPECT_EQ(Kg({"--db", db, "show", "Corporation"}).code, 1);
}

TEST(CliDot, HostileNamesSurviveDot) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  std::string article = dir.File("hostile.json");
  WriteFile(article, R"({"title": "hostile names", "entities": [
    {"id": "a", "name": "Quote \"Mining\" Co", "type": "Company"},
    {"id": "b", "name": "Back\\slash\\", "type": "Project"},
    {"id": "c", "name": "Braces {x} [y] <z> & ; -> --", "type": "Organization"},
    {"id": "d", "name": "Çö Ñickel 北京 Ярославль", "type": "Company"},
    {"id": "e", "name": "node", "type": "Mineral"},
    {"id": "f", "name": "multi\nline", "type": "Region"}],
   "relations": [
    {"subject": "a", "relation": "operates", "object": "b", "evidence": "a \"quoted\" sentence"},
    {"subject": "c", "relation": "partners_with", "object": "d"},
    {"subject": "d", "relation": "produces", "object": "e"},
    {"subject": "b", "relation": "located_in", "object": "f"}]})");
  ASSERT_EQ(Kg({"--db", db, "ingest", article}).code, 0);
  std::string dot = dir.File("h.dot");
  ASSERT_EQ(Kg({"--db", db, "export", "-o", dot}).code, 0);
  auto r = Shell("dot -Tsvg " + ShellQuote(dot) + " -o " + ShellQuote(dir.File("h.svg")));
  ASSERT_EQ(r.code, 0) << r.out << ReadFile(dot);
  std::string svg = ReadFile(dir.File("h.svg"));
  EXPECT_NE(svg.find("Quote &quot;Mining&quot; Co"), std::string::npos) << svg;
  EXPECT_NE(svg.find("Back\\slash\\"), std::string::npos);
  EXPECT_NE(svg.find("Braces {x} [y] &lt;z&gt; &amp; ; &#45;&gt; &#45;&#45;"), std::string::npos);
  EXPECT_NE(svg.find("Çö Ñickel 北京 Ярославль"), std::string::npos);
  EXPECT_NE(svg.find(">node <"), std::string::npos);
  EXPECT_NE(svg.find(">multi line<"), std::string::npos);
  // The graph JSON of the same store is valid JSON with the same names.
  rapidjson::Document g = Json(Kg({"--db", db, "export", "--format", "json"}).out);
  EXPECT_EQ(g["entities"].Size(), 6u);
}

TEST(CliBinary, UsesKgDbAndExitCodes) {
  TempDir dir;
  std::string bin = ShellQuote(kg::testing::Binary());
  std::string env = "KG_DB=" + ShellQuote(dir.File("env.db")) + " ";
  auto ing = Shell(env + bin + " ingest " + ShellQuote(DataDir()));
  EXPECT_EQ(ing.code, 0) << ing.out;
  EXPECT_TRUE(std::filesystem::exists(dir.File("env.db")));
  auto show = Shell(env + bin + " show gallium");
  EXPECT_EQ(show.code, 0);
  EXPECT_NE(show.out.find("gallium (Mineral)"), std::string::npos);
  EXPECT_EQ(Shell(env + bin + " show nothing-like-this").code, 1);
  EXPECT_EQ(Shell(env + bin + " path gallium").code, 2);
  EXPECT_EQ(Shell(env + bin + " frobnicate").code, 2);
  EXPECT_EQ(Shell(bin + " --db " + ShellQuote(dir.File("none.db")) + " show x").code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir.File("none.db")));
  EXPECT_EQ(Shell(bin + " --help").code, 0);
}

}  // namespace
}  // namespace kg

namespace kg {
namespace {

// kg path --k (Yen), --avoid-type and --via-relation (issue 4).
TEST_F(CorpusTest, KShortestSimplePathsAndConstraints) {
  auto r = Run({"path", "Rostec", "Nornickel", "--k", "7", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  rapidjson::Document d = Json(r.out);
  ASSERT_EQ(d["paths"].Size(), 7u);
  std::set<std::string> seen;
  unsigned last = 0;
  for (const auto& p : d["paths"].GetArray()) {
    unsigned len = p["length"].GetUint();
    EXPECT_GE(len, last) << "paths come shortest first";
    last = len;
    std::set<std::string> names;
    std::string key;
    for (const auto& e : p["entities"].GetArray()) {
      EXPECT_TRUE(names.insert(e["name"].GetString()).second) << "a simple path";
      key += std::string(e["name"].GetString()) + ">";
    }
    for (const auto& h : p["hops"].GetArray()) key += h["relation"].GetString();
    EXPECT_TRUE(seen.insert(key).second) << key;
  }
  EXPECT_EQ(d["paths"][0]["length"].GetUint(), 4u);
  EXPECT_EQ(d["paths"][6]["length"].GetUint(), 6u);

  auto avoid = Run({"path", "Rostec", "Nornickel", "--all", "--avoid-type", "Region",
                    "--format", "json"});
  ASSERT_EQ(avoid.code, 0) << avoid.err;
  rapidjson::Document a = Json(avoid.out);
  ASSERT_EQ(a["paths"].Size(), 2u);
  for (const auto& p : a["paths"].GetArray())
    for (const auto& e : p["entities"].GetArray())
      EXPECT_STRNE(e["type"].GetString(), "Region");

  auto via = Run({"path", "Rostec", "Nornickel", "--via-relation", "has_reserves_of",
                  "--format", "tsv"});
  ASSERT_EQ(via.code, 0) << via.err;
  EXPECT_NE(via.out.find("\thas_reserves_of\t"), std::string::npos) << via.out;
  EXPECT_EQ(Run({"path", "Rostec", "Nornickel", "--avoid-type", "Planet"}).code, 2);
}

}  // namespace
}  // namespace kg
