#pragma once

// Word lists of the text extractor (private to ingest/extract*.cc).

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/string_map_internal.h"

namespace kg::extract_words {

/// Words with a value each, in one flat open-addressing table (linear
/// probing, at most half full) behind a first-byte-and-length filter, the
/// words copied end to end into the table's own string: a lookup reads one
/// filter word and, past it, usually one small slot (4 bytes for a set, 8
/// for flags) and the word beside the others. (Buckets of vectors cost two
/// dependent loads from a table of 12 KiB or more per list before the word
/// was compared: the word lists are read for every token, and that missed
/// the cache.) Words are at most 255 bytes, 64 KiB in all.
template <typename V>
class WordTable {
 public:
  /// The value under w, or nullptr.
  const V* Find(std::string_view w) const {
    if (!lengths_.May(w) || slots_.empty()) return nullptr;
    for (std::size_t i = Hash(w) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.offset == kFree) return nullptr;
      if (s.size == w.size() &&
          std::char_traits<char>::compare(words_.data() + s.offset, w.data(), w.size()) == 0)
        return &s.value;
    }
  }
  /// The value under w, value-initialised first when w is absent.
  V& operator[](std::string_view w) {
    if (const V* v = Find(w)) return const_cast<V&>(*v);
    if (w.size() > 255 || words_.size() + w.size() >= kFree)
      throw std::length_error("WordTable: word or words too long");
    if ((count_ + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    lengths_.Add(w);
    ++count_;
    Slot& s = slots_[FreeSlot(w)];
    s.offset = static_cast<std::uint16_t>(words_.size());
    s.size = static_cast<std::uint8_t>(w.size());
    s.value = V();
    words_.append(w);
    return s.value;
  }

 private:
  static constexpr std::uint16_t kFree = 0xFFFF;
  struct Slot {
    std::uint16_t offset = kFree;  ///< The word in words_ (kFree: no word).
    std::uint8_t size = 0;
    V value{};
  };
  static std::size_t Hash(std::string_view w) {
    if (w.empty()) return 0;
    const std::uint64_t v = static_cast<std::uint64_t>(w.size()) |
                            static_cast<std::uint64_t>(static_cast<unsigned char>(w[0])) << 8 |
                            static_cast<std::uint64_t>(static_cast<unsigned char>(w.back())) << 16 |
                            static_cast<std::uint64_t>(static_cast<unsigned char>(w[w.size() / 2])) << 24;
    return static_cast<std::size_t>((v * 0x9E3779B97F4A7C15ull) >> 40);
  }
  std::size_t FreeSlot(std::string_view w) const {
    std::size_t i = Hash(w) & mask_;
    while (slots_[i].offset != kFree) i = (i + 1) & mask_;
    return i;
  }
  void Rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot());
    mask_ = capacity - 1;
    for (Slot& s : old) {
      if (s.offset != kFree)
        slots_[FreeSlot(std::string_view(words_.data() + s.offset, s.size))] = std::move(s);
    }
  }

  ingest_internal::FirstByteLengths lengths_;
  std::string words_;  ///< The words, end to end.
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

/// A fixed set of words (see WordTable). Build it once (a function-local
/// static).
class WordSet {
 public:
  template <std::size_t N>
  explicit WordSet(const std::string_view (&list)[N]) {
    for (std::string_view w : list) words_[w] = 1;
  }
  bool Has(std::string_view w) const { return words_.Find(w) != nullptr; }

 private:
  WordTable<std::uint8_t> words_;
};

/// Words with flags, looked up like WordSet; 0 for a word not in the map.
class WordFlags {
 public:
  void Add(std::string_view w, std::uint32_t flags) { words_[w] |= flags; }
  std::uint32_t Get(std::string_view w) const {
    const std::uint32_t* f = words_.Find(w);
    return f ? *f : 0;
  }

 private:
  WordTable<std::uint32_t> words_;
};

template <std::size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  // Size and first byte first: most words differ there, and no call is made.
  if (w.empty()) {
    return std::find(std::begin(list), std::end(list), w) != std::end(list);
  }
  for (std::string_view x : list) {
    if (x.size() == w.size() && x[0] == w[0] &&
        std::char_traits<char>::compare(x.data(), w.data(), x.size()) == 0)
      return true;
  }
  return false;
}

/// Prepositions that open a sentence with a place ("In Chile, ...",
/// "Beyond Argentina it owns ..."), lower case.
inline bool IsOpeningPreposition(std::string_view l) {
  static constexpr std::string_view k[] = {
      "in", "beyond", "outside", "inside", "within", "across", "throughout",
      "besides", "like", "unlike", "from", "at", "near", "for", "after"};
  return In(k, l);
}

/// Lower-case nouns of a settlement or an administrative area before "of"
/// and a name ("the town of Moa", "the villages of Iliamna and Nondalton").
inline bool IsSettlementNoun(std::string_view l) {
  static constexpr std::string_view k[] = {
      "town",    "city",     "village",  "municipality",   "district",   "province",
      "region",  "state",    "port",     "county",         "department", "island",
      "towns",   "cities",   "villages", "municipalities", "districts",  "provinces",
      "regions", "counties", "islands",  "ports"};
  return In(k, l);
}

/// Capitalised function words that never start a name.
inline bool IsCapStopword(std::string_view w) {
  static constexpr std::string_view k[] = {
      "The", "A", "An", "In", "On", "At", "Of", "For", "With", "By", "From",
      "To", "As", "And", "But", "Or", "Nor", "So", "Yet", "If", "When",
      "While", "Since", "After", "Before", "During", "Under", "Over", "About",
      "Against", "Between", "Through", "Into", "Across", "Despite", "Although",
      "Though", "Because", "However", "Meanwhile", "Moreover", "Furthermore",
      "Also", "Still", "Now", "Then", "Today", "Yesterday", "Tomorrow",
      "This", "That", "These", "Those", "There", "Here", "It", "Its", "He",
      "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My",
      "Your", "Who", "What", "Which", "Where", "Why", "How", "Some", "Many",
      "Most", "Other", "Another", "Such", "All", "Both", "Each", "Every",
      "No", "Not", "Only", "Even", "Just", "More", "Less", "Currently",
      "According", "Under", "Following", "Separately", "Last", "Next",
      "First", "Second", "Third", "Several", "Analysts", "Observers",
      "Shares", "Prices", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November",
      "December", "Earlier", "Later", "Overall", "Instead", "Indeed",
      "Together", "Already", "Once", "Until", "Unlike", "Like", "Via",
      "Western", "Eastern", "Northern", "Southern", "Central", "Global",
      "Domestic", "Foreign", "One", "Two", "Three", "Four", "Five", "Six",
      "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Dozens",
      "Hundreds", "Thousands",
      "Disclaimer", "Photo", "Source", "Editing", "Reporting", "Former", "Formerly",
      "Previously",
      // "Outside China, the main refiner is Umicore": a preposition that
      // opens a sentence opens no name.
      "Outside", "Beyond", "Inside", "Within", "Besides", "Throughout", "Amid",
      "Among", "Alongside", "Without", "Except", "Towards", "Toward", "Upon",
      // A party's role in a court's papers: "Plaintiff Bartell Ranch LLC".
      "Plaintiff", "Plaintiffs", "Defendant", "Defendants", "Intervenor",
      "Intervenors", "Petitioner", "Petitioners", "Respondent", "Respondents",
      "Appellant", "Appellants", "Appellee", "Appellees", "Intervenor-Defendant",
      "Intervenor-Defendants", "Defendant-Intervenor", "Defendant-Intervenors",
      // "Good morning, ladies and gentlemen", "the Annual General Meeting".
      "Good", "Meeting"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Month names and their abbreviations (never names of entities).
inline bool IsMonth(std::string_view w) {
  static constexpr std::string_view k[] = {
      "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Jan", "Feb",
      "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov"};
  static const WordSet set(k);
  return set.Has(w) || w == "Dec";
}

/// Lower-case words that join the parts of one name.
inline bool IsNameConnector(std::string_view w) {
  static constexpr std::string_view k[] = {
      "of", "and", "for", "de", "del", "la", "y", "du", "des", "van", "von",
      "da", "do", "dos", "&", "the", "di", "le", "e", "der", "den", "et", "und",
      // "Université du Québec à Chicoutimi".
      "\xC3\xA0",
      // "Mohamed bin Zayed Al Nahyan", "Abdulaziz bin Salman".
      "bin", "bint", "ibn"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Words that open a company's name in French, Spanish or Portuguese
/// ("Compagnie des Bauxites de Guinee", "Empresa Nacional de Mineria").
inline bool IsCompanyPrefix(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Compagnie", "Companhia", "Compania", "Compañía", "Societe", "Société",
      "Sociedad", "Sociedade", "Empresa", "Corporacion", "Corporación",
      "Grupo", "Groupe"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Legal forms: a name ending in one is a company.
inline bool IsLegalSuffix(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Ltd", "Limited", "Inc", "Incorporated", "Corp", "Corporation", "PLC",
      "Plc", "plc", "LLC", "LLP", "LP", "JSC", "PJSC", "OJSC", "CJSC", "PAO",
      "SA", "S.A.", "SAS", "SpA", "S.p.A.", "AG", "GmbH", "KGaA", "NV",
      "N.V.", "BV", "B.V.", "AB", "ASA", "Oyj", "Pty", "Bhd", "Berhad", "Tbk",
      "KK", "Co", "Company", "Holdings", "Holding", "Group", "SE", "Cos",
      "Inc.", "Ltd.", "SLU", "SAU", "SL", "Sdn", "Pte", "OY", "Oy", "AS",
      "SARL", "Srl", "S.r.l.", "Ltda", "SAC", "KG"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Sector words that end company names ("Lynas Rare Earths", "Acme Mining").
inline bool IsSectorHead(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Mining", "Mines", "Minerals", "Metals", "Resources", "Lithium",
      "Materials", "Industries", "Energy", "Technologies", "Nickel", "Cobalt",
      "Copper", "Gold", "Uranium", "Graphite", "Exploration", "Prospecting",
      "Chemicals", "Chemical", "Capital", "Investments", "Ventures", "Earths",
      "Motors", "Motor", "Steel", "Petroleum", "Power", "Electric",
      "Enterprises", "Trading", "Manufacturing", "Batteries", "Refining",
      "Smelting", "Metallurgy", "Mineração", "Minera", "Minerals.", "Tungsten",
      "Vanadium", "Silver", "Magnets", "Aluminium", "Aluminum", "Venture", "JV", "Partners", "Advisors", "Advisory",
      "Platinum", "Palladium", "Zinc", "Manganese", "Potash", "Coal",
      "Titanium", "Chrome", "Antimony", "Diamonds", "Bauxite", "Alumina",
      "Phosphate", "Graphene", "Securities", "Processing", "Semiconductor",
      "Semiconductors", "Magnetics", "Silicon", "Polysilicon", "Magnesium", "Molybdenum",
      "Gallium", "Germanium", "Fluorspar", "Beryllium", "Bismuth", "Scandium", "Tantalum",
      "Niobium", "Resource",
      // "Almalyk Mining and Metallurgical Combine": the Soviet-era kombinat.
      "Combine"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Nouns that name what a company is: "miner", "group", "giant".
inline bool IsCompanyNoun(std::string_view l) {
  return l == "company" || l == "firm" || l == "group" || l == "giant" ||
         l == "miner" || l == "producer" || l == "developer" ||
         l == "maker" || l == "manufacturer" || l == "refiner" ||
         l == "explorer" || l == "supplier" || l == "conglomerate" ||
         l == "enterprise" || l == "trader" || l == "chemist" ||
         l == "carmaker" || l == "automaker" || l == "steelmaker" || l == "chipmaker" ||
         l == "toolmaker" || l == "drugmaker" || l == "startup" || l == "start-up" ||
         l == "house" || l == "operator" || l == "processor";
}

/// Nouns that say a name next to them is a firm's: the company nouns and
/// the words of the trade ("rival", "unit", "broker", "bank").
inline bool IsFirmNoun(std::string_view l) {
  static constexpr std::string_view k[] = {
      "major", "rival", "subsidiary", "unit", "smelter", "shareholder", "recycler",
      "processor", "stockbroker", "broker", "brokerage", "bank"};
  return (IsCompanyNoun(l) && l != "group" && l != "chemist" && l != "house") || In(k, l);
}

/// Nouns of a holding: "a stake in", "its interest in", "shares of".
inline bool IsStakeNoun(std::string_view l) {
  return l == "stake" || l == "stakes" || l == "interest" || l == "interests" ||
         l == "share" || l == "shares";
}

/// Heads of ministries ("Ministry of X", "X Ministry", "Department of X").
inline bool IsMinistryHead(std::string_view w) {
  return w == "Ministry" || w == "Department" || w == "Ministries";
}

/// Heads of state bodies other than ministries.
inline bool IsAgencyHead(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Agency", "Authority", "Commission", "Committee", "Bureau",
      "Administration", "Service", "Survey", "Office", "Parliament", "Senate",
      "Congress", "Duma", "Council", "Assembly", "Regulator", "Inspectorate",
      "Directorate", "Directorate-General", "Customs", "Court", "Tribunal", "Cabinet", "Secretariat",
      "Board", "Commissioner", "Treasury", "Police", "Legislature", "Kremlin",
      "Rada"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Head words that name no body when they stand alone ("Committee chairman
/// X", "Board member Y"); unlike "Senate" or "Kremlin", which do.
inline bool IsBareBodyWord(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Committee", "Subcommittee", "Board", "Commission", "Agency",
      "Authority", "Bureau", "Office", "Administration", "Service", "Court",
      "Tribunal", "Ministry", "Department", "Company", "Group", "Corporation",
      "Directorate", "Inspectorate", "Secretariat", "Council", "Regulator"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Heads of other organisations.
inline bool IsOrgHead(std::string_view w) {
  static constexpr std::string_view k[] = {
      "University", "Institute", "Institution", "Fund", "Foundation",
      "Association", "Society", "Center", "Centre", "School", "College",
      "Academy", "Forum", "Union", "Alliance", "Organisation", "Organization",
      "Federation", "Chamber", "Exchange", "Initiative", "Partnership",
      "Network", "Consortium", "Observatory", "Council.", "Tribe"};
  static const WordSet set(k);
  return set.Has(w);
}

/// The head that opens a university's name in another language
/// ("Universiti Sains Malaysia", "Universidad de Chile").
inline bool IsForeignUniversityHead(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Universiti", "Universidad", "Universidade", "Universitas", "Universiteit",
      "Universit\xC3\xA9", "Universit\xC3\xA4t", "Universit\xC3\xA0"};
  static const WordSet set(k);
  return set.Has(w);
}

/// First words that make a state body international (an Organization).
inline bool IsInternationalWord(std::string_view w) {
  static constexpr std::string_view k[] = {
      "International", "European", "World", "Global", "United", "Asian",
      "African", "Inter-American", "Arab", "Eurasian"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Capitalised project heads ending a name ("Kathleen Valley Project").
inline bool IsProjectHead(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Project", "Mine", "Deposit", "Plant", "Refinery", "Smelter",
      "Facility", "Complex", "Hub", "Concentrator", "Operation", "Projects",
      "Mines", "Field", "Mill", "Prospect", "Operations"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Lower-case nouns after a name that make it a project.
inline bool IsProjectTrigger(std::string_view w) {
  static constexpr std::string_view k[] = {
      "project", "projects", "mine", "mines", "deposit", "deposits", "plant",
      "plants", "refinery", "refineries", "smelter", "smelters", "facility",
      "operation", "operations", "complex", "hub", "concentrator", "prospect",
      "field", "fields", "tenements", "property", "mill", "block", "discovery"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Project nouns of a site that treats ore: a smelter, refinery or plant.
inline bool IsWorksTrigger(std::string_view w) {
  return w == "plant" || w == "plants" || w == "refinery" || w == "refineries" ||
         w == "smelter" || w == "smelters";
}

inline bool IsPluralProjectTrigger(std::string_view w) {
  return w == "projects" || w == "mines" || w == "deposits" ||
         w == "plants" || w == "refineries" || w == "smelters" ||
         w == "operations" || w == "fields";
}

bool IsProjectDescriptorWord(std::string_view w);

/// Lower-case words allowed between a project name and its trigger; a
/// hyphenated pair of them too ("antimony-gold").
inline bool IsProjectDescriptor(std::string_view w) {
  if (IsProjectDescriptorWord(w)) return true;
  // "copper-gold", "zinc-lead-silver": every part a descriptor.
  if (w.find('-') == std::string_view::npos) return false;
  for (std::size_t b = 0; b <= w.size();) {
    std::size_t dash = w.find('-', b);
    if (dash == std::string_view::npos) dash = w.size();
    if (dash == b || !IsProjectDescriptorWord(w.substr(b, dash - b))) return false;
    b = dash + 1;
  }
  return true;
}

inline bool IsProjectDescriptorWord(std::string_view w) {
  static constexpr std::string_view k[] = {
      "lithium", "copper", "gold", "nickel", "cobalt", "graphite", "rare",
      "earth", "earths", "rare-earth", "spodumene", "brine", "hard-rock",
      "processing", "hydroxide", "carbonate", "development", "expansion",
      "open-pit", "underground", "mining", "tailings", "battery", "uranium",
      "zinc", "iron", "ore", "tungsten", "vanadium", "antimony", "manganese",
      "silver", "platinum", "magnet", "potash", "phosphate", "gallium",
      "germanium", "bauxite", "alumina", "heavy", "tin",
      "ferronickel", "mineral", "sands", "titanium", "niobium", "tantalum",
      "molybdenum", "coal", "fluorspar", "kaolin", "mica", "clay", "ionic",
      "refining", "separation", "recycling", "oxide", "concentrate",
      "polymetallic", "chromite", "industrial", "crop", "nutrient",
      "scandium", "magnesium", "silicon", "helium", "palladium", "coking",
      "thermal", "metallurgical", "steelmaking", "lepidolite", "petalite",
      "zircon", "chrome", "beryllium", "bismuth", "cesium", "caesium", "lead",
      "diamond", "rhodium", "boron", "borate", "fluorite", "barite", "ilmenite",
      "rutile", "monazite", "xenotime", "apatite", "cassiterite", "wolframite",
      "scheelite", "laterite", "saprolite", "lithium-boron", "pgm", "pge"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Lower-case nouns a translation puts before the name of a place or a
/// project ("the project Sal de Oro", "the locality of General Guemes").
inline bool IsNounBeforePlaceName(std::string_view w) {
  static constexpr std::string_view k[] = {
      "project", "mine", "deposit", "salar", "locality", "town", "village",
      "city", "municipality", "department", "province"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Capitalised heads ending a region name ("Kachin State").
inline bool IsRegionHead(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Province", "Region", "Oblast", "Krai", "Territory", "County",
      "Prefecture", "District", "Governorate", "Okrug", "Island", "Islands",
      "Parish", "Municipality", "Basin", "Peninsula", "Desert", "Plateau",
      "Formation", "Wilderness", "City", "Valley", "Sea", "Ocean", "Gulf", "Strait",
      "Craton", "Shire", "Regency", "Borough"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Adjectives of continents and world regions ("its European mines"): no
/// country's demonym, and no name of a site.
inline bool IsRegionalAdjective(std::string_view w) {
  static constexpr std::string_view k[] = {
      "European", "African", "Asian", "Scandinavian", "Nordic", "Arctic", "Andean",
      "Latin", "Caribbean", "Balkan", "Baltic", "Pacific", "Atlantic", "Western",
      "Eastern", "Southern", "Northern", "Central", "Overseas", "Domestic"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Landforms that end a place's name ("Oak Flat", "Voisey's Bay").
inline bool IsLandformWord(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Ridge", "Flat", "Flats", "Creek", "River", "Hills", "Mountain", "Mountains",
      "Range", "Bay", "Lake", "Island", "Islands", "Pass", "Canyon", "Springs",
      "Falls", "Valley", "Gorge", "Plateau", "Desert", "Peninsula", "Coast", "Forest",
      "Plain", "Plains", "Butte", "Buttes", "Mesa"};
  static const WordSet set(k);
  return set.Has(w);
}

/// A river's, a bay's, a mountain range's, a gulf's or a protected land's
/// name ("the Kafue River", "the Gulf of Carpentaria", "the Kaibab National
/// Forest"), as words of a name: its first, second, next-to-last and last.
inline bool IsNaturalFeatureName(std::string_view first, std::string_view second,
                                 std::string_view before_last, std::string_view last) {
  if (last == "River" || last == "Creek" || last == "Bay" || last == "Canyon" ||
      last == "Mountains")
    return true;
  if ((last == "Forest" || last == "Park" || last == "Monument" || last == "Reserve") &&
      (before_last == "National" || before_last == "Natural" || before_last == "State"))
    return true;
  return (first == "Gulf" || first == "Sea" || first == "Bay") && second == "of";
}

/// The eight compass words as a name's first word ("West Java", "Northern
/// Cape").
inline bool IsCompassWord(std::string_view w) {
  return w == "West" || w == "East" || w == "North" || w == "South" || w == "Northern" ||
         w == "Southern" || w == "Eastern" || w == "Western";
}

/// Scope words that may open a company's name ("Northern Minerals",
/// "Global Tungsten & Powders Corp") or a region's ("the Western Region").
inline bool IsScopeWord(std::string_view w) {
  static constexpr std::string_view k[] = {"Northern", "Western", "Southern",
                                           "Eastern", "Central", "Global"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Capitalised words before "department", "state" or "area" that name a
/// portfolio or a kind, not a place ("the Commerce department", "a Gulf
/// state", "the euro area").
inline bool IsNotPlaceBeforePlaceNoun(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Commerce", "Energy", "Treasury", "State", "Defense", "Defence",
      "Interior", "Justice", "Agriculture", "Labor", "Labour", "Education",
      "Health", "Transportation", "Transport", "Mines", "Mining", "Geology",
      "Security", "Homeland", "Foreign", "Home", "Revenue", "Customs",
      "Fisheries", "Forestry", "Water", "Science", "Technology", "Research",
      "Planning", "Legal", "Sales", "Marketing", "Communications", "Trade",
      "Finance", "Industry", "Environment", "Resources", "Gulf", "Member",
      "Islamic", "Nation", "Client", "Party", "Union", "Federal", "Euro",
      "Schengen", "Free", "Economic", "Special", "Protected", "Exclusion",
      "Service", "Industrial", "Development", "Affairs", "Natural", "Police",
      "Army", "Investment", "Bay", "Metro", "Greater", "Arab"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Lower-case nouns after a name that make it a region.
inline bool IsRegionTrigger(std::string_view w) {
  static constexpr std::string_view k[] = {
      "region", "province", "oblast", "krai", "territory", "county",
      "prefecture", "district", "governorate", "okrug", "basin",
      "peninsula", "island", "parish", "soum", "aimag", "plateau"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Titles and roles written before a person's name (lower-cased).
inline bool IsTitleWord(std::string_view lower) {
  static constexpr std::string_view k[] = {
      "president", "minister", "premier", "chancellor", "secretary",
      "senator", "governor", "mayor", "ambassador", "ceo", "cfo", "coo",
      "chairman", "chairwoman", "chair", "chairperson", "director", "chief",
      "co-chairman", "co-chairwoman", "co-chair",
      "executive", "officer", "head", "leader", "founder", "co-founder",
      "analyst", "economist", "spokesman", "spokeswoman", "spokesperson",
      "billionaire", "professor", "prof", "dr", "mr", "mrs", "ms", "sir",
      "deputy", "vice", "prime", "general", "envoy", "adviser", "advisor",
      "commissioner", "king", "queen", "prince", "sheikh", "lawmaker",
      "congressman", "congresswoman", "representative", "manager",
      "strategist", "researcher", "managing", "tycoon", "honourable",
      "honorable", "treasurer", "hon", "expert", "scientist", "geologist",
      "lawyer", "activist", "attorney", "secretary-general", "director-general",
      "vice-president", "vice-chairman", "governor-general", "attorney-general",
      // "Elder Marie Lemaigre": a First Nations elder.
      "elder",
      // "EPA Administrator Michael Regan", "Superintendent Jane Doe".
      "administrator", "superintendent"};
  static const WordSet set(k);
  return set.Has(lower);
}

/// Generic capitalised words of trade names ("Australian Strategic
/// Materials", "Indian Rare Earths", "Saudi Arabian Mining").
inline bool IsGenericNameWord(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Strategic", "Rare", "National", "Critical", "United", "Consolidated",
      "Metal", "Mineral", "Battery", "Iron", "Mining", "Oil", "Gas"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Title words that companies also take as name words ("General Motors",
/// "Premier African Minerals Ltd", "King River Resources").
inline bool IsTitleAlsoInCompanyNames(std::string_view lower) {
  return lower == "general" || lower == "premier" || lower == "prime" ||
         lower == "king" || lower == "queen" || lower == "prince";
}

/// A corporate title ("chief executive", "CEO", "managing director",
/// "founder", "chairman"), lower-cased, whose holder's body is a company.
inline bool IsCorporateTitle(std::string_view lower_title) {
  for (std::string_view t : {"chief executive", "ceo", "managing director",
                             "founder", "chairman", "officer"}) {
    if (lower_title.find(t) != std::string_view::npos) return true;
  }
  return false;
}

/// Words of a minister's portfolio ("Minister of Energy and Mineral
/// Resources"), which no given name is.
inline bool IsPortfolioWord(std::string_view w) {
  static constexpr std::string_view k[] = {
      "Energy", "Mines", "Mining", "Mineral", "Minerals", "Resources", "Natural",
      "Industry", "Industries", "Industrial", "Trade", "Commerce", "Economy", "Economic",
      "Finance", "Foreign", "Affairs", "Investment", "Environment", "Development",
      "Planning", "Infrastructure", "Transport", "Agriculture", "Lands", "Petroleum",
      "Oil", "Gas", "Technology", "Science", "Innovation", "Policy", "Interior",
      "Defence", "Defense", "Labour", "Labor", "Treasury", "State", "Climate",
      "Water", "Power", "Electricity", "Hydrocarbons", "Geology", "Ecology",
      "International", "Cooperation", "Enterprise", "Enterprises", "Small", "Medium",
      "Public", "Works", "Budget", "Fiscal", "Digital", "Critical", "Strategic",
      "Heavy", "Light", "External", "Economics", "Productive", "Production",
      "Employment", "Communications", "Tourism", "Housing", "Health", "Education",
      "Justice", "Fisheries", "Forestry", "Sustainability"};
  static const WordSet set(k);
  return set.Has(w);
}

/// Title words that make the person the head of the organisation.
inline bool IsHeadTitle(std::string_view lower) {
  static constexpr std::string_view k[] = {
      "president", "premier", "chancellor", "ceo", "chairman", "chairwoman",
      "chair", "chairperson", "director", "chief", "head", "leader",
      "governor", "mayor", "king", "queen", "managing", "co-chairman",
      "co-chairwoman", "co-chair"};
  static const WordSet set(k);
  return set.Has(lower);
}

/// Words of tenure before a title ("AMG's long-serving chief executive",
/// "its new chairman", "the interim CEO"), lower-cased.
inline bool IsTenureWord(std::string_view lower) {
  return lower.ends_with("-serving") || lower == "longtime" || lower == "long-time" ||
         lower == "new" || lower == "current" || lower == "outgoing" ||
         lower == "incoming" || lower == "interim" || lower == "acting";
}

/// Roles in an apposition ("X, a senior analyst at Y") that mean works_for.
inline bool IsWorkRole(std::string_view lower) {
  static constexpr std::string_view k[] = {
      "analyst", "expert", "official", "spokesman", "spokeswoman",
      "spokesperson", "economist", "researcher", "professor", "fellow",
      "strategist", "adviser", "advisor", "consultant", "engineer",
      "geologist", "manager", "partner", "lawyer", "scientist", "employee",
      "executive", "officer", "member", "associate", "lecturer",
      "representative", "trader", "specialist", "director", "historian", "coordinator",
      "campaigner", "organiser", "organizer", "metallurgist", "geophysicist",
      "hydrologist", "ecologist", "biologist", "chemist", "statistician"};
  static const WordSet set(k);
  return set.Has(lower);
}

/// Verbs of saying that follow or precede a quoted person.
inline bool IsSayVerb(std::string_view lower) {
  static constexpr std::string_view k[] = {
      "said", "says", "told", "added", "noted", "explained", "believes",
      "argued", "wrote", "stated", "commented", "warned", "stressed",
      "emphasised", "emphasized", "insisted", "claimed", "announced",
      "acknowledged", "pointed", "suggested", "predicted", "estimated",
      "cautioned"};
  static const WordSet set(k);
  return set.Has(lower);
}

/// True when `longer` starts with the words of `shorter` and goes on with
/// more words ("anglo american platinum" and "anglo american").
inline bool ExtendsWord(std::string_view longer, std::string_view shorter) {
  return longer.size() > shorter.size() && longer.starts_with(shorter) &&
         longer[shorter.size()] == ' ';
}

}  // namespace kg::extract_words
