// The store-walking searches of graph/local_search.h agree with Boost's BFS
// over the whole graph loaded into memory (graph/graph.h) on random graphs.
#include "graph/local_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "graph/snapshot.h"
#include "graph/store.h"
#include "tests/test_util.h"

namespace kg {
namespace {

std::string Show(const std::vector<Path>& paths) {
  std::string s;
  for (const Path& p : paths) {
    for (const PathHop& h : p)
      s += std::to_string(h.from) + (h.forward ? "-" : "<") + "[" +
           std::to_string(h.relation) + "]" + (h.forward ? ">" : "-");
    if (!p.empty()) s += std::to_string(p.back().to);
    s += "\n";
  }
  return s;
}

// A random store: n entities, some sharing a name across types (so paths tie
// on names and order by relation id), facts spread over several articles,
// with repeated pairs under different relations and one symmetric relation.
std::unique_ptr<Store> RandomStore(unsigned seed, int n, int m,
                                   const std::string& path = ":memory:") {
  std::mt19937 rng(seed);
  auto store = Store::Open(path);
  EXPECT_TRUE(store.has_value());
  std::unique_ptr<Store> s = std::move(*store);
  const char* relations[] = {"supplies", "partners_with", "acquires",
                             "owns_stake_in"};
  const EntityType types[] = {EntityType::kCompany, EntityType::kProject};
  std::vector<DocEntity> entities;
  for (int i = 0; i < n; ++i) {
    DocEntity e;
    e.name = "E" + std::to_string((i * 7919) % n % (n - 3));  // a few repeats
    e.type = types[i % 2];
    entities.push_back(e);
  }
  const int articles = 3;
  for (int a = 0; a < articles; ++a) {
    ArticleDoc doc;
    doc.id = "a" + std::to_string(a);
    doc.content_hash = "h" + std::to_string(a);
    doc.entities = entities;
    for (int k = 0; k < m / articles; ++k) {
      DocRelation r;
      r.subject = rng() % n;
      r.object = rng() % n;
      r.relation = relations[rng() % 4];
      r.evidence = "s";
      doc.relations.push_back(r);
    }
    s->AddArticle(doc);
  }
  return s;
}

struct Case {
  unsigned seed;
  int n;
  int m;
  std::vector<std::string> relations;  // filter
};

class LocalSearchAgrees : public ::testing::TestWithParam<Case> {};

TEST_P(LocalSearchAgrees, WithBoostBfs) {
  const Case& c = GetParam();
  std::unique_ptr<Store> store = RandomStore(c.seed, c.n, c.m);
  RelationFilter filter;
  filter.relations = c.relations;
  KnowledgeGraph whole = KnowledgeGraph::Load(*store, filter);
  LocalGraph walk(*store, filter);
  ASSERT_FALSE(walk.uses_snapshot());  // in memory: no snapshot file
  LocalGraph csr(*store, filter, Snapshot::Build(*store));
  ASSERT_TRUE(csr.uses_snapshot());
  for (LocalGraph* g : {&walk, &csr}) {
    LocalGraph& local = *g;
    SCOPED_TRACE(g == &csr ? "snapshot" : "store walk");
    std::vector<EntityId> ids;
    store->ForEachEntity([&](const Entity& e) { ids.push_back(e.id); });
    ASSERT_GE(ids.size(), 10u);
    int compared = 0, found = 0;
    for (EntityId a : ids) {
      for (EntityId b : ids) {
        for (std::size_t depth : {2u, 6u}) {
          for (bool all : {false, true}) {
            PathOptions o;
            o.max_depth = depth;
            o.all = all;
            o.limit = 50;
            std::vector<Path> want = whole.ShortestPaths(a, b, o);
            std::vector<Path> got = local.ShortestPaths(a, b, o);
            ASSERT_EQ(Show(got), Show(want))
                << a << " → " << b << " depth " << depth << (all ? " all" : "");
            int d = local.Distance(a, b, depth);
            if (a == b) {
              EXPECT_EQ(d, 0);
            } else if (want.empty()) {
              EXPECT_EQ(d, -1) << a << " → " << b;
            } else {
              EXPECT_EQ(d, static_cast<int>(want.front().size()));
              ++found;
            }
            ++compared;
          }
        }
      }
      // Directed walks count a symmetric relation (partners_with) both ways,
      // as Store::RelationsOf does; Boost's Within counts it from its stored
      // subject only, so directions are compared without symmetric relations.
      const bool symmetric = c.relations.empty() ||
                             std::find(c.relations.begin(), c.relations.end(),
                                       "partners_with") != c.relations.end();
      for (Direction dir :
           {Direction::kBoth, Direction::kOut, Direction::kIn}) {
        if (symmetric && dir != Direction::kBoth) continue;
        for (int depth : {1, 2, 3}) {
          std::vector<Reached> want = whole.Within(a, depth, dir);
          std::vector<Reached> got = local.Within(a, depth, dir);
          ASSERT_EQ(got.size(), want.size()) << a << " depth " << depth;
          for (std::size_t i = 0; i < got.size(); ++i) {
            EXPECT_EQ(got[i].id, want[i].id);
            EXPECT_EQ(got[i].depth, want[i].depth);
          }
          EXPECT_EQ(local.CountWithin(a, depth, dir), want.size());
        }
      }
      // The snapshot lists relations in the indexes' order, and holds the
      // same names.
      if (g == &csr) {
        EXPECT_EQ(csr.NameOf(a), walk.NameOf(a));
        for (Direction dir :
             {Direction::kBoth, Direction::kOut, Direction::kIn}) {
          std::vector<Adjacent> x = walk.AdjacentTo(a, dir),
                                y = csr.AdjacentTo(a, dir);
          ASSERT_EQ(x.size(), y.size()) << a;
          for (std::size_t i = 0; i < x.size(); ++i) {
            EXPECT_EQ(x[i].other, y[i].other);
            EXPECT_EQ(x[i].relation, y[i].relation);
            EXPECT_EQ(x[i].forward, y[i].forward);
          }
        }
      }
    }
    EXPECT_GT(compared, 0);
    EXPECT_GT(found, 0) << "the random graph should have some paths";
  }
}

INSTANTIATE_TEST_SUITE_P(
    RandomGraphs, LocalSearchAgrees,
    ::testing::Values(Case{1, 24, 30, {}}, Case{2, 30, 45, {}},
                      Case{3, 40, 120, {}}, Case{4, 20, 60, {}},
                      Case{5, 30, 80, {"supplies"}},
                      Case{7, 40, 150, {"supplies", "acquires"}},
                      Case{6, 30, 80, {"supplies", "partners_with"}}));

TEST(LocalSearch, UnknownEntitiesAndNames) {
  std::unique_ptr<Store> store = RandomStore(9, 12, 20);
  LocalGraph local(*store, RelationFilter{});
  EXPECT_TRUE(local.ShortestPaths(1, 999, PathOptions{}).empty());
  EXPECT_EQ(local.Distance(999, 1, 6), -1);
  EXPECT_TRUE(local.Within(999, 2, Direction::kBoth).empty());
  EXPECT_EQ(local.CountWithin(999, 2, Direction::kBoth), 0u);
  EXPECT_TRUE(local.IdsNamed("no such name").empty());
  std::vector<EntityId> e1 = local.IdsNamed("e1");  // case-insensitive
  ASSERT_FALSE(e1.empty());
  EXPECT_EQ(local.NameOf(e1.front()), "E1");
  EXPECT_EQ(local.NameOf(999), "");
  LocalGraph csr(*store, RelationFilter{}, Snapshot::Build(*store));
  ASSERT_TRUE(csr.uses_snapshot());
  EXPECT_EQ(csr.NameOf(e1.front()), "E1");
  EXPECT_EQ(csr.NameOf(999), "");
}

// Issue 6: the snapshot file is used only while it is fresh; every write
// makes it stale, and a stale or damaged file never changes an answer.
TEST(Snapshot, StaleAfterAnyWriteAndRefreshed) {
  kg::testing::TempDir dir;
  const std::string db = dir.File("kg.db");
  std::unique_ptr<Store> store = RandomStore(3, 40, 120, db);
  EXPECT_EQ(Snapshot::OpenFresh(*store), nullptr);  // none written yet
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  ASSERT_TRUE(std::filesystem::exists(db + ".csr"));
  std::shared_ptr<const Snapshot> snap = Snapshot::OpenFresh(*store);
  ASSERT_NE(snap, nullptr);
  EXPECT_EQ(snap->entity_count(),
            static_cast<std::size_t>(store->CountEntities(std::nullopt)));

  LocalGraph g(*store, RelationFilter{});
  ASSERT_TRUE(g.uses_snapshot());
  LocalGraph walk(*store, RelationFilter{}, nullptr);
  ASSERT_FALSE(walk.uses_snapshot());
  std::vector<EntityId> ids;
  store->ForEachEntity([&](const Entity& e) { ids.push_back(e.id); });
  const EntityId a = ids.front(), b = ids.back();
  EXPECT_EQ(g.CountWithin(a, 3, Direction::kBoth),
            walk.CountWithin(a, 3, Direction::kBoth));

  // A new fact between a and b: the open LocalGraph sees the commit, drops
  // the snapshot and answers from the store.
  ArticleDoc doc;
  doc.id = "new";
  doc.content_hash = "hnew";
  DocEntity ea, eb;
  ea.name = store->GetEntity(a)->name;
  ea.type = store->GetEntity(a)->type;
  eb.name = store->GetEntity(b)->name;
  eb.type = store->GetEntity(b)->type;
  doc.entities = {ea, eb};
  DocRelation r;
  r.subject = 0;
  r.object = 1;
  r.relation = "sanctions";
  r.evidence = "s";
  doc.relations = {r};
  ASSERT_EQ(store->AddArticle(doc).new_relations, 1);
  EXPECT_FALSE(g.uses_snapshot());
  EXPECT_EQ(g.Distance(a, b, 6), 1);
  EXPECT_EQ(Snapshot::OpenFresh(*store), nullptr);
  EXPECT_FALSE(snap->FreshFor(*store));

  // Refreshed, it answers the same again.
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  LocalGraph again(*store, RelationFilter{});
  ASSERT_TRUE(again.uses_snapshot());
  EXPECT_EQ(again.Distance(a, b, 6), 1);
  PathOptions o;
  o.all = true;
  EXPECT_EQ(Show(again.ShortestPaths(a, b, o)),
            Show(walk.ShortestPaths(a, b, o)));

  // Retracting the article makes it stale again.
  ASSERT_TRUE(store->RetractArticle("new"));
  EXPECT_FALSE(again.uses_snapshot());
  EXPECT_NE(again.Distance(a, b, 6), 1);
}

TEST(Snapshot, DamagedOrForeignFilesAreNotUsed) {
  kg::testing::TempDir dir;
  const std::string db = dir.File("kg.db");
  std::unique_ptr<Store> store = RandomStore(4, 20, 60, db);
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  std::string bytes = kg::testing::ReadFile(db + ".csr");
  kg::testing::WriteFile(db + ".csr", bytes.substr(0, bytes.size() - 9));
  EXPECT_EQ(Snapshot::Map(db + ".csr"), nullptr);
  kg::testing::WriteFile(db + ".csr", "not a snapshot");
  EXPECT_EQ(Snapshot::Map(db + ".csr"), nullptr);
  EXPECT_FALSE(LocalGraph(*store, RelationFilter{}).uses_snapshot());
  // Another store's snapshot (same shape, another store_id) is stale.
  std::unique_ptr<Store> other = RandomStore(4, 20, 60, dir.File("other.db"));
  ASSERT_TRUE(RefreshSnapshot(*other).ok());
  std::filesystem::copy_file(dir.File("other.db.csr"), db + ".csr",
                             std::filesystem::copy_options::overwrite_existing);
  EXPECT_EQ(Snapshot::OpenFresh(*store), nullptr);
  EXPECT_NE(Snapshot::Map(db + ".csr"), nullptr);
}

}  // namespace
}  // namespace kg
