#pragma once

#include <cstddef>
#include <vector>

#include "graph/model.h"
#include "graph/store.h"

namespace kg {

/// An entity with a score (a degree or a PageRank value).
struct RankedEntity {
  EntityId id = 0;
  double score = 0;
};

/// A connected component: its size and its best-connected member.
struct Component {
  std::size_t size = 0;
  EntityId representative = 0;  ///< Highest degree, ties by lowest id.
};

/// Whole-graph measures for `kg stats`, computed with Boost.Graph.
struct GraphMeasures {
  std::vector<RankedEntity> by_degree;    ///< Relations in and out, best first.
  std::vector<RankedEntity> by_pagerank;  ///< PageRank, sums to 1, best first.
  std::size_t components = 0;             ///< Connected components (undirected).
  std::vector<Component> largest;         ///< The largest ones, biggest first.
};

/// Loads every entity and relation of store in one pass (from the CSR
/// snapshot and its overlay when they answer for the store, else from the
/// tables) into a compact
/// compressed_sparse_row_graph (directed: subject → object) and computes
/// degree, boost::page_rank (damping 0.85, 50 iterations; isolated and
/// dangling entities keep the teleport share, scores normalised to sum 1)
/// and the connected components of the undirected view (union-find). Keeps the top
/// entries of each list; ties go to the lower id, so the result is the same
/// for the same store.
GraphMeasures MeasureGraph(const Store& store, std::size_t top);

}  // namespace kg
