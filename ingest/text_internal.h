#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "ingest/extract.h"

namespace kg::text_internal {

// ---------------------------------------------------------------------------
// Cleaning: raw page -> article body.

struct CleanedArticle {
  std::string text;       ///< Body paragraphs (title first), "\n\n"-separated.
  std::string title;      ///< Headline, or "" when none was found.
  std::string published;  ///< "YYYY-MM-DD", or "".
};

/// Strips markup (HTML tags, scripts, styles, navigation; Markdown syntax),
/// decodes character entities and keeps the article body: navigation words,
/// menus, contact blocks, share buttons, cookie notices, source lines and
/// related-news lists are dropped. HTML is also recognised when `format` says
/// kPlain but the bytes plainly are a page. Never fails.
CleanedArticle CleanArticle(std::string_view raw, TextFormat format);

/// Decodes HTML character references (named ones in common use and all
/// numeric ones) in s.
std::string DecodeEntities(std::string_view s);

/// "YYYY-MM-DD" of the first date written in s ("2025-09-03", "3 September
/// 2025", "Sep. 3, 2025", "2025/09/03"), or "".
std::string FindDate(std::string_view s);

// ---------------------------------------------------------------------------
// Tokens and sentences.

enum class TokKind : std::uint8_t { kWord, kNumber, kPunct };

struct Token {
  std::uint32_t begin = 0;  ///< Byte offset into the text.
  std::uint32_t end = 0;
  TokKind kind = TokKind::kPunct;
  bool cap = false;        ///< Starts with an upper-case letter.
  bool all_caps = false;   ///< Two or more letters, none lower case.
  bool newline_before = false;  ///< A line break separates it from the previous token.
};

/// Cuts text into words (with inner hyphens, apostrophes, dotted acronyms
/// such as "U.S.", domains such as "Mining.com"), numbers ("50,000", "3.2")
/// and single punctuation marks; a possessive "'s" is its own token.
std::vector<Token> Tokenize(std::string_view text);

/// A sentence as a half-open token range.
struct SentenceRange {
  std::uint32_t first = 0;
  std::uint32_t last = 0;  ///< One past the last token.
};

/// Splits the token stream into sentences: at line breaks, and after . ! ?
/// (with closing quotes) unless the period ends an abbreviation ("Mr.",
/// "Jan.", an initial) or a company suffix / acronym ("Inc.", "U.S.") that a
/// non-sentence-starting word follows.
std::vector<SentenceRange> SplitSentences(std::string_view text,
                                          const std::vector<Token>& tokens);

/// Street nouns of a postal address ("Street", "St", "Road", "Avenue", ...).
bool IsStreetWord(std::string_view word);

/// True when the code point at s[i] is a letter; sets *len to its byte length.
bool LetterAt(std::string_view s, std::size_t i, std::size_t* len, bool* upper);

}  // namespace kg::text_internal
