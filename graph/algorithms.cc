#include "graph/algorithms.h"

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <utility>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/page_rank.hpp>

#include "graph/snapshot.h"
#include "graph/sqlite_internal.h"

namespace kg {
namespace {

using Csr = boost::compressed_sparse_row_graph<boost::directedS>;

// Best first; equal scores in id order, so output never depends on the
// order of floating-point ties.
std::vector<RankedEntity> Top(const std::vector<EntityId>& ids,
                              const std::vector<double>& score,
                              std::size_t top) {
  std::vector<std::size_t> order(ids.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::size_t n = std::min(top, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<long>(n),
                    order.end(), [&](std::size_t a, std::size_t b) {
                      if (score[a] != score[b]) return score[a] > score[b];
                      return ids[a] < ids[b];
                    });
  std::vector<RankedEntity> out;
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(RankedEntity{ids[order[i]], score[order[i]]});
  return out;
}

}  // namespace

GraphMeasures MeasureGraph(const Store& store, std::size_t top) {
  GraphMeasures m;
  std::vector<EntityId> ids;  // dense index → entity id, ascending
  std::vector<std::pair<std::size_t, std::size_t>> edges;  // subject → object
  if (std::shared_ptr<const Snapshot> snap = Snapshot::OpenFresh(store)) {
    // The CSR snapshot holds the same ids and relations in arrays.
    const std::size_t n = snap->entity_count();
    ids.reserve(n);
    edges.reserve(snap->relation_count());
    for (Snapshot::Index i = 0; i < n; ++i) {
      ids.push_back(snap->id(i));
      Snapshot::Edges out = snap->Out(i);
      for (std::size_t k = 0; k < out.size; ++k)
        if (out.other[k] < n) edges.emplace_back(i, out.other[k]);
    }
  } else {
    // Ids only, straight from the tables and their indexes: Store's
    // ForEachEntity/ForEachRelation also read aliases and count each fact's
    // sources, which costs more than the algorithms on a large store.
    std::unordered_map<EntityId, std::size_t> index;
    sqlite::Stmt entities(store.handle(), "SELECT id FROM entities ORDER BY id");
    while (entities.Step()) {
      index.emplace(entities.Int(0), ids.size());
      ids.push_back(entities.Int(0));
    }
    sqlite::Stmt relations(store.handle(),
                           "SELECT subject_id, object_id FROM relations "
                           "ORDER BY id");
    while (relations.Step()) {
      auto s = index.find(relations.Int(0));
      auto o = index.find(relations.Int(1));
      if (s != index.end() && o != index.end())
        edges.emplace_back(s->second, o->second);
    }
  }
  const std::size_t n = ids.size();
  if (n == 0) return m;

  std::vector<double> degree(n, 0);
  for (const auto& [s, o] : edges) {
    degree[s] += 1;
    degree[o] += 1;
  }
  m.by_degree = Top(ids, degree, top);

  // PageRank over the directed graph (subject → object): entities many
  // facts point at (countries, minerals, projects) rank high.
  Csr csr(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(), n);
  std::vector<double> rank(n, 0), scratch(n, 0);
  auto vindex = boost::get(boost::vertex_index, csr);
  boost::graph::page_rank(
      csr, boost::make_iterator_property_map(rank.begin(), vindex),
      boost::graph::n_iterations(50), 0.85, n,
      boost::make_iterator_property_map(scratch.begin(), vindex));
  double total = 0;
  for (double r : rank) total += r;
  if (total > 0)
    for (double& r : rank) r /= total;
  m.by_pagerank = Top(ids, rank, top);

  // Connected components of the undirected view: union-find over the
  // edges (what boost::connected_components computes, without building an
  // adjacency_list of the whole graph first).
  std::vector<std::size_t> parent(n);
  for (std::size_t v = 0; v < n; ++v) parent[v] = v;
  auto find = [&](std::size_t v) {
    while (parent[v] != v) v = parent[v] = parent[parent[v]];  // path halving
    return v;
  };
  for (const auto& [s, o] : edges) {
    std::size_t rs = find(s), ro = find(o);
    if (rs != ro) parent[std::max(rs, ro)] = std::min(rs, ro);
  }
  std::vector<std::size_t> comp(n, 0), number(n, n);
  std::size_t count = 0;
  for (std::size_t v = 0; v < n; ++v) {
    std::size_t root = find(v);
    if (number[root] == n) number[root] = count++;
    comp[v] = number[root];
  }
  m.components = count;
  std::vector<Component> all(count);
  std::vector<std::size_t> best(count, n);
  for (std::size_t v = 0; v < n; ++v) {
    const std::size_t c = comp[v];
    ++all[c].size;
    if (best[c] == n || degree[v] > degree[best[c]]) best[c] = v;
  }
  for (std::size_t c = 0; c < all.size(); ++c)
    all[c].representative = ids[best[c]];
  std::sort(all.begin(), all.end(), [](const Component& a, const Component& b) {
    if (a.size != b.size) return a.size > b.size;
    return a.representative < b.representative;
  });
  if (all.size() > top) all.resize(top);
  m.largest = std::move(all);
  return m;
}

}  // namespace kg
