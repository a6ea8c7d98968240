// Cleaning of raw article pages: markup removal and body detection.

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <climits>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ingest/text_internal.h"

namespace kg::text_internal {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// ASCII classes: what <cctype> answers in the "C" locale, which kg runs in
// (it never calls setlocale), without a library call per byte.
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLowerLetter(char c) { return c >= 'a' && c <= 'z'; }
bool IsLetter(char c) { return IsLowerLetter(c) || (c >= 'A' && c <= 'Z'); }
bool IsLetterOrDigit(char c) { return IsLetter(c) || IsDigit(c); }

bool StartsWithIcase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(s[i]) != Lower(prefix[i])) return false;
  }
  return true;
}

bool EndsWithIcase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && StartsWithIcase(s.substr(s.size() - suffix.size()), suffix);
}

/// Prefixes grouped by their first byte (lower-cased), so that a line is
/// compared only with those that start as it does. Build it once (a
/// function-local static).
class IcasePrefixes {
 public:
  template <std::size_t N>
  explicit IcasePrefixes(const std::string_view (&list)[N]) {
    for (std::string_view p : list) by_first_[static_cast<unsigned char>(Lower(p[0]))].push_back(p);
  }
  /// True when `line` starts with one of the prefixes, in any case.
  bool Start(std::string_view line) const {
    if (line.empty()) return false;
    for (std::string_view p : by_first_[static_cast<unsigned char>(Lower(line[0]))]) {
      if (StartsWithIcase(line, p)) return true;
    }
    return false;
  }

 private:
  std::array<std::vector<std::string_view>, 256> by_first_;
};

std::size_t FindIcase(std::string_view s, std::string_view needle,
                      std::size_t from = 0) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  const char first = Lower(needle[0]);
  const bool letter = first >= 'a' && first <= 'z';
  const std::size_t end = s.size() - needle.size() + 1;
  if (!letter) {
    // Not a letter: only the byte itself starts a match; memchr finds it.
    for (std::size_t i = from; i < end; ++i) {
      const void* p = std::memchr(s.data() + i, first, end - i);
      if (p == nullptr) return std::string_view::npos;
      i = static_cast<std::size_t>(static_cast<const char*>(p) - s.data());
      if (StartsWithIcase(s.substr(i), needle)) return i;
    }
    return std::string_view::npos;
  }
  for (std::size_t i = from; i < end; ++i) {
    // For a letter, c | 0x20 equals it exactly for its two cases.
    const char c = letter ? static_cast<char>(s[i] | 0x20) : s[i];
    if (c == first && StartsWithIcase(s.substr(i), needle)) return i;
  }
  return std::string_view::npos;
}

void AppendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x110000) {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

struct NamedEntity {
  std::string_view name;
  std::uint32_t cp;
};
// Every HTML5 named reference of one code point, sorted by name.
constexpr NamedEntity kNamedEntities[] = {
#include "ingest/html_entities.inc"
};

// ---------------------------------------------------------------------------
// HTML.

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':';
}

// Tags whose whole content is page chrome or code.
bool IsSkippedTag(std::string_view t) {
  static constexpr std::string_view kSkip[] = {
      "script", "style",  "noscript", "nav",    "header", "footer", "aside",
      "form",   "button", "select",   "svg",    "iframe", "template", "head"};
  return std::find(std::begin(kSkip), std::end(kSkip), t) != std::end(kSkip);
}

bool IsBlockTag(std::string_view t) {
  static constexpr std::string_view kBlock[] = {
      "p",       "div",    "br",      "h1",     "h2",      "h3",     "h4",
      "h5",      "h6",     "li",      "ul",     "ol",      "tr",     "table",
      "section", "article", "blockquote", "dd", "dt",     "pre",     "hr",
      "main",    "figcaption", "figure", "td",  "th",      "caption", "title"};
  return std::find(std::begin(kBlock), std::end(kBlock), t) != std::end(kBlock);
}

bool IsVoidTag(std::string_view t) {
  static constexpr std::string_view kVoid[] = {
      "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "wbr"};
  return std::find(std::begin(kVoid), std::end(kVoid), t) != std::end(kVoid);
}

// Class or id words that mark chrome containers.
bool IsChromeAttr(std::string_view attrs) {
  static constexpr std::string_view kWords[] = {
      "cookie",   "share",     "social",  "related",   "newsletter",
      "subscribe", "breadcrumb", "crumbs", "menu",     "sidebar",
      "advert",   "promo",     "comment", "footer",    "navbar",
      "byline",   "tags",      "popular", "most-read", "recommend",
      "banner",   "author"};
  std::size_t c = FindIcase(attrs, "class=");
  std::size_t i = FindIcase(attrs, "id=");
  for (std::size_t pos : {c, i}) {
    if (pos == std::string_view::npos) continue;
    std::size_t q = pos;
    while (q < attrs.size() && attrs[q] != '"' && attrs[q] != '\'') ++q;
    if (q >= attrs.size()) continue;
    char quote = attrs[q];
    std::size_t e = attrs.find(quote, q + 1);
    if (e == std::string_view::npos) e = attrs.size();
    std::string_view v = attrs.substr(q + 1, e - q - 1);
    for (std::string_view w : kWords) {
      if (FindIcase(v, w) != std::string_view::npos) return true;
    }
  }
  return false;
}

std::string AttrValue(std::string_view attrs, std::string_view name) {
  std::size_t p = 0;
  while ((p = FindIcase(attrs, name, p)) != std::string_view::npos) {
    std::size_t q = p + name.size();
    while (q < attrs.size() && attrs[q] == ' ') ++q;
    if (q < attrs.size() && attrs[q] == '=') {
      ++q;
      while (q < attrs.size() && attrs[q] == ' ') ++q;
      if (q < attrs.size() && (attrs[q] == '"' || attrs[q] == '\'')) {
        char quote = attrs[q];
        std::size_t e = attrs.find(quote, q + 1);
        if (e == std::string_view::npos) e = attrs.size();
        return std::string(attrs.substr(q + 1, e - q - 1));
      }
    }
    p += name.size();
  }
  return "";
}

struct HtmlResult {
  std::string text;  // Lines separated by '\n'.
  std::string h1;
  std::string title;
  std::string og_title;
  std::string date;
};

// Appends s to out with its whitespace runs collapsed to one space and none
// at either end.
void AppendCollapsed(std::string& out, std::string_view s) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
  };
  // Most lines need no change: single spaces between words, none at either
  // end, no other space byte (bytes 9 to 13 are all sent the long way). One
  // branch-free pass, which the compiler vectorises, finds out.
  if (!s.empty() && s.front() != ' ' && s.back() != ' ') {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    unsigned bad = static_cast<unsigned char>(p[n - 1] - 9) < 5;
    for (std::size_t i = 0; i + 1 < n; ++i) {
      bad |= static_cast<unsigned>((p[i] == ' ') & (p[i + 1] == ' ')) |
             static_cast<unsigned>(static_cast<unsigned char>(p[i] - 9) < 5);
    }
    if (!bad) {
      out.append(s);
      return;
    }
  }
  const std::size_t start = out.size();
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    std::size_t j = i;
    while (j < n && is_space(s[j])) ++j;
    if (j >= n) break;
    if (j > i && out.size() > start) out.push_back(' ');
    std::size_t k = j;
    while (k < n && !is_space(s[k])) ++k;
    out.append(s.data() + j, k - j);  // a run of non-space bytes at once
    i = k;
  }
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  AppendCollapsed(out, s);
  return out;
}

HtmlResult HtmlToText(std::string_view raw) {
  HtmlResult r;
  std::string out;
  out.reserve(raw.size() / 2);
  std::size_t i = 0;
  const std::size_t n = raw.size();
  // Tag name we are skipping and its nesting depth.
  std::string skip_tag;
  int skip_depth = 0;
  std::string capture_tag;  // "h1" or "title" while capturing its text.
  std::string capture;
  while (i < n) {
    char c = raw[i];
    if (c == '<') {
      if (raw.compare(i, 4, "<!--") == 0) {
        std::size_t e = raw.find("-->", i + 4);
        i = e == std::string_view::npos ? n : e + 3;
        continue;
      }
      std::size_t j = i + 1;
      bool closing = false;
      if (j < n && raw[j] == '/') {
        closing = true;
        ++j;
      }
      if (j >= n || !(std::isalpha(static_cast<unsigned char>(raw[j])) ||
                      raw[j] == '!' || raw[j] == '?')) {
        if (skip_tag.empty()) out.push_back('<');
        ++i;
        continue;
      }
      std::size_t name_begin = j;
      while (j < n && IsNameChar(raw[j])) ++j;
      std::string name(raw.substr(name_begin, j - name_begin));
      for (char& ch : name) ch = Lower(ch);
      // Find the tag end, honouring quoted attribute values.
      std::size_t k = j;
      char quote = 0;
      while (k < n) {
        if (quote) {
          if (raw[k] == quote) quote = 0;
        } else if (raw[k] == '"' || raw[k] == '\'') {
          quote = raw[k];
        } else if (raw[k] == '>') {
          break;
        }
        ++k;
      }
      std::string_view attrs = raw.substr(j, (k < n ? k : n) - j);
      bool self_closing = !attrs.empty() && attrs.back() == '/';
      i = k < n ? k + 1 : n;
      if (name == "meta") {
        std::string prop = AttrValue(attrs, "property");
        if (prop.empty()) prop = AttrValue(attrs, "name");
        std::string content = AttrValue(attrs, "content");
        if ((prop == "article:published_time" || prop == "datePublished" ||
             prop == "date" || prop == "pubdate" ||
             prop == "og:published_time") &&
            r.date.empty()) {
          r.date = FindDate(content);
        } else if (prop == "og:title" && r.og_title.empty()) {
          r.og_title = DecodeEntities(content);
        }
        continue;
      }
      if (name == "time" && r.date.empty()) {
        r.date = FindDate(AttrValue(attrs, "datetime"));
      }
      if (!skip_tag.empty()) {
        if (name == skip_tag) {
          if (closing) {
            if (--skip_depth == 0) skip_tag.clear();
          } else if (!self_closing && !IsVoidTag(name)) {
            ++skip_depth;
          }
        }
        continue;
      }
      if (!closing && (name == "h1" || name == "title") &&
          capture_tag.empty()) {
        capture_tag = name;
        capture.clear();
      } else if (closing && name == capture_tag) {
        std::string t = CollapseSpaces(DecodeEntities(capture));
        if (name == "h1" && r.h1.empty()) r.h1 = t;
        if (name == "title" && r.title.empty()) r.title = t;
        capture_tag.clear();
      }
      if (!closing && !self_closing && !IsVoidTag(name) &&
          (IsSkippedTag(name) || IsChromeAttr(attrs))) {
        // The title lives in <head>: capture it before skipping.
        if (name == "head") {
          std::size_t ts = FindIcase(raw.substr(0, n), "<title", i);
          std::size_t he = FindIcase(raw, "</head", i);
          if (ts != std::string_view::npos &&
              (he == std::string_view::npos || ts < he)) {
            std::size_t gt = raw.find('>', ts);
            std::size_t te = FindIcase(raw, "</title", ts);
            if (gt != std::string_view::npos && te != std::string_view::npos &&
                gt < te) {
              r.title = CollapseSpaces(
                  DecodeEntities(raw.substr(gt + 1, te - gt - 1)));
            }
          }
          // Meta tags in the head carry the date: scan them quickly.
          std::size_t m = i;
          while (he != std::string_view::npos &&
                 (m = FindIcase(raw, "<meta", m)) != std::string_view::npos &&
                 m < he) {
            std::size_t gt = raw.find('>', m);
            if (gt == std::string_view::npos) break;
            std::string_view a = raw.substr(m + 5, gt - m - 5);
            std::string prop = AttrValue(a, "property");
            if (prop.empty()) prop = AttrValue(a, "name");
            std::string content = AttrValue(a, "content");
            if ((prop == "article:published_time" ||
                 prop == "datePublished" || prop == "date" ||
                 prop == "pubdate") &&
                r.date.empty()) {
              r.date = FindDate(content);
            } else if (prop == "og:title" && r.og_title.empty()) {
              r.og_title = DecodeEntities(content);
            }
            m = gt;
          }
        }
        skip_tag = name;
        skip_depth = 1;
        continue;
      }
      if (IsBlockTag(name)) out += "\n";
      continue;
    }
    if (!skip_tag.empty()) {
      ++i;
      continue;
    }
    // Text: copy up to the next tag.
    std::size_t e = raw.find('<', i);
    if (e == std::string_view::npos) e = n;
    std::string_view chunk = raw.substr(i, e - i);
    std::string decoded = DecodeEntities(chunk);
    for (char& ch : decoded) {
      if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    }
    out += decoded;
    if (!capture_tag.empty()) capture += decoded;
    i = e;
  }
  r.text = std::move(out);
  return r;
}

// ---------------------------------------------------------------------------
// Markdown.

std::string MarkdownToText(std::string_view raw, std::string* title) {
  std::string out;
  out.reserve(raw.size());
  bool in_fence = false;
  std::size_t pos = 0;
  while (pos <= raw.size()) {
    std::size_t e = raw.find('\n', pos);
    if (e == std::string_view::npos) e = raw.size();
    std::string_view line = raw.substr(pos, e - pos);
    pos = e + 1;
    std::size_t s = line.find_first_not_of(" \t");
    if (s == std::string_view::npos) {
      out += "\n";
      if (e == raw.size()) break;
      continue;
    }
    line.remove_prefix(s);
    if (line.starts_with("```") || line.starts_with("~~~")) {
      in_fence = !in_fence;
      continue;
    }
    if (in_fence) continue;
    bool heading = false;
    if (line[0] == '#') {
      std::size_t h = line.find_first_not_of('#');
      if (h != std::string_view::npos && line[h] == ' ') {
        if (h == 1 && title->empty()) heading = true;
        line.remove_prefix(h + 1);
      }
    }
    while (!line.empty() && line[0] == '>') {
      line.remove_prefix(1);
      while (!line.empty() && line[0] == ' ') line.remove_prefix(1);
    }
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') &&
        line[1] == ' ') {
      line.remove_prefix(2);
    }
    if (line.find_first_not_of("-=*_ ") == std::string_view::npos) continue;
    std::string t;
    for (std::size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (c == '!' && i + 1 < line.size() && line[i + 1] == '[') {
        // Image: drop alt text and target.
        std::size_t close = line.find(']', i);
        if (close != std::string_view::npos && close + 1 < line.size() &&
            line[close + 1] == '(') {
          std::size_t paren = line.find(')', close);
          if (paren != std::string_view::npos) {
            i = paren;
            continue;
          }
        }
      }
      if (c == '[') {
        std::size_t close = line.find(']', i);
        if (close != std::string_view::npos && close + 1 < line.size() &&
            line[close + 1] == '(') {
          std::size_t paren = line.find(')', close);
          if (paren != std::string_view::npos) {
            t.append(line.substr(i + 1, close - i - 1));
            i = paren;
            continue;
          }
        }
      }
      if (c == '*' || c == '`') continue;
      if (c == '_' && (i + 1 < line.size() && line[i + 1] == '_')) {
        ++i;
        continue;
      }
      if (c == '_' && (i == 0 || line[i - 1] == ' ' || i + 1 == line.size() ||
                       line[i + 1] == ' ' || std::ispunct(static_cast<unsigned char>(line[i + 1])))) {
        continue;
      }
      t.push_back(c);
    }
    if (heading) *title = CollapseSpaces(t);
    out += t;
    out += "\n";
    if (e == raw.size()) break;
  }
  return DecodeEntities(out);
}

// ---------------------------------------------------------------------------
// Body detection over lines.

// A line that ends in "<letters>-" before a line that opens in lower case:
// true when the hyphen only breaks a word into syllables ("Geolo-" /
// "gical"), false when it joins two words ("state-" / "owned", "copper-" /
// "gold", "50-" / "year").
bool LineBreakSplitsWord(std::string_view prev, std::string_view next) {
  if (prev.size() < 3 || !std::isalpha(static_cast<unsigned char>(prev[prev.size() - 2])) ||
      !std::isalpha(static_cast<unsigned char>(prev[prev.size() - 3])))
    return false;
  std::size_t n = 0;
  while (n < next.size() && IsLowerLetter(next[n])) ++n;
  const std::string_view word = next.substr(0, n);
  static constexpr std::string_view kSecondParts[] = {
      "owned", "based", "run", "listed", "grade", "term", "scale", "purity", "led",
      "backed", "controlled", "year", "month", "tonne", "ton", "pit", "rock", "ion",
      "like", "free", "rich", "related", "making", "producing", "bearing", "sized",
      "wide", "level", "class", "focused", "known", "linked", "up", "off", "out",
      "in", "on", "old", "time", "earth", "earths", "metal", "metals", "gold",
      "copper", "nickel", "cobalt", "zinc", "lead", "silver", "tungsten", "tin",
      "lithium", "uranium", "boron", "iron", "fired", "intensive", "efficient",
      "specific", "hand", "way", "party", "house", "border", "sea", "stage",
      "phase", "end", "date", "quarter", "half", "hour", "day", "week"};
  for (std::string_view w : kSecondParts)
    if (word == w) return false;
  return n > 0;
}

bool IsSentenceEnd(std::string_view line) {
  while (!line.empty() &&
         (line.back() == ' ' || line.back() == '"' || line.back() == ')' ||
          line.back() == '\'')) {
    line.remove_suffix(1);
  }
  if (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\x9D") {
    line.remove_suffix(3);  // closing curly quote
  }
  if (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\x99") {
    line.remove_suffix(3);
  }
  return !line.empty() &&
         (line.back() == '.' || line.back() == '!' || line.back() == '?' ||
          line.back() == ':');
}

// The words of `line` (runs of bytes other than ' ', '|' and '\t'), counted
// up to limit + 1 at most.
int CountWords(std::string_view line, int limit) {
  int words = 0;
  bool in_word = false;
  std::size_t i = 0;
#ifdef __SSE2__
  // Sixteen bytes at a time: a bit per word byte, and a word starts at a
  // word byte whose previous byte (bit) is none.
  for (; i + 16 <= line.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
    const __m128i sep = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8('|'))),
        _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
    const unsigned word = ~static_cast<unsigned>(_mm_movemask_epi8(sep)) & 0xFFFFu;
    for (unsigned starts = word & ~((word << 1) | (in_word ? 1u : 0u)); starts != 0;
         starts &= starts - 1) {
      if (++words > limit) return words;
    }
    in_word = (word >> 15) != 0;
  }
#endif
  for (; i < line.size(); ++i) {
    const char c = line[i];
    const bool w = c != ' ' && c != '|' && c != '\t';
    if (w && !in_word && ++words > limit) return words;
    in_word = w;
  }
  return words;
}

int WordCount(std::string_view line) { return CountWords(line, INT_MAX); }

// WordCount(line) <= n, without counting past n + 1 words.
bool WordsAtMost(std::string_view line, int n) { return CountWords(line, n) <= n; }

int LowerWordCount(std::string_view line) {
  int words = 0;
  bool start = true;
  for (char c : line) {
    if (c == ' ') {
      start = true;
      continue;
    }
    if (start && IsLowerLetter(c)) ++words;
    start = false;
  }
  return words;
}

// Lines that are page chrome wherever they appear.
bool IsChromeLine(std::string_view line) {
  static constexpr std::string_view kPrefixes[] = {
      "contacts:",     "contact:",       "contact us",     "contact now",
      "fax:",          "tel:",           "tel.",           "phone:",
      "email:",        "e-mail:",        "mail us",        "address:",
      "article source", "source:",       "latest company news about",
      "company news about", "home >",    "home \xC2\xBB",  "home /",
      "share this",    "share:",         "share on",       "follow us",
      "tags:",         "tagged:",        "tagged with",    "related:",
      "read more",     "read also",      "also read",      "see also",
      "advertisement", "sponsored",      "subscribe",      "sign up",
      "newsletter",    "we use cookies", "this website uses cookies",
      "this site uses cookies", "accept", "privacy policy", "terms of use",
      "terms &",       "terms and conditions", "all rights reserved",
      "\xC2\xA9",      "copyright",      "(c) 20",         "by continuing",
      "click here",    "back to top",    "previous article", "next article",
      "skip to",       "log in",         "login",          "register",
      "print this",    "download",       "photo:",         "image:",
      "file photo",    "[image]",        "[photo]",        "[video]",
      "edited by",     "editor:",        "keywords:",
      "key words:",    "topics:",
      // The advertising label of sites in other languages, and their
      // "follow us" ("S\xC3\xADguenos en WhatsApp", "Suivez-nous").
      "publicidad",    "publicit\xC3\xA9", "anzeige",      "pubblicit\xC3\xA0",
      "s\xC3\xADguenos", "suivez-nous",   "partager"};
  static const IcasePrefixes prefixes(kPrefixes);
  if (prefixes.Start(line)) return true;
  // A reproduction notice: "Materials of the agency may be used only with
  // an active hyperlink to the source".
  if (WordsAtMost(line, 30) && memmem(line.data(), line.size(), "hyperlink", 9) != nullptr)
    return true;
  // A line of hashtags: "#Uzbekistan #EuropeanUnion #GlobalGateway".
  if (line.size() > 2 && line.front() == '#' && line[1] != '#' && line[1] != ' ') {
    bool tags = true;
    for (std::size_t k = 0; k < line.size() && tags; ++k)
      if (line[k] == ' ' && k + 1 < line.size() && line[k + 1] != ' ' && line[k + 1] != '#')
        tags = false;
    if (tags) return true;
  }
  // A share bar's buttons, one to a line: "LinkedIn", "WhatsApp".
  if (WordsAtMost(line, 1)) {
    static constexpr std::string_view kSocial[] = {
        "Facebook", "Twitter", "LinkedIn", "WhatsApp", "Telegram", "Instagram",
        "YouTube",  "Weibo",   "WeChat",   "Reddit",   "Pinterest", "Threads",
        "Bluesky",  "Xing",    "VK",       "Flipboard"};
    for (std::string_view w : kSocial)
      if (line == w) return true;
  }
  // "Follow The Nairobi Mirror on WhatsApp | Google News": a follow button.
  if (StartsWithIcase(line, "follow ") && WordsAtMost(line, 12) && !IsSentenceEnd(line) &&
      (line.find(" on ") != std::string_view::npos || line.find('|') != std::string_view::npos))
    return true;
  // A related link under a chevron: "» Northvolt bankruptcy leaves
  // Skellefteå suppliers out of pocket", "› Chile's Codelco posts lowest
  // copper output" (a headline: no full stop).
  if ((line.starts_with("\xC2\xBB ") || line.starts_with("\xE2\x80\xBA ")) &&
      !IsSentenceEnd(line))
    return true;
  // A job board's listing: "• Process Operator – Chemical (Sylacauga, AL) –
  // $21-26/hr – Apply now".
  if (WordsAtMost(line, 30) && !IsSentenceEnd(line) &&
      (EndsWithIcase(line, "apply now") || EndsWithIcase(line, "apply today")))
    return true;
  // An advertising teaser between arrows: ">> You will not believe what
  // this woman from Dakar did <<".
  if (line.size() > 4 && line.starts_with(">>") && line.ends_with("<<")) return true;
  // A ticker of headlines: "BREAKING: Tocumen adds direct flight to Lisbon
  // • Social security reform: ... • Colón free zone sales up 4%".
  {
    int bullets = 0;
    for (std::size_t at = line.find(" \xE2\x80\xA2 "); at != std::string_view::npos && bullets < 2;
         at = line.find(" \xE2\x80\xA2 ", at + 1))
      ++bullets;
    if (bullets >= 2 && !IsSentenceEnd(line)) return true;
  }
  // Copyright and cookie notices are short; a paragraph of prose is not
  // searched for them.
  // memmem finds the lower-case, capitalised and upper-case forms fast.
  auto has = [&](std::initializer_list<std::string_view> forms) {
    for (std::string_view f : forms) {
      if (memmem(line.data(), line.size(), f.data(), f.size()) != nullptr)
        return true;
    }
    return false;
  };
  // One branch-free pass looks for "gh" and "ki" in any case, which every
  // form of both notices holds ("ights", "ookie"), and counts the bars used
  // below; most lines have no pair.
  unsigned gh = 0, ki = 0;
  int bars = 0;
  std::size_t i = 0;
#ifdef __SSE2__
  // Sixteen pairs at a time: the bytes at i and at i + 1, lower-cased by
  // the same | 0x20.
  {
    const __m128i case_bit = _mm_set1_epi8(0x20);
    const __m128i ones = _mm_set1_epi8(1);
    const __m128i zero = _mm_setzero_si128();
    __m128i gh_v = zero, ki_v = zero, bars_v = zero;
    for (; i + 17 <= line.size(); i += 16) {
      const __m128i raw = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
      const __m128i a = _mm_or_si128(raw, case_bit);
      const __m128i b = _mm_or_si128(
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i + 1)), case_bit);
      gh_v = _mm_or_si128(gh_v, _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('g')),
                                              _mm_cmpeq_epi8(b, _mm_set1_epi8('h'))));
      ki_v = _mm_or_si128(ki_v, _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('k')),
                                              _mm_cmpeq_epi8(b, _mm_set1_epi8('i'))));
      // The bars of the sixteen bytes, summed into two 64-bit lanes.
      const __m128i bar = _mm_and_si128(_mm_cmpeq_epi8(raw, _mm_set1_epi8('|')), ones);
      bars_v = _mm_add_epi64(bars_v, _mm_sad_epu8(bar, zero));
    }
    gh = _mm_movemask_epi8(gh_v) != 0;
    ki = _mm_movemask_epi8(ki_v) != 0;
    bars = _mm_cvtsi128_si32(bars_v) + _mm_cvtsi128_si32(_mm_srli_si128(bars_v, 8));
  }
#endif
  for (; i + 1 < line.size(); ++i) {
    const unsigned char a = static_cast<unsigned char>(line[i]) | 0x20;
    const unsigned char b = static_cast<unsigned char>(line[i + 1]) | 0x20;
    gh |= static_cast<unsigned>(a == 'g' && b == 'h');
    ki |= static_cast<unsigned>(a == 'k' && b == 'i');
    bars += line[i] == '|';
  }
  if (!line.empty()) bars += line.back() == '|';
  if (gh && has({"ll rights reserved", "ll Rights Reserved", "LL RIGHTS RESERVED",
                 "ll rights Reserved"}))
    return true;
  if (ki && has({"ookie", "OOKIE"}) &&
      (has({"ccept", "CCEPT"}) || has({"rivacy", "RIVACY"}))) {
    return true;
  }
  // "Facebook | X | LinkedIn", "Home | News | Contact".
  if (bars >= 2 && !IsSentenceEnd(line)) {
    int words = WordCount(line);
    if (words <= 4 * (bars + 1)) return true;
  }
  // E-mail addresses, phone numbers and URLs alone on a line.
  if (line.find('@') != std::string_view::npos && WordsAtMost(line, 12))
    return true;
  if (StartsWithIcase(line, "http://") || StartsWithIcase(line, "https://") ||
      StartsWithIcase(line, "www."))
    return true;
  if (StartsWithIcase(line, "by ") && WordsAtMost(line, 12) &&
      !IsSentenceEnd(line))
    return true;  // byline
  // A postal address: "1818 Market Street, Suite 2550, Philadelphia,
  // Pennsylvania 19103", "Level 2, 10 Kings Park Road, West Perth WA 6005".
  if (WordsAtMost(line, 16) && !IsSentenceEnd(line)) {
    bool number = false;  // a house number seen, a street noun may follow
    int since = 0;
    std::size_t b = 0;
    while (b < line.size()) {
      while (b < line.size() && (line[b] == ' ' || line[b] == ',')) ++b;
      std::size_t e = b;
      while (e < line.size() && line[e] != ' ' && line[e] != ',') ++e;
      if (e == b) break;
      std::string_view word = line.substr(b, e - b);
      if (!word.empty() && word.back() == '.') word.remove_suffix(1);
      if (IsDigit(word.front())) {
        number = true;
        since = 0;
      } else if (number && ++since <= 4 && IsStreetWord(word)) {
        return true;
      }
      b = e;
    }
  }
  return false;
}

// Lines after which nothing is article body.
bool IsBodyEndLine(std::string_view line) {
  static constexpr std::string_view kEnd[] = {
      "disclaimer:",
      "related news",    "related articles", "related posts",
      "related stories", "related:",         "related content",
      "you may also like", "you might also like", "most read",
      "most popular",    "more news",        "more from",
      "recommended",     "read more",        "article source",
      "about the author", "leave a comment", "leave a reply",
      "comments",        "tags:",            "(reporting by",
      "reporting by", "disclaimer",       "editor in charge",
      "responsible editor", "(editing by", "editing by",
      // A supplier's repost ends in its own links: "Share to: Facebook",
      // "Previous: Tantalite Prices Stable", "Related Products".
      "share to:",       "previous:",        "next:",
      "prev:",           "previous post",    "next post",
      "related products", "hot products",    "recommended products",
      "product categories",
      // A news site's sign-off: "To contact the reporter on this story: …",
      // "--With assistance from …", "Additional reporting by …", and the
      // regulatory news service's "This information is provided by RNS".
      "to contact the reporter", "to contact the editor", "with assistance from",
      "additional reporting by", "(additional reporting by", "writing by",
      "(writing by", "this information is provided by",
      // Reading lists after the story: "TRENDING ON …", "Most viewed".
      "trending on",     "trending now",     "trending stories",
      "most viewed",     "most shared",      "read next",
      // A French site's related list ("Sur le même sujet") and a
      // newsletter's footer ("You are receiving this because you
      // subscribed").
      "on the same subject", "on the same topic", "sur le m\xC3\xAAme sujet",
      "\xC3\xA0 lire aussi", "lire aussi",  "you are receiving this",
      "you received this", "unsubscribe",
      // A press release's sign-off: "ENDS", "Issued by: ...", "Media
      // enquiries: ...", then its list of "Recent statements".
      "issued by:",      "media enquiries",  "media inquiries",  "media contact",
      "recent statements", "recent press releases", "recent media statements",
      // A site's own sections after the story: "CLASSIFIEDS: FOR SALE - ...".
      "classifieds"};
  static const IcasePrefixes ends(kEnd);
  std::string_view bare = line;
  while (!bare.empty() && (bare.front() == '-' || bare.front() == ' ')) bare.remove_prefix(1);
  for (std::string_view dash : {std::string_view("\xE2\x80\x94"), std::string_view("\xE2\x80\x93")}) {
    if (bare.starts_with(dash)) bare.remove_prefix(dash.size());
  }
  if (ends.Start(line) || ends.Start(bare)) return true;
  // "ENDS", "-ends-", "# # #": the end mark of a press release.
  {
    std::string_view m = bare;
    while (!m.empty() && (m.back() == '-' || m.back() == ' ')) m.remove_suffix(1);
    if ((m.size() == 4 && StartsWithIcase(m, "ends")) || m == "# # #" || m == "###")
      return true;
  }
  // A short heading over a list of links: "Other news", "Latest news".
  if (WordsAtMost(line, 3) && !IsSentenceEnd(line)) {
    for (std::string_view head : {"other news", "latest news", "other stories", "more stories",
                                  "latest stories", "see more"}) {
      if (StartsWithIcase(line, head)) return true;
    }
  }
  // A newsletter's closing sections: "### Events", "Jobs", "Upcoming events".
  {
    std::string_view h = line;
    while (!h.empty() && (h.front() == '#' || h.front() == '*' || h.front() == ' ')) h.remove_prefix(1);
    while (!h.empty() && (h.back() == '*' || h.back() == ' ' || h.back() == ':')) h.remove_suffix(1);
    for (std::string_view head : {"events", "upcoming events", "events calendar", "jobs",
                                  "job listings", "job board", "careers"}) {
      if (h.size() == head.size() && StartsWithIcase(h, head)) return true;
    }
  }
  // "MÁS LEÍDAS / MOST READ": a heading in two languages.
  if (const std::size_t slash = line.find(" / ");
      slash != std::string_view::npos && WordsAtMost(line, 8) && !IsSentenceEnd(line) &&
      ends.Start(line.substr(slash + 3)))
    return true;
  // A social post's action bar and comment thread: "Like   Comment   Repost
  // Send", "Most relevant", "Load more comments".
  if (WordsAtMost(line, 6) && !IsSentenceEnd(line)) {
    if (StartsWithIcase(line, "most relevant") || StartsWithIcase(line, "load more comments") ||
        StartsWithIcase(line, "people also viewed") ||
        (StartsWithIcase(line, "like ") && line.find("Comment") != std::string_view::npos))
      return true;
    // "14 comments | Add a comment".
    std::size_t d = 0;
    while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
    if (d > 0 && StartsWithIcase(line.substr(d), " comment")) return true;
  }
  // "Related incident reports", "Was this incident report useful?  [Yes]
  // [No]": a site's own sections after the story.
  if (WordsAtMost(line, 4) && !IsSentenceEnd(line) && StartsWithIcase(line, "related "))
    return true;
  if (WordsAtMost(line, 10) && StartsWithIcase(line, "was this ") &&
      line.find('?') != std::string_view::npos)
    return true;
  // "Related transcripts: …", "More earnings: …": a list of links.
  for (std::string_view lead : {std::string_view("related "), std::string_view("more ")}) {
    if (!StartsWithIcase(line, lead)) continue;
    const std::size_t colon = line.find(':');
    if (colon != std::string_view::npos && colon < 32 && colon > lead.size() &&
        line.substr(lead.size(), colon - lead.size()).find(' ') == std::string_view::npos)
      return true;
  }
  // A supplier's inquiry box: short lines ("Send your message to this
  // supplier", "Leave a Message", "Get Price").
  static constexpr std::string_view kInquiry[] = {
      "hot tags",         "send your message", "send inquiry",  "send us a message",
      "leave a message",  "leave your message", "online message", "get a quote",
      "get price",        "get the price",     "request a quote", "chat now",
      "inquiry",          "contact supplier"};
  static const IcasePrefixes inquiry(kInquiry);
  if (WordsAtMost(line, 7) && inquiry.Start(line)) return true;
  // A press release's boilerplate: "About Patriot Battery Metals Inc.",
  // "Forward-Looking Statements" headings (not "About 40% of ...").
  if (WordsAtMost(line, 8) && LowerWordCount(line) <= 2 && line.size() > 7 &&
      line.starts_with("About ") && std::isupper(static_cast<unsigned char>(line[6])))
    return true;
  if (WordsAtMost(line, 8) && !IsSentenceEnd(line)) {
    if (StartsWithIcase(line, "forward-looking") ||
        StartsWithIcase(line, "forward looking") ||
        StartsWithIcase(line, "cautionary statement"))
      return true;
  }
  return false;
}

bool IsDateLine(std::string_view line) {
  return WordsAtMost(line, 8) && !FindDate(line).empty();
}

bool IsProse(std::string_view line) {
  int words = WordCount(line);
  int lower = LowerWordCount(line);
  if (words >= 20 && lower >= 6) return true;
  return words >= 8 && lower >= 3 && IsSentenceEnd(line);
}

std::string_view StripWirePrefix(std::string_view title) {
  // "UPDATE 2-Chile's ...", "EXCLUSIVE-...", "RPT-...".
  std::size_t dash = title.find('-');
  if (dash != std::string_view::npos && dash <= 12 && dash > 0) {
    std::string_view head = title.substr(0, dash);
    bool upper = true;
    for (char c : head) {
      if (std::islower(static_cast<unsigned char>(c))) upper = false;
    }
    if (upper && head.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") !=
                     std::string_view::npos &&
        (head.starts_with("UPDATE") || head.starts_with("EXCLUSIVE") ||
         head.starts_with("RPT") || head.starts_with("CORRECTED") ||
         head.starts_with("REFILE") || head.starts_with("WRAPUP") ||
         head.starts_with("ANALYSIS") || head.starts_with("FACTBOX") ||
         head.starts_with("INSIGHT") || head.starts_with("BRIEF"))) {
      return title.substr(dash + 1);
    }
  }
  return title;
}

std::string StripSiteSuffix(std::string_view title) {
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    std::size_t p = title.rfind(sep);
    if (p != std::string_view::npos && p > title.size() / 3 &&
        WordCount(title.substr(p + sep.size())) <= 4) {
      return std::string(title.substr(0, p));
    }
  }
  return std::string(title);
}

std::string_view Trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Replaces no-break and other odd spaces by ' ', drops zero-width marks.
std::string NormalizeSpaces(std::string_view s) {
  // Bytes that may start something to rewrite; runs of others are copied
  // at once.
  static constexpr unsigned char kSpecialBytes[] = {0xC2, 0xE2, 0xEF, 0x09,
                                                    0x0C, 0x0B, 0x0D};
  static const std::array<bool, 256> kSpecial = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : kSpecialBytes) t[c] = true;
    return t;
  }();
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t run = i;
#ifdef __SSE2__
    // Sixteen bytes at a time up to the first block with a special byte.
    for (; run + 16 <= s.size(); run += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + run));
      __m128i special = _mm_setzero_si128();
      for (unsigned char c : kSpecialBytes)
        special = _mm_or_si128(special, _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c))));
      if (const unsigned m = static_cast<unsigned>(_mm_movemask_epi8(special)); m != 0) {
        run += static_cast<std::size_t>(std::countr_zero(m));
        break;
      }
    }
#endif
    while (run < s.size() && !kSpecial[static_cast<unsigned char>(s[run])]) ++run;
    if (run > i) {
      out.append(s.data() + i, run - i);
      i = run;
      if (i >= s.size()) break;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC2 && i + 1 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      out.push_back(' ');
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d >= 0x80 && d <= 0x8A) {  // en/em/thin spaces
        out.push_back(' ');
        i += 2;
        continue;
      }
      if (d == 0x8B || d == 0x8C || d == 0x8D) {  // zero-width
        i += 2;
        continue;
      }
    }
    if (c == 0xEF && i + 2 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xBB &&
        static_cast<unsigned char>(s[i + 2]) == 0xBF) {
      i += 2;  // BOM
      continue;
    }
    if (c == '\t' || c == '\f' || c == '\v') {
      out.push_back(' ');
      continue;
    }
    if (c == '\r') continue;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

bool LooksLikeHtml(std::string_view raw) {
  std::string_view head = raw.substr(0, std::min<std::size_t>(raw.size(), 4096));
  std::size_t s = head.find_first_not_of(" \t\r\n");
  if (s != std::string_view::npos && head[s] == '<' &&
      (FindIcase(head, "<html") != std::string_view::npos ||
       FindIcase(head, "<!doctype") != std::string_view::npos ||
       FindIcase(head, "<body") != std::string_view::npos ||
       FindIcase(head, "<div") != std::string_view::npos ||
       FindIcase(head, "<p") != std::string_view::npos)) {
    return true;
  }
  return FindIcase(head, "<p>") != std::string_view::npos &&
         FindIcase(head, "</p>") != std::string_view::npos;
}

}  // namespace

bool IsStreetWord(std::string_view word) {
  static constexpr std::string_view kStreets[] = {
      "Street", "St", "Road", "Rd", "Avenue", "Ave", "Boulevard", "Blvd", "Drive",
      "Lane", "Parade", "Terrace", "Square", "Highway", "Strasse", "Straße"};
  return std::find(std::begin(kStreets), std::end(kStreets), word) != std::end(kStreets);
}

std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    std::size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (!ent.empty() && ent[0] == '#') {
      std::uint32_t cp = 0;
      bool ok = ent.size() > 1;
      if (ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X')) {
        ok = ent.size() > 2;
        for (std::size_t k = 2; k < ent.size() && ok; ++k) {
          char c = ent[k];
          if (!std::isxdigit(static_cast<unsigned char>(c)) || cp > 0x10FFFF) {
            ok = false;
            break;
          }
          cp = cp * 16 + static_cast<std::uint32_t>(
                             std::isdigit(static_cast<unsigned char>(c))
                                 ? c - '0'
                                 : (Lower(c) - 'a' + 10));
        }
      } else {
        for (std::size_t k = 1; k < ent.size() && ok; ++k) {
          if (!std::isdigit(static_cast<unsigned char>(ent[k])) || cp > 0x10FFFF) {
            ok = false;
            break;
          }
          cp = cp * 10 + static_cast<std::uint32_t>(ent[k] - '0');
        }
      }
      if (ok && cp > 0 && cp < 0x110000 && !(cp >= 0xD800 && cp < 0xE000)) {
        if (cp == 0xA0) cp = ' ';
        AppendUtf8(out, cp);
        i = semi;
        continue;
      }
      out.push_back('&');
      continue;
    }
    bool found = false;
    const auto* ne = std::lower_bound(
        std::begin(kNamedEntities), std::end(kNamedEntities), ent,
        [](const NamedEntity& e, std::string_view n) { return e.name < n; });
    if (ne != std::end(kNamedEntities) && ne->name == ent) {
      AppendUtf8(out, ne->cp);
      found = true;
    }
    if (found) {
      i = semi;
    } else {
      out.push_back('&');
    }
  }
  return out;
}

std::string FindDate(std::string_view s) {
  static constexpr std::string_view kMonths[] = {
      "jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec"};
  auto digits = [&](std::size_t i, std::size_t n) {
    if (i + n > s.size()) return false;
    for (std::size_t k = 0; k < n; ++k) {
      if (!IsDigit(s[i + k])) return false;
    }
    return i + n == s.size() || !IsDigit(s[i + n]);
  };
  auto num = [&](std::size_t i, std::size_t n) {
    int v = 0;
    for (std::size_t k = 0; k < n; ++k) v = v * 10 + (s[i + k] - '0');
    return v;
  };
  auto fmt = [](int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
  };
  auto month_at = [&](std::size_t i, std::size_t* len) -> int {
    if (i + 3 > s.size()) return 0;
    // Month names start with one of these letters; most words do not.
    switch (Lower(s[i])) {
      case 'j': case 'f': case 'm': case 'a': case 's': case 'o': case 'n': case 'd':
        break;
      default:
        return 0;
    }
    for (std::size_t m = 0; m < 12; ++m) {
      if (StartsWithIcase(s.substr(i), kMonths[m])) {
        std::size_t k = i + 3;
        while (k < s.size() && IsLetter(s[k])) ++k;
        if (k < s.size() && s[k] == '.') ++k;
        *len = k - i;
        return static_cast<int>(m) + 1;
      }
    }
    return 0;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool boundary = i == 0 || !IsLetterOrDigit(s[i - 1]);
    if (!boundary) continue;
    // 2025-09-03, 2025/09/03
    if (digits(i, 4) && i + 10 <= s.size() && (s[i + 4] == '-' || s[i + 4] == '/') &&
        s[i + 7] == s[i + 4] && digits(i + 5, 2) && digits(i + 8, 2)) {
      int y = num(i, 4), m = num(i + 5, 2), d = num(i + 8, 2);
      if (y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
        return fmt(y, m, d);
    }
    // 3 September 2025
    if (IsDigit(s[i])) {
      std::size_t dl = (i + 1 < s.size() && IsDigit(s[i + 1])) ? 2 : 1;
      if (digits(i, dl)) {
        std::size_t k = i + dl;
        if (k < s.size() && s[k] == ' ') {
          std::size_t ml = 0;
          int m = month_at(k + 1, &ml);
          std::size_t y = k + 1 + ml;
          if (m && y < s.size() && s[y] == ' ' && digits(y + 1, 4)) {
            int d = num(i, dl);
            if (d >= 1 && d <= 31) return fmt(num(y + 1, 4), m, d);
          }
        }
      }
    }
    // September 3, 2025
    std::size_t ml = 0;
    int m = month_at(i, &ml);
    if (m) {
      std::size_t k = i + ml;
      if (k < s.size() && s[k] == ' ') {
        ++k;
        std::size_t dl = (k + 1 < s.size() && IsDigit(s[k + 1])) ? 2 : 1;
        if (digits(k, dl)) {
          std::size_t y = k + dl;
          if (y < s.size() && s[y] == ',') ++y;
          if (y < s.size() && s[y] == ' ' && digits(y + 1, 4)) {
            int d = num(k, dl);
            if (d >= 1 && d <= 31) return fmt(num(y + 1, 4), m, d);
          }
        }
      }
    }
  }
  return "";
}

// Plain text wrapped at a fixed width (wire copy, PDF dumps, gazettes,
// e-mailed announcements): most lines of some length end near one width.
// Such a line that ends mid-sentence goes on in the next line, unless a
// blank line, a bullet, a heading in capitals or a table row follows: the two become one
// line, so that sentences and names ("Reko Diq Mining / Company") stay
// whole. Text not wrapped so is left as it is.
void UnwrapHardWrappedLines(std::string& collapsed,
                            std::vector<std::pair<std::size_t, std::size_t>>& spans,
                            const std::vector<bool>& blank_before,
                            const std::vector<bool>& columns) {
  std::size_t width = 0, long_lines = 0;
  for (auto [b, n] : spans) {
    if (n >= 30) {
      width = std::max(width, n);
      ++long_lines;
    }
  }
  if (long_lines < 5 || width > 100) return;
  std::size_t full = 0;
  for (auto [b, n] : spans) full += n >= 30 && n + 25 >= width;
  if (full * 2 < long_lines) return;
  auto view = [&](std::size_t i) {
    return std::string_view(collapsed).substr(spans[i].first, spans[i].second);
  };
  auto bullet = [](std::string_view l) {
    if (l.size() >= 2 && (l[0] == '*' || l[0] == '-' || l[0] == '+') && l[1] == ' ')
      return true;
    if (l.starts_with("\xE2\x80\xA2") || l.starts_with("\xC2\xB7") ||
        l.starts_with("\xE2\x80\x93"))
      return true;
    std::size_t d = 0;
    while (d < l.size() && IsDigit(l[d])) ++d;
    return d > 0 && d < 3 && d + 1 < l.size() && (l[d] == '.' || l[d] == ')') &&
           l[d + 1] == ' ';
  };
  auto heading = [](std::string_view l) {
    bool lower = false, upper = false;
    for (char c : l) {
      lower |= IsLowerLetter(c);
      upper |= c >= 'A' && c <= 'Z';
    }
    return upper && !lower;
  };
  std::string out;
  out.reserve(collapsed.size());
  std::vector<std::pair<std::size_t, std::size_t>> joined;
  joined.reserve(spans.size());
  for (std::size_t i = 0; i < spans.size();) {
    const std::size_t b = out.size();
    out += view(i);
    std::size_t last = i++;
    while (i < spans.size() && !blank_before[i]) {
      const std::string_view prev = view(last), next = view(i);
      // Table rows ("Ford Motor Company      lithium carbonate, 7,000 tpa")
      // keep their lines.
      if (prev.size() + 25 < width || bullet(next) || heading(next) || heading(prev) ||
          columns[last] || columns[i])
        break;
      if (IsSentenceEnd(prev) && !IsLowerLetter(next[0])) break;
      // "state-" / "owned": a word broken at its hyphen stays one word;
      // "Geolo-" / "gical", "Ex-" / "change": a word a page broke into
      // syllables is whole again.
      if (!(prev.back() == '-' && IsLowerLetter(next[0]))) {
        out += ' ';
      } else if (LineBreakSplitsWord(prev, next)) {
        out.pop_back();
      }
      out += next;
      last = i++;
    }
    joined.emplace_back(b, out.size() - b);
  }
  collapsed = std::move(out);
  spans = std::move(joined);
}

CleanedArticle CleanArticle(std::string_view raw, TextFormat format) {
  CleanedArticle result;
  std::string text;
  std::string html_title;
  std::string html_date;
  if (format == TextFormat::kHtml ||
      (format == TextFormat::kPlain && LooksLikeHtml(raw))) {
    HtmlResult h = HtmlToText(raw);
    text = std::move(h.text);
    html_title = !h.h1.empty() ? h.h1
                 : !h.og_title.empty() ? StripSiteSuffix(h.og_title)
                                       : StripSiteSuffix(h.title);
    html_date = h.date;
  } else if (format == TextFormat::kMarkdown) {
    text = MarkdownToText(raw, &html_title);
  } else {
    text = std::string(raw);
  }
  text = NormalizeSpaces(text);

  // Lines, trimmed and with inner whitespace runs collapsed: end to end in
  // one string (no longer than the text), seen through views.
  std::string collapsed;
  std::vector<std::string_view> lines;
  {
    collapsed.reserve(text.size());
    std::vector<std::pair<std::size_t, std::size_t>> spans;  // offset, size
    std::vector<bool> blank_before;  // per span: an empty line before it
    std::vector<bool> columns;       // per span: a table row (column gaps)
    bool blank = false;
    std::size_t pos = 0;
    while (pos <= text.size()) {
      std::size_t e = text.find('\n', pos);
      if (e == std::string::npos) e = text.size();
      const std::size_t b = collapsed.size();
      const std::string_view raw_line = std::string_view(text).substr(pos, e - pos);
      AppendCollapsed(collapsed, raw_line);
      if (collapsed.size() > b) {
        spans.emplace_back(b, collapsed.size() - b);
        blank_before.push_back(blank);
        const std::size_t ink = raw_line.find_first_not_of(" \t");
        columns.push_back(raw_line.find("   ", ink) != std::string_view::npos ||
                          raw_line.find('\t', ink) != std::string_view::npos);
        blank = false;
      } else {
        blank = true;
      }
      pos = e + 1;
    }
    if (format != TextFormat::kHtml && !LooksLikeHtml(raw))
      UnwrapHardWrappedLines(collapsed, spans, blank_before, columns);
    lines.reserve(spans.size());
    for (auto [b, n] : spans) lines.push_back(std::string_view(collapsed).substr(b, n));
  }

  // IsChromeLine() of each line, computed once (0 = not yet, 1 = no, 2 = yes).
  std::vector<std::uint8_t> chrome_memo(lines.size(), 0);
  auto chrome = [&](std::size_t i) {
    if (chrome_memo[i] == 0) chrome_memo[i] = IsChromeLine(lines[i]) ? 2 : 1;
    return chrome_memo[i] == 2;
  };

  // The body starts at the first prose line.
  std::size_t body_begin = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!chrome(i) && IsProse(lines[i])) {
      body_begin = i;
      break;
    }
  }
  if (body_begin == lines.size()) body_begin = 0;

  // Title and date from the header region.
  std::string title = html_title;
  std::string date = html_date;
  if (title.empty()) {
    std::string best;
    int best_score = -1;
    for (std::size_t i = 0; i < body_begin; ++i) {
      const std::string_view l = lines[i];
      if (chrome(i) || IsDateLine(l)) continue;
      int words = WordCount(l);
      if (words < 3 || words > 30) continue;
      int score = 1;
      // A headline repeated in the page chrome ("... news about <title>").
      for (std::size_t j = 0; j < body_begin; ++j) {
        if (j != i && lines[j].size() > l.size() &&
            lines[j].find(l) != std::string_view::npos)
          score += 4;
      }
      if (i + 1 < lines.size() && IsDateLine(lines[i + 1])) score += 2;
      if (i + 1 == body_begin) score += 1;
      if (score >= best_score) {
        best_score = score;
        best = l;
      }
    }
    title = best;
  }
  if (date.empty()) {
    for (std::size_t i = 0; i < body_begin; ++i) {
      std::string d = FindDate(lines[i]);
      if (!d.empty()) {
        date = d;
        break;
      }
    }
  }
  if (date.empty() && body_begin < lines.size()) {
    // A dateline in the first body line of wire copy.
    std::string_view first = lines[body_begin];
    date = FindDate(first.substr(0, std::min<std::size_t>(first.size(), 60)));
  }
  title = std::string(Trim(StripWirePrefix(title)));

  // Body lines up to the first end marker.
  std::string out;
  out.reserve(title.size() + collapsed.size() + 2 * lines.size());
  if (!title.empty()) {
    out += title;
  }
  bool title_seen_in_body = false;
  int body_lines = 0;
  // "Comments (31)" between a dek and the story is a counter, not the
  // comment thread: a long paragraph follows it at once.
  auto counter_before_story = [&](std::size_t i) {
    if (!WordsAtMost(lines[i], 2) || !StartsWithIcase(lines[i], "comments")) return false;
    for (std::size_t j = i + 1, seen = 0; j < lines.size() && seen < 3; ++j) {
      if (chrome(j)) continue;
      if (!WordsAtMost(lines[j], 20) && IsSentenceEnd(lines[j])) return true;
      ++seen;
    }
    return false;
  };
  for (std::size_t i = body_begin; i < lines.size(); ++i) {
    const std::string_view l = lines[i];
    if (body_lines > 0 && IsBodyEndLine(l)) {
      if (counter_before_story(i)) continue;
      break;
    }
    if (chrome(i)) continue;
    if (IsDateLine(l) && !IsProse(l)) continue;
    std::string_view stripped = Trim(StripWirePrefix(l));
    if (!title.empty() && stripped == title) {
      if (!title_seen_in_body) {
        title_seen_in_body = true;
        continue;  // repeated headline
      }
      continue;
    }
    if (!out.empty()) out += "\n\n";
    out += l;
    ++body_lines;
  }
  result.text = std::move(out);
  result.title = std::move(title);
  result.published = std::move(date);
  return result;
}

}  // namespace kg::text_internal
