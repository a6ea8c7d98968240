#pragma once
// Output helpers shared by the printers of kg match, search and explain
// (query/*.cc only). The same conventions as format.cc: JSON through
// RapidJSON's PrettyWriter, TSV fields with tabs and newlines flattened,
// long sentences cut at a character boundary.

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "graph/model.h"
#include "query/query.h"

namespace kg::fmtutil {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

inline void Str(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

inline void Flush(std::ostream& out, const rapidjson::StringBuffer& buf) {
  out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
  out << '\n';
}

/// Tabs and newlines inside a TSV field become spaces.
inline std::string Tsv(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

/// s cut to at most max bytes at a UTF-8 boundary, with "…" when cut.
inline std::string Quote(std::string_view s, std::size_t max = 160) {
  if (s.size() <= max) return std::string(s);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

/// "2019, 50000 tonnes, 51%, agreed": the qualifiers that are set.
inline std::string QualifierText(const Qualifiers& q) {
  std::vector<std::string> parts;
  if (!q.date.empty()) parts.push_back(q.date);
  if (!q.amount.empty())
    parts.push_back(q.unit.empty() ? q.amount : q.amount + " " + q.unit);
  if (!q.percent.empty()) parts.push_back(q.percent + "%");
  if (!q.status.empty()) parts.push_back(q.status);
  std::string s;
  for (const std::string& p : parts) s += (s.empty() ? "" : ", ") + p;
  return s;
}

inline void WriteQualifiers(JsonWriter& w, const Qualifiers& q) {
  for (auto [k, v] : {std::pair{"date", &q.date},
                      {"amount", &q.amount},
                      {"unit", &q.unit},
                      {"percent", &q.percent},
                      {"status", &q.status}}) {
    if (v->empty()) continue;
    w.Key(k);
    Str(w, *v);
  }
}

/// The fields of an evidence object. kCard (kg show, neighbors, path):
/// title and published when known, and the sentence's span. kSourced (kg
/// match, search, explain): published and source always, no span.
enum class EvidenceStyle { kCard, kSourced };

inline void WriteEvidenceArray(JsonWriter& w, const std::vector<Evidence>& ev,
                               EvidenceStyle style = EvidenceStyle::kSourced) {
  const bool card = style == EvidenceStyle::kCard;
  w.StartArray();
  for (const Evidence& e : ev) {
    w.StartObject();
    w.Key("article");
    Str(w, e.article);
    if (card && !e.title.empty()) {
      w.Key("title");
      Str(w, e.title);
    }
    if (!card || !e.published.empty()) {
      w.Key("published");
      Str(w, e.published);
    }
    if (!card) {
      w.Key("source");
      Str(w, e.source);
    }
    w.Key("sentence");
    Str(w, e.sentence);
    if (card && e.span) {
      w.Key("span");
      w.StartArray();
      w.Uint64(e.span->begin);
      w.Uint64(e.span->end);
      w.EndArray();
    }
    WriteQualifiers(w, e.qualifiers);
    if (!e.rule.empty()) {
      w.Key("rule");
      Str(w, e.rule);
    }
    w.EndObject();
  }
  w.EndArray();
}

/// What a fact object carries beyond subject, relation, object, qualifiers
/// and sources.
struct FactFields {
  bool evidence = false;
  EvidenceStyle style = EvidenceStyle::kSourced;
  /// Conflicting qualifiers among the evidence (explain.h), as sentences.
  std::vector<std::string> conflicts;
};

/// {"subject", "relation", "object", qualifiers…, "sources"[, "evidence"]
/// [, "conflicts"]}.
inline void WriteFactObject(JsonWriter& w, const FactView& f, const FactFields& fields) {
  w.StartObject();
  w.Key("subject");
  Str(w, f.subject.name);
  w.Key("relation");
  Str(w, f.relation.relation);
  w.Key("object");
  Str(w, f.object.name);
  WriteQualifiers(w, f.relation.qualifiers);
  w.Key("sources");
  w.Int(f.relation.sources);
  if (fields.evidence) {
    w.Key("evidence");
    WriteEvidenceArray(w, f.evidence, fields.style);
  }
  if (!fields.conflicts.empty()) {
    w.Key("conflicts");
    w.StartArray();
    for (const std::string& c : fields.conflicts) Str(w, c);
    w.EndArray();
  }
  w.EndObject();
}

inline void WriteFactObject(JsonWriter& w, const FactView& f, bool evidence) {
  FactFields fields;
  fields.evidence = evidence;
  WriteFactObject(w, f, fields);
}

}  // namespace kg::fmtutil
