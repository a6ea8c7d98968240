#pragma once
// The bodies of kg's libFuzzer targets, shared by the fuzzers
// (tests/fuzz/fuzz_*.cc, built with -DKG_FUZZ=ON and clang) and by the unit
// test that replays tests/fuzz/corpus/ under the normal build.
//
// Each body returns normally on every input and aborts (std::abort, which
// libFuzzer reports as a crash) when an invariant of the code under test is
// broken. Sanitizers catch the rest.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/normalize.h"
#include "ingest/article_json.h"
#include "ingest/extract.h"

namespace kg::fuzz {

/// Aborts with a message when cond is false.
inline void Require(bool cond, const char* what, std::string_view detail = {}) {
  if (cond) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n%.*s\n", what,
               static_cast<int>(std::min<std::size_t>(detail.size(), 2000)),
               detail.data());
  std::abort();
}

/// Checks what every article, read or extracted, must satisfy before it may
/// reach a store: indices in range, spans inside the text, valid UTF-8
/// names, known relation names.
inline void CheckDoc(const ArticleDoc& doc, std::string_view where) {
  for (const DocEntity& e : doc.entities) {
    Require(!e.name.empty(), "entity name is empty", where);
    Require(IsValidUtf8(e.name), "entity name is not UTF-8", where);
    for (const std::string& a : e.aliases)
      Require(IsValidUtf8(a), "alias is not UTF-8", where);
    for (Span s : e.mentions)
      Require(s.begin <= s.end && s.end <= doc.text.size(),
              "mention span outside the text", where);
  }
  for (const DocRelation& r : doc.relations) {
    Require(r.subject < doc.entities.size() && r.object < doc.entities.size(),
            "relation names an entity index out of range", where);
    Require(FindRelation(r.relation) != nullptr, "unknown relation name",
            r.relation);
    if (r.evidence_span)
      Require(r.evidence_span->begin <= r.evidence_span->end &&
                  r.evidence_span->end <= doc.text.size(),
              "evidence span outside the text", where);
  }
}

/// The article JSON reader: any bytes give an article or an error naming
/// file:line:col; an accepted article survives Write → Parse unchanged.
inline void FuzzArticleJson(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  SourcePosition where{"fuzz.json", 1};
  Result<ArticleDoc> parsed = ParseArticleJson(json, where);
  if (!parsed) {
    const std::string& msg = parsed.error().message();
    Require(msg.rfind("fuzz.json:", 0) == 0,
            "error message does not start with file:line:col", msg);
    return;
  }
  ArticleDoc doc = std::move(parsed).value();
  CheckDoc(doc, json);
  FinalizeArticle(doc);
  std::string written = WriteArticleJson(doc);
  Result<ArticleDoc> again = ParseArticleJson(written, where);
  Require(again.has_value(), "written article does not parse again",
          again ? std::string() : again.error().message() + "\n" + written);
  ArticleDoc back = std::move(again).value();
  FinalizeArticle(back);
  Require(back.content_hash == doc.content_hash,
          "Parse(Write(a)) differs from a", written);
}

/// Replaces each invalid UTF-8 sequence by U+FFFD, as ingest does before
/// the extractor sees a text (JSON "text" is validated instead).
inline std::string ValidUtf8(std::string_view in) {
  std::string out;
  while (!in.empty()) {
    std::size_t bad = FirstInvalidUtf8(in);
    if (bad == std::string_view::npos) {
      out.append(in);
      break;
    }
    out.append(in.substr(0, bad));
    out += "\xEF\xBF\xBD";
    in.remove_prefix(bad + 1);
  }
  return out;
}

/// The text extractor: never fails, and whatever it makes is a valid
/// article (spans inside its text, known relations) that the JSON reader
/// accepts when written out (`kg extract | kg ingest` must work).
/// The first byte picks plain text, Markdown or HTML; the rest is made
/// valid UTF-8 as ingest makes it (NUL bytes stay: JSON "\u0000" gives them).
inline void FuzzExtract(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return;
  ExtractOptions opt;
  opt.format = data[0] % 3 == 0   ? TextFormat::kPlain
               : data[0] % 3 == 1 ? TextFormat::kMarkdown
                                  : TextFormat::kHtml;
  std::string raw = ValidUtf8(
      std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  ArticleDoc doc = ExtractArticle(raw, opt);
  Require(IsValidUtf8(doc.text), "extracted text is not UTF-8");
  CheckDoc(doc, doc.text);
  // A page that is all chrome cleans to nothing: no article to write.
  if (doc.text.empty() && doc.entities.empty()) return;
  FinalizeArticle(doc);
  std::string written = WriteArticleJson(doc);
  Result<ArticleDoc> again = ParseArticleJson(written, SourcePosition{"x", 1});
  Require(again.has_value(), "extractor output is rejected by the JSON reader",
          again ? std::string() : again.error().message() + "\n" + written);
}

}  // namespace kg::fuzz
