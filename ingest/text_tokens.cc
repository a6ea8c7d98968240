// Tokenizer and sentence splitter of the text extractor.

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <string_view>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <utf8proc.h>

#include "ingest/text_internal.h"

namespace kg::text_internal {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

// Decodes the code point at s[i]; returns its length (1 on invalid bytes).
std::size_t Decode(std::string_view s, std::size_t i, std::int32_t* cp) {
  utf8proc_int32_t c = 0;
  utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
      static_cast<utf8proc_ssize_t>(s.size() - i), &c);
  if (n <= 0) {
    *cp = -1;
    return 1;
  }
  *cp = c;
  return static_cast<std::size_t>(n);
}

bool WordCharAt(std::string_view s, std::size_t i, std::size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return IsAsciiAlnum(static_cast<char>(c));
  }
  bool upper = false;
  if (LetterAt(s, i, len, &upper)) return true;
  std::int32_t cp = 0;
  *len = Decode(s, i, &cp);
  if (cp < 0) return false;
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_MN ||
         cat == UTF8PROC_CATEGORY_MC;
}

bool IsApostropheAt(std::string_view s, std::size_t i, std::size_t* len) {
  if (s[i] == '\'') {
    *len = 1;
    return true;
  }
  if (s[i] == '\xE2' && i + 3 <= s.size() && s[i + 1] == '\x80' &&
      s[i + 2] == '\x99') {  // ’
    *len = 3;
    return true;
  }
  return false;
}

// ASCII byte classes: 0 = no word character (or not ASCII), 1 = digit,
// 2 = upper-case letter, 3 = lower-case letter. The same answers as
// WordCharAt() and LetterAt() (and, in the "C" locale kg runs in,
// std::isdigit and std::isalpha) for bytes below 0x80.
constexpr std::array<std::uint8_t, 256> kAsciiClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = 1;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = 2;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = 3;
  return t;
}();

std::uint8_t AsciiClass(char c) {
  return kAsciiClass[static_cast<unsigned char>(c)];
}

#ifdef __SSE2__
/// The ASCII letters and digits that open p[0, 16): how many, how many of
/// them are letters (counted up to 2: the tokenizer asks for "at least 2"),
/// and whether any is upper / lower case.
struct AsciiRun {
  unsigned length = 0;
  int letters = 0;
  bool upper = false;
  bool lower = false;
};

AsciiRun AsciiRunAt(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Signed compares: bytes from 0x80 up are negative, so in no range.
  auto in = [&v](char lo, char hi) {
    return static_cast<unsigned>(_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                      _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))))));
  };
  const unsigned upper = in('A', 'Z'), lower = in('a', 'z'), digit = in('0', '9');
  AsciiRun r;
  r.length = static_cast<unsigned>(std::countr_one(upper | lower | digit));
  const unsigned run = (1u << r.length) - 1;
  // min(popcount, 2) without a popcount instruction (x86-64's baseline has
  // none, and the library call costs more than the test).
  const unsigned letters = (upper | lower) & run;
  r.letters = (letters != 0) + ((letters & (letters - 1)) != 0);
  r.upper = (upper & run) != 0;
  r.lower = (lower & run) != 0;
  return r;
}
#endif

constexpr std::array<std::string_view, 16> kTlds = {
    "com", "net", "org", "io", "co", "au", "uk", "ru",
    "cn",  "gov", "info", "news", "ca", "de", "in", "za"};

}  // namespace

bool LetterAt(std::string_view s, std::size_t i, std::size_t* len,
              bool* upper) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    *upper = c >= 'A' && c <= 'Z';
    return *upper || (c >= 'a' && c <= 'z');
  }
  std::int32_t cp = 0;
  *len = Decode(s, i, &cp);
  if (cp < 0) return false;
  utf8proc_category_t cat = utf8proc_category(cp);
  *upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> toks;
  toks.reserve(s.size() / 5 + 8);
  std::size_t i = 0;
  const std::size_t n = s.size();
  bool newline = false;
  while (i < n) {
    char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (c == '\n') newline = true;
      ++i;
      continue;
    }
    std::size_t len = 0;
    Token t;
    t.begin = static_cast<std::uint32_t>(i);
    t.newline_before = newline;
    newline = false;
    const std::uint8_t cls = AsciiClass(c);
    const bool ascii = static_cast<unsigned char>(c) < 0x80;
    bool word = false;
    if (ascii) {
      len = 1;
      word = cls != 0;
    } else {
      word = WordCharAt(s, i, &len);
    }
    if (word) {
      bool digit_start = cls == 1;
      if (ascii) {
        t.cap = cls == 2;
      } else {
        bool upper = false;
        std::size_t l2 = 0;
        t.cap = LetterAt(s, i, &l2, &upper) && upper;
      }
      // Dotted acronym: U.S., U.S.A., S.A., D.C.
      if (t.cap && len == 1 && i + 3 < n && s[i + 1] == '.' &&
          AsciiClass(s[i + 2]) >= 2 && s[i + 3] == '.') {
        std::size_t j = i;
        while (j + 1 < n && AsciiClass(s[j]) >= 2 && s[j + 1] == '.') {
          j += 2;
        }
        t.end = static_cast<std::uint32_t>(j);
        t.kind = TokKind::kWord;
        t.all_caps = true;
        toks.push_back(t);
        i = j;
        continue;
      }
      std::size_t j = i + len;
      bool has_lower = false, has_upper = t.cap;
      int letters = 1;
      while (j < n) {
#ifdef __SSE2__
        // Sixteen bytes at a time while letters and digits go on; the byte
        // that ends the run goes the way below.
        if (j + 16 <= n) {
          const AsciiRun r = AsciiRunAt(s.data() + j);
          letters += r.letters;
          has_upper |= r.upper;
          has_lower |= r.lower;
          j += r.length;
          if (r.length == 16) continue;
        }
#endif
        // ASCII fast path: the same answers as WordCharAt() and LetterAt().
        const unsigned char a = static_cast<unsigned char>(s[j]);
        if (const std::uint8_t ac = kAsciiClass[a]; ac != 0) {
          letters += ac >> 1;
          has_upper |= ac == 2;
          has_lower |= ac == 3;
          ++j;
          continue;
        }
        std::size_t l = 0;
        // An ASCII byte here is no word character (the fast path above).
        if (a >= 0x80 && WordCharAt(s, j, &l)) {
          bool up = false;
          std::size_t l3 = 0;
          if (LetterAt(s, j, &l3, &up)) {
            ++letters;
            if (up) has_upper = true; else has_lower = true;
          }
          j += l;
          continue;
        }
        char d = s[j];
        // Spaces and most punctuation end a word at once.
        if (d == ' ' || d == '\n' || d == ';' || d == ':' ||
            d == ')' || d == '(' || d == '"' || d == '\t' || d == '\r')
          break;
        std::size_t al = 0;
        if (d == '-' && t.cap && j + 1 < n) {
          // "Perth-based", "ASX-listed": the place or exchange is a name.
          static constexpr std::string_view kSuffixes[] = {
              "based", "listed", "owned", "headquartered", "run", "backed",
              "controlled", "led", "born", "registered", "focused", "born"};
          bool split = false;
          for (std::string_view suf : kSuffixes) {
            if (s.compare(j + 1, suf.size(), suf) == 0 &&
                (j + 1 + suf.size() >= n || !IsAsciiAlnum(s[j + 1 + suf.size()]))) {
              split = true;
              break;
            }
          }
          if (split) break;
        }
        // "En+ Group": a plus that ends a capitalised name is part of it.
        if (d == '+' && t.cap && (j + 1 >= n || !IsAsciiAlnum(s[j + 1]))) {
          j += 1;
          break;
        }
        if ((d == '-' || d == '&' || d == '/') && j + 1 < n &&
            WordCharAt(s, j + 1, &l)) {
          if (d == '/' && !digit_start) break;
          if (d == '&' && !(std::isupper(static_cast<unsigned char>(s[j - 1])) &&
                            std::isupper(static_cast<unsigned char>(s[j + 1]))))
            break;
          j += 1;
          continue;
        }
        if (IsApostropheAt(s, j, &al) && j + al < n &&
            WordCharAt(s, j + al, &l)) {
          // Possessive 's / ’s ends the word.
          if ((s[j + al] == 's' || s[j + al] == 'S') &&
              (j + al + 1 >= n || !IsAsciiAlnum(s[j + al + 1])))
            break;
          j += al;
          continue;
        }
        if ((d == '.' || d == ',') && digit_start && j + 1 < n &&
            std::isdigit(static_cast<unsigned char>(s[j + 1]))) {
          j += 1;
          continue;
        }
        // Every top-level domain starts with a lower-case letter.
        if (d == '.' && !digit_start && j + 1 < n && s[j + 1] >= 'a' &&
            s[j + 1] <= 'z') {
          bool tld = false;
          for (std::string_view tl : kTlds) {
            if (s.compare(j + 1, tl.size(), tl) == 0 &&
                (j + 1 + tl.size() >= n || !IsAsciiAlnum(s[j + 1 + tl.size()]))) {
              tld = true;
              j += 1 + tl.size();
              break;
            }
          }
          if (tld) continue;
        }
        break;
      }
      t.end = static_cast<std::uint32_t>(j);
      t.kind = digit_start ? TokKind::kNumber : TokKind::kWord;
      t.all_caps = has_upper && !has_lower && letters >= 2;
      toks.push_back(t);
      i = j;
      continue;
    }
    // Possessive as its own token.
    std::size_t al = 0;
    if (IsApostropheAt(s, i, &al) && i + al < n &&
        (s[i + al] == 's' || s[i + al] == 'S') &&
        (i + al + 1 >= n || !IsAsciiAlnum(s[i + al + 1])) && !toks.empty() &&
        toks.back().end == i) {
      t.end = static_cast<std::uint32_t>(i + al + 1);
      t.kind = TokKind::kWord;
      toks.push_back(t);
      i += al + 1;
      continue;
    }
    // One punctuation character (a whole UTF-8 sequence).
    std::int32_t cp = 0;
    std::size_t l = static_cast<unsigned char>(c) < 0x80 ? 1 : Decode(s, i, &cp);
    t.end = static_cast<std::uint32_t>(i + l);
    t.kind = TokKind::kPunct;
    toks.push_back(t);
    i += l;
  }
  return toks;
}

namespace {

std::string_view Text(std::string_view s, const Token& t) {
  return s.substr(t.begin, t.end - t.begin);
}

bool IsClosing(std::string_view p) {
  return p == "\"" || p == ")" || p == "]" || p == "'" ||
         p == "\xE2\x80\x9D" || p == "\xE2\x80\x99" || p == "\xC2\xBB";
}

bool IsOpening(std::string_view p) {
  return p == "\"" || p == "(" || p == "[" || p == "'" ||
         p == "\xE2\x80\x9C" || p == "\xE2\x80\x98" || p == "\xC2\xAB";
}

// Abbreviations after which a period never ends a sentence.
bool IsNeverFinalAbbrev(std::string_view w) {
  static constexpr std::string_view kAbbr[] = {
      "Mr",  "Mrs", "Ms",   "Dr",   "Prof", "St",  "Gen",  "Gov",  "Sen",
      "Rep", "Lt",  "Col",  "Capt", "Mt",   "Ft",  "No",   "Nos",  "vs",
      "Jan", "Feb", "Mar",  "Apr",  "Jun",  "Jul", "Aug",  "Sep",  "Sept",
      "Oct", "Nov", "Dec",  "approx", "Fig", "Sr", "Jr",   "Hon",  "Rev",
      "Messrs", "Pres", "Supt", "Adm", "Cmdr", "Sgt", "est", "cf", "Ste"};
  return std::find(std::begin(kAbbr), std::end(kAbbr), w) != std::end(kAbbr);
}

// Abbreviations that may end a sentence.
bool IsMaybeFinalAbbrev(std::string_view w) {
  static constexpr std::string_view kAbbr[] = {
      "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "LLC", "etc",
      "Bhd", "Pty", "Ave", "Rd", "Dept", "Cos"};
  return std::find(std::begin(kAbbr), std::end(kAbbr), w) != std::end(kAbbr);
}

bool IsSentenceStarter(std::string_view w) {
  static constexpr std::string_view kStart[] = {
      "The",      "A",        "An",       "It",        "Its",     "He",
      "She",      "They",     "We",       "I",         "In",      "On",
      "At",       "But",      "And",      "However",   "This",    "That",
      "These",    "Those",    "There",    "As",        "For",     "With",
      "After",    "Before",   "While",    "Meanwhile", "Analysts", "Shares",
      "According", "Last",    "Earlier",  "Later",     "His",     "Her",
      "Their",    "Our",      "If",       "When",      "Since",   "Under",
      "Despite",  "Although", "Both",     "Some",      "Many",    "Most",
      "Other",    "Another",  "Such",     "All",       "So",      "Yet",
      "Also",     "Still",    "Now",      "Then",      "Today",   "Separately",
      "Prices",   "Production", "Output", "Officials", "By",      "From",
      "During",   "Following", "Investors", "What",
      // "... Kestrel Ltd. Much of that copper is smelted ...".
      "Much",     "More",     "Only",     "Even",      "One",     "Each",
      "Every",    "No",       "Not",      "Neither",   "Unlike",  "Once",
      "Until",    "Because",  "Though",   "Instead",   "Indeed",  "Overall",
      "Together", "Already",  "Almost",   "About",     "Around",  "Nearly",
      "Where",    "Which",    "Who",      "Why",       "How",     "Here",
      "Few",      "Several"};
  return std::find(std::begin(kStart), std::end(kStart), w) != std::end(kStart);
}

}  // namespace

std::vector<SentenceRange> SplitSentences(std::string_view text,
                                          const std::vector<Token>& toks) {
  std::vector<SentenceRange> out;
  const std::uint32_t n = static_cast<std::uint32_t>(toks.size());
  std::uint32_t start = 0;
  auto cut = [&](std::uint32_t at) {
    if (at > start) out.push_back({start, at});
    start = at;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    if (i > start && toks[i].newline_before) {
      cut(i);
    }
    const Token& t = toks[i];
    std::string_view w = Text(text, t);
    bool terminal = false;
    bool maybe = false;
    if (t.kind == TokKind::kPunct &&
        (w == "." || w == "!" || w == "?" || w == "\xE2\x80\xA6")) {
      terminal = true;
      if (w == "." && i > start) {
        const Token& p = toks[i - 1];
        std::string_view pw = Text(text, p);
        bool attached = p.end == t.begin;
        if (attached && p.kind == TokKind::kWord) {
          bool numbered = (pw == "No" || pw == "Nos") &&
                          (i + 1 >= toks.size() || toks[i + 1].kind != TokKind::kNumber);
          if (IsNeverFinalAbbrev(pw) && !numbered) terminal = false;
          else if (pw.size() == 1 && p.cap) terminal = false;  // initial
          else if (IsMaybeFinalAbbrev(pw)) maybe = true;
        }
      }
    } else if (t.kind == TokKind::kWord && t.all_caps && !w.empty() &&
               w.back() == '.' && i + 1 < n && !toks[i + 1].newline_before) {
      // "U.S." at the end of a sentence.
      terminal = true;
      maybe = true;
    }
    if (!terminal) continue;
    std::uint32_t j = i + 1;
    while (j < n && !toks[j].newline_before && toks[j].kind == TokKind::kPunct &&
           IsClosing(Text(text, toks[j])))
      ++j;
    if (j >= n) break;
    if (toks[j].newline_before) continue;  // the line break cuts anyway
    if (toks[j].begin == toks[j - 1].end) continue;  // no space after
    const Token& next = toks[j];
    std::string_view nw = Text(text, next);
    bool starts = next.cap || next.kind == TokKind::kNumber ||
                  (next.kind == TokKind::kPunct && IsOpening(nw));
    if (!starts) continue;
    if (maybe) {
      // "Ltd. (SZSE:002460)": a parenthesis goes on with the name.
      bool quote = next.kind == TokKind::kPunct && IsOpening(nw) &&
                   nw != "(" && nw != "[";
      // "... Kodal Minerals Plc. China's Hainan Mining paid": a possessive
      // opens a new subject; a name never goes on that way.
      bool possessive = j + 1 < n && !toks[j + 1].newline_before &&
                        (Text(text, toks[j + 1]) == "'s" ||
                         Text(text, toks[j + 1]) == "\xE2\x80\x99s");
      if (!quote && !possessive && !IsSentenceStarter(nw)) continue;
    }
    cut(j);
    i = j - 1;
  }
  if (start < n) out.push_back({start, n});
  return out;
}

}  // namespace kg::text_internal
