// Store reads for kg match, kg search and the time filters (store.h,
// "query support"). Kept apart from store.cc so that the writers there and
// these readers change independently.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "graph/sqlite_internal.h"
#include "graph/store.h"

namespace kg {

using sqlite::Stmt;

namespace {

// The same columns and reader as store.cc's kRelationColumns/ReadRelation.
constexpr const char* kColumns =
    "r.id, r.subject_id, r.relation, r.object_id, r.date, r.amount, r.unit, "
    "r.percent, r.status, (SELECT COUNT(DISTINCT article_id) FROM evidence v "
    "WHERE v.relation_id = r.id)";

Relation ReadRelationRow(const Stmt& s) {
  Relation r;
  r.id = s.Int(0);
  r.subject = s.Int(1);
  r.relation = s.Text(2);
  r.object = s.Int(3);
  r.qualifiers.date = s.Text(4);
  r.qualifiers.amount = s.Text(5);
  r.qualifiers.unit = s.Text(6);
  r.qualifiers.percent = s.Text(7);
  r.qualifiers.status = s.Text(8);
  r.sources = static_cast<int>(s.Int(9));
  return r;
}

// An evidence row's date: the sentence's, else its article's. A bound B
// admits a date D when D <= B || '~' (as of) or D || '~' >= B (since):
// '~' sorts after every digit and '-', so a partial date stands for its
// whole period on either side.
constexpr const char* kTimeCondition =
    "(CASE WHEN v.date <> '' THEN v.date ELSE a.published END) <> '' AND "
    "(?2 = '' OR (CASE WHEN v.date <> '' THEN v.date ELSE a.published END) "
    "<= ?2 || '~') AND "
    "(?3 = '' OR (CASE WHEN v.date <> '' THEN v.date ELSE a.published END) "
    "|| '~' >= ?3)";

bool NameAllowed(const RelationFilter& f, const std::string& relation) {
  return f.relations.empty() ||
         std::find(f.relations.begin(), f.relations.end(), relation) !=
             f.relations.end();
}

/// text as an FTS5 query: every word quoted (so "U.S." or "rare-earth" need
/// no FTS5 syntax), all required; a trailing * keeps a word a prefix.
std::string FtsQuery(std::string_view text) {
  std::string q;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'))
      ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n')
      ++j;
    std::string_view word = text.substr(i, j - i);
    i = j;
    bool prefix = false;
    while (!word.empty() && word.back() == '*') {
      prefix = true;
      word.remove_suffix(1);
    }
    if (word.empty()) continue;
    if (!q.empty()) q += ' ';
    q += '"';
    for (char c : word) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    q += '"';
    if (prefix) q += '*';
  }
  return q;
}

}  // namespace

bool Store::Admits(const Relation& r, const RelationFilter& filter) const {
  if (!NameAllowed(filter, r.relation)) return false;
  if (r.sources < filter.min_sources) return false;
  if (!filter.timed()) return true;
  Stmt s(handle(),
         std::string("SELECT 1 FROM evidence v JOIN articles a ON a.id = "
                     "v.article_id WHERE v.relation_id = ?1 AND ") +
             kTimeCondition + " LIMIT 1");
  s.Bind(1, r.id).Bind(2, filter.as_of).Bind(3, filter.since);
  return s.Step();
}

void Store::ForEachRelation(const RelationFilter& filter,
                            const std::function<void(const Relation&)>& fn) const {
  std::string sql = std::string("SELECT ") + kColumns + " FROM relations r";
  if (filter.timed())
    sql += std::string(" WHERE EXISTS(SELECT 1 FROM evidence v JOIN articles a "
                       "ON a.id = v.article_id WHERE v.relation_id = r.id AND ") +
           kTimeCondition + ")";
  sql += " ORDER BY r.id";
  Stmt s(handle(), sql);
  if (filter.timed()) s.Bind(2, filter.as_of).Bind(3, filter.since);
  while (s.Step()) {
    Relation r = ReadRelationRow(s);
    if (!NameAllowed(filter, r.relation) || r.sources < filter.min_sources)
      continue;
    fn(r);
  }
}

std::int64_t Store::CountRelationsNamed(std::string_view relation) const {
  Stmt s(handle(), "SELECT COUNT(*) FROM relations WHERE relation = ?1");
  s.Bind(1, relation);
  s.Step();
  return s.Int(0);
}

std::int64_t Store::CountEntities(std::optional<EntityType> type) const {
  if (!type) {
    Stmt s(handle(), "SELECT COUNT(*) FROM entities");
    s.Step();
    return s.Int(0);
  }
  Stmt s(handle(), "SELECT COUNT(*) FROM entities WHERE type = ?1");
  s.Bind(1, EntityTypeName(*type));
  s.Step();
  return s.Int(0);
}

std::vector<Relation> Store::RelationsNamed(std::string_view relation,
                                            const RelationFilter& filter) const {
  Stmt s(handle(), std::string("SELECT ") + kColumns +
                       " FROM relations r WHERE r.relation = ?1 ORDER BY r.id");
  s.Bind(1, relation);
  std::vector<Relation> out;
  while (s.Step()) {
    Relation r = ReadRelationRow(s);
    if (r.sources < filter.min_sources) continue;
    out.push_back(std::move(r));
  }
  if (filter.timed())
    std::erase_if(out, [&](const Relation& r) { return !Admits(r, filter); });
  return out;
}

std::vector<Entity> Store::EntitiesOfType(std::optional<EntityType> type) const {
  Stmt s(handle(), type ? "SELECT id, name, type, attributes, first_seen, "
                          "last_seen FROM entities WHERE type = ?1 ORDER BY id"
                        : "SELECT id, name, type, attributes, first_seen, "
                          "last_seen FROM entities ORDER BY id");
  if (type) s.Bind(1, EntityTypeName(*type));
  std::vector<Entity> out;
  while (s.Step()) {
    Entity e;
    e.id = s.Int(0);
    e.name = s.Text(1);
    e.type = ParseEntityType(s.TextView(2)).value_or(EntityType::kOrganization);
    e.attributes_json = s.Text(3);
    e.first_seen = s.Text(4);
    e.last_seen = s.Text(5);
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<Store::TextHit> Store::SearchText(std::string_view text,
                                              std::size_t limit) const {
  std::vector<TextHit> out;
  std::string q = FtsQuery(text);
  if (q.empty() || limit == 0) return out;
  // Names weigh more than aliases; snippet column -1 picks the best one.
  Stmt e(handle(),
         "SELECT rowid, snippet(entity_fts, -1, '[', ']', '…', 12), "
         "bm25(entity_fts, 10.0, 3.0) AS score FROM entity_fts "
         "WHERE entity_fts MATCH ?1 ORDER BY score, rowid LIMIT ?2");
  e.Bind(1, q).Bind(2, limit);
  while (e.Step()) {
    TextHit h;
    h.entity = true;
    h.entity_id = e.Int(0);
    h.snippet = e.Text(1);
    h.score = e.Double(2);
    out.push_back(std::move(h));
  }
  // One hit per (article, sentence): a sentence often states several facts.
  Stmt v(handle(),
         "SELECT v.relation_id, snippet(evidence_fts, 0, '[', ']', '…', 16), "
         "bm25(evidence_fts) AS score, a.ext_id, a.published, a.source, "
         "v.sentence FROM evidence_fts JOIN evidence v ON v.id = "
         "evidence_fts.rowid JOIN articles a ON a.id = v.article_id "
         "WHERE evidence_fts MATCH ?1 ORDER BY score, a.published, a.ext_id, "
         "v.id LIMIT ?2");
  v.Bind(1, q).Bind(2, limit * 20);
  std::map<std::pair<std::string, std::string>, std::size_t> seen;
  std::size_t sentences = 0;
  while (v.Step()) {
    auto key = std::make_pair(v.Text(3), v.Text(6));
    auto it = seen.find(key);
    if (it != seen.end()) {
      std::vector<RelationId>& rels = out[it->second].relations;
      if (std::find(rels.begin(), rels.end(), v.Int(0)) == rels.end())
        rels.push_back(v.Int(0));
      continue;
    }
    if (sentences == limit) continue;
    ++sentences;
    TextHit h;
    h.snippet = v.Text(1);
    h.score = v.Double(2);
    h.article = v.Text(3);
    h.published = v.Text(4);
    h.source = v.Text(5);
    h.relations.push_back(v.Int(0));
    seen.emplace(std::move(key), out.size());
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace kg
