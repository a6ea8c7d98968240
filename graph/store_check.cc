// CheckStore: `kg check`, SQLite's own checks plus kg's invariants, and the
// lossless repairs of `kg check --repair`.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "graph/normalize.h"
#include "graph/sqlite_internal.h"
#include "graph/store.h"
#include "graph/store_schema.h"

namespace kg {
namespace {

using sqlite::SqliteError;
using sqlite::Stmt;

/// One invariant: a query whose rows each describe one problem (column 0).
struct Invariant {
  const char* name;  ///< Shown when it passes.
  const char* sql;
};

// Every query returns one text column: the problem, for a person.
constexpr Invariant kInvariants[] = {
    {"every relation has evidence",
     "SELECT printf('relation %d (%s %s %s) has no evidence', r.id, "
     "COALESCE(s.name, '?'), r.relation, COALESCE(o.name, '?')) "
     "FROM relations r LEFT JOIN entities s ON s.id = r.subject_id "
     "LEFT JOIN entities o ON o.id = r.object_id "
     "WHERE NOT EXISTS(SELECT 1 FROM evidence v WHERE v.relation_id = r.id) "
     "ORDER BY r.id"},
    {"every relation links two existing, different entities",
     "SELECT printf('relation %d (%s) links %s', r.id, r.relation, "
     "CASE WHEN r.subject_id = r.object_id THEN 'an entity to itself' "
     "ELSE 'a missing entity' END) FROM relations r "
     "WHERE r.subject_id = r.object_id "
     "OR NOT EXISTS(SELECT 1 FROM entities e WHERE e.id = r.subject_id) "
     "OR NOT EXISTS(SELECT 1 FROM entities e WHERE e.id = r.object_id) "
     "ORDER BY r.id"},
    {"every evidence row has its article",
     "SELECT printf('evidence %d of relation %d names article row %d, which "
     "does not exist', v.id, v.relation_id, v.article_id) FROM evidence v "
     "WHERE NOT EXISTS(SELECT 1 FROM articles a WHERE a.id = v.article_id) "
     "ORDER BY v.id"},
    {"every evidence row has its relation",
     "SELECT printf('evidence %d names relation %d, which does not exist', "
     "v.id, v.relation_id) FROM evidence v "
     "WHERE NOT EXISTS(SELECT 1 FROM relations r WHERE r.id = v.relation_id) "
     "ORDER BY v.id"},
    {"every mention has its article and entity",
     "SELECT printf('mention \"%s\" names a missing %s', m.surface, "
     "CASE WHEN NOT EXISTS(SELECT 1 FROM entities e WHERE e.id = m.entity_id) "
     "THEN printf('entity (row %d)', m.entity_id) "
     "ELSE printf('article (row %d)', m.article_id) END) FROM mentions m "
     "WHERE NOT EXISTS(SELECT 1 FROM articles a WHERE a.id = m.article_id) "
     "OR NOT EXISTS(SELECT 1 FROM entities e WHERE e.id = m.entity_id)"},
    {"every alias resolves to an existing entity",
     "SELECT printf('alias \"%s\" names entity %d, which does not exist', "
     "a.alias, a.entity_id) FROM aliases a "
     "WHERE NOT EXISTS(SELECT 1 FROM entities e WHERE e.id = a.entity_id)"},
    {"every entity has its own name as an alias",
     "SELECT printf('entity %d \"%s\" lacks the alias of its own name', e.id, "
     "e.name) FROM entities e WHERE NOT EXISTS(SELECT 1 FROM aliases a "
     "WHERE a.entity_id = e.id AND a.alias = e.name) ORDER BY e.id"},
};

// An entity no mention and no relation keeps: ingest never leaves one (a
// retraction deletes it), unless a human decision (kg split/alias, the
// decisions table, made on demand) names it — that one is wanted.
std::string OrphanWhere(bool decisions) {
  std::string where =
      "NOT EXISTS(SELECT 1 FROM mentions m WHERE m.entity_id = entities.id) "
      "AND NOT EXISTS(SELECT 1 FROM relations r WHERE r.subject_id = entities.id) "
      "AND NOT EXISTS(SELECT 1 FROM relations r WHERE r.object_id = entities.id)";
  if (decisions)
    where += " AND NOT EXISTS(SELECT 1 FROM decisions d WHERE "
             "d.other_key = entities.key OR d.name_key = entities.key)";
  return where;
}

/// Tables a store gets on demand, so older v1 stores may lack them.
bool MadeOnDemand(std::string_view name) { return name == "decisions"; }

class Checker {
 public:
  Checker(sqlite3* db, const CheckOptions& options, CheckReport& report)
      : db_(db), options_(options), report_(report) {
    Stmt s(db_, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND "
                "name = 'decisions'");
    decisions_ = s.Step();
  }

  void Orphans() {
    std::string sql =
        "SELECT printf('entity %d \"%s\" (%s) has no mention and no relation', "
        "id, name, type) FROM entities WHERE " + OrphanWhere(decisions_) +
        " ORDER BY id";
    Collect("no orphan entity (each is mentioned or related)", sql.c_str());
  }

  /// Adds the rows of sql (one problem per row) under name; true when none.
  bool Collect(const char* name, const char* sql) {
    Stmt s(db_, sql);
    std::size_t n = 0;
    while (s.Step()) {
      if (n < options_.max_listed) report_.problems.push_back(s.Text(0));
      ++n;
    }
    if (n > options_.max_listed)
      report_.problems.push_back(fmt::format(
          "… and {} more of the same kind ({})", n - options_.max_listed, name));
    if (n == 0) report_.passed.push_back(name);
    return n == 0;
  }

  /// PRAGMA integrity_check; false when the file itself is damaged (then
  /// nothing else is checked or repaired).
  bool Integrity() {
    try {
      Stmt s(db_, "PRAGMA integrity_check(100)");
      bool sound = true;
      while (s.Step()) {
        std::string line = s.Text(0);
        if (line == "ok") continue;
        sound = false;
        report_.problems.push_back("integrity_check: " + line);
      }
      if (sound) report_.passed.push_back("SQLite integrity_check");
      return sound;
    } catch (const SqliteError& e) {
      report_.problems.push_back(
          fmt::format("integrity_check: the file is damaged: {}", e.what()));
      return false;
    }
  }

  void ForeignKeys() {
    Stmt s(db_, "PRAGMA foreign_key_check");
    std::map<std::pair<std::string, std::string>, std::size_t> counts;
    while (s.Step()) ++counts[{s.Text(0), s.Text(2)}];
    for (const auto& [tables, n] : counts)
      report_.problems.push_back(
          fmt::format("foreign_key_check: {} row(s) of {} point at missing {}",
                      n, tables.first, tables.second));
    if (counts.empty()) report_.passed.push_back("SQLite foreign_key_check");
  }

  /// application_id, user_version and every table and index of the schema.
  void Schema() {
    std::size_t before = report_.problems.size();
    Stmt app(db_, "PRAGMA application_id");
    app.Step();
    if (app.Int(0) != kApplicationId)
      report_.problems.push_back(fmt::format(
          "application_id is {:#x}, not kg's {:#x}",
          static_cast<unsigned>(app.Int(0)), static_cast<unsigned>(kApplicationId)));
    Stmt version(db_, "PRAGMA user_version");
    version.Step();
    if (version.Int(0) != kSchemaVersion)
      report_.problems.push_back(fmt::format(
          "schema version is {}, this kg knows {}", version.Int(0), kSchemaVersion));
    // What a fresh store has, compared by (type, name).
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(":memory:", &raw,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr);
    sqlite::DbHandle fresh(raw);
    if (rc != SQLITE_OK) throw SqliteError(rc, "cannot open an in-memory database");
    sqlite::Exec(fresh.get(), kSchemaV1);
    for (const MigrationStep& step : MigrationSteps())
      sqlite::Exec(fresh.get(), std::string(step.sql).c_str());
    std::set<std::pair<std::string, std::string>> have;
    Stmt objects(db_, "SELECT type, name FROM sqlite_schema");
    while (objects.Step()) have.emplace(objects.Text(0), objects.Text(1));
    Stmt want(fresh.get(),
              "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE "
              "'sqlite_autoindex%' ORDER BY rowid");
    while (want.Step())
      if (!have.count({want.Text(0), want.Text(1)}) && !MadeOnDemand(want.TextView(1)))
        report_.problems.push_back(
            fmt::format("schema: {} {} is missing", want.Text(0), want.Text(1)));
    if (report_.problems.size() == before)
      report_.passed.push_back(fmt::format(
          "schema version {}, application_id, tables and indexes", kSchemaVersion));
  }

  /// Entity types and relation names outside the vocabulary.
  void Vocabulary() {
    std::size_t before = report_.problems.size();
    Stmt types(db_, "SELECT type, COUNT(*) FROM entities GROUP BY type");
    while (types.Step())
      if (!ParseEntityType(types.TextView(0)))
        report_.problems.push_back(fmt::format(
            "{} entit{} of unknown type \"{}\"", types.Int(1),
            types.Int(1) == 1 ? "y" : "ies", types.Text(0)));
    Stmt names(db_, "SELECT relation, COUNT(*) FROM relations GROUP BY relation");
    while (names.Step())
      if (kg::FindRelation(names.TextView(0)) == nullptr)
        report_.problems.push_back(fmt::format(
            "{} relation(s) named \"{}\", which is not in the vocabulary",
            names.Int(1), names.Text(0)));
    if (report_.problems.size() == before)
      report_.passed.push_back("entity types and relation names are known");
  }

  /// Name keys as this build computes them; stale keys stop names resolving.
  /// With fix, rewrites them and returns how many rows changed.
  std::size_t Keys(bool fix) {
    std::size_t stale = 0;
    std::vector<std::pair<std::int64_t, std::string>> entity_fixes;
    {
      Stmt s(db_, "SELECT id, name, key FROM entities ORDER BY id");
      while (s.Step()) {
        std::string key = NameKey(s.TextView(1));
        if (key == s.TextView(2)) continue;
        if (!fix && stale < options_.max_listed)
          report_.problems.push_back(fmt::format(
              "entity {} \"{}\" has a stale name key", s.Int(0), s.Text(1)));
        ++stale;
        entity_fixes.emplace_back(s.Int(0), std::move(key));
      }
    }
    struct AliasFix {
      std::int64_t entity;
      std::string alias, key;
      int generic;
    };
    std::vector<AliasFix> alias_fixes;
    {
      Stmt s(db_, "SELECT entity_id, alias, key, generic FROM aliases "
                  "ORDER BY entity_id, alias");
      while (s.Step()) {
        std::string key = NameKey(s.TextView(1));
        int generic = IsGenericName(key) ? 1 : 0;
        if (key == s.TextView(2) && generic == s.Int(3)) continue;
        if (!fix && stale < options_.max_listed)
          report_.problems.push_back(fmt::format(
              "alias \"{}\" of entity {} has a stale name key", s.Text(1), s.Int(0)));
        ++stale;
        alias_fixes.push_back({s.Int(0), s.Text(1), std::move(key), generic});
      }
    }
    if (!fix) {
      if (stale > options_.max_listed)
        report_.problems.push_back(fmt::format(
            "… and {} more stale name keys", stale - options_.max_listed));
      if (stale == 0) report_.passed.push_back("name keys are current");
      return stale;
    }
    Stmt e(db_, "UPDATE entities SET key = ?2 WHERE id = ?1");
    for (const auto& [id, key] : entity_fixes) {
      e.Bind(1, id).Bind(2, key);
      e.Exec();
    }
    Stmt a(db_, "UPDATE aliases SET key = ?3, generic = ?4 "
                "WHERE entity_id = ?1 AND alias = ?2");
    for (const AliasFix& f : alias_fixes) {
      a.Bind(1, f.entity).Bind(2, f.alias).Bind(3, f.key).Bind(4, f.generic);
      a.Exec();
    }
    return stale;
  }

  /// Runs sql (a DELETE or INSERT) and returns the rows it changed.
  std::size_t Change(const char* sql) {
    sqlite::Exec(db_, sql);
    return static_cast<std::size_t>(sqlite3_changes(db_));
  }

  /// The lossless repairs, in one transaction: the store afterwards is what
  /// ingesting its articles again would give for the rows touched.
  void Repair() {
    sqlite::Transaction txn(db_);
    auto say = [&](std::size_t n, std::string_view what) {
      if (n > 0) report_.repaired.push_back(fmt::format("{} {}", n, what));
    };
    say(Change("DELETE FROM aliases WHERE NOT EXISTS(SELECT 1 FROM entities e "
               "WHERE e.id = aliases.entity_id)"),
        "alias row(s) of missing entities deleted");
    say(Change("DELETE FROM mentions WHERE NOT EXISTS(SELECT 1 FROM entities e "
               "WHERE e.id = mentions.entity_id) OR NOT EXISTS(SELECT 1 FROM "
               "articles a WHERE a.id = mentions.article_id)"),
        "mention row(s) of missing entities or articles deleted");
    std::vector<std::string> orphans;
    {
      std::string sql = "SELECT printf('\"%s\" (%s)', name, type) FROM entities "
                        "WHERE " + OrphanWhere(decisions_) + " ORDER BY id";
      Stmt s(db_, sql);
      while (s.Step()) orphans.push_back(s.Text(0));
    }
    std::size_t n = Change(("DELETE FROM entities WHERE " + OrphanWhere(decisions_)).c_str());
    if (n > 0) {
      std::string names;
      for (std::size_t i = 0; i < orphans.size() && i < options_.max_listed; ++i)
        names += (i ? ", " : "") + orphans[i];
      if (orphans.size() > options_.max_listed)
        names += fmt::format(", … {} more", orphans.size() - options_.max_listed);
      report_.repaired.push_back(fmt::format(
          "{} orphan entit{} (no mention, no relation) deleted with {} aliases: {}",
          n, n == 1 ? "y" : "ies", n == 1 ? "its" : "their", names));
    }
    // The key of a missing name alias is fixed by Keys() just below.
    say(Change("INSERT INTO aliases(entity_id, alias, key, generic) "
               "SELECT id, name, '', 0 FROM entities e WHERE NOT EXISTS("
               "SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.alias = e.name)"),
        "missing alias row(s) of entity names added");
    say(Keys(true), "stale name key(s) recomputed");
    txn.Commit();
  }

 private:
  sqlite3* db_;
  const CheckOptions& options_;
  CheckReport& report_;
  bool decisions_ = false;
};

}  // namespace

CheckReport CheckStore(Store& store, const CheckOptions& options) {
  CheckReport report;
  Checker c(store.handle(), options, report);
  if (!c.Integrity()) return report;  // a damaged file: repair nothing
  if (options.repair) c.Repair();
  c.ForeignKeys();
  c.Schema();
  c.Vocabulary();
  for (const Invariant& inv : kInvariants) c.Collect(inv.name, inv.sql);
  c.Orphans();
  c.Keys(false);
  return report;
}

}  // namespace kg
