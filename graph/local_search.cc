#include "graph/local_search.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "graph/normalize.h"
#include "graph/snapshot.h"
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

/// Distances by entity id in a hash map (the store-walking searches).
class HashDist {
 public:
  void Clear() { dist_.clear(); }
  /// The distance of v, or -1 when v was not reached.
  int Find(EntityId v) const {
    auto it = dist_.find(v);
    return it == dist_.end() ? -1 : it->second;
  }
  /// Records v at distance d unless reached before; true when new.
  bool Insert(EntityId v, int d) { return dist_.try_emplace(v, d).second; }
  std::size_t size() const { return dist_.size(); }

 private:
  std::unordered_map<EntityId, int> dist_;
};

/// Distances by dense snapshot index in an array reused across searches: a
/// stamp per entry tells this search's entries from older ones, so Clear
/// costs nothing but the first allocation. Stamp and distance share a
/// cache line (one miss per entity looked at, on large graphs).
class StampDist {
 public:
  void Clear(std::size_t n) {
    if (entries_.size() != n) {
      entries_.assign(n, Entry{});
      epoch_ = 0;
    }
    if (++epoch_ == 0) {
      std::fill(entries_.begin(), entries_.end(), Entry{});
      epoch_ = 1;
    }
    size_ = 0;
  }
  int Find(Snapshot::Index v) const {
    const Entry& e = entries_[v];
    return e.stamp == epoch_ ? e.dist : -1;
  }
  bool Insert(Snapshot::Index v, int d) {
    Entry& e = entries_[v];
    if (e.stamp == epoch_) return false;
    e.stamp = epoch_;
    e.dist = d;
    ++size_;
    return true;
  }
  std::size_t size() const { return size_; }

 private:
  struct Entry {
    std::uint32_t stamp = 0;
    int dist = 0;
  };
  std::vector<Entry> entries_;
  std::uint32_t epoch_ = 0;
  std::size_t size_ = 0;
};

}  // namespace

struct LocalGraph::Impl {
  const Store& store;
  RelationFilter filter;
  bool one_relation;  // exactly one relation name: bound into the SQL
  bool heavy;         // min_sources or time bounds: Store::Admits per edge
  Stmt out;
  Stmt in;
  Stmt ids_named;
  Stmt key_is;  // is ?2 the entity's own name key (not only an alias)?
  Stmt name_of;
  Stmt exists;
  std::unordered_map<EntityId, std::string> names;

  // The CSR snapshot (with its overlay) while it answers for the store;
  // null otherwise.
  std::shared_ptr<const Snapshot> snap;
  std::vector<std::uint8_t> pass;  // by relation code: passes the filter
  // False when no relation that passes the filter is symmetric: a search
  // in one direction then skips the other direction's list, where it could
  // only keep symmetric relations.
  bool symmetric_passes = true;
  std::int64_t seen_changes = -1;  // writable stores: what was last checked
  std::int64_t seen_data_version = -1;
  HashDist hash[3];
  StampDist stamp[3];

  Impl(const Store& s, const RelationFilter& f,
       std::shared_ptr<const Snapshot> snapshot)
      : store(s),
        filter(f),
        one_relation(f.relations.size() == 1),
        heavy(f.min_sources > 1 || f.timed()),
        out(s.handle(), one_relation ? kOutOne : kOutAll),
        in(s.handle(), one_relation ? kInOne : kInAll),
        ids_named(s.handle(),
                  "SELECT entity_id FROM aliases WHERE key = ?1 AND generic = 0"),
        key_is(s.handle(), "SELECT key = ?2 FROM entities WHERE id = ?1"),
        name_of(s.handle(), "SELECT name FROM entities WHERE id = ?1"),
        exists(s.handle(), "SELECT 1 FROM entities WHERE id = ?1") {
    if (!filter.relations.empty())
      symmetric_passes = std::any_of(filter.relations.begin(),
                                     filter.relations.end(), IsSymmetric);
    // Time bounds and min_sources read evidence per relation: store walk.
    if (snapshot == nullptr || heavy || !snapshot->FreshFor(s)) return;
    snap = std::move(snapshot);
    const std::vector<std::string>& codes = snap->relation_names();
    pass.assign(codes.size(), filter.relations.empty() ? 1 : 0);
    for (const std::string& r : filter.relations)
      if (std::optional<std::uint16_t> c = snap->CodeOf(r)) pass[*c] = 1;
    symmetric_passes = false;
    for (std::size_t c = 0; c < pass.size(); ++c)
      if (pass[c] && snap->symmetric(static_cast<std::uint16_t>(c)))
        symmetric_passes = true;
    if (!s.read_only()) Changed();
  }

  // Writable stores: true when this connection or another one committed
  // since the last call (total_changes, PRAGMA data_version).
  bool Changed() {
    sqlite3* db = store.handle();
    std::int64_t changes = sqlite3_total_changes64(db);
    Stmt v(db, "PRAGMA data_version");
    v.Step();
    std::int64_t data_version = v.Int(0);
    bool changed = changes != seen_changes || data_version != seen_data_version;
    seen_changes = changes;
    seen_data_version = data_version;
    return changed;
  }

  // True while the snapshot answers for the store. A read-only store reads
  // one committed state for its lifetime, so the check at construction
  // holds; a writable one is checked again after any commit.
  bool UseSnapshot() {
    if (snap == nullptr) return false;
    if (store.read_only()) return true;
    if (Changed() && !snap->FreshFor(store)) snap.reset();
    return snap != nullptr;
  }

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

  // The store walk: entities are ids, relations read through the indexes.
  struct SqlView {
    using Node = EntityId;
    using Dist = HashDist;
    /// False: each list is a query; searches that come back to an entity
    /// keep its list.
    static constexpr bool kCheapAdjacency = false;
    Impl& m;

    // The store walk does not know degrees without reading the lists: every
    // entity counts one (searches compare frontiers by their sizes).
    std::size_t Degree(Node) const { return 1; }

    std::optional<Node> NodeOf(EntityId id) {
      if (!m.Exists(id)) return std::nullopt;
      return id;
    }
    EntityId Id(Node u) const { return u; }
    std::string_view Name(Node u) { return m.Name(u); }
    Dist& NewDist(int slot) {
      m.hash[slot].Clear();
      return m.hash[slot];
    }
    // Calls fn(other, relation id, forward) for the relations at u in dir
    // that pass the filter, until it returns true; true when it did.
    template <typename Fn>
    bool AnyOf(Node u, Direction dir, Fn&& fn) {
      auto scan = [&](Stmt& s, bool forward, bool symmetric_only) {
        s.Reset();
        s.Bind(1, u);
        if (m.one_relation) s.Bind(2, m.filter.relations.front());
        bool hit = false;
        while (!hit && s.Step()) {
          if (symmetric_only && !IsSymmetric(s.TextView(2))) continue;
          if (!m.Passes(s)) continue;
          hit = fn(static_cast<EntityId>(s.Int(0)),
                   static_cast<RelationId>(s.Int(1)), forward);
        }
        s.Reset();
        return hit;
      };
      // A symmetric relation is stored once; it reads both ways.
      if ((dir != Direction::kIn || m.symmetric_passes) &&
          scan(m.out, true, dir == Direction::kIn))
        return true;
      return (dir != Direction::kOut || m.symmetric_passes) &&
             scan(m.in, false, dir == Direction::kOut);
    }
    // Calls fn(other, relation id, forward) for every relation at u in dir
    // that passes the filter.
    template <typename Fn>
    void ForEach(Node u, Direction dir, Fn&& fn) {
      AnyOf(u, dir, [&](Node v, RelationId r, bool forward) {
        fn(v, r, forward);
        return false;
      });
    }
  };

  // The snapshot: entities are dense indexes, relations read from arrays in
  // the indexes' order, so both views give the same answers.
  struct CsrView {
    using Node = Snapshot::Index;
    using Dist = StampDist;
    static constexpr bool kCheapAdjacency = true;
    Impl& m;
    const Snapshot& s;

    /// Relations at u both ways, whatever the filter: what a scan of u
    /// reads.
    std::size_t Degree(Node u) const { return s.Out(u).size + s.In(u).size; }

    std::optional<Node> NodeOf(EntityId id) const {
      Node i = s.IndexOf(id);
      if (i == Snapshot::kNoIndex) return std::nullopt;
      return i;
    }
    EntityId Id(Node u) const { return s.id(u); }
    std::string_view Name(Node u) const { return s.name(u); }
    Dist& NewDist(int slot) {
      m.stamp[slot].Clear(s.entity_count());
      return m.stamp[slot];
    }
    template <typename Fn>
    bool AnyOf(Node u, Direction dir, Fn&& fn) {
      const std::size_t n = s.entity_count();
      const std::size_t codes = m.pass.size();
      auto scan = [&](const Snapshot::Edges& e, bool forward,
                      bool symmetric_only) {
        for (std::size_t k = 0; k < e.size; ++k) {
          const std::uint16_t c = e.code[k];
          if (c >= codes || !m.pass[c]) continue;
          if (symmetric_only && !s.symmetric(c)) continue;
          const Node v = e.other[k];
          if (v >= n) continue;  // only in a damaged file
          if (fn(v, static_cast<RelationId>(e.relation[k]), forward))
            return true;
        }
        return false;
      };
      if ((dir != Direction::kIn || m.symmetric_passes) &&
          scan(s.Out(u), true, dir == Direction::kIn))
        return true;
      return (dir != Direction::kOut || m.symmetric_passes) &&
             scan(s.In(u), false, dir == Direction::kOut);
    }
    template <typename Fn>
    void ForEach(Node u, Direction dir, Fn&& fn) {
      AnyOf(u, dir, [&](Node v, RelationId r, bool forward) {
        fn(v, r, forward);
        return false;
      });
    }
  };

  // Runs fn(view) on the snapshot when it answers for the store, else on
  // the store.
  template <typename Fn>
  decltype(auto) Dispatch(Fn&& fn) {
    if (UseSnapshot()) {
      CsrView view{*this, *snap};
      return fn(view);
    }
    SqlView view{*this};
    return fn(view);
  }

  // Level-synchronous bidirectional BFS state.
  template <typename View>
  struct Side {
    typename View::Dist* dist = nullptr;
    /// levels[d]: the entities at distance d (levels[0] the start).
    std::vector<std::vector<typename View::Node>> levels;
    int depth = 0;  // levels.size() - 1
    const std::vector<typename View::Node>& frontier() const {
      return levels.back();
    }
  };

  // Relations a scan of every entity of level reads, counted up to cap
  // (enough to compare it with a cost of cap).
  template <typename View>
  static std::size_t Cost(const View& g,
                          const std::vector<typename View::Node>& level,
                          std::size_t cap) {
    std::size_t sum = 0;
    for (auto u : level) {
      sum += g.Degree(u);
      if (sum > cap) break;
    }
    return sum;
  }

  // Expands the cheaper frontier (fewer relations to read; fewer entities
  // on the store walk) a level at a time until the two searches meet.
  // Returns the distance, or -1. With complete_levels, the level on which
  // they meet is expanded to its end, so every entity on a shortest path
  // is in fwd.frontier() (at distance fwd.depth from a) with its distance
  // from b in bwd.dist, and both dists are complete below their depth.
  // Past the first meeting entity, that level records only entities both
  // sides reach.
  template <typename View>
  int Meet(View& g, typename View::Node a, typename View::Node b,
           std::size_t max_depth, bool complete_levels, Side<View>& fwd,
           Side<View>& bwd) {
    fwd.dist = &g.NewDist(0);
    bwd.dist = &g.NewDist(1);
    fwd.dist->Insert(a, 0);
    fwd.levels.assign(1, {a});
    bwd.dist->Insert(b, 0);
    bwd.levels.assign(1, {b});
    if (a == b) return 0;
    while (static_cast<std::size_t>(fwd.depth + bwd.depth) < max_depth &&
           !fwd.frontier().empty() && !bwd.frontier().empty()) {
      // The side with fewer entities first, then the other up to its cost.
      const bool fewer = fwd.frontier().size() <= bwd.frontier().size();
      const std::size_t cost = Cost(g, (fewer ? fwd : bwd).frontier(),
                                    std::numeric_limits<std::size_t>::max());
      const std::size_t other = Cost(g, (fewer ? bwd : fwd).frontier(), cost);
      const bool forward = fewer ? cost <= other : other < cost;
      Side<View>& s = forward ? fwd : bwd;
      const Side<View>& o = forward ? bwd : fwd;
      const int d = s.depth + 1;
      std::vector<typename View::Node> next;
      bool met = false;
      for (auto u : s.frontier()) {
        g.ForEach(u, Direction::kBoth, [&](auto v, RelationId, bool) {
          if (met) {
            // The rest of the meeting level: only entities both sides reach
            // are read from it later, so the others are not recorded (one
            // lookup an edge instead of two on the widest level).
            if (o.dist->Find(v) >= 0 && s.dist->Insert(v, d)) next.push_back(v);
            return;
          }
          if (s.dist->Insert(v, d)) {
            next.push_back(v);
            if (o.dist->Find(v) >= 0) met = true;
          }
        });
        if (met && !complete_levels) break;
      }
      s.levels.push_back(std::move(next));
      s.depth = d;
      if (met) return fwd.depth + bwd.depth;
    }
    return -1;
  }

  template <typename View>
  int Distance(View& g, EntityId a, EntityId b, std::size_t max_depth) {
    auto na = g.NodeOf(a);
    auto nb = g.NodeOf(b);
    if (!na || !nb) return -1;
    Side<View> fwd, bwd;
    return Meet(g, *na, *nb, max_depth, false, fwd, bwd);
  }

  template <typename View>
  std::vector<Path> ShortestPaths(View& g, EntityId a_id, EntityId b_id,
                                  const PathOptions& options) {
    using Node = typename View::Node;
    struct Adj {
      Node other;
      RelationId relation;
      bool forward;
    };
    if (a_id == b_id) return {};
    auto na = g.NodeOf(a_id);
    auto nb = g.NodeOf(b_id);
    if (!na || !nb) return {};
    const Node a = *na, b = *nb;
    Side<View> fwd, bwd;
    const int length = Meet(g, a, b, options.max_depth, true, fwd, bwd);
    if (length <= 0) return {};
    const int df = fwd.depth, db = bwd.depth;

    // Relations at u in both directions until fn returns true. The store
    // walk reads each entity's list once (the walk below comes back to
    // entities); the snapshot's arrays are read where they lie.
    std::unordered_map<Node, std::vector<Adj>> cached;
    auto any_adjacent = [&](Node u, auto&& fn) -> bool {
      if constexpr (View::kCheapAdjacency) {
        return g.AnyOf(u, Direction::kBoth, fn);
      } else {
        auto it = cached.find(u);
        if (it == cached.end()) {
          std::vector<Adj> list;
          g.ForEach(u, Direction::kBoth, [&](Node v, RelationId r, bool f) {
            list.push_back(Adj{v, r, f});
          });
          it = cached.emplace(u, std::move(list)).first;
        }
        for (const Adj& e : it->second)
          if (fn(e.other, e.relation, e.forward)) return true;
        return false;
      }
    };

    // Whether v, at distance i <= df from a, is on a shortest path: at df,
    // when its distance from b is db; before, when it has a neighbour at
    // i + 1 that is. Remembered (1 or 0) for i < df, so each entity's
    // relations are read at most once, and only for entities the walk
    // asks about, not for every entity of the meeting level.
    auto& on_path = g.NewDist(2);
    auto reaches = [&](auto& self, Node v, int i) -> bool {
      if (i == df) return bwd.dist->Find(v) == db;
      const int known = on_path.Find(v);
      if (known >= 0) return known == 1;
      const bool yes = any_adjacent(v, [&](Node w, RelationId, bool) {
        return fwd.dist->Find(w) == i + 1 && self(self, w, i + 1);
      });
      on_path.Insert(v, yes ? 1 : 0);
      return yes;
    };

    // Walk forward from a along relations that stay on a shortest path, in
    // the order of KnowledgeGraph::ShortestPaths (next entity's name, then
    // relation id). Up to position df an entity is on a shortest path when
    // it reaches the meeting level; past it, when it is one hop nearer b.
    std::vector<Path> paths;
    const std::size_t want = options.all ? options.limit : 1;
    Path current;
    std::vector<std::vector<Adj>> next(static_cast<std::size_t>(length));
    auto walk = [&](auto& self, Node u, int i) -> void {
      if (paths.size() >= want) return;
      if (u == b) {
        paths.push_back(current);
        return;
      }
      std::vector<Adj>& keep = next[static_cast<std::size_t>(i)];
      keep.clear();
      // The next entity is one of a level's: the entities at distance i + 1
      // from a, or at length - i - 1 from b. A hub's relations are many more
      // than that level's (the last hop's level is b alone), so when the
      // level's relations are fewer, they are read instead, for those
      // that end at u: the same relations, seen from their other end.
      const std::vector<Node>& level =
          i < df ? fwd.levels[static_cast<std::size_t>(i + 1)]
                 : bwd.levels[static_cast<std::size_t>(length - i - 1)];
      const std::size_t degree = g.Degree(u);
      if (View::kCheapAdjacency && Cost(g, level, degree) < degree) {
        for (Node c : level) {
          const std::size_t before = keep.size();
          any_adjacent(c, [&](Node v, RelationId r, bool forward) {
            if (v == u) keep.push_back(Adj{c, r, !forward});
            return false;
          });
          if (keep.size() > before && i < df && !reaches(reaches, c, i + 1))
            keep.resize(before);
        }
      } else {
        any_adjacent(u, [&](Node v, RelationId r, bool forward) {
          const bool on =
              i < df ? fwd.dist->Find(v) == i + 1 && reaches(reaches, v, i + 1)
                     : bwd.dist->Find(v) == length - i - 1;
          if (on) keep.push_back(Adj{v, r, forward});
          return false;
        });
      }
      std::sort(keep.begin(), keep.end(), [&](const Adj& x, const Adj& y) {
        const std::string_view nx = g.Name(x.other);
        const std::string_view ny = g.Name(y.other);
        if (nx != ny) return nx < ny;
        return x.relation < y.relation;
      });
      for (const Adj& e : keep) {  // next[i + 1] holds the level below
        current.push_back(
            PathHop{g.Id(u), g.Id(e.other), e.relation, e.forward});
        self(self, e.other, i + 1);
        current.pop_back();
        if (paths.size() >= want) return;
      }
    };
    walk(walk, a, 0);
    return paths;
  }

  // Breadth-first levels from start, for Within and CountWithin: calls
  // on_level(d, entities first reached at depth d) for d = 1..depth, then
  // returns the visited set (start included), or null for an unknown start.
  // With list_last false, the last level's entities are only marked, not
  // listed: a count needs no more.
  template <typename View, typename OnLevel>
  typename View::Dist* Levels(View& g, EntityId start, int depth, Direction dir,
                              bool list_last, OnLevel&& on_level) {
    using Node = typename View::Node;
    auto s = g.NodeOf(start);
    if (!s) return nullptr;
    auto& seen = g.NewDist(2);
    seen.Insert(*s, 0);
    std::vector<Node> frontier{*s};
    for (int d = 1; d <= depth && !frontier.empty(); ++d) {
      const bool list = d < depth || list_last;
      std::vector<Node> next;
      for (Node u : frontier)
        g.ForEach(u, dir, [&](Node v, RelationId, bool) {
          if (seen.Insert(v, d) && list) next.push_back(v);
        });
      on_level(d, next);
      frontier = std::move(next);
    }
    return &seen;
  }

  template <typename View>
  std::vector<Reached> Within(View& g, EntityId start, int depth,
                              Direction dir) {
    std::vector<Reached> reached;
    Levels(g, start, depth, dir, true, [&](int d, auto& next) {
      // Dense indexes are in id order, like ids.
      std::sort(next.begin(), next.end());
      for (auto v : next) reached.push_back(Reached{g.Id(v), d});
    });
    return reached;
  }

  template <typename View>
  std::size_t CountWithin(View& g, EntityId start, int depth, Direction dir) {
    auto* seen = Levels(g, start, depth, dir, false, [](int, auto&) {});
    return seen == nullptr ? 0 : seen->size() - 1;
  }
};

LocalGraph::LocalGraph(const Store& store, const RelationFilter& filter)
    : LocalGraph(store, filter, Snapshot::OpenFresh(store)) {}
LocalGraph::LocalGraph(const Store& store, const RelationFilter& filter,
                       std::shared_ptr<const Snapshot> snapshot)
    : impl_(std::make_unique<Impl>(store, filter, std::move(snapshot))) {}
LocalGraph::~LocalGraph() = default;

bool LocalGraph::uses_snapshot() { return impl_->UseSnapshot(); }

std::vector<Adjacent> LocalGraph::AdjacentTo(EntityId u, Direction dir) {
  return impl_->Dispatch([&](auto& g) {
    std::vector<Adjacent> list;
    auto node = g.NodeOf(u);
    if (!node) return list;
    g.ForEach(*node, dir, [&](auto v, RelationId r, bool forward) {
      list.push_back(Adjacent{g.Id(v), r, forward});
    });
    return list;
  });
}

std::vector<EntityId> LocalGraph::IdsNamed(std::string_view name) {
  const std::string key = NameKey(name);
  Stmt& s = impl_->ids_named;
  s.Reset();
  s.Bind(1, key);
  std::vector<EntityId> ids;
  while (s.Step()) {
    const EntityId id = s.Int(0);
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  s.Reset();
  if (ids.size() < 2) return ids;
  // Several entities answer to the name: those whose own name it is first,
  // then by id. (One entity, the usual case, needs no second lookup.)
  std::vector<std::pair<bool, EntityId>> ranked;  // (not exact, id)
  Stmt& k = impl_->key_is;
  for (EntityId id : ids) {
    k.Reset();
    k.Bind(1, id).Bind(2, key);
    ranked.emplace_back(!(k.Step() && k.Int(0) != 0), id);
    k.Reset();
  }
  std::sort(ranked.begin(), ranked.end());
  for (std::size_t i = 0; i < ranked.size(); ++i) ids[i] = ranked[i].second;
  return ids;
}

std::string LocalGraph::NameOf(EntityId id) {
  if (impl_->UseSnapshot()) {
    Snapshot::Index i = impl_->snap->IndexOf(id);
    return i == Snapshot::kNoIndex ? std::string()
                                   : std::string(impl_->snap->name(i));
  }
  return impl_->Name(id);
}

int LocalGraph::Distance(EntityId a, EntityId b, std::size_t max_depth) {
  return impl_->Dispatch(
      [&](auto& g) { return impl_->Distance(g, a, b, max_depth); });
}

std::vector<Path> LocalGraph::ShortestPaths(EntityId a, EntityId b,
                                            const PathOptions& options) {
  return impl_->Dispatch(
      [&](auto& g) { return impl_->ShortestPaths(g, a, b, options); });
}

std::vector<Reached> LocalGraph::Within(EntityId start, int depth,
                                        Direction dir) {
  return impl_->Dispatch(
      [&](auto& g) { return impl_->Within(g, start, depth, dir); });
}

std::size_t LocalGraph::CountWithin(EntityId start, int depth, Direction dir) {
  return impl_->Dispatch(
      [&](auto& g) { return impl_->CountWithin(g, start, depth, dir); });
}

}  // namespace kg
