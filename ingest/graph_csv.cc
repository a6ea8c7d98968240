#include "ingest/graph_csv.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <span>
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

/// One CSV record: its first line, its bytes in the text (without the line
/// break) and its fields, unquoted. The fields' strings are reused from
/// record to record, so reading a million records allocates almost nothing.
struct Record {
  std::size_t line = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::string> fields;
  std::size_t size = 0;  ///< Fields in use; fields[size..] are spare.
  std::string& Next() {
    if (size == fields.size()) fields.emplace_back();
    std::string& f = fields[size++];
    f.clear();
    return f;
  }
  std::span<const std::string> Fields() const { return {fields.data(), size}; }
};

/// Calls fn(record) for every record of RFC 4180 text, in order, and stops
/// at the first error fn returns. Blank lines are skipped.
template <typename Fn>
Status ForEachRecord(const std::string& path, std::string_view text, Fn&& fn) {
  Record rec;
  std::size_t i = 0, line = 1;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // UTF-8 BOM
  const std::size_t n = text.size();
  while (i < n) {
    if (text[i] == '\n' || text[i] == '\r') {  // blank line
      if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
      continue;
    }
    rec.line = line;
    rec.begin = i;
    rec.size = 0;
    while (true) {
      std::string& field = rec.Next();
      if (i < n && text[i] == '"') {
        std::size_t open_line = line;
        ++i;
        while (true) {
          std::size_t q = text.find('"', i);
          if (q == std::string_view::npos)
            return Status::InvalidInput(fmt::format(
                "{}:{}: quoted field never closed", path, open_line));
          std::string_view part = text.substr(i, q - i);
          line += static_cast<std::size_t>(std::count(part.begin(), part.end(), '\n'));
          field.append(part);
          i = q + 1;
          if (i < n && text[i] == '"') {
            field += '"';
            ++i;
          } else {
            break;
          }
        }
        if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
          return Status::InvalidInput(fmt::format(
              "{}:{}: unexpected text after a closing quote", path, line));
      } else {
        std::size_t j = i;
        while (j < n && text[j] != ',' && text[j] != '\n' && text[j] != '\r') {
          if (text[j] == '"')
            return Status::InvalidInput(fmt::format(
                "{}:{}: a quote inside an unquoted field (quote the field and "
                "double the quote)", path, line));
          ++j;
        }
        field.assign(text.data() + i, j - i);
        i = j;
      }
      if (i < n && text[i] == ',') {
        ++i;
        continue;
      }
      rec.end = i;
      if (i < n && text[i] == '\r') ++i;
      if (i < n && text[i] == '\n') ++i;
      ++line;
      break;
    }
    if (Status st = fn(static_cast<const Record&>(rec)); !st.ok()) return st;
  }
  return Status::Ok();
}

/// FNV-1a 64 over bytes, continuing from h.
std::uint64_t Fnv1a(std::string_view bytes, std::uint64_t h = 0xcbf29ce484222325ULL) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

/// The bytes of a CSV file, checked to be UTF-8 with a header record.
Result<std::string> ReadCsvText(const std::string& path) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) return Status::InvalidInput(fmt::format("{}: cannot read the file", path));
  std::string text(static_cast<std::size_t>(f.tellg()), '\0');
  f.seekg(0);
  if (!f.read(text.data(), static_cast<std::streamsize>(text.size())))
    return Status::InvalidInput(fmt::format("{}: cannot read the file", path));
  std::size_t bad = FirstInvalidUtf8(text);
  if (bad != std::string::npos) {
    std::size_t line = 1 + static_cast<std::size_t>(
                               std::count(text.begin(), text.begin() + static_cast<long>(bad), '\n'));
    return Status::InvalidInput(fmt::format("{}:{}: invalid UTF-8", path, line));
  }
  if (text.find_first_not_of("\r\n", text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0) ==
      std::string::npos)
    return Status::InvalidInput(fmt::format("{}:1: empty file, expected a header", path));
  return text;
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

}  // namespace

Result<GraphTables> ReadGraphTables(const std::string& nodes_path,
                                    const std::string& relationships_path) {
  Result<std::string> nodes_text = ReadCsvText(nodes_path);
  if (!nodes_text) return nodes_text.error();
  GraphTables t;
  {
    Result<std::string> rels_text = ReadCsvText(relationships_path);
    if (!rels_text) return rels_text.error();
    t.raw = std::move(rels_text).value();
  }
  ArticleDoc& doc = t.article;
  std::error_code ec;
  std::filesystem::path canon = std::filesystem::weakly_canonical(relationships_path, ec);
  doc.id = "import:" + (ec ? relationships_path : canon.string());
  doc.title = fmt::format("import of {} and {}",
                          std::filesystem::path(nodes_path).filename().string(),
                          std::filesystem::path(relationships_path).filename().string());
  doc.source = "kg import";
  t.file = std::filesystem::path(relationships_path).filename().string();

  // ---- nodes ----
  std::vector<Column> nh;
  int id_col = -1, name_col = -1, type_col = -1, alias_col = -1;
  std::unordered_map<std::string, std::pair<std::uint32_t, std::size_t>> index;  // id → (entity, line)
  index.reserve(static_cast<std::size_t>(
      std::count(nodes_text->begin(), nodes_text->end(), '\n')));
  auto header = [&](const Record& rec) -> Status {
    for (const std::string& h : rec.Fields()) nh.push_back(ParseColumn(h));
    id_col = Find(nh, [](const Column& c) { return c.kind == "ID"; });
    if (id_col >= 0) {  // Neo4j
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
    return Status::Ok();
  };
  auto node = [&](const Record& rec) -> Status {
    if (nh.empty()) return header(rec);
    std::span<const std::string> f = rec.Fields();
    if (f.size() != nh.size())
      return Status::InvalidInput(fmt::format("{}:{}: expected {} fields, found {}",
                                              nodes_path, rec.line, nh.size(), f.size()));
    const std::string& id = f[static_cast<std::size_t>(id_col)];
    std::string name = CleanName(f[static_cast<std::size_t>(name_col)]);
    if (id.empty())
      return Status::InvalidInput(fmt::format("{}:{}: empty id", nodes_path, rec.line));
    if (name.empty())
      return Status::InvalidInput(fmt::format("{}:{}: empty name", nodes_path, rec.line));
    std::string_view labels = f[static_cast<std::size_t>(type_col)];
    std::optional<EntityType> type;
    for (std::size_t b = 0; b <= labels.size() && !type;) {
      std::size_t e = std::min(labels.find(';', b), labels.size());
      type = ImportType(labels.substr(b, e - b));
      b = e + 1;
    }
    if (!type)
      return Status::InvalidInput(fmt::format(
          "{}:{}: unknown entity type \"{}\" (kg knows Ministry, Agency, Company, "
          "Project, Mineral, Person, Country, Region, Organization)",
          nodes_path, rec.line, labels));
    auto [it, fresh] = index.try_emplace(
        id, static_cast<std::uint32_t>(doc.entities.size()), rec.line);
    if (!fresh)
      return Status::InvalidInput(fmt::format("{}:{}: duplicate id \"{}\" (first on line {})",
                                              nodes_path, rec.line, id, it->second.second));
    DocEntity e;
    e.name = std::move(name);
    e.type = *type;
    if (alias_col >= 0) {
      std::string_view al = f[static_cast<std::size_t>(alias_col)];
      for (std::size_t b = 0; b < al.size();) {
        std::size_t end = std::min(al.find(';', b), al.size());
        std::string a = CleanName(al.substr(b, end - b));
        if (!a.empty() && a != e.name &&
            std::find(e.aliases.begin(), e.aliases.end(), a) == e.aliases.end())
          e.aliases.push_back(std::move(a));
        b = end + 1;
      }
    }
    doc.entities.push_back(std::move(e));
    return Status::Ok();
  };
  if (Status st = ForEachRecord(nodes_path, *nodes_text, node); !st.ok()) return st;
  const std::uint64_t nodes_hash = Fnv1a(*nodes_text);
  nodes_text = std::string();  // free it before the facts are read

  // ---- relationships ----
  std::vector<Column> rh;
  int start_col = -1, end_col = -1, rel_col = -1;
  int date_col = -1, amount_col = -1, unit_col = -1, percent_col = -1, status_col = -1;
  auto rel_header = [&](const Record& rec) -> Status {
    for (const std::string& h : rec.Fields()) rh.push_back(ParseColumn(h));
    start_col = Find(rh, [](const Column& c) { return c.kind == "START_ID"; });
    end_col = Find(rh, [](const Column& c) { return c.kind == "END_ID"; });
    rel_col = Find(rh, [](const Column& c) { return c.kind == "TYPE"; });
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
    date_col = qual("date");
    amount_col = qual("amount");
    unit_col = qual("unit");
    percent_col = qual("percent");
    status_col = qual("status");
    return Status::Ok();
  };
  std::unordered_map<std::string, std::optional<RelationName>> relation_names;
  t.facts.reserve(static_cast<std::size_t>(std::count(t.raw.begin(), t.raw.end(), '\n')));
  t.sizes.reserve(t.facts.capacity());
  auto fact = [&](const Record& rec) -> Status {
    if (rh.empty()) return rel_header(rec);
    std::span<const std::string> f = rec.Fields();
    if (f.size() != rh.size())
      return Status::InvalidInput(fmt::format("{}:{}: expected {} fields, found {}",
                                              relationships_path, rec.line, rh.size(),
                                              f.size()));
    auto end_of = [&](int col, const char* what) -> Result<std::uint32_t> {
      const std::string& id = f[static_cast<std::size_t>(col)];
      auto it = index.find(id);
      if (it == index.end())
        return Status::InvalidInput(fmt::format("{}:{}: {} \"{}\" is no id of {}",
                                                relationships_path, rec.line, what, id,
                                                nodes_path));
      return it->second.first;
    };
    Result<std::uint32_t> s = end_of(start_col, rh[static_cast<std::size_t>(start_col)].kind.empty()
                                                    ? "src_id" : ":START_ID");
    if (!s) return s.error();
    Result<std::uint32_t> o = end_of(end_col, rh[static_cast<std::size_t>(end_col)].kind.empty()
                                                  ? "dst_id" : ":END_ID");
    if (!o) return o.error();
    const std::string& rel = f[static_cast<std::size_t>(rel_col)];
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
    TableFact d;
    d.subject = name->reversed ? *o : *s;
    d.object = name->reversed ? *s : *o;
    d.relation = FindRelation(name->name);
    auto get = [&](int col) {
      return col < 0 ? std::string() : f[static_cast<std::size_t>(col)];
    };
    Qualifiers q{get(date_col), get(amount_col), get(unit_col), get(percent_col),
                 get(status_col)};
    if (!q.empty()) {
      d.qualifiers = static_cast<std::uint32_t>(t.qualifiers.size());
      t.qualifiers.push_back(std::move(q));
    }
    d.line = static_cast<std::uint32_t>(rec.line);
    d.begin = rec.begin;
    t.facts.push_back(d);
    t.sizes.push_back(static_cast<std::uint32_t>(rec.end - rec.begin));
    return Status::Ok();
  };
  if (Status st = ForEachRecord(relationships_path, t.raw, fact); !st.ok()) return st;
  // The article is a function of the two files' bytes and its id, so their
  // hash stands for FinalizeArticle's (which would serialise every fact).
  doc.content_hash =
      fmt::format("{:016x}", Fnv1a(doc.id, nodes_hash * 31 + Fnv1a(t.raw)));
  return t;
}

Result<ArticleDoc> ReadGraphCsv(const std::string& nodes_path,
                                const std::string& relationships_path) {
  Result<GraphTables> t = ReadGraphTables(nodes_path, relationships_path);
  if (!t) return t.error();
  return t->ToArticle();
}

}  // namespace kg
