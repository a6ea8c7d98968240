#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

/// The stable entity vocabulary of design.md. Order is the display order.
enum class EntityType : std::uint8_t {
  kMinistry,
  kAgency,
  kCompany,
  kProject,
  kMineral,
  kPerson,
  kCountry,
  kRegion,
  kOrganization,
};
inline constexpr int kEntityTypeCount = 9;

/// "Ministry", "Agency", ... as written in JSON, SQL and output.
std::string_view EntityTypeName(EntityType type);
/// Parses a type name, ignoring ASCII case; std::nullopt when unknown.
std::optional<EntityType> ParseEntityType(std::string_view name);
/// All types in display order.
std::span<const EntityType> AllEntityTypes();

/// One relation name of design.md's vocabulary with its type constraints.
struct RelationSpec {
  std::string_view name;
  std::string_view covers;     ///< What the relation means, for help output.
  std::uint16_t subject_types; ///< Bit (1 << type) set for allowed subjects.
  std::uint16_t object_types;  ///< Bit (1 << type) set for allowed objects.
  bool symmetric = false;      ///< partners_with: direction carries no meaning.
};

/// The relation vocabulary, in design.md's order.
std::span<const RelationSpec> RelationVocabulary();
/// The spec of a relation name, or nullptr when the name is not in the
/// vocabulary. The pointer lives as long as the program.
const RelationSpec* FindRelation(std::string_view name);
/// True when subject and object types fit spec.
bool RelationFits(const RelationSpec& spec, EntityType subject,
                  EntityType object);

using EntityId = std::int64_t;
using RelationId = std::int64_t;
using ArticleRowId = std::int64_t;

/// Half-open byte range [begin, end) into an article's text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const Span&) const = default;
};

/// Qualifiers of a fact as one sentence states them; empty = not stated.
struct Qualifiers {
  std::string date;     ///< "2019" or "2025-08-12".
  std::string amount;   ///< "50000", "744000000".
  std::string unit;     ///< "tons", "USD", "RUB".
  std::string percent;  ///< "51".
  std::string status;   ///< planned, agreed, completed, blocked, former, sought.
  bool empty() const {
    return date.empty() && amount.empty() && unit.empty() && percent.empty() &&
           status.empty();
  }
  bool operator==(const Qualifiers&) const = default;
};

// ---------------------------------------------------------------------------
// An article as read from JSON or made by the text extractor, before it is
// resolved against the store. This is design.md's Article JSON in memory.

struct DocEntity {
  std::string name;  ///< Canonical surface form in this article.
  EntityType type = EntityType::kOrganization;
  std::vector<std::string> aliases;  ///< Other surface forms, no duplicates.
  std::string attributes_json = "{}";  ///< A JSON object, compact.
  std::vector<Span> mentions;  ///< Where the text names it (may be empty).
};

struct DocRelation {
  std::size_t subject = 0;  ///< Index into ArticleDoc::entities.
  std::string relation;     ///< A name of RelationVocabulary().
  std::size_t object = 0;   ///< Index into ArticleDoc::entities.
  Qualifiers qualifiers;
  std::string evidence;  ///< The sentence that states the fact.
  std::optional<Span> evidence_span;  ///< Its place in the text, if known.
  std::string rule;  ///< The extractor rule that made it; "" for given facts.
  std::string attributes_json = "{}";
};

struct ArticleDoc {
  std::string id;  ///< Stable id; empty = content hash (set by Finalize).
  std::string title;
  std::string url;
  std::string source;
  std::string published;  ///< "YYYY-MM-DD" or "".
  std::string text;
  std::vector<DocEntity> entities;
  std::vector<DocRelation> relations;
  std::string content_hash;  ///< 16 hex digits over the canonical article.
};

/// One fact of a graph read from tables (`kg import`), in 32 bytes: a
/// million facts as DocRelations would take half a gigabyte.
struct TableFact {
  std::uint32_t subject = 0;  ///< Index into GraphTables::article.entities.
  std::uint32_t object = 0;   ///< Index into GraphTables::article.entities.
  const RelationSpec* relation = nullptr;
  std::uint32_t qualifiers = 0;  ///< Index into GraphTables::qualifiers.
  std::uint32_t line = 0;        ///< Line of the file where the record starts.
  std::uint64_t begin = 0;       ///< The record's bytes in GraphTables::raw.
};

/// A graph read from tables: the one article it becomes (finalized, with
/// its entities; relations empty) and its facts. Each fact's evidence is
/// its record, "<file> line <n>: <record>", made only when it is written.
struct GraphTables {
  ArticleDoc article;
  std::vector<TableFact> facts;
  std::vector<std::uint32_t> sizes;  ///< Byte length of each fact's record.
  std::vector<Qualifiers> qualifiers{Qualifiers{}};  ///< [0]: none stated.
  std::string file;  ///< The relationships file's name.
  std::string raw;   ///< Its bytes.

  /// The evidence sentence of facts[i].
  std::string Evidence(std::size_t i) const;
  /// The same graph as one article with a DocRelation per fact (rule
  /// "import"), what AddArticle takes.
  ArticleDoc ToArticle() const;
};

// ---------------------------------------------------------------------------
// The graph as stored.

struct Entity {
  EntityId id = 0;
  std::string name;
  EntityType type = EntityType::kOrganization;
  std::vector<std::string> aliases;  ///< Every surface form except name.
  std::string attributes_json = "{}";
  std::string first_seen;  ///< Earliest published date of its articles.
  std::string last_seen;
};

struct Relation {
  RelationId id = 0;
  EntityId subject = 0;
  std::string relation;
  EntityId object = 0;
  Qualifiers qualifiers;  ///< As first stated; evidence rows hold each one.
  int sources = 0;        ///< Number of distinct articles stating it.
};

struct Evidence {
  RelationId relation = 0;
  std::string article;  ///< Article id (external, stable).
  std::string title;
  std::string published;
  std::string source;
  std::string sentence;
  std::optional<Span> span;
  Qualifiers qualifiers;
  std::string rule;
};

struct ArticleInfo {
  std::string id;
  std::string title;
  std::string url;
  std::string source;
  std::string published;
  std::string content_hash;
  std::string ingested_at;
};

}  // namespace kg
