#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"
#include "graph/store.h"

namespace kg {

/// Constraints on `kg path` beyond the relation filter.
struct PathConstraints {
  std::size_t k = 0;  ///< > 0: the k shortest simple paths (Yen), any length.
  std::vector<EntityType> avoid_types;  ///< No intermediate entity of these.
  std::vector<std::string> via_relations;  ///< Some hop must be one of these.
  bool active() const {
    return k > 0 || !avoid_types.empty() || !via_relations.empty();
  }
};

/// Simple paths between a and b of at most options.max_depth hops over
/// relations passing filter (either direction), meeting constraints:
/// the c.k shortest ones by Yen's algorithm (shortest first, ties in a
/// stable order of entity names and relation ids), or, with c.k == 0, one
/// shortest path (every shortest path, up to options.limit, when
/// options.all). Walks the store's indexes; never loads the whole graph.
std::vector<Path> ConstrainedPaths(const Store& store, EntityId a, EntityId b,
                                   const PathOptions& options,
                                   const RelationFilter& filter,
                                   const PathConstraints& c);

}  // namespace kg
