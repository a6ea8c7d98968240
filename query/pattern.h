#pragma once
// kg match: a small pattern language over the graph (grammar in
// README.md, "Patterns"). ParsePattern reads a pattern, PlanMatch picks where to
// start, MatchPattern walks the store's indexed adjacency from there.

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"
#include "query/format.h"

namespace kg {

/// `(?c:Company)`, `(?x)`, `()`, `(Yakutia)`, `("Ministry of Industry and
/// Trade")`, `("Yakutia":Region)`.
struct NodePattern {
  std::string var;                 ///< "c" for ?c; "" for fixed or anonymous.
  std::string name;                ///< Fixed entity name; "" for variables.
  std::optional<EntityType> type;  ///< Required type; nullopt = any.
  std::size_t column = 0;          ///< 0-based offset of '(' in the text.
  bool fixed() const { return !name.empty(); }
};

enum class EdgeDirection {
  kForward,   ///< -[...]->  left node is the subject
  kBackward,  ///< <-[...]-  right node is the subject
  kEither,    ///< -[...]-   either way
};

/// `-[won_bid_for|withdrew_from]->`, `<-[?r:located_in]-`, `-[]-`,
/// `-[*1..3]->`, `-[located_in*1..2]->`.
struct EdgePattern {
  std::string var;                     ///< "r" for ?r; "" when unnamed.
  std::vector<std::string> relations;  ///< Alternatives; empty = any.
  EdgeDirection direction = EdgeDirection::kForward;
  int min_hops = 1;  ///< 1..max_hops; both 1 for a plain edge.
  int max_hops = 1;  ///< At most kMaxHops.
  std::size_t column = 0;  ///< 0-based offset of the edge's first character.
  bool variable_length() const { return min_hops != 1 || max_hops != 1; }
};

inline constexpr int kMaxHops = 6;

enum class ConditionField { kYear, kDate, kSource, kArticle, kSources, kStatus };
enum class ConditionOp { kEq, kNe, kLt, kLe, kGt, kGe, kContains };

/// `[?r.]field op value` of a WHERE clause.
struct Condition {
  std::string edge_var;  ///< "" = applies to every edge of the pattern.
  ConditionField field = ConditionField::kYear;
  ConditionOp op = ConditionOp::kEq;
  std::string value;     ///< As written, unquoted.
  long long number = 0;  ///< For year and sources.
  std::size_t column = 0;
};

/// A parsed pattern: nodes[i] -edges[i]- nodes[i+1].
struct Pattern {
  std::string text;
  std::vector<NodePattern> nodes;  ///< edges.size() + 1 of them.
  std::vector<EdgePattern> edges;
  std::vector<Condition> where;    ///< All must hold (AND).
  /// Node variables in order of first appearance, then edge variables.
  std::vector<std::string> variables() const;
};

/// Parses text. InvalidInput on any error, with a message of three lines:
/// "column N: what is wrong", the pattern, and a caret under column N.
/// Relation and type names are checked against the vocabulary here.
Result<Pattern> ParsePattern(std::string_view text);

/// One step of a plan, for --explain-plan and tests.
struct PlanStep {
  std::string what;  ///< "start at fixed entity (Yakutia): 1 entity", ...
};

/// Where matching starts and in which order it walks the chain.
struct MatchPlan {
  std::size_t start_node = 0;       ///< Index into nodes, when by node.
  std::optional<std::size_t> start_edge;  ///< Index into edges, when by edge.
  std::vector<std::size_t> order;   ///< Edges in the order they are joined.
  std::vector<PlanStep> steps;      ///< Human-readable description.
};

struct MatchOptions {
  RelationFilter filter;   ///< min_sources, as_of, since also apply.
  std::size_t limit = 1000;  ///< Stop after this many rows (default 1000).
  bool evidence = false;   ///< Fill FactView::evidence of every edge.
};

/// One matched edge: a fact, or the hops of a variable-length edge.
struct EdgeMatch {
  std::vector<FactView> hops;
};

/// One binding: an entity per node, a match per edge.
struct MatchRow {
  std::vector<Entity> nodes;     ///< Aliases not filled.
  std::vector<EdgeMatch> edges;
};

struct MatchResult {
  MatchPlan plan;
  std::vector<MatchRow> rows;  ///< Sorted by the names of the variables.
  bool truncated = false;      ///< More rows exist than options.limit.
};

/// Picks the start: the fixed entity with the fewest relations, else the
/// rarest cheap part (an edge by its relations' count, a typed node by its
/// type's count); a scan of all entities only when the pattern names
/// nothing. NotFound when a fixed entity names no entity (message names it
/// and suggests close names, with the caret lines).
Result<MatchPlan> PlanMatch(const Store& store, const Pattern& pattern,
                            const MatchOptions& options);

/// Every binding of pattern in the store. A fixed-length edge binds one
/// fact; a variable-length edge binds the shortest chain of hops (first by
/// names) to each distinct end, so it gives one row per end. An edge
/// passes the WHERE conditions that apply to it when at least one of its
/// evidence rows satisfies all of them (date = the sentence's date, else
/// the article's published date).
Result<MatchResult> MatchPattern(const Store& store, const Pattern& pattern,
                                 const MatchOptions& options);

/// The rows as a table (variables as columns, the chain after them; with
/// evidence, each edge and its sentences below), JSON or TSV.
void PrintMatches(std::ostream& out, const Pattern& pattern,
                  const MatchResult& result, OutputFormat format,
                  bool evidence);
/// The plan as numbered lines.
void PrintPlan(std::ostream& out, const MatchPlan& plan);

}  // namespace kg
