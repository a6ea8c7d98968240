#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.h"
#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"
#include "query/path_search.h"

namespace kg {

/// The entity a user means by name: the name or any alias, case- and
/// accent-insensitively (NameKey). NotFound names the closest known names.
/// When several entities share the name, the best connected one is returned
/// and the others are listed in `others`.
struct Resolved {
  Entity entity;
  std::vector<Entity> others;
};
Result<Resolved> ResolveName(const Store& store, std::string_view name);

/// A relation with its other end and its sources, as shown on a card.
struct FactView {
  Relation relation;
  Entity subject;
  Entity object;
  std::vector<Evidence> evidence;
};

/// Everything known about one entity.
struct EntityCard {
  Entity entity;
  std::vector<Entity> others;     ///< Other entities with the same name.
  std::vector<FactView> outgoing; ///< The entity is the subject.
  std::vector<FactView> incoming; ///< The entity is the object.
  std::vector<ArticleInfo> articles;
};
EntityCard ShowEntity(const Store& store, const Resolved& who,
                      const RelationFilter& filter);

struct NeighborOptions {
  RelationFilter filter;             ///< Relations followed.
  std::vector<EntityType> types;     ///< Entity types shown; empty = all.
  int depth = 1;                     ///< Hops from the start.
  Direction direction = Direction::kBoth;
};

/// One neighbour: the entity, its distance, and the relation that reached it
/// (from the entity one hop nearer the start).
struct NeighborRow {
  Entity entity;
  int depth = 1;
  FactView via;  ///< Evidence not filled.
};
std::vector<NeighborRow> Neighbors(const Store& store, EntityId start,
                                   const NeighborOptions& options);

/// A path with each hop's fact and evidence.
struct PathView {
  std::vector<FactView> hops;
  std::vector<Entity> entities;  ///< hops.size() + 1 entities, in order.
};
/// Shortest paths (see LocalGraph::ShortestPaths), or, when constraints
/// are active, the paths ConstrainedPaths finds (query/path_search.h).
std::vector<PathView> FindPaths(const Store& store, EntityId a, EntityId b,
                                const PathOptions& options,
                                const RelationFilter& filter,
                                const PathConstraints& constraints = {});

/// Entities and relations of the whole graph, or of the neighbourhood of
/// focus (depth hops, both directions) when focus is set.
struct Subgraph {
  std::vector<Entity> entities;     ///< In id order, aliases filled.
  std::vector<FactView> relations;  ///< In id order, evidence filled.
};
Subgraph SelectSubgraph(const Store& store, std::optional<EntityId> focus,
                        int depth, const RelationFilter& filter);

}  // namespace kg
