// Store curation: merge, alias, split, and the decisions table that makes
// later articles follow them (see graph/curate_internal.h).
#include <algorithm>
#include <ctime>
#include <set>

#include <fmt/format.h>

#include "graph/curate_internal.h"
#include "graph/normalize.h"
#include "graph/sqlite_internal.h"
#include "graph/store.h"

namespace kg {

using sqlite::Stmt;

namespace {

/// Stores made before the table existed get it on their first decision.
void EnsureDecisions(sqlite3* db) {
  sqlite::Exec(db,
               "CREATE TABLE IF NOT EXISTS decisions(id INTEGER PRIMARY KEY, "
               "kind TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL, "
               "other TEXT NOT NULL, other_key TEXT NOT NULL, made_at TEXT NOT NULL)");
}

struct Row {
  EntityId id = 0;
  std::string name;
  std::string type;
  std::string key;
};

std::optional<Row> EntityRow(sqlite3* db, EntityId id) {
  Stmt s(db, "SELECT id, name, type, key FROM entities WHERE id = ?1");
  s.Bind(1, id);
  if (!s.Step()) return std::nullopt;
  return Row{s.Int(0), s.Text(1), s.Text(2), s.Text(3)};
}

/// The entity a name key means now: its canonical key, else a non-generic
/// alias; the lowest id wins. 0 when none.
EntityId EntityByKey(sqlite3* db, std::string_view key) {
  Stmt c(db, "SELECT id FROM entities WHERE key = ?1 ORDER BY id LIMIT 1");
  c.Bind(1, key);
  if (c.Step()) return c.Int(0);
  Stmt a(db, "SELECT entity_id FROM aliases WHERE key = ?1 AND generic = 0 "
             "ORDER BY entity_id LIMIT 1");
  a.Bind(1, key);
  return a.Step() ? a.Int(0) : 0;
}

void Record(sqlite3* db, std::string_view kind, const Row& who,
            std::string_view other, std::string_view other_key) {
  EnsureDecisions(db);
  // A newer decision about a name replaces every older one about it.
  Stmt del(db, "DELETE FROM decisions WHERE other_key = ?1");
  del.Bind(1, other_key).Exec();
  Stmt ins(db, "INSERT INTO decisions(kind, name, name_key, other, other_key, made_at) "
               "VALUES(?1,?2,?3,?4,?5,?6)");
  ins.Bind(1, kind).Bind(2, who.name).Bind(3, who.key).Bind(4, other)
      .Bind(5, other_key).Bind(6, curate::NowUtc()).Exec();
}

}  // namespace

namespace curate {

bool HasDecisionsTable(sqlite3* db) {
  Stmt s(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'decisions'");
  return s.Step();
}

DecisionIndex DecisionIndex::Load(sqlite3* db) {
  DecisionIndex d;
  if (!curate::HasDecisionsTable(db)) return d;
  Stmt s(db, "SELECT kind, name_key, other_key FROM decisions ORDER BY id");
  while (s.Step()) {
    std::string kind = s.Text(0);
    if (kind == "split") {
      d.split_.emplace(s.Text(1), s.Text(2));
      d.split_off_.insert(s.Text(2));
    } else {
      d.joined_[s.Text(2)] = s.Text(1);
    }
  }
  return d;
}

DecisionIndex::Forced DecisionIndex::Resolve(
    sqlite3* db, const std::vector<std::string>& keys) const {
  Forced f;
  if (empty() || keys.empty()) return f;
  if (split_off_.count(keys[0])) {
    // A name split off by hand is its own entity, never its old owner's.
    f.decided = true;
    Stmt c(db, "SELECT id FROM entities WHERE key = ?1 ORDER BY id LIMIT 1");
    c.Bind(1, keys[0]);
    if (c.Step()) f.id = c.Int(0);
    return f;
  }
  for (const std::string& k : keys) {
    auto it = joined_.find(k);
    if (it == joined_.end()) continue;
    std::string target = it->second;
    for (int hops = 0; hops < 16; ++hops) {  // merges of merges
      auto next = joined_.find(target);
      if (next == joined_.end() || next->second == target) break;
      target = next->second;
    }
    EntityId id = EntityByKey(db, target);
    if (id != 0) {
      f.decided = true;
      f.id = id;
      return f;
    }
  }
  return f;
}

bool DecisionIndex::Forbids(sqlite3* db, EntityId entity,
                            std::string_view alias_key) const {
  if (split_.empty() || !split_off_.count(std::string(alias_key))) return false;
  std::optional<Row> r = EntityRow(db, entity);
  return r && split_.count({r->key, std::string(alias_key)}) > 0;
}

}  // namespace curate

Result<MergeReport> Store::MergeEntities(EntityId keep_id, EntityId gone_id) {
  sqlite3* db = handle();
  if (keep_id == gone_id)
    return Status::InvalidInput("cannot merge an entity into itself");
  std::optional<Row> keep = EntityRow(db, keep_id);
  std::optional<Row> gone = EntityRow(db, gone_id);
  if (!keep || !gone) return Status::NotFound("no such entity");
  sqlite::Transaction txn(db);
  MergeReport rep;
  Stmt aliases(db, "INSERT OR IGNORE INTO aliases(entity_id, alias, key, generic) "
                   "SELECT ?1, alias, key, generic FROM aliases WHERE entity_id = ?2");
  aliases.Bind(1, keep_id).Bind(2, gone_id).Exec();
  rep.aliases = sqlite3_changes(db);
  Stmt mentions(db, "UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2");
  mentions.Bind(1, keep_id).Bind(2, gone_id).Exec();
  rep.mentions = sqlite3_changes(db);

  struct Rel {
    RelationId id;
    EntityId s;
    std::string relation;
    EntityId o;
  };
  std::vector<Rel> rels;
  {
    Stmt s(db, "SELECT id, subject_id, relation, object_id FROM relations "
               "WHERE subject_id = ?1 OR object_id = ?1 ORDER BY id");
    s.Bind(1, gone_id);
    while (s.Step()) rels.push_back(Rel{s.Int(0), s.Int(1), s.Text(2), s.Int(3)});
  }
  Stmt find(db, "SELECT id FROM relations WHERE subject_id = ?1 AND relation = ?2 "
                "AND object_id = ?3 AND id <> ?4");
  Stmt move_ev(db, "UPDATE evidence SET relation_id = ?1 WHERE relation_id = ?2");
  Stmt del(db, "DELETE FROM relations WHERE id = ?1");
  Stmt repoint(db, "UPDATE relations SET subject_id = ?2, object_id = ?3 WHERE id = ?1");
  for (Rel& r : rels) {
    EntityId s = r.s == gone_id ? keep_id : r.s;
    EntityId o = r.o == gone_id ? keep_id : r.o;
    if (s == o) {  // a fact between the two: says nothing about one entity
      del.Reset();
      del.Bind(1, r.id).Exec();
      ++rep.relations_dropped;
      continue;
    }
    const RelationSpec* spec = kg::FindRelation(r.relation);
    if (spec != nullptr && spec->symmetric && o < s) std::swap(s, o);
    find.Reset();
    find.Bind(1, s).Bind(2, r.relation).Bind(3, o).Bind(4, r.id);
    if (find.Step()) {  // the same fact already known of keep: one edge
      RelationId into = find.Int(0);
      find.Reset();
      move_ev.Reset();
      move_ev.Bind(1, into).Bind(2, r.id).Exec();
      del.Reset();
      del.Bind(1, r.id).Exec();
      Stmt(db, curate::kRefreshQualifiersSql).Bind(1, into).Exec();
      ++rep.relations_folded;
    } else {
      find.Reset();
      repoint.Reset();
      repoint.Bind(1, r.id).Bind(2, s).Bind(3, o).Exec();
      ++rep.relations_moved;
    }
  }
  Stmt seen(db,
            "UPDATE entities SET "
            "first_seen = (SELECT CASE WHEN k.first_seen = '' THEN g.first_seen "
            "WHEN g.first_seen = '' OR k.first_seen <= g.first_seen THEN k.first_seen "
            "ELSE g.first_seen END FROM entities k, entities g WHERE k.id = ?1 AND g.id = ?2), "
            "last_seen = (SELECT MAX(k.last_seen, g.last_seen) FROM entities k, "
            "entities g WHERE k.id = ?1 AND g.id = ?2) WHERE id = ?1");
  seen.Bind(1, keep_id).Bind(2, gone_id).Exec();
  Stmt del_entity(db, "DELETE FROM entities WHERE id = ?1");
  del_entity.Bind(1, gone_id).Exec();
  Record(db, "merge", *keep, gone->name, gone->key);
  txn.Commit();
  return rep;
}

Status Store::AddAlias(EntityId id, std::string_view alias) {
  sqlite3* db = handle();
  std::optional<Row> who = EntityRow(db, id);
  if (!who) return Status::NotFound("no such entity");
  std::string surface = CleanName(alias);
  std::string key = NameKey(surface);
  if (IsGenericName(key))
    return Status::InvalidInput(fmt::format(
        "\"{}\" is too generic to name one entity", surface));
  {
    Stmt other(db, "SELECT name FROM entities WHERE key = ?1 AND id <> ?2");
    other.Bind(1, key).Bind(2, id);
    if (other.Step())
      return Status::InvalidInput(fmt::format(
          "\"{}\" is the name of another entity; use `kg merge \"{}\" \"{}\"` "
          "to make them one", other.Text(0), who->name, other.Text(0)));
  }
  sqlite::Transaction txn(db);
  Stmt ins(db, "INSERT OR IGNORE INTO aliases(entity_id, alias, key, generic) "
               "VALUES(?1,?2,?3,0)");
  ins.Bind(1, id).Bind(2, surface).Bind(3, key).Exec();
  Record(db, "alias", *who, surface, key);
  txn.Commit();
  return Status::Ok();
}

Result<SplitReport> Store::SplitAlias(EntityId id, std::string_view alias) {
  sqlite3* db = handle();
  std::optional<Row> who = EntityRow(db, id);
  if (!who) return Status::NotFound("no such entity");
  std::string key = NameKey(alias);
  if (key == who->key)
    return Status::InvalidInput(fmt::format(
        "\"{}\" is the name of {} itself, not an alias to split off", alias, who->name));
  std::string surface;
  {
    Stmt a(db, "SELECT alias FROM aliases WHERE entity_id = ?1 AND key = ?2 "
               "ORDER BY alias LIMIT 1");
    a.Bind(1, id).Bind(2, key);
    if (!a.Step())
      return Status::NotFound(fmt::format("\"{}\" is not an alias of {}", alias,
                                          who->name));
    surface = a.Text(0);
  }
  sqlite::Transaction txn(db);
  SplitReport rep;
  Stmt del(db, "DELETE FROM aliases WHERE entity_id = ?1 AND key = ?2");
  del.Bind(1, id).Bind(2, key).Exec();
  Stmt ins(db, "INSERT INTO entities(name, type, key) VALUES(?1,?2,?3)");
  ins.Bind(1, surface).Bind(2, who->type).Bind(3, key).Exec();
  const EntityId fresh = sqlite3_last_insert_rowid(db);
  rep.fresh = fresh;
  Stmt al(db, "INSERT OR IGNORE INTO aliases(entity_id, alias, key, generic) "
              "VALUES(?1,?2,?3,0)");
  al.Bind(1, fresh).Bind(2, surface).Bind(3, key).Exec();

  // Mentions written with that surface form go with it.
  std::vector<std::int64_t> moved;
  {
    Stmt m(db, "SELECT rowid, surface FROM mentions WHERE entity_id = ?1");
    m.Bind(1, id);
    while (m.Step())
      if (NameKey(m.TextView(1)) == key) moved.push_back(m.Int(0));
  }
  Stmt mv(db, "UPDATE mentions SET entity_id = ?1 WHERE rowid = ?2");
  for (std::int64_t r : moved) {
    mv.Reset();
    mv.Bind(1, fresh).Bind(2, r).Exec();
  }
  rep.mentions = static_cast<int>(moved.size());

  // Evidence goes with the name its sentence uses: a sentence that names the
  // entity only by the split-off name (mention spans inside the sentence's
  // span) states a fact of the new entity; one that also or only uses the
  // other names stays. Without spans, the article decides the same way.
  struct Ev {
    std::int64_t id;
    RelationId relation;
    EntityId subject;
    std::string name;
    EntityId object;
  };
  std::vector<Ev> to_move;
  {
    // Per evidence row: mentions of the new and of the old entity inside
    // its sentence (spans known), then in its whole article.
    constexpr const char* kCount =
        "(SELECT COUNT(*) FROM mentions m WHERE m.article_id = v.article_id "
        "AND m.entity_id = ?{} {})";
    constexpr const char* kInside =
        "AND v.start IS NOT NULL AND m.start IS NOT NULL AND m.start >= v.start "
        "AND m.end <= v.end";
    Stmt ev(db, fmt::format(
                    "SELECT v.id, r.id, r.subject_id, r.relation, r.object_id, "
                    "{}, {}, {}, {} FROM relations r "
                    "JOIN evidence v ON v.relation_id = r.id "
                    "WHERE r.subject_id = ?1 OR r.object_id = ?1 ORDER BY v.id",
                    fmt::format(kCount, 2, kInside), fmt::format(kCount, 1, kInside),
                    fmt::format(kCount, 2, ""), fmt::format(kCount, 1, "")));
    ev.Bind(1, id).Bind(2, fresh);
    while (ev.Step()) {
      const bool by_sentence = ev.Int(5) + ev.Int(6) > 0;
      const std::int64_t mine = by_sentence ? ev.Int(5) : ev.Int(7);
      const std::int64_t theirs = by_sentence ? ev.Int(6) : ev.Int(8);
      if (mine > 0 && theirs == 0)
        to_move.push_back(Ev{ev.Int(0), ev.Int(1), ev.Int(2), ev.Text(3), ev.Int(4)});
    }
  }
  Stmt find(db, "SELECT id FROM relations WHERE subject_id = ?1 AND relation = ?2 "
                "AND object_id = ?3");
  Stmt add(db, "INSERT INTO relations(subject_id, relation, object_id) VALUES(?1,?2,?3)");
  Stmt point(db, "UPDATE evidence SET relation_id = ?1 WHERE id = ?2");
  std::set<RelationId> touched, gained;
  for (const Ev& e : to_move) {
    EntityId s = e.subject == id ? fresh : e.subject;
    EntityId o = e.object == id ? fresh : e.object;
    const RelationSpec* spec = kg::FindRelation(e.name);
    if (spec != nullptr && spec->symmetric && o < s) std::swap(s, o);
    find.Reset();
    find.Bind(1, s).Bind(2, e.name).Bind(3, o);
    RelationId into = 0;
    if (find.Step()) into = find.Int(0);
    find.Reset();
    if (into == 0) {
      add.Reset();
      add.Bind(1, s).Bind(2, e.name).Bind(3, o).Exec();
      into = sqlite3_last_insert_rowid(db);
    }
    gained.insert(into);
    point.Reset();
    point.Bind(1, into).Bind(2, e.id).Exec();
    touched.insert(into);
    touched.insert(e.relation);
    ++rep.evidence;
  }
  rep.relations = static_cast<int>(gained.size());
  Stmt left(db, "SELECT EXISTS(SELECT 1 FROM evidence WHERE relation_id = ?1)");
  Stmt drop(db, "DELETE FROM relations WHERE id = ?1");
  Stmt refresh(db, curate::kRefreshQualifiersSql);
  for (RelationId r : touched) {
    left.Reset();
    left.Bind(1, r);
    left.Step();
    if (left.Int(0) == 0) {
      drop.Reset();
      drop.Bind(1, r).Exec();
      ++rep.relations_emptied;
    } else {
      refresh.Reset();
      refresh.Bind(1, r).Exec();
    }
  }

  Stmt seen(db,
            "UPDATE entities SET "
            "first_seen = COALESCE((SELECT MIN(a.published) FROM mentions m JOIN "
            "articles a ON a.id = m.article_id WHERE m.entity_id = ?1 AND "
            "a.published <> ''), ''), "
            "last_seen = COALESCE((SELECT MAX(a.published) FROM mentions m JOIN "
            "articles a ON a.id = m.article_id WHERE m.entity_id = ?1), '') "
            "WHERE id = ?1");
  seen.Bind(1, fresh).Exec();
  seen.Reset();
  seen.Bind(1, id).Exec();
  Record(db, "split", *who, surface, key);
  txn.Commit();
  return rep;
}

std::vector<Decision> Store::Decisions() const {
  sqlite3* db = handle();
  std::vector<Decision> out;
  if (!curate::HasDecisionsTable(db)) return out;
  Stmt s(db, "SELECT kind, name, other, made_at FROM decisions ORDER BY id");
  while (s.Step()) out.push_back(Decision{s.Text(0), s.Text(1), s.Text(2), s.Text(3)});
  return out;
}

}  // namespace kg
