#pragma once

#include <ostream>

#include "graph/algorithms.h"
#include "graph/store.h"
#include "query/format.h"

namespace kg {

/// `kg stats`: the store's counts (PrintStats) followed by the top entities
/// by degree and by PageRank and the connected components of measures, in
/// the same format. JSON gains "top_by_degree", "top_by_pagerank" (arrays of
/// {"name", "type", "score"}), "components" and "largest_components".
void PrintStatsAndMeasures(std::ostream& out, const Store& store,
                           const StoreStats& stats,
                           const GraphMeasures& measures, OutputFormat format);

}  // namespace kg
