#pragma once
// The body of the pattern-query fuzz target (tests/fuzz/fuzz_pattern.cc),
// shared with the unit test that replays tests/fuzz/corpus/pattern/.
// Separate from fuzz_targets.h because it needs the store and the query
// library, which the reader targets do without.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/store.h"
#include "query/pattern.h"
#include "tests/fuzz/fuzz_targets.h"

namespace kg::fuzz {

/// A small store for patterns to run against, made once per process in a
/// temporary directory: Rostec withdrew from the Tomtor project (2019),
/// which lies in Yakutia (Russia), and holds niobium and rare earths.
inline const Store& PatternStore() {
  static std::unique_ptr<Store> store = [] {
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("kg-fuzz-pattern-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::filesystem::remove(dir / "kg.db");
    Result<std::unique_ptr<Store>> s = Store::Open((dir / "kg.db").string());
    Require(s.has_value(), "cannot open the fuzz store",
            s ? std::string() : s.error().message());
    ArticleDoc a;
    a.id = "fuzz-1";
    a.published = "2020-02-01";
    a.text = "Rostec withdrew from the Tomtor project in Yakutia in 2019.";
    auto entity = [&](std::string name, EntityType type) {
      DocEntity e;
      e.name = std::move(name);
      e.type = type;
      a.entities.push_back(std::move(e));
      return a.entities.size() - 1;
    };
    std::size_t rostec = entity("Rostec", EntityType::kCompany);
    std::size_t tomtor = entity("Tomtor project", EntityType::kProject);
    std::size_t yakutia = entity("Yakutia", EntityType::kRegion);
    std::size_t russia = entity("Russia", EntityType::kCountry);
    std::size_t niobium = entity("niobium", EntityType::kMineral);
    auto fact = [&](std::size_t subj, const char* rel, std::size_t obj, const char* year) {
      DocRelation r;
      r.subject = subj;
      r.relation = rel;
      r.object = obj;
      r.qualifiers.date = year;
      r.evidence = a.text;
      a.relations.push_back(std::move(r));
    };
    fact(rostec, "withdrew_from", tomtor, "2019");
    fact(tomtor, "located_in", yakutia, "");
    fact(yakutia, "located_in", russia, "");
    fact(tomtor, "has_reserves_of", niobium, "");
    fact(rostec, "based_in", russia, "");
    FinalizeArticle(a);
    (*s)->AddArticle(a);
    return std::move(s).value();
  }();
  return *store;
}

/// The pattern parser and matcher: any text gives either a pattern whose
/// parts are consistent, or an error of the form "column N: …" followed by
/// the pattern and a caret line, with N inside the text (or just past it).
/// An accepted pattern then runs against PatternStore() without failing
/// other than by NotFound (a fixed name no entity has).
inline void FuzzPattern(const std::uint8_t* data, std::size_t size) {
  std::string text = ValidUtf8(
      std::string_view(reinterpret_cast<const char*>(data), size));
  Result<Pattern> parsed = ParsePattern(text);
  if (!parsed) {
    const std::string& msg = parsed.error().message();
    Require(msg.rfind("column ", 0) == 0, "error does not start with a column", msg);
    std::size_t column = 0;
    std::size_t i = 7;
    for (; i < msg.size() && msg[i] >= '0' && msg[i] <= '9'; ++i)
      column = column * 10 + static_cast<std::size_t>(msg[i] - '0');
    Require(i > 7 && i < msg.size() && msg[i] == ':', "no column number", msg);
    Require(column >= 1 && column <= text.size() + 1, "column outside the pattern", msg);
    Require(msg.size() >= 2 && msg.find('^', msg.rfind('\n')) != std::string::npos,
            "no caret line", msg);
    return;
  }
  const Pattern& p = *parsed;
  Require(!p.nodes.empty() && p.nodes.size() == p.edges.size() + 1,
          "nodes and edges do not alternate", text);
  for (const NodePattern& n : p.nodes)
    Require(n.column < text.size(), "node column outside the pattern", text);
  for (const EdgePattern& e : p.edges) {
    Require(e.column < text.size(), "edge column outside the pattern", text);
    Require(0 <= e.min_hops && 1 <= e.max_hops && e.min_hops <= e.max_hops && e.max_hops <= kMaxHops, "bad hop range", text);
    for (const std::string& r : e.relations)
      Require(FindRelation(r) != nullptr, "unknown relation accepted", r);
  }
  for (const Condition& c : p.where)
    Require(c.column < text.size(), "condition column outside the pattern", text);
  MatchOptions opt;
  opt.limit = 50;
  opt.evidence = true;
  Result<MatchResult> r = MatchPattern(PatternStore(), p, opt);
  if (!r) {
    Require(r.error().IsNotFound() || r.error().IsInvalidInput(),
            "match failed other than by NotFound/InvalidInput", r.error().message());
    return;
  }
  Require(r->rows.size() <= opt.limit, "more rows than the limit", text);
  for (const MatchRow& row : r->rows) {
    Require(row.nodes.size() == p.nodes.size(), "row has the wrong number of nodes", text);
    Require(row.edges.size() == p.edges.size(), "row has the wrong number of edges", text);
  }
}

}  // namespace kg::fuzz
