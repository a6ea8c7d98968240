#include "query/query.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "graph/local_search.h"

namespace kg {
namespace {

FactView MakeFact(const Store& store, const Relation& r, bool with_evidence) {
  FactView f;
  f.relation = r;
  f.subject = store.GetEntity(r.subject).value_or(Entity{});
  f.object = store.GetEntity(r.object).value_or(Entity{});
  if (with_evidence) f.evidence = store.EvidenceOf(r.id);
  return f;
}

}  // namespace

Result<Resolved> ResolveName(const Store& store, std::string_view name) {
  std::vector<Entity> found = store.FindByName(name);
  if (found.empty()) {
    std::vector<std::string> near = store.SuggestNames(name, 5);
    std::string msg = fmt::format("no entity named \"{}\"", name);
    if (!near.empty()) {
      msg += "; did you mean ";
      for (std::size_t i = 0; i < near.size(); ++i) {
        if (i > 0) msg += i + 1 == near.size() ? " or " : ", ";
        msg += fmt::format("\"{}\"", near[i]);
      }
      msg += "?";
    }
    return Status::NotFound(msg);
  }
  Resolved r;
  r.entity = std::move(found.front());
  r.others.assign(std::make_move_iterator(found.begin() + 1),
                  std::make_move_iterator(found.end()));
  return r;
}

EntityCard ShowEntity(const Store& store, const Resolved& who,
                      const RelationFilter& filter) {
  EntityCard card;
  card.entity = who.entity;
  card.others = who.others;
  for (const Incident& inc :
       store.RelationsOf(who.entity.id, Direction::kBoth, filter)) {
    FactView f = MakeFact(store, inc.relation, true);
    (inc.outgoing ? card.outgoing : card.incoming).push_back(std::move(f));
  }
  card.articles = store.ArticlesOf(who.entity.id);
  return card;
}

std::vector<NeighborRow> Neighbors(const Store& store, EntityId start,
                                   const NeighborOptions& options) {
  std::vector<NeighborRow> rows;
  std::set<EntityId> seen{start};
  std::vector<EntityId> frontier{start};
  // Breadth-first over the store's indexed adjacency: a local query reads
  // only the relations it crosses, never the whole graph.
  for (int d = 1; d <= options.depth && !frontier.empty(); ++d) {
    // Every relation that reaches an entity first seen at this depth is a
    // row: "who is connected, and how" wants each way, not just one.
    std::vector<NeighborRow> layer;
    std::set<EntityId> reached;
    for (EntityId u : frontier) {
      for (Incident& inc : store.RelationsOf(u, options.direction, options.filter)) {
        if (seen.count(inc.other.id)) continue;
        reached.insert(inc.other.id);
        NeighborRow row;
        row.depth = d;
        row.via = MakeFact(store, inc.relation, false);
        row.entity = inc.other.id == row.via.subject.id ? row.via.subject
                                                        : row.via.object;
        layer.push_back(std::move(row));
      }
    }
    seen.insert(reached.begin(), reached.end());
    std::sort(layer.begin(), layer.end(), [](const NeighborRow& a, const NeighborRow& b) {
      return std::tie(a.entity.name, a.entity.id, a.via.relation.relation,
                      a.via.relation.id) <
             std::tie(b.entity.name, b.entity.id, b.via.relation.relation,
                      b.via.relation.id);
    });
    for (NeighborRow& r : layer) {
      if (options.types.empty() ||
          std::find(options.types.begin(), options.types.end(), r.entity.type) !=
              options.types.end())
        rows.push_back(std::move(r));
    }
    frontier.assign(reached.begin(), reached.end());
  }
  return rows;
}

std::vector<PathView> FindPaths(const Store& store, EntityId a, EntityId b,
                                const PathOptions& options,
                                const RelationFilter& filter,
                                const PathConstraints& constraints) {
  // A bidirectional search over the store's indexes: a cold `kg path` on a
  // large store reads only the relations near a and b.
  std::vector<Path> paths;
  if (constraints.active()) {
    paths = ConstrainedPaths(store, a, b, options, filter, constraints);
  } else {
    LocalGraph g(store, filter);
    paths = g.ShortestPaths(a, b, options);
  }
  std::vector<PathView> out;
  for (const Path& p : paths) {
    PathView view;
    view.entities.push_back(*store.GetEntity(a));
    for (const PathHop& hop : p) {
      std::optional<Relation> r = store.GetRelation(hop.relation);
      if (!r) continue;
      view.hops.push_back(MakeFact(store, *r, true));
      view.entities.push_back(*store.GetEntity(hop.to));
    }
    out.push_back(std::move(view));
  }
  return out;
}

Subgraph SelectSubgraph(const Store& store, std::optional<EntityId> focus,
                        int depth, const RelationFilter& filter) {
  Subgraph sub;
  if (!focus) {
    store.ForEachEntity([&](const Entity& e) { sub.entities.push_back(e); });
    store.ForEachRelation(filter, [&](const Relation& r) {
      sub.relations.push_back(FactView{r, {}, {}, {}});
    });
  } else {
    // Ids first, over the store's indexes; full rows only for what is kept.
    LocalGraph g(store, filter);
    std::set<EntityId> ids{*focus};
    for (const Reached& r : g.Within(*focus, depth, Direction::kBoth))
      ids.insert(r.id);
    for (EntityId id : ids) sub.entities.push_back(*store.GetEntity(id));
    std::set<RelationId> rels;
    for (EntityId id : ids)
      for (const Adjacent& a : g.AdjacentTo(id, Direction::kOut))
        if (ids.count(a.other)) rels.insert(a.relation);
    for (RelationId r : rels)
      sub.relations.push_back(FactView{*store.GetRelation(r), {}, {}, {}});
  }
  std::unordered_map<EntityId, const Entity*> by_id;
  for (const Entity& e : sub.entities) by_id.emplace(e.id, &e);
  for (FactView& f : sub.relations) {
    f.subject = *by_id.at(f.relation.subject);
    f.object = *by_id.at(f.relation.object);
    f.evidence = store.EvidenceOf(f.relation.id);
  }
  return sub;
}

}  // namespace kg
