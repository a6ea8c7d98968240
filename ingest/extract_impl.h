#pragma once

// The text extractor's working state (private to ingest/extract*.cc).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "ingest/gazetteer_internal.h"
#include "ingest/text_internal.h"

namespace kg::extract_impl {

// Mention flags.
inline constexpr std::uint8_t kUnknown = 1;   ///< Capitalised, type not known yet.
inline constexpr std::uint8_t kAnaphor = 2;   ///< "the ministry": resolved by position.
inline constexpr std::uint8_t kDemonym = 4;   ///< "Russian": names a country weakly.
inline constexpr std::uint8_t kGroup = 8;     ///< A mineral group (includes subject).
inline constexpr std::uint8_t kSingle = 16;   ///< One capitalised token, unresolved.
inline constexpr std::uint8_t kTitled = 32;   ///< A person named after a title.
inline constexpr std::uint8_t kCapital = 64;  ///< "Beijing" standing for China.
/// "Swiss-based": a demonym that says where its neighbour is based; the
/// country is named for that, and is no subject or object of anything else.
inline constexpr std::uint8_t kBasedIn = 128;

struct Mention {
  std::uint32_t tb = 0, te = 0;  ///< Token range.
  EntityType type = EntityType::kOrganization;
  std::string surface;  ///< The name as it should be shown.
  std::string key;      ///< Merge key inside the article ("" for anaphors).
  std::uint8_t flags = 0;
  std::uint32_t sent = 0;
  int entity = -1;
  std::string country;  ///< Country a demonym or gazetteer ties it to.
};

/// A country named only by an adjective ("French group Eramet"), not by a
/// capital standing for it: it takes part in no relation of its own.
inline bool OnlyAdjective(const Mention& m) {
  return (m.flags & kDemonym) && !(m.flags & kCapital);
}

/// A role read from a title or an apposition: person -> organisation.
struct Role {
  int person = -1;  ///< Mention index.
  int org = -1;     ///< Mention index (organisation or country), or -1.
  std::string title;      ///< Lower-cased title words ("minister").
  std::string portfolio;  ///< "Industry and Trade" after "Minister of".
  bool portfolio_first = false;  ///< "Mines Minister X": written before.
  bool former = false;
  std::uint32_t tb = 0, te = 0;  ///< Tokens the evidence covers.
};

/// A modifier read before a company: "Chile's state-owned copper miner X".
struct Modifier {
  int target = -1;    ///< Mention modified.
  int country = -1;   ///< Mention of the country (demonym or possessive).
  int place = -1;     ///< Mention of a place in "Perth-based".
  int mineral = -1;   ///< Mention of a mineral in "copper miner".
  bool state_owned = false;
  bool produces = false;
  std::uint32_t tb = 0, te = 0;
};

struct EntityInfo {
  EntityType type = EntityType::kOrganization;
  std::string key;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<int> mentions;
  bool emit = true;
  std::string country;  ///< From the gazetteer.
  bool group = false;
};

class Extractor {
 public:
  explicit Extractor(std::string_view text);

  void FindMentions();
  void BuildEntities();
  void JoinNames(Mention& m, Mention& a);
  bool ShortOfKnownName(std::uint32_t b, std::uint32_t e) const;
  void FindRelations();
  void Export(ArticleDoc* doc);

 private:
  friend struct RelationPass;

  std::string_view Tok(const text_internal::Token& t) const;
  std::string_view W(std::uint32_t i) const;
  std::string Surface(std::uint32_t b, std::uint32_t e) const;
  bool IsCapWord(std::uint32_t i) const;
  bool IsNameToken(std::uint32_t i) const;
  bool SameSentence(std::uint32_t a, std::uint32_t b) const;
  bool IsProjectTrigger(std::uint32_t i) const;
  bool MineralContext(std::uint32_t b, std::uint32_t e) const;
  /// The gazetteer flags of the country named `name`, or 0.
  std::uint8_t CountryFlags(std::string_view name) const {
    const int e = gaz_.Exact(gazetteer_internal::SurfaceKey(name));
    return e >= 0 && gaz_.entry(e).type == EntityType::kCountry ? gaz_.entry(e).flags : 0;
  }
  int GazMatch(std::uint32_t i, std::uint32_t limit, bool minerals,
               int* entry) const;
  /// GazMatch() past its first test (token i opens a key of a table asked).
  int GazMatchFrom(std::uint32_t i, std::uint32_t limit, bool minerals,
                   int* entry) const;
  std::uint32_t PersonNameEnd(std::uint32_t i, std::uint32_t limit,
                              bool need_first_name) const;
  int AddMention(std::uint32_t b, std::uint32_t e, EntityType type,
                 std::string surface, std::string key, std::uint8_t flags);

  // Capitalised runs (extract_runs.cc).
  /// The mention of gazetteer entry ge at [b, e), as the gazetteer types it
  /// (none for a demonym, or an ambiguous mineral out of mineral context).
  void AddGazMention(std::uint32_t b, std::uint32_t e, int ge);
  std::uint32_t ProcessRun(std::uint32_t i,
                           const text_internal::SentenceRange& s);
  std::uint32_t RunEnd(std::uint32_t i, std::uint32_t limit) const;
  bool PersonBeforeOf(std::uint32_t i, std::uint32_t j) const;
  /// True when the sentence is a heading in capitals or a title-cased
  /// headline: only gazetteer names count there.
  bool Shouting(const text_internal::SentenceRange& s) const;
  /// "copper-gold" in a project's name: a mention of each mineral, both on
  /// the one token; false (and nothing added) when it is no such pair.
  bool MineralPairAt(std::uint32_t q);
  /// True when token b follows "<person> with|from" after "question" or
  /// "we have": an analyst's firm on an earnings call.
  bool AnalystFirmAt(std::uint32_t b) const;
  /// A reporting period written as a word: "Q2", "H1", "FY2025".
  static bool IsPeriodWord(std::string_view w);
  /// True when the "and" at k joins two trade words of one company's name
  /// ("Baotou Iron and Steel").
  bool SectorPair(std::uint32_t k) const;
  /// True when the run [p, b) is followed by "(ACR)" and the initials of
  /// its capitalised words (hyphenated parts too) spell ACR.
  bool AcronymNameAt(std::uint32_t p, std::uint32_t b,
                     const text_internal::SentenceRange& s) const;
  std::uint32_t HeadSpan(std::uint32_t p, std::uint32_t b,
                         EntityType* type) const;
  /// True when the unknown run [p, b) and the lower-case noun at b name a
  /// place: "the Allier department", "Para state", "the Barroso area".
  bool PlaceNounAfter(std::uint32_t p, std::uint32_t b) const;
  std::uint32_t TitlePerson(std::uint32_t p, std::uint32_t b,
                            const text_internal::SentenceRange& s);
  std::uint32_t LowerMention(std::uint32_t i,
                             const text_internal::SentenceRange& s);
  void ReadModifiers(int mention);
  int AddNamed(std::uint32_t b, std::uint32_t e, EntityType type,
               std::uint8_t flags = 0);

  // Resolution (extract_entities.cc).
  int MentionAt(std::uint32_t tok) const;
  /// The type an unknown name's context gives it ("miner X", "51% of X",
  /// "X, a lithium developer"), or nullopt.
  std::optional<EntityType> ContextType(std::uint32_t b, std::uint32_t e) const;
  /// The entity of a type the article is about ("the country", "the
  /// project" stand for it by default): the one named at least 3 times and
  /// twice as often as any other of the type, or -1.
  int ArticleEntity(EntityType type) const;
  std::uint32_t CompanyCoreAt(std::uint32_t p, std::uint32_t b, const std::string** key) const;
  /// `article_country`, `article_project` and `article_company` are
  /// ArticleEntity()'s.
  int ResolveAnaphor(const Mention& m, int article_country, int article_project,
                     int article_company) const;

  std::string_view text_;
  const gazetteer_internal::Gazetteer& gaz_;
  std::vector<text_internal::Token> toks_;
  std::vector<text_internal::SentenceRange> sents_;
  std::string lower_text_;  ///< text_ with A-Z lower-cased (same offsets).
  std::vector<std::string_view> lower_;  ///< Per token, into lower_text_.
  /// What one token is to the gazetteer: Gazetteer::Exact() of its text and
  /// Gazetteer::Mineral() of its lower-cased text (kNoKey: it opens no key).
  struct GazStart {
    int exact = gazetteer_internal::Gazetteer::kNoKey;
    int mineral = gazetteer_internal::Gazetteer::kNoKey;
  };
  /// Per token. Lets GazMatch() skip most tokens without building keys and
  /// match one-token names without a lookup.
  std::vector<GazStart> gaz_start_;
  /// ProcessRun()'s reading of the sentence that starts at token
  /// shouting_first_ (a heading or headline: only gazetteer names count).
  std::uint32_t shouting_first_ = UINT32_MAX;
  bool shouting_ = false;
  std::vector<int> owner_;  ///< Mention index per token, -1 none, -2 skip.
  std::vector<std::uint32_t> sent_of_;
  std::vector<Mention> mentions_;
  /// Companies named with a legal form so far: the words before the form
  /// (lower case, one space apart) and the company's key. "Lithium Nevada"
  /// after "Lithium Nevada Corporation" is that company, not a mineral and
  /// a state.
  std::vector<std::pair<std::string, std::string>> company_cores_;
  /// Companies whose names are written in lower case ("ioneer Ltd",
  /// "thyssenkrupp AG"): the lower-case word and the key of the name.
  std::vector<std::pair<std::string_view, std::string>> lower_companies_;
  std::vector<Role> roles_;
  std::vector<Modifier> modifiers_;
  std::vector<EntityInfo> entities_;
  std::vector<DocRelation> relations_;
};

// The token accessors are used by every pass in every extract*.cc file:
// defined here so that they inline there.
inline std::string_view Extractor::Tok(const text_internal::Token& t) const {
  // Tokens lie inside the text (Tokenize() cuts them from it): no bounds
  // check, so that this inlines everywhere.
  return std::string_view(text_.data() + t.begin, t.end - t.begin);
}

inline std::string_view Extractor::W(std::uint32_t i) const {
  return i < toks_.size() ? Tok(toks_[i]) : std::string_view();
}

inline bool Extractor::IsCapWord(std::uint32_t i) const {
  if (i >= toks_.size()) return false;
  const text_internal::Token& t = toks_[i];
  return t.kind == text_internal::TokKind::kWord && (t.cap || t.all_caps);
}

// GazMatch()'s first test inlines: most tokens open no gazetteer key.
inline int Extractor::GazMatch(std::uint32_t i, std::uint32_t limit,
                               bool minerals, int* entry) const {
  if (i >= limit) return 0;
  const GazStart& start = gaz_start_[i];
  if (start.exact == gazetteer_internal::Gazetteer::kNoKey &&
      (!minerals || start.mineral == gazetteer_internal::Gazetteer::kNoKey))
    return 0;
  return GazMatchFrom(i, limit, minerals, entry);
}

inline bool Extractor::SameSentence(std::uint32_t a, std::uint32_t b) const {
  return a < toks_.size() && b < toks_.size() && sent_of_[a] == sent_of_[b];
}

inline int Extractor::MentionAt(std::uint32_t tok) const {
  return tok < owner_.size() ? owner_[tok] : -1;
}

std::string AsciiLower(std::string_view s);
/// NameKey() with a fast path for ASCII names (the same result for them).
std::string Key(std::string_view name);
/// CleanName() with a fast path for ASCII names (the same result for them).
std::string CleanSurface(std::string_view name);
/// CleanSurface() as a view: `name` itself when it is clean already (most
/// are), else the cleaned name written to *buf.
std::string_view CleanSurfaceView(std::string_view name, std::string* buf);
/// Chemical and product words after a mineral ("oxide", "concentrate").
bool IsCompoundWord(std::string_view lower);

}  // namespace kg::extract_impl
