#pragma once
// kg search TEXT: full-text search (SQLite FTS5) over entity names, aliases
// and evidence sentences, ranked by bm25, with highlighted snippets.

#include <ostream>
#include <string_view>
#include <vector>

#include "graph/store.h"
#include "query/format.h"
#include "query/query.h"

namespace kg {

struct EntityHit {
  Entity entity;         ///< Aliases filled.
  std::string snippet;   ///< Name or aliases, matched words in [ ].
  double score = 0;      ///< bm25, lower is better.
};

struct SentenceHit {
  std::string article;
  std::string published;
  std::string source;
  std::string snippet;          ///< The sentence, matched words in [ ].
  double score = 0;
  std::vector<FactView> facts;  ///< What the sentence states (no evidence).
};

struct SearchResults {
  std::vector<EntityHit> entities;     ///< Best first.
  std::vector<SentenceHit> sentences;  ///< Best first.
  bool empty() const { return entities.empty() && sentences.empty(); }
};

/// Entities and sentences containing every word of text (see
/// Store::SearchText), at most limit of each.
SearchResults Search(const Store& store, std::string_view text, std::size_t limit);

void PrintSearch(std::ostream& out, const SearchResults& results,
                 OutputFormat format);

}  // namespace kg
