#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

struct sqlite3;  // forward-declared: only graph/*.cc include <sqlite3.h>

namespace kg {

/// The schema version this build reads and writes (PRAGMA user_version).
inline constexpr int kSchemaVersion = 4;

enum class Direction { kOut, kIn, kBoth };

/// Filters shared by relation lookups; empty vectors mean "any".
struct RelationFilter {
  std::vector<std::string> relations;  ///< Relation names to keep.
  int min_sources = 1;                 ///< Keep facts with this many articles.
  /// Time bounds, "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" = unbounded. A fact
  /// passes when one of its evidence rows is dated (the sentence's date,
  /// else its article's published date) no later than as_of and no earlier
  /// than since; a partial date stands for its whole period, so "2019"
  /// passes --as-of 2019-06 and --since 2019-06. Undated facts fail a bound.
  std::string as_of;
  std::string since;
  bool timed() const { return !as_of.empty() || !since.empty(); }
};

/// One relation seen from an entity, with the entity at its other end.
struct Incident {
  Relation relation;
  bool outgoing = true;  ///< True when the entity asked about is the subject.
  Entity other;          ///< Aliases are not filled.
};

struct StoreStats {
  std::int64_t articles = 0;
  std::int64_t entities = 0;
  std::int64_t relations = 0;
  std::int64_t evidence = 0;
  std::vector<std::pair<std::string, std::int64_t>> entities_by_type;
  std::vector<std::pair<std::string, std::int64_t>> relations_by_name;
};

/// A human entity-resolution decision (`kg merge`, `kg alias`, `kg split`).
struct Decision {
  std::string kind;   ///< "merge", "alias" or "split".
  std::string name;   ///< The entity kept, named, or split from.
  std::string other;  ///< The name merged in, the alias, or the name split off.
  std::string made_at;
};

/// What Store::MergeEntities changed.
struct MergeReport {
  int aliases = 0;            ///< Names added to the kept entity.
  int mentions = 0;           ///< Mentions moved.
  int relations_moved = 0;    ///< Facts re-pointed.
  int relations_folded = 0;   ///< Duplicates whose evidence joined a fact.
  int relations_dropped = 0;  ///< Facts between the two entities.
};

/// What `kg split` moved to the new entity.
struct SplitReport {
  EntityId fresh = 0;         ///< The new entity.
  int mentions = 0;           ///< Mentions written with the split-off name.
  int evidence = 0;           ///< Evidence rows whose sentence names only it.
  int relations = 0;          ///< Facts of the new entity those state.
  int relations_emptied = 0;  ///< Facts of the old entity left without evidence.
};

/// The outcome of storing one article.
enum class AddOutcome { kAdded, kUnchanged, kReplaced };

struct AddResult {
  AddOutcome outcome = AddOutcome::kAdded;
  int new_entities = 0;   ///< Entities created by this article.
  int new_relations = 0;  ///< Facts no earlier article stated.
};

/// The knowledge graph persisted in one SQLite file (schema in README.md).
///
/// Thread-compatible: one Store per thread. Several processes may open the
/// same file; writers wait for each other (busy timeout), readers see the
/// last committed state (WAL).
class Store {
 public:
  struct Options {
    /// Open without write access; never creates. A read-only store holds
    /// one read transaction for its lifetime: every read sees the state
    /// committed when its first read ran, whatever writers commit since.
    bool read_only = false;
    bool create_if_missing = true;  ///< Create an empty store if absent.
  };

  /// Opens or creates the store at path. Fails with a clear message when the
  /// file is not a kg store, comes from a newer kg (schema > kSchemaVersion),
  /// or cannot be opened; the file is left untouched in every failure.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const Options& options);
  static Result<std::unique_ptr<Store>> Open(const std::string& path) {
    return Open(path, Options());
  }

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // ---- writing -----------------------------------------------------------

  /// Stores one finalized article (id and content_hash set) in one
  /// transaction, resolving its entities against the store. An article whose
  /// id is stored with the same hash changes nothing (kUnchanged); with
  /// another hash the old version is retracted first (kReplaced). On any
  /// exception the store is as it was before the call.
  AddResult AddArticle(const ArticleDoc& article);

  /// AddArticle of a graph read from tables (`kg import`): on a store with
  /// no article, entity, relation or decision, the same store
  /// AddArticle(tables.ToArticle()) would leave, written in bulk
  /// (store_bulk.cc): one transaction with synchronous off, the entities
  /// resolved in memory, repeated facts found by sorting, indexes and
  /// triggers dropped during the load and made again from their own SQL
  /// after it, the full-text tables filled in one statement each. On any
  /// other store, AddArticle(tables.ToArticle()). On any exception the
  /// store is as it was before the call.
  AddResult ImportTables(const GraphTables& tables);

  /// Opens one write transaction (BEGIN IMMEDIATE) that the following
  /// AddArticle and RetractArticle calls join, each in its own savepoint, so
  /// an exception still undoes only the call that threw; CommitBatch() makes
  /// them durable together. One commit per batch instead of per article is
  /// what makes a bulk ingest fast; a crash loses the uncommitted batch and
  /// never a committed article. Closing the store with a batch open rolls
  /// it back. REQUIRES: no batch open.
  void BeginBatch();
  /// Commits the batch BeginBatch() opened; does nothing when none is open.
  void CommitBatch();

  /// Removes an article and whatever only it supported. Returns false when
  /// no article has that id.
  bool RetractArticle(std::string_view article_id);

  // ---- reading -----------------------------------------------------------

  /// Entities whose name or any non-generic alias has the same NameKey as
  /// name; several when the name is ambiguous, ordered by degree descending.
  std::vector<Entity> FindByName(std::string_view name) const;
  /// Up to n known names closest to name (prefix, substring, edit distance).
  std::vector<std::string> SuggestNames(std::string_view name,
                                        std::size_t n) const;
  std::optional<Entity> GetEntity(EntityId id) const;
  /// Relations at id in the given direction that pass filter, ordered by
  /// relation name, then the other end's name.
  std::vector<Incident> RelationsOf(EntityId id, Direction dir,
                                    const RelationFilter& filter) const;
  std::optional<Relation> GetRelation(RelationId id) const;
  /// The relation (subject, relation, object), symmetric ones either way.
  std::optional<Relation> FindRelation(EntityId subject,
                                       std::string_view relation,
                                       EntityId object) const;
  /// Evidence rows of a relation, oldest article first.
  std::vector<Evidence> EvidenceOf(RelationId id) const;
  /// Articles that mention the entity or state one of its relations.
  std::vector<ArticleInfo> ArticlesOf(EntityId id) const;
  std::optional<ArticleInfo> GetArticle(std::string_view article_id) const;
  StoreStats Stats() const;

  /// Calls fn for every entity in id order (aliases filled).
  void ForEachEntity(const std::function<void(const Entity&)>& fn) const;
  /// Calls fn for every relation in id order.
  void ForEachRelation(const std::function<void(const Relation&)>& fn) const;

  // ---- curation: human entity-resolution decisions (store_curate.cc) ----
  // Each runs in one transaction and is recorded in the decisions table, so
  // AddArticle applies it again to every later article naming those names.

  /// Merges entity gone into keep: aliases and mentions move, relations are
  /// re-pointed, a fact keep already has absorbs the duplicate's evidence,
  /// facts between the two are dropped; gone is deleted. Later mentions of
  /// gone's name resolve to keep whatever their type. NotFound when either
  /// id is unknown; InvalidInput when keep == gone.
  Result<MergeReport> MergeEntities(EntityId keep, EntityId gone);
  /// Makes alias a name of id, now and for later articles. InvalidInput
  /// when alias is generic ("the company") or another entity's own name
  /// (that is a merge).
  Status AddAlias(EntityId id, std::string_view alias);
  /// Moves alias out of id into a new entity of the same type, with the
  /// mentions written with that name and the evidence whose sentence names
  /// the entity only by it (or, without spans, whose article names it only
  /// by it): those facts move to the new entity, the rest stay with id.
  /// Later articles naming alias resolve to the new entity. NotFound when
  /// alias is not an alias of id.
  Result<SplitReport> SplitAlias(EntityId id, std::string_view alias);
  /// Every decision in force, oldest first.
  std::vector<Decision> Decisions() const;

  // ---- query support (store_query.cc): kg match, search, time filters --

  /// True when r passes every part of filter (relations, min_sources and
  /// the time bounds, which read r's evidence).
  bool Admits(const Relation& r, const RelationFilter& filter) const;
  /// Calls fn for every relation that passes filter, in id order; the time
  /// bounds are read in the same SQL statement.
  void ForEachRelation(const RelationFilter& filter,
                       const std::function<void(const Relation&)>& fn) const;
  /// Number of facts with this relation name (indexed).
  std::int64_t CountRelationsNamed(std::string_view relation) const;
  /// Number of entities of a type, or of all entities (indexed).
  std::int64_t CountEntities(std::optional<EntityType> type) const;
  /// Facts with this relation name that pass filter, in id order.
  std::vector<Relation> RelationsNamed(std::string_view relation,
                                       const RelationFilter& filter) const;
  /// Entities of a type (or all), in id order; aliases not filled.
  std::vector<Entity> EntitiesOfType(std::optional<EntityType> type) const;

  /// One full-text hit of SearchText (FTS5, ranked by bm25).
  struct TextHit {
    bool entity = false;   ///< An entity's name or alias; else a sentence.
    EntityId entity_id = 0;
    std::string snippet;   ///< The matched text, terms wrapped in [ ].
    double score = 0;      ///< bm25: lower is better.
    std::string article;   ///< Sentence hits: article id, date, source.
    std::string published;
    std::string source;
    std::vector<RelationId> relations;  ///< Facts the sentence supports.
  };
  /// Entities whose name or aliases, then sentences that, contain every
  /// word of text (a trailing * makes a word a prefix), best first, at most
  /// limit of each kind. Words are quoted, so FTS5 syntax is not needed.
  std::vector<TextHit> SearchText(std::string_view text,
                                  std::size_t limit) const;

  /// The underlying handle, for the store's own modules (graph/*.cc).
  sqlite3* handle() const;
  /// The path the store was opened with (":memory:" for an in-memory one).
  const std::string& path() const;
  /// True when opened with Options::read_only.
  bool read_only() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// What `kg check` finds: each problem is one line for a person to read.
struct CheckReport {
  std::vector<std::string> problems;  ///< Empty when the store is sound.
  std::vector<std::string> repaired;  ///< What --repair changed, one line each.
  std::vector<std::string> passed;    ///< The checks that found nothing.
  bool ok() const { return problems.empty(); }
};

struct CheckOptions {
  /// Default false: only read. When true (REQUIRES a store opened for
  /// writing), apply the lossless repairs in one transaction: delete rows
  /// that point at nothing (aliases and mentions of missing entities or
  /// articles) and entities no article mentions or relates (ingest never
  /// leaves them), add the alias row of an entity's own name, and recompute
  /// stale name keys. Facts and evidence are never deleted.
  bool repair = false;
  /// Problems listed per kind before "… and N more" (default 20).
  std::size_t max_listed = 20;
};

/// Checks SQLite's integrity_check and foreign_key_check, the schema
/// (application_id, user_version, tables) and kg's own invariants: every
/// relation has evidence, every evidence row and mention its article, every
/// alias and mention an entity, no orphan entity, known entity types and
/// relation names, entity names among their aliases, name keys current.
/// With options.repair, repairs what is lossless (see CheckOptions) and
/// reports the problems that remain. Throws SQLite errors it cannot report.
CheckReport CheckStore(Store& store, const CheckOptions& options);

/// One schema change, from version `from` to from + 1, as SQL run inside
/// the migration's transaction.
struct MigrationStep {
  int from = 0;
  std::string_view description;
  std::string_view sql;
};

/// The steps this build knows, oldest first: v1 → v2 adds the meta table
/// (generation counter for the CSR snapshot); v2 → v3 keeps imported facts'
/// file records out of the sentence index; v3 → v4 adds the 'reshaped'
/// counter (changes other than appends), so the snapshot survives appends.
std::span<const MigrationStep> MigrationSteps();

struct MigrateOptions {
  /// Default false. When true, only report the plan; the file is not opened
  /// for writing.
  bool dry_run = false;
  /// Where the copy made before migrating goes; default "" means
  /// "<path>.v<from>.bak". An existing file there is never overwritten.
  std::string backup_path;
};

struct MigrationPlan {
  int from_version = 0;
  int to_version = 0;
  std::vector<std::string> steps;  ///< "vN → vN+1: description", in order.
  std::string backup_path;         ///< Written unless dry-run or no steps.
};

/// Brings the kg store at path to schema version target (default: this
/// build's) with steps: a consistent copy to the backup path first, then
/// every step and the new user_version in one transaction, so a failure
/// leaves the store as it was. Fails, changing nothing, when the file is
/// not a kg store, is newer than target, or no chain of steps leads to
/// target. A store already at target gives an empty plan.
Result<MigrationPlan> MigrateStore(const std::string& path,
                                   const MigrateOptions& options);
Result<MigrationPlan> MigrateStore(const std::string& path,
                                   const MigrateOptions& options,
                                   std::span<const MigrationStep> steps,
                                   int target);

/// True for surface forms that name no entity by themselves ("the ministry",
/// "the company", "it"): kept as aliases but never used to resolve a name.
bool IsGenericName(std::string_view key);

}  // namespace kg
