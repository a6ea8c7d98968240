#include "ingest/article_json.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <fmt/format.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/normalize.h"

namespace kg {
namespace {

constexpr std::size_t kMaxDepth = 64;
constexpr std::size_t kMaxNameBytes = 512;

// A parsed JSON value that remembers where it starts in the input, so that
// validation errors can name line and column (RapidJSON's DOM cannot).
struct Member;
struct Node {
  enum class Kind { kNull, kBool, kNumber, kString, kArray, kObject };
  Kind kind = Kind::kNull;
  bool boolean = false;
  std::string str;  // string value, or the number's text
  std::vector<Member> members;
  std::vector<Node> items;
  std::size_t offset = 0;

  const Node* Find(std::string_view key) const;
};

// An object member. A struct rather than std::pair<std::string, Node>: a
// vector may hold an incomplete type, a pair may not (clang rejects it).
struct Member {
  std::string first;  // the key
  Node second;        // the value
};

const Node* Node::Find(std::string_view key) const {
  for (const auto& [k, v] : members)
    if (k == key) return &v;
  return nullptr;
}

std::string_view KindName(Node::Kind k) {
  switch (k) {
    case Node::Kind::kNull: return "null";
    case Node::Kind::kBool: return "a boolean";
    case Node::Kind::kNumber: return "a number";
    case Node::Kind::kString: return "a string";
    case Node::Kind::kArray: return "an array";
    case Node::Kind::kObject: return "an object";
  }
  return "?";
}

// Builds a Node tree from RapidJSON SAX events, with each value's start
// offset. RapidJSON parses strings and numbers on a local copy of the stream
// and writes the position back after the handler returns, so at those events
// Tell() is the token's first byte; after '{', '[' and the literals null,
// true and false the stream has already moved past them.
class TreeBuilder {
 public:
  explicit TreeBuilder(const rapidjson::StringStream& stream) : stream_(stream) {}

  bool Null() { return Add(Node::Kind::kNull, stream_.Tell() - 4) != nullptr; }
  bool Bool(bool b) {
    Node* n = Add(Node::Kind::kBool, stream_.Tell() - (b ? 4 : 5));
    if (n) n->boolean = b;
    return n != nullptr;
  }
  bool Int(int) { return false; }  // kParseNumbersAsStringsFlag is used
  bool Uint(unsigned) { return false; }
  bool Int64(std::int64_t) { return false; }
  bool Uint64(std::uint64_t) { return false; }
  bool Double(double) { return false; }
  bool RawNumber(const char* s, rapidjson::SizeType len, bool) {
    Node* n = Add(Node::Kind::kNumber, stream_.Tell());
    if (n) n->str.assign(s, len);
    return n != nullptr;
  }
  bool String(const char* s, rapidjson::SizeType len, bool) {
    Node* n = Add(Node::Kind::kString, stream_.Tell());
    if (n) n->str.assign(s, len);
    return n != nullptr;
  }
  bool StartObject() { return Open(Node::Kind::kObject); }
  bool Key(const char* s, rapidjson::SizeType len, bool) {
    pending_key_.assign(s, len);
    return true;
  }
  bool EndObject(rapidjson::SizeType) { return Close(); }
  bool StartArray() { return Open(Node::Kind::kArray); }
  bool EndArray(rapidjson::SizeType) { return Close(); }

  Node TakeRoot() { return std::move(root_); }
  bool too_deep() const { return too_deep_; }
  std::size_t too_deep_offset() const { return too_deep_offset_; }

 private:
  Node* Add(Node::Kind kind, std::size_t offset) {
    Node node;
    node.kind = kind;
    node.offset = offset;
    if (stack_.empty()) {
      root_ = std::move(node);
      return &root_;
    }
    Node* parent = stack_.back();
    if (parent->kind == Node::Kind::kObject) {
      parent->members.push_back(Member{std::move(pending_key_), std::move(node)});
      return &parent->members.back().second;
    }
    parent->items.push_back(std::move(node));
    return &parent->items.back();
  }

  bool Open(Node::Kind kind) {
    if (stack_.size() >= kMaxDepth) {
      too_deep_ = true;
      too_deep_offset_ = stream_.Tell() - 1;
      return false;
    }
    stack_.push_back(Add(kind, stream_.Tell() - 1));
    return true;
  }

  bool Close() {
    stack_.pop_back();
    return true;
  }

  const rapidjson::StringStream& stream_;
  Node root_;
  std::vector<Node*> stack_;  // pointers stay valid: only the top grows
  std::string pending_key_;
  bool too_deep_ = false;
  std::size_t too_deep_offset_ = 0;
};

class Validator {
 public:
  Validator(std::string_view text, const SourcePosition& where)
      : text_(text), where_(where) {}

  Status Error(const Node& at, const std::string& msg) const {
    return Status::InvalidInput(
        fmt::format("{}: {}", FormatPosition(where_, text_, at.offset), msg));
  }

  // Reads an optional string member into out.
  Status OptString(const Node& obj, std::string_view key, std::string* out) {
    const Node* v = obj.Find(key);
    if (v == nullptr || v->kind == Node::Kind::kNull) return Status::Ok();
    if (v->kind == Node::Kind::kNumber && key == "date") {
      *out = v->str;  // "date": 2019 is common enough to accept
      return Status::Ok();
    }
    if (v->kind != Node::Kind::kString)
      return Error(*v, fmt::format("\"{}\" must be a string, not {}", key,
                                   KindName(v->kind)));
    if (std::size_t bad = FirstInvalidUtf8(v->str); bad != std::string::npos)
      return Error(*v, fmt::format("\"{}\" is not valid UTF-8", key));
    *out = v->str;
    return Status::Ok();
  }

  Status OptObjectText(const Node& obj, std::string_view key, std::string* out) {
    const Node* v = obj.Find(key);
    if (v == nullptr || v->kind == Node::Kind::kNull) return Status::Ok();
    if (v->kind != Node::Kind::kObject)
      return Error(*v, fmt::format("\"{}\" must be an object, not {}", key,
                                   KindName(v->kind)));
    *out = Serialize(*v);
    return Status::Ok();
  }

  Status Name(const Node& at, std::string_view what, std::string_view raw,
              std::string* out) {
    std::string clean = CleanName(raw);
    if (NameKey(clean).empty())
      return Error(at, fmt::format("{} is empty", what));
    if (clean.size() > kMaxNameBytes)
      return Error(at, fmt::format("{} is longer than {} bytes", what,
                                   kMaxNameBytes));
    *out = std::move(clean);
    return Status::Ok();
  }

  static void WriteNode(const Node& n,
                        rapidjson::Writer<rapidjson::StringBuffer>& w) {
    switch (n.kind) {
      case Node::Kind::kNull: w.Null(); break;
      case Node::Kind::kBool: w.Bool(n.boolean); break;
      case Node::Kind::kNumber:
        w.RawValue(n.str.data(), n.str.size(), rapidjson::kNumberType);
        break;
      case Node::Kind::kString:
        w.String(n.str.data(), static_cast<rapidjson::SizeType>(n.str.size()));
        break;
      case Node::Kind::kArray:
        w.StartArray();
        for (const Node& c : n.items) WriteNode(c, w);
        w.EndArray();
        break;
      case Node::Kind::kObject: {
        // Sorted keys: the same attributes always serialise the same way.
        std::vector<const Member*> sorted;
        for (const auto& m : n.members) sorted.push_back(&m);
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](auto* a, auto* b) { return a->first < b->first; });
        w.StartObject();
        for (const auto* m : sorted) {
          w.Key(m->first.data(),
                static_cast<rapidjson::SizeType>(m->first.size()));
          WriteNode(m->second, w);
        }
        w.EndObject();
        break;
      }
    }
  }

  static std::string Serialize(const Node& n) {
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    WriteNode(n, w);
    return std::string(buf.GetString(), buf.GetSize());
  }

  Result<ArticleDoc> Article(const Node& root);

 private:
  Status Entities(const Node& list, ArticleDoc& doc,
                  std::unordered_map<std::string, std::size_t>& by_id,
                  std::unordered_map<std::string, std::size_t>& by_key);
  Status Relations(const Node& list, ArticleDoc& doc,
                   const std::unordered_map<std::string, std::size_t>& by_id,
                   const std::unordered_map<std::string, std::size_t>& by_key);
  Result<std::optional<Span>> ReadSpan(const Node* v, std::size_t text_size);

  std::string_view text_;
  const SourcePosition& where_;
};

bool ValidDate(std::string_view d) {
  // YYYY, YYYY-MM or YYYY-MM-DD.
  auto digits = [&](std::size_t from, std::size_t n) {
    if (d.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i)
      if (d[i] < '0' || d[i] > '9') return false;
    return true;
  };
  if (d.size() == 4) return digits(0, 4);
  if (d.size() == 7) return digits(0, 4) && d[4] == '-' && digits(5, 2);
  if (d.size() == 10)
    return digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' &&
           digits(8, 2);
  return false;
}

Result<std::optional<Span>> Validator::ReadSpan(const Node* v,
                                                std::size_t text_size) {
  if (v == nullptr || v->kind == Node::Kind::kNull)
    return std::optional<Span>();
  if (v->kind != Node::Kind::kArray || v->items.size() != 2 ||
      v->items[0].kind != Node::Kind::kNumber ||
      v->items[1].kind != Node::Kind::kNumber)
    return Error(v ? *v : Node(), "a span must be [begin, end]");
  std::size_t b = 0, e = 0;
  if (v->items[0].str.find_first_of(".-eE") != std::string::npos ||
      v->items[1].str.find_first_of(".-eE") != std::string::npos)
    return Error(*v, "span offsets must be non-negative integers");
  try {
    b = std::stoull(v->items[0].str);
    e = std::stoull(v->items[1].str);
  } catch (const std::exception&) {
    return Error(*v, "span offsets must be non-negative integers");
  }
  if (v->items[0].str.find_first_of(".-eE") != std::string::npos ||
      v->items[1].str.find_first_of(".-eE") != std::string::npos || b > e ||
      e > text_size)
    return Error(*v, fmt::format("span [{}, {}] lies outside the text", b, e));
  return std::optional<Span>(Span{b, e});
}

Status Validator::Entities(
    const Node& list, ArticleDoc& doc,
    std::unordered_map<std::string, std::size_t>& by_id,
    std::unordered_map<std::string, std::size_t>& by_key) {
  if (list.kind != Node::Kind::kArray)
    return Error(list, fmt::format("\"entities\" must be an array, not {}",
                                   KindName(list.kind)));
  for (const Node& e : list.items) {
    if (e.kind != Node::Kind::kObject)
      return Error(e, fmt::format("an entity must be an object, not {}",
                                  KindName(e.kind)));
    const Node* name = e.Find("name");
    if (name == nullptr) return Error(e, "entity has no \"name\"");
    std::string raw_name;
    if (Status s = OptString(e, "name", &raw_name); !s.ok()) return s;
    DocEntity ent;
    if (Status s = Name(*name, "entity name", raw_name, &ent.name); !s.ok())
      return s;
    const Node* type = e.Find("type");
    if (type == nullptr)
      return Error(e, fmt::format("entity \"{}\" has no \"type\"", ent.name));
    if (type->kind != Node::Kind::kString)
      return Error(*type, "\"type\" must be a string");
    std::optional<EntityType> t = ParseEntityType(type->str);
    if (!t) {
      std::string known;
      for (EntityType k : AllEntityTypes()) {
        if (!known.empty()) known += ", ";
        known += EntityTypeName(k);
      }
      return Error(*type, fmt::format("unknown entity type \"{}\" (known: {})",
                                      type->str, known));
    }
    ent.type = *t;
    if (const Node* al = e.Find("aliases");
        al != nullptr && al->kind != Node::Kind::kNull) {
      if (al->kind != Node::Kind::kArray)
        return Error(*al, "\"aliases\" must be an array of strings");
      for (const Node& a : al->items) {
        if (a.kind != Node::Kind::kString)
          return Error(a, "an alias must be a string");
        std::string alias;
        if (FirstInvalidUtf8(a.str) != std::string::npos)
          return Error(a, "alias is not valid UTF-8");
        if (Status s = Name(a, "alias", a.str, &alias); !s.ok()) return s;
        if (alias != ent.name &&
            std::find(ent.aliases.begin(), ent.aliases.end(), alias) ==
                ent.aliases.end())
          ent.aliases.push_back(std::move(alias));
      }
    }
    if (Status s = OptObjectText(e, "attributes", &ent.attributes_json);
        !s.ok())
      return s;
    if (const Node* m = e.Find("mentions");
        m != nullptr && m->kind != Node::Kind::kNull) {
      if (m->kind != Node::Kind::kArray)
        return Error(*m, "\"mentions\" must be an array of [begin, end]");
      for (const Node& sp : m->items) {
        auto span = ReadSpan(&sp, doc.text.size());
        if (!span) return span.error();
        if (!*span) return Error(sp, "a mention must be [begin, end], not null");
        ent.mentions.push_back(**span);
      }
    }
    std::string id;
    if (const Node* idn = e.Find("id"); idn != nullptr) {
      if (idn->kind != Node::Kind::kString)
        return Error(*idn, "entity \"id\" must be a string");
      id = idn->str;
      if (by_id.count(id))
        return Error(*idn, fmt::format("duplicate entity id \"{}\"", id));
    }
    // Same name key and type within one article: one entity.
    std::string key = NameKey(ent.name) + '\x1f' +
                      std::string(EntityTypeName(ent.type));
    std::size_t index;
    if (auto it = by_key.find(key); it != by_key.end()) {
      index = it->second;
      DocEntity& into = doc.entities[index];
      for (std::string& a : ent.aliases)
        if (a != into.name && std::find(into.aliases.begin(),
                                        into.aliases.end(), a) == into.aliases.end())
          into.aliases.push_back(std::move(a));
      into.mentions.insert(into.mentions.end(), ent.mentions.begin(),
                           ent.mentions.end());
    } else {
      index = doc.entities.size();
      by_key.emplace(key, index);
      doc.entities.push_back(std::move(ent));
    }
    if (!id.empty()) by_id.emplace(id, index);
  }
  return Status::Ok();
}

Status Validator::Relations(
    const Node& list, ArticleDoc& doc,
    const std::unordered_map<std::string, std::size_t>& by_id,
    const std::unordered_map<std::string, std::size_t>& by_key) {
  if (list.kind != Node::Kind::kArray)
    return Error(list, fmt::format("\"relations\" must be an array, not {}",
                                   KindName(list.kind)));
  // Names resolve too: "subject": "Rostec" works when "Rostec" is an entity.
  std::unordered_map<std::string, std::vector<std::size_t>> by_name;
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    by_name[NameKey(doc.entities[i].name)].push_back(i);
    for (const std::string& a : doc.entities[i].aliases)
      by_name[NameKey(a)].push_back(i);
  }
  (void)by_key;
  auto resolve = [&](const Node& r, std::string_view role,
                     std::size_t* out) -> Status {
    const Node* v = r.Find(role);
    if (v == nullptr)
      return Error(r, fmt::format("relation has no \"{}\"", role));
    if (v->kind != Node::Kind::kString)
      return Error(*v, fmt::format("\"{}\" must be a string naming an entity "
                                   "id or name", role));
    if (auto it = by_id.find(v->str); it != by_id.end()) {
      *out = it->second;
      return Status::Ok();
    }
    auto it = by_name.find(NameKey(v->str));
    if (it != by_name.end()) {
      std::vector<std::size_t> c = it->second;
      std::sort(c.begin(), c.end());
      c.erase(std::unique(c.begin(), c.end()), c.end());
      if (c.size() == 1) {
        *out = c.front();
        return Status::Ok();
      }
      return Error(*v, fmt::format("\"{}\" names {} entities of this article; "
                                   "use an entity id", v->str, c.size()));
    }
    return Error(*v, fmt::format("{} \"{}\" names no entity id or name of "
                                 "this article", role, v->str));
  };

  for (const Node& r : list.items) {
    if (r.kind != Node::Kind::kObject)
      return Error(r, fmt::format("a relation must be an object, not {}",
                                  KindName(r.kind)));
    DocRelation rel;
    if (Status s = resolve(r, "subject", &rel.subject); !s.ok()) return s;
    if (Status s = resolve(r, "object", &rel.object); !s.ok()) return s;
    const Node* name = r.Find("relation");
    if (name == nullptr) return Error(r, "relation has no \"relation\"");
    if (name->kind != Node::Kind::kString)
      return Error(*name, "\"relation\" must be a string");
    const RelationSpec* spec = FindRelation(name->str);
    if (spec == nullptr)
      return Error(*name, fmt::format("unknown relation \"{}\" (see design.md's "
                                      "vocabulary; `kg --help` lists it)",
                                      name->str));
    const DocEntity& subj = doc.entities[rel.subject];
    const DocEntity& obj = doc.entities[rel.object];
    if (!RelationFits(*spec, subj.type, obj.type))
      return Error(*name, fmt::format("{} does not take a {} subject (\"{}\") "
                                      "and a {} object (\"{}\")",
                                      spec->name, EntityTypeName(subj.type),
                                      subj.name, EntityTypeName(obj.type),
                                      obj.name));
    if (rel.subject == rel.object)
      return Error(r, fmt::format("relation {} links \"{}\" to itself",
                                  spec->name, subj.name));
    rel.relation = std::string(spec->name);
    // Qualifiers: top level or inside "attributes".
    const Node* attrs = r.Find("attributes");
    if (attrs != nullptr && attrs->kind != Node::Kind::kNull &&
        attrs->kind != Node::Kind::kObject)
      return Error(*attrs, "\"attributes\" must be an object");
    struct Field {
      std::string_view key;
      std::string* out;
    } fields[] = {{"date", &rel.qualifiers.date},
                  {"amount", &rel.qualifiers.amount},
                  {"unit", &rel.qualifiers.unit},
                  {"percent", &rel.qualifiers.percent},
                  {"status", &rel.qualifiers.status}};
    for (const Field& f : fields) {
      if (attrs != nullptr && attrs->kind == Node::Kind::kObject) {
        if (const Node* v = attrs->Find(f.key);
            v != nullptr && v->kind == Node::Kind::kNumber) {
          *f.out = v->str;
        } else if (Status s = OptString(*attrs, f.key, f.out); !s.ok()) {
          return s;
        }
      }
      if (const Node* v = r.Find(f.key);
          v != nullptr && v->kind == Node::Kind::kNumber && f.key != "date") {
        *f.out = v->str;
      } else if (Status s = OptString(r, f.key, f.out); !s.ok()) {
        return s;
      }
    }
    if (!rel.qualifiers.date.empty() && !ValidDate(rel.qualifiers.date))
      return Error(r.Find("date") ? *r.Find("date") : r,
                   fmt::format("date \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD",
                               rel.qualifiers.date));
    if (attrs != nullptr && attrs->kind == Node::Kind::kObject)
      rel.attributes_json = Serialize(*attrs);
    if (Status s = OptString(r, "evidence", &rel.evidence); !s.ok()) return s;
    if (Status s = OptString(r, "rule", &rel.rule); !s.ok()) return s;
    auto span = ReadSpan(r.Find("evidence_span"), doc.text.size());
    if (!span) return span.error();
    rel.evidence_span = *span;
    if (!rel.evidence_span && !rel.evidence.empty() && !doc.text.empty()) {
      if (std::size_t at = doc.text.find(rel.evidence); at != std::string::npos)
        rel.evidence_span = Span{at, at + rel.evidence.size()};
    }
    doc.relations.push_back(std::move(rel));
  }
  return Status::Ok();
}

Result<ArticleDoc> Validator::Article(const Node& root) {
  if (root.kind != Node::Kind::kObject)
    return Error(root, fmt::format("an article must be a JSON object, not {}",
                                   KindName(root.kind)));
  ArticleDoc doc;
  for (auto [key, out] : {std::pair{"id", &doc.id},
                          {"title", &doc.title},
                          {"url", &doc.url},
                          {"source", &doc.source},
                          {"published", &doc.published},
                          {"text", &doc.text}}) {
    if (Status s = OptString(root, key, out); !s.ok()) return s;
  }
  if (!doc.published.empty() && !ValidDate(doc.published))
    return Error(*root.Find("published"),
                 fmt::format("\"published\" is \"{}\", not YYYY-MM-DD",
                             doc.published));
  std::unordered_map<std::string, std::size_t> by_id, by_key;
  const Node* entities = root.Find("entities");
  if (entities != nullptr && entities->kind != Node::Kind::kNull) {
    if (Status s = Entities(*entities, doc, by_id, by_key); !s.ok()) return s;
  }
  const Node* relations = root.Find("relations");
  if (relations != nullptr && relations->kind != Node::Kind::kNull) {
    if (doc.entities.empty() && relations->kind == Node::Kind::kArray &&
        !relations->items.empty())
      return Error(*relations, "relations given but no entities");
    if (Status s = Relations(*relations, doc, by_id, by_key); !s.ok()) return s;
  }
  if (doc.entities.empty() && doc.text.empty())
    return Error(root, "article has neither \"entities\" nor \"text\"");
  return doc;
}

// The length of the longest prefix of s[0, n) that a JSON string literal
// holds as it is: no '"', no '\\' and no control byte. Eight bytes at a
// time; in the mask, the lowest flagged byte is always a real one (a borrow
// only runs upward from a flagged byte).
std::size_t PlainPrefix(const char* s, std::size_t n) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::size_t i = 0;
#ifdef __SSE2__
  // Sixteen bytes at a time where SSE2 is there (every x86-64).
  const __m128i quotes = _mm_set1_epi8('"');
  const __m128i slashes = _mm_set1_epi8('\\');
  const __m128i ctl_max = _mm_set1_epi8(0x1F);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    // v <= 0x1F (unsigned) exactly when max(v, 0x1F) == 0x1F.
    const __m128i ctl = _mm_cmpeq_epi8(_mm_max_epu8(v, ctl_max), ctl_max);
    const __m128i special = _mm_or_si128(
        ctl, _mm_or_si128(_mm_cmpeq_epi8(v, quotes), _mm_cmpeq_epi8(v, slashes)));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(special));
    if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    std::uint64_t v;
    std::memcpy(&v, s + i, 8);
    std::uint64_t quote = v ^ (kOnes * '"');
    std::uint64_t slash = v ^ (kOnes * '\\');
    std::uint64_t special = (((v - kOnes * 0x20) & ~v) |
                             ((quote - kOnes) & ~quote) |
                             ((slash - kOnes) & ~slash)) &
                            kHigh;
    if (special != 0) {
      // Little-endian: the lowest set bit is in the first special byte.
      if constexpr (std::endian::native == std::endian::little)
        return i + static_cast<std::size_t>(std::countr_zero(special)) / 8;
      break;
    }
  }
  for (; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"' || c == '\\') return i;
  }
  return n;
}

// The escape of a byte that PlainPrefix() stops at, into out (at least 6
// bytes); returns its length.
std::size_t EscapeByte(unsigned char c, char* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out[0] = '\\';
  switch (c) {
    case '"': out[1] = '"'; return 2;
    case '\\': out[1] = '\\'; return 2;
    case '\b': out[1] = 'b'; return 2;
    case '\t': out[1] = 't'; return 2;
    case '\n': out[1] = 'n'; return 2;
    case '\f': out[1] = 'f'; return 2;
    case '\r': out[1] = 'r'; return 2;
    default:
      out[1] = 'u';
      out[2] = '0';
      out[3] = '0';
      out[4] = kHex[c >> 4];
      out[5] = kHex[c & 15];
      return 6;
  }
}

// Appends s as a JSON string literal, byte for byte what rapidjson's
// Writer::String writes for UTF-8 (so content hashes do not change): '"' and
// '\\' escaped, control bytes as \b \t \n \f \r or \u00XX, all other bytes
// as they are.
void AppendJsonString(std::string& out, std::string_view s) {
  out.push_back('"');
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t run = PlainPrefix(s.data() + i, s.size() - i);
    out.append(s.data() + i, run);
    i += run;
    if (i == s.size()) break;
    char esc[6];
    out.append(esc, EscapeByte(static_cast<unsigned char>(s[i]), esc));
    ++i;
  }
  out.push_back('"');
}

// The article JSON, written directly: the same bytes as RapidJSON's compact
// Writer produced for it (content hashes depend on them), without its
// per-character output calls. Bytes go through a pointer into a buffer that
// grows by doubling; Take() trims it to what was written.
class JsonOut {
 public:
  /// Writes from byte `offset` on (the bytes before it are left for the
  /// caller), with room for `reserve` bytes after it.
  JsonOut(std::size_t reserve, std::size_t offset)
      : buf_(offset + std::max<std::size_t>(reserve, 64), '\0'), size_(offset) {}
  void Open(char c) {
    Sep();
    Put(c);
    first_ = true;
  }
  void Close(char c) {
    Put(c);
    first_ = false;
  }
  /// REQUIRES: k needs no escape (the keys are fixed lower-case words).
  void Key(std::string_view k) {
    Sep();
    Room(k.size() + 3);
    buf_[size_++] = '"';
    std::memcpy(buf_.data() + size_, k.data(), k.size());
    size_ += k.size();
    buf_[size_++] = '"';
    buf_[size_++] = ':';
    first_ = true;  // the value follows without a comma
  }
  void String(std::string_view v) {
    Sep();
    Quoted(v);
  }
  /// The string "e<n>" (an entity id of the article), as String() writes it.
  void EntityId(std::size_t n) {
    Sep();
    Room(kMaxDigits + 3);
    buf_[size_++] = '"';
    buf_[size_++] = 'e';
    Digits(n);
    buf_[size_++] = '"';
  }
  void Uint(std::uint64_t v) {
    Sep();
    Room(kMaxDigits);
    Digits(v);
  }
  void Raw(std::string_view v) {
    Sep();
    Append(v.data(), v.size());
  }
  void Span(kg::Span s) {
    Open('[');
    Uint(s.begin);
    Uint(s.end);
    Close(']');
  }
  std::string Take() {
    buf_.resize(size_);
    return std::move(buf_);
  }

 private:
  void Sep() {
    if (!first_) Put(',');
    first_ = false;
  }
  static constexpr std::size_t kMaxDigits = 20;  ///< Of a 64-bit number.
  /// Makes room for n more bytes (the check inline, the growth not).
  void Room(std::size_t n) {
    if (size_ + n > buf_.size()) Grow(n);
  }
  void Grow(std::size_t n) { buf_.resize(std::max(buf_.size() * 2, size_ + n)); }
  /// v in decimal. REQUIRES: Room(kMaxDigits).
  void Digits(std::uint64_t v) {
    char* p = buf_.data() + size_;
    size_ = static_cast<std::size_t>(std::to_chars(p, p + kMaxDigits, v).ptr - buf_.data());
  }
  void Put(char c) {
    Room(1);
    buf_[size_++] = c;
  }
  void Append(const char* p, std::size_t n) {
    Room(n);
    std::memcpy(buf_.data() + size_, p, n);
    size_ += n;
  }
  /// s as a JSON string literal (see AppendJsonString()).
  void Quoted(std::string_view s) {
    Room(s.size() + 2);
    buf_[size_++] = '"';
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t run = PlainPrefix(s.data() + i, s.size() - i);
      std::memcpy(buf_.data() + size_, s.data() + i, run);
      size_ += run;
      i += run;
      if (i == s.size()) break;
      // The escape takes up to 6 bytes for the 1 that room was made for.
      Room(6 + (s.size() - i) + 1);
      size_ += EscapeByte(static_cast<unsigned char>(s[i]), buf_.data() + size_);
      ++i;
    }
    buf_[size_++] = '"';
  }

  std::string buf_;       ///< Written bytes, then spare room.
  std::size_t size_ = 0;  ///< Bytes written.
  bool first_ = true;
};

// The article's JSON, one line, from byte `offset` of the result on (the
// bytes before it are zero).
std::string Write(const ArticleDoc& a, bool with_id, std::size_t offset = 0) {
  // Room for all of it, so that the buffer rarely grows: the strings, and
  // a generous allowance for keys, ids and spans.
  std::size_t size = a.title.size() + a.url.size() + a.source.size() +
                     a.text.size() + 256;
  for (const DocRelation& r : a.relations)
    size += r.evidence.size() + r.rule.size() + 160;
  for (const DocEntity& e : a.entities) {
    size += e.name.size() + e.attributes_json.size() + 96 + e.mentions.size() * 24;
    for (const std::string& al : e.aliases) size += al.size() + 3;
  }
  JsonOut w(size, offset);
  w.Open('{');
  if (with_id) {
    w.Key("id");
    w.String(a.id);
  }
  for (auto [key, value] : {std::pair{"title", &a.title},
                            {"url", &a.url},
                            {"source", &a.source},
                            {"published", &a.published},
                            {"text", &a.text}}) {
    if (value->empty()) continue;
    w.Key(key);
    w.String(*value);
  }
  w.Key("entities");
  w.Open('[');
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const DocEntity& e = a.entities[i];
    w.Open('{');
    w.Key("id");
    w.EntityId(i + 1);
    w.Key("name");
    w.String(e.name);
    w.Key("type");
    w.String(EntityTypeName(e.type));
    w.Key("aliases");
    w.Open('[');
    for (const std::string& al : e.aliases) w.String(al);
    w.Close(']');
    w.Key("attributes");
    w.Raw(e.attributes_json.empty() ? std::string_view("{}") : e.attributes_json);
    if (!e.mentions.empty()) {
      w.Key("mentions");
      w.Open('[');
      for (kg::Span sp : e.mentions) w.Span(sp);
      w.Close(']');
    }
    w.Close('}');
  }
  w.Close(']');
  w.Key("relations");
  w.Open('[');
  for (const DocRelation& r : a.relations) {
    w.Open('{');
    w.Key("subject");
    w.EntityId(r.subject + 1);
    w.Key("relation");
    w.String(r.relation);
    w.Key("object");
    w.EntityId(r.object + 1);
    for (auto [key, value] : {std::pair{"date", &r.qualifiers.date},
                              {"amount", &r.qualifiers.amount},
                              {"unit", &r.qualifiers.unit},
                              {"percent", &r.qualifiers.percent},
                              {"status", &r.qualifiers.status}}) {
      if (value->empty()) continue;
      w.Key(key);
      w.String(*value);
    }
    w.Key("evidence");
    w.String(r.evidence);
    if (r.evidence_span) {
      w.Key("evidence_span");
      w.Span(*r.evidence_span);
    }
    if (!r.rule.empty()) {
      w.Key("rule");
      w.String(r.rule);
    }
    w.Key("attributes");
    w.Raw(r.attributes_json.empty() ? std::string_view("{}") : r.attributes_json);
    w.Close('}');
  }
  w.Close(']');
  w.Close('}');
  return w.Take();
}

std::uint64_t Fnv1a64(std::string_view s) {
  constexpr std::uint64_t kPrime = 1099511628211ull;
  std::uint64_t h = 14695981039346656037ull;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size();
  // Eight bytes per turn of the loop, written out, so that the loop's own
  // counting is paid once per eight bytes (the hash is the same: one byte
  // after the other).
  for (; n >= 8; p += 8, n -= 8) {
    h = (h ^ p[0]) * kPrime;
    h = (h ^ p[1]) * kPrime;
    h = (h ^ p[2]) * kPrime;
    h = (h ^ p[3]) * kPrime;
    h = (h ^ p[4]) * kPrime;
    h = (h ^ p[5]) * kPrime;
    h = (h ^ p[6]) * kPrime;
    h = (h ^ p[7]) * kPrime;
  }
  for (; n > 0; ++p, --n) h = (h ^ *p) * kPrime;
  return h;
}

}  // namespace

std::string FormatPosition(const SourcePosition& where, std::string_view text,
                           std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = where.first_line;
  std::size_t col = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col;  // count characters, not UTF-8 continuation bytes
    }
  }
  return fmt::format("{}:{}:{}", where.file, line, col);
}

Result<ArticleDoc> ParseArticleJson(std::string_view json,
                                    const SourcePosition& where) {
  // RapidJSON's StringStream needs a NUL-terminated buffer; a NUL inside the
  // input ends the document early and is reported as trailing garbage.
  // RapidJSON 1.1.0 validating UTF-8 takes up to 3 continuation bytes after
  // a lead byte without looking for the end: input ending in a truncated
  // sequence read past the terminator (found by fuzz_article_json). Enough
  // NUL padding keeps every such read inside the buffer.
  std::string buffer(json);
  buffer.append(4, '\0');
  rapidjson::StringStream stream(buffer.c_str());
  TreeBuilder builder(stream);
  rapidjson::Reader reader;
  // The recursive parser reports exact stream positions at each event
  // (the iterative one runs a token ahead); TreeBuilder stops it at
  // kMaxDepth, so recursion stays shallow whatever the input's nesting.
  constexpr unsigned kFlags = rapidjson::kParseNumbersAsStringsFlag |
                              rapidjson::kParseValidateEncodingFlag;
  rapidjson::ParseResult ok = reader.Parse<kFlags>(stream, builder);
  if (!ok) {
    if (builder.too_deep())
      return Status::InvalidInput(fmt::format(
          "{}: JSON nested deeper than {} levels",
          FormatPosition(where, json, builder.too_deep_offset()), kMaxDepth));
    return Status::InvalidInput(fmt::format(
        "{}: invalid JSON: {}", FormatPosition(where, json, ok.Offset()),
        rapidjson::GetParseError_En(ok.Code())));
  }
  std::size_t end = stream.Tell();
  while (end < json.size() && (json[end] == ' ' || json[end] == '\n' ||
                               json[end] == '\r' || json[end] == '\t'))
    ++end;
  if (end < json.size())
    return Status::InvalidInput(fmt::format(
        "{}: unexpected {} after the article object",
        FormatPosition(where, json, end),
        json[end] == '\0' ? "NUL byte" : "text"));
  Node root = builder.TakeRoot();
  Validator v(json, where);
  return v.Article(root);
}

std::string WriteArticleJson(const ArticleDoc& a) { return Write(a, true); }

void FinalizeArticle(ArticleDoc& a, std::string* json) {
  // The printed JSON is the canonical one with "id" as its first key:
  // '{"id":<id>,' in place of the canonical '{'. The canonical form is
  // written after room for that head, so that nothing moves afterwards. An
  // id still to come is the content hash: 16 hex digits, 25 bytes of head.
  std::string head;
  std::size_t room = 0;
  if (json != nullptr) {
    if (!a.id.empty()) {
      head = "{\"id\":";
      AppendJsonString(head, a.id);
      head.push_back(',');
      room = head.size();
    } else {
      room = 25;
    }
  }
  const std::size_t at = room > 0 ? room - 1 : 0;  // where '{' goes
  std::string out = Write(a, false, at);
  a.content_hash = fmt::format("{:016x}", Fnv1a64(std::string_view(out).substr(at)));
  if (a.id.empty()) a.id = a.content_hash;
  if (json == nullptr) return;
  if (head.empty()) {
    head = "{\"id\":";
    AppendJsonString(head, a.id);
    head.push_back(',');
  }
  if (head.size() == room) {
    std::memcpy(out.data(), head.data(), room);
  } else {
    out.replace(0, room, head);  // not reached: the room fits the head
  }
  *json = std::move(out);
}

}  // namespace kg
