#include "graph/store.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "graph/curate_internal.h"
#include "graph/normalize.h"
#include "graph/sqlite_internal.h"
#include "graph/store_schema.h"

namespace kg {

using sqlite::Stmt;
using sqlite::SqliteError;

namespace {

constexpr std::array<std::string_view, 40> kGenericWords = {
    "it",        "its",        "ministry",   "agency",     "company",
    "companies", "firm",       "group",      "project",    "deposit",
    "mine",      "plant",      "refinery",   "smelter",    "government",
    "department", "state",     "country",    "region",     "province",
    "miner",     "producer",   "corporation", "enterprise", "office",
    "council",   "committee",  "administration", "authority", "service",
    "fund",      "bank",       "facility",   "operation",  "venture",
    "joint",     "partner",    "he",         "she",        "they",
};

}  // namespace

bool IsGenericName(std::string_view key) {
  if (key.empty()) return true;
  std::size_t i = 0;
  while (i < key.size()) {
    std::size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    std::string_view w = key.substr(i, j - i);
    bool generic = std::find(kGenericWords.begin(), kGenericWords.end(), w) !=
                       kGenericWords.end() ||
                   w == "this" || w == "that" || w == "our" || w == "their" ||
                   w == "his" || w == "her" || w == "said";
    if (!generic) return false;
    i = j + 1;
  }
  return true;
}

struct Store::Impl {
  sqlite::DbHandle db;
  std::string path;
  bool read_only = false;
  bool batch = false;  ///< BeginBatch() opened the transaction in force.
  std::unordered_map<const char*, std::unique_ptr<Stmt>> statements;

  /// A statement prepared once per store; sql must be a string literal.
  Stmt& Prepared(const char* sql) {
    auto it = statements.find(sql);
    if (it == statements.end())
      it = statements.emplace(sql, std::make_unique<Stmt>(db.get(), sql)).first;
    it->second->Reset();
    return *it->second;
  }
};

namespace {

// Reads an Entity row of the form (id, name, type, attributes, first_seen,
// last_seen) starting at column c.
Entity ReadEntity(const Stmt& s, int c = 0) {
  Entity e;
  e.id = s.Int(c);
  e.name = s.Text(c + 1);
  e.type = ParseEntityType(s.TextView(c + 2)).value_or(EntityType::kOrganization);
  e.attributes_json = s.Text(c + 3);
  e.first_seen = s.Text(c + 4);
  e.last_seen = s.Text(c + 5);
  return e;
}

constexpr const char* kRelationColumns =
    "r.id, r.subject_id, r.relation, r.object_id, r.date, r.amount, r.unit, "
    "r.percent, r.status, (SELECT COUNT(DISTINCT article_id) FROM evidence v "
    "WHERE v.relation_id = r.id)";

Relation ReadRelation(const Stmt& s, int c = 0) {
  Relation r;
  r.id = s.Int(c);
  r.subject = s.Int(c + 1);
  r.relation = s.Text(c + 2);
  r.object = s.Int(c + 3);
  r.qualifiers.date = s.Text(c + 4);
  r.qualifiers.amount = s.Text(c + 5);
  r.qualifiers.unit = s.Text(c + 6);
  r.qualifiers.percent = s.Text(c + 7);
  r.qualifiers.status = s.Text(c + 8);
  r.sources = static_cast<int>(s.Int(c + 9));
  return r;
}

ArticleInfo ReadArticle(const Stmt& s) {
  ArticleInfo a;
  a.id = s.Text(0);
  a.title = s.Text(1);
  a.url = s.Text(2);
  a.source = s.Text(3);
  a.published = s.Text(4);
  a.content_hash = s.Text(5);
  a.ingested_at = s.Text(6);
  return a;
}

/// Puts the store in WAL mode. Leaving rollback mode takes the exclusive
/// lock, and SQLite does not wait for it when two processes both hold the
/// shared lock and both ask (each would wait for the other): it answers
/// "database is locked" at once, whatever the busy timeout. That is the case
/// of two `kg ingest` creating one store at the same moment. The statement
/// holds nothing after it fails, so it is tried again until the other has
/// switched the file (then it is a no-op), for up to the busy timeout.
void EnableWal(sqlite3* db) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  for (int attempt = 0;; ++attempt) {
    try {
      Stmt(db, "PRAGMA journal_mode = WAL").Step();
      return;
    } catch (const SqliteError& e) {
      if ((e.code() & 0xff) != SQLITE_BUSY || std::chrono::steady_clock::now() > deadline)
        throw;
    }
    sqlite3_sleep(std::min(1 + attempt, 20));
  }
}

Status CheckSchema(sqlite3* db, const std::string& path, bool read_only) {
  Stmt version(db, "PRAGMA user_version");
  version.Step();
  int v = static_cast<int>(version.Int(0));
  Stmt app(db, "PRAGMA application_id");
  app.Step();
  int app_id = static_cast<int>(app.Int(0));
  Stmt tables(db, "SELECT COUNT(*) FROM sqlite_schema");
  tables.Step();
  std::int64_t n_tables = tables.Int(0);
  version.Reset();  // no statement may hold a read open below
  app.Reset();
  tables.Reset();
  if (v == 0 && app_id == 0 && n_tables == 0) {
    if (read_only)
      return Status::NotFound(fmt::format("{} is an empty store", path));
    // WAL before the first write lock, so that processes creating the same
    // store at once wait for each other instead of failing busy.
    EnableWal(db);
    sqlite::Transaction txn(db);
    // Another process may have created the schema while this one waited
    // for the write lock: look again inside the transaction.
    Stmt again(db, "SELECT COUNT(*) FROM sqlite_schema");
    again.Step();
    if (again.Int(0) != 0) {
      again.Reset();
      txn.Commit();
      return CheckSchema(db, path, read_only);
    }
    sqlite::Exec(db, kSchemaV1);
    for (const MigrationStep& step : MigrationSteps())
      sqlite::Exec(db, std::string(step.sql).c_str());
    sqlite::Exec(db, fmt::format("PRAGMA application_id = {}", kApplicationId).c_str());
    sqlite::Exec(db, fmt::format("PRAGMA user_version = {}", kSchemaVersion).c_str());
    txn.Commit();
    return Status::Ok();
  }
  if (app_id != kApplicationId)
    return Status::Corrupt(fmt::format(
        "{} is an SQLite database but not a kg store (application_id {:#x}); "
        "nothing was changed", path, static_cast<unsigned>(app_id)));
  if (v > kSchemaVersion)
    return Status::Corrupt(fmt::format(
        "{} has schema version {}, newer than this kg understands ({}); "
        "upgrade kg to use it (the store was not changed)",
        path, v, kSchemaVersion));
  if (v < 1)
    return Status::Corrupt(fmt::format(
        "{} has unknown schema version {}; nothing was changed", path, v));
  if (v < kSchemaVersion && !read_only) {
    // Each step so far is additive and short (v1 → v2 adds the meta table
    // and its triggers; v2 → v3 re-makes the sentence index's triggers;
    // v3 → v4 adds a meta row and its triggers):
    // done on the first write open, in one transaction (`kg migrate` does
    // the same with a backup first). A read-only open reads an older store
    // as it is (a v1 store without the snapshot).
    sqlite::Transaction txn(db);
    Stmt again(db, "PRAGMA user_version");
    again.Step();
    const int now = static_cast<int>(again.Int(0));
    again.Reset();
    if (now < kSchemaVersion) {
      for (const MigrationStep& step : MigrationSteps())
        if (step.from >= now) sqlite::Exec(db, std::string(step.sql).c_str());
      sqlite::Exec(db, fmt::format("PRAGMA user_version = {}", kSchemaVersion).c_str());
    }
    txn.Commit();
  }
  return Status::Ok();
}

/// A file shorter than the pages its header counts was cut (a partial copy
/// or a full disk). Read from the header itself: SQLite cannot prepare a
/// statement on such a file. Only decidable without a WAL, which may hold
/// the rest, and while the header's page count is valid (offset 92 equals
/// the change counter at 24).
Status CheckLength(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::file_size(path + "-wal", ec) > 0 && !ec) return Status::Ok();
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size < 100) return Status::Ok();
  std::ifstream f(path, std::ios::binary);
  unsigned char h[100] = {};
  if (!f.read(reinterpret_cast<char*>(h), sizeof h)) return Status::Ok();
  if (std::memcmp(h, "SQLite format 3", 16) != 0) return Status::Ok();
  auto be32 = [&](int at) {
    return (std::uint32_t{h[at]} << 24) | (std::uint32_t{h[at + 1]} << 16) |
           (std::uint32_t{h[at + 2]} << 8) | std::uint32_t{h[at + 3]};
  };
  std::uint32_t page_size = (std::uint32_t{h[16]} << 8) | h[17];
  if (page_size == 1) page_size = 65536;
  std::uint32_t pages = be32(28);
  if (pages == 0 || be32(92) != be32(24)) return Status::Ok();
  std::uintmax_t want = std::uintmax_t{pages} * page_size;
  if (size < want)
    return Status::Corrupt(fmt::format(
        "{} is truncated ({} of {} bytes): restore it from a backup; nothing "
        "was changed", path, size, want));
  return Status::Ok();
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

sqlite3* Store::handle() const { return impl_->db.get(); }
const std::string& Store::path() const { return impl_->path; }
bool Store::read_only() const { return impl_->read_only; }

Result<std::unique_ptr<Store>> Store::Open(const std::string& path,
                                           const Options& options) {
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (!exists && (options.read_only || !options.create_if_missing))
    return Status::NotFound(fmt::format(
        "no kg store at {} (run `kg ingest` first, or pass --db FILE)", path));
  if (exists && std::filesystem::is_directory(path, ec))
    return Status::IoError(fmt::format("{} is a directory, not a kg store", path));
  int flags = options.read_only ? SQLITE_OPEN_READONLY
                                : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  auto impl = std::make_unique<Impl>();
  impl->db.reset(raw);  // owned before the return code is looked at
  impl->read_only = options.read_only;
  impl->path = path;
  if (rc != SQLITE_OK)
    return Status::IoError(fmt::format("cannot open {}: {}", path,
                                       raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  sqlite3* db = impl->db.get();
  sqlite3_busy_timeout(db, 30000);
  try {
    sqlite::Exec(db, "PRAGMA foreign_keys = ON");
    // A cut file first: its schema pages may be the missing ones.
    if (Status len = CheckLength(path); !len.ok()) return len;
    Status s = CheckSchema(db, path, options.read_only);
    if (!s.ok()) return s;
    if (!options.read_only && sqlite3_db_readonly(db, "main") == 1)
      return Status::IoError(fmt::format(
          "cannot write {}: the file is read-only; nothing was changed", path));
    if (!options.read_only) {
      EnableWal(db);
      sqlite::Exec(db, "PRAGMA synchronous = NORMAL");
    }
    sqlite::Exec(db, "PRAGMA cache_size = -65536");
    // A reader reads pages through a read-only mapping of the file (as the
    // CSR snapshot is read) instead of a pread and a heap copy per page: a
    // lookup by name on a page not yet read costs a page fault, not a
    // system call, an allocation and a fault. Writers keep ordinary I/O.
    // SQLite caps the size at SQLITE_MAX_MMAP_SIZE (2 GB on Debian) and
    // reads the rest of a larger file as before.
    if (options.read_only) sqlite::Exec(db, "PRAGMA mmap_size = 2147418112");
    // A reader sees one committed state for its lifetime, however many
    // statements it runs while writers commit (WAL snapshot isolation).
    if (options.read_only) sqlite::Exec(db, "BEGIN");
  } catch (const SqliteError& e) {
    if (e.code() == SQLITE_NOTADB)
      return Status::Corrupt(fmt::format(
          "{} is not a kg store (not an SQLite database); nothing was changed",
          path));
    if (e.code() == SQLITE_READONLY || e.code() == SQLITE_CANTOPEN)
      return Status::IoError(fmt::format("cannot write {}: {}", path, e.what()));
    if (e.code() == SQLITE_CORRUPT)
      return Status::Corrupt(fmt::format("{} is damaged: {}", path, e.what()));
    return Status::IoError(fmt::format("cannot open {}: {}", path, e.what()));
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

// ---- writing -------------------------------------------------------------

namespace {

struct Candidate {
  EntityId id = 0;
  EntityType type = EntityType::kOrganization;
  int rank = 0;  // 0 = canonical key match, 1 = alias match
};

}  // namespace

namespace {

/// The statements below live as long as the process (Impl::Prepared keys
/// on their address).
const char* InsertEvidenceSql(std::size_t n) {
  static const std::vector<std::string> sql = sqlite::MultiRowSql(
      "INSERT INTO evidence(relation_id, article_id, sentence, start, end, "
      "date, amount, unit, percent, status, rule, attributes) VALUES",
      12);
  return sql[n].c_str();
}

const char* InsertAliasesSql(std::size_t n) {
  static const std::vector<std::string> sql = sqlite::MultiRowSql(
      "INSERT OR IGNORE INTO aliases(entity_id, alias, key, generic) VALUES", 4);
  return sql[n].c_str();
}

}  // namespace

void Store::BeginBatch() {
  sqlite::Exec(impl_->db.get(), "BEGIN IMMEDIATE");
  impl_->batch = true;
}

void Store::CommitBatch() {
  if (!impl_->batch) return;
  sqlite::Exec(impl_->db.get(), "COMMIT");
  impl_->batch = false;
}

AddResult Store::AddArticle(const ArticleDoc& a) {
  Impl& m = *impl_;
  sqlite3* db = m.db.get();
  AddResult result;
  sqlite::Transaction txn(db);

  Stmt& find_article =
      m.Prepared("SELECT id, content_hash FROM articles WHERE ext_id = ?1");
  find_article.Bind(1, a.id);
  if (find_article.Step()) {
    std::string hash = find_article.Text(1);
    find_article.Reset();
    if (hash == a.content_hash) {
      result.outcome = AddOutcome::kUnchanged;
      return result;  // nothing written; the transaction rolls back
    }
    RetractArticle(a.id);
    result.outcome = AddOutcome::kReplaced;
  }
  find_article.Reset();

  Stmt& insert_article = m.Prepared(
      "INSERT INTO articles(ext_id, title, url, source, published, "
      "content_hash, ingested_at, text) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
  insert_article.Bind(1, a.id).Bind(2, a.title).Bind(3, a.url).Bind(4, a.source)
      .Bind(5, a.published).Bind(6, a.content_hash).Bind(7, curate::NowUtc())
      .Bind(8, a.text);
  insert_article.Exec();
  ArticleRowId article_row = sqlite3_last_insert_rowid(db);

  Stmt& by_key = m.Prepared(
      "SELECT a.entity_id, e.type, e.key = ?1 FROM aliases a "
      "JOIN entities e ON e.id = a.entity_id "
      "WHERE a.key = ?1 AND a.generic = 0");
  Stmt& insert_entity = m.Prepared(
      "INSERT INTO entities(name, type, key, attributes) VALUES(?1,?2,?3,?4)");
  Stmt& set_type = m.Prepared("UPDATE entities SET type = ?2 WHERE id = ?1");
  Stmt& insert_mention = m.Prepared(
      "INSERT INTO mentions(article_id, entity_id, surface, start, end) "
      "VALUES(?1,?2,?3,?4,?5)");
  Stmt& seen = m.Prepared(
      "UPDATE entities SET "
      "first_seen = CASE WHEN first_seen = '' OR ?2 < first_seen THEN ?2 "
      "ELSE first_seen END, "
      "last_seen = CASE WHEN ?2 > last_seen THEN ?2 ELSE last_seen END "
      "WHERE id = ?1");

  const curate::DecisionIndex decisions = curate::DecisionIndex::Load(db);
  std::vector<EntityId> ids(a.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const DocEntity& e = a.entities[i];
    std::string name_key = NameKey(e.name);
    std::vector<std::string> keys = {name_key};
    for (const std::string& al : e.aliases) {
      std::string k = NameKey(al);
      if (!IsGenericName(k)) keys.push_back(std::move(k));
    }
    std::vector<Candidate> cands;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      by_key.Reset();
      by_key.Bind(1, keys[k]);
      while (by_key.Step()) {
        Candidate c;
        c.id = by_key.Int(0);
        c.type = ParseEntityType(by_key.TextView(1)).value_or(EntityType::kOrganization);
        c.rank = (k == 0 && by_key.Int(2)) ? 0 : (k == 0 ? 1 : 2);
        cands.push_back(c);
      }
    }
    by_key.Reset();
    std::sort(cands.begin(), cands.end(), [](const Candidate& x, const Candidate& y) {
      return std::tie(x.rank, x.id) < std::tie(y.rank, y.id);
    });
    // Human decisions (kg merge/alias/split) overrule the rules below: the
    // decided entity is the only candidate, typed as the mention so that it
    // is taken; none at all means a new entity.
    if (curate::DecisionIndex::Forced f = decisions.Resolve(db, keys); f.decided) {
      cands.clear();
      if (f.id != 0) cands.push_back(Candidate{f.id, e.type, 0});
    }
    EntityId chosen = 0;
    for (const Candidate& c : cands)
      if (c.type == e.type) { chosen = c.id; break; }
    if (chosen == 0) {
      // A generic Organization and a specific kind of organisation meet.
      for (const Candidate& c : cands) {
        if (e.type == EntityType::kOrganization && curate::IsOrgLike(c.type)) {
          chosen = c.id;
          break;
        }
        if (c.type == EntityType::kOrganization && curate::IsOrgLike(e.type)) {
          chosen = c.id;
          set_type.Bind(1, c.id).Bind(2, EntityTypeName(e.type));
          set_type.Exec();
          break;
        }
      }
    }
    if (chosen == 0) {
      insert_entity.Bind(1, e.name).Bind(2, EntityTypeName(e.type))
          .Bind(3, name_key).Bind(4, e.attributes_json.empty() ? "{}" : e.attributes_json);
      insert_entity.Exec();
      chosen = sqlite3_last_insert_rowid(db);
      ++result.new_entities;
    }
    ids[i] = chosen;
    // The names go in one statement (a few when there are many), in order:
    // each statement that writes the full-text index makes FTS5 flush it
    // (see the evidence rows below).
    std::vector<std::pair<const std::string*, std::string>> names;
    auto add_alias = [&](const std::string& surface) {
      std::string k = NameKey(surface);
      if (decisions.Forbids(db, chosen, k)) return;  // split off by hand
      names.emplace_back(&surface, std::move(k));
    };
    add_alias(e.name);
    for (const std::string& al : e.aliases) add_alias(al);
    for (std::size_t done = 0; done < names.size();) {
      std::size_t n = std::min(sqlite::kRowsPerInsert, names.size() - done);
      Stmt& insert_aliases = m.Prepared(InsertAliasesSql(n));
      for (std::size_t k = 0; k < n; ++k) {
        const auto& [surface, key] = names[done + k];
        const int c = static_cast<int>(k) * 4;
        insert_aliases.Bind(c + 1, chosen).Bind(c + 2, *surface).Bind(c + 3, key)
            .Bind(c + 4, IsGenericName(key) ? 1 : 0);
      }
      insert_aliases.Exec();
      done += n;
    }
    // One mention per span, and one without a span for each name the
    // article gives that no span spells: what keeps that alias alive when
    // another article that gave it is retracted.
    std::set<std::string> spelled;
    for (Span s : e.mentions) {
      std::string surface = s.end <= a.text.size()
                                ? a.text.substr(s.begin, s.end - s.begin)
                                : e.name;
      spelled.insert(NameKey(surface));
      insert_mention.Bind(1, article_row).Bind(2, chosen).Bind(3, surface)
          .Bind(4, s.begin).Bind(5, s.end);
      insert_mention.Exec();
    }
    auto unspelled = [&](const std::string& surface) {
      std::string k = NameKey(surface);
      if (decisions.Forbids(db, chosen, k) || !spelled.insert(std::move(k)).second)
        return;
      insert_mention.Bind(1, article_row).Bind(2, chosen).Bind(3, surface)
          .BindNull(4).BindNull(5);
      insert_mention.Exec();
    };
    unspelled(e.name);
    for (const std::string& al : e.aliases) unspelled(al);
    if (!a.published.empty()) {
      seen.Bind(1, chosen).Bind(2, a.published);
      seen.Exec();
    }
  }

  Stmt& find_relation = m.Prepared(
      "SELECT id, date, amount, unit, percent, status FROM relations "
      "WHERE subject_id = ?1 AND relation = ?2 AND object_id = ?3");
  Stmt& insert_relation = m.Prepared(
      "INSERT INTO relations(subject_id, relation, object_id, date, amount, "
      "unit, percent, status) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
  // Evidence rows go in kRowsPerInsert to a statement, after every relation
  // of the article: inside a transaction FTS5 writes its pending index out
  // at each statement that writes to it (the statement's savepoint), and one
  // insert per row made that flush the dearest part of an ingest. Rows keep
  // their order, so ids and every table are as with one insert per row.
  struct EvidenceRow {
    RelationId relation = 0;
    const DocRelation* fact = nullptr;
  };
  std::vector<EvidenceRow> rows;
  std::vector<RelationId> refresh;  // facts stated before: qualifiers re-read
  for (const DocRelation& r : a.relations) {
    EntityId s = ids.at(r.subject);
    EntityId o = ids.at(r.object);
    if (s == o) continue;  // two names resolved to one entity
    const RelationSpec* spec = kg::FindRelation(r.relation);
    if (spec != nullptr && spec->symmetric && o < s) std::swap(s, o);
    find_relation.Bind(1, s).Bind(2, r.relation).Bind(3, o);
    const Qualifiers& q = r.qualifiers;
    RelationId rid = 0;
    // A fact's qualifiers are those of its first evidence row (by article
    // date, article id, position): a new row whose qualifiers equal the
    // fact's leaves them as they are whichever row comes first, and the
    // re-read, which visits every evidence row of the fact, is skipped.
    bool same = false;
    if (find_relation.Step()) {
      rid = find_relation.Int(0);
      same = find_relation.TextView(1) == q.date &&
             find_relation.TextView(2) == q.amount &&
             find_relation.TextView(3) == q.unit &&
             find_relation.TextView(4) == q.percent &&
             find_relation.TextView(5) == q.status;
    }
    find_relation.Reset();
    if (rid == 0) {
      insert_relation.Bind(1, s).Bind(2, r.relation).Bind(3, o);
      curate::BindQualifiers(insert_relation, 4, q).Exec();
      rid = sqlite3_last_insert_rowid(db);
      ++result.new_relations;
    } else if (!same) {
      refresh.push_back(rid);
    }
    rows.push_back(EvidenceRow{rid, &r});
  }
  for (std::size_t done = 0; done < rows.size();) {
    std::size_t n = std::min(sqlite::kRowsPerInsert, rows.size() - done);
    Stmt& insert_evidence = m.Prepared(InsertEvidenceSql(n));
    for (std::size_t k = 0; k < n; ++k) {
      const DocRelation& r = *rows[done + k].fact;
      const Qualifiers& q = r.qualifiers;
      const int c = static_cast<int>(k) * 12;
      insert_evidence.Bind(c + 1, rows[done + k].relation).Bind(c + 2, article_row)
          .Bind(c + 3, r.evidence);
      if (r.evidence_span) {
        insert_evidence.Bind(c + 4, r.evidence_span->begin)
            .Bind(c + 5, r.evidence_span->end);
      } else {
        insert_evidence.BindNull(c + 4).BindNull(c + 5);
      }
      curate::BindQualifiers(insert_evidence, c + 6, q)
          .Bind(c + 11, r.rule)
          .Bind(c + 12, r.attributes_json.empty() ? "{}" : r.attributes_json);
    }
    insert_evidence.Exec();
    done += n;
  }
  for (RelationId rid : refresh)
    m.Prepared(curate::kRefreshQualifiersSql).Bind(1, rid).Exec();
  txn.Commit();
  return result;
}

namespace {

/// After a retraction: the names of entity that the retracted article gave
/// (keys) and that nothing else supports any more, neither a mention in
/// another article, nor the entity's own name, nor a human decision
/// (kg alias, kg merge), stop being its aliases.
void DropUnsupportedAliases(sqlite3* db, EntityId entity,
                            const std::set<std::string>& given) {
  if (given.empty()) return;
  std::set<std::string> kept;
  {
    Stmt own(db, "SELECT key FROM entities WHERE id = ?1");
    own.Bind(1, entity);
    if (own.Step()) kept.insert(own.Text(0));
    Stmt m(db, "SELECT DISTINCT surface FROM mentions WHERE entity_id = ?1");
    m.Bind(1, entity);
    while (m.Step()) kept.insert(NameKey(m.TextView(0)));
    if (curate::HasDecisionsTable(db)) {
      Stmt d(db, "SELECT other_key FROM decisions WHERE kind <> 'split'");
      while (d.Step()) kept.insert(d.Text(0));
    }
  }
  Stmt del(db, "DELETE FROM aliases WHERE entity_id = ?1 AND key = ?2");
  for (const std::string& k : given) {
    if (kept.count(k)) continue;
    del.Reset();
    del.Bind(1, entity).Bind(2, k).Exec();
  }
}

}  // namespace

bool Store::RetractArticle(std::string_view article_id) {
  Impl& m = *impl_;
  sqlite3* db = m.db.get();
  // Runs inside the caller's transaction when there is one.
  bool own_txn = sqlite3_get_autocommit(db) != 0;
  std::optional<sqlite::Transaction> txn;
  if (own_txn) txn.emplace(db);

  Stmt find(db, "SELECT id FROM articles WHERE ext_id = ?1");
  find.Bind(1, article_id);
  if (!find.Step()) return false;
  ArticleRowId row = find.Int(0);

  std::set<RelationId> relations;
  std::set<EntityId> entities;
  std::map<EntityId, std::set<std::string>> given;  // names the article gave
  {
    Stmt s(db, "SELECT DISTINCT r.id, r.subject_id, r.object_id FROM evidence v "
               "JOIN relations r ON r.id = v.relation_id WHERE v.article_id = ?1");
    s.Bind(1, row);
    while (s.Step()) {
      relations.insert(s.Int(0));
      entities.insert(s.Int(1));
      entities.insert(s.Int(2));
    }
    Stmt e(db, "SELECT entity_id, surface FROM mentions WHERE article_id = ?1");
    e.Bind(1, row);
    while (e.Step()) {
      entities.insert(e.Int(0));
      given[e.Int(0)].insert(NameKey(e.TextView(1)));
    }
  }
  Stmt del_evidence(db, "DELETE FROM evidence WHERE article_id = ?1");
  del_evidence.Bind(1, row).Exec();
  Stmt del_mentions(db, "DELETE FROM mentions WHERE article_id = ?1");
  del_mentions.Bind(1, row).Exec();
  // The qualifiers of the first remaining evidence in EvidenceOf's order,
  // as curate::kRefreshQualifiersSql picks them: independent of the order
  // articles came and went.
  Stmt remaining(db, "SELECT v.date, v.amount, v.unit, v.percent, v.status "
                     "FROM evidence v JOIN articles a ON a.id = v.article_id "
                     "WHERE v.relation_id = ?1 "
                     "ORDER BY a.published, a.ext_id, v.start, v.id LIMIT 1");
  Stmt del_relation(db, "DELETE FROM relations WHERE id = ?1");
  Stmt set_quals(db, "UPDATE relations SET date=?2, amount=?3, unit=?4, "
                     "percent=?5, status=?6 WHERE id = ?1");
  for (RelationId r : relations) {
    remaining.Reset();
    remaining.Bind(1, r);
    if (remaining.Step()) {
      set_quals.Reset();
      set_quals.Bind(1, r).Bind(2, remaining.Text(0)).Bind(3, remaining.Text(1))
          .Bind(4, remaining.Text(2)).Bind(5, remaining.Text(3))
          .Bind(6, remaining.Text(4));
      set_quals.Exec();
    } else {
      del_relation.Reset();
      del_relation.Bind(1, r).Exec();
    }
  }
  Stmt used(db, "SELECT EXISTS(SELECT 1 FROM mentions WHERE entity_id = ?1) OR "
                "EXISTS(SELECT 1 FROM relations WHERE subject_id = ?1) OR "
                "EXISTS(SELECT 1 FROM relations WHERE object_id = ?1)");
  Stmt del_entity(db, "DELETE FROM entities WHERE id = ?1");
  Stmt reseen(db,
              "UPDATE entities SET "
              "first_seen = COALESCE((SELECT MIN(a.published) FROM mentions m "
              "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?1 "
              "AND a.published <> '' AND a.id <> ?2), ''), "
              "last_seen = COALESCE((SELECT MAX(a.published) FROM mentions m "
              "JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?1 "
              "AND a.id <> ?2), '') WHERE id = ?1");
  for (EntityId e : entities) {
    used.Reset();
    used.Bind(1, e);
    used.Step();
    if (used.Int(0) == 0) {
      del_entity.Reset();
      del_entity.Bind(1, e).Exec();
    } else {
      reseen.Reset();
      reseen.Bind(1, e).Bind(2, row).Exec();
      DropUnsupportedAliases(db, e, given[e]);
    }
  }
  Stmt del_article(db, "DELETE FROM articles WHERE id = ?1");
  del_article.Bind(1, row).Exec();
  if (txn) txn->Commit();
  return true;
}

// ---- reading -------------------------------------------------------------

std::vector<Entity> Store::FindByName(std::string_view name) const {
  std::string key = NameKey(name);
  Stmt& s = impl_->Prepared(
      "SELECT e.id, e.name, e.type, e.attributes, e.first_seen, e.last_seen, "
      "(SELECT COUNT(*) FROM relations r WHERE r.subject_id = e.id) + "
      "(SELECT COUNT(*) FROM relations r WHERE r.object_id = e.id) AS degree, "
      "e.key = ?1 AS exact "
      "FROM entities e WHERE e.id IN "
      "(SELECT entity_id FROM aliases WHERE key = ?1 AND generic = 0) "
      "ORDER BY exact DESC, degree DESC, e.id");
  s.Bind(1, key);
  std::vector<Entity> out;
  while (s.Step()) out.push_back(ReadEntity(s));
  s.Reset();
  for (Entity& e : out) e = *GetEntity(e.id);
  return out;
}

std::vector<std::string> Store::SuggestNames(std::string_view name,
                                             std::size_t n) const {
  std::string key = NameKey(name);
  struct Scored {
    std::size_t score;
    std::string name;
  };
  std::vector<Scored> scored;
  Stmt& s = impl_->Prepared(
      "SELECT a.alias, a.key FROM aliases a WHERE a.generic = 0");
  while (s.Step()) {
    std::string_view k = s.TextView(1);
    std::size_t score;
    if (!key.empty() && k.substr(0, key.size()) == key) {
      score = k.size() - key.size();  // prefix: shorter completions first
    } else if (!key.empty() && k.find(key) != std::string_view::npos) {
      score = 1000 + k.size();
    } else {
      std::size_t d = NameDistance(key, k);
      if (d > std::max<std::size_t>(2, key.size() / 3)) continue;
      score = 100 + d;
    }
    scored.push_back({score, s.Text(0)});
  }
  s.Reset();
  std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
    return std::tie(x.score, x.name) < std::tie(y.score, y.name);
  });
  std::vector<std::string> out;
  for (const Scored& sc : scored) {
    if (out.size() == n) break;
    if (std::find(out.begin(), out.end(), sc.name) == out.end())
      out.push_back(sc.name);
  }
  return out;
}

std::optional<Entity> Store::GetEntity(EntityId id) const {
  Stmt& s = impl_->Prepared(
      "SELECT id, name, type, attributes, first_seen, last_seen FROM entities "
      "WHERE id = ?1");
  s.Bind(1, id);
  if (!s.Step()) return std::nullopt;
  Entity e = ReadEntity(s);
  s.Reset();
  Stmt& al = impl_->Prepared(
      "SELECT alias FROM aliases WHERE entity_id = ?1 ORDER BY alias");
  al.Bind(1, id);
  while (al.Step()) {
    std::string a = al.Text(0);
    if (a != e.name) e.aliases.push_back(std::move(a));
  }
  al.Reset();
  return e;
}

std::vector<Incident> Store::RelationsOf(EntityId id, Direction dir,
                                         const RelationFilter& filter) const {
  std::vector<Incident> out;
  auto run = [&](bool outgoing) {
    Stmt& s = impl_->Prepared(
        outgoing
            ? "SELECT r.id, r.subject_id, r.relation, r.object_id, r.date, "
              "r.amount, r.unit, r.percent, r.status, (SELECT COUNT(DISTINCT "
              "article_id) FROM evidence v WHERE v.relation_id = r.id), "
              "e.id, e.name, e.type, e.attributes, e.first_seen, e.last_seen "
              "FROM relations r JOIN entities e ON e.id = r.object_id "
              "WHERE r.subject_id = ?1"
            : "SELECT r.id, r.subject_id, r.relation, r.object_id, r.date, "
              "r.amount, r.unit, r.percent, r.status, (SELECT COUNT(DISTINCT "
              "article_id) FROM evidence v WHERE v.relation_id = r.id), "
              "e.id, e.name, e.type, e.attributes, e.first_seen, e.last_seen "
              "FROM relations r JOIN entities e ON e.id = r.subject_id "
              "WHERE r.object_id = ?1");
    s.Bind(1, id);
    while (s.Step()) {
      Incident inc;
      inc.relation = ReadRelation(s, 0);
      inc.outgoing = outgoing;
      inc.other = ReadEntity(s, 10);
      if (!filter.relations.empty() &&
          std::find(filter.relations.begin(), filter.relations.end(),
                    inc.relation.relation) == filter.relations.end())
        continue;
      if (inc.relation.sources < filter.min_sources) continue;
      if (filter.timed() && !Admits(inc.relation, filter)) continue;
      // A symmetric relation is stored once; it reads both ways.
      const RelationSpec* spec = kg::FindRelation(inc.relation.relation);
      if (spec != nullptr && spec->symmetric && dir != Direction::kBoth)
        inc.outgoing = (dir == Direction::kOut);
      out.push_back(std::move(inc));
    }
    s.Reset();
  };
  auto symmetric = [](const Incident& i) {
    const RelationSpec* spec = kg::FindRelation(i.relation.relation);
    return spec != nullptr && spec->symmetric;
  };
  if (dir == Direction::kOut || dir == Direction::kBoth) run(true);
  if (dir == Direction::kIn || dir == Direction::kBoth) run(false);
  if (dir != Direction::kBoth) {
    // Symmetric facts stored the other way round also count.
    std::size_t before = out.size();
    run(dir == Direction::kIn);
    std::vector<Incident> extra(out.begin() + static_cast<long>(before), out.end());
    out.resize(before);
    for (Incident& i : extra)
      if (symmetric(i)) out.push_back(std::move(i));
  }
  std::sort(out.begin(), out.end(), [](const Incident& x, const Incident& y) {
    return std::tie(x.relation.relation, x.other.name, x.relation.id) <
           std::tie(y.relation.relation, y.other.name, y.relation.id);
  });
  return out;
}

std::optional<Relation> Store::GetRelation(RelationId id) const {
  static const std::string sql = fmt::format(
      "SELECT {} FROM relations r WHERE r.id = ?1", kRelationColumns);
  Stmt& s = impl_->Prepared(sql.c_str());
  s.Bind(1, id);
  if (!s.Step()) return std::nullopt;
  Relation r = ReadRelation(s);
  s.Reset();
  return r;
}

std::optional<Relation> Store::FindRelation(EntityId subject,
                                            std::string_view relation,
                                            EntityId object) const {
  const RelationSpec* spec = kg::FindRelation(relation);
  if (spec != nullptr && spec->symmetric && object < subject)
    std::swap(subject, object);
  static const std::string sql = fmt::format(
      "SELECT {} FROM relations r WHERE r.subject_id = ?1 AND "
      "r.relation = ?2 AND r.object_id = ?3",
      kRelationColumns);
  Stmt& s = impl_->Prepared(sql.c_str());
  s.Bind(1, subject).Bind(2, relation).Bind(3, object);
  if (!s.Step()) return std::nullopt;
  Relation r = ReadRelation(s);
  s.Reset();
  return r;
}

std::vector<Evidence> Store::EvidenceOf(RelationId id) const {
  Stmt& s = impl_->Prepared(
      "SELECT v.relation_id, a.ext_id, a.title, a.published, a.source, "
      "v.sentence, v.start, v.end, v.date, v.amount, v.unit, v.percent, "
      "v.status, v.rule FROM evidence v JOIN articles a ON a.id = v.article_id "
      "WHERE v.relation_id = ?1 ORDER BY a.published, a.ext_id, v.start, v.id");
  s.Bind(1, id);
  std::vector<Evidence> out;
  while (s.Step()) {
    Evidence e;
    e.relation = s.Int(0);
    e.article = s.Text(1);
    e.title = s.Text(2);
    e.published = s.Text(3);
    e.source = s.Text(4);
    e.sentence = s.Text(5);
    if (!s.IsNull(6))
      e.span = Span{static_cast<std::size_t>(s.Int(6)),
                    static_cast<std::size_t>(s.Int(7))};
    e.qualifiers = {s.Text(8), s.Text(9), s.Text(10), s.Text(11), s.Text(12)};
    e.rule = s.Text(13);
    out.push_back(std::move(e));
  }
  s.Reset();
  return out;
}

std::vector<ArticleInfo> Store::ArticlesOf(EntityId id) const {
  Stmt& s = impl_->Prepared(
      "SELECT ext_id, title, url, source, published, content_hash, ingested_at "
      "FROM articles WHERE id IN (SELECT article_id FROM mentions WHERE "
      "entity_id = ?1 UNION SELECT v.article_id FROM evidence v JOIN relations "
      "r ON r.id = v.relation_id WHERE r.subject_id = ?1 OR r.object_id = ?1) "
      "ORDER BY published, ext_id");
  s.Bind(1, id);
  std::vector<ArticleInfo> out;
  while (s.Step()) out.push_back(ReadArticle(s));
  s.Reset();
  return out;
}

std::optional<ArticleInfo> Store::GetArticle(std::string_view article_id) const {
  Stmt& s = impl_->Prepared(
      "SELECT ext_id, title, url, source, published, content_hash, ingested_at "
      "FROM articles WHERE ext_id = ?1");
  s.Bind(1, article_id);
  if (!s.Step()) return std::nullopt;
  ArticleInfo a = ReadArticle(s);
  s.Reset();
  return a;
}

StoreStats Store::Stats() const {
  sqlite3* db = impl_->db.get();
  StoreStats st;
  auto count = [&](const char* sql) {
    Stmt s(db, sql);
    s.Step();
    return s.Int(0);
  };
  st.articles = count("SELECT COUNT(*) FROM articles");
  st.entities = count("SELECT COUNT(*) FROM entities");
  st.relations = count("SELECT COUNT(*) FROM relations");
  st.evidence = count("SELECT COUNT(*) FROM evidence");
  Stmt t(db, "SELECT type, COUNT(*) FROM entities GROUP BY type "
             "ORDER BY COUNT(*) DESC, type");
  while (t.Step()) st.entities_by_type.emplace_back(t.Text(0), t.Int(1));
  Stmt r(db, "SELECT relation, COUNT(*) FROM relations GROUP BY relation "
             "ORDER BY COUNT(*) DESC, relation");
  while (r.Step()) st.relations_by_name.emplace_back(r.Text(0), r.Int(1));
  return st;
}

void Store::ForEachEntity(const std::function<void(const Entity&)>& fn) const {
  sqlite3* db = impl_->db.get();
  Stmt s(db, "SELECT id, name, type, attributes, first_seen, last_seen "
             "FROM entities ORDER BY id");
  Stmt al(db, "SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias");
  bool more = al.Step();
  while (s.Step()) {
    Entity e = ReadEntity(s);
    while (more && al.Int(0) < e.id) more = al.Step();
    while (more && al.Int(0) == e.id) {
      std::string a = al.Text(1);
      if (a != e.name) e.aliases.push_back(std::move(a));
      more = al.Step();
    }
    fn(e);
  }
}

void Store::ForEachRelation(
    const std::function<void(const Relation&)>& fn) const {
  Stmt s(impl_->db.get(),
         fmt::format("SELECT {} FROM relations r ORDER BY r.id",
                     kRelationColumns));
  while (s.Step()) fn(ReadRelation(s));
}

}  // namespace kg
