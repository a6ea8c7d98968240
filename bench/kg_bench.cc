// In-process figures for kg on the peers' query set (queries.json of
// ../shared/peers/graph/make_queries.py), over a store made by `kg import`.
//
//   kg_bench --db FILE --queries queries.json --report [--verify] [--size S]
//     one pass over the whole query set, each query timed alone (as the peers
//     do), one JSON line per measure in the peers' result format:
//     hop1 (1,000 lookups by name with a relation filter), sp (100 shortest
//     paths, full path with names), khop3 (100 3-hop neighbourhood sizes),
//     dot500 (DOT of a focus subgraph of about 500 entities), rss. With
//     --verify, the answers are checked against Boost's BFS over the whole
//     graph loaded in memory (KnowledgeGraph) and a "verify" line is added.
//   kg_bench --db FILE --queries queries.json [--benchmark_...]
//     the same queries as Google Benchmark cases (mean time per query).
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/istreamwrapper.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/local_search.h"
#include "graph/snapshot.h"
#include "graph/store.h"
#include "query/export.h"
#include "query/query.h"

namespace kg::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Hop1Query {
  std::string name;
  std::string relation;  // kg's relation name
  Direction dir = Direction::kOut;
};
struct PairQuery {
  std::string src, dst;
};
struct Queries {
  std::vector<Hop1Query> hop1;
  std::vector<PairQuery> sp;
  std::vector<std::string> khop;
  int sp_max_depth = 6;
  int khop_depth = 3;
};

// The generator's relation names as kg stores them (ingest/graph_csv.cc):
// (kg relation, reversed). A reversed one is looked up as incoming.
const std::map<std::string, std::pair<std::string, bool>>& PeerRelations() {
  static const auto* m =
      new std::map<std::string, std::pair<std::string, bool>>{
          {"OWNS", {"owns_stake_in", false}},
          {"LOCATED_IN", {"located_in", false}},
          {"EMPLOYS", {"works_for", true}},
          {"FUNDS", {"invests_in", false}},
          {"PARTNERS_WITH", {"partners_with", false}},
          {"SUPPLIES", {"supplies", false}},
          {"REGULATES", {"approves", false}},
          {"SUBSIDIARY_OF", {"subsidiary_of", false}},
          {"INVESTS_IN", {"invests_in", false}},
          {"OPERATES", {"operates", false}},
          {"EXTRACTS", {"produces", false}},
          {"PRODUCES", {"produces", false}},
          {"CONTRACTS_WITH", {"partners_with", false}},
          {"MEMBER_OF", {"part_of", false}},
          {"MANAGES", {"operates", false}},
          {"SUPERVISES", {"part_of", true}},
          {"EXPORTS_TO", {"supplies", false}},
          {"IMPORTS_FROM", {"supplies", true}},
          {"LICENSES", {"approves", false}},
          {"SANCTIONS", {"sanctions", false}},
      };
  return *m;
}

Queries LoadQueries(const std::string& path) {
  std::ifstream f(path);
  if (!f) throw std::runtime_error("cannot read " + path);
  rapidjson::IStreamWrapper in(f);
  rapidjson::Document d;
  d.ParseStream(in);
  if (d.HasParseError() || !d.IsObject())
    throw std::runtime_error(path + " is not a queries.json");
  Queries q;
  for (const auto& h : d["hop1"].GetArray()) {
    auto it = PeerRelations().find(h["relation"].GetString());
    Hop1Query one;
    one.name = h["name"].GetString();
    one.relation = it != PeerRelations().end() ? it->second.first
                                               : h["relation"].GetString();
    one.dir = it != PeerRelations().end() && it->second.second
                  ? Direction::kIn
                  : Direction::kOut;
    q.hop1.push_back(one);
  }
  for (const auto& p : d["sp"].GetArray())
    q.sp.push_back({p["src"].GetString(), p["dst"].GetString()});
  for (const auto& k : d["khop"].GetArray()) q.khop.push_back(k.GetString());
  if (d.HasMember("sp_max_depth")) q.sp_max_depth = d["sp_max_depth"].GetInt();
  if (d.HasMember("khop_depth")) q.khop_depth = d["khop_depth"].GetInt();
  return q;
}

// Everything a query needs, opened once. Every LocalGraph shares one
// mapping of the snapshot, as a long-running process would: one per
// relation filter would map the file again for each and fault its pages in
// again.
struct Fixture {
  std::unique_ptr<Store> store;
  Queries queries;
  std::shared_ptr<const Snapshot> snapshot;  // null: the store walk
  std::unique_ptr<LocalGraph> all;           // no filter
  std::map<std::string, std::unique_ptr<LocalGraph>> by_relation;

  LocalGraph& Filtered(const std::string& relation) {
    auto& g = by_relation[relation];
    if (!g) {
      RelationFilter f;
      f.relations = {relation};
      g = std::make_unique<LocalGraph>(*store, f, snapshot);
    }
    return *g;
  }

  // 1-hop: the entity by name, its relations of one kind, their other ends'
  // names. Returns the number of rows.
  std::size_t Hop1(const Hop1Query& h) {
    LocalGraph& g = Filtered(h.relation);
    std::vector<EntityId> ids = g.IdsNamed(h.name);
    if (ids.empty()) return 0;
    std::size_t rows = 0;
    for (const Adjacent& a : g.AdjacentTo(ids.front(), h.dir)) {
      benchmark::DoNotOptimize(g.NameOf(a.other));
      ++rows;
    }
    return rows;
  }

  // Shortest path by names, returned in full (names along it). Returns the
  // number of hops, or -1.
  int ShortestPath(const PairQuery& p) {
    std::vector<EntityId> a = all->IdsNamed(p.src), b = all->IdsNamed(p.dst);
    if (a.empty() || b.empty()) return -1;
    PathOptions o;
    o.max_depth = static_cast<std::size_t>(queries.sp_max_depth);
    std::vector<Path> paths = all->ShortestPaths(a.front(), b.front(), o);
    if (paths.empty()) return -1;
    for (const PathHop& h : paths.front())
      benchmark::DoNotOptimize(all->NameOf(h.to));
    return static_cast<int>(paths.front().size());
  }

  std::size_t Khop(const std::string& name) {
    std::vector<EntityId> ids = all->IdsNamed(name);
    if (ids.empty()) return 0;
    return all->CountWithin(ids.front(), queries.khop_depth, Direction::kBoth);
  }
};

Fixture* g_fixture = nullptr;

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
// Nearest-rank percentile, as peers_common.pct.
double Pct(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  long k =
      static_cast<long>(p / 100.0 * static_cast<double>(v.size()) + 0.5 + 0.5) -
      1;
  k = std::clamp<long>(k, 0, static_cast<long>(v.size()) - 1);
  return v[static_cast<std::size_t>(k)];
}
std::string Summary(const std::vector<double>& ms) {
  double total = 0, max = 0;
  for (double x : ms) {
    total += x;
    max = std::max(max, x);
  }
  return fmt::format(
      "\"n\": {}, \"median_ms\": {:.4f}, \"p95_ms\": {:.4f}, "
      "\"max_ms\": {:.4f}, \"total_s\": {:.4f}",
      ms.size(), Median(ms), ms.empty() ? 0 : Pct(ms, 95), max, total / 1000);
}
double Ms(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}
double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

// An entity whose depth-1 neighbourhood is closest to 500 entities (the
// focus of the DOT measure), among the first ids of the store.
std::pair<EntityId, std::size_t> DotFocus(Fixture& f) {
  EntityId best = 0;
  std::size_t best_size = 0;
  auto off = [](std::size_t n) { return n > 500 ? n - 500 : 500 - n; };
  for (EntityId id = 1; id <= 20000; ++id) {
    std::size_t n = f.all->CountWithin(id, 1, Direction::kBoth) + 1;
    if (best == 0 || off(n) < off(best_size)) {
      best = id;
      best_size = n;
    }
    if (off(best_size) <= 25) break;
  }
  return {best, best_size};
}

std::size_t WriteDot(Fixture& f, EntityId focus) {
  Subgraph sub = SelectSubgraph(*f.store, focus, 1, RelationFilter{});
  std::ostringstream out;
  WriteExportDot(out, sub, "focus", {});
  benchmark::DoNotOptimize(out.str().size());
  return sub.entities.size();
}

int Report(Fixture& f, const std::string& size, bool verify) {
  const std::string head = fmt::format(R"("peer": "kg", "size": "{}")", size);
  const Queries& q = f.queries;
  // warm-up: one query of each kind, untimed (as the peers do)
  f.Hop1(q.hop1.front());

  std::vector<double> ms;
  std::size_t rows = 0;
  for (const Hop1Query& h : q.hop1) {
    auto t0 = Clock::now();
    rows += f.Hop1(h);
    ms.push_back(Ms(t0));
  }
  fmt::print("{{{}, \"measure\": \"hop1\", \"rows\": {}, {}}}\n", head, rows,
             Summary(ms));

  ms.clear();
  std::vector<int> hops;
  int found = 0, sum_hops = 0;
  for (const PairQuery& p : q.sp) {
    auto t0 = Clock::now();
    int h = f.ShortestPath(p);
    ms.push_back(Ms(t0));
    hops.push_back(h);
    if (h >= 0) {
      ++found;
      sum_hops += h;
    }
  }
  fmt::print(
      "{{{}, \"measure\": \"sp\", \"method\": \"bidirectional BFS over {}, "
      "full path\", \"found\": {}, \"sum_hops\": {}, \"hops\": [{}], {}}}\n",
      head,
      f.all->uses_snapshot() ? "the CSR snapshot" : "the store's indexes (no fresh snapshot)",
      found, sum_hops, fmt::join(hops, ", "), Summary(ms));

  ms.clear();
  std::vector<std::size_t> sizes;
  std::size_t sum_size = 0;
  for (const std::string& name : q.khop) {
    auto t0 = Clock::now();
    std::size_t n = f.Khop(name);
    ms.push_back(Ms(t0));
    sizes.push_back(n);
    sum_size += n;
  }
  fmt::print(
      "{{{}, \"measure\": \"khop3\", \"sum_size\": {}, \"sizes\": [{}], {}}}\n",
      head, sum_size, fmt::join(sizes, ", "), Summary(ms));

  auto [focus, expect] = DotFocus(f);
  ms.clear();
  std::size_t nodes = 0;
  for (int i = 0; i < 5; ++i) {
    auto t0 = Clock::now();
    nodes = WriteDot(f, focus);
    ms.push_back(Ms(t0));
  }
  fmt::print(
      "{{{}, \"measure\": \"dot500\", \"focus\": \"{}\", \"nodes\": {}, {}}}\n",
      head, f.all->NameOf(focus), nodes, Summary(ms));
  fmt::print("{{{}, \"measure\": \"rss\", \"peak_rss_mb\": {:.1f}}}\n", head,
             PeakRssMb());
  std::fflush(stdout);

  if (!verify) return 0;
  // Boost's BFS over the whole graph in memory, query by query.
  auto t0 = Clock::now();
  KnowledgeGraph whole = KnowledgeGraph::Load(*f.store, RelationFilter{});
  double load_ms = Ms(t0);
  int bad = 0;
  for (std::size_t i = 0; i < q.sp.size(); ++i) {
    std::vector<EntityId> a = f.all->IdsNamed(q.sp[i].src),
                          b = f.all->IdsNamed(q.sp[i].dst);
    PathOptions o;
    o.max_depth = static_cast<std::size_t>(q.sp_max_depth);
    std::vector<Path> p = whole.ShortestPaths(a.front(), b.front(), o);
    int want = p.empty() ? -1 : static_cast<int>(p.front().size());
    if (want != hops[i]) {
      ++bad;
      std::cerr << "sp mismatch " << q.sp[i].src << " → " << q.sp[i].dst << ": "
                << hops[i] << " vs Boost " << want << "\n";
    }
  }
  for (std::size_t i = 0; i < q.khop.size(); ++i) {
    std::vector<EntityId> a = f.all->IdsNamed(q.khop[i]);
    std::size_t want =
        whole.Within(a.front(), q.khop_depth, Direction::kBoth).size();
    if (want != sizes[i]) {
      ++bad;
      std::cerr << "khop mismatch " << q.khop[i] << ": " << sizes[i]
                << " vs Boost " << want << "\n";
    }
  }
  fmt::print(
      "{{{}, \"measure\": \"verify\", \"against\": \"Boost BFS on the whole "
      "graph\", "
      "\"ok\": {}, \"mismatches\": {}, \"checked\": {}, \"load_ms\": "
      "{:.0f}}}\n",
      head, bad == 0, bad, q.sp.size() + q.khop.size(), load_ms);
  return bad == 0 ? 0 : 1;
}

void BM_Hop1(benchmark::State& state) {
  Fixture& f = *g_fixture;
  std::size_t i = 0;
  for (auto _ : state)
    benchmark::DoNotOptimize(
        f.Hop1(f.queries.hop1[i++ % f.queries.hop1.size()]));
  state.SetItemsProcessed(state.iterations());
}
void BM_ShortestPath(benchmark::State& state) {
  Fixture& f = *g_fixture;
  std::size_t i = 0;
  for (auto _ : state)
    benchmark::DoNotOptimize(
        f.ShortestPath(f.queries.sp[i++ % f.queries.sp.size()]));
  state.SetItemsProcessed(state.iterations());
}
void BM_Khop3(benchmark::State& state) {
  Fixture& f = *g_fixture;
  std::size_t i = 0;
  for (auto _ : state)
    benchmark::DoNotOptimize(
        f.Khop(f.queries.khop[i++ % f.queries.khop.size()]));
  state.SetItemsProcessed(state.iterations());
}
void BM_Dot500(benchmark::State& state) {
  Fixture& f = *g_fixture;
  static const EntityId focus = DotFocus(f).first;
  for (auto _ : state) benchmark::DoNotOptimize(WriteDot(f, focus));
}

}  // namespace
}  // namespace kg::bench

int main(int argc, char** argv) {
  using namespace kg::bench;  // NOLINT: main only
  std::string db, queries, size = "?";
  bool report = false, verify = false;
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--db" && i + 1 < argc)
      db = argv[++i];
    else if (a == "--queries" && i + 1 < argc)
      queries = argv[++i];
    else if (a == "--size" && i + 1 < argc)
      size = argv[++i];
    else if (a == "--report")
      report = true;
    else if (a == "--verify")
      verify = true;
    else
      rest.push_back(argv[i]);
  }
  if (db.empty() || queries.empty()) {
    std::cerr << "usage: kg_bench --db FILE --queries queries.json [--report "
                 "[--verify] "
                 "[--size S]] [--benchmark_...]\n";
    return 2;
  }
  kg::Store::Options o;
  o.read_only = true;
  auto store = kg::Store::Open(db, o);
  if (!store) {
    std::cerr << "kg_bench: " << store.error().message() << "\n";
    return 2;
  }
  Fixture f;
  f.store = std::move(*store);
  f.queries = LoadQueries(queries);
  f.snapshot = kg::Snapshot::OpenFresh(*f.store);
  f.all = std::make_unique<kg::LocalGraph>(*f.store, kg::RelationFilter{},
                                           f.snapshot);
  g_fixture = &f;
  if (report) return Report(f, size, verify);
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  benchmark::RegisterBenchmark("hop1_by_name_with_relation", BM_Hop1);
  benchmark::RegisterBenchmark("shortest_path_by_names", BM_ShortestPath);
  benchmark::RegisterBenchmark("khop3_size", BM_Khop3);
  benchmark::RegisterBenchmark("dot_focus_500", BM_Dot500)
      ->Unit(benchmark::kMillisecond);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
