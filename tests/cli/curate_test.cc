// Issue 4: retract, merge, alias and split through the CLI; decisions
// applied again to later articles.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <set>

#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::DataDir;
using kg::testing::Kg;
using kg::testing::TempDir;
using kg::testing::WriteFile;

std::string Article(const std::string& name) { return DataDir() + "/" + name; }

rapidjson::Document Json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  EXPECT_FALSE(d.HasParseError()) << text.substr(0, 300);
  return d;
}

std::set<std::string> EntityNames(const std::string& db) {
  rapidjson::Document d = Json(Kg({"--db", db, "export", "--format", "json"}).out);
  std::set<std::string> names;
  for (const auto& e : d["entities"].GetArray()) names.insert(e["name"].GetString());
  return names;
}

TEST(Retract, ThenReingestGivesBackTheSameGraph) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  ASSERT_EQ(Kg({"--db", db, "ingest", DataDir()}).code, 0);
  std::string before = Kg({"--db", db, "export", "--format", "json"}).out;
  for (const char* file : {"01_russia_rare_metals_plan.json", "17_nornickel_polar_lithium.json",
                           "02_china_gallium_germanium_controls.json"}) {
    std::string id = Json(kg::testing::ReadFile(Article(file)))["id"].GetString();
    auto r = Kg({"--db", db, "retract", id});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "retracted " + id + "\n");
    EXPECT_NE(Kg({"--db", db, "export", "--format", "json"}).out, before) << file;
    ASSERT_EQ(Kg({"--db", db, "ingest", Article(file)}).code, 0);
    EXPECT_EQ(Kg({"--db", db, "export", "--format", "json"}).out, before) << file;
  }
  // Rostec is only in article 01: retracting it removes Rostec and its facts.
  ASSERT_EQ(Kg({"--db", db, "retract", "kg-sample-01"}).code, 0);
  EXPECT_EQ(Kg({"--db", db, "show", "Rostec"}).code, 1);
  auto missing = Kg({"--db", db, "retract", "no-such-article"});
  EXPECT_EQ(missing.code, 1);
  EXPECT_EQ(missing.err, "kg: no article with id \"no-such-article\"\n");
}

const char* kFirst = R"({"id": "a1", "title": "A", "published": "2024-01-01",
  "entities": [{"id": "x", "name": "Acme Lithium", "type": "Company"},
               {"id": "y", "name": "Salar Uno", "type": "Project"},
               {"id": "z", "name": "ACME Ltd.", "type": "Organization"},
               {"id": "c", "name": "Chile", "type": "Country"}],
  "relations": [{"subject": "x", "relation": "operates", "object": "y", "evidence": "Acme Lithium runs Salar Uno."},
                {"subject": "z", "relation": "operates", "object": "y", "evidence": "ACME Ltd. operates Salar Uno."},
                {"subject": "z", "relation": "based_in", "object": "c", "evidence": "ACME Ltd. of Chile."},
                {"subject": "x", "relation": "partners_with", "object": "z", "evidence": "Acme Lithium and ACME Ltd. agreed."}]})";

// A later article naming both, the merged one under another type.
const char* kLater = R"({"id": "a2", "title": "B", "published": "2025-05-05",
  "entities": [{"id": "x", "name": "Acme Lithium", "type": "Company"},
               {"id": "z", "name": "ACME Ltd", "type": "Organization"},
               {"id": "y", "name": "Salar Uno", "type": "Project"}],
  "relations": [{"subject": "z", "relation": "develops", "object": "y", "evidence": "ACME Ltd develops Salar Uno."}]})";

TEST(Curate, MergeFoldsDuplicatesKeepsEvidenceAndSurvivesNewArticles) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  WriteFile(dir.File("a1.json"), kFirst);
  WriteFile(dir.File("a2.json"), kLater);
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("a1.json")}).code, 0);
  auto m = Kg({"--db", db, "merge", "Acme Lithium", "ACME Ltd."});
  ASSERT_EQ(m.code, 0) << m.err;
  EXPECT_EQ(m.out,
            "merged ACME Ltd. (Organization) into Acme Lithium (Company): 1 names, 1 "
            "mentions, 1 relations re-pointed, 1 folded into existing facts, 1 between "
            "the two dropped\n");
  EXPECT_EQ(EntityNames(db), (std::set<std::string>{"Acme Lithium", "Chile", "Salar Uno"}));
  rapidjson::Document card = Json(Kg({"--db", db, "show", "acme ltd", "--format", "json"}).out);
  EXPECT_STREQ(card["name"].GetString(), "Acme Lithium");
  ASSERT_EQ(card["outgoing"].Size(), 2u);
  EXPECT_STREQ(card["outgoing"][0]["relation"].GetString(), "based_in");
  EXPECT_STREQ(card["outgoing"][1]["relation"].GetString(), "operates");
  EXPECT_EQ(card["outgoing"][1]["evidence"].Size(), 2u) << "both sentences kept";

  // The decision holds for a later article, even with another type.
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("a2.json")}).code, 0);
  EXPECT_EQ(EntityNames(db), (std::set<std::string>{"Acme Lithium", "Chile", "Salar Uno"}));
  card = Json(Kg({"--db", db, "show", "Acme Lithium", "--format", "json"}).out);
  EXPECT_EQ(card["outgoing"].Size(), 3u);

  // Retract and re-ingest both: the merge is still applied.
  ASSERT_EQ(Kg({"--db", db, "retract", "a1", "a2"}).code, 0);
  EXPECT_TRUE(EntityNames(db).empty());
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("a1.json"), dir.File("a2.json")}).code, 0);
  EXPECT_EQ(EntityNames(db), (std::set<std::string>{"Acme Lithium", "Chile", "Salar Uno"}));

  auto list = Kg({"--db", db, "alias", "--list"});
  EXPECT_NE(list.out.find("\tmerge\tAcme Lithium\tACME Ltd.\n"), std::string::npos) << list.out;
  EXPECT_EQ(Kg({"--db", db, "merge", "Acme Lithium", "acme ltd"}).code, 2) << "already one";
  EXPECT_EQ(Kg({"--db", db, "merge", "Acme Lithium", "Nobody"}).code, 1);
}

// Facts follow the name their sentence uses: split off "Norilsk Nickel
// Harjavalta" and the sentence that names the entity only so moves with it,
// its fact too; a fact stated by both kinds of sentence is kept by both.
TEST(Curate, SplitMovesTheFactsOfSentencesThatUseTheName) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  const std::string text =
      "Nornickel produces nickel in Russia. Nornickel Harjavalta produces nickel in "
      "Finland. Nornickel Harjavalta is based in Finland.";
  // Mentions: "Nornickel" [0,9); "Nornickel Harjavalta" [37,57) and [86,106).
  WriteFile(dir.File("n.json"), std::string(R"({"id": "n", "published": "2024-04-04", "text": ")") +
      text + R"(",
    "entities": [{"id": "n", "name": "Nornickel", "type": "Company", "aliases": ["Nornickel Harjavalta"],
                  "mentions": [[0, 9], [37, 57], [86, 106]]},
                 {"id": "i", "name": "nickel", "type": "Mineral"},
                 {"id": "r", "name": "Russia", "type": "Country"},
                 {"id": "f", "name": "Finland", "type": "Country"}],
    "relations": [
      {"subject": "n", "relation": "produces", "object": "i", "evidence": "Nornickel produces nickel in Russia."},
      {"subject": "n", "relation": "produces", "object": "i", "evidence": "Nornickel Harjavalta produces nickel in Finland."},
      {"subject": "n", "relation": "active_in", "object": "r", "evidence": "Nornickel produces nickel in Russia."},
      {"subject": "n", "relation": "based_in", "object": "f", "evidence": "Nornickel Harjavalta is based in Finland."}]})");
  auto in = Kg({"--db", db, "ingest", dir.File("n.json")});
  ASSERT_EQ(in.code, 0) << in.err;
  auto s = Kg({"--db", db, "split", "Nornickel", "Nornickel Harjavalta"});
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_EQ(s.out,
            "split \"Nornickel Harjavalta\" off Nornickel: now its own entity Nornickel "
            "Harjavalta (Company), with 2 mentions and 2 facts (2 sentences name it alone); "
            "the rest stays with Nornickel\n");
  rapidjson::Document h =
      Json(Kg({"--db", db, "show", "Nornickel Harjavalta", "--format", "json"}).out);
  ASSERT_EQ(h["outgoing"].Size(), 2u) << Kg({"--db", db, "show", "Nornickel Harjavalta"}).out;
  EXPECT_STREQ(h["outgoing"][0]["relation"].GetString(), "based_in");
  EXPECT_STREQ(h["outgoing"][1]["relation"].GetString(), "produces");
  EXPECT_EQ(h["outgoing"][1]["evidence"].Size(), 1u);
  rapidjson::Document n = Json(Kg({"--db", db, "show", "Nornickel", "--format", "json"}).out);
  ASSERT_EQ(n["outgoing"].Size(), 2u) << "active_in and produces stay; based_in moved";
  EXPECT_STREQ(n["outgoing"][0]["relation"].GetString(), "active_in");
  EXPECT_STREQ(n["outgoing"][1]["relation"].GetString(), "produces");
  EXPECT_EQ(n["outgoing"][1]["evidence"].Size(), 1u);
  EXPECT_EQ(Kg({"--db", db, "check"}).code, 0);
}

// An alias only a retracted article gave goes with it; one another article
// also gives, or that a person decided (kg alias), stays.
TEST(Retract, DropsAliasesOnlyThatArticleGave) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  WriteFile(dir.File("a.json"), R"({"id": "a", "entities": [
      {"id": "r", "name": "Rosnedra", "type": "Agency", "aliases": ["Federal Subsoil Agency", "RN"]},
      {"id": "t", "name": "Tomtor", "type": "Project"}],
    "relations": [{"subject": "r", "relation": "estimated", "object": "t", "evidence": "Rosnedra estimated Tomtor."}]})");
  WriteFile(dir.File("b.json"), R"({"id": "b", "entities": [
      {"id": "r", "name": "Rosnedra", "type": "Agency", "aliases": ["RN"]},
      {"id": "t", "name": "Tomtor", "type": "Project"}],
    "relations": [{"subject": "r", "relation": "estimated", "object": "t", "evidence": "RN estimated Tomtor."}]})");
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("a.json"), dir.File("b.json")}).code, 0);
  ASSERT_EQ(Kg({"--db", db, "alias", "Rosnedra", "Subsoil Agency of Russia"}).code, 0);
  auto aliases = [&] {
    rapidjson::Document c = Json(Kg({"--db", db, "show", "Rosnedra", "--format", "json"}).out);
    std::set<std::string> out;
    for (const auto& a : c["aliases"].GetArray()) out.insert(a.GetString());
    return out;
  };
  EXPECT_EQ(aliases(), (std::set<std::string>{"Federal Subsoil Agency", "RN",
                                               "Subsoil Agency of Russia"}));
  ASSERT_EQ(Kg({"--db", db, "retract", "a"}).code, 0);
  EXPECT_EQ(aliases(), (std::set<std::string>{"RN", "Subsoil Agency of Russia"}));
  EXPECT_EQ(Kg({"--db", db, "show", "Federal Subsoil Agency"}).code, 1);
  // Re-ingesting gives the alias back.
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("a.json")}).code, 0);
  EXPECT_EQ(aliases(), (std::set<std::string>{"Federal Subsoil Agency", "RN",
                                               "Subsoil Agency of Russia"}));
  EXPECT_EQ(Kg({"--db", db, "check"}).code, 0);
}

TEST(Curate, AliasAndSplitAreAppliedToLaterArticles) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  WriteFile(dir.File("a.json"), R"({"id": "a", "published": "2024-02-02",
    "entities": [{"id": "r", "name": "Rostec", "type": "Company", "aliases": ["Rostekh", "RT Group"]},
                 {"id": "t", "name": "Tomtor", "type": "Project"}],
    "relations": [{"subject": "r", "relation": "withdrew_from", "object": "t", "evidence": "Rostec left Tomtor."}]})");
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("a.json")}).code, 0);

  // Split: "RT Group" is another company.
  auto s = Kg({"--db", db, "split", "Rostec", "rt group"});
  ASSERT_EQ(s.code, 0) << s.err;
  EXPECT_EQ(s.out, "split \"rt group\" off Rostec: now its own entity RT Group (Company), "
                   "with 1 mentions and 0 facts (0 sentences name it alone); the rest "
                   "stays with Rostec\n");
  EXPECT_EQ(EntityNames(db), (std::set<std::string>{"RT Group", "Rostec", "Tomtor"}));
  EXPECT_EQ(Kg({"--db", db, "split", "Rostec", "Gazprom"}).code, 1);
  EXPECT_EQ(Kg({"--db", db, "split", "Rostec", "ROSTEC"}).code, 2);

  // Alias: "State Corporation Rostec" names Rostec, even as an Organization.
  auto a = Kg({"--db", db, "alias", "Rostec", "State Corporation Rostec"});
  ASSERT_EQ(a.code, 0) << a.err;
  EXPECT_EQ(Kg({"--db", db, "alias", "Rostec", "the company"}).code, 2);
  EXPECT_EQ(Kg({"--db", db, "alias", "Rostec", "Tomtor"}).code, 2) << "that is a merge";

  // A later article that names Rostec with the split-off alias again, and
  // the alias as an Organization.
  WriteFile(dir.File("b.json"), R"({"id": "b", "published": "2025-03-03",
    "entities": [{"id": "r", "name": "Rostec", "type": "Company", "aliases": ["RT Group"]},
                 {"id": "o", "name": "State Corporation Rostec", "type": "Organization"},
                 {"id": "g", "name": "RT Group", "type": "Company"},
                 {"id": "t", "name": "Tomtor", "type": "Project"}],
    "relations": [{"subject": "g", "relation": "won_bid_for", "object": "t", "evidence": "RT Group won Tomtor."},
                  {"subject": "o", "relation": "operates", "object": "t", "evidence": "The corporation runs Tomtor."}]})");
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("b.json")}).code, 0);
  EXPECT_EQ(EntityNames(db), (std::set<std::string>{"RT Group", "Rostec", "Tomtor"}));
  rapidjson::Document rostec = Json(Kg({"--db", db, "show", "Rostec", "--format", "json"}).out);
  std::set<std::string> aliases;
  for (const auto& al : rostec["aliases"].GetArray()) aliases.insert(al.GetString());
  EXPECT_EQ(aliases, (std::set<std::string>{"Rostekh", "State Corporation Rostec"}));
  std::set<std::string> rels;
  for (const auto& f : rostec["outgoing"].GetArray()) rels.insert(f["relation"].GetString());
  EXPECT_EQ(rels, (std::set<std::string>{"operates", "withdrew_from"}));
  rapidjson::Document rt = Json(Kg({"--db", db, "show", "RT Group", "--format", "json"}).out);
  EXPECT_STREQ(rt["name"].GetString(), "RT Group");
  ASSERT_EQ(rt["outgoing"].Size(), 1u);
  EXPECT_STREQ(rt["outgoing"][0]["relation"].GetString(), "won_bid_for");
}

TEST(Stats, RanksByDegreeAndPageRankAndCountsComponents) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  ASSERT_EQ(Kg({"--db", db, "ingest", DataDir()}).code, 0);
  auto r = Kg({"--db", db, "stats", "--format", "json", "--top", "3"});
  ASSERT_EQ(r.code, 0) << r.err;
  rapidjson::Document d = Json(r.out);
  ASSERT_TRUE(d.HasMember("articles"));
  ASSERT_EQ(d["top_by_degree"].Size(), 3u);
  ASSERT_EQ(d["top_by_pagerank"].Size(), 3u);
  EXPECT_GE(d["top_by_degree"][0]["score"].GetDouble(),
            d["top_by_degree"][1]["score"].GetDouble());
  EXPECT_GT(d["top_by_pagerank"][0]["score"].GetDouble(), 0.0);
  EXPECT_LT(d["top_by_pagerank"][0]["score"].GetDouble(), 1.0);
  EXPECT_GE(d["components"].GetUint64(), 1u);
  std::uint64_t total = 0;
  for (const auto& c : d["largest_components"].GetArray()) total += c["size"].GetUint64();
  EXPECT_LE(total, static_cast<std::uint64_t>(d["entities"].GetInt64()));
  auto table = Kg({"--db", db, "stats"});
  EXPECT_NE(table.out.find("top entities by PageRank:"), std::string::npos);
  EXPECT_NE(table.out.find("connected components: "), std::string::npos);
  EXPECT_EQ(Kg({"--db", db, "stats"}).out, table.out) << "deterministic";
}

// A small star: hand-computed degree, components and PageRank order.
TEST(Stats, HandComputedSmallGraph) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  WriteFile(dir.File("s.json"), R"({"id": "s",
    "entities": [{"id": "c", "name": "Chile", "type": "Country"},
                 {"id": "a", "name": "Mine A", "type": "Project"},
                 {"id": "b", "name": "Mine B", "type": "Project"},
                 {"id": "d", "name": "Mine D", "type": "Project"},
                 {"id": "x", "name": "Xco", "type": "Company"},
                 {"id": "l", "name": "lithium", "type": "Mineral"},
                 {"id": "y", "name": "Yco", "type": "Company"}],
    "relations": [{"subject": "a", "relation": "located_in", "object": "c"},
                  {"subject": "b", "relation": "located_in", "object": "c"},
                  {"subject": "d", "relation": "located_in", "object": "c"},
                  {"subject": "x", "relation": "operates", "object": "a"},
                  {"subject": "y", "relation": "produces", "object": "l"}]})");
  ASSERT_EQ(Kg({"--db", db, "ingest", dir.File("s.json")}).code, 0);
  rapidjson::Document d = Json(Kg({"--db", db, "stats", "--format", "json", "--top", "2"}).out);
  EXPECT_STREQ(d["top_by_degree"][0]["name"].GetString(), "Chile");
  EXPECT_EQ(d["top_by_degree"][0]["score"].GetDouble(), 3.0);
  EXPECT_STREQ(d["top_by_degree"][1]["name"].GetString(), "Mine A");
  EXPECT_STREQ(d["top_by_pagerank"][0]["name"].GetString(), "Chile");
  EXPECT_EQ(d["components"].GetUint64(), 2u);
  EXPECT_EQ(d["largest_components"][0]["size"].GetUint64(), 5u);
  EXPECT_STREQ(d["largest_components"][0]["representative"].GetString(), "Chile");
  EXPECT_EQ(d["largest_components"][1]["size"].GetUint64(), 2u);
}

}  // namespace
}  // namespace kg
