#include "graph/graph.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <queue>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

namespace kg {
namespace {

struct VertexProps {
  EntityId id = 0;
  std::string name;
};

struct EdgeProps {
  RelationId id = 0;
  EntityId subject = 0;  // direction of the fact, kept on an undirected edge
  std::string relation;
};

// Undirected: paths and neighbourhoods cross relations both ways, and the
// subject on each edge tells direction where a query asks for it. (style.md
// suggests bidirectionalS; an undirected graph lets Boost's BFS run on it
// directly for paths, with no reversed copy.)
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                    VertexProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

constexpr int kUnreached = std::numeric_limits<int>::max();

}  // namespace

struct KnowledgeGraph::Impl {
  Graph g;
  std::unordered_map<EntityId, Vertex> index;

  std::vector<int> Distances(Vertex from) const {
    std::vector<int> dist(boost::num_vertices(g), kUnreached);
    dist[from] = 0;
    boost::breadth_first_search(
        g, from,
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(
            boost::make_iterator_property_map(
                dist.begin(), boost::get(boost::vertex_index, g)),
            boost::on_tree_edge()))));
    return dist;
  }
};

KnowledgeGraph::KnowledgeGraph(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

KnowledgeGraph KnowledgeGraph::Load(const Store& store,
                                    const RelationFilter& filter) {
  auto impl = std::make_unique<Impl>();
  store.ForEachEntity([&](const Entity& e) {
    Vertex v = boost::add_vertex(VertexProps{e.id, e.name}, impl->g);
    impl->index.emplace(e.id, v);
  });
  store.ForEachRelation(filter, [&](const Relation& r) {
    auto s = impl->index.find(r.subject);
    auto o = impl->index.find(r.object);
    if (s == impl->index.end() || o == impl->index.end()) return;
    boost::add_edge(s->second, o->second, EdgeProps{r.id, r.subject, r.relation},
                    impl->g);
  });
  return KnowledgeGraph(std::move(impl));
}

std::size_t KnowledgeGraph::num_entities() const {
  return boost::num_vertices(impl_->g);
}
std::size_t KnowledgeGraph::num_relations() const {
  return boost::num_edges(impl_->g);
}
bool KnowledgeGraph::Contains(EntityId id) const {
  return impl_->index.count(id) > 0;
}

std::vector<Path> KnowledgeGraph::ShortestPaths(EntityId a, EntityId b,
                                                const PathOptions& options) const {
  const Graph& g = impl_->g;
  auto ia = impl_->index.find(a);
  auto ib = impl_->index.find(b);
  if (a == b || ia == impl_->index.end() || ib == impl_->index.end()) return {};
  Vertex va = ia->second, vb = ib->second;
  std::vector<int> from_a = impl_->Distances(va);
  int length = from_a[vb];
  if (length == kUnreached || length > static_cast<int>(options.max_depth))
    return {};
  std::vector<int> to_b = impl_->Distances(vb);

  // Walk forward from a along edges that stay on some shortest path, in a
  // stable order (neighbour name, then relation id) so output is repeatable.
  std::vector<Path> paths;
  std::size_t want = options.all ? options.limit : 1;
  Path current;
  std::function<void(Vertex)> walk = [&](Vertex u) {
    if (paths.size() >= want) return;
    if (u == vb) {
      paths.push_back(current);
      return;
    }
    std::vector<std::pair<Edge, Vertex>> next;
    for (auto [it, end] = boost::out_edges(u, g); it != end; ++it) {
      Vertex v = boost::target(*it, g);
      if (from_a[u] + 1 == from_a[v] && to_b[v] != kUnreached &&
          from_a[v] + to_b[v] == length)
        next.emplace_back(*it, v);
    }
    std::sort(next.begin(), next.end(), [&](const auto& x, const auto& y) {
      const std::string& nx = g[x.second].name;
      const std::string& ny = g[y.second].name;
      if (nx != ny) return nx < ny;
      return g[x.first].id < g[y.first].id;
    });
    for (const auto& [e, v] : next) {
      const EdgeProps& p = g[e];
      current.push_back(PathHop{g[u].id, g[v].id, p.id, p.subject == g[u].id});
      walk(v);
      current.pop_back();
      if (paths.size() >= want) return;
    }
  };
  walk(va);
  return paths;
}

std::vector<Reached> KnowledgeGraph::Within(EntityId start, int depth,
                                            Direction dir) const {
  const Graph& g = impl_->g;
  auto it = impl_->index.find(start);
  if (it == impl_->index.end()) return {};
  std::unordered_map<Vertex, int> seen{{it->second, 0}};
  std::vector<Vertex> frontier{it->second};
  std::vector<Reached> out;
  for (int d = 1; d <= depth && !frontier.empty(); ++d) {
    std::vector<Vertex> next;
    for (Vertex u : frontier) {
      for (auto [e, end] = boost::out_edges(u, g); e != end; ++e) {
        bool outgoing = g[*e].subject == g[u].id;
        if (dir == Direction::kOut && !outgoing) continue;
        if (dir == Direction::kIn && outgoing) continue;
        Vertex v = boost::target(*e, g);
        if (seen.emplace(v, d).second) next.push_back(v);
      }
    }
    std::vector<Reached> layer;
    for (Vertex v : next) layer.push_back(Reached{g[v].id, d});
    std::sort(layer.begin(), layer.end(),
              [](const Reached& x, const Reached& y) { return x.id < y.id; });
    out.insert(out.end(), layer.begin(), layer.end());
    frontier = std::move(next);
  }
  return out;
}

std::vector<RelationId> KnowledgeGraph::RelationsAmong(
    const std::vector<EntityId>& ids) const {
  const Graph& g = impl_->g;
  std::unordered_set<EntityId> keep(ids.begin(), ids.end());
  std::vector<RelationId> out;
  for (auto [e, end] = boost::edges(g); e != end; ++e) {
    if (keep.count(g[boost::source(*e, g)].id) &&
        keep.count(g[boost::target(*e, g)].id))
      out.push_back(g[*e].id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kg
