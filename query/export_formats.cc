// GraphML, Neo4j CSV and N-Quads writers (see query/export.h).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "query/export.h"

namespace kg {
namespace {

// ---- shared ----------------------------------------------------------------

std::vector<const Entity*> ById(const Subgraph& sub) {
  std::vector<const Entity*> v;
  for (const Entity& e : sub.entities) v.push_back(&e);
  std::sort(v.begin(), v.end(),
            [](const Entity* a, const Entity* b) { return a->id < b->id; });
  return v;
}

std::vector<const FactView*> FactsById(const Subgraph& sub) {
  std::vector<const FactView*> v;
  for (const FactView& f : sub.relations) v.push_back(&f);
  std::sort(v.begin(), v.end(), [](const FactView* a, const FactView* b) {
    return a->relation.id < b->relation.id;
  });
  return v;
}

/// Distinct article ids of a fact's evidence, sorted.
std::vector<std::string> ArticlesOf(const FactView& f) {
  std::set<std::string> s;
  for (const Evidence& e : f.evidence) s.insert(e.article);
  return {s.begin(), s.end()};
}

/// A JSON array of strings, for list-valued attributes held as text.
std::string JsonArray(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    out += '"';
    for (unsigned char c : items[i]) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
          } else {
            out += static_cast<char>(c);
          }
      }
    }
    out += '"';
  }
  return out + "]";
}

// ---- GraphML ---------------------------------------------------------------

std::string Xml(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (c >= 0x20 && c != 0x7f) out += static_cast<char>(c);
    }
  }
  return out;
}

struct Key {
  const char* id;
  const char* domain;  // node or edge
  const char* type;    // string or int
};

constexpr Key kKeys[] = {
    {"label", "node", "string"},      {"name", "node", "string"},
    {"type", "node", "string"},       {"aliases", "node", "string"},
    {"first_seen", "node", "string"}, {"last_seen", "node", "string"},
    {"articles", "node", "int"},      {"elabel", "edge", "string"},
    {"relation", "edge", "string"},   {"date", "edge", "string"},
    {"amount", "edge", "string"},     {"unit", "edge", "string"},
    {"percent", "edge", "string"},    {"status", "edge", "string"},
    {"sources", "edge", "int"},       {"evidence", "edge", "int"},
    {"earticles", "edge", "string"},
};

// The attribute name a key declares ("elabel" is the edges' "label").
std::string_view AttrName(const Key& k) {
  std::string_view id = k.id;
  if (id == "elabel") return "label";
  if (id == "earticles") return "articles";
  return id;
}

void Data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << Xml(value) << "</data>\n";
}

// ---- CSV -------------------------------------------------------------------

std::string Csv(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos &&
      (s.empty() || (s.front() != ' ' && s.back() != ' ')))
    return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Joined(const std::vector<std::string>& items) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) s += ';';
    s += items[i];
  }
  return s;
}

// ---- N-Quads ---------------------------------------------------------------

/// An N-Triples string literal with its quotes.
std::string Literal(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

/// An IRI <prefix + s> with every byte outside [A-Za-z0-9-._~:] of s
/// percent-encoded, so any article id gives a valid, reversible IRI.
std::string Iri(std::string_view prefix, std::string_view s) {
  std::string out = "<";
  out += prefix;
  for (unsigned char c : s) {
    if (std::isalnum(c) && c < 0x80) {
      out += static_cast<char>(c);
    } else if (c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out + ">";
}

constexpr const char* kRdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
constexpr const char* kLabel = "<http://www.w3.org/2000/01/rdf-schema#label>";
constexpr const char* kAltLabel = "<http://www.w3.org/2004/02/skos/core#altLabel>";
constexpr const char* kTitle = "<http://purl.org/dc/terms/title>";
constexpr const char* kIssued = "<http://purl.org/dc/terms/issued>";
constexpr const char* kSource = "<http://purl.org/dc/terms/source>";

std::string EntityIri(EntityId id) { return "<urn:kg:entity:" + std::to_string(id) + ">"; }

}  // namespace

void WriteGraphMl(std::ostream& out, const Subgraph& sub) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain
        << "\" attr.name=\"" << AttrName(k) << "\" attr.type=\"" << k.type
        << "\"/>\n";
  out << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  std::unordered_map<EntityId, std::set<std::string>> articles;
  for (const FactView& f : sub.relations)
    for (const Evidence& e : f.evidence) {
      articles[f.relation.subject].insert(e.article);
      articles[f.relation.object].insert(e.article);
    }
  for (const Entity* e : ById(sub)) {
    out << "    <node id=\"n" << e->id << "\">\n";
    Data(out, "label", e->name);
    Data(out, "name", e->name);
    Data(out, "type", EntityTypeName(e->type));
    Data(out, "aliases", JsonArray(e->aliases));
    Data(out, "first_seen", e->first_seen);
    Data(out, "last_seen", e->last_seen);
    Data(out, "articles", std::to_string(articles[e->id].size()));
    out << "    </node>\n";
  }
  for (const FactView* f : FactsById(sub)) {
    const Relation& r = f->relation;
    out << "    <edge id=\"r" << r.id << "\" source=\"n" << r.subject
        << "\" target=\"n" << r.object << "\">\n";
    Data(out, "elabel", r.relation);
    Data(out, "relation", r.relation);
    Data(out, "date", r.qualifiers.date);
    Data(out, "amount", r.qualifiers.amount);
    Data(out, "unit", r.qualifiers.unit);
    Data(out, "percent", r.qualifiers.percent);
    Data(out, "status", r.qualifiers.status);
    Data(out, "sources", std::to_string(r.sources));
    Data(out, "evidence", std::to_string(f->evidence.size()));
    Data(out, "earticles", JsonArray(ArticlesOf(*f)));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

void WriteNeo4jNodes(std::ostream& out, const Subgraph& sub) {
  out << ":ID,name,:LABEL,aliases:string[],first_seen,last_seen\n";
  for (const Entity* e : ById(sub))
    out << e->id << ',' << Csv(e->name) << ',' << EntityTypeName(e->type)
        << ',' << Csv(Joined(e->aliases)) << ',' << Csv(e->first_seen) << ','
        << Csv(e->last_seen) << "\n";
}

void WriteNeo4jRelationships(std::ostream& out, const Subgraph& sub) {
  out << ":START_ID,:END_ID,:TYPE,date,amount,unit,percent,status,"
         "sources:int,articles:string[]\n";
  for (const FactView* f : FactsById(sub)) {
    const Relation& r = f->relation;
    const Qualifiers& q = r.qualifiers;
    out << r.subject << ',' << r.object << ',' << Csv(r.relation) << ','
        << Csv(q.date) << ',' << Csv(q.amount) << ',' << Csv(q.unit) << ','
        << Csv(q.percent) << ',' << Csv(q.status) << ',' << r.sources << ','
        << Csv(Joined(ArticlesOf(*f))) << "\n";
  }
}

void WriteNQuads(std::ostream& out, const Subgraph& sub) {
  for (const Entity* e : ById(sub)) {
    std::string s = EntityIri(e->id);
    out << s << ' ' << kRdfType << ' '
        << Iri("urn:kg:type:", EntityTypeName(e->type)) << " .\n";
    out << s << ' ' << kLabel << ' ' << Literal(e->name) << " .\n";
    for (const std::string& a : e->aliases)
      out << s << ' ' << kAltLabel << ' ' << Literal(a) << " .\n";
  }
  std::map<std::string, const Evidence*> articles;
  for (const FactView& f : sub.relations)
    for (const Evidence& e : f.evidence) articles.emplace(e.article, &e);
  for (const auto& [id, e] : articles) {
    std::string a = Iri("urn:kg:article:", id);
    if (!e->title.empty()) out << a << ' ' << kTitle << ' ' << Literal(e->title) << " .\n";
    if (!e->published.empty())
      out << a << ' ' << kIssued << ' ' << Literal(e->published) << " .\n";
    if (!e->source.empty())
      out << a << ' ' << kSource << ' ' << Literal(e->source) << " .\n";
  }
  for (const FactView* f : FactsById(sub)) {
    const Relation& r = f->relation;
    std::string triple = EntityIri(r.subject) + ' ' +
                         Iri("urn:kg:relation:", r.relation) + ' ' +
                         EntityIri(r.object) + ' ';
    for (const std::string& a : ArticlesOf(*f))
      out << triple << Iri("urn:kg:article:", a) << " .\n";
  }
}

}  // namespace kg
