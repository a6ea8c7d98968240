#pragma once
// Human entity-resolution decisions as Store::AddArticle applies them
// (graph/store_curate.cc), and the small helpers every store writer shares
// (store.cc, store_bulk.cc, store_curate.cc). For graph/*.cc only.

#include <ctime>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/sqlite_internal.h"

struct sqlite3;

namespace kg::curate {

/// Binds a fact's qualifiers to parameters first..first+4 (date, amount,
/// unit, percent, status), the order of every relation and evidence insert.
inline sqlite::Stmt& BindQualifiers(sqlite::Stmt& s, int first, const Qualifiers& q) {
  return s.Bind(first, q.date)
      .Bind(first + 1, q.amount)
      .Bind(first + 2, q.unit)
      .Bind(first + 3, q.percent)
      .Bind(first + 4, q.status);
}


/// The current time as ISO 8601 UTC ("2026-11-26T20:31:20Z").
inline std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

/// The organisation types a generic Organization mention may resolve to.
inline bool IsOrgLike(EntityType t) {
  return t == EntityType::kMinistry || t == EntityType::kAgency ||
         t == EntityType::kCompany || t == EntityType::kOrganization;
}

/// Whether the store has the decisions table (stores made before it lack it).
bool HasDecisionsTable(sqlite3* db);

/// Sets relation ?1's qualifiers to those of its first evidence in the
/// order Store::EvidenceOf lists them (article published date, article id,
/// offset, row), so that they do not depend on the order in which articles
/// were ingested, retracted and ingested again.
inline constexpr const char* kRefreshQualifiersSql =
    "UPDATE relations SET (date, amount, unit, percent, status) = "
    "(SELECT v.date, v.amount, v.unit, v.percent, v.status FROM evidence v "
    "JOIN articles a ON a.id = v.article_id WHERE v.relation_id = ?1 "
    "ORDER BY a.published, a.ext_id, v.start, v.id LIMIT 1) WHERE id = ?1";

/// The decisions table read once per article: cheap when it is empty.
class DecisionIndex {
 public:
  /// Reads every decision; an empty index when the store has no table.
  static DecisionIndex Load(sqlite3* db);

  /// What decisions say about a new mention with these name keys
  /// (keys[0] = the name's key, then its aliases' keys).
  struct Forced {
    bool decided = false;  ///< False: resolve as usual.
    EntityId id = 0;       ///< The entity; 0 = create a new one.
  };
  Forced Resolve(sqlite3* db, const std::vector<std::string>& keys) const;

  /// True when a split decision took alias_key away from entity.
  bool Forbids(sqlite3* db, EntityId entity, std::string_view alias_key) const;

  bool empty() const { return joined_.empty() && split_.empty(); }

 private:
  std::unordered_map<std::string, std::string> joined_;  // other key → name key
  std::set<std::pair<std::string, std::string>> split_;  // (name key, alias key)
  std::unordered_set<std::string> split_off_;            // alias keys split off
};

}  // namespace kg::curate
