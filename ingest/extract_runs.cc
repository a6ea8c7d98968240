// Runs of capitalised words: gazetteer names, name patterns, titles, people.

#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "graph/normalize.h"
#include "ingest/extract_impl.h"
#include "ingest/extract_words.h"

namespace kg::extract_impl {

using gazetteer_internal::GazEntry;
using gazetteer_internal::GazKind;
using text_internal::SentenceRange;
using text_internal::TokKind;
namespace w = extract_words;

namespace {

std::string TypePrefix(EntityType t) {
  return std::string(EntityTypeName(t)) + ":";
}

// "Mr", "Mrs", "Ms" (lower-cased), before a surname.
bool IsHonorific(std::string_view lower) {
  return lower == "mr" || lower == "mrs" || lower == "ms";
}

bool HasTld(std::string_view s) {
  std::size_t dot = s.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > s.size())
    return false;
  std::string_view tld = s.substr(dot + 1);
  return tld == "com" || tld == "net" || tld == "org" || tld == "io" ||
         tld == "news" || tld == "info" || tld == "au" || tld == "uk" ||
         tld == "ru" || tld == "cn" || tld == "ca";
}

// "Road", "Railway": a route's last word, which names a project.
bool IsRouteWord(std::string_view word) {
  static constexpr std::string_view kRoute[] = {"Road", "Highway", "Railway", "Pipeline",
                                                "Corridor"};
  return w::In(kRoute, word);
}

}  // namespace

// Tokens i..j-1 are a given name and one or two surnames, none of them a
// head word ("Dana Orvik"; not "Bank", "University" or "Ministry").
bool Extractor::PersonBeforeOf(std::uint32_t i, std::uint32_t j) const {
  if (j < i + 2 || j > i + 3 || !gaz_.IsFirstName(W(i))) return false;
  for (std::uint32_t k = i; k < j; ++k) {
    const std::string_view h = W(k);
    if (!IsCapWord(k) || w::IsSectorHead(h) || w::IsMinistryHead(h) || w::IsAgencyHead(h) ||
        w::IsOrgHead(h) || w::IsProjectHead(h) || w::IsRegionHead(h) ||
        w::IsBareBodyWord(h) || w::IsLegalSuffix(h))
      return false;
  }
  return true;
}

std::uint32_t Extractor::RunEnd(std::uint32_t i, std::uint32_t limit) const {
  std::uint32_t j = i;
  while (j < limit) {
    if (j > i && toks_[j].newline_before) break;
    std::string_view s = W(j);
    // "Teck Resources Q2 2024", "BHP FY2025": a period ends the name.
    if (j > i && IsPeriodWord(s)) break;
    // "for US$6,000": a currency ends the run.
    if (toks_[j].all_caps && s.size() <= 2 && j + 1 < limit && W(j + 1) == "$" &&
        toks_[j + 1].begin == toks_[j].end)
      break;
    if (IsCapWord(j)) {
      ++j;
      continue;
    }
    // "Coeur d'Alene", "Cote d'Or": an elided particle within a name.
    if (j > i && ((s.size() > 3 && s.starts_with("d'") &&
                   std::isupper(static_cast<unsigned char>(s[2]))) ||
                  (s.size() > 5 && s.starts_with("d\xE2\x80\x99") &&
                   std::isupper(static_cast<unsigned char>(s[4]))))) {
      ++j;
      continue;
    }
    // Not "In 2023 China" nor "December 2023 China".
    if (j > i && toks_[j].kind == TokKind::kNumber && IsCapWord(j - 1) &&
        !w::IsCapStopword(W(j - 1)) && !w::IsMonth(W(j - 1)) &&
        j + 1 < limit && IsCapWord(j + 1)) {
      ++j;  // "Rare Earths 2 Ltd"
      continue;
    }
    if (j > i && s == "plc" && IsCapWord(j - 1)) {
      ++j;  // "Arcadium Lithium plc"
      continue;
    }
    if (j > i && s == "." && toks_[j].begin == toks_[j - 1].end &&
        w::IsLegalSuffix(W(j - 1))) {
      ++j;  // "Co." "Inc."
      // "... Co., Ltd. China Rare Earth Group, which": a final legal form
      // ends the name; only "Co." goes on ("Co. Ltd").
      if (W(j - 2) != "Co" && j < limit && IsCapWord(j) && !w::IsLegalSuffix(W(j)))
        break;
      continue;
    }
    if (j > i && s == "," && j + 1 < limit && w::IsLegalSuffix(W(j + 1)) &&
        (W(j - 1) == "." || w::IsLegalSuffix(W(j - 1)) ||
         w::IsSectorHead(W(j - 1)))) {
      ++j;  // "Co., Ltd."
      continue;
    }
    if (j > i && s == "(" && j + 3 < limit && W(j + 2) == ")" &&
        (W(j + 1) == "Group" || W(j + 1) == "Holdings" || W(j + 1) == "Private" ||
         W(j + 1) == "Pty" || W(j + 1) == "Proprietary" ||
         (IsCapWord(j + 1) && w::IsLegalSuffix(W(j + 3)))) &&
        IsCapWord(j + 3)) {
      // "H.C. Starck Holding (Germany) GmbH", "X (Australia) Pty Ltd".
      j += 3;  // "Baotou Iron and Steel (Group) Co., Ltd.", "X (Pty) Ltd"
      continue;
    }

    if (j > i && s == "." && toks_[j].begin == toks_[j - 1].end &&
        W(j - 1).size() == 1 && toks_[j - 1].cap && j + 1 < limit &&
        IsCapWord(j + 1)) {
      ++j;  // an initial: "Jennifer M. Granholm"
      continue;
    }
    if (j > i && s == "." && toks_[j].begin == toks_[j - 1].end &&
        (W(j - 1) == "St" || W(j - 1) == "Ste" || W(j - 1) == "Mt" ||
         W(j - 1) == "Ft") &&
        j + 1 < limit && IsCapWord(j + 1)) {
      ++j;  // "St. Thomas", "Mt. Holland"
      continue;
    }
    if (j > i && s == "," && j + 1 < limit && IsCapWord(j + 1) &&
        !toks_[j + 1].newline_before) {
      // "Ministry of Science, Technology and Innovation": a portfolio list.
      bool portfolio = false;
      for (std::uint32_t k = i; k + 1 < j; ++k) {
        std::string_view h = W(k);
        if ((w::IsMinistryHead(h) || h == "Minister" || h == "Secretary") &&
            W(k + 1) == "of")
          portfolio = true;
      }
      bool list_end = false;  // "..., Technology and Innovation" ends there
      for (std::uint32_t k = j + 1; k < limit && k < j + 5; ++k) {
        if (W(k) == "and") list_end = true;
        if (!IsCapWord(k) && W(k) != "and") break;
      }
      if (portfolio && list_end) {
        ++j;
        continue;
      }
    }
    // "Democratic Republic of the Congo": a known name with "of the" in it.
    // "Voisey's Bay", "Hudson's Bay": a possessive that is part of a
    // landform's name, when the word before it is no known name.
    if (j == i + 1 && s == "'s" && j + 1 < limit && IsCapWord(j + 1) &&
        w::IsLandformWord(W(j + 1)) && !toks_[j + 1].newline_before) {
      int e = -1;
      if (GazMatch(i, j, false, &e) == 0) {
        j += 2;
        continue;
      }
    }
    // ("The Export-Import Bank of the United States" opening a sentence.)
    if (j > i && s == "of" && j + 2 < limit && W(j + 1) == "the") {
      const std::uint32_t g = W(i) == "The" && j > i + 1 ? i + 1 : i;
      int e = -1;
      const int n = GazMatch(g, limit, false, &e);
      if (n > 0 && g + static_cast<std::uint32_t>(n) > j + 2) {
        j = g + static_cast<std::uint32_t>(n);
        continue;
      }
    }
    // "Department of the Treasury": "of the" before a capitalised word.
    if (j > i && (s == "of" || s == "for") && j + 2 < limit &&
        W(j + 1) == "the" && IsCapWord(j + 2) && !toks_[j + 2].newline_before &&
        (w::IsMinistryHead(W(i)) || w::IsAgencyHead(W(i)) || w::IsOrgHead(W(i)) ||
         (j >= 1 && (w::IsMinistryHead(W(j - 1)) || w::IsAgencyHead(W(j - 1)) ||
                     w::IsOrgHead(W(j - 1)) || W(j - 1) == "Secretary" ||
                     W(j - 1) == "Minister")))) {
      j += 2;
      continue;
    }
    // "Senate Committee on Energy and Natural Resources": a committee's
    // remit after "on".
    if (j > i && s == "on" && j + 1 < limit && IsCapWord(j + 1) &&
        !toks_[j + 1].newline_before &&
        (W(j - 1) == "Committee" || W(j - 1) == "Subcommittee")) {
      ++j;
      continue;
    }
    // Two connectors, then a name word: "Ursula von der Leyen", "Frans van
    // den Berg"; a Romance "and", then "of": "La Generale des Carrieres et
    // des Mines".
    if (j > i && j + 2 < limit && IsCapWord(j + 2) && !toks_[j + 2].newline_before) {
      const std::string_view s2 = W(j + 1);
      const bool particle = (s == "von" || s == "van" || s == "de") &&
                            (s2 == "der" || s2 == "den" || s2 == "la");
      const bool romance_and = (s == "et" || s == "y" || s == "e") &&
                               (s2 == "des" || s2 == "de" || s2 == "du" || s2 == "del" ||
                                s2 == "da" || s2 == "do");
      if (particle || romance_and) {
        j += 2;
        continue;
      }
    }
    if (j > i && w::IsNameConnector(s) && j + 1 < limit && IsCapWord(j + 1) &&
        !toks_[j + 1].newline_before) {
      if (s == "the" && !(W(j - 1) == "of" || W(j - 1) == "for")) break;
      // "said Dana Orvik of Kestrel Capital": a person's name, then where
      // they work; not one name.
      if (s == "of" && PersonBeforeOf(i, j)) break;
      ++j;
      continue;
    }
    break;
  }
  return j;
}

bool Extractor::IsPeriodWord(std::string_view w) {
  // Q1-Q4, H1, H2, FY24, FY2025.
  if (w.size() == 2 && ((w[0] == 'Q' && w[1] >= '1' && w[1] <= '4') ||
                        (w[0] == 'H' && (w[1] == '1' || w[1] == '2'))))
    return true;
  if (w.size() >= 4 && w.size() <= 6 && w.starts_with("FY")) {
    for (char c : w.substr(2))
      if (c < '0' || c > '9') return false;
    return true;
  }
  return false;
}

bool Extractor::MineralPairAt(std::uint32_t q) {
  // "copper-gold", "zinc-copper-germanium": two to four minerals.
  const std::string_view l = lower_[q];
  int parts[4];
  std::size_t n = 0;
  for (std::size_t from = 0;;) {
    const std::size_t dash = l.find('-', from);
    const std::string_view part = l.substr(from, dash == std::string_view::npos
                                                     ? std::string_view::npos
                                                     : dash - from);
    if (part.empty() || n == 4) return false;
    parts[n] = gaz_.Mineral(part);
    if (parts[n] < 0 ||
        (gaz_.entry(parts[n]).flags & gazetteer_internal::kFlagAmbiguous))
      return false;
    ++n;
    if (dash == std::string_view::npos) break;
    from = dash + 1;
  }
  if (n < 2) return false;
  for (int e : std::span<const int>(parts, n)) {
    const GazEntry& g = gaz_.entry(e);
    AddMention(q, q + 1, EntityType::kMineral, g.surface, "mineral:" + Key(g.canonical), 0);
  }
  return true;
}

bool Extractor::SectorPair(std::uint32_t k) const {
  // "Baotou Iron and Steel", "Mining and Metallurgical": "and" between two
  // trade words joins one company's name, not two names.
  // "Kola Mining and Metallurgical Company".
  // "Nkana Water and Sewerage Company" (not "Mineral": "Hindustan Copper
  // and Mineral Exploration and Consultancy Ltd" are two).
  if (k == 0 || k + 1 >= toks_.size() ||
      !(w::IsSectorHead(W(k + 1)) || W(k + 1) == "Metallurgical" ||
        W(k + 1) == "Processing" || W(k + 1) == "Engineering" || W(k + 1) == "Sewerage" ||
        W(k + 1) == "Sanitation" || W(k + 1) == "Gas"))
    return false;
  if (w::IsSectorHead(W(k - 1)) || W(k - 1) == "Water" || W(k - 1) == "Oil" ||
      W(k - 1) == "Electricity")
    return true;
  int e = -1;
  return toks_[k - 1].cap && GazMatch(k - 1, k, true, &e) > 0 &&
         gaz_.entry(e).type == EntityType::kMineral;
}

int Extractor::AddNamed(std::uint32_t b, std::uint32_t e, EntityType type,
                        std::uint8_t flags) {
  // "Minister for Enterprise, Trade and Employment Simon Coveney": the
  // portfolio's last word is no part of the name after it.
  while (type == EntityType::kPerson && e >= b + 3 && w::IsPortfolioWord(W(b)) &&
         gaz_.IsFirstName(W(b + 1)))
    ++b;
  // "Oak Flat", "the Knipovich Ridge", "the Ambler Road": a name that ends
  // in a landform or a route, and opens with no given name, is no person.
  // ("in the Fraser Range": after "the", even a given name opens a
  // landform.)
  if (type == EntityType::kPerson && e >= b + 2) {
    const bool the = b > 0 && lower_[b - 1] == "the";
    if (w::IsLandformWord(W(e - 1)) && (the || !gaz_.IsFirstName(W(b))))
      type = EntityType::kRegion;
    else if (IsRouteWord(W(e - 1)) && !gaz_.IsFirstName(W(b)))
      type = EntityType::kProject;
  }
  // "Arizona Department of Environmental Quality": a state's department is
  // an agency; a ministry is a nation's.
  if (type == EntityType::kMinistry && e >= b + 3) {
    int ge = -1;
    const int gn = GazMatch(b, e, false, &ge);
    const std::uint32_t h = b + static_cast<std::uint32_t>(std::max(gn, 0));
    if (gn > 0 && gaz_.entry(ge).kind == GazKind::kEntity &&
        gaz_.entry(ge).type == EntityType::kRegion && h + 1 < e && W(h) == "Department")
      type = EntityType::kAgency;
  }
  std::string surface = Surface(b, e);
  std::string key = TypePrefix(type);
  key += Key(surface);
  return AddMention(b, e, type, std::move(surface), std::move(key), flags);
}

bool Extractor::AcronymNameAt(std::uint32_t p, std::uint32_t b,
                              const text_internal::SentenceRange& s) const {
  if (b + 2 >= s.last || W(b) != "(" || W(b + 2) != ")" || b < p + 2) return false;
  std::string_view acr = W(b + 1);
  if (acr.size() < 2 || acr.size() > 6) return false;
  for (char c : acr) {
    if (c < 'A' || c > 'Z') return false;
  }
  std::string initials;
  for (std::uint32_t k = p; k < b; ++k) {
    std::string_view word = W(k);
    if (!toks_[k].cap) {
      if (w::IsNameConnector(lower_[k])) continue;
      return false;
    }
    // "Socio-Economic": each part gives a letter.
    initials.push_back(word[0]);
    for (std::size_t d = word.find('-');
         d != std::string_view::npos && d + 1 < word.size();
         d = word.find('-', d + 1))
      initials.push_back(word[d + 1]);
  }
  return initials == acr;
}

bool Extractor::PlaceNounAfter(std::uint32_t p, std::uint32_t b) const {
  std::string_view noun = lower_[b];
  if (noun != "department" && noun != "state" && noun != "area") return false;
  if (b + 1 < toks_.size() && W(b + 1) == "-") return false;  // "state-owned"
  for (std::uint32_t k = p; k < b; ++k) {
    if (!toks_[k].cap || w::IsNotPlaceBeforePlaceNoun(W(k))) return false;
    EntityType t = EntityType::kOrganization;
    if (HeadSpan(k, k + 1, &t) > k) return false;
  }
  return true;
}

// A name ending in a head word ("Acron Group", "Interior Ministry") or
// starting with one ("Ministry of Industry and Trade"). Returns its end.
std::uint32_t Extractor::HeadSpan(std::uint32_t p, std::uint32_t b,
                                  EntityType* type) const {
  std::string_view first = W(p);
  if (HasTld(first) && toks_[p].kind == TokKind::kWord) {
    *type = EntityType::kOrganization;
    return p + 1;
  }
  // "Universiti Sains Malaysia", "Universidad de Chile": a university's
  // name in another language opens with its head.
  if (p + 1 < b && w::IsForeignUniversityHead(first)) {
    *type = EntityType::kOrganization;
    return b;
  }
  // Prefix heads: "Ministry of ...", "University of ...", "Bank of ...".
  if (p + 2 < b && (W(p + 1) == "of" || W(p + 1) == "for" || W(p + 1) == "on")) {
    std::optional<EntityType> t;
    if (w::IsMinistryHead(first)) t = EntityType::kMinistry;
    else if (w::IsAgencyHead(first)) t = EntityType::kAgency;
    else if (w::IsOrgHead(first)) t = EntityType::kOrganization;
    else if (first == "Bank") t = EntityType::kCompany;
    else if (first == "Republic" || first == "Province" || first == "State")
      t = EntityType::kRegion;
    if (t) {
      std::uint32_t q = p + 2;
      while (q < b) {
        // A person's name after the portfolio ends it.
        if (gaz_.IsFirstName(W(q)) && PersonNameEnd(q, b, true) > q) break;
        // "Ministry of Commerce and General Administration of Customs".
        if (W(q) == "and" || W(q) == ",") {
          bool other = false;
          for (std::uint32_t k = q + 1; k < b; ++k) {
            std::string_view h = W(k);
            if (w::IsMinistryHead(h) || w::IsAgencyHead(h) || w::IsOrgHead(h) ||
                w::IsLegalSuffix(h))
              other = true;
            if (h == "of") break;
          }
          if (other) break;
        }
        ++q;
      }
      while (q > p + 2 && w::IsNameConnector(W(q - 1))) --q;
      *type = *t;
      return q;
    }
  }
  // "U.S. Department of Energy": a country, then a prefix head.
  {
    int ge = -1;
    int gn = GazMatch(p, b, false, &ge);
    if (gn > 0 && gaz_.entry(ge).type == EntityType::kCountry &&
        gaz_.entry(ge).kind == GazKind::kEntity) {
      std::uint32_t h = p + static_cast<std::uint32_t>(gn);
      // "U.S. International Development Finance Corporation": a country
      // before the whole name of a known state body or organisation.
      int be = -1;
      const int bn = h < b ? GazMatch(h, b, false, &be) : 0;
      if (bn > 0 && h + static_cast<std::uint32_t>(bn) == b &&
          gaz_.entry(be).kind == GazKind::kEntity &&
          (gaz_.entry(be).type == EntityType::kAgency ||
           gaz_.entry(be).type == EntityType::kMinistry ||
           gaz_.entry(be).type == EntityType::kOrganization)) {
        *type = gaz_.entry(be).type;
        return b;
      }
      if (h + 2 < b + 1 && h < b && (W(h + 1) == "of" || W(h + 1) == "for") &&
          (w::IsMinistryHead(W(h)) || w::IsAgencyHead(W(h)))) {
        EntityType t2 = EntityType::kOrganization;
        std::uint32_t e = HeadSpan(h, b, &t2);
        if (e > h) {
          *type = t2;
          return e;
        }
      }
    }
  }
  // Company names that open with their head in French, Spanish or
  // Portuguese: "Compagnie des Bauxites de Guinee", "Empresa Nacional de
  // Mineria", "Companhia Brasileira de Litio".
  if (w::IsCompanyPrefix(first) && p + 1 < b && (IsCapWord(p + 1) || w::IsNameConnector(W(p + 1)))) {
    std::uint32_t q = b;
    // "Compagnie X and Societe Y": the first name ends at "and" or ",".
    for (std::uint32_t k = p + 1; k < b; ++k)
      if (W(k) == "and" || W(k) == ",") {
        q = k;
        break;
      }
    while (q > p + 1 && w::IsNameConnector(W(q - 1))) --q;
    if (q > p + 1) {
      *type = EntityType::kCompany;
      return q;
    }
  }
  // Prefix legal forms: "PT Vale Indonesia", "PJSC Acron", "CV Venus Inti
  // Perkasa" (an Indonesian partnership).
  if ((first == "PT" || first == "PJSC" || first == "JSC" || first == "OOO" ||
       first == "PAO" || first == "OAO" || first == "OJSC" || first == "ZAO" ||
       first == "CV") && p + 1 < b && IsCapWord(p + 1)) {
    std::uint32_t q = p + 1;
    // "PT Freeport Indonesia President Director Tony Wenas": the title and
    // the name after it are no part of the company's name.
    while (q < b && W(q) != "and" && W(q) != "," &&
           !(q > p + 1 && q + 1 < b && w::IsTitleWord(lower_[q])))
      ++q;
    *type = EntityType::kCompany;
    return q;
  }
  // "Atomic Minerals Directorate for Exploration and Research": a state
  // body's head with its "for" complement inside the run, not the sector
  // word ("Exploration") at the end.
  for (std::uint32_t k = p + 1; k + 2 < b; ++k) {
    if (!(W(k + 1) == "of" || W(k + 1) == "for")) continue;
    if (!(w::IsMinistryHead(W(k)) || w::IsAgencyHead(W(k)))) continue;
    EntityType t2 = EntityType::kOrganization;
    std::uint32_t e = HeadSpan(k, b, &t2);
    if (e > k + 2) {
      *type = t2;
      return e;
    }
  }
  // "Senate Committee on Energy and Natural Resources": a committee with
  // its remit after "on" is a state body named by the whole run.
  for (std::uint32_t k = p + 1; k + 1 < b; ++k) {
    if ((W(k) == "Committee" || W(k) == "Subcommittee") && W(k + 1) == "on" &&
        IsCapWord(k + 2 < b ? k + 2 : k)) {
      *type = EntityType::kAgency;
      return b;
    }
  }
  // Suffix heads: the right-most head word with a name before it.
  for (std::uint32_t q = b; q > p + 1; --q) {
    std::string_view h = W(q - 1);
    if (h == "." || h == ",") continue;
    std::optional<EntityType> t;
    if (w::IsLegalSuffix(h) || w::IsSectorHead(h)) t = EntityType::kCompany;
    // "Pebble Limited Partnership": a legal form, not an alliance.
    else if (h == "Partnership" && q >= p + 3 && W(q - 2) == "Limited")
      t = EntityType::kCompany;
    else if (w::IsMinistryHead(h)) t = EntityType::kMinistry;
    else if (w::IsAgencyHead(h))
      t = w::IsInternationalWord(first) ? EntityType::kOrganization
                                        : EntityType::kAgency;
    else if (w::IsOrgHead(h)) t = EntityType::kOrganization;
    else if (w::IsProjectHead(h) || (h == "Park" && q >= 2 && W(q - 2) == "Industrial"))
      t = EntityType::kProject;
    else if (w::IsRegionHead(h)) t = EntityType::kRegion;
    if (!t) continue;
    // The head must end the name: nothing but its legal form or an "of"
    // complement may follow inside the run.
    if (q < b) {
      std::string_view nx = W(q);
      if (!(nx == "." || nx == "," || nx == "and" || nx == "&" || nx == "of" ||
            nx == "for" || w::IsLegalSuffix(nx)))
        continue;
    }
    // No second name ("X and Y Ltd") and no title inside.
    bool bad = false;
    for (std::uint32_t k = p; k + 1 < q; ++k) {
      std::string_view s2 = W(k);
      if (s2 == "and" && (*t == EntityType::kCompany || *t == EntityType::kRegion) &&
          !(*t == EntityType::kCompany && SectorPair(k)))
        bad = true;
      // "China General Nuclear Power Group", "Premier African Minerals
      // Ltd": a few title words are also company-name words.
      if (toks_[k].cap && w::IsTitleWord(lower_[k]) &&
          !(*t == EntityType::kCompany && w::IsTitleAlsoInCompanyNames(lower_[k])))
        bad = true;
    }
    if (bad) continue;
    // "Ganzhou City of Jiangxi Province": a place head, then "of" another
    // place; the first place ends at its own head.
    if (*t == EntityType::kRegion) {
      for (std::uint32_t k = p + 1; k + 2 < q; ++k) {
        if (w::IsRegionHead(W(k)) && W(k + 1) == "of" && IsCapWord(k + 2)) {
          q = k + 1;
          break;
        }
      }
    }
    // At least one real name word before the head.
    bool name = false;
    for (std::uint32_t k = p; k + 1 < q; ++k) {
      std::string_view s = W(k);
      // "Energy Ministry", "Mining Authority": a sector word names a
      // state body's portfolio; before a legal form, a company ("Power
      // Metals Corp.").
      bool state = *t == EntityType::kMinistry || *t == EntityType::kAgency ||
                   (w::IsLegalSuffix(h) && q >= p + 3);
      // "Northern Minerals": a scope word names a company before its head.
      const bool scope = w::IsScopeWord(s);
      if (IsCapWord(k) && !w::IsLegalSuffix(s) &&
          (state || !w::IsSectorHead(s)) && (!w::IsCapStopword(s) || scope) &&
          !w::IsTitleWord(lower_[k]))
        name = true;
    }
    if (!name) continue;
    std::uint32_t end = q;
    // "Prime Planet Energy & Solutions": "&" and a word or two go on.
    if (*t == EntityType::kCompany && end + 1 < b && W(end) == "&" &&
        b <= end + 3) {
      bool words = true;
      for (std::uint32_t k = end + 1; k < b; ++k) words = words && IsCapWord(k);
      if (words) end = b;
    }
    // Trailing period and ", Ltd." of legal forms.
    while (end < b && (W(end) == "." || W(end) == "," ||
                       w::IsLegalSuffix(W(end))))
      ++end;
    while (end > q && W(end - 1) == ",") --end;
    // "Federation Council of the Parliament": keep the complement; but
    // "the Athabasca Basin of Saskatchewan", "Ganzhou City of Jiangxi
    // Province": a place of a known place is two places.
    bool place_of_place = false;
    if (*t == EntityType::kRegion && end + 1 < b && W(end) == "of") {
      int ge = -1;
      int gn = GazMatch(end + 1, b, false, &ge);
      place_of_place = gn > 0 && (gaz_.entry(ge).type == EntityType::kCountry ||
                                  gaz_.entry(ge).type == EntityType::kRegion);
      if (!place_of_place) {
        EntityType t2 = EntityType::kOrganization;
        place_of_place = HeadSpan(end + 1, b, &t2) > end + 1 && t2 == EntityType::kRegion;
      }
    }
    if (*t != EntityType::kCompany && !place_of_place && end < b &&
        (W(end) == "of" || W(end) == "for")) {
      end = b;
    }
    // "Aluminum Corporation of China", "Investment Corporation of Dubai":
    // a company's complement when it is a place.
    if (*t == EntityType::kCompany && end + 1 < b && W(end) == "of") {
      int ge = -1;
      int gn = GazMatch(end + 1, b, false, &ge);
      if (gn > 0 && (gaz_.entry(ge).type == EntityType::kCountry ||
                     gaz_.entry(ge).type == EntityType::kRegion))
        end = end + 1 + static_cast<std::uint32_t>(gn);
    }
    *type = *t;
    return end;
  }
  return p;
}

std::uint32_t Extractor::TitlePerson(std::uint32_t p, std::uint32_t b,
                                     const SentenceRange& s) {
  // "the locality of General Guemes": a place named after a general.
  if (p > s.first + 1 && lower_[p - 1] == "of" && w::IsNounBeforePlaceName(lower_[p - 2]))
    return p;
  std::uint32_t q = p;
  // "President and Chief Executive Jan Smith".
  // "Chief Financial Officer Jane Smith".
  auto officer_kind = [&](std::uint32_t k) {
    const std::string_view l = lower_[k];
    return k + 1 < b && lower_[k + 1] == "officer" &&
           (l == "financial" || l == "operating" || l == "technical" ||
            l == "commercial" || l == "investment" || l == "sustainability");
  };
  // "Minister Responsible for the Saskatchewan Research Council".
  while (q < b && (w::IsTitleWord(lower_[q]) || (q > p && officer_kind(q)) ||
                   (q > p && lower_[q] == "and" && q + 1 < b &&
                    toks_[q + 1].cap && w::IsTitleWord(lower_[q + 1])) ||
                   (q > p && W(q) == "Responsible" && q + 1 < s.last && W(q + 1) == "for") ||
                   // "Minister Delegate for Industry".
                   (q > p && W(q) == "Delegate" && lower_[q - 1] == "minister")))
    ++q;
  if (q == p) return p;
  // "President of Turkmenistan Serdar Berdimuhamedov and President of
  // Uzbekistan Shavkat Mirziyoyev": the next title ends this one's run.
  if (q + 1 < b && (W(q) == "of" || W(q) == "for")) {
    for (std::uint32_t k = q + 2; k + 2 < b; ++k) {
      if (lower_[k] == "and" && toks_[k + 1].cap && w::IsTitleWord(lower_[k + 1]) &&
          (W(k + 2) == "of" || W(k + 2) == "for")) {
        b = k;
        break;
      }
    }
  }
  std::string title = AsciiLower(Surface(p, q));
  std::string portfolio;
  int body = -1;  // the body named after "of", before the name
  std::uint32_t name_b = q, name_e = q;
  if (q + 1 < b && (W(q) == "of" || W(q) == "for")) {
    std::uint32_t ps = q + 1;
    for (std::uint32_t f = ps; f < b; ++f) {
      std::uint32_t e = PersonNameEnd(f, b, true);
      if (e > f && e == b) {
        name_b = f;
        name_e = e;
        break;
      }
    }
    // ("Executive Vice-President for Prosperity and Industrial Strategy":
    // a portfolio after "for" may end in two capitalised words.)
    if (name_e == name_b && b >= ps + 3 && IsNameToken(b - 1) &&
        IsNameToken(b - 2) && !(W(q) == "for" && lower_[b - 3] == "and")) {
      name_b = b - 2;
      name_e = b;
    }
    // "Minister of Energy Abdulaziz bin Salman", "Minister of Mines Prince
    // X": the name after the portfolio's words (and an honorific), given
    // name known or not.
    if (name_e == name_b && w::IsPortfolioWord(W(ps))) {
      std::uint32_t f = ps;
      while (f < b && (w::IsPortfolioWord(W(f)) ||
                       (f > ps && lower_[f] == "and" && f + 1 < b && w::IsPortfolioWord(W(f + 1)))))
        ++f;
      while (f < b && (lower_[f] == "prince" || lower_[f] == "sheikh" || lower_[f] == "princess"))
        ++f;
      const std::uint32_t e = f < b ? PersonNameEnd(f, b, false) : f;
      if (e == b && e > f) {
        name_b = f;
        name_e = e;
      }
    }
    if (name_e > name_b) {
      std::uint32_t pe = name_b;
      while (pe > ps && w::IsNameConnector(W(pe - 1))) --pe;
      portfolio = Surface(ps, pe);
      // "President of Serbia Aleksandar Vucic": the country is named.
      int ge = -1;
      int gn = GazMatch(ps, pe, false, &ge);
      if (gn > 0 && ps + static_cast<std::uint32_t>(gn) == pe &&
          gaz_.entry(ge).kind == GazKind::kEntity &&
          gaz_.entry(ge).type == EntityType::kCountry) {
        int m = AddMention(ps, pe, EntityType::kCountry, Surface(ps, pe),
                           "Country:" + Key(gaz_.entry(ge).canonical), 0);
        mentions_[static_cast<std::size_t>(m)].country = gaz_.entry(ge).canonical;
      }
    } else if (b + 3 < s.last && W(b) == "," && PersonNameEnd(b + 1, s.last, false) >= b + 3 &&
               PersonNameEnd(b + 1, s.last, false) < s.last &&
               W(PersonNameEnd(b + 1, s.last, false)) == ",") {
      // "Saudi Arabia's Minister of Industry and Mineral Resources, Bandar
      // Alkhorayef, has said": the name after the portfolio and a comma.
      name_b = b + 1;
      name_e = PersonNameEnd(b + 1, s.last, false);
      // "The President Director of PT Timah, Mochtar Tabrani,": a body
      // after "of" is where the named person holds the title.
      EntityType ot = EntityType::kOrganization;
      if (HeadSpan(ps, b, &ot) == b &&
          (ot == EntityType::kCompany || ot == EntityType::kAgency ||
           ot == EntityType::kOrganization)) {
        body = AddNamed(ps, b, ot);
      } else {
        portfolio = Surface(ps, b);
      }
    } else {
      // "Dale Moss, President and CEO of Kestrel Mining Ltd": the titles
      // of the name before them, of the body after "of".
      EntityType ot = EntityType::kOrganization;
      const std::uint32_t oe = HeadSpan(ps, b, &ot);
      bool former = false;
      // The role of the name before the titles (the last mention) in the
      // body at [ps, e), which becomes a mention; returns e.
      // The role of `person` in the body mention `org` that ends at e.
      auto push_role = [&](int person, int org, std::uint32_t e) {
        Role r;
        r.person = person;
        r.org = org;
        r.title = title;
        r.tb = p;
        r.te = e;
        r.former = former;
        roles_.push_back(std::move(r));
        return e;
      };
      auto add_role = [&](std::uint32_t e, EntityType type, std::string key,
                          std::uint8_t flags) {
        const int person = static_cast<int>(mentions_.size()) - 1;
        return push_role(person, AddMention(ps, e, type, Surface(ps, e), std::move(key), flags), e);
      };
      std::uint32_t k = p;
      while (k > s.first && (W(k - 1) == "," || lower_[k - 1] == "and" ||
                             (toks_[k - 1].cap && w::IsTitleWord(lower_[k - 1]))))
        --k;
      // "Peter Coleman, previously Chairman of Allkem,": a title held before.
      if (k > s.first + 1 && (lower_[k - 1] == "previously" || lower_[k - 1] == "formerly") &&
          W(k - 2) == ",") {
        k -= 2;
        former = true;
      }
      const bool after_name =
          k < p && W(k) == "," && !mentions_.empty() && mentions_.back().te == k &&
          (mentions_.back().type == EntityType::kPerson ||
           (mentions_.back().flags & kUnknown));
      if (after_name && oe > ps &&
          (ot == EntityType::kCompany || ot == EntityType::kAgency ||
           ot == EntityType::kMinistry || ot == EntityType::kOrganization)) {
        return add_role(oe, ot, TypePrefix(ot) + Key(Surface(ps, oe)), 0);
      }
      // "Peter Coleman, Chairman of Allkem,": a well-known company's bare
      // name after the titles.
      if (after_name && oe <= ps && b > ps) {
        int ge = -1;
        const int gn = GazMatch(ps, b, true, &ge);
        if (gn > 0 && ps + static_cast<std::uint32_t>(gn) == b &&
            gaz_.entry(ge).kind == GazKind::kEntity &&
            (gaz_.entry(ge).type == EntityType::kCompany ||
             gaz_.entry(ge).type == EntityType::kAgency ||
             gaz_.entry(ge).type == EntityType::kOrganization)) {
          const int person = static_cast<int>(mentions_.size()) - 1;
          AddGazMention(ps, b, ge);
          return push_role(person, static_cast<int>(mentions_.size()) - 1, b);
        }
      }
      // "Ken Brinsden, President, CEO and Managing Director of Patriot": a
      // short name after a corporate title; what it stands for is found
      // with the other short names.
      bool short_name = after_name && oe <= ps && b > ps && b <= ps + 3 &&
                        w::IsCorporateTitle(title);
      for (std::uint32_t k2 = ps; short_name && k2 < b; ++k2) {
        int e2 = -1;
        if (!IsCapWord(k2) || w::IsCapStopword(W(k2)) || GazMatch(k2, b, true, &e2) > 0)
          short_name = false;
      }
      if (short_name) {
        return add_role(b, EntityType::kOrganization, "unknown:" + Key(Surface(ps, b)),
                        static_cast<std::uint8_t>(kUnknown | (b == ps + 1 ? kSingle : 0)));
      }
      // "The President of Kestrel Mining said": the body is named.
      if (oe == b && oe > ps &&
          (ot == EntityType::kCompany || ot == EntityType::kAgency ||
           ot == EntityType::kOrganization)) {
        AddNamed(ps, oe, ot);
        return b;
      }
      // "Minister of Industry and Trade" with no name: the ministry's
      // portfolio is named; HeadSpan does not see it (no "Ministry").
      return p;
    }
  } else {
    name_e = PersonNameEnd(q, b, false);
    if (name_e == q && IsNameToken(q)) name_e = q + 1;
    // "Mr Ford has pitched": after an honorific, even a company's one-word
    // name is a surname.
    if (name_e == q && q + 1 == b && IsCapWord(q) && !toks_[q].all_caps &&
        IsHonorific(title))
      name_e = q + 1;

  }
  if (name_e == name_b) return q;  // a title with no name: skip its words
  int person = AddNamed(name_b, name_e, EntityType::kPerson, kTitled);
  Role r;
  r.person = person;
  r.org = body;
  r.title = title;
  r.portfolio = portfolio;
  r.tb = p;
  r.te = name_e;
  // The organisation or country written before the title.
  if (person > 0 && body < 0) {
    const Mention& prev = mentions_[static_cast<std::size_t>(person - 1)];
    std::uint32_t k = p;
    // "Pilbara Minerals Managing Director and Chief Executive Dale Henderson".
    if (k >= 2 && lower_[k - 1] == "and" && w::IsTitleWord(lower_[k - 2]) &&
        toks_[k - 2].cap) {
      --k;
      while (k > 0 && w::IsTitleWord(lower_[k - 1]) && toks_[k - 1].cap) --k;
    }
    if (k > 0 && lower_[k - 1] == "'s") --k;
    if (prev.te == k && !(prev.flags & kAnaphor) &&
        prev.type != EntityType::kPerson) {
      r.org = person - 1;
      r.tb = prev.tb;
    }
  }
  std::uint32_t before = r.tb;
  if (before > 0 && (lower_[before - 1] == "former" ||
                     lower_[before - 1] == "ex")) {
    r.former = true;
  }
  roles_.push_back(std::move(r));
  return name_e;
}

bool Extractor::Shouting(const SentenceRange& s) const {
  // An all-capitals line is a heading ("SHAREHOLDER PUSHBACK").
  int caps = 0, words = 0;
  for (std::uint32_t k = s.first; k < s.last; ++k) {
    if (toks_[k].kind != TokKind::kWord) continue;
    ++words;
    caps += toks_[k].all_caps;
  }
  if (words >= 2 && caps * 10 >= words * 8) return true;
  // A title-cased headline ("Zimbabwe to Ban Lithium Concentrate
  // Exports"): capitals say nothing there, only gazetteer names count.
  // A sentence that ends in a full stop is prose, not a headline ("EGA is
  // owned by Mubadala Investment Company.").
  const bool stop = s.last > s.first && W(s.last - 1) == ".";
  if (s.first == 0 && words >= 4 && !stop) {
    int capped = 0, long_words = 0;
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      if (toks_[k].kind != TokKind::kWord || W(k).size() < 4) continue;
      ++long_words;
      capped += toks_[k].cap;
    }
    return long_words >= 3 && capped * 10 >= long_words * 7;
  }
  return false;
}

void Extractor::AddGazMention(std::uint32_t b, std::uint32_t e, int ge) {
  const GazEntry& g = gaz_.entry(ge);
  if (g.kind != GazKind::kEntity) return;
  std::string key = TypePrefix(g.type) + Key(g.canonical);
  std::uint8_t flags = 0;
  if (g.type == EntityType::kMineral) {
    key = "mineral:" + Key(g.canonical);
    if (g.flags & gazetteer_internal::kFlagGroup) flags |= kGroup;
    if ((g.flags & gazetteer_internal::kFlagAmbiguous) && !MineralContext(b, e)) return;
  }
  // "FLORENCE, Ariz.": a state's abbreviation goes by the state's name.
  std::string surface = Surface(b, e);
  if (g.type == EntityType::kRegion && surface.ends_with('.')) surface = g.canonical;
  int m = AddMention(b, e, g.type, std::move(surface), std::move(key), flags);
  mentions_[static_cast<std::size_t>(m)].country =
      g.type == EntityType::kCountry ? g.canonical : g.country;
}

std::uint32_t Extractor::ProcessRun(std::uint32_t i, const SentenceRange& s) {
  std::uint32_t b = RunEnd(i, s.last);
  if (b <= i) return i + 1;
  // An all-capitals line is a heading ("SHAREHOLDER PUSHBACK"): only
  // gazetteer names count there.
  if (shouting_first_ != s.first) {
    shouting_first_ = s.first;
    shouting_ = Shouting(s);
  }
  const bool shouting = shouting_;

  // "Level 4, 60 Market St, Melbourne": a street address names no entity.
  if (i > s.first && toks_[i - 1].kind == TokKind::kNumber && b > i + 1) {
    std::uint32_t end = b;
    if (W(end - 1) == "." && end > i + 2) --end;
    if (text_internal::IsStreetWord(W(end - 1))) return b;
  }

  // "the Committee on Foreign Investment in the United States", "the
  // University of Asia and the Pacific": a known name whose lower-case words
  // end the capitalised run.
  if (b < s.last && !toks_[b].cap) {
    int el = -1;
    const int nl = GazMatch(i, s.last, false, &el);
    if (i + static_cast<std::uint32_t>(nl) > b && gaz_.entry(el).kind == GazKind::kEntity) {
      AddGazMention(i, i + static_cast<std::uint32_t>(nl), el);
      return i + static_cast<std::uint32_t>(nl);
    }
  }

  // "the University of Dar es Salaam": a name of a known place with
  // lower-case words, after "of", ends the run.
  if (b < s.last && !toks_[b].cap) {
    for (std::uint32_t p = i + 2; p < b; ++p) {
      if (lower_[p - 1] != "of") continue;
      int el = -1;
      const int nl = GazMatch(p, s.last, false, &el);
      if (nl > 0 && p + static_cast<std::uint32_t>(nl) > b &&
          gaz_.entry(el).kind == GazKind::kEntity &&
          (gaz_.entry(el).type == EntityType::kRegion ||
           gaz_.entry(el).type == EntityType::kCountry)) {
        b = p + static_cast<std::uint32_t>(nl);
        break;
      }
    }
  }

  // "Mr. Ford said", "Mr Ford has pitched": after an honorific, even a
  // company's one-word name is a surname.
  if (b == i + 1 && i > s.first && !toks_[i].all_caps) {
    std::uint32_t h = i - 1;
    if (W(h) == "." && h > s.first) --h;
    const std::string_view hon = lower_[h];
    if (toks_[h].cap && IsHonorific(hon)) {
      AddNamed(i, b, EntityType::kPerson, kSingle);
      return b;
    }
  }

  // "President of the Republic of Uzbekistan Shavkat Mirziyoyev", "President
  // of the European Council Antonio Costa": a title, "of the", a known body
  // and the holder's name, the last two in one run.
  if (i >= s.first + 3 && lower_[i - 1] == "the" && lower_[i - 2] == "of" &&
      toks_[i - 3].cap && w::IsTitleWord(lower_[i - 3])) {
    // ("the Republic of Uzbekistan": the country's formal name.)
    const std::uint32_t gb =
        i + 2 < b && lower_[i + 1] == "of" && (W(i) == "Republic" || W(i) == "Kingdom")
            ? i + 2
            : i;
    int eb = -1;
    const int nb = GazMatch(gb, b, true, &eb);
    const std::uint32_t ge = gb + static_cast<std::uint32_t>(std::max(nb, 0));
    if (nb > 0 && gaz_.entry(eb).kind == GazKind::kEntity && ge + 2 <= b && ge + 3 >= b &&
        gaz_.entry(eb).type != EntityType::kPerson &&
        gaz_.entry(eb).type != EntityType::kMineral) {
      bool name = true;
      for (std::uint32_t k = ge; k < b; ++k) name = name && IsNameToken(k);
      if (name) {
        AddGazMention(i, ge, eb);
        std::uint32_t tb = i - 3;
        while (tb > s.first && toks_[tb - 1].cap && w::IsTitleWord(lower_[tb - 1])) --tb;
        Role r;
        r.org = static_cast<int>(mentions_.size()) - 1;
        r.person = AddNamed(ge, b, EntityType::kPerson, kTitled);
        r.title = AsciiLower(Surface(tb, i - 2));
        r.tb = tb;
        r.te = b;
        r.former = tb > s.first && (lower_[tb - 1] == "former" || lower_[tb - 1] == "ex");
        roles_.push_back(std::move(r));
        return b;
      }
    }
  }

  // A lower-case title before the run: "analyst Igor Yushkov",
  // "Albemarle chief executive Kent Masters".
  if (i > s.first && w::IsTitleWord(lower_[i - 1]) && !toks_[i - 1].cap) {
    std::uint32_t e = PersonNameEnd(i, b, false);
    if (e > i) {
      std::uint32_t tb = i - 1;
      // "founder and chief executive".
      // "Chief executive Dana Orvik" opening a sentence.
      while (tb > s.first && (!toks_[tb - 1].cap || tb - 1 == s.first) &&
             (w::IsTitleWord(lower_[tb - 1]) ||
              (lower_[tb - 1] == "and" && tb >= s.first + 2 &&
               w::IsTitleWord(lower_[tb - 2]) && !toks_[tb - 2].cap)))
        --tb;
      // "senior analyst": adjectives before the role word are fine.
      int person = AddNamed(i, e, EntityType::kPerson, kTitled);
      Role r;
      r.person = person;
      r.title = AsciiLower(Surface(tb, i));
      r.tb = tb;
      r.te = e;
      std::uint32_t k = tb;
      // "Nickel West asset president Jessica Farrell": the part of the
      // company the title is for.
      if (k > s.first + 1 && !toks_[k - 1].cap &&
          (lower_[k - 1] == "asset" || lower_[k - 1] == "group" ||
           lower_[k - 1] == "country" || lower_[k - 1] == "regional" ||
           lower_[k - 1] == "division" || lower_[k - 1] == "business"))
        --k;
      if (k > 0 && lower_[k - 1] == "'s") --k;
      for (int m = person - 1; m >= 0; --m) {
        const Mention& prev = mentions_[static_cast<std::size_t>(m)];
        if (prev.te < k) break;
        // "Environmental scientist Mwila Chanda", "Independent analyst X":
        // an unknown adjective opening the sentence is no employer.
        const std::string_view pw = W(prev.tb);
        if (prev.te == k && (prev.flags & kUnknown) && prev.te == prev.tb + 1 &&
            prev.tb == s.first &&
            (pw.ends_with("al") || pw.ends_with("ic") || pw.ends_with("ent") ||
             pw.ends_with("ive") || pw.ends_with("ous")))
          break;
        if (prev.te == k && prev.type != EntityType::kPerson &&
            !(prev.flags & kAnaphor)) {
          r.org = m;
          r.tb = prev.tb;
        }
      }
      if (r.tb > 0 && (lower_[r.tb - 1] == "former" || lower_[r.tb - 1] == "ex"))
        r.former = true;
      roles_.push_back(std::move(r));
      i = e;
      if (i >= b) return b;
    }
  }

  std::uint32_t p = i;
  while (p < b) {
    std::string_view pw = W(p);
    if (pw == "," || pw == "." || w::IsNameConnector(pw) || IsPeriodWord(pw)) {
      ++p;
      continue;
    }
    // "Lithium Nevada" after "Lithium Nevada Corporation".
    if (!company_cores_.empty() && !shouting) {
      const std::string* key = nullptr;
      if (const std::uint32_t n = CompanyCoreAt(p, b, &key); n > 0) {
        AddMention(p, p + n, EntityType::kCompany, Surface(p, p + n), *key, 0);
        p += n;
        continue;
      }
    }
    // "The Minister for Lands and Natural Resources": the portfolio of a
    // minister's title names no company.
    std::uint32_t pf = p;  // back over "Lands and" to "for"
    while (pf > s.first + 2 && pf + 6 > p && (IsCapWord(pf - 1) || lower_[pf - 1] == "and"))
      --pf;
    if (pf >= s.first + 2 && lower_[pf - 1] == "for" &&
        (W(pf - 2) == "Minister" || W(pf - 2) == "Secretary" || W(pf - 2) == "Commissioner")) {
      int portfolio = -1;
      if (GazMatch(p, b, false, &portfolio) == 0) {
        p = b;
        break;
      }
    }
    // "Iron ore was dug here", "Rare earth prices rose": a mineral's name
    // that runs on in lower case after a capital opening the sentence.
    if (p == s.first && p + 1 == b && b < s.last && !toks_[b].cap &&
        toks_[b].kind == TokKind::kWord) {
      int gel = -1;
      const int gl = GazMatch(p, s.last, true, &gel);
      if (gl > 1 && gaz_.entry(gel).kind == GazKind::kEntity &&
          gaz_.entry(gel).type == EntityType::kMineral) {
        AddGazMention(p, p + static_cast<std::uint32_t>(gl), gel);
        p += static_cast<std::uint32_t>(gl);
        continue;
      }
    }
    // "The Government of Ghana", "the Government of Mongolia": the country.
    if (pw == "Government" && p + 2 < b && W(p + 1) == "of") {
      int gc = -1;
      const int n = GazMatch(p + 2, b, false, &gc);
      if (n > 0 && gaz_.entry(gc).kind == GazKind::kEntity &&
          gaz_.entry(gc).type == EntityType::kCountry) {
        const std::uint32_t end = p + 2 + static_cast<std::uint32_t>(n);
        AddGazMention(p, end, gc);
        p = end;
        continue;
      }
    }
    int ge = -1;
    int gn = GazMatch(p, b, true, &ge);
    // "the Koniambo massif", "the Salobo district": a site's name before a
    // landform or area word names the place, not the site.
    if (gn > 0 && p + static_cast<std::uint32_t>(gn) == b && b < s.last &&
        gaz_.entry(ge).kind == GazKind::kEntity && gaz_.entry(ge).type == EntityType::kProject) {
      static constexpr std::string_view kArea[] = {
          "massif", "district", "area", "region", "belt", "basin", "valley",
          "plateau", "hills", "range", "field", "island", "peninsula", "province"};
      if (w::In(kArea, lower_[b])) gn = 0;
    }
    // "China Minmetals", "China Molybdenum said": China before one unknown
    // capitalised word names a state company (not "China Daily" in a
    // headline's title case, nor "China Tuesday").
    if (pw == "China" && gn == 1 && b == p + 2 && !shouting && !w::IsMonth(W(p + 1)) &&
        !w::IsTitleWord(lower_[p + 1]) && W(p + 1).size() > 3 &&
        (b == s.last || !toks_[b].cap)) {
      int e2 = -1;
      const int g2 = GazMatch(p + 1, b, true, &e2);
      static constexpr std::string_view kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
      if (g2 == 0 && !w::In(kDays, W(p + 1))) {
        AddNamed(p, b, EntityType::kCompany);
        p = b;
        continue;
      }
    }
    // "West Kalimantan", "North Kivu", "East Java": a compass word before a
    // known region names a region of the same country.
    if ((w::IsCompassWord(pw) || pw == "Central" || pw == "Upper" || pw == "Lower") &&
        gn < 2 && p + 1 < b) {
      int ge2 = -1;
      const int gn2 = GazMatch(p + 1, b, true, &ge2);
      if (gn2 > 0 && gaz_.entry(ge2).kind == GazKind::kEntity &&
          gaz_.entry(ge2).type == EntityType::kRegion &&
          !(p + 1 + static_cast<std::uint32_t>(gn2) < b &&
            (w::IsRegionHead(W(p + 1 + static_cast<std::uint32_t>(gn2))) ||
             w::IsOrgHead(W(p + 1 + static_cast<std::uint32_t>(gn2)))))) {
        const std::uint32_t end = p + 1 + static_cast<std::uint32_t>(gn2);
        const std::string surface = Surface(p, end);
        int m = AddMention(p, end, EntityType::kRegion, surface,
                           "Region:" + Key(surface), 0);
        mentions_[static_cast<std::size_t>(m)].country = gaz_.entry(ge2).country;
        p = end;
        continue;
      }
    }
    // "South Australian Premier X", "Western Australian mines": a
    // compass word before a demonym makes the adjective of a region, which
    // names no entity ("South African" is a demonym of its own).
    if (w::IsCompassWord(pw) && gn < 2 && p + 1 < b) {
      int ge2 = -1;
      const int gn2 = GazMatch(p + 1, b, false, &ge2);
      if (gn2 == 1 && gaz_.entry(ge2).kind == GazKind::kDemonym &&
          !(p + 2 < b && (w::IsLegalSuffix(W(b - 1)) || w::IsSectorHead(W(b - 1))))) {
        p += 2;
        continue;
      }
    }
    // "Northern Minerals", "Western Areas Ltd", "Global Tungsten & Powders
    // Corp": a direction or scope word that opens a company's name.
    // ("First Majestic Silver Corp.": "First" too.)
    const bool scope_name =
        (w::IsScopeWord(pw) || pw == "First") &&
        p + 1 < b && IsCapWord(p + 1) &&
        (w::IsSectorHead(W(b - 1)) || w::IsLegalSuffix(W(b - 1)) ||
         // "Northern Australia Infrastructure Facility"
         (b >= p + 3 && (W(b - 1) == "Facility" || w::IsAgencyHead(W(b - 1)) ||
                         w::IsOrgHead(W(b - 1)))) ||
         (W(b - 1) == "." && b >= p + 3 && w::IsLegalSuffix(W(b - 2))) ||
         (b < s.last && w::IsLegalSuffix(W(b))) ||
         (b == p + 2 && w::IsRegionHead(W(b - 1))) ||  // "the Western Region"
         AcronymNameAt(p, b, s));  // "Global Tungsten & Powders (GTP)"
    // "..., Northern Katpar and Upper Kairakty": in a list, a direction
    // before one unknown word is part of its name.
    int ge_rest = -1;
    const bool listed_name =
        w::IsScopeWord(pw) && gn == 0 && b >= p + 2 && p > s.first &&
        (b == p + 2 || lower_[p + 2] == "and" || W(p + 2) == ",") &&
        (W(p - 1) == "," || lower_[p - 1] == "and") && IsCapWord(p + 1) &&
        GazMatch(p + 1, p + 2, true, &ge_rest) == 0;
    // "First Majestic already runs ...": the opening words of a company
    // named before are its short name.
    if (pw == "First" && gn == 0 && p + 1 < b && !(p > s.first && W(p - 1) == ".")) {
      std::string key;
      for (const Mention& m : mentions_) {
        if (m.type == EntityType::kCompany && !(m.flags & (kAnaphor | kUnknown)) &&
            m.te >= m.tb + 3 && W(m.tb) == pw && W(m.tb + 1) == W(p + 1) && !m.key.empty())
          key = m.key;
      }
      if (!key.empty() && b == p + 2) {
        AddMention(p, p + 2, EntityType::kCompany, Surface(p, p + 2), key, 0);
        p += 2;
        continue;
      }
    }
    // ("Two Rivers Platinum", "Three Gorges": a number before a plural
    // landform opens a name.)
    const bool numbered_place = [&] {
      static constexpr std::string_view kNumbers[] = {"Two", "Three", "Four", "Five", "Six",
                                                      "Seven", "Eight", "Nine", "Ten"};
      if (!w::In(kNumbers, pw) || p + 1 >= b) return false;
      const std::string_view nx = W(p + 1);
      return nx.size() > 2 && nx.back() == 's' &&
             (w::IsLandformWord(nx) || w::IsLandformWord(nx.substr(0, nx.size() - 1)));
    }();
    if (w::IsCapStopword(pw) && gn < 2 && !scope_name && !listed_name && !numbered_place) {
      ++p;
      continue;
    }
    // "“Acquiring Arcadium Lithium is a step”": a gerund that opens the
    // sentence is no part of the name after it.
    if (gn == 0 && p + 1 < b && pw.size() > 5 && pw.ends_with("ing") &&
        !w::IsSectorHead(pw) &&
        (p == s.first || (p == s.first + 1 && toks_[s.first].kind == TokKind::kPunct))) {
      ++p;
      continue;
    }
    // "Emirates Global Aluminium (EGA)", "Societe Miniere de Boke (SMB)":
    // a name whose initials spell the acronym after it is one name, even
    // when it opens with a place or joins words with "and".
    if (!shouting && static_cast<std::uint32_t>(gn) < b - p &&
        AcronymNameAt(p, b, s)) {
      std::optional<EntityType> t;
      std::string_view last = W(b - 1);
      if (w::IsMinistryHead(pw))
        t = EntityType::kMinistry;
      else if (w::IsAgencyHead(pw))
        t = EntityType::kAgency;
      else if (last == "Fund" && b - p >= 2 &&
               (W(b - 2) == "Investment" || W(b - 2) == "Wealth"))
        t = EntityType::kCompany;
      else if (w::IsOrgHead(pw))
        t = EntityType::kOrganization;
      else if (w::IsCompanyPrefix(pw))
        t = EntityType::kCompany;
      // "Konkola Copper Mines (KCM)": a company named for its mines.
      else if ((w::IsProjectHead(last) && last != "Mines") ||
               (last == "Park" && b - p >= 2 && W(b - 2) == "Industrial"))
        t = EntityType::kProject;
      else if (w::IsLegalSuffix(last) || w::IsSectorHead(last))
        t = EntityType::kCompany;
      else if (w::IsMinistryHead(last))
        t = EntityType::kMinistry;
      else if (w::IsAgencyHead(last))
        t = EntityType::kAgency;
      else if (w::IsOrgHead(last))
        t = EntityType::kOrganization;
      // "Geological Survey of Norland (GSN)": a head inside the name.
      if (!t) {
        EntityType ht = EntityType::kOrganization;
        if (HeadSpan(p, b, &ht) == b) t = ht;
      }
      // "the Patterson Lake South (PLS) uranium project".
      if (!t) {
        std::uint32_t k = b + 3;
        for (int desc = 0; k < s.last && desc < 3 && w::IsProjectDescriptor(lower_[k]) &&
                           !IsProjectTrigger(k);
             ++desc)
          ++k;
        if (k < s.last && IsProjectTrigger(k) && !toks_[k].cap &&
            !w::IsPluralProjectTrigger(lower_[k]))
          t = EntityType::kProject;
      }
      std::string surface = Surface(p, b);
      if (t) {
        AddMention(p, b, *t, surface, TypePrefix(*t) + Key(surface), 0);
      } else {
        AddMention(p, b, EntityType::kOrganization, surface,
                   "unknown:" + Key(surface), kUnknown);
      }
      p = b;
      continue;
    }
    // A headline in capitals: a gazetteer name stands alone, and opens no
    // longer name ("Kazakhstan Opens Tungsten Deposit to Investors").
    if (shouting && gn > 0 && static_cast<std::uint32_t>(gn) < b - p &&
        gaz_.entry(ge).kind == GazKind::kEntity) {
      AddGazMention(p, p + static_cast<std::uint32_t>(gn), ge);
      p += static_cast<std::uint32_t>(gn);
      continue;
    }
    if (shouting && gn == 0) {
      // Keep it as an unknown name: the body may say what it is.
      std::uint32_t q = p + 1;
      while (q < b && IsCapWord(q) && !w::IsCapStopword(W(q))) ++q;
      if (!w::IsCapStopword(pw) && !w::IsTitleWord(lower_[p]))
        AddMention(p, q, EntityType::kOrganization, Surface(p, q),
                   "unknown:" + Key(Surface(p, q)),
                   static_cast<std::uint8_t>(kUnknown | (q == p + 1 ? kSingle : 0)));
      p = q;
      continue;
    }
    // "Shandong Weiqiao", "Yunnan Tin", "Guangdong Brunp Recycling
    // Technology": a Chinese province or city that opens a longer name is
    // a company's, as Chinese firms are named.
    if (!shouting && gn > 0 && static_cast<std::uint32_t>(gn) < b - p &&
        gaz_.entry(ge).kind == GazKind::kEntity &&
        gaz_.entry(ge).type == EntityType::kRegion &&
        gaz_.entry(ge).country == "China") {
      std::uint32_t q = p + static_cast<std::uint32_t>(gn);
      bool company = IsCapWord(q) && !toks_[q].all_caps;
      for (std::uint32_t k = q; k < b && company; ++k) {
        std::string_view h = W(k);
        // "Baotou Iron and Steel (Group) Co., Ltd.": the run's own
        // brackets and commas, and "and" between trade words.
        if (k > q && (toks_[k].kind == TokKind::kPunct ||
                      (h == "and" && SectorPair(k))))
          continue;
        int e2 = -1;
        if (!IsCapWord(k) || w::IsTitleWord(lower_[k]) || w::IsRegionHead(h) ||
            w::IsMinistryHead(h) || w::IsAgencyHead(h) || w::IsOrgHead(h) ||
            w::IsProjectHead(h) || w::IsCapStopword(h) || w::IsMonth(h) ||
            (k == q && GazMatch(k, b, false, &e2) > 0 &&
             gaz_.entry(e2).type != EntityType::kMineral))
          company = false;
      }
      if (company) {
        AddNamed(p, b, EntityType::kCompany);
        p = b;
        continue;
      }
    }
    // Sentence-initial verbs and adverbs: "Acquiring X", "Separately"; not
    // the first word of a company's name ("Fireweed Metals Corp.").
    const bool company_run =
        b > p + 1 && (w::IsLegalSuffix(W(b - 1)) || w::IsSectorHead(W(b - 1)) ||
                      (W(b - 1) == "." && b > p + 2 && w::IsLegalSuffix(W(b - 2))));
    if (p == s.first && gn == 0 && pw.size() > 4 && !company_run &&
        (pw.ends_with("ing") || pw.ends_with("ly") ||
         (pw.ends_with("ed") && pw != "United"))) {
      ++p;
      continue;
    }
    // "Energy and Mineral Resources Minister Bahlil Lahadalia": a portfolio
    // before a minister's title.
    if (gn == 0 || gaz_.entry(ge).type != EntityType::kCountry) {
      std::uint32_t t = p;
      while (t < b && !(toks_[t].cap && (W(t) == "Minister" || W(t) == "Secretary")))
        ++t;
      if (t < b && t > p && !(W(t + 1) == "of") && gn == 0) {
        bool plain = true;
        for (std::uint32_t k = p; k < t; ++k) {
          int e2 = -1;
          if (GazMatch(k, k + 1, false, &e2) > 0) plain = false;
          if (w::IsMinistryHead(W(k)) || w::IsLegalSuffix(W(k))) plain = false;
        }
        if (plain) {
          std::uint32_t q = TitlePerson(t, b, s);
          if (q > t) {
            if (!roles_.empty() && roles_.back().tb == t) {
              roles_.back().portfolio = Surface(p, t);
              roles_.back().portfolio_first = true;
            }
            p = q;
            continue;
          }
        }
      }
    }
    // "General Directorate of Mines", "Chief Inspectorate": a title word
    // that opens the name of a state body is part of that name.
    if (w::IsTitleWord(lower_[p]) && toks_[p].cap && gn == 0 && p + 2 < b &&
        (w::IsAgencyHead(W(p + 1)) || w::IsMinistryHead(W(p + 1)) ||
         w::IsOrgHead(W(p + 1)))) {
      EntityType bt = EntityType::kOrganization;
      std::uint32_t be = HeadSpan(p + 1, b, &bt);
      if (be > p + 2 && (bt == EntityType::kAgency || bt == EntityType::kMinistry ||
                         bt == EntityType::kOrganization)) {
        AddNamed(p, be, bt);
        p = be;
        continue;
      }
    }
    // "the Republic of Burundi", "the United Republic of Tanzania", "the
    // Kingdom of Saudi Arabia": a country's formal name is the country.
    // "the Anglo-Australian Rio Tinto", "Sino-Australian": a hyphenated
    // pair of nationalities describes the name after it.
    if (gn == 0 && p + 1 < b && pw.find('-') != std::string_view::npos) {
      const std::size_t d = pw.find('-');
      const std::string_view first_half = pw.substr(0, d), second_half = pw.substr(d + 1);
      auto nationality = [&](std::string_view h) {
        if (h == "Anglo" || h == "Sino" || h == "Franco" || h == "Russo" ||
            h == "Indo" || h == "Euro" || h == "Swiss")
          return true;
        const int e2 = gaz_.Exact(h);
        return e2 >= 0 && gaz_.entry(e2).kind == GazKind::kDemonym;
      };
      if (!first_half.empty() && !second_half.empty() && nationality(first_half) &&
          nationality(second_half)) {
        ++p;
        continue;
      }
    }
    // (Not "the Republic of Congo", a name of its own.)
    if (gn == 0) {
      std::uint32_t q = p;
      if (q + 1 < b && (pw == "United" || pw == "Islamic" || pw == "Federal" ||
                        pw == "Federative" || pw == "Democratic" || pw == "People's"))
        ++q;
      if (q + 2 < b && (W(q) == "Republic" || W(q) == "Kingdom") && W(q + 1) == "of") {
        int ce = -1;
        const int cn = GazMatch(q + 2, b, false, &ce);
        if (cn > 0 && gaz_.entry(ce).kind == GazKind::kEntity &&
            gaz_.entry(ce).type == EntityType::kCountry) {
          const std::uint32_t end = q + 2 + static_cast<std::uint32_t>(cn);
          const GazEntry& g = gaz_.entry(ce);
          int m = AddMention(p, end, EntityType::kCountry, Surface(p, end),
                             "Country:" + Key(g.canonical), 0);
          mentions_[static_cast<std::size_t>(m)].country = g.canonical;
          p = end;
          continue;
        }
      }
    }
    // "its Western Australia Nickel business": a place and a mineral before
    // a common noun, not a company named "Western Australia Nickel".
    if (gn > 0 && static_cast<std::uint32_t>(gn) < b - p &&
        gaz_.entry(ge).kind == GazKind::kEntity &&
        (gaz_.entry(ge).type == EntityType::kRegion ||
         gaz_.entry(ge).type == EntityType::kCountry) &&
        b < s.last && !toks_[b].cap &&
        (lower_[b] == "business" || lower_[b] == "operations" || lower_[b] == "assets" ||
         lower_[b] == "division" || lower_[b] == "unit" || lower_[b] == "sector" ||
         lower_[b] == "industry")) {
      bool minerals_only = true;
      for (std::uint32_t k = p + static_cast<std::uint32_t>(gn); k < b && minerals_only; ++k) {
        int e2 = -1;
        minerals_only = GazMatch(k, k + 1, true, &e2) == 1 &&
                        gaz_.entry(e2).type == EntityType::kMineral;
      }
      if (minerals_only) {
        const std::uint32_t end = p + static_cast<std::uint32_t>(gn);
        const GazEntry& g = gaz_.entry(ge);
        int m = AddMention(p, end, g.type, Surface(p, end),
                           std::string(EntityTypeName(g.type)) + ":" + Key(g.canonical), 0);
        mentions_[static_cast<std::size_t>(m)].country =
            g.type == EntityType::kCountry ? g.canonical : g.country;
        for (std::uint32_t k = end; k < b;) {
          const std::uint32_t next = LowerMention(k, s);
          k = next > k ? next : k + 1;
        }
        p = b;
        continue;
      }
    }
    // "the Board of Lotus Resources Limited": the company, not a state
    // board.
    if (pw == "Board" && p + 3 < b && W(p + 1) == "of") {
      EntityType bt = EntityType::kOrganization;
      if (HeadSpan(p + 2, b, &bt) > p + 3 && bt == EntityType::kCompany) {
        p += 2;
        continue;
      }
    }
    // "General Electric Co", "Premier African Minerals Ltd": a title word
    // that opens a company's name is part of it.
    if (toks_[p].cap && w::IsTitleAlsoInCompanyNames(lower_[p]) && gn == 0 &&
        p + 2 < b) {
      EntityType bt = EntityType::kOrganization;
      std::uint32_t be = HeadSpan(p, b, &bt);
      if (be > p + 2 && bt == EntityType::kCompany) {
        AddNamed(p, be, bt);
        p = be;
        continue;
      }
    }
    // Titles: "President Vladimir Putin", "Minister of X Anton Alikhanov".
    if (w::IsTitleWord(lower_[p]) && toks_[p].cap && gn == 0) {
      std::uint32_t q = TitlePerson(p, b, s);
      if (q > p) {
        p = q;
        continue;
      }
    }
    // "Moses Lake, Washington", "Washington state": the state, not the
    // capital.
    if (gn == 1 && pw == "Washington" && b == p + 1 &&
        ((p >= s.first + 2 && W(p - 1) == "," && toks_[p - 2].cap) ||
         (p + 1 < s.last && lower_[p + 1] == "state"))) {
      int m = AddMention(p, p + 1, EntityType::kRegion, "Washington",
                         "Region:" + Key("Washington state"), 0);
      mentions_[static_cast<std::size_t>(m)].country = "United States";
      p = b;
      continue;
    }
    // "Commerce, Georgia", "mineral sands in Georgia and Florida": the US
    // state, not the country.
    if (gn == 1 && pw == "Georgia") {
      auto us_state = [&](std::uint32_t at) {
        int e = -1;
        return at < s.last && toks_[at].cap && GazMatch(at, s.last, false, &e) > 0 &&
               gaz_.entry(e).kind == GazKind::kEntity &&
               gaz_.entry(e).type == EntityType::kRegion &&
               gaz_.entry(e).country == "United States";
      };
      // (After a town only where the article has named the United States
      // or one of its states: "Chiatura, Georgia" is the country's.)
      const std::string us_key = "Country:" + Key("United States");
      const bool us_article = std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) {
        return m.country == "United States" || m.key == us_key;
      });
      const bool after_town = us_article && p >= s.first + 2 && W(p - 1) == "," &&
                              toks_[p - 2].cap && !(p + 1 < s.last && toks_[p + 1].cap);
      const bool listed = (p + 2 < s.last && (lower_[p + 1] == "and" || W(p + 1) == ",") &&
                           us_state(p + 2)) ||
                          (p >= s.first + 2 && (lower_[p - 1] == "and" || W(p - 1) == ",") &&
                           owner_[p - 2] >= 0 &&
                           mentions_[static_cast<std::size_t>(owner_[p - 2])].country ==
                               "United States" &&
                           mentions_[static_cast<std::size_t>(owner_[p - 2])].type ==
                               EntityType::kRegion);
      if (after_town || listed) {
        int m = AddMention(p, p + 1, EntityType::kRegion, "Georgia",
                           "Region:" + Key("Georgia US"), 0);
        mentions_[static_cast<std::size_t>(m)].country = "United States";
        ++p;
        continue;
      }
    }
    // Not "The Washington Post" nor "the Moscow Exchange": a capital that
    // opens a longer name is part of it.
    if (gn > 0 && (gaz_.entry(ge).flags & gazetteer_internal::kFlagCapital) &&
        !gaz_.entry(ge).country.empty() &&
        static_cast<std::uint32_t>(gn) == b - p) {
      std::string_view prev = p > s.first ? lower_[p - 1] : std::string_view();
      bool literal = prev == "in" || prev == "at" || prev == "near" ||
                     prev == "from" || prev == "to" || prev == "of" ||
                     prev == "outside" || prev == "-" || prev == "visited" ||
                     prev == "visiting" || prev == "visit" || prev == "toured" ||
                     prev == "through" || prev == "via" ||
                     (p + static_cast<std::uint32_t>(gn) < s.last &&
                      W(p + static_cast<std::uint32_t>(gn)) == "-");
      // "listed in Johannesburg and London": a capital listed after a
      // town is a place too.
      if (!literal && p >= s.first + 2 && (prev == "and" || prev == "or" || prev == ",") &&
          owner_[p - 2] >= 0) {
        const Mention& town = mentions_[static_cast<std::size_t>(owner_[p - 2])];
        literal = town.type == EntityType::kRegion && town.te == p - 1;
      }
      const std::uint32_t after = p + static_cast<std::uint32_t>(gn);
      // A dateline: "Riyadh, 11 January 2023 - ", "BEIJING, March 3
      // (Reuters) -", "LONDON (Bloomberg) -": where the story was filed.
      if (p == s.first && after + 1 < s.last &&
          (W(after) == "(" ||
           (W(after) == "," && (toks_[after + 1].kind == TokKind::kNumber ||
                                w::IsMonth(W(after + 1))))))
        literal = true;
      // "exposed to Kinshasa's export halt", "in reply to Washington's
      // ban": a capital's possessive is its government's.
      // (Not "Abu Dhabi's IRH": a company's home.)
      if (literal && after + 1 < s.last && lower_[after] == "'s" &&
          !toks_[after + 1].cap && prev != "in" && prev != "at" && prev != "near" &&
          prev != "outside")
        literal = false;
      // "owned by Abu Dhabi's Mubadala": a name after the possessive is at
      // home there (not "Beijing's Ministry of Commerce", the state's).
      if (!literal && after + 1 < s.last && lower_[after] == "'s" && toks_[after + 1].cap &&
          !w::IsMinistryHead(W(after + 1)) && !w::IsAgencyHead(W(after + 1)) &&
          !w::IsTitleWord(lower_[after + 1]) && W(after + 1) != "Government" &&
          W(after + 1) != "State")
        literal = true;
      // "a London private equity firm", "another Beijing company": the city
      // a firm is in, not the state.
      // ("the London consultancy Project Blue".)
      if (!literal && (prev == "a" || prev == "another" || prev == "the")) {
        auto firm = [&](std::uint32_t q) {
          return w::IsCompanyNoun(lower_[q]) || lower_[q] == "consultancy" ||
                 lower_[q] == "bank" || lower_[q] == "broker" || lower_[q] == "fund";
        };
        std::uint32_t q = after;
        while (q < s.last && q < after + 3 && !toks_[q].cap &&
               toks_[q].kind == text_internal::TokKind::kWord && !firm(q))
          ++q;
        literal = q < s.last && !toks_[q].cap && firm(q);
      }
      // "the authorities in Bamako", "officials in Oslo".
      if (literal && prev == "in" && p >= s.first + 2) {
        static constexpr std::string_view kRulers[] = {
            "authorities", "officials", "government", "administration", "regime",
            "policymakers", "lawmakers", "leaders", "leadership"};
        if (w::In(kRulers, lower_[p - 2])) literal = false;
      }
      // "the Tashkent region", "the Moscow oblast": the region named after
      // its capital.
      if (after < s.last && (lower_[after] == "region" || lower_[after] == "province" ||
                             lower_[after] == "oblast" || lower_[after] == "governorate")) {
        const int m = AddNamed(p, after + 1, EntityType::kRegion);
        mentions_[static_cast<std::size_t>(m)].country = gaz_.entry(ge).country;
        p = b;
        continue;
      }
      if (!literal) {
        // "Beijing imposed controls": the capital stands for its country.
        const GazEntry& g = gaz_.entry(ge);
        std::uint32_t end = p + static_cast<std::uint32_t>(gn);
        int m = AddMention(p, end, EntityType::kCountry, Surface(p, end),
                           "Country:" + Key(g.country), kDemonym | kCapital);
        mentions_[static_cast<std::size_t>(m)].country = g.country;
        p = end;
        continue;
      }
    }
    // "the Norwegian Sea", "the Arabian Gulf": a demonym before a region's
    // head names a region.
    if (gn == 1 && gaz_.entry(ge).kind == GazKind::kDemonym && b == p + 2 &&
        w::IsRegionHead(W(p + 1))) {
      AddNamed(p, b, EntityType::kRegion);
      p = b;
      continue;
    }
    // "Russian Copper Company", "Finnish Minerals Group", "Australian
    // Strategic Materials Ltd": a demonym before trade words only and a
    // company's head is part of the name (not "Swiss Glencore plc").
    if (gn == 1 && gaz_.entry(ge).kind == GazKind::kDemonym && p + 2 < b) {
      std::uint32_t q = p + 1;
      while (q < b && IsCapWord(q) &&
             (w::IsSectorHead(W(q)) || w::IsGenericNameWord(W(q))))
        ++q;
      std::uint32_t end = q;
      while (end < b && (w::IsLegalSuffix(W(end)) || W(end) == "Group" ||
                         W(end) == "Company" || W(end) == "." || W(end) == ","))
        ++end;
      while (end > q && (W(end - 1) == "," || (W(end - 1) == "." &&
                                               !w::IsLegalSuffix(W(end - 2)))))
        --end;
      if (q > p + 1 && end > q && (end == b || !IsCapWord(end))) {
        AddNamed(p, end, EntityType::kCompany);
        p = end;
        continue;
      }
    }
    // "a joint venture between Imerys and British Lithium", "shares of
    // American Rare Earths rose": inside a sentence, a demonym before a
    // capitalised mineral name, and nothing capitalised after it, names a
    // company ("Chinese Lithium Prices" is a headline's title case).
    if (gn == 1 && gaz_.entry(ge).kind == GazKind::kDemonym && p > s.first && p + 2 <= b) {
      int entry = -1;
      const int n = GazMatch(p + 1, b, true, &entry);
      const std::uint32_t end = p + 1 + static_cast<std::uint32_t>(std::max(n, 0));
      static constexpr std::string_view kMarket[] = {
          "industry", "sector", "market", "markets", "exports", "imports", "output",
          "production", "prices", "price", "reserves", "supply", "supplies", "demand",
          "deposits", "resources", "mines", "mining", "producers", "miners"};
      if (n > 0 && entry >= 0 && gaz_.entry(entry).type == EntityType::kMineral &&
          IsCapWord(end - 1) &&
          (end == b ? (b == s.last || (!IsCapWord(b) && !w::In(kMarket, lower_[b])))
                    : (lower_[end] == "and" || W(end) == ","))) {
        AddNamed(p, end, EntityType::kCompany);
        p = end;
        continue;
      }
    }
    // "Thai Nguyen province": a demonym that opens a place's name before
    // a place noun.
    if (gn == 1 && gaz_.entry(ge).kind == GazKind::kDemonym && p + 2 <= b &&
        b < s.last && w::IsRegionTrigger(lower_[b]) && b == p + 2 &&
        GazMatch(p + 1, b, false, nullptr) == 0) {
      AddNamed(p, b + 1, EntityType::kRegion);
      p = b;
      continue;
    }
    // "Chilean", and "South Korean", "Saudi Arabian" of two words.
    if (gn > 0 && gaz_.entry(ge).kind == GazKind::kDemonym) {
      const GazEntry& g = gaz_.entry(ge);
      const std::uint32_t d = p + static_cast<std::uint32_t>(gn) - 1;  // its last word
      // "the Guinean state holds 49%", "the Chilean government": the
      // country itself, as a capital stands for it.
      bool state =
          d + 1 < s.last &&
          (lower_[d + 1] == "government" || lower_[d + 1] == "authorities" ||
           (lower_[d + 1] == "state" && !(d + 2 < s.last && W(d + 2) == "-")));
      // "German Chancellor Olaf Scholz", "Chilean Mining Minister X": the
      // country holds the office.
      for (std::uint32_t q = d + 1; q < s.last && q < d + 5 && IsCapWord(q); ++q) {
        std::string_view t = lower_[q];
        if (t == "president" || t == "chancellor" || t == "premier" ||
            t == "minister" || (t == "prime" && q + 1 < s.last &&
                                lower_[q + 1] == "minister")) {
          state = true;
          break;
        }
      }
      // "Swiss-based Glencore", "the Dutch-registered company": where it
      // is based.
      const bool based =
          d + 2 < s.last && W(d + 1) == "-" &&
          (lower_[d + 2] == "based" || lower_[d + 2] == "headquartered" ||
           lower_[d + 2] == "registered" || lower_[d + 2] == "incorporated");
      int m = AddMention(p, d + 1, EntityType::kCountry, Surface(p, d + 1),
                         "Country:" + Key(g.canonical),
                         static_cast<std::uint8_t>(kDemonym | (state ? kCapital : 0) |
                                                   (based ? kBasedIn : 0)));
      mentions_[static_cast<std::size_t>(m)].country = g.canonical;
      p = d + 1;
      continue;
    }
    // Project or region noun after the run: "Tomtorskoye project",
    // "Kathleen Valley lithium project", "Murmansk region".
    // "the Patterson Lake South (PLS) project": the noun after the name's
    // abbreviation.
    const bool abbreviated = b + 3 < s.last && W(b) == "(" && toks_[b + 1].all_caps &&
                             W(b + 2) == ")" && !toks_[b + 3].cap;
    std::uint32_t k = abbreviated ? b + 3 : b;
    int desc = 0;
    bool joined = false;  // two descriptors joined by "and"
    while (k < s.last && desc < 3 && w::IsProjectDescriptor(lower_[k]) &&
           !IsProjectTrigger(k)) {
      ++k;
      ++desc;
      // "the Neves-Corvo copper and zinc mine": two minerals joined.
      if (k + 1 < s.last && lower_[k] == "and" && w::IsProjectDescriptor(lower_[k + 1]) &&
          !IsProjectTrigger(k + 1)) {
        ++k;
        joined = true;
      }
    }
    bool project_after = b < s.last && IsProjectTrigger(k) && !toks_[k].cap;
    // "the Thacker Pass lithium mine project": the last noun ends the name.
    if (project_after && k + 1 < s.last && lower_[k + 1] == "project" && lower_[k] == "mine")
      ++k;
    if (project_after && b == p + 1) {
      // "Chinese-financed plants", "US-owned mines": who paid, not a name.
      const std::string_view one = lower_[p];
      const std::size_t dash = one.rfind('-');
      if (dash != std::string_view::npos &&
          (one.ends_with("-financed") || one.ends_with("-owned") ||
           one.ends_with("-backed") || one.ends_with("-built") ||
           one.ends_with("-run") || one.ends_with("-controlled") ||
           one.ends_with("-led") || one.ends_with("-funded")))
        project_after = false;
      // "Synthetic plants can be built", "“New mines take ten years": a
      // capitalised word that opens a sentence before a plural noun.
      const bool opens = p == s.first ||
                         (p == s.first + 1 && toks_[s.first].kind == TokKind::kPunct);
      if (opens && w::IsPluralProjectTrigger(lower_[k])) project_after = false;
    }
    bool region_after = b < s.last && desc == 0 && !toks_[b].cap &&
                        (w::IsRegionTrigger(lower_[b]) ||
                         (gn == 0 && p > s.first && PlaceNounAfter(p, b)));
    EntityType ht = EntityType::kOrganization;
    std::uint32_t hq = HeadSpan(p, b, &ht);
    bool head_legal = hq > p && (w::IsLegalSuffix(W(hq - 1)) ||
                                 W(hq - 1) == ".");
    // A gazetteer region or project before a project noun names the
    // project: "the Bahia project", "the Goulamina lithium mine".
    const bool gaz_place =
        gn > 0 && static_cast<std::uint32_t>(gn) == b - p &&
        gaz_.entry(ge).kind == GazKind::kEntity &&
        (gaz_.entry(ge).type == EntityType::kRegion ||
         gaz_.entry(ge).type == EntityType::kProject);
    // "the Kiruna iron ore mine": a town's name alone would name the town.
    const bool gaz_region =
        gaz_place && gaz_.entry(ge).type == EntityType::kRegion;
    // "its Arctic operations", "our Pilbara operations": a region's
    // activities, not a site named after it.
    // ("from its Quebec plants", "its Ontario mines": the owner's works in
    // a region.)
    if (project_after && gaz_region &&
        (lower_[k] == "operations" || lower_[k] == "assets" ||
         (desc == 0 && w::IsPluralProjectTrigger(lower_[k]) && p > s.first &&
          (lower_[p - 1] == "its" || lower_[p - 1] == "their" || lower_[p - 1] == "our"))))
      project_after = false;
    // "the Keliber lithium project": a company named for its site, with
    // the site's mineral between.
    const bool gaz_site = project_after && gn > 0 && static_cast<std::uint32_t>(gn) == b - p &&
                          gaz_.entry(ge).kind == GazKind::kEntity &&
                          gaz_.entry(ge).type == EntityType::kCompany && desc > 0 &&
                          p > s.first && lower_[p - 1] == "the" &&
                          !w::IsPluralProjectTrigger(lower_[k]);
    if (project_after && !head_legal &&
        (gn < static_cast<int>(b - p) || gaz_place || gaz_site)) {
      // A gazetteer country, region or company is not a project name
      // ("Chinese plant", "the Rio Tinto mine").
      bool known = false;
      if (gn > 0 && static_cast<std::uint32_t>(gn) == b - p) {
        EntityType gt = gaz_.entry(ge).type;
        known = gt != EntityType::kProject && gt != EntityType::kRegion && !gaz_site;
      }
      // "Lundin's European mines", "its African operations".
      if (b == p + 1 && w::IsRegionalAdjective(W(p)) && w::IsPluralProjectTrigger(lower_[k]))
        known = true;
      if (!known) {
        bool plural = w::IsPluralProjectTrigger(lower_[k]);
        std::uint32_t seg = p;
        for (std::uint32_t q = p; q <= b; ++q) {
          if (q == b || (plural && (W(q) == "and" || W(q) == ","))) {
            if (q > seg) {
              std::string name = Surface(seg, q);
              // "Neves-Corvo copper and zinc mine" is named "Neves-Corvo".
              std::string surface =
                  plural || joined ? name
                  : abbreviated && q == b ? name + " " + Surface(b + 3, k + 1)
                                          : Surface(seg, k + 1);
              std::string key = "Project:" + Key(name);
              if (gaz_place && !gaz_region && seg == p && q == b)
                key = "Project:" + Key(gaz_.entry(ge).canonical);
              // "the Tsumeb smelter" and "the Tsumeb mine": a works that
              // treats ore is another site than the mine of its name
              // ("the Kamoa Kakula mine" and "project" are one).
              if (w::IsWorksTrigger(lower_[k])) key += " /works";
              int m = AddMention(seg, q == b ? k + 1 : q, EntityType::kProject,
                                 surface, key, 0);
              if (gaz_place) mentions_[static_cast<std::size_t>(m)].country = gaz_.entry(ge).country;
            }
            seg = q + 1;
          }
        }
        // "the Palmarejo, Rochester and Kensington mines": the names before,
        // each alone between commas after "the", are mines too.
        if (plural && p >= s.first + 3) {
          std::vector<int> before;
          std::uint32_t q = p;
          while (q >= s.first + 2 && W(q - 1) == "," && owner_[q - 2] >= 0) {
            const int o = owner_[q - 2];
            const Mention& pm = mentions_[static_cast<std::size_t>(o)];
            if (pm.te != q - 1 || !(pm.flags & kUnknown) || (pm.flags & kAnaphor)) break;
            before.push_back(o);
            q = pm.tb;
          }
          if (!before.empty() && q > s.first &&
              (lower_[q - 1] == "the" || lower_[q - 1] == "its" || lower_[q - 1] == "their")) {
            for (int o : before) {
              Mention& pm = mentions_[static_cast<std::size_t>(o)];
              pm.type = EntityType::kProject;
              pm.key = TypePrefix(EntityType::kProject) + Key(pm.surface);
              pm.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
            }
          }
        }
        int project = static_cast<int>(mentions_.size()) - 1;
        // Minerals among the descriptors: "Mt Cattlin spodumene mine".
        for (std::uint32_t q = b; q < k;) {
          std::uint32_t saved = owner_[q] == project ? 1 : 0;
          if (saved) owner_[q] = -1;
          // "the Saindak copper-gold mine": each mineral of a pair.
          if (MineralPairAt(q)) {
            q = q + 1;
            continue;
          }
          std::uint32_t nq = LowerMention(q, s);
          if (owner_[q] == -1) owner_[q] = project;
          q = nq > q ? nq : q + 1;
        }
        if (owner_[k] == -1) owner_[k] = project;
        return k + 1;
      }
    }
    // "the CBC consortium": a name before "consortium" is a company's.
    if (b < s.last && desc == 0 && gn == 0 && !head_legal &&
        lower_[b] == "consortium" && !toks_[b].cap) {
      AddMention(p, b + 1, EntityType::kCompany, Surface(p, b + 1),
                 "Company:" + Key(Surface(p, b + 1)), 0);
      return b + 1;
    }
    if (region_after && !head_legal &&
        (gn == 0 || gaz_.entry(ge).type == EntityType::kRegion) &&
        (gn == 0 || static_cast<std::uint32_t>(gn) == b - p)) {
      std::string base = gn > 0 ? gaz_.entry(ge).canonical : Surface(p, b);
      int m = AddMention(p, b + 1, EntityType::kRegion, Surface(p, b + 1),
                         "Region:" + Key(base), 0);
      if (gn > 0) mentions_[static_cast<std::size_t>(m)].country = gaz_.entry(ge).country;
      return b + 1;
    }
    if (hq > p && static_cast<int>(hq - p) > gn) {
      AddNamed(p, hq, ht);
      p = hq;
      continue;
    }
    // "Lithium Power International", "Uranium One": a capitalised mineral
    // word that opens a longer name is part of that name, whose type the
    // context may tell later.
    // At a sentence's start only with a legal form ("Tungsten West plc") or
    // a compass word as the whole rest ("Nickel West asset president X").
    const bool compass_rest =
        b == p + static_cast<std::uint32_t>(gn) + 1 &&
        (W(b - 1) == "West" || W(b - 1) == "East" || W(b - 1) == "North" ||
         W(b - 1) == "South" || W(b - 1) == "Americas");
    if (gn > 0 && !shouting && toks_[p].cap &&
        gaz_.entry(ge).kind == GazKind::kEntity &&
        gaz_.entry(ge).type == EntityType::kMineral &&
        p + static_cast<std::uint32_t>(gn) < b &&
        (p > s.first || compass_rest || w::IsLegalSuffix(W(b - 1)) ||
         (b < s.last && w::IsLegalSuffix(W(b))))) {
      std::uint32_t q = p + static_cast<std::uint32_t>(gn);
      const bool legal = w::IsLegalSuffix(W(b - 1)) ||
                         (b < s.last && w::IsLegalSuffix(W(b)));
      while (q < b && IsCapWord(q) && !w::IsCapStopword(W(q)) &&
             !(w::IsTitleWord(lower_[q]))) {
        int e2 = -1;
        if (!legal && GazMatch(q, q + 1, false, &e2) > 0) break;
        ++q;
      }
      // "plc" written in lower case ends the name too.
      if (q == b && q < s.last && w::IsLegalSuffix(W(q))) ++q;
      if (q > p + static_cast<std::uint32_t>(gn)) {
        std::string surface = Surface(p, q);
        if (w::IsLegalSuffix(W(q - 1)))
          AddMention(p, q, EntityType::kCompany, surface, "Company:" + Key(surface), 0);
        else
          AddMention(p, q, EntityType::kOrganization, surface,
                     "unknown:" + Key(surface), kUnknown);
        p = q;
        continue;
      }
    }
    // "the subsidiary POSCO Argentina", "Glencore Australia": a known
    // company and a country, the whole run, name the company's national
    // unit.
    if (gn > 0 && !shouting && gaz_.entry(ge).kind == GazKind::kEntity &&
        gaz_.entry(ge).type == EntityType::kCompany &&
        p + static_cast<std::uint32_t>(gn) < b) {
      const std::uint32_t c = p + static_cast<std::uint32_t>(gn);
      int ce = -1;
      const int cn = GazMatch(c, b, false, &ce);
      if (cn > 0 && c + static_cast<std::uint32_t>(cn) == b &&
          gaz_.entry(ce).kind == GazKind::kEntity &&
          gaz_.entry(ce).type == EntityType::kCountry &&
          !(b < s.last && (lower_[b] == "'s" || W(b) == "-"))) {
        const int m = AddNamed(p, b, EntityType::kCompany);
        mentions_[static_cast<std::size_t>(m)].country = gaz_.entry(ce).canonical;
        p = b;
        continue;
      }
    }
    // "Jordan Cook, a mining analyst at Haywood Securities", "Chad Smith
    // said": a country's name that opens a two-word name said or described
    // as a person's is a given name.
    if (gn == 1 && b == p + 2 && gaz_.entry(ge).kind == GazKind::kEntity &&
        gaz_.entry(ge).type == EntityType::kCountry && IsNameToken(p + 1)) {
      int e2 = -1;
      const bool unknown_surname = GazMatch(p + 1, b, false, &e2) == 0;
      bool person = unknown_surname && b < s.last && w::IsSayVerb(lower_[b]);
      if (!person && unknown_surname && b + 2 < s.last && W(b) == "," &&
          (lower_[b + 1] == "a" || lower_[b + 1] == "an")) {
        for (std::uint32_t k2 = b + 2; k2 < s.last && k2 < b + 6; ++k2) {
          if (toks_[k2].kind != TokKind::kWord) break;
          if (w::IsWorkRole(lower_[k2]) || w::IsTitleWord(lower_[k2])) person = true;
        }
      }
      if (person) {
        AddNamed(p, b, EntityType::kPerson);
        p = b;
        continue;
      }
    }
    // "Vedanta Zinc International", "Glencore Nickel Holdings": a known
    // company's name, a mineral and a company word make one longer name.
    if (gn > 0 && gaz_.entry(ge).kind == GazKind::kEntity &&
        gaz_.entry(ge).type == EntityType::kCompany &&
        p + static_cast<std::uint32_t>(gn) + 2 == b && IsCapWord(b - 1)) {
      int me = -1;
      const std::uint32_t c = p + static_cast<std::uint32_t>(gn);
      const std::string_view last = W(b - 1);
      if (GazMatch(c, c + 1, true, &me) == 1 && gaz_.entry(me).type == EntityType::kMineral &&
          (last == "International" || last == "Holdings" || last == "Group" ||
           w::IsLegalSuffix(last))) {
        AddNamed(p, b, EntityType::kCompany);
        p = b;
        continue;
      }
    }
    // "POSCO International CEO Lee Kye-in" after "POSCO International
    // Corp.": a known company's name that the run goes on with, up to a
    // title, is a longer company the article named before.
    if (gn > 0 && gaz_.entry(ge).kind == GazKind::kEntity &&
        gaz_.entry(ge).type == EntityType::kCompany &&
        p + static_cast<std::uint32_t>(gn) < b) {
      std::uint32_t q = p + static_cast<std::uint32_t>(gn);
      while (q < b && IsCapWord(q) && !(w::IsTitleWord(lower_[q]) && toks_[q].cap)) ++q;
      if (q > p + static_cast<std::uint32_t>(gn) && q < b && w::IsTitleWord(lower_[q])) {
        const std::string name = Surface(p, q);
        bool known = false;
        for (const Mention& m : mentions_) {
          if (m.type != EntityType::kCompany || (m.flags & kUnknown) ||
              !m.surface.starts_with(name))
            continue;
          // The same name, or the name and its legal form.
          std::string_view rest = std::string_view(m.surface).substr(name.size());
          if (rest.ends_with('.')) rest.remove_suffix(1);
          known = rest.empty() ||
                  (rest.front() == ' ' && w::IsLegalSuffix(rest.substr(1)));
          if (known) break;
        }
        if (known) {
          AddNamed(p, q, EntityType::kCompany);
          p = q;
          continue;
        }
      }
    }
    // "the Chilean mining group Antofagasta", "miner Antofagasta": a town's
    // or a region's name right after a company's noun names the company.
    if (gn > 0 && static_cast<std::uint32_t>(gn) == b - p && p > s.first &&
        gaz_.entry(ge).kind == GazKind::kEntity &&
        gaz_.entry(ge).type == EntityType::kRegion && !toks_[p - 1].cap) {
      const bool firm_noun = w::IsCompanyNoun(lower_[p - 1]);
      const bool place_next = b < s.last && (w::IsRegionTrigger(lower_[b]) || W(b) == "-");
      if (firm_noun && !place_next) {
        AddNamed(p, b, EntityType::kCompany);
        p = b;
        continue;
      }
    }
    // "NdPr oxide": a mineral's name that goes on in lower case past the
    // capitalised run is the longer mineral.
    if (gn > 0 && static_cast<std::uint32_t>(gn) == b - p && b < s.last && !toks_[b].cap &&
        gaz_.entry(ge).kind == GazKind::kEntity && gaz_.entry(ge).type == EntityType::kMineral) {
      int le = -1;
      const int ln = GazMatch(p, s.last, true, &le);
      if (ln > gn && owner_[b] == -1 && gaz_.entry(le).kind == GazKind::kEntity &&
          gaz_.entry(le).type == EntityType::kMineral) {
        gn = ln;
        ge = le;
      }
    }
    if (gn > 0) {
      AddGazMention(p, p + static_cast<std::uint32_t>(gn), ge);
      p += static_cast<std::uint32_t>(gn);
      continue;
    }
    // A person by a given name: "Igor Yushkov"; not "the project Sal de
    // Oro" nor "the locality of General Guemes" (a translation's order).
    const bool named_place =
        p > s.first && !toks_[p - 1].cap &&
        (w::IsNounBeforePlaceName(lower_[p - 1]) ||
         (lower_[p - 1] == "of" && p > s.first + 1 &&
          w::IsNounBeforePlaceName(lower_[p - 2])));
    std::uint32_t pe = named_place ? p : PersonNameEnd(p, b, true);
    if (pe > p) {
      AddNamed(p, pe, EntityType::kPerson);
      p = pe;
      continue;
    }
    // Unknown name: up to the next "and" / ",".
    std::uint32_t q = p + 1;
    while (q < b && W(q) != "and" && W(q) != "," && W(q) != "&" &&
           !(w::IsTitleWord(lower_[q]) && toks_[q].cap))
      ++q;
    // "Shaw and Partners", "Kestrel & Associates": a firm's name.
    if (q + 1 < b && (W(q) == "and" || W(q) == "&") &&
        (W(q + 1) == "Partners" || W(q + 1) == "Associates" || W(q + 1) == "Sons" ||
         W(q + 1) == "Company")) {
      q += 2;
      while (q < b && w::IsLegalSuffix(W(q))) ++q;
    }
    while (q > p + 1 && w::IsNameConnector(W(q - 1))) --q;
    if (shouting) {
      p = q;
      continue;
    }
    // "U.S. Trade Representative Katherine Tai", "Energy Secretary X": the
    // portfolio's words before a title are part of the title, no body.
    if (q < b && toks_[q].cap && w::IsTitleWord(lower_[q])) {
      bool portfolio = true;
      for (std::uint32_t k2 = p; k2 < q && portfolio; ++k2)
        portfolio = w::IsPortfolioWord(W(k2)) || (k2 > p && lower_[k2] == "and");
      if (portfolio) {
        p = q;
        continue;
      }
    }
    // People by attribution: "said Igor Yushkov", "Igor Yushkov said",
    // "Igor Yushkov, a senior analyst at ...".
    bool all_names = q - p >= 2 && q - p <= 3;
    for (std::uint32_t k2 = p; k2 < q && all_names; ++k2) {
      if (!IsNameToken(k2)) all_names = false;
    }
    // "Los Chancas, a deposit of copper": a Spanish article opens a place's
    // or a mine's name.
    if (W(p) == "Los" || W(p) == "Las" || W(p) == "La" || W(p) == "El")
      all_names = false;
    // "POSCO Future M, a battery materials unit": a known company name that
    // the run goes on with is a longer company name, not a company and a
    // person.
    if (p > s.first && owner_[p - 1] >= 0 && !toks_[p].newline_before &&
        !IsPeriodWord(W(p))) {
      Mention& prev = mentions_[static_cast<std::size_t>(owner_[p - 1])];
      if (prev.te == p && prev.type == EntityType::kCompany &&
          !(prev.flags & (kUnknown | kAnaphor | kDemonym))) {
        prev.te = q;
        prev.surface = Surface(prev.tb, q);
        prev.key = "Company:" + Key(prev.surface);
        for (std::uint32_t k2 = p; k2 < q; ++k2) owner_[k2] = owner_[p - 1];
        p = q;
        continue;
      }
    }
    // ("The Chattanooga Civic Ledger, a nonprofit newsroom, said": no
    // person takes the article; "the Ambler Road" is still a route.)
    if (all_names && !(p > s.first && lower_[p - 1] == "the" &&
                       !w::IsLandformWord(W(q - 1)) && !IsRouteWord(W(q - 1)))) {
      bool say_before = p > s.first && w::IsSayVerb(lower_[p - 1]);
      bool say_after = q < s.last && w::IsSayVerb(lower_[q]);
      bool appos = q + 2 < s.last && W(q) == "," &&
                   (lower_[q + 1] == "a" || lower_[q + 1] == "an" ||
                    lower_[q + 1] == "the" || lower_[q + 1] == "who");
      // "X Y, a copper deposit in Peru", "X Y, the company's mine", "X Y,
      // an island of ...": no person.
      for (std::uint32_t k2 = q + 2; appos && k2 < s.last && k2 < q + 7; ++k2) {
        const std::string_view l = lower_[k2];
        if (l == "deposit" || l == "mine" || l == "project" || l == "prospect" ||
            w::IsCompanyNoun(l) || l == "subsidiary" || l == "unit" || l == "plant" ||
            w::IsProjectTrigger(l) || w::IsRegionTrigger(l) || l == "town" ||
            l == "city" || l == "village" || l == "state" || l == "port" ||
            l == "river" || l == "lake" || l == "area" || l == "site" ||
            l == "settlement" || l == "township" || l == "suburb" || l == "neighbourhood" ||
            l == "neighborhood" || l == "park" || l == "reserve" || l == "coalition" ||
            l == "alliance" || l == "network" || l == "campaign" || l == "movement" ||
            l == "association" || l == "union" || l == "federation" || l == "organisation" ||
            l == "organization" || l == "recycler" || l == "processor" ||
            l == "consultancy" || l == "fund")
          appos = false;
        if (toks_[k2].kind == TokKind::kPunct) break;
      }
      // "the chief executive of Acme, Dale Moss, said".
      if (!appos && p >= s.first + 4 && W(p - 1) == "," && q < s.last &&
          (W(q) == "," || w::IsSayVerb(lower_[q]))) {
        for (std::uint32_t k2 = p - 2; k2 > s.first + 1 && k2 + 8 > p; --k2) {
          if (lower_[k2] == "of" && w::IsTitleWord(lower_[k2 - 1]) &&
              !toks_[k2 - 1].cap) {
            appos = true;
            break;
          }
        }
      }
      // "Dale Moss, Acme Ltd's founder and chief executive, said".
      for (std::uint32_t k2 = q + 2; !appos && W(q) == "," && k2 + 1 < s.last &&
                                     k2 < q + 7;
           ++k2) {
        if (lower_[k2] == "'s" && w::IsTitleWord(lower_[k2 + 1]) &&
            toks_[q + 1].cap)
          appos = true;
        if (toks_[k2].kind == TokKind::kPunct && W(k2) != "." && W(k2) != "&")
          break;
      }
      // ("the company says Keno Hill turned out" after "the Keno Hill
      // operation": the site's name.)
      if ((say_before || say_after) && !appos) {
        const std::string run = Surface(p, q);
        for (const Mention& m : mentions_)
          if (m.type == EntityType::kProject && w::ExtendsWord(m.surface, run)) {
            say_before = say_after = false;
            break;
          }
      }
      if (say_before || say_after || appos) {
        AddNamed(p, q, EntityType::kPerson);
        p = q;
        continue;
      }
    }
    // "Committee chairman X", "Board member Y": a head word alone names
    // no one.
    if (q == p + 1 && w::IsBareBodyWord(W(p))) {
      p = q;
      continue;
    }
    std::string surface = Surface(p, q);
    std::uint8_t flags = kUnknown;
    if (q == p + 1) flags |= kSingle;
    AddMention(p, q, EntityType::kOrganization, surface,
               "unknown:" + Key(surface), flags);
    p = q;
  }
  // A title's name may follow the run: "Minister of Industry and Mineral
  // Resources, Bandar Alkhorayef,".
  return std::max(b, p);
}

}  // namespace kg::extract_impl
