#pragma once
// kg explain A RELATION B: why the graph believes one fact, and where its
// sources disagree.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"
#include "query/format.h"
#include "query/query.h"

namespace kg {

/// One qualifier that articles state differently: "date" is 2019 in one
/// article and 2020 in another. Partial dates that agree ("2023-08" and
/// "2023-08-01") are no conflict; values stated within one article only
/// are no conflict either.
struct QualifierConflict {
  std::string field;  ///< "date", "amount" (with unit) or "percent".
  /// Each distinct value with the articles that state it, in first-seen
  /// (evidence) order.
  std::vector<std::pair<std::string, std::vector<std::string>>> values;
};

/// The conflicts among evidence rows of one fact; empty when they agree.
std::vector<QualifierConflict> FindConflicts(const std::vector<Evidence>& evidence);

/// One line per conflict: "date: 2019 [a1] vs 2020 [a2]".
std::string ConflictText(const QualifierConflict& conflict);

struct Explanation {
  FactView fact;     ///< Evidence filled, oldest article first.
  int articles = 0;  ///< Distinct articles stating it.
  int outlets = 0;   ///< Distinct sources (outlets) among them.
  std::vector<QualifierConflict> conflicts;
};

/// The fact (a, relation, b), trying every entity with those names.
/// NotFound when no such fact is stored (the message mentions the fact
/// the other way round when that one exists).
Result<Explanation> ExplainFact(const Store& store, const Resolved& a,
                                std::string_view relation, const Resolved& b);

void PrintExplanation(std::ostream& out, const Explanation& e,
                      OutputFormat format);

}  // namespace kg
