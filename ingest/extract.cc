// The text extractor: cleaned text -> mentions -> entities -> relations.
//
// Pipeline (all passes are linear scans over tokens; no regex engine):
//  1. text_clean.cc finds the article body, title and date;
//  2. text_tokens.cc cuts tokens and sentences;
//  3. FindMentions() reads runs of capitalised words and lower-case mineral
//     names: gazetteers first, then name patterns (legal suffixes, heads such
//     as "Ministry of", project and region nouns after a name, titles and
//     given names before a person's name);
//  4. BuildEntities() merges mentions inside the article (surname -> full
//     name, acronym in parentheses -> the name before it, short company
//     names -> the full one) and drops what stays unresolved;
//  5. extract_relations.cc applies relation rules sentence by sentence.

#include "ingest/extract.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/normalize.h"
#include "ingest/extract_impl.h"
#include "ingest/extract_words.h"
#include "ingest/gazetteer_internal.h"
#include "ingest/text_internal.h"

namespace kg {
namespace extract_impl {

using gazetteer_internal::GazEntry;
using gazetteer_internal::Gazetteer;
using gazetteer_internal::GazKind;
using text_internal::TokKind;
using text_internal::Token;
namespace w = extract_words;

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  // Branch-free and with the length in a local (a char store may alias the
  // string's own size), so that the compiler vectorises it.
  char* const p = out.data();
  const std::size_t n = out.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    p[i] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
  }
  return out;
}

namespace {

/// A buffer of at least n bytes: on the stack when small, else on the heap.
class ScratchBuffer {
 public:
  explicit ScratchBuffer(std::size_t n) {
    if (n > sizeof stack_) {
      heap_.resize(n);
      data_ = heap_.data();
    }
  }
  ScratchBuffer(const ScratchBuffer&) = delete;
  ScratchBuffer& operator=(const ScratchBuffer&) = delete;
  char* data() { return data_; }

 private:
  char stack_[256];
  std::string heap_;
  char* data_ = stack_;
};

}  // namespace

namespace {

/// Key()'s reading of an ASCII byte: the byte it writes (a letter lower-cased,
/// a digit as it is), or kKeySpace (a separator), kKeySkip ('.' and '\'',
/// dropped) or kKeyOther (from 0x80 on: not ASCII).
constexpr unsigned char kKeySpace = 0, kKeySkip = 1, kKeyOther = 2;
constexpr std::array<unsigned char, 256> kKeyByte = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    unsigned char v = kKeySpace;
    if (c >= 0x80) v = kKeyOther;
    else if (c == '.' || c == '\'') v = kKeySkip;
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) v = static_cast<unsigned char>(c);
    else if (c >= 'A' && c <= 'Z') v = static_cast<unsigned char>(c + 32);
    t[static_cast<std::size_t>(c)] = v;
  }
  return t;
}();

}  // namespace

std::string Key(std::string_view name) {
  // Every byte written stands for a byte read (a space for the separator
  // before it), so the key is no longer than the name.
  ScratchBuffer buf(name.size());
  char* const begin = buf.data();
  char* o = begin;
  bool space = false;
  for (char c : name) {
    const unsigned char v = kKeyByte[static_cast<unsigned char>(c)];
    if (v > kKeyOther) {
      if (space && o != begin) *o++ = ' ';
      space = false;
      *o++ = static_cast<char>(v);
    } else if (v == kKeySpace) {
      space = true;
    } else if (v == kKeyOther) {
      return NameKey(name);
    }
  }
  std::string_view key(begin, static_cast<std::size_t>(o - begin));
  if (key.starts_with("the ")) key.remove_prefix(4);
  return std::string(key);
}

std::string_view CleanSurfaceView(std::string_view name, std::string* buf) {
  // Most names are clean already: printable ASCII with single spaces
  // between words. They are themselves.
  {
    bool clean = name.empty() || (name.front() != ' ' && name.back() != ' ');
    bool after_space = false;
    for (std::size_t i = 0; clean && i < name.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(name[i]);
      const bool space = c == ' ';
      clean = c >= 0x20 && c < 0x7f && !(space && after_space);
      after_space = space;
    }
    if (clean) return name;
  }
  // ASCII: NFC changes nothing; controls and spaces collapse to one space
  // (written as in Key()).
  ScratchBuffer scratch(name.size());
  char* const begin = scratch.data();
  char* o = begin;
  bool pending_space = false;
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      *buf = CleanName(name);
      return *buf;
    }
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
      pending_space = o != begin;
      continue;
    }
    if (pending_space) *o++ = ' ';
    pending_space = false;
    *o++ = c;
  }
  buf->assign(begin, o);
  return *buf;
}

std::string CleanSurface(std::string_view name) {
  std::string buf;
  const std::string_view clean = CleanSurfaceView(name, &buf);
  if (clean.data() == buf.data()) return buf;
  return std::string(clean);
}

Extractor::Extractor(std::string_view text)
    : text_(text), gaz_(Gazetteer::Get()) {
  toks_ = text_internal::Tokenize(text_);
  sents_ = text_internal::SplitSentences(text_, toks_);
  owner_.assign(toks_.size(), -1);
  sent_of_.assign(toks_.size(), 0);
  for (std::uint32_t s = 0; s < sents_.size(); ++s) {
    for (std::uint32_t i = sents_[s].first; i < sents_[s].last; ++i)
      sent_of_[i] = s;
  }
  // Room for the mentions of a dense text, so that they are rarely moved.
  mentions_.reserve(toks_.size() / 4 + 16);
  lower_text_ = AsciiLower(text_);
  // Filled by index (the vectors' ends are not reloaded after every store).
  gaz_start_.resize(toks_.size());
  lower_.resize(toks_.size());
  for (std::size_t k = 0; k < toks_.size(); ++k) {
    const Token& t = toks_[k];
    const std::string_view tw = Tok(t);
    // The token's place in the lower-cased copy (the same offsets).
    std::string_view l(lower_text_.data() + t.begin, t.end - t.begin);
    if (l == "\xE2\x80\x99s") l = "'s";  // curly possessive
    // "OZ Minerals' Prominent Hill", "Ivanhoe Mines' founder": the
    // apostrophe after a name's final s is its possessive.
    if ((tw == "'" || tw == "\xE2\x80\x99") && k > 0 && k + 1 < toks_.size() &&
        toks_[k - 1].end == t.begin && toks_[k - 1].cap &&
        toks_[k - 1].kind == text_internal::TokKind::kWord && text_[t.begin - 1] == 's' &&
        toks_[k + 1].begin > t.end && toks_[k + 1].kind != text_internal::TokKind::kPunct)
      l = "'s";
    GazStart& start = gaz_start_[k];
    if (gaz_.MayStartExact(tw)) start.exact = gaz_.Exact(tw);
    if (gaz_.MayStartMineral(l)) start.mineral = gaz_.Mineral(l);
    lower_[k] = l;
  }
}

std::string Extractor::Surface(std::uint32_t b, std::uint32_t e) const {
  if (b >= e) return "";
  return std::string(text_.substr(toks_[b].begin, toks_[e - 1].end - toks_[b].begin));
}

int Extractor::AddMention(std::uint32_t b, std::uint32_t e, EntityType type,
                          std::string surface, std::string key,
                          std::uint8_t flags) {
  int idx = static_cast<int>(mentions_.size());
  for (std::uint32_t i = b; i < e; ++i) {
    if (owner_[i] == -1) owner_[i] = idx;
  }
  Mention& m = mentions_.emplace_back();
  m.tb = b;
  m.te = e;
  m.type = type;
  m.surface = std::move(surface);
  m.key = std::move(key);
  m.flags = flags;
  m.sent = sent_of_[b];
  if (type == EntityType::kCompany && !(flags & (kUnknown | kAnaphor | kDemonym)) &&
      e >= b + 3 && !m.key.empty()) {
    std::uint32_t c = e;
    while (c > b && (W(c - 1) == "." || W(c - 1) == "," || w::IsLegalSuffix(W(c - 1)))) --c;
    if (c < e && c >= b + 2) {
      std::string core;
      for (std::uint32_t i = b; i < c; ++i) {
        if (i > b) core += ' ';
        core += lower_[i];
      }
      if (std::none_of(company_cores_.begin(), company_cores_.end(),
                       [&](const auto& cc) { return cc.first == core; }))
        company_cores_.emplace_back(std::move(core), m.key);
    }
  }
  return idx;
}

// The company whose name before its legal form is the run at p ("Lithium
// Nevada" after "Lithium Nevada Corporation"): its number of tokens, or 0.
std::uint32_t Extractor::CompanyCoreAt(std::uint32_t p, std::uint32_t b,
                                       const std::string** key) const {
  for (const auto& [core, k] : company_cores_) {
    std::uint32_t i = p;
    std::size_t at = 0;
    while (i < b && at < core.size()) {
      const std::string_view l = lower_[i];
      if (core.compare(at, l.size(), l) != 0) break;
      at += l.size();
      ++i;
      if (at == core.size()) break;
      if (core[at] != ' ') break;
      ++at;
    }
    if (at != core.size()) continue;
    // Not the start of a longer name: "Lithium Nevada Holdings".
    if (i < b && toks_[i].cap) continue;
    // Not a site or place of the same name: "Oyu Tolgoi" next to "Oyu
    // Tolgoi LLC".
    int ge = -1;
    if (GazMatch(p, i, false, &ge) == static_cast<int>(i - p) &&
        (gaz_.entry(ge).type == EntityType::kProject || gaz_.entry(ge).type == EntityType::kRegion))
      continue;
    bool other = false;
    for (const Mention& m : mentions_) {
      if (m.type != EntityType::kCompany && m.te - m.tb == i - p &&
          std::equal(lower_.begin() + m.tb, lower_.begin() + m.te, lower_.begin() + p))
        other = true;
    }
    if (other) continue;
    *key = &k;
    return i - p;
  }
  return 0;
}

// Longest gazetteer entry starting at token i and ending at or before `limit`.
// Returns the number of tokens (0 when none) and the entry.
int Extractor::GazMatchFrom(std::uint32_t i, std::uint32_t limit,
                            bool minerals, int* entry) const {
  if (i >= limit) return 0;
  const GazStart& start = gaz_start_[i];
  // A table whose keys no token sequence starting at i can begin is not
  // asked again: every prefix of a key is in its table.
  const bool exact_table = start.exact != Gazetteer::kNoKey;
  const bool mineral_table = minerals && start.mineral != Gazetteer::kNoKey;
  if (!exact_table && !mineral_table) return 0;
  int maxn = std::min<int>(gaz_.max_tokens(), static_cast<int>(limit - i));
  // A key is its tokens joined by single spaces. While the text has just
  // one space between them, the key is a slice of the text (the lower-cased
  // key one of lower_text_, where the tokens' lower-case forms lie there);
  // from the first other gap on, it is built.
  const std::string_view lower_text = lower_text_;
  auto in_lower_text = [&](std::uint32_t k) {
    return lower_[k].data() == lower_text.data() + toks_[k].begin;
  };
  bool key_slice = true;
  bool lkey_slice = in_lower_text(i);
  std::string key;
  std::string lkey;
  int best = 0;
  for (int n = 1; n <= maxn; ++n) {
    std::uint32_t j = i + static_cast<std::uint32_t>(n) - 1;
    int exact = Gazetteer::kNoKey, mineral = Gazetteer::kNoKey;
    if (n == 1) {
      // The first token's answers were read once, in the constructor.
      if (exact_table) exact = start.exact;
      if (mineral_table) mineral = start.mineral;
    } else {
      if (toks_[j].newline_before) break;
      const std::uint32_t from = toks_[i].begin, gap = toks_[j - 1].end;
      const bool spaced = toks_[j].begin == gap + 1 && text_[gap] == ' ';
      // One lookup per table says both whether a longer key may follow and
      // which entry the key itself names.
      if (exact_table) {
        if (key_slice && !spaced) {
          key_slice = false;
          key.assign(text_.substr(from, gap - from));
        }
        std::string_view k;
        if (key_slice) {
          k = text_.substr(from, toks_[j].end - from);
        } else {
          key.push_back(' ');
          key.append(W(j));
          k = key;
        }
        exact = gaz_.Exact(k);
      }
      if (mineral_table) {
        if (lkey_slice && !(spaced && in_lower_text(j))) {
          // The key so far: the slice when it was one, else the first token.
          lkey.assign(n == 2 ? lower_[i] : lower_text.substr(from, gap - from));
          lkey_slice = false;
        } else if (!lkey_slice && n == 2) {
          lkey.assign(lower_[i]);
        }
        std::string_view k;
        if (lkey_slice) {
          k = lower_text.substr(from, toks_[j].end - from);
        } else {
          lkey.push_back(' ');
          lkey.append(lower_[j]);
          k = lkey;
        }
        mineral = gaz_.Mineral(k);
      }
    }
    if (exact == Gazetteer::kNoKey && mineral == Gazetteer::kNoKey) break;
    if (exact >= 0) {
      best = n;
      *entry = exact;
    } else if (mineral >= 0) {
      best = n;
      *entry = mineral;
    }
  }
  return best;
}

bool Extractor::IsNameToken(std::uint32_t i) const {
  if (!IsCapWord(i)) return false;
  std::string_view s = W(i);
  // "Jan Mostrom" is a name; the month abbreviation comes before a day.
  const bool jan = s == "Jan" && i + 1 < toks_.size() && IsCapWord(i + 1) &&
                   !toks_[i + 1].newline_before && !w::IsMonth(W(i + 1));
  if (w::IsCapStopword(s) || (w::IsMonth(s) && !jan)) return false;
  if (w::IsLegalSuffix(s) || w::IsMinistryHead(s) || w::IsAgencyHead(s) ||
      w::IsOrgHead(s) || w::IsProjectHead(s) || w::IsRegionHead(s))
    return false;
  if (w::IsTitleWord(lower_[i])) return false;
  // "Minister of Industry and Mineral Resources, Bandar Alkhorayef": words
  // of a portfolio or a company are no one's name.
  static constexpr std::string_view kNotNames[] = {
      "Resources", "Minerals", "Mineral", "Metals", "Mining", "Industries",
      "Industry", "Holdings", "Materials", "Energy", "Natural", "Trade",
      "Affairs", "Development", "Environment", "Infrastructure", "Finance",
      "Economy", "Commerce", "Investment",
      // Laws, programmes and papers: "the Inflation Reduction Act", "told
      // Morning Report", "Lex Notes".
      "Act", "Report", "Notes", "News", "Journal", "Times", "Review", "Daily"};
  if (w::In(kNotNames, s)) return false;
  // "Vice-President", "Co-Chair": a hyphenated title.
  if (const std::size_t d = lower_[i].rfind('-');
      d != std::string_view::npos && w::IsTitleWord(lower_[i].substr(d + 1)))
    return false;
  if (toks_[i].all_caps && s.size() > 1 && s.back() != '.') return false;
  int e = -1;
  if (GazMatch(i, i + 1, true, &e) == 1) {
    const GazEntry& g = gaz_.entry(e);
    if (g.kind == GazKind::kDemonym) return false;
    if (g.type != EntityType::kPerson) return false;
  }
  return true;
}

// A person's name of 2-3 tokens starting at i (with particles and initials).
// Returns its end, or i when none.
std::uint32_t Extractor::PersonNameEnd(std::uint32_t i, std::uint32_t limit,
                                       bool need_first_name) const {
  if (!IsNameToken(i)) return i;
  if (need_first_name && !gaz_.IsFirstName(W(i))) return i;
  // "Los Chancas", "La Caridad", "El Teniente": a Spanish article opens a
  // place's or a mine's name, not a person's.
  {
    const std::string_view a = W(i);
    if (a == "Los" || a == "Las" || a == "La" || a == "El") return i;
  }
  std::uint32_t j = i + 1;
  int parts = 1;
  while (j < limit && parts < 6) {
    if (toks_[j].newline_before) break;
    std::string_view s = W(j);
    // Initial "J." as one token followed by ".".
    if (s.size() == 1 && toks_[j].cap && j + 1 < limit && W(j + 1) == "." &&
        IsNameToken(j + 2)) {
      j += 2;
      continue;
    }
    // "Ursula von der Leyen", "Frans van den Berg", "Pedro de la Rosa".
    if ((s == "van" || s == "von" || s == "de") && j + 2 < limit &&
        (W(j + 1) == "der" || W(j + 1) == "den" || W(j + 1) == "la") &&
        IsNameToken(j + 2)) {
      j += 2;
      continue;
    }
    if ((s == "de" || s == "van" || s == "von" || s == "bin" || s == "al" ||
         s == "da" || s == "dos" || s == "del" || s == "la" || s == "le") &&
        IsNameToken(j + 1) && j + 1 < limit) {
      j += 1;
      continue;
    }
    // "Madeleine King said": a title word that ends the name is a surname.
    if ((s == "King" || s == "Prince" || s == "Major") && !IsCapWord(j + 1)) {
      ++parts;
      ++j;
      break;
    }
    // "Doug Ford", "Bill Ford": a one-word company's name as the surname
    // after a known given name, ending the name.
    if (!IsNameToken(j)) {
      int e = -1;
      if (j == i + 1 && gaz_.IsFirstName(W(i)) && IsCapWord(j) && !toks_[j].all_caps &&
          (j + 1 >= limit || !IsCapWord(j + 1)) && GazMatch(j, j + 1, false, &e) == 1 &&
          gaz_.entry(e).kind == GazKind::kEntity && gaz_.entry(e).type == EntityType::kCompany) {
        ++parts;
        ++j;
      }
      break;
    }
    ++parts;
    ++j;
  }
  if (parts < 2) return i;
  // "Moses Lake", "Elliot Lake", "Sandy Valley": a place named after
  // someone.
  static constexpr std::string_view kPlaceEnds[] = {
      "Lake", "River", "Creek", "Bay", "Mountain", "Mountains", "Falls",
      "Springs", "Valley", "Harbour", "Harbor", "Canyon", "Gorge", "Peak",
      "Downs", "Island", "Islands", "Desert", "Plateau", "Basin"};
  if (w::In(kPlaceEnds, W(j - 1))) return i;
  return j;
}

void Extractor::FindMentions() {
  // "ioneer Ltd", "thyssenkrupp AG": a lower-case word before a legal form
  // is a company's name, which the text may later write bare ("ioneer
  // said").
  for (std::uint32_t k = 0; k + 1 < toks_.size(); ++k) {
    static constexpr std::string_view kForms[] = {
        "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp", "Corporation", "plc", "PLC",
        "LLC", "AG", "SA", "NV", "ASA", "AB", "GmbH", "Oyj", "SE", "Tbk", "Bhd"};
    static constexpr std::string_view kNot[] = {"and", "of", "the", "pty", "co", "company",
                                                "group", "holdings", "limited", "international",
                                                "mining", "resources", "or", "by", "for"};
    const Token& t = toks_[k];
    if (t.kind != TokKind::kWord || t.cap || t.all_caps || lower_[k].size() < 3 ||
        sent_of_[k] != sent_of_[k + 1] || toks_[k + 1].newline_before ||
        !w::In(kForms, W(k + 1)) || w::In(kNot, lower_[k]) ||
        std::isdigit(static_cast<unsigned char>(lower_[k][0])))
      continue;
    if (std::none_of(lower_companies_.begin(), lower_companies_.end(),
                     [&](const auto& c) { return c.first == lower_[k]; }))
      lower_companies_.emplace_back(
          lower_[k], std::string(EntityTypeName(EntityType::kCompany)) + ":" +
                         Key(Surface(k, k + 2)));
  }
  for (const text_internal::SentenceRange& s : sents_) {
    std::uint32_t i = s.first;
    while (i < s.last) {
      if (owner_[i] != -1) {
        ++i;
        continue;
      }
      const Token& t = toks_[i];
      std::string_view tw = W(i);
      // Ticker lists "(NYSE:RIO; ASX:RIO)" carry no entities.
      // "(NYSE American:UUUU; TSX:EFR)": an exchange name of up to two
      // words, then a colon.
      const bool ticker =
          tw == "(" && i + 2 < s.last && toks_[i + 1].all_caps &&
          (W(i + 2) == ":" ||
           (i + 3 < s.last && toks_[i + 2].cap && W(i + 3) == ":"));
      if (ticker) {
        std::uint32_t j = i + 1;
        while (j < s.last && W(j) != ")") ++j;
        for (std::uint32_t k = i; k < j && k < s.last; ++k) owner_[k] = -2;
        if (!mentions_.empty() && mentions_.back().te == i &&
            (mentions_.back().flags & kUnknown)) {
          mentions_.back().type = EntityType::kCompany;
          mentions_.back().flags &= static_cast<std::uint8_t>(~kUnknown);
        }
        i = j + 1;
        continue;
      }
      // "US$6,000", "A$1.2 billion": a currency, not a country.
      if (t.all_caps && tw.size() <= 2 && i + 1 < s.last && W(i + 1) == "$" &&
          toks_[i + 1].begin == t.end) {
        i += 2;
        continue;
      }
      // "2.4 billion US dollars", "the Australian dollar": a currency, not
      // a country.
      if (t.kind == TokKind::kWord && (t.cap || t.all_caps) && i + 1 < s.last &&
          (lower_[i + 1] == "dollar" || lower_[i + 1] == "dollars")) {
        i += 2;
        continue;
      }
      // "The company said": an anaphor that opens a sentence.
      if (t.kind == TokKind::kWord && t.cap && lower_[i] == "the") {
        const std::size_t before = mentions_.size();
        std::uint32_t n = LowerMention(i, s);
        if (mentions_.size() > before) {
          i = n > i ? n : i + 1;
          continue;
        }
      }
      if (t.kind == TokKind::kWord && (t.cap || t.all_caps)) {
        i = ProcessRun(i, s);
        continue;
      }
      // "5N Plus", "29Metals": a known name may open with a digit.
      if (t.kind == TokKind::kNumber) {
        int ge = -1;
        const int gn = GazMatch(i, s.last, false, &ge);
        if (gn > 0 && gaz_.entry(ge).type != EntityType::kMineral) {
          AddGazMention(i, i + static_cast<std::uint32_t>(gn), ge);
          i += static_cast<std::uint32_t>(gn);
          continue;
        }
      }
      if (t.kind == TokKind::kWord) {
        std::uint32_t n = LowerMention(i, s);
        i = n > i ? n : i + 1;
        continue;
      }
      ++i;
    }
  }
}

// Lower-case mentions at i: minerals, "X ore", anaphors.
std::uint32_t Extractor::LowerMention(std::uint32_t i,
                                      const text_internal::SentenceRange& s) {
  for (const auto& [word, key] : lower_companies_) {
    if (lower_[i] != word || toks_[i].cap) continue;
    std::uint32_t end = i + 1;
    if (end < s.last && w::IsLegalSuffix(W(end))) ++end;
    AddMention(i, end, EntityType::kCompany, Surface(i, end), key, 0);
    return end;
  }
  int e = -1;
  int n = GazMatch(i, s.last, true, &e);
  // "lithium-boron deposits", "copper-gold porphyry": each mineral of a pair
  // the gazetteer does not name as one ("neodymium-praseodymium"); not
  // "samarium-cobalt magnets", a material made of them.
  if (n == 0 && lower_[i].find('-') != std::string_view::npos &&
      !(i + 1 < s.last && (lower_[i + 1] == "magnets" || lower_[i + 1] == "magnet" ||
                           lower_[i + 1] == "alloy" || lower_[i + 1] == "alloys" ||
                           lower_[i + 1] == "batteries" || lower_[i + 1] == "battery")) &&
      MineralPairAt(i))
    return i + 1;
  if (n > 0) {
    const GazEntry& g = gaz_.entry(e);
    if (g.kind == GazKind::kEntity && g.type == EntityType::kMineral) {
      std::uint32_t end = i + static_cast<std::uint32_t>(n);
      if ((g.flags & gazetteer_internal::kFlagAmbiguous) &&
          !MineralContext(i, end)) {
        return i + 1;
      }
      // Compounds: "gallium nitride", "indium gallium arsenide",
      // "dysprosium oxide", "antimony concentrate".
      std::uint32_t ce = end;
      while (ce < s.last) {
        int e2 = -1;
        if (GazMatch(ce, ce + 1, true, &e2) == 1 &&
            gaz_.entry(e2).type == EntityType::kMineral &&
            !(gaz_.entry(e2).flags & gazetteer_internal::kFlagAmbiguous) &&
            ce + 1 < s.last && IsCompoundWord(lower_[ce + 1])) {
          ++ce;
          continue;
        }
        break;
      }
      if (ce < s.last && IsCompoundWord(lower_[ce]) &&
          !(g.flags & gazetteer_internal::kFlagGroup)) {
        std::uint32_t ee = ce + 1;
        std::string surf = Surface(i, ee);
        if (gaz_.Mineral(AsciiLower(surf)) < 0) {
          AddMention(i, ee, EntityType::kMineral, surf,
                     "mineral:" + Key(surf), 0);
          return ee;
        }
      }
      AddMention(i, end, EntityType::kMineral, Surface(i, end),
                 "mineral:" + Key(g.canonical),
                 (g.flags & gazetteer_internal::kFlagGroup) ? kGroup : 0);
      return end;
    }
  }
  if (n > 0) {
    // Lower-case gazetteer names of other types: "lithium triangle".
    const GazEntry& g = gaz_.entry(e);
    std::uint32_t end = i + static_cast<std::uint32_t>(n);
    if (g.kind == GazKind::kEntity && g.type != EntityType::kMineral &&
        !toks_[i].cap) {
      int m = AddMention(i, end, g.type, Surface(i, end),
                         std::string(EntityTypeName(g.type)) + ":" +
                             Key(g.canonical),
                         0);
      mentions_[static_cast<std::size_t>(m)].country = g.country;
      return end;
    }
  }
  // "apatite-nepheline ore": a hyphenated rock name before "ore".
  // Not a grade: "high-grade ore", "low-grade ores".
  if (i + 1 < s.last && (lower_[i + 1] == "ore" || lower_[i + 1] == "ores") &&
      W(i).find('-') != std::string_view::npos &&
      toks_[i].kind == TokKind::kWord && !lower_[i].ends_with("-grade")) {
    AddMention(i, i + 2, EntityType::kMineral, Surface(i, i + 2),
               Key(Surface(i, i + 2)), 0);
    return i + 2;
  }
  // "the Perth-based developer": an anaphor whose place the modifier gives;
  // the place itself is read as usual.
  // "the Perth-based spodumene producer": a few lower-case words may say
  // what it makes.
  // ("the Tel Aviv-based group": a place of two words.)
  std::uint32_t dash = i + 2;
  if (dash + 1 < s.last && W(dash) != "-" && toks_[dash].cap) ++dash;
  if (lower_[i] == "the" && dash + 2 < s.last && W(dash) == "-" &&
      (lower_[dash + 1] == "based" || lower_[dash + 1] == "headquartered" ||
       // "The London-listed miner", "The Nasdaq-listed company".
       lower_[dash + 1] == "listed") &&
      toks_[i + 1].cap) {
    for (std::uint32_t k = dash + 2; k < s.last && k < dash + 5; ++k) {
      if (toks_[k].kind != TokKind::kWord || toks_[k].cap) break;
      std::string_view nx = lower_[k];
      if (owner_[k] == -1 &&
          (nx == "company" || nx == "firm" || nx == "miner" || nx == "producer" ||
           nx == "group" || nx == "developer" || nx == "explorer" ||
           nx == "refiner" || nx == "manufacturer")) {
        AddMention(k, k + 1, EntityType::kCompany, Surface(i, k + 1), "",
                   kAnaphor);
        return i + 1;
      }
    }
  }
  // "The Kazakh state-owned company": an anaphor after modifiers; the
  // adjectives are read as usual.
  if (lower_[i] == "the" && i + 3 < s.last) {
    std::uint32_t k = i + 1;
    int mods = 0;
    while (k < s.last && mods < 3) {
      std::string_view l = lower_[k];
      bool demonym = false;
      if (toks_[k].cap) {
        int ge = -1;
        demonym = GazMatch(k, k + 1, false, &ge) == 1 &&
                  gaz_.entry(ge).kind == GazKind::kDemonym;
      }
      if (demonym || l == "state-owned" || l == "state-run" ||
          l == "state-controlled" || l == "government-owned" ||
          l == "listed" || l == "diversified" || l == "mining" ||
          l == "family-owned" || l == "privately" || l == "private") {
        ++k;
        ++mods;
        continue;
      }
      break;
    }
    if (mods > 0 && k < s.last && owner_[k] == -1 &&
        !(k + 1 < s.last && toks_[k + 1].cap)) {
      std::string_view nx = lower_[k];
      if (nx == "company" || nx == "firm" || nx == "miner" ||
          nx == "producer" || nx == "group" || nx == "developer") {
        AddMention(k, k + 1, EntityType::kCompany, Surface(i, k + 1), "",
                   kAnaphor);
        return i + 1;
      }
    }
  }
  // Anaphors: "the ministry", "the company", "the project".
  if ((lower_[i] == "the") && i + 1 < s.last) {
    std::string_view nx = lower_[i + 1];
    std::optional<EntityType> type;
    if (nx == "ministry" || nx == "department") type = EntityType::kMinistry;
    else if (nx == "agency" || nx == "regulator") type = EntityType::kAgency;
    else if (nx == "company" || nx == "firm" || nx == "miner" ||
             nx == "producer" || nx == "group" || nx == "developer" ||
             nx == "explorer" || nx == "combine")
      type = EntityType::kCompany;
    else if (nx == "project" || nx == "mine" || nx == "deposit" ||
             nx == "plant" || nx == "refinery" || nx == "smelter" ||
             nx == "facility")
      type = EntityType::kProject;
    else if (nx == "country" || nx == "government")
      type = EntityType::kCountry;
    // "the Department of Atomic Energy" is a name, not "the department".
    const bool named = toks_[i + 1].cap && i + 3 < s.last &&
                       (lower_[i + 2] == "of" || lower_[i + 2] == "for") &&
                       (toks_[i + 3].cap ||
                        (lower_[i + 3] == "the" && i + 4 < s.last &&
                         toks_[i + 4].cap));
    // "the country's reserves" names the country; "the company's chairman"
    // is left alone.
    const bool possessive = i + 2 < s.last && lower_[i + 2] == "'s" &&
                            type != EntityType::kCountry;
    if (type && !named && !possessive &&
        !(i + 2 < s.last && (toks_[i + 2].cap || IsProjectTrigger(i + 2)))) {
      AddMention(i, i + 2, *type, Surface(i, i + 2), "", kAnaphor);
      return i + 2;
    }
  }
  return i + 1;
}

bool IsCompoundWord(std::string_view lower) {
  static constexpr std::string_view k[] = {
      "oxide", "oxides", "dioxide", "trioxide", "nitride", "arsenide",
      "phosphide", "selenide", "antimonide", "sulphate", "sulfate",
      "carbonate", "hydroxide", "chloride", "tetrachloride", "concentrate",
      "concentrates", "ingot", "ingots", "metal", "alloy", "alloys",
      "sulphide", "sulfide", "fluoride", "wafers", "powder", "ore", "ores", "scrap"};
  return extract_words::In(k, lower);
}

bool Extractor::IsProjectTrigger(std::uint32_t i) const {
  if (i >= toks_.size() || !w::IsProjectTrigger(lower_[i])) return false;
  // "BLM's Moab field office": an office, not a field.
  if ((lower_[i] == "field" || lower_[i] == "project") && i + 1 < toks_.size() &&
      SameSentence(i, i + 1) &&
      (lower_[i + 1] == "office" || lower_[i + 1] == "offices" || lower_[i + 1] == "manager"))
    return false;
  // "Glencore and Vale mine nickel": the verb of two names, not a mine
  // named after both.
  if (lower_[i] == "mine" && i >= 3 && i + 1 < toks_.size() && SameSentence(i - 3, i + 1) &&
      !toks_[i + 1].cap) {
    int ge = -1;
    const bool mineral = GazMatch(i + 1, i + 2, true, &ge) == 1 &&
                         gaz_.entry(ge).type == EntityType::kMineral;
    bool both = false;
    for (std::uint32_t k = i - 1; k + 4 > i && k > 0; --k)
      both |= lower_[k] == "and" && toks_[k - 1].cap && toks_[k + 1].cap;
    // ("the Tenke and Fungurume mine copper output": a noun after "the".)
    std::uint32_t p = i;
    while (p > 0 && p + 6 > i && lower_[p - 1] != "the" &&
           (toks_[p - 1].cap || lower_[p - 1] == "and"))
      --p;
    if (mineral && both && !(p > 0 && lower_[p - 1] == "the")) return false;
  }
  // "GeoProMining mines antimony", "X mines a gold-antimony orebody": the
  // verb, not the plural noun.
  if (lower_[i] == "mines" && i + 1 < toks_.size() && SameSentence(i, i + 1)) {
    std::string_view nx = lower_[i + 1];
    int ge = -1;
    if (!toks_[i + 1].cap &&
        (nx == "a" || nx == "an" || nx == "the" || nx == "its" ||
         nx == "their" || nx == "about" || nx == "more" ||
         w::IsProjectDescriptor(nx) ||
         (GazMatch(i + 1, i + 2, true, &ge) == 1 &&
          gaz_.entry(ge).type == EntityType::kMineral)))
      return false;
    // "Kestrel Mining Ltd mines": a company's legal form before the verb.
    if (i > 0 && w::IsLegalSuffix(W(i - 1))) return false;
    // "IREL mines beach sand": one name, then a lower-case word that no
    // plural noun is followed by; "the Tenke and Kisanfu mines in" stays.
    static constexpr std::string_view kAfterNoun[] = {
        "in", "at", "of", "and", "or", "near", "on", "for", "with", "to",
        "from", "were", "are", "have", "had", "will", "would", "could",
        "which", "that", "where", "since", "produced", "produce", "account",
        "accounted", "together", "combined", "owned", "operated", "run",
        "closed", "remain", "remained", "also", "as", "by", "is", "was",
        "last", "this", "each", "employ", "supply", "supplied", "said"};
    if (!toks_[i + 1].cap && toks_[i + 1].kind == TokKind::kWord &&
        !w::In(kAfterNoun, nx)) {
      std::uint32_t b = i;
      while (b > 0 && SameSentence(b - 1, i) && toks_[b - 1].cap) --b;
      const bool listed = b > 0 && (W(b - 1) == "," || lower_[b - 1] == "and");
      if (b < i && !listed) return false;
    }
  }
  return true;
}

bool Extractor::MineralContext(std::uint32_t b, std::uint32_t e) const {
  // An ambiguous mineral word ("lead", "tin") counts next to another mineral
  // or a commodity noun.
  auto mineral_at = [&](std::uint32_t k) {
    int g = -1;
    if (k >= toks_.size()) return false;
    if (GazMatch(k, k + 1, true, &g) != 1) return false;
    const GazEntry& en = gaz_.entry(g);
    return en.type == EntityType::kMineral &&
           !(en.flags & gazetteer_internal::kFlagAmbiguous);
  };
  static constexpr std::string_view kNouns[] = {
      "ore", "prices", "price", "production", "mine", "mines", "smelter",
      "output", "concentrate", "deposits", "reserves", "exports", "imports",
      "mining", "producer", "producers", "miner", "miners", "smelters",
      "market", "supply"};
  if (e < toks_.size() && w::In(kNouns, lower_[e])) return true;
  // "2 million tonnes of tin", "the largest producer of tin".
  static constexpr std::string_view kOf[] = {
      "tonnes", "tons", "tonne", "ounces", "pounds", "kilograms", "lbs",
      "producer", "producers", "exporter", "exporters", "importer",
      "importers", "output", "production", "exports", "imports", "reserves",
      "deposits", "supplies", "shipments"};
  if (b >= 2 && lower_[b - 1] == "of" && w::In(kOf, lower_[b - 2])) return true;
  // "the company mines tin".
  static constexpr std::string_view kVerbs[] = {
      "produce", "produces", "produced", "producing", "mine", "mines",
      "mined", "export", "exports", "exported", "exporting", "import",
      "imports", "imported", "refine", "refines", "refined", "smelts",
      "smelted"};
  if (b >= 1 && w::In(kVerbs, lower_[b - 1])) return true;
  // "mines high-grade tin".
  if (b >= 2 && w::In(kVerbs, lower_[b - 2]) &&
      (lower_[b - 1].ends_with("-grade") || lower_[b - 1] == "refined" ||
       lower_[b - 1] == "primary" || lower_[b - 1] == "raw"))
    return true;
  for (std::uint32_t k = (b >= 3 ? b - 3 : 0); k < b; ++k) {
    if (mineral_at(k)) return true;
  }
  for (std::uint32_t k = e; k < e + 3 && k < toks_.size(); ++k) {
    if (mineral_at(k)) return true;
  }
  return false;
}

}  // namespace extract_impl

ArticleDoc ExtractArticle(std::string_view raw, const ExtractOptions& options) {
  text_internal::CleanedArticle c = text_internal::CleanArticle(raw, options.format);
  ArticleDoc doc;
  doc.title = c.title;
  doc.published = c.published;
  doc.text = std::move(c.text);
  extract_impl::Extractor ex(doc.text);
  ex.FindMentions();
  ex.BuildEntities();
  ex.FindRelations();
  ex.Export(&doc);
  return doc;
}

}  // namespace kg
