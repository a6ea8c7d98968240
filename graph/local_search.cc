#include "graph/local_search.h"

#include <algorithm>
#include <functional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "graph/normalize.h"
#include "graph/sqlite_internal.h"

namespace kg {

using sqlite::Stmt;

namespace {

// The relations table has UNIQUE(subject_id, relation, object_id), which
// covers the outgoing lookups, and relations_object(object_id, relation,
// subject_id), which covers the incoming ones (stores made before it had
// subject_id read the table row too: same answers, slower). A single
// relation name goes into the SQL so the index's second column does the
// filtering.
constexpr const char* kOutAll =
    "SELECT object_id, id, relation FROM relations WHERE subject_id = ?1";
constexpr const char* kInAll =
    "SELECT subject_id, id, relation FROM relations WHERE object_id = ?1";
constexpr const char* kOutOne =
    "SELECT object_id, id, relation FROM relations WHERE subject_id = ?1 "
    "AND relation = ?2";
constexpr const char* kInOne =
    "SELECT subject_id, id, relation FROM relations WHERE object_id = ?1 "
    "AND relation = ?2";

bool IsSymmetric(std::string_view relation) {
  const RelationSpec* spec = kg::FindRelation(relation);
  return spec != nullptr && spec->symmetric;
}

}  // namespace

struct LocalGraph::Impl {
  const Store& store;
  RelationFilter filter;
  bool one_relation;  // exactly one relation name: bound into the SQL
  bool heavy;         // min_sources or time bounds: Store::Admits per edge
  Stmt out;
  Stmt in;
  Stmt ids_named;
  Stmt name_of;
  Stmt exists;
  std::unordered_map<EntityId, std::string> names;

  Impl(const Store& s, const RelationFilter& f)
      : store(s),
        filter(f),
        one_relation(f.relations.size() == 1),
        heavy(f.min_sources > 1 || f.timed()),
        out(s.handle(), one_relation ? kOutOne : kOutAll),
        in(s.handle(), one_relation ? kInOne : kInAll),
        ids_named(s.handle(),
                  "SELECT a.entity_id, e.key = ?1 FROM aliases a JOIN "
                  "entities e ON e.id = a.entity_id WHERE a.key = ?1 AND "
                  "a.generic = 0"),
        name_of(s.handle(), "SELECT name FROM entities WHERE id = ?1"),
        exists(s.handle(), "SELECT 1 FROM entities WHERE id = ?1") {}

  bool Exists(EntityId id) {
    exists.Reset();
    exists.Bind(1, id);
    bool found = exists.Step();
    exists.Reset();
    return found;
  }

  const std::string& Name(EntityId id) {
    auto it = names.find(id);
    if (it != names.end()) return it->second;
    name_of.Reset();
    name_of.Bind(1, id);
    std::string name = name_of.Step() ? name_of.Text(0) : std::string();
    name_of.Reset();
    return names.emplace(id, std::move(name)).first->second;
  }

  // True when the relation in the current row of s passes the filter beyond
  // what the SQL already checked.
  bool Passes(const Stmt& s) {
    if (filter.relations.size() > 1) {
      std::string_view name = s.TextView(2);
      if (std::find(filter.relations.begin(), filter.relations.end(), name) ==
          filter.relations.end())
        return false;
    }
    if (heavy) {
      std::optional<Relation> r = store.GetRelation(s.Int(1));
      if (!r || !store.Admits(*r, filter)) return false;
    }
    return true;
  }

  // Calls fn(other, relation id, forward) for every relation at u in dir
  // that passes the filter.
  template <typename Fn>
  void ForEach(EntityId u, Direction dir, Fn&& fn) {
    auto scan = [&](Stmt& s, bool forward, bool symmetric_only) {
      s.Reset();
      s.Bind(1, u);
      if (one_relation) s.Bind(2, filter.relations.front());
      while (s.Step()) {
        if (symmetric_only && !IsSymmetric(s.TextView(2))) continue;
        if (!Passes(s)) continue;
        fn(static_cast<EntityId>(s.Int(0)), static_cast<RelationId>(s.Int(1)),
           forward);
      }
      s.Reset();
    };
    // A symmetric relation is stored once; it reads both ways.
    scan(out, true, dir == Direction::kIn);
    scan(in, false, dir == Direction::kOut);
  }

  // Level-synchronous bidirectional BFS state.
  struct Side {
    std::unordered_map<EntityId, int> dist;
    std::vector<EntityId> frontier;  // every entity at distance `depth`
    int depth = 0;
  };

  // Expands the smaller frontier a level at a time until the two searches
  // meet. Returns the distance, or -1. With complete_levels, the level on
  // which they meet is expanded to its end, so fwd.frontier holds every
  // entity at distance fwd.depth and bwd.dist every one within bwd.depth.
  int Meet(EntityId a, EntityId b, std::size_t max_depth, bool complete_levels,
           Side& fwd, Side& bwd) {
    fwd.dist.emplace(a, 0);
    fwd.frontier = {a};
    bwd.dist.emplace(b, 0);
    bwd.frontier = {b};
    if (a == b) return 0;
    while (static_cast<std::size_t>(fwd.depth + bwd.depth) < max_depth &&
           !fwd.frontier.empty() && !bwd.frontier.empty()) {
      bool forward = fwd.frontier.size() <= bwd.frontier.size();
      Side& s = forward ? fwd : bwd;
      const Side& o = forward ? bwd : fwd;
      const int d = s.depth + 1;
      std::vector<EntityId> next;
      bool met = false;
      for (EntityId u : s.frontier) {
        ForEach(u, Direction::kBoth, [&](EntityId v, RelationId, bool) {
          if (s.dist.try_emplace(v, d).second) {
            next.push_back(v);
            if (!met && o.dist.count(v)) met = true;
          }
        });
        if (met && !complete_levels) break;
      }
      s.frontier = std::move(next);
      s.depth = d;
      if (met) return fwd.depth + bwd.depth;
    }
    return -1;
  }
};

LocalGraph::LocalGraph(const Store& store, const RelationFilter& filter)
    : impl_(std::make_unique<Impl>(store, filter)) {}
LocalGraph::~LocalGraph() = default;

std::vector<Adjacent> LocalGraph::AdjacentTo(EntityId u, Direction dir) {
  std::vector<Adjacent> out;
  impl_->ForEach(u, dir, [&](EntityId v, RelationId r, bool forward) {
    out.push_back(Adjacent{v, r, forward});
  });
  return out;
}

std::vector<EntityId> LocalGraph::IdsNamed(std::string_view name) {
  Stmt& s = impl_->ids_named;
  s.Reset();
  s.Bind(1, NameKey(name));
  std::vector<std::pair<bool, EntityId>> found;  // (not exact, id)
  while (s.Step()) found.emplace_back(s.Int(1) == 0, s.Int(0));
  s.Reset();
  std::sort(found.begin(), found.end());
  std::vector<EntityId> out;
  for (const auto& [inexact, id] : found)
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  return out;
}

std::string LocalGraph::NameOf(EntityId id) { return impl_->Name(id); }

int LocalGraph::Distance(EntityId a, EntityId b, std::size_t max_depth) {
  if (!impl_->Exists(a) || !impl_->Exists(b)) return -1;
  Impl::Side fwd, bwd;
  return impl_->Meet(a, b, max_depth, false, fwd, bwd);
}

std::vector<Path> LocalGraph::ShortestPaths(EntityId a, EntityId b,
                                            const PathOptions& options) {
  Impl& m = *impl_;
  if (a == b || !m.Exists(a) || !m.Exists(b)) return {};
  Impl::Side fwd, bwd;
  const int length = m.Meet(a, b, options.max_depth, true, fwd, bwd);
  if (length <= 0) return {};
  const int df = fwd.depth, db = bwd.depth;

  // Entities on some shortest path, by position 0..df: position df holds
  // those at distance df from a and db from b; a position before holds the
  // entities one hop nearer a that reach one of the next position's.
  std::unordered_map<EntityId, std::vector<Adjacent>> adjacency;
  auto adjacent = [&](EntityId u) -> const std::vector<Adjacent>& {
    auto it = adjacency.find(u);
    if (it == adjacency.end())
      it = adjacency.emplace(u, AdjacentTo(u, Direction::kBoth)).first;
    return it->second;
  };
  std::vector<std::unordered_set<EntityId>> on_path(df + 1);
  for (EntityId v : fwd.frontier) {
    auto it = bwd.dist.find(v);
    if (it != bwd.dist.end() && it->second == db) on_path[df].insert(v);
  }
  for (int i = df - 1; i >= 0; --i) {
    for (EntityId w : on_path[i + 1]) {
      for (const Adjacent& e : adjacent(w)) {
        auto it = fwd.dist.find(e.other);
        if (it != fwd.dist.end() && it->second == i) on_path[i].insert(e.other);
      }
    }
  }

  // Walk forward from a along relations that stay on a shortest path, in
  // the order of KnowledgeGraph::ShortestPaths (next entity's name, then
  // relation id). Past position df, an entity one hop nearer b is on a
  // shortest path.
  std::vector<Path> paths;
  const std::size_t want = options.all ? options.limit : 1;
  Path current;
  std::function<void(EntityId, int)> walk = [&](EntityId u, int i) {
    if (paths.size() >= want) return;
    if (u == b) {
      paths.push_back(current);
      return;
    }
    std::vector<Adjacent> next;
    for (const Adjacent& e : adjacent(u)) {
      bool keep;
      if (i < df) {
        keep = on_path[i + 1].count(e.other) > 0;
      } else {
        auto it = bwd.dist.find(e.other);
        keep = it != bwd.dist.end() && it->second == length - i - 1;
      }
      if (keep) next.push_back(e);
    }
    auto by_name = [&](const Adjacent& x, const Adjacent& y) {
      const std::string& nx = m.Name(x.other);
      const std::string& ny = m.Name(y.other);
      if (nx != ny) return nx < ny;
      return x.relation < y.relation;
    };
    std::sort(next.begin(), next.end(), by_name);
    for (const Adjacent& e : next) {
      current.push_back(PathHop{u, e.other, e.relation, e.forward});
      walk(e.other, i + 1);
      current.pop_back();
      if (paths.size() >= want) return;
    }
  };
  walk(a, 0);
  return paths;
}

std::vector<Reached> LocalGraph::Within(EntityId start, int depth,
                                        Direction dir) {
  std::vector<Reached> out;
  if (!impl_->Exists(start)) return out;
  std::unordered_set<EntityId> seen{start};
  std::vector<EntityId> frontier{start};
  for (int d = 1; d <= depth && !frontier.empty(); ++d) {
    std::vector<EntityId> next;
    for (EntityId u : frontier)
      impl_->ForEach(u, dir, [&](EntityId v, RelationId, bool) {
        if (seen.insert(v).second) next.push_back(v);
      });
    std::sort(next.begin(), next.end());
    for (EntityId v : next) out.push_back(Reached{v, d});
    frontier = std::move(next);
  }
  return out;
}

std::size_t LocalGraph::CountWithin(EntityId start, int depth, Direction dir) {
  if (!impl_->Exists(start)) return 0;
  std::unordered_set<EntityId> seen{start};
  std::vector<EntityId> frontier{start};
  for (int d = 1; d <= depth && !frontier.empty(); ++d) {
    std::vector<EntityId> next;
    // The last level's entities are only counted, never expanded.
    for (EntityId u : frontier)
      impl_->ForEach(u, dir, [&](EntityId v, RelationId, bool) {
        if (seen.insert(v).second && d < depth) next.push_back(v);
      });
    frontier = std::move(next);
  }
  return seen.size() - 1;
}

}  // namespace kg
