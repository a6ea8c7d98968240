#pragma once
// Local graph searches over the store's CSR snapshot (graph/snapshot.h)
// while it answers for the store (fresh, or with the overlay of what was
// appended since it was written), else over the store's indexed adjacency (the relations
// table's (subject_id, relation, object_id) and (object_id, …) indexes)
// with prepared statements. Either way a query near a few entities reads
// only the relations it crosses and never loads the whole graph, and both
// give the same answers.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"
#include "graph/snapshot.h"
#include "graph/store.h"

namespace kg {

/// One relation at an entity, seen from it: the entity at the other end.
struct Adjacent {
  EntityId other = 0;
  RelationId relation = 0;
  bool forward = true;  ///< True when the entity asked about is the subject.
};

/// A read view over a Store's adjacency for local searches.
///
/// Holds prepared statements on store's handle: REQUIRES store to outlive
/// this object. Not thread-safe (one LocalGraph per thread, like Store).
/// Every search sees only relations that pass filter (relation names in
/// SQL or in memory; min_sources and the time bounds through
/// Store::Admits, one lookup per relation crossed, so they cost more and
/// always walk the store).
class LocalGraph {
 public:
  /// Uses the store's snapshot file (Snapshot::OpenFresh) when it answers
  /// for the store, with its overlay.
  LocalGraph(const Store& store, const RelationFilter& filter);
  /// Uses snapshot while it is fresh for store (it may be null: the store
  /// walk only). Searches check freshness again on a writable store after
  /// any commit, and walk the store from the first one that finds it stale.
  LocalGraph(const Store& store, const RelationFilter& filter,
             std::shared_ptr<const Snapshot> snapshot);
  ~LocalGraph();
  LocalGraph(const LocalGraph&) = delete;
  LocalGraph& operator=(const LocalGraph&) = delete;

  /// Relations at u in direction dir that pass the filter, in the order the
  /// indexes give them (outgoing first). Symmetric relations (partners_with)
  /// count both ways when dir is kOut or kIn, as in Store::RelationsOf.
  std::vector<Adjacent> AdjacentTo(EntityId u, Direction dir);

  /// Ids of the entities whose name or a non-generic alias has the same
  /// NameKey as name; an entity's own name first, then by id. Empty when
  /// none. Unlike Store::FindByName it does not rank by degree, so it costs
  /// one index lookup whatever the degree.
  std::vector<EntityId> IdsNamed(std::string_view name);

  /// The canonical name of id, or "" when no such entity.
  std::string NameOf(EntityId id);

  /// Shortest paths between a and b over relations in either direction,
  /// found with a bidirectional breadth-first search that expands the
  /// smaller frontier one whole level at a time. The same result as
  /// KnowledgeGraph::ShortestPaths on a graph loaded with the same filter:
  /// one path, or every shortest path (up to options.limit) when
  /// options.all, ordered by the names along them then relation ids. Empty
  /// when a == b, either is unknown, or no path of at most
  /// options.max_depth hops exists.
  std::vector<Path> ShortestPaths(EntityId a, EntityId b,
                                  const PathOptions& options);

  /// Length in hops of a shortest path between a and b (either direction),
  /// or -1 when none within max_depth or a or b is unknown; 0 when a == b.
  int Distance(EntityId a, EntityId b, std::size_t max_depth);

  /// Entities within depth hops of start following relations in dir,
  /// nearest first (start itself excluded), ties by id. The same as
  /// KnowledgeGraph::Within, except that with kOut or kIn a symmetric
  /// relation is followed both ways (as Store::RelationsOf and kg neighbors
  /// read it), where KnowledgeGraph follows it from its stored subject.
  std::vector<Reached> Within(EntityId start, int depth, Direction dir);

  /// The number of entities Within would return, without building it.
  std::size_t CountWithin(EntityId start, int depth, Direction dir);

  /// True when the next search runs over the snapshot.
  bool uses_snapshot();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg
