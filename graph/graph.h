#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "graph/model.h"
#include "graph/store.h"

namespace kg {

/// One step of a path: the relation crossed and which way it points.
struct PathHop {
  EntityId from = 0;
  EntityId to = 0;
  RelationId relation = 0;
  bool forward = true;  ///< True when `from` is the relation's subject.
};
using Path = std::vector<PathHop>;

struct PathOptions {
  std::size_t max_depth = 6;  ///< Longest path considered, in hops.
  bool all = false;           ///< Every shortest path, not just one.
  std::size_t limit = 100;    ///< At most this many paths with `all`.
};

/// An entity reached from a start, with its distance in hops.
struct Reached {
  EntityId id = 0;
  int depth = 0;
};

/// The whole graph loaded from a store into a Boost.Graph adjacency_list
/// (bundled properties) for algorithms. Callers name entities by their
/// stable EntityId; Boost descriptors never leave graph/.
///
/// A snapshot: later writes to the store are not seen. Immutable after Load,
/// so const methods may run from several threads.
class KnowledgeGraph {
 public:
  /// Loads every entity and every relation that passes filter.
  static KnowledgeGraph Load(const Store& store, const RelationFilter& filter);

  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  ~KnowledgeGraph();

  std::size_t num_entities() const;
  std::size_t num_relations() const;
  bool Contains(EntityId id) const;

  /// Shortest paths between a and b over relations in either direction,
  /// found with Boost's breadth_first_search. One path, or every shortest
  /// path (up to options.limit) when options.all; paths are ordered by the
  /// names along them. Empty when a == b, either is unknown, or no path of
  /// at most options.max_depth hops exists.
  std::vector<Path> ShortestPaths(EntityId a, EntityId b,
                                  const PathOptions& options) const;

  /// Entities within depth hops of start following relations in dir,
  /// nearest first (start itself excluded), ties by id.
  std::vector<Reached> Within(EntityId start, int depth, Direction dir) const;

  /// Relation ids with both ends in ids, ascending.
  std::vector<RelationId> RelationsAmong(const std::vector<EntityId>& ids) const;

 private:
  struct Impl;
  explicit KnowledgeGraph(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg
