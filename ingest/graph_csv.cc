#include "ingest/graph_csv.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "graph/normalize.h"
#include "ingest/article_json.h"

namespace kg {
namespace {

/// A peer relation name and the kg relation it becomes; reversed when the
/// kg relation reads the other way (X EMPLOYS Y = Y works_for X).
struct PeerRelation {
  std::string_view peer;
  std::string_view kg;
  bool reversed;
};

constexpr PeerRelation kPeerRelations[] = {
    {"OWNS", "owns_stake_in", false},      {"LOCATED_IN", "located_in", false},
    {"EMPLOYS", "works_for", true},        {"FUNDS", "invests_in", false},
    {"PARTNERS_WITH", "partners_with", false}, {"SUPPLIES", "supplies", false},
    {"REGULATES", "approves", false},      {"SUBSIDIARY_OF", "subsidiary_of", false},
    {"INVESTS_IN", "invests_in", false},   {"OPERATES", "operates", false},
    {"EXTRACTS", "produces", false},       {"PRODUCES", "produces", false},
    {"CONTRACTS_WITH", "partners_with", false}, {"MEMBER_OF", "part_of", false},
    {"MANAGES", "operates", false},        {"SUPERVISES", "part_of", true},
    {"EXPORTS_TO", "supplies", false},     {"IMPORTS_FROM", "supplies", true},
    {"LICENSES", "approves", false},       {"SANCTIONS", "sanctions", false},
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Record {
  std::size_t line = 0;  ///< Line on which the record starts.
  std::vector<std::string> fields;
};

/// Splits RFC 4180 text into records. Blank lines are skipped.
Result<std::vector<Record>> ParseCsv(const std::string& path,
                                     const std::string& text) {
  std::vector<Record> out;
  std::size_t i = 0, line = 1;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // UTF-8 BOM
  while (i < text.size()) {
    if (text[i] == '\n' || text[i] == '\r') {  // blank line
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
      continue;
    }
    Record rec;
    rec.line = line;
    while (true) {
      std::string field;
      if (i < text.size() && text[i] == '"') {
        std::size_t open_line = line;
        ++i;
        while (true) {
          if (i >= text.size())
            return Status::InvalidInput(fmt::format(
                "{}:{}: quoted field never closed", path, open_line));
          char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              field += '"';
              ++i;
            } else {
              break;
            }
          } else {
            if (c == '\n') ++line;
            field += c;
          }
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
          return Status::InvalidInput(fmt::format(
              "{}:{}: unexpected text after a closing quote", path, line));
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' &&
               text[i] != '\r') {
          if (text[i] == '"')
            return Status::InvalidInput(fmt::format(
                "{}:{}: a quote inside an unquoted field (quote the field and "
                "double the quote)", path, line));
          field += text[i++];
        }
      }
      rec.fields.push_back(std::move(field));
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < text.size() && text[i] == '\r') ++i;
      if (i < text.size() && text[i] == '\n') ++i;
      ++line;
      break;
    }
    out.push_back(std::move(rec));
  }
  return out;
}

/// FNV-1a 64 over bytes, continuing from h.
std::uint64_t Fnv1a(std::string_view bytes, std::uint64_t h = 0xcbf29ce484222325ULL) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

/// The records of a CSV file and the FNV-1a hash of its bytes.
struct CsvFile {
  std::vector<Record> records;
  std::uint64_t hash = 0;
};

Result<CsvFile> ReadCsvFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::InvalidInput(fmt::format("{}: cannot read the file", path));
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  std::size_t bad = FirstInvalidUtf8(text);
  if (bad != std::string::npos) {
    std::size_t line = 1 + static_cast<std::size_t>(
                               std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n'));
    return Status::InvalidInput(fmt::format("{}:{}: invalid UTF-8", path, line));
  }
  Result<std::vector<Record>> recs = ParseCsv(path, text);
  if (!recs) return recs.error();
  if (recs->empty())
    return Status::InvalidInput(fmt::format("{}:1: empty file, expected a header", path));
  return CsvFile{std::move(recs).value(), Fnv1a(text)};
}

/// A header column by Neo4j's rules: "name:type", ":ID(group)", ":LABEL".
struct Column {
  std::string name;  ///< Property name ("" for :ID, :LABEL, …).
  std::string kind;  ///< Upper-case type after ':' without group: ID, LABEL, STRING[], …
};

Column ParseColumn(std::string_view h) {
  Column c;
  std::size_t colon = h.rfind(':');
  if (colon == std::string_view::npos) {
    c.name = std::string(h);
    return c;
  }
  c.name = std::string(h.substr(0, colon));
  std::string kind(h.substr(colon + 1));
  std::size_t paren = kind.find('(');
  if (paren != std::string::npos) kind.resize(paren);
  for (char& ch : kind) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  c.kind = kind;
  return c;
}

/// Index of the first column satisfying pred, or -1.
template <typename Pred>
int Find(const std::vector<Column>& cols, Pred pred) {
  for (std::size_t i = 0; i < cols.size(); ++i)
    if (pred(cols[i])) return static_cast<int>(i);
  return -1;
}

std::optional<EntityType> ImportType(std::string_view label) {
  if (Lower(label) == "facility") return EntityType::kProject;
  return ParseEntityType(label);
}

struct RelationName {
  std::string name;
  bool reversed = false;
};

std::optional<RelationName> ImportRelation(std::string_view name) {
  std::string lower = Lower(name);
  if (FindRelation(lower) != nullptr) return RelationName{lower, false};
  for (const PeerRelation& p : kPeerRelations)
    if (Lower(p.peer) == lower) return RelationName{std::string(p.kg), p.reversed};
  return std::nullopt;
}

std::string RawLine(const Record& r) {
  std::string s;
  for (std::size_t i = 0; i < r.fields.size(); ++i) s += (i ? "," : "") + r.fields[i];
  return s;
}

}  // namespace

Result<ArticleDoc> ReadGraphCsv(const std::string& nodes_path,
                                const std::string& relationships_path) {
  Result<CsvFile> nodes_file = ReadCsvFile(nodes_path);
  if (!nodes_file) return nodes_file.error();
  Result<CsvFile> rels_file = ReadCsvFile(relationships_path);
  if (!rels_file) return rels_file.error();
  const std::vector<Record>* nodes = &nodes_file->records;
  std::vector<Record>* rels = &rels_file->records;

  ArticleDoc doc;
  std::error_code ec;
  std::filesystem::path canon = std::filesystem::weakly_canonical(relationships_path, ec);
  doc.id = "import:" + (ec ? relationships_path : canon.string());
  doc.title = fmt::format("import of {} and {}",
                          std::filesystem::path(nodes_path).filename().string(),
                          std::filesystem::path(relationships_path).filename().string());
  doc.source = "kg import";

  // ---- nodes ----
  std::vector<Column> nh;
  for (const std::string& h : nodes->front().fields) nh.push_back(ParseColumn(h));
  int id_col = Find(nh, [](const Column& c) { return c.kind == "ID"; });
  int name_col, type_col, alias_col = -1;
  bool neo4j = id_col >= 0;
  if (neo4j) {
    name_col = Find(nh, [](const Column& c) { return c.name == "name" && c.kind != "ID"; });
    type_col = Find(nh, [](const Column& c) { return c.kind == "LABEL"; });
    alias_col = Find(nh, [](const Column& c) { return c.name == "aliases"; });
    if (name_col < 0 && !nh[static_cast<std::size_t>(id_col)].name.empty())
      name_col = id_col;  // "name:ID": the id is the name
    if (name_col < 0 || type_col < 0)
      return Status::InvalidInput(fmt::format(
          "{}:1: a Neo4j node header needs :ID, name and :LABEL columns", nodes_path));
  } else {
    id_col = Find(nh, [](const Column& c) { return c.name == "id" && c.kind.empty(); });
    name_col = Find(nh, [](const Column& c) { return c.name == "name" && c.kind.empty(); });
    type_col = Find(nh, [](const Column& c) { return c.name == "type" && c.kind.empty(); });
    if (id_col < 0 || name_col < 0 || type_col < 0)
      return Status::InvalidInput(fmt::format(
          "{}:1: expected a header `id,name,type` or Neo4j's `:ID,name,:LABEL`",
          nodes_path));
  }
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> index;  // id → (entity, line)
  index.reserve(nodes->size());
  doc.entities.reserve(nodes->size());
  for (std::size_t r = 1; r < nodes->size(); ++r) {
    const Record& rec = (*nodes)[r];
    if (rec.fields.size() != nh.size())
      return Status::InvalidInput(fmt::format("{}:{}: expected {} fields, found {}",
                                              nodes_path, rec.line, nh.size(),
                                              rec.fields.size()));
    const std::string& id = rec.fields[static_cast<std::size_t>(id_col)];
    std::string name = CleanName(rec.fields[static_cast<std::size_t>(name_col)]);
    if (id.empty())
      return Status::InvalidInput(fmt::format("{}:{}: empty id", nodes_path, rec.line));
    if (name.empty())
      return Status::InvalidInput(fmt::format("{}:{}: empty name", nodes_path, rec.line));
    std::string labels = rec.fields[static_cast<std::size_t>(type_col)];
    std::optional<EntityType> type;
    for (std::size_t b = 0; b <= labels.size() && !type;) {
      std::size_t e = std::min(labels.find(';', b), labels.size());
      type = ImportType(std::string_view(labels).substr(b, e - b));
      b = e + 1;
    }
    if (!type)
      return Status::InvalidInput(fmt::format(
          "{}:{}: unknown entity type \"{}\" (kg knows Ministry, Agency, Company, "
          "Project, Mineral, Person, Country, Region, Organization)",
          nodes_path, rec.line, labels));
    auto [it, fresh] = index.emplace(id, std::pair{doc.entities.size(), rec.line});
    if (!fresh)
      return Status::InvalidInput(fmt::format("{}:{}: duplicate id \"{}\" (first on line {})",
                                              nodes_path, rec.line, id, it->second.second));
    DocEntity e;
    e.name = name;
    e.type = *type;
    if (alias_col >= 0) {
      const std::string& al = rec.fields[static_cast<std::size_t>(alias_col)];
      for (std::size_t b = 0; b < al.size();) {
        std::size_t end = std::min(al.find(';', b), al.size());
        std::string a = CleanName(std::string_view(al).substr(b, end - b));
        if (!a.empty() && a != e.name &&
            std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end())
          e.aliases.push_back(a);
        b = end + 1;
      }
    }
    doc.entities.push_back(std::move(e));
  }

  // ---- relationships ----
  std::vector<Column> rh;
  for (const std::string& h : rels->front().fields) rh.push_back(ParseColumn(h));
  int start_col = Find(rh, [](const Column& c) { return c.kind == "START_ID"; });
  int end_col = Find(rh, [](const Column& c) { return c.kind == "END_ID"; });
  int rel_col = Find(rh, [](const Column& c) { return c.kind == "TYPE"; });
  if (start_col < 0 && end_col < 0 && rel_col < 0) {
    start_col = Find(rh, [](const Column& c) { return c.name == "src_id" && c.kind.empty(); });
    end_col = Find(rh, [](const Column& c) { return c.name == "dst_id" && c.kind.empty(); });
    rel_col = Find(rh, [](const Column& c) { return c.name == "relation" && c.kind.empty(); });
  }
  if (start_col < 0 || end_col < 0 || rel_col < 0)
    return Status::InvalidInput(fmt::format(
        "{}:1: expected a header `src_id,dst_id,relation` or Neo4j's "
        "`:START_ID,:END_ID,:TYPE`", relationships_path));
  auto qual = [&](const char* n) {
    return Find(rh, [n](const Column& c) { return c.name == n && c.kind != "ID"; });
  };
  int date_col = qual("date"), amount_col = qual("amount"), unit_col = qual("unit"),
      percent_col = qual("percent"), status_col = qual("status");
  std::string rel_file = std::filesystem::path(relationships_path).filename().string();
  std::unordered_map<std::string, std::optional<RelationName>> relation_names;
  doc.relations.reserve(rels->size());
  for (std::size_t r = 1; r < rels->size(); ++r) {
    const Record& rec = (*rels)[r];
    if (rec.fields.size() != rh.size())
      return Status::InvalidInput(fmt::format("{}:{}: expected {} fields, found {}",
                                              relationships_path, rec.line, rh.size(),
                                              rec.fields.size()));
    auto end_of = [&](int col, const char* what) -> Result<std::size_t> {
      const std::string& id = rec.fields[static_cast<std::size_t>(col)];
      auto it = index.find(id);
      if (it == index.end())
        return Status::InvalidInput(fmt::format("{}:{}: {} \"{}\" is no id of {}",
                                                relationships_path, rec.line, what, id,
                                                nodes_path));
      return it->second.first;
    };
    Result<std::size_t> s = end_of(start_col, rh[static_cast<std::size_t>(start_col)].kind.empty()
                                                  ? "src_id" : ":START_ID");
    if (!s) return s.error();
    Result<std::size_t> o = end_of(end_col, rh[static_cast<std::size_t>(end_col)].kind.empty()
                                                ? "dst_id" : ":END_ID");
    if (!o) return o.error();
    const std::string& rel = rec.fields[static_cast<std::size_t>(rel_col)];
    auto known = relation_names.find(rel);
    if (known == relation_names.end())
      known = relation_names.emplace(rel, ImportRelation(rel)).first;
    const std::optional<RelationName>& name = known->second;
    if (!name)
      return Status::InvalidInput(fmt::format(
          "{}:{}: unknown relation \"{}\" (use a name of kg's vocabulary, see "
          "design.md)", relationships_path, rec.line, rel));
    if (*s == *o)
      return Status::InvalidInput(fmt::format("{}:{}: a relation from an entity to itself",
                                              relationships_path, rec.line));
    DocRelation d;
    d.subject = name->reversed ? *o : *s;
    d.object = name->reversed ? *s : *o;
    d.relation = name->name;
    auto get = [&](int col) {
      return col < 0 ? std::string() : rec.fields[static_cast<std::size_t>(col)];
    };
    d.qualifiers = {get(date_col), get(amount_col), get(unit_col), get(percent_col),
                    get(status_col)};
    d.evidence = fmt::format("{} line {}: {}", rel_file, rec.line, RawLine(rec));
    d.rule = "import";
    doc.relations.push_back(std::move(d));
    // The record is in the fact now: free it (10M facts hold gigabytes).
    std::vector<std::string>().swap((*rels)[r].fields);
  }
  // The article is a function of the two files' bytes and its id, so their
  // hash stands for FinalizeArticle's (which would serialise every fact).
  doc.content_hash = fmt::format(
      "{:016x}", Fnv1a(doc.id, nodes_file->hash * 31 + rels_file->hash));
  return doc;
}

}  // namespace kg
