// The store-walking searches of graph/local_search.h agree with Boost's BFS
// over the whole graph loaded into memory (graph/graph.h) on random graphs.
#include "graph/local_search.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "graph/algorithms.h"
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

// Entity i of n in a RandomStore: named E0..E(n-4), so that a few names
// repeat, alternately a company and a project.
DocEntity RandomEntity(int i, int n) {
  const EntityType types[] = {EntityType::kCompany, EntityType::kProject};
  DocEntity e;
  e.name = "E" + std::to_string((i * 7919) % n % (n - 3));  // a few repeats
  e.type = types[i % 2];
  return e;
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
  std::vector<DocEntity> entities;
  for (int i = 0; i < n; ++i) entities.push_back(RandomEntity(i, n));
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

// An empty store in memory, or nullptr (the failure is reported).
std::unique_ptr<Store> MemoryStore() {
  auto opened = Store::Open(":memory:");
  EXPECT_TRUE(opened.has_value());
  return opened.has_value() ? std::move(*opened) : nullptr;
}

struct Case {
  unsigned seed;
  int n;
  int m;
  std::vector<std::string> relations;  // filter
};

// Articles that only add to a RandomStore(seed, n, …): each names a few of
// its entities and a few new ones, with facts among them (some between two
// old entities, some under a relation name the store lacked).
void AddRandomArticles(Store& store, unsigned seed, int n, int articles) {
  std::mt19937 rng(seed * 31 + 7);
  const char* relations[] = {"supplies", "partners_with", "acquires",
                             "owns_stake_in", "sanctions"};
  const EntityType types[] = {EntityType::kCompany, EntityType::kProject};
  for (int a = 0; a < articles; ++a) {
    ArticleDoc doc;
    doc.id = "more" + std::to_string(a);
    doc.content_hash = "m" + std::to_string(a);
    for (int k = 0; k < 4; ++k)  // an old entity: RandomStore's i
      doc.entities.push_back(RandomEntity(static_cast<int>(rng() % n), n));
    for (int k = 0; k < 2; ++k) {
      DocEntity e;
      e.name = "N" + std::to_string(a) + "_" + std::to_string(k);
      e.type = types[k % 2];
      doc.entities.push_back(e);
    }
    for (int k = 0; k < 5; ++k) {
      DocRelation r;
      r.subject = rng() % doc.entities.size();
      r.object = rng() % doc.entities.size();
      r.relation = relations[rng() % 5];
      r.evidence = "s";
      doc.relations.push_back(r);
    }
    store.AddArticle(doc);
  }
}

// Every search of csr and of a store walk gives what Boost's BFS over the
// whole graph gives, for every pair of entities of store.
void ExpectAllAgree(const Store& store,
                    const std::vector<std::string>& relations,
                    LocalGraph& csr) {
  RelationFilter filter;
  filter.relations = relations;
  KnowledgeGraph whole = KnowledgeGraph::Load(store, filter);
  LocalGraph walk(store, filter, nullptr);
  ASSERT_FALSE(walk.uses_snapshot());
  ASSERT_TRUE(csr.uses_snapshot());
  for (LocalGraph* g : {&walk, &csr}) {
    LocalGraph& local = *g;
    SCOPED_TRACE(g == &csr ? "snapshot" : "store walk");
    std::vector<EntityId> ids;
    store.ForEachEntity([&](const Entity& e) { ids.push_back(e.id); });
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
      const bool symmetric =
          relations.empty() || std::find(relations.begin(), relations.end(),
                                         "partners_with") != relations.end();
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

class LocalSearchAgrees : public ::testing::TestWithParam<Case> {};

TEST_P(LocalSearchAgrees, WithBoostBfs) {
  const Case& c = GetParam();
  std::unique_ptr<Store> store = RandomStore(c.seed, c.n, c.m);
  RelationFilter filter;
  filter.relations = c.relations;
  ASSERT_FALSE(
      LocalGraph(*store, filter).uses_snapshot());  // in memory: no file
  LocalGraph csr(*store, filter, Snapshot::Build(*store));
  ExpectAllAgree(*store, c.relations, csr);
}

// Issue 6: a snapshot file read with the overlay of what was appended since
// it was written (new entities, facts between old and new ones, a new
// relation name) answers like the store walk and Boost, and kg stats
// measures the same graph as from the tables.
TEST_P(LocalSearchAgrees, WithBoostBfsOverAnOverlay) {
  const Case& c = GetParam();
  kg::testing::TempDir dir;
  const std::string db = dir.File("kg.db");
  std::unique_ptr<Store> store = RandomStore(c.seed, c.n, c.m, db);
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  const std::string file = kg::testing::ReadFile(db + ".csr");
  AddRandomArticles(*store, c.seed, c.n, 6);
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  EXPECT_EQ(kg::testing::ReadFile(db + ".csr"), file) << "the file is kept";
  std::shared_ptr<const Snapshot> snap = Snapshot::OpenFresh(*store);
  ASSERT_NE(snap, nullptr);
  EXPECT_EQ(snap->overlay_entities(), 12u);
  EXPECT_GT(snap->overlay_relations(), 10u);
  EXPECT_EQ(snap->entity_count(),
            static_cast<std::size_t>(store->CountEntities(std::nullopt)));
  EXPECT_TRUE(snap->FreshFor(*store));
  RelationFilter filter;
  filter.relations = c.relations;
  LocalGraph csr(*store, filter, snap);
  ExpectAllAgree(*store, c.relations, csr);

  GraphMeasures with = MeasureGraph(*store, 1000);
  std::filesystem::remove(db + ".csr");
  ASSERT_EQ(Snapshot::OpenFresh(*store), nullptr);
  GraphMeasures without = MeasureGraph(*store, 1000);
  ASSERT_EQ(with.by_degree.size(), without.by_degree.size());
  for (std::size_t i = 0; i < with.by_degree.size(); ++i) {
    EXPECT_EQ(with.by_degree[i].id, without.by_degree[i].id);
    EXPECT_EQ(with.by_degree[i].score, without.by_degree[i].score);
    EXPECT_EQ(with.by_pagerank[i].id, without.by_pagerank[i].id);
    EXPECT_EQ(with.by_pagerank[i].score, without.by_pagerank[i].score);
  }
  EXPECT_EQ(with.components, without.components);
  ASSERT_EQ(with.largest.size(), without.largest.size());
  for (std::size_t i = 0; i < with.largest.size(); ++i) {
    EXPECT_EQ(with.largest[i].size, without.largest[i].size);
    EXPECT_EQ(with.largest[i].representative,
              without.largest[i].representative);
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

// Issue 6: a path through hubs. Where the walk stands on a hub, it reads
// the relations of the next level (b alone on the last hop) instead of the
// hub's, and must find the same relations: several between one pair, both
// ways, a symmetric one among them, with the same direction flags, in the
// same order (names, then relation ids), whichever end is a.
TEST(LocalSearch, PathsThroughHubsAgreeWithBoostBfs) {
  std::unique_ptr<Store> store = MemoryStore();
  ASSERT_NE(store, nullptr);
  ArticleDoc doc;
  doc.id = "hubs";
  doc.content_hash = "h";
  auto add = [&](const std::string& name) {
    DocEntity e;
    e.name = name;
    e.type = EntityType::kCompany;
    doc.entities.push_back(e);
    return doc.entities.size() - 1;
  };
  auto relate = [&](std::size_t s, const char* relation, std::size_t o) {
    DocRelation r;
    r.subject = s;
    r.relation = relation;
    r.object = o;
    r.evidence = "s";
    doc.relations.push_back(r);
  };
  const std::size_t a = add("Alpha"), b = add("Beta"), hub = add("Hub"),
                    twin = add("Hub Two"), far = add("Far");
  relate(a, "supplies", hub);
  relate(twin, "acquires", a);
  relate(hub, "supplies", b);
  relate(b, "partners_with", hub);
  relate(b, "acquires", hub);
  relate(twin, "owns_stake_in", b);
  relate(b, "supplies", far);
  for (int i = 0; i < 40; ++i) {  // the hubs' other relations
    const std::size_t leaf = add("Leaf " + std::to_string(i));
    relate(i % 2 ? hub : leaf, "supplies", i % 2 ? leaf : hub);
    relate(twin, i % 3 ? "partners_with" : "owns_stake_in", leaf);
  }
  ASSERT_GT(store->AddArticle(doc).new_relations, 80);
  KnowledgeGraph whole = KnowledgeGraph::Load(*store, RelationFilter{});
  LocalGraph csr(*store, RelationFilter{}, Snapshot::Build(*store));
  ASSERT_TRUE(csr.uses_snapshot());
  auto id = [&](std::size_t i) {
    std::vector<EntityId> named = csr.IdsNamed(doc.entities[i].name);
    return named.empty() ? EntityId{0} : named.front();
  };
  const EntityId ea = id(a), eb = id(b), efar = id(far);
  ASSERT_TRUE(ea != 0 && eb != 0 && efar != 0);
  LocalGraph walk(*store, RelationFilter{}, nullptr);
  for (auto [x, y] : {std::pair{ea, eb}, std::pair{eb, ea}, std::pair{ea, efar},
                      std::pair{efar, ea}}) {
    for (bool all : {false, true}) {
      PathOptions o;
      o.all = all;
      const std::string want = Show(whole.ShortestPaths(x, y, o));
      ASSERT_FALSE(want.empty());
      EXPECT_EQ(Show(csr.ShortestPaths(x, y, o)), want) << x << " → " << y;
      EXPECT_EQ(Show(walk.ShortestPaths(x, y, o)), want) << x << " → " << y;
    }
  }
  PathOptions every;
  every.all = true;
  // Alpha → Beta: through Hub by one relation, then to Beta by three;
  // through Hub Two by one, then one.
  EXPECT_EQ(csr.ShortestPaths(ea, eb, every).size(), 4u);
}

// A name several entities answer to: the one whose own name it is first,
// then the ones that only have it as an alias, by id.
TEST(LocalSearch, IdsNamedPutsTheOwnNameFirst) {
  std::unique_ptr<Store> store = MemoryStore();
  ASSERT_NE(store, nullptr);
  ArticleDoc doc;
  doc.id = "a";
  doc.content_hash = "h";
  DocEntity alias_only;  // "Kestrel" is only an alias of this company
  alias_only.name = "Kestrel Holdings";
  alias_only.type = EntityType::kCompany;
  alias_only.aliases = {"Kestrel"};
  DocEntity own;  // the project named "Kestrel"
  own.name = "Kestrel";
  own.type = EntityType::kProject;
  doc.entities = {alias_only, own};
  ASSERT_EQ(store->AddArticle(doc).new_entities, 2);
  LocalGraph local(*store, RelationFilter{});
  std::vector<EntityId> ids = local.IdsNamed("KESTREL");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(local.NameOf(ids[0]), "Kestrel");
  EXPECT_EQ(local.NameOf(ids[1]), "Kestrel Holdings");
  ASSERT_EQ(local.IdsNamed("kestrel holdings").size(), 1u);
}

// Issue 6: the snapshot file is used only while it answers for the store:
// fresh, or with the overlay of what was appended since. A delete makes it
// stale, and a stale or damaged file never changes an answer.
TEST(Snapshot, StaleAfterADeleteAndRefreshed) {
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
  EXPECT_FALSE(snap->FreshFor(*store));

  // Opened again, the file answers with the new fact in its overlay (under
  // a relation name the file lacks), and a refresh keeps the file.
  const std::string file = kg::testing::ReadFile(db + ".csr");
  std::shared_ptr<const Snapshot> grown = Snapshot::OpenFresh(*store);
  ASSERT_NE(grown, nullptr);
  EXPECT_EQ(grown->overlay_entities(), 0u);
  EXPECT_EQ(grown->overlay_relations(), 1u);
  EXPECT_EQ(grown->base_version(), snap->version());
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  EXPECT_EQ(kg::testing::ReadFile(db + ".csr"), file);
  LocalGraph again(*store, RelationFilter{});
  ASSERT_TRUE(again.uses_snapshot());
  EXPECT_EQ(again.Distance(a, b, 6), 1);
  PathOptions o;
  o.all = true;
  EXPECT_EQ(Show(again.ShortestPaths(a, b, o)),
            Show(walk.ShortestPaths(a, b, o)));
  RelationFilter sanctions;
  sanctions.relations = {"sanctions"};
  LocalGraph only(*store, sanctions);
  ASSERT_TRUE(only.uses_snapshot());
  EXPECT_EQ(only.Distance(a, b, 6), 1);

  // Retracting the article (a delete) makes it stale: the open graph and a
  // new open both walk the store until the file is written again.
  ASSERT_TRUE(store->RetractArticle("new"));
  EXPECT_FALSE(again.uses_snapshot());
  EXPECT_NE(again.Distance(a, b, 6), 1);
  EXPECT_EQ(Snapshot::OpenFresh(*store), nullptr);
  EXPECT_FALSE(LocalGraph(*store, RelationFilter{}).uses_snapshot());
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  std::shared_ptr<const Snapshot> rebuilt = Snapshot::OpenFresh(*store);
  ASSERT_NE(rebuilt, nullptr);
  EXPECT_EQ(rebuilt->overlay_relations(), 0u);
  EXPECT_NE(rebuilt->base_version().reshaped, snap->base_version().reshaped);
  EXPECT_EQ(LocalGraph(*store, RelationFilter{}, rebuilt)
                .CountWithin(a, 3, Direction::kBoth),
            walk.CountWithin(a, 3, Direction::kBoth));
}

// Issue 6: an overlay is read only up to MaxOverlayRows; past it the store
// is walked, and a refresh writes the file again.
TEST(Snapshot, ALargeOverlayIsWrittenIntoTheFile) {
  kg::testing::TempDir dir;
  const std::string db = dir.File("kg.db");
  std::unique_ptr<Store> store = RandomStore(5, 30, 80, db);
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  std::shared_ptr<const Snapshot> base = Snapshot::OpenFresh(*store);
  ASSERT_NE(base, nullptr);
  const std::size_t limit =
      MaxOverlayRows(base->entity_count(), base->relation_count());
  EXPECT_EQ(limit, 1000u);  // the floor, for a store this small
  ArticleDoc doc;
  doc.id = "big";
  doc.content_hash = "hbig";
  for (std::size_t k = 0; k < limit; ++k) {
    DocEntity e;
    e.name = "Big" + std::to_string(k);
    e.type = EntityType::kCompany;
    doc.entities.push_back(e);
  }
  ASSERT_EQ(store->AddArticle(doc).new_entities, static_cast<int>(limit));
  std::shared_ptr<const Snapshot> at_limit = Snapshot::OpenFresh(*store);
  ASSERT_NE(at_limit, nullptr);
  EXPECT_EQ(at_limit->overlay_entities(), limit);
  ArticleDoc one;
  one.id = "one";
  one.content_hash = "hone";
  DocEntity e;
  e.name = "One more";
  e.type = EntityType::kCompany;
  one.entities.push_back(e);
  ASSERT_EQ(store->AddArticle(one).new_entities, 1);
  EXPECT_EQ(Snapshot::OpenFresh(*store), nullptr);
  EXPECT_FALSE(LocalGraph(*store, RelationFilter{}).uses_snapshot());
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  std::shared_ptr<const Snapshot> rebuilt = Snapshot::OpenFresh(*store);
  ASSERT_NE(rebuilt, nullptr);
  EXPECT_EQ(rebuilt->overlay_entities(), 0u);
  EXPECT_EQ(rebuilt->entity_count(), base->entity_count() + limit + 1);
  EXPECT_EQ(LocalGraph(*store, RelationFilter{}, rebuilt)
                .NameOf(rebuilt->id(
                    static_cast<Snapshot::Index>(rebuilt->entity_count() - 1))),
            "One more");
}

TEST(Snapshot, OverlayBoundIsOnePercentBetweenAThousandAndTwentyThousandRows) {
  struct {
    std::size_t n, m, want;
  } cases[] = {{0, 0, 1000},
               {40, 120, 1000},
               {10000, 100000, 1100},
               {100000, 1000000, 11000},
               {1000000, 10000000, 20000}};
  for (const auto& c : cases)
    EXPECT_EQ(MaxOverlayRows(c.n, c.m), c.want) << c.n;
}

// Issue 6: the overlay is only trusted for a store that grew from the
// file's: a store whose last row reads otherwise (a copy from before the
// file, grown back past its ids) is walked.
TEST(Snapshot, AnOverlayNeedsTheFilesLastRowsUnchanged) {
  kg::testing::TempDir dir;
  const std::string db = dir.File("kg.db");
  std::unique_ptr<Store> store = RandomStore(6, 30, 80, db);
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  AddRandomArticles(*store, 6, 30, 2);
  ASSERT_NE(Snapshot::OpenFresh(*store), nullptr);
  // Rows with explicit ids: past the largest they append; below it they
  // count as a reshape.
  sqlite3* h = store->handle();
  auto sql = [&](const std::string& text) {
    return sqlite3_exec(h, text.c_str(), nullptr, nullptr, nullptr);
  };
  ASSERT_EQ(sql("INSERT INTO entities(id, name, type, key) VALUES(100000, "
                "'Far', 'Company', 'far')"),
            SQLITE_OK)
      << sqlite3_errmsg(h);
  std::shared_ptr<const Snapshot> far = Snapshot::OpenFresh(*store);
  ASSERT_NE(far, nullptr);
  EXPECT_EQ(far->name(far->IndexOf(100000)), "Far");
  ASSERT_EQ(sql("INSERT INTO entities(id, name, type, key) VALUES(99999, "
                "'Low', 'Company', 'low')"),
            SQLITE_OK)
      << sqlite3_errmsg(h);
  EXPECT_EQ(Snapshot::OpenFresh(*store), nullptr);
  ASSERT_TRUE(RefreshSnapshot(*store).ok());
  std::shared_ptr<const Snapshot> snap = Snapshot::OpenFresh(*store);
  ASSERT_NE(snap, nullptr);
  // The file's last entity renamed behind the triggers' back (as in a copy
  // restored from before the file): the overlay is refused.
  ASSERT_EQ(sql("DROP TRIGGER entities_reshaped_update"), SQLITE_OK);
  AddRandomArticles(*store, 7, 30, 1);
  ASSERT_NE(Snapshot::OpenFresh(*store), nullptr);
  const std::string rename =
      "UPDATE entities SET name = 'Renamed' WHERE id = " +
      std::to_string(snap->base_version().max_entity_id);
  ASSERT_EQ(sql(rename), SQLITE_OK);
  EXPECT_EQ(Snapshot::OpenFresh(*store), nullptr);
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
