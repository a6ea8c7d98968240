// The pattern language of kg match: parser (table-driven, with error
// columns), planner and matcher against hand-computed answers on the
// bundled corpus (data/articles).
#include "query/pattern.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::Kg;
using kg::testing::TempDir;

// ---- parser ----------------------------------------------------------------

TEST(PatternParse, ReadsNodesEdgesAndConditions) {
  Result<Pattern> p = ParsePattern(
      "(?c:Company)-[won_bid_for|withdrew_from]->(?p:project)<-[?r:located_in*1..2]-"
      "(\"Ministry of Industry and Trade\")-[]-(Yakutia:Region) "
      "WHERE year >= 2015 AND ?r.source = \"Mining News\" and sources > 1");
  ASSERT_TRUE(p) << p.error().message();
  ASSERT_EQ(p->nodes.size(), 4u);
  ASSERT_EQ(p->edges.size(), 3u);
  EXPECT_EQ(p->nodes[0].var, "c");
  EXPECT_EQ(p->nodes[0].type, EntityType::kCompany);
  EXPECT_EQ(p->nodes[1].type, EntityType::kProject);
  EXPECT_EQ(p->nodes[2].name, "Ministry of Industry and Trade");
  EXPECT_FALSE(p->nodes[2].type.has_value());
  EXPECT_EQ(p->nodes[3].name, "Yakutia");
  EXPECT_EQ(p->nodes[3].type, EntityType::kRegion);
  EXPECT_EQ(p->edges[0].relations, (std::vector<std::string>{"won_bid_for", "withdrew_from"}));
  EXPECT_EQ(p->edges[0].direction, EdgeDirection::kForward);
  EXPECT_EQ(p->edges[1].var, "r");
  EXPECT_EQ(p->edges[1].direction, EdgeDirection::kBackward);
  EXPECT_EQ(p->edges[1].min_hops, 1);
  EXPECT_EQ(p->edges[1].max_hops, 2);
  EXPECT_TRUE(p->edges[2].relations.empty());
  EXPECT_EQ(p->edges[2].direction, EdgeDirection::kEither);
  ASSERT_EQ(p->where.size(), 3u);
  EXPECT_EQ(p->where[0].field, ConditionField::kYear);
  EXPECT_EQ(p->where[0].op, ConditionOp::kGe);
  EXPECT_EQ(p->where[0].number, 2015);
  EXPECT_EQ(p->where[1].edge_var, "r");
  EXPECT_EQ(p->where[1].value, "Mining News");
  EXPECT_EQ(p->where[2].field, ConditionField::kSources);
  EXPECT_EQ(p->variables(), (std::vector<std::string>{"c", "p", "r"}));
}

TEST(PatternParse, HopForms) {
  struct Case {
    const char* text;
    int min, max;
  } cases[] = {
      {"(a)-[*1..3]->(?b)", 1, 3},
      {"(a)-[*..2]->(?b)", 1, 2},
      {"(a)-[*2]->(?b)", 2, 2},
      {"(a)-[located_in*1..2]->(?b)", 1, 2},
      {"(a)-[located_in]->(?b)", 1, 1},
  };
  for (const Case& c : cases) {
    Result<Pattern> p = ParsePattern(c.text);
    ASSERT_TRUE(p) << c.text << ": " << p.error().message();
    EXPECT_EQ(p->edges[0].min_hops, c.min) << c.text;
    EXPECT_EQ(p->edges[0].max_hops, c.max) << c.text;
  }
}

TEST(PatternParse, ErrorsPointAtTheColumn) {
  struct Case {
    const char* text;
    int column;           // 1-based
    const char* message;  // part of the message
  } cases[] = {
      {"(?c:Company)-[withdrew_from]->(?p:Project)-[locatd_in]->(Yakutia)", 45,
       "unknown relation \"locatd_in\"; did you mean \"located_in\"?"},
      {"(?c:Compny)", 5, "unknown entity type \"Compny\"; did you mean \"Company\"?"},
      {"(?c)-[*]->(?d)", 7, "needs an upper bound"},
      {"(?c)-[*1..9]->(?d)", 7, "at most 6 hops"},
      {"(?c)-[*3..2]->(?d)", 7, "upper bound is below"},
      {"(?c)-[owns_stake_in]->", 23, "expected a node"},
      {"(?c)-[owns_stake_in>(?d)", 20, "expected ']'"},
      {"(?c)<-[owns_stake_in]->(?d)", 5, "an edge points one way"},
      {"(?c", 4, "expected ')'"},
      {"(\"Rostec)", 2, "unterminated string"},
      {"(?c)-[?r:sells]->(?d) WHERE ?c.year > 2000", 29, "?c is a node"},
      {"(?c)-[sells]->(?d) WHERE ?x.year > 2000", 26, "no edge is named ?x"},
      {"(?c)-[sells]->(?d) WHERE yaer > 2000", 26, "unknown field \"yaer\"; did you mean \"year\"?"},
      {"(?c)-[sells]->(?d) WHERE year > twenty", 33, "whole number"},
      {"(?c)-[sells]->(?d) WHERE date < 2019-13-x", 33, "a date is YYYY"},
      {"(?c)-[sells]->(?d) WHERE year > 2000 OR year < 1990", 38, "OR is not supported"},
      {"(?c)-[sells]->(?d) (?e)", 20, "expected an edge"},
      {"(?c)-[sells]->(?d) WHERE year > 2000 )", 38, "expected AND"},
      {"", 1, "empty pattern"},
  };
  for (const Case& c : cases) {
    Result<Pattern> p = ParsePattern(c.text);
    ASSERT_FALSE(p) << c.text;
    const std::string& m = p.error().message();
    EXPECT_TRUE(p.error().IsInvalidInput());
    EXPECT_EQ(m.rfind("column " + std::to_string(c.column) + ": ", 0), 0u) << c.text << "\n" << m;
    EXPECT_NE(m.find(c.message), std::string::npos) << c.text << "\n" << m;
    // The pattern, then a caret under the column.
    std::string caret_line = "\n  " + std::string(static_cast<std::size_t>(c.column - 1), ' ') + "^";
    EXPECT_NE(m.find("\n  " + std::string(c.text) + caret_line), std::string::npos)
        << c.text << "\n" << m;
  }
}

// ---- matching on the corpus ------------------------------------------------

class PatternCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    std::string db = dir_->File("corpus.db");
    auto r = Kg({"--db", db, "ingest", kg::testing::DataDir()});
    ASSERT_EQ(r.code, 0) << r.err;
    Store::Options o;
    o.read_only = true;
    store_ = std::move(Store::Open(db, o)).value().release();
  }
  static void TearDownTestSuite() {
    delete store_;
    store_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }

  /// The rows as "name|name|…" of the pattern's node variables.
  static std::vector<std::string> Rows(const std::string& text,
                                       const MatchOptions& opt = MatchOptions()) {
    Result<Pattern> p = ParsePattern(text);
    EXPECT_TRUE(p) << p.error().message();
    if (!p) return {};
    Result<MatchResult> r = MatchPattern(*store_, *p, opt);
    EXPECT_TRUE(r) << r.error().message();
    if (!r) return {};
    std::vector<std::string> out;
    for (const MatchRow& row : r->rows) {
      std::string s;
      std::vector<std::string> seen;
      for (std::size_t k = 0; k < p->nodes.size(); ++k) {
        const std::string& v = p->nodes[k].var;
        if (v.empty() || std::find(seen.begin(), seen.end(), v) != seen.end()) continue;
        seen.push_back(v);
        s += (s.empty() ? "" : "|") + row.nodes[k].name;
      }
      out.push_back(s);
    }
    return out;
  }

  static TempDir* dir_;
  static Store* store_;
};
TempDir* PatternCorpus::dir_ = nullptr;
Store* PatternCorpus::store_ = nullptr;

using V = std::vector<std::string>;

TEST_F(PatternCorpus, WithdrawalsFromProjectsInYakutia) {
  // 01: Rostec won the Tomtorskoye bid in 2014 and left in 2019; the project
  // is located in Yakutia.
  EXPECT_EQ(Rows("(?c:Company)-[withdrew_from]->(?p:Project)-[located_in]->(Yakutia)"),
            (V{"Rostec|Tomtorskoye project"}));
  EXPECT_EQ(Rows("(?c:Company)-[won_bid_for|withdrew_from]->(?p:Project)-[located_in]->(yakutia)"),
            (V{"Rostec|Tomtorskoye project", "Rostec|Tomtorskoye project"}));
}

TEST_F(PatternCorpus, ThreeHopsToACountry) {
  // 16: CMOC operates Tenke Fungurume and Kisanfu, Glencore Kamoto and
  // Mutanda; all four are in Lualaba province, which is in the DRC.
  EXPECT_EQ(Rows("(?c:Company)-[operates]->(?p:Project)-[located_in]->(?r:Region)"
                 "-[located_in]->(\"Democratic Republic of the Congo\")"),
            (V{"CMOC Group|Kisanfu|Lualaba province",
               "CMOC Group|Tenke Fungurume|Lualaba province",
               "Glencore|Kamoto|Lualaba province", "Glencore|Mutanda|Lualaba province"}));
  // 09: Arcadium operates Olaroz (Jujuy) and Fenix (Catamarca), both in
  // Argentina; Rio Tinto only develops Rincon.
  EXPECT_EQ(Rows("(?c:Company)-[operates]->(?p:Project)-[located_in]->(?r:Region)"
                 "-[located_in]->(Argentina)"),
            (V{"Arcadium Lithium|Fenix|Catamarca province",
               "Arcadium Lithium|Olaroz|Jujuy province"}));
}

TEST_F(PatternCorpus, VariableLengthHop) {
  // Tomtorskoye → Yakutia → {Russia, Siberia}.
  EXPECT_EQ(Rows("(Tomtorskoye project)-[located_in*1..2]->(?place)"),
            (V{"Russia", "Siberia", "Yakutia"}));
  EXPECT_EQ(Rows("(Tomtorskoye project)-[located_in*2]->(?place)"), (V{"Russia", "Siberia"}));
  // 05 and 06: Independence facility → Fort Worth → Texas → United States.
  EXPECT_EQ(Rows("(Independence facility)-[*1..3]->(?x:Country)"), (V{"United States"}));
  // Backwards: every project two located_in hops under Argentina.
  EXPECT_EQ(Rows("(?p:Project)-[located_in*2]->(Argentina)"), (V{"Fenix", "Olaroz", "Rincon project"}));
  // The chain of hops is bound, in order from left to right.
  Result<Pattern> p = ParsePattern("(Independence facility)-[located_in*1..3]->(United States)");
  ASSERT_TRUE(p);
  Result<MatchResult> r = MatchPattern(*store_, *p, MatchOptions());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->rows.size(), 1u);
  ASSERT_EQ(r->rows[0].edges[0].hops.size(), 3u);
  EXPECT_EQ(r->rows[0].edges[0].hops[0].object.name, "Fort Worth");
  EXPECT_EQ(r->rows[0].edges[0].hops[1].object.name, "Texas");
  EXPECT_EQ(r->rows[0].edges[0].hops[2].object.name, "United States");
}

TEST_F(PatternCorpus, TimeFiltersAndWhere) {
  // Rostec won Tomtorskoye in 2014 (01); Polar Lithium won Kolmozerskoye in
  // 2023-02 (17).
  const std::string bids = "(?c:Company)-[won_bid_for]->(?p:Project)";
  EXPECT_EQ(Rows(bids), (V{"Polar Lithium|Kolmozerskoye", "Rostec|Tomtorskoye project"}));
  EXPECT_EQ(Rows(bids + " WHERE year < 2020"), (V{"Rostec|Tomtorskoye project"}));
  EXPECT_EQ(Rows(bids + " WHERE date >= 2023-02"), (V{"Polar Lithium|Kolmozerskoye"}));
  EXPECT_EQ(Rows(bids + " WHERE date = 2023"), (V{"Polar Lithium|Kolmozerskoye"}));
  EXPECT_EQ(Rows(bids + " WHERE source ~ \"arctic\""), (V{"Polar Lithium|Kolmozerskoye"}));
  EXPECT_EQ(Rows(bids + " WHERE source = \"Critical Metals Monitor\" AND year = 2014"),
            (V{"Rostec|Tomtorskoye project"}));
  EXPECT_TRUE(Rows(bids + " WHERE source = \"Critical Metals Monitor\" AND year = 2023").empty());
  MatchOptions since;
  since.filter.since = "2020";
  EXPECT_EQ(Rows(bids, since), (V{"Polar Lithium|Kolmozerskoye"}));
  MatchOptions as_of;
  as_of.filter.as_of = "2023-01";
  EXPECT_EQ(Rows(bids, as_of), (V{"Rostec|Tomtorskoye project"}));
  // A partial date covers its period: 2023-02 is within --as-of 2023.
  as_of.filter.as_of = "2023";
  EXPECT_EQ(Rows(bids, as_of).size(), 2u);
  // Undated located_in takes its article's date: 01 was published 2025-09-03.
  EXPECT_EQ(Rows("(?c:Company)-[withdrew_from]->(?p)-[located_in]->(Yakutia) WHERE year >= 2015"),
            (V{"Rostec|Tomtorskoye project"}));
  EXPECT_TRUE(Rows("(?c:Company)-[?w:withdrew_from]->(?p)-[located_in]->(Yakutia) "
                   "WHERE ?w.year < 2019").empty());
}

TEST_F(PatternCorpus, MinSources) {
  // China restricts gallium exports in 02 and 03; the Ministry of Commerce
  // too; General Administration of Customs only in 02.
  MatchOptions two;
  two.filter.min_sources = 2;
  EXPECT_EQ(Rows("(?who)-[restricts_exports_of]->(gallium)", two),
            (V{"China", "Ministry of Commerce of China"}));
  EXPECT_EQ(Rows("(?who)-[restricts_exports_of]->(gallium) WHERE sources >= 2"),
            (V{"China", "Ministry of Commerce of China"}));
  EXPECT_EQ(Rows("(?who)-[restricts_exports_of]->(gallium)").size(), 3u);
}

TEST_F(PatternCorpus, SymmetricRepeatedAndAnonymous) {
  // partners_with is symmetric: Codelco and SQM match both ways (07).
  EXPECT_EQ(Rows("(SQM)-[partners_with]->(?x)"), (V{"Codelco"}));
  EXPECT_EQ(Rows("(Codelco)-[partners_with]->(?x)"), (V{"SQM"}));
  // A repeated variable binds one entity: Tianqi owns a stake in SQM and
  // acquires it (08).
  EXPECT_EQ(Rows("(?a:Company)-[acquires]->(?b)<-[owns_stake_in]-(?a)"),
            (V{"Critical Metals Corp|Tanbreez", "Tianqi Lithium|SQM"}));
  // Anonymous nodes bind nothing.
  EXPECT_EQ(Rows("(?p:Person)-[head_of]->()-[operates]->(Mount Weld)"),
            (V{"Amanda Lacaze"}));
}

TEST_F(PatternCorpus, RelationOptionNarrowsUnnamedEdges) {
  // Tomtorskoye: located_in Yakutia, has_reserves_of rare earth metals (01);
  // Rostec won and left it.
  // Names sort bytewise, as everywhere in kg's output.
  EXPECT_EQ(Rows("(Tomtorskoye project)-[]->(?x)"), (V{"Yakutia", "rare earth metals"}));
  MatchOptions opt;
  opt.filter.relations = {"located_in"};
  EXPECT_EQ(Rows("(Tomtorskoye project)-[]->(?x)", opt), (V{"Yakutia"}));
  EXPECT_EQ(Rows("(Tomtorskoye project)<-[withdrew_from]-(?x)", opt), (V{"Rostec"}));
  EXPECT_EQ(Rows("(Tomtorskoye project)-[]-(?x)"),
            (V{"Rostec", "Rostec", "Yakutia", "rare earth metals"}));
}

TEST_F(PatternCorpus, PlannerStartsFromTheMostSelectivePart) {
  auto plan = [](const std::string& text) {
    Result<Pattern> p = ParsePattern(text);
    EXPECT_TRUE(p);
    Result<MatchPlan> r = PlanMatch(*store_, *p, MatchOptions());
    EXPECT_TRUE(r) << r.error().message();
    return r ? *r : MatchPlan();
  };
  MatchPlan fixed = plan("(?c:Company)-[withdrew_from]->(?p:Project)-[located_in]->(Yakutia)");
  EXPECT_FALSE(fixed.start_edge.has_value());
  EXPECT_EQ(fixed.start_node, 2u);
  EXPECT_EQ(fixed.order, (std::vector<std::size_t>{1, 0}));
  EXPECT_NE(fixed.steps[0].what.find("fixed entity (Yakutia)"), std::string::npos);
  // No fixed entity: withdrew_from (1 fact) is rarer than located_in and
  // than the Company type.
  MatchPlan rare = plan("(?c:Company)-[withdrew_from]->(?p:Project)-[located_in]->(?r)");
  ASSERT_TRUE(rare.start_edge.has_value());
  EXPECT_EQ(*rare.start_edge, 0u);
  EXPECT_NE(rare.steps[0].what.find("1 fact"), std::string::npos) << rare.steps[0].what;
  // Nothing named: a scan, said so.
  MatchPlan scan = plan("(?a)-[]->(?b)");
  EXPECT_NE(scan.steps[0].what.find("scan all"), std::string::npos);
}

TEST_F(PatternCorpus, UnknownFixedEntityIsNotFoundWithCaret) {
  Result<Pattern> p = ParsePattern("(?c)-[operates]->(Tomtorskoe project)");
  ASSERT_TRUE(p);
  Result<MatchResult> r = MatchPattern(*store_, *p, MatchOptions());
  ASSERT_FALSE(r);
  EXPECT_TRUE(r.error().IsNotFound());
  const std::string& m = r.error().message();
  EXPECT_EQ(m.rfind("column 19: no entity named \"Tomtorskoe project\"; did you mean ", 0), 0u)
      << m;
  EXPECT_NE(m.find("\"Tomtorskoye project\""), std::string::npos) << m;
  EXPECT_NE(m.find("\n                    ^^^"), std::string::npos) << m;
}

// Found by fuzz_pattern: an anonymous node "()" recorded no position, so the
// caret of an unknown name after it was read past the end of the list.
TEST_F(PatternCorpus, UnknownNameAfterAnAnonymousNodeIsPointedAt) {
  Result<Pattern> p = ParsePattern("()-[operates]->(Nowhere Mine)");
  ASSERT_TRUE(p);
  Result<MatchResult> r = MatchPattern(*store_, *p, MatchOptions());
  ASSERT_FALSE(r);
  EXPECT_TRUE(r.error().IsNotFound());
  EXPECT_EQ(r.error().message().rfind("column 17: no entity named \"Nowhere Mine\"", 0), 0u)
      << r.error().message();
}

TEST_F(PatternCorpus, LimitTruncates) {
  MatchOptions opt;
  opt.limit = 2;
  Result<Pattern> p = ParsePattern("(?a)-[located_in]->(?b)");
  ASSERT_TRUE(p);
  Result<MatchResult> r = MatchPattern(*store_, *p, opt);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->rows.size(), 2u);
  EXPECT_TRUE(r->truncated);
}

}  // namespace
}  // namespace kg
