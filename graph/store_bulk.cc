// Store::ImportTables: AddArticle's result on an empty store, written in
// bulk (`kg import`).
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <set>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/curate_internal.h"
#include "graph/name_order_internal.h"
#include "graph/normalize.h"
#include "graph/sqlite_internal.h"
#include "graph/store.h"

namespace kg {

using sqlite::Stmt;

namespace {

// True when the store holds no article, no entity and no decision, so that
// resolving an article against it only meets the article's own entities.
bool IsEmpty(sqlite3* db) {
  Stmt s(
      db,
      "SELECT EXISTS(SELECT 1 FROM articles) OR EXISTS(SELECT 1 FROM entities) "
      "OR EXISTS(SELECT 1 FROM relations)");
  s.Step();
  if (s.Int(0) != 0) return false;
  s.Reset();
  if (!curate::HasDecisionsTable(db)) return true;
  Stmt any(db, "SELECT EXISTS(SELECT 1 FROM decisions)");
  any.Step();
  return any.Int(0) == 0;
}

// One entity as AddArticle would leave it, resolved in memory.
struct BulkEntity {
  std::string name;
  EntityType type;
  std::string key;
  std::string attributes;
  std::vector<std::pair<std::string, std::string>>
      aliases;  // (surface, key), in insert order
};

}  // namespace

AddResult Store::ImportTables(const GraphTables& t) {
  sqlite3* db = handle();
  if (!IsEmpty(db)) return AddArticle(t.ToArticle());
  const ArticleDoc& a = t.article;
  AddResult result;

  // ---- resolve the article's entities against each other, as AddArticle
  // resolves them against a store that holds only the ones before.
  std::vector<BulkEntity> entities;
  std::unordered_map<std::string,
                     std::vector<std::pair<std::size_t, std::size_t>>>
      by_key;  // non-generic alias key → (entity index, alias position)
  std::vector<std::size_t> chosen_of(a.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const DocEntity& e = a.entities[i];
    std::string name_key = NameKey(e.name);
    std::vector<std::string> keys = {name_key};
    for (const std::string& al : e.aliases) {
      std::string k = NameKey(al);
      if (!IsGenericName(k)) keys.push_back(std::move(k));
    }
    // (rank, entity index): rank 0 own-name match, 1 alias of the name key,
    // 2 an alias key.
    std::vector<std::pair<int, std::size_t>> cands;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      auto it = by_key.find(keys[k]);
      if (it == by_key.end()) continue;
      for (const auto& [idx, pos] : it->second) {
        bool exact = entities[idx].key == keys[k];
        cands.emplace_back(k == 0 && exact ? 0 : (k == 0 ? 1 : 2), idx);
      }
    }
    std::sort(cands.begin(), cands.end());
    std::size_t chosen = SIZE_MAX;
    for (const auto& [rank, idx] : cands)
      if (entities[idx].type == e.type) {
        chosen = idx;
        break;
      }
    if (chosen == SIZE_MAX) {
      for (const auto& [rank, idx] : cands) {
        EntityType stored = entities[idx].type;
        if (e.type == EntityType::kOrganization && curate::IsOrgLike(stored)) {
          chosen = idx;
          break;
        }
        if (stored == EntityType::kOrganization && curate::IsOrgLike(e.type)) {
          chosen = idx;
          entities[idx].type = e.type;
          break;
        }
      }
    }
    if (chosen == SIZE_MAX) {
      chosen = entities.size();
      entities.push_back(
          BulkEntity{e.name,
                     e.type,
                     name_key,
                     e.attributes_json.empty() ? "{}" : e.attributes_json,
                     {}});
      ++result.new_entities;
    }
    chosen_of[i] = chosen;
    auto add_alias = [&](const std::string& surface) {
      auto& list = entities[chosen].aliases;
      for (const auto& [s, k] : list)
        if (s == surface) return;  // INSERT OR IGNORE
      std::string k = NameKey(surface);
      if (!IsGenericName(k)) by_key[k].emplace_back(chosen, list.size());
      list.emplace_back(surface, std::move(k));
    };
    add_alias(e.name);
    for (const std::string& al : e.aliases) add_alias(al);
  }

  // ---- write in one transaction: triggers and the indexes that would grow
  // at random places go during the load and are made again from their own
  // SQL after it (evidence's indexes stay: see below). Foreign keys hold by
  // construction (every id was just written), so they are not checked row
  // by row; the cache holds an M-size store (1M facts) during the load.
  sqlite::Exec(db, "PRAGMA synchronous = OFF");
  sqlite::Exec(db, "PRAGMA foreign_keys = OFF");
  sqlite::Exec(db, "PRAGMA cache_size = -524288");
  sqlite::Exec(db, "PRAGMA threads = 2");  // CREATE INDEX sorts on two cores
  struct Restore {
    sqlite3* db;
    ~Restore() {
      sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr,
                   nullptr);
      sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
      sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
      sqlite3_exec(db, "PRAGMA threads = 0", nullptr, nullptr, nullptr);
    }
  } restore{db};
  sqlite::Transaction txn(db);
  std::vector<std::string> recreate;
  {
    Stmt s(
        db,
        "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND "
        "((type = 'index' AND tbl_name IN ('entities', 'aliases', 'mentions', "
        "'relations')) OR (type = 'trigger' AND tbl_name IN "
        "('entities', 'aliases', 'relations', 'evidence'))) ORDER BY rowid");
    std::vector<std::pair<std::string, std::string>> drop;
    while (s.Step()) {
      drop.emplace_back(s.Text(0), s.Text(1));
      recreate.push_back(s.Text(2));
    }
    s.Reset();
    for (const auto& [type, name] : drop)
      sqlite::Exec(db, fmt::format("DROP {} \"{}\"", type, name).c_str());
  }

  Stmt insert_article(
      db,
      "INSERT INTO articles(ext_id, title, url, source, published, "
      "content_hash, ingested_at, text) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
  insert_article.Bind(1, a.id)
      .Bind(2, a.title)
      .Bind(3, a.url)
      .Bind(4, a.source)
      .Bind(5, a.published)
      .Bind(6, a.content_hash)
      .Bind(7, curate::NowUtc())
      .Bind(8, a.text);
  insert_article.Exec();
  const std::int64_t article_row = sqlite3_last_insert_rowid(db);

  Stmt insert_entity(
      db,
      "INSERT INTO entities(name, type, key, attributes, first_seen, "
      "last_seen) VALUES(?1,?2,?3,?4,?5,?5)");
  Stmt insert_alias(
      db,
      "INSERT OR IGNORE INTO aliases(entity_id, alias, key, generic) "
      "VALUES(?1,?2,?3,?4)");
  std::vector<EntityId> ids(entities.size());
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const BulkEntity& e = entities[i];
    insert_entity.Bind(1, e.name)
        .Bind(2, EntityTypeName(e.type))
        .Bind(3, e.key)
        .Bind(4, e.attributes)
        .Bind(5, a.published);
    insert_entity.Exec();
    ids[i] = sqlite3_last_insert_rowid(db);
    for (const auto& [surface, key] : e.aliases) {
      insert_alias.Bind(1, ids[i])
          .Bind(2, surface)
          .Bind(3, key)
          .Bind(4, IsGenericName(key) ? 1 : 0);
      insert_alias.Exec();
    }
  }
  Stmt insert_mention(
      db,
      "INSERT INTO mentions(article_id, entity_id, surface, start, end) "
      "VALUES(?1,?2,?3,?4,?5)");
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const DocEntity& e = a.entities[i];
    const EntityId id = ids[chosen_of[i]];
    // As AddArticle: one mention per span, and one without a span for each
    // name the article gives that no span spells (what keeps that alias
    // alive when another article that gave it is retracted).
    std::set<std::string> spelled;
    for (Span s : e.mentions) {
      std::string surface = s.end <= a.text.size()
                                ? a.text.substr(s.begin, s.end - s.begin)
                                : e.name;
      spelled.insert(NameKey(surface));
      insert_mention.Bind(1, article_row)
          .Bind(2, id)
          .Bind(3, surface)
          .Bind(4, s.begin)
          .Bind(5, s.end);
      insert_mention.Exec();
    }
    auto unspelled = [&](const std::string& surface) {
      if (!spelled.insert(NameKey(surface)).second) return;
      insert_mention.Bind(1, article_row)
          .Bind(2, id)
          .Bind(3, surface)
          .BindNull(4)
          .BindNull(5);
      insert_mention.Exec();
    };
    unspelled(e.name);
    for (const std::string& al : e.aliases) unspelled(al);
  }

  // ---- the facts. A fact repeated (or stated again in the other direction,
  // for a symmetric relation) joins the first occurrence's relation. The
  // facts are sorted by (subject, relation name, object, line), 16 bytes a
  // fact where a hash map of ten million would take gigabytes, and the
  // relations are written in that order: the order of their
  // UNIQUE(subject_id, relation, object_id) index, which then grows at its
  // end instead of at random places (at L the index no longer fits the page
  // cache). So relation ids follow that order, not the file's (AddArticle
  // numbers them by first occurrence); evidence rows follow the file.
  const std::size_t n = t.facts.size();
  std::span<const RelationSpec> vocabulary = RelationVocabulary();
  // By name, as SQLite sorts (the vocabulary has far fewer than 0xffff).
  const std::vector<std::uint32_t> name_rank = NameRanks(
      vocabulary.size(), [&](std::size_t c) { return vocabulary[c].name; });
  struct FactKey {
    std::uint32_t s, o, index;
    std::uint16_t relation;
  };
  std::vector<FactKey> keys;
  keys.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    const TableFact& f = t.facts[i];
    auto s = static_cast<std::uint32_t>(chosen_of[f.subject]);
    auto o = static_cast<std::uint32_t>(chosen_of[f.object]);
    if (s == o) continue;  // two names resolved to one entity
    if (f.relation->symmetric && o < s) std::swap(s, o);
    const auto code = static_cast<std::size_t>(f.relation - vocabulary.data());
    keys.push_back(FactKey{s, o, static_cast<std::uint32_t>(i),
                           static_cast<std::uint16_t>(name_rank[code])});
  }
  std::sort(keys.begin(), keys.end(), [](const FactKey& x, const FactKey& y) {
    return std::tie(x.s, x.relation, x.o, x.index) < std::tie(y.s, y.relation, y.o, y.index);
  });
  // Relations, then their evidence, kRowsPerInsert rows to a statement. The
  // relations go in the order of their UNIQUE index and the evidence in the
  // order of relation_id (within a relation, file order), so each of those
  // indexes and both evidence indexes grow at their end and are kept during
  // the load instead of being sorted again after it. A group's first fact in
  // the file gives the relation its qualifiers, as AddArticle's refresh
  // picks them within one article. The store is empty, so the relation ids
  // are 1, 2, … in order.
  {
    constexpr std::size_t kRows = sqlite::kRowsPerInsert;
    static const std::vector<std::string> relation_sql = sqlite::MultiRowSql(
        "INSERT INTO relations(id, subject_id, relation, object_id, date, "
        "amount, unit, percent, status) VALUES",
        9);
    static const std::vector<std::string> evidence_sql = sqlite::MultiRowSql(
        "INSERT INTO evidence(relation_id, article_id, sentence, date, amount, "
        "unit, percent, status, start, end, rule, attributes) VALUES",
        8, ",NULL,NULL,'import','{}'");
    // Writes rows 0 … count-1 through `sql`; bind(statement, first
    // parameter, row) binds one row.
    auto insert_rows = [&](const std::vector<std::string>& sql, std::size_t count,
                           std::size_t columns, const auto& bind) {
      Stmt full(db, sql[kRows].c_str());
      for (std::size_t done = 0; done < count;) {
        const std::size_t rows = std::min(kRows, count - done);
        std::optional<Stmt> partial;
        if (rows < kRows) partial.emplace(db, sql[rows].c_str());
        Stmt& st = partial ? *partial : full;
        for (std::size_t r = 0; r < rows; ++r)
          bind(st, static_cast<int>(r * columns) + 1, done + r);
        st.Exec();
        done += rows;
      }
    };
    std::vector<std::size_t> firsts;  // each relation's first fact in keys
    std::vector<RelationId> relation_id(keys.size());
    for (std::size_t k = 0; k < keys.size(); ++k) {
      const FactKey& key = keys[k];
      if (k == 0 || key.s != keys[k - 1].s || key.o != keys[k - 1].o ||
          key.relation != keys[k - 1].relation)
        firsts.push_back(k);
      relation_id[k] = static_cast<RelationId>(firsts.size());
    }
    result.new_relations += static_cast<int>(firsts.size());
    insert_rows(relation_sql, firsts.size(), 9, [&](Stmt& st, int c, std::size_t i) {
      const FactKey& key = keys[firsts[i]];
      const TableFact& f = t.facts[key.index];
      st.Bind(c, static_cast<RelationId>(i + 1))
          .Bind(c + 1, ids[key.s])
          .Bind(c + 2, f.relation->name)
          .Bind(c + 3, ids[key.o]);
      curate::BindQualifiers(st, c + 4, t.qualifiers[f.qualifiers]);
    });
    insert_rows(evidence_sql, keys.size(), 8, [&](Stmt& st, int c, std::size_t k) {
      const TableFact& f = t.facts[keys[k].index];
      st.Bind(c, relation_id[k]).Bind(c + 1, article_row).Bind(c + 2, t.Evidence(keys[k].index));
      curate::BindQualifiers(st, c + 3, t.qualifiers[f.qualifiers]);
    });
  }
  std::vector<FactKey>().swap(keys);

  // What the dropped triggers would have written, in one statement each.
  sqlite::Exec(
      db,
      "INSERT INTO entity_fts(rowid, name, aliases) SELECT e.id, e.name, "
      "COALESCE((SELECT group_concat(alias, ' | ') FROM aliases "
      "WHERE entity_id = e.id), '') FROM entities e ORDER BY e.id");
  sqlite::Exec(db,
               "INSERT INTO evidence_fts(rowid, sentence) SELECT id, sentence "
               "FROM evidence WHERE rule <> 'import' ORDER BY id");
  for (const std::string& sql : recreate) sqlite::Exec(db, sql.c_str());
  sqlite::Exec(db,
               "UPDATE meta SET value = value + 1 WHERE key = 'generation'");
  txn.Commit();
  return result;
}

}  // namespace kg
