#include "query/path_search.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "graph/local_search.h"

namespace kg {
namespace {

/// Breadth-first search over (entity, via-relation-seen) states with banned
/// entities and relations: the unit step of Yen's algorithm.
class Searcher {
 public:
  Searcher(const Store& store, const RelationFilter& filter,
           const PathConstraints& c, EntityId target)
      : store_(store), graph_(store, filter), c_(c), target_(target) {}

  struct Ban {
    std::set<EntityId> entities;
    std::set<std::pair<EntityId, RelationId>> edges;  // (from, relation)
  };

  /// A shortest path from `from` to the target of at most max_hops hops, or
  /// nullopt. via_done: the root already crossed a via relation.
  std::optional<Path> Shortest(EntityId from, bool via_done, std::size_t max_hops,
                               const Ban& ban) {
    using State = std::pair<EntityId, bool>;
    struct Parent {
      State prev;
      PathHop hop;
    };
    std::map<State, Parent> parent;
    const State start{from, via_done || c_.via_relations.empty()};
    std::set<State> seen{start};
    std::vector<State> frontier{start};
    for (std::size_t depth = 0; depth < max_hops && !frontier.empty(); ++depth) {
      std::vector<State> next;
      for (const State& s : frontier) {
        for (const Adjacent& adj : Sorted(s.first)) {
          if (ban.entities.count(adj.other) ||
              ban.edges.count({s.first, adj.relation}))
            continue;
          if (adj.other != target_ && Avoided(adj.other)) continue;
          State t{adj.other, s.second || IsVia(adj.relation)};
          if (!seen.insert(t).second) continue;
          parent[t] = Parent{s, PathHop{s.first, adj.other, adj.relation, adj.forward}};
          if (adj.other == target_ && t.second) {
            Path p;
            for (State at = t; at != start; at = parent[at].prev)
              p.push_back(parent[at].hop);
            std::reverse(p.begin(), p.end());
            return p;
          }
          if (adj.other != target_) next.push_back(t);
        }
      }
      frontier = std::move(next);
    }
    return std::nullopt;
  }

  bool IsVia(RelationId r) {
    if (c_.via_relations.empty()) return false;
    auto it = via_.find(r);
    if (it != via_.end()) return it->second;
    std::optional<Relation> rel = store_.GetRelation(r);
    bool v = rel && std::find(c_.via_relations.begin(), c_.via_relations.end(),
                              rel->relation) != c_.via_relations.end();
    via_.emplace(r, v);
    return v;
  }

  /// A stable tie-break key for a path: names along it, then relation ids.
  std::string Key(const Path& p) {
    std::string k;
    for (const PathHop& h : p) k += graph_.NameOf(h.to) + '\x1f' + std::to_string(h.relation) + '\x1e';
    return k;
  }

 private:
  bool Avoided(EntityId id) {
    if (c_.avoid_types.empty()) return false;
    auto it = avoided_.find(id);
    if (it != avoided_.end()) return it->second;
    std::optional<Entity> e = store_.GetEntity(id);
    bool v = e && std::find(c_.avoid_types.begin(), c_.avoid_types.end(),
                            e->type) != c_.avoid_types.end();
    avoided_.emplace(id, v);
    return v;
  }

  const std::vector<Adjacent>& Sorted(EntityId u) {
    auto it = adjacency_.find(u);
    if (it != adjacency_.end()) return it->second;
    std::vector<Adjacent> adj = graph_.AdjacentTo(u, Direction::kBoth);
    std::vector<std::pair<std::string, Adjacent>> keyed;
    for (const Adjacent& a : adj) keyed.emplace_back(graph_.NameOf(a.other), a);
    std::sort(keyed.begin(), keyed.end(), [](const auto& x, const auto& y) {
      return std::tie(x.first, x.second.relation) < std::tie(y.first, y.second.relation);
    });
    std::vector<Adjacent> out;
    for (auto& [name, a] : keyed) out.push_back(a);
    return adjacency_.emplace(u, std::move(out)).first->second;
  }

  const Store& store_;
  LocalGraph graph_;
  const PathConstraints& c_;
  EntityId target_;
  std::unordered_map<EntityId, std::vector<Adjacent>> adjacency_;
  std::unordered_map<EntityId, bool> avoided_;
  std::unordered_map<RelationId, bool> via_;
};

}  // namespace

std::vector<Path> ConstrainedPaths(const Store& store, EntityId a, EntityId b,
                                   const PathOptions& options,
                                   const RelationFilter& filter,
                                   const PathConstraints& c) {
  if (a == b) return {};
  Searcher s(store, filter, c, b);
  std::size_t want = c.k > 0 ? c.k : (options.all ? options.limit : 1);
  std::vector<Path> found;
  std::optional<Path> first = s.Shortest(a, false, options.max_depth, {});
  if (!first) return {};
  found.push_back(*first);
  // Candidates ordered by length, then the stable key.
  std::map<std::pair<std::size_t, std::string>, Path> candidates;
  std::set<std::string> known{s.Key(*first)};
  while (found.size() < want) {
    const Path prev = found.back();
    for (std::size_t i = 0; i < prev.size(); ++i) {
      EntityId spur = prev[i].from;
      Path root(prev.begin(), prev.begin() + static_cast<long>(i));
      Searcher::Ban ban;
      for (const Path& p : found)
        if (p.size() > i && std::equal(root.begin(), root.end(), p.begin(),
                                       [](const PathHop& x, const PathHop& y) {
                                         return x.relation == y.relation && x.to == y.to;
                                       }))
          ban.edges.insert({p[i].from, p[i].relation});
      ban.entities.insert(a);
      for (const PathHop& h : root) ban.entities.insert(h.to);
      ban.entities.erase(spur);
      if (spur != a) ban.entities.insert(a);
      bool via_done = false;
      for (const PathHop& h : root) via_done = via_done || s.IsVia(h.relation);
      if (options.max_depth <= root.size()) continue;
      std::optional<Path> tail =
          s.Shortest(spur, via_done, options.max_depth - root.size(), ban);
      if (!tail) continue;
      Path total = root;
      total.insert(total.end(), tail->begin(), tail->end());
      std::string key = s.Key(total);
      if (known.insert(key).second)
        candidates.emplace(std::make_pair(total.size(), key), std::move(total));
    }
    if (candidates.empty()) break;
    auto best = candidates.begin();
    // Without --k, --all keeps only paths as short as the first.
    if (c.k == 0 && best->second.size() > found.front().size()) break;
    found.push_back(best->second);
    candidates.erase(best);
  }
  return found;
}

}  // namespace kg
