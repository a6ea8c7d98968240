// Entity resolution inside one article, and the final ArticleDoc.

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "graph/normalize.h"
#include "ingest/extract_impl.h"
#include "ingest/extract_words.h"
#include "ingest/string_map_internal.h"

namespace kg::extract_impl {

using text_internal::TokKind;
using gazetteer_internal::GazKind;
namespace w = extract_words;
using ingest_internal::StringMap;

namespace {

std::string FirstWord(std::string_view key) {
  std::size_t sp = key.find(' ');
  return std::string(key.substr(0, sp));
}

std::string LastWord(std::string_view key) {
  std::size_t sp = key.rfind(' ');
  return std::string(sp == std::string_view::npos ? key : key.substr(sp + 1));
}

// A name's key without its legal form: "albemarle corp" -> "albemarle",
// "rio tinto group" -> "rio tinto".
std::string CoreOfKey(std::string core) {
  static constexpr std::string_view kForms[] = {
      " ltd", " limited", " inc", " incorporated", " corp", " corporation",
      " plc", " llc", " jsc", " pjsc", " sa", " ag", " gmbh", " nv", " co",
      " company", " holdings", " group", " pty", " bhd", " ab", " se", " asa",
      " oyj", " oy", " tbk", " spa", " sas", " kk", " ltda", " srl", " sarl",
      " llp", " pte", " bv", " kgaa", " pao", " ojsc", " cjsc", " slu", " sau"};
  // A form has one space, at its start, so at most one form ends the key at
  // a time: its last word with the space before it.
  for (std::size_t sp = core.rfind(' '); sp != std::string::npos;
       sp = core.rfind(' ')) {
    const std::string_view last = std::string_view(core).substr(sp);
    if (core.size() <= last.size() + 2 || !w::In(kForms, last)) break;
    core.resize(sp);
  }
  return core;
}

// The name of a mine, deposit or project among its surface forms: "the
// Cerro Los Gatos underground mine" and "Cerro Los Gatos" are named by the
// shorter form, whose lower-case words only describe the site, and "the
// Keno Hill operation" by "Keno Hill" even alone, as is "the Luni
// discovery". (Not a plant, smelter or refinery, which is most often named
// for its town: "the Clarksville smelter".)
std::string SiteName(const std::string& longest, const std::vector<std::string>& surfaces) {
  const std::size_t sp = longest.rfind(' ');
  if (sp == std::string::npos) return longest;
  const std::string_view head = std::string_view(longest).substr(sp + 1);
  if (head != "mine" && head != "project" && head != "deposit" && head != "operation" &&
      head != "discovery")
    return longest;
  // The name without the lower-case words that end it ("Cerro del Sol").
  std::size_t core = sp;
  for (;;) {
    const std::size_t prev = core == 0 ? std::string::npos : longest.rfind(' ', core - 1);
    const std::size_t start = prev == std::string::npos ? 0 : prev + 1;
    if (!std::islower(static_cast<unsigned char>(longest[start]))) break;
    if (prev == std::string::npos) return longest;
    core = prev;
  }
  for (const std::string& s : surfaces)
    if (s.size() == core && longest.starts_with(s)) return s;
  // "the Keno Hill operation", "its Boumadine discovery": an operation or
  // a discovery is no name's noun.
  return head == "operation" || head == "discovery" ? longest.substr(0, core) : longest;
}

bool IsOrgType(EntityType t) {
  return t == EntityType::kCompany || t == EntityType::kAgency ||
         t == EntityType::kMinistry || t == EntityType::kOrganization;
}

}  // namespace

namespace {

bool IsInnerCapitalName(std::string_view w) {
  if (w.size() < 4 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  for (std::string_view p : {"Mc", "Mac", "De", "Di", "Da", "Le", "La", "Van", "Von", "O'"}) {
    if (w.starts_with(p)) return false;
  }
  // A word of two lower-case letters or more, then a capital and a
  // lower-case letter: "Exxon|Mobil", "Power|Co"; not "NdFeB".
  std::size_t lower = 0;
  for (std::size_t i = 1; i + 1 < w.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(w[i]);
    if (std::islower(c)) {
      ++lower;
    } else if (std::isupper(c) && lower >= 2 &&
               std::islower(static_cast<unsigned char>(w[i + 1]))) {
      return true;
    } else {
      return false;
    }
  }
  return false;
}

}  // namespace

bool Extractor::AnalystFirmAt(std::uint32_t b) const {
  if (b < 3 || !(lower_[b - 1] == "with" || lower_[b - 1] == "from")) return false;
  const int p = MentionAt(b - 2);
  if (p < 0) return false;
  const Mention& person = mentions_[static_cast<std::size_t>(p)];
  if (person.type != EntityType::kPerson || person.te != b - 1 ||
      (person.flags & (kUnknown | kAnaphor)))
    return false;
  // "question comes from", "question is from", "we have".
  for (std::uint32_t k = person.tb; k-- > 0 && k + 6 > person.tb && SameSentence(k, b);) {
    if (lower_[k] == "question" || (lower_[k] == "have" && k > 0 && lower_[k - 1] == "we"))
      return true;
  }
  return false;
}

std::optional<EntityType> Extractor::ContextType(std::uint32_t b,
                                                 std::uint32_t e) const {
  // An earnings call: "Our first question comes from Owen Pritchard with
  // Scotiabank", "Next we have Carlos Medeiros from Itau BBA".
  // "an analyst at Tromsø-based SpareBank": the place a firm is based in.
  if (e + 1 < toks_.size() && W(e) == "-" && SameSentence(e, e + 1) &&
      (lower_[e + 1] == "based" || lower_[e + 1] == "headquartered"))
    return EntityType::kRegion;
  if (AnalystFirmAt(b)) return EntityType::kCompany;
  // "The ministry is headed by Bobir Islamov", "Saxony-Anhalt's premier,
  // Reiner Haseloff, called": two or three name words after "headed by"
  // or after a role and a comma (and a comma after them) are a person's.
  if (e >= b + 2 && e <= b + 3 && b >= 2 && SameSentence(b - 2, b)) {
    bool name = true;
    for (std::uint32_t q = b; q < e; ++q) name = name && IsNameToken(q);
    const std::string_view p1 = lower_[b - 1], p2 = lower_[b - 2];
    if (name && p1 == "by" && (p2 == "headed" || p2 == "led" || p2 == "chaired"))
      return EntityType::kPerson;
    if (name && W(b - 1) == "," && !toks_[b - 2].cap && w::IsTitleWord(p2) &&
        e < toks_.size() && W(e) == "," && SameSentence(b, e))
      return EntityType::kPerson;
  }
  // "Lake Lefroy", "Port Qasim", "Port Hedland": places.
  if (e >= b + 2 && e <= b + 3 && (W(b) == "Lake" || W(b) == "Port"))
    return EntityType::kRegion;
  // "ExxonMobil", "PowerCo", "BlackRock": a capital inside one word
  // names a company, not a person ("McDonald", "DeSantis" aside).
  if (e == b + 1 && IsInnerCapitalName(W(b))) return EntityType::kCompany;
  if (b > 0) {
    std::string_view prev = lower_[b - 1];
    if (w::IsFirmNoun(prev) || prev.ends_with("-listed") ||
        prev == "listed")
      return EntityType::kCompany;
    // "Erik Eschen, chief executive of VAC": the firm a chief executive
    // or a managing director runs.
    if (prev == "of" && b >= 3 && SameSentence(b - 3, b) && !ShortOfKnownName(b, e) &&
        ((lower_[b - 2] == "executive" && lower_[b - 3] == "chief") ||
         (lower_[b - 2] == "officer" && lower_[b - 3] == "executive") ||
         lower_[b - 2] == "ceo" ||
         (lower_[b - 2] == "director" && lower_[b - 3] == "managing")))
      return EntityType::kCompany;
    // "leaving its partner Galp to carry on alone".
    if (prev == "partner" && e == b + 1 && b >= 2 &&
        (lower_[b - 2] == "its" || lower_[b - 2] == "their"))
      return EntityType::kCompany;
    if (prev == "agency" || prev == "regulator" || prev == "watchdog")
      return EntityType::kAgency;
    if (prev == "ministry") return EntityType::kMinistry;
    if (prev == "consultancy" || prev == "tank" || prev == "outlet" ||
        prev == "newspaper" || prev == "agency's" || prev == "publication")
      return EntityType::kOrganization;
  }
  // "Kodal's Malian subsidiary, Les Mines de Lithium de Bougouni".
  if (b >= 2 && SameSentence(b - 2, b) && W(b - 1) == "," &&
      (lower_[b - 2] == "subsidiary" || lower_[b - 2] == "unit" ||
       lower_[b - 2] == "affiliate"))
    return EntityType::kCompany;
  // "GeoProMining mines antimony", "X refines lithium hydroxide" (not
  // "the smelter in Ulsan produces zinc": a place there).
  const bool located = b > 0 && (lower_[b - 1] == "in" || lower_[b - 1] == "near");
  if (e + 1 < toks_.size() && SameSentence(b, e + 1) && !located) {
    std::string_view v = lower_[e];
    if ((v == "mines" || v == "produces" || v == "refines" ||
         v == "extracts" || v == "smelts") &&
        !toks_[e + 1].cap && w::IsProjectDescriptor(lower_[e + 1]))
      return EntityType::kCompany;
    // "Germany's Lanxess extracts bromine": a name after a place's
    // possessive that extracts or refines a known mineral.
    if ((v == "extracts" || v == "refines" || v == "smelts") && b >= 2 &&
        lower_[b - 1] == "'s" && !toks_[e + 1].cap) {
      int gm = -1;
      if (GazMatch(e + 1, std::min<std::uint32_t>(e + 4, static_cast<std::uint32_t>(toks_.size())),
                   true, &gm) > 0 &&
          gaz_.entry(gm).kind == GazKind::kEntity && gaz_.entry(gm).type == EntityType::kMineral)
        return EntityType::kCompany;
    }
    // "MATSA operates three underground mines", "X runs the Y smelter": a
    // name that runs sites. (Not one after "and" or a comma: "the Alpha
    // mine and Beta operate ...".)
    if ((v == "operates" || v == "runs") && (b == 0 || !(lower_[b - 1] == "and" || W(b - 1) == ","))) {
      for (std::uint32_t q = e + 1; q < toks_.size() && q < e + 6 && SameSentence(e, q); ++q) {
        if (toks_[q].cap || toks_[q].kind != TokKind::kWord) break;
        if (w::IsPluralProjectTrigger(lower_[q]) || lower_[q] == "mine" ||
            lower_[q] == "smelter" || lower_[q] == "refinery")
          return EntityType::kCompany;
      }
    }
    // "IREL mines beach sand": "mines" read as the verb; not "New mines
    // take a decade".
    static constexpr std::string_view kAdjectives[] = {
        "New", "Old", "Existing", "Future", "Current", "Small", "Large", "Big",
        "Major", "Smaller", "Larger", "Deeper", "Older", "Newer", "Such",
        "Coal", "Gold", "Copper", "Lithium", "Nickel", "Open-pit", "Underground"};
    if (v == "mines" && !IsProjectTrigger(e) && !ShortOfKnownName(b, e) &&
        !(e == b + 1 && w::In(kAdjectives, W(b))))
      return EntityType::kCompany;
  }
  // "Imerys plans to mine lithium mica", "Neo also owns the plant": the
  // subject of what companies do; not a person's surname used alone.
  if (e == b + 1) {
    std::uint32_t v = e;
    if (v < toks_.size() && (lower_[v] == "also" || lower_[v] == "now" ||
                             lower_[v] == "already" || lower_[v] == "still"))
      ++v;
    if (v + 2 < toks_.size() && SameSentence(b, v + 2)) {
      static constexpr std::string_view kPlan[] = {
          "plans", "planned", "wants", "aims", "intends", "expects", "agreed",
          "agrees"};
      static constexpr std::string_view kDo[] = {
          "mine", "produce", "build", "develop", "expand", "acquire", "buy",
          "double", "process", "refine", "export", "restart", "triple", "sell",
          "merge", "supply"};
      static constexpr std::string_view kOwn[] = {
          "operates", "owns", "acquired", "bought", "sold", "runs"};
      const bool plan = w::In(kPlan, lower_[v]) && lower_[v + 1] == "to" &&
                        w::In(kDo, lower_[v + 2]);
      // "Larvotto is advancing the Hillgrove project".
      const bool advancing =
          lower_[v] == "is" &&
          (lower_[v + 1] == "advancing" || lower_[v + 1] == "developing" ||
           lower_[v + 1] == "building" || lower_[v + 1] == "exploring") &&
          (lower_[v + 2] == "the" || lower_[v + 2] == "its");
      const bool own = w::In(kOwn, lower_[v]) &&
                       (lower_[v + 1] == "the" || lower_[v + 1] == "a" ||
                        lower_[v + 1] == "its" || toks_[v + 1].cap ||
                        toks_[v + 1].kind == TokKind::kNumber);
      // (Not "the zinc mine near Aggeneys is building its second phase":
      // the verb is the site's, and the name only says where it is.)
      const bool placed = b > 0 && SameSentence(b - 1, b) &&
                          (lower_[b - 1] == "near" || lower_[b - 1] == "in" ||
                           lower_[b - 1] == "at" || lower_[b - 1] == "outside");
      if ((plan || own || advancing) && !placed && !ShortOfKnownName(b, e))
        return EntityType::kCompany;
    }
  }
  // "mines high-grade tin at Bisie": where a mining verb digs is a mine;
  // "produces silver at Greens Creek in Alaska and at Lucky Friday".
  if (b >= 3 && lower_[b - 1] == "at" && !(e < toks_.size() && lower_[e] == "'s")) {
    std::uint32_t at = b - 1;
    if (lower_[at - 1] == "and") {
      for (std::uint32_t q = at - 1; q-- > 0 && q + 8 > at && SameSentence(q, at);) {
        if (lower_[q] == "at") {
          at = q;
          break;
        }
        if (W(q) == "." || W(q) == ";") break;
      }
    }
    for (std::uint32_t q = at; q-- > 0 && q + 5 > at && SameSentence(q, at);) {
      const std::string_view v = lower_[q];
      if (v == "mines" || v == "mined" || v == "extracts" || v == "extracted" ||
          v == "digs" || v == "produces" || v == "produced") {
        if (q + 2 < b) return EntityType::kProject;  // something is mined
        break;
      }
      if (toks_[q].kind != TokKind::kWord || toks_[q].cap) break;
    }
  }
  // "Renison, near Zeehan in western Tasmania, is Australia's largest tin
  // mine", "X is the world's biggest lithium mine": what a copula says.
  {
    std::uint32_t k = e;
    if (k < toks_.size() && W(k) == "," && SameSentence(b, k)) {
      std::uint32_t c = k + 1;
      while (c < toks_.size() && c < k + 10 && SameSentence(b, c) && W(c) != "," &&
             W(c) != ".")
        ++c;
      if (c + 1 < toks_.size() && W(c) == ",") k = c + 1;
      else k = toks_.size();
    }
    // Not "Larvotto is advancing the Hillgrove project": a verb in the
    // progressive says what it does, not what it is.
    if (k < toks_.size() && SameSentence(b, k) &&
        (lower_[k] == "is" || lower_[k] == "was" || lower_[k] == "remains") &&
        !(k + 1 < toks_.size() && lower_[k + 1].size() > 4 &&
          lower_[k + 1].ends_with("ing"))) {
      for (std::uint32_t q = k + 1; q < toks_.size() && q < k + 9 && SameSentence(b, q); ++q) {
        const std::string_view l = lower_[q];
        if (l == "mine" || l == "deposit" || l == "project" || l == "smelter" ||
            l == "refinery")
          return EntityType::kProject;
        if (l == "company" || l == "miner" || l == "producer" || l == "firm" ||
            l == "which" || l == "that" || l == "and" || l == "of" ||
            toks_[q].kind == TokKind::kPunct)
          break;
      }
    }
  }
  // "Galp's shares closed 0.8% lower": what has shares is a company.
  if (e + 2 < toks_.size() && lower_[e] == "'s" && SameSentence(b, e + 2) &&
      (lower_[e + 1] == "shares" || lower_[e + 1] == "stock" ||
       lower_[e + 1] == "shareholders") &&
      !ShortOfKnownName(b, e))
    return EntityType::kCompany;
  // "made at Westinghouse's plant in Vasteras": who has a plant, smelter
  // or refinery is a company (a town has mines, not a plant of its own).
  if (e == b + 1 && e + 1 < toks_.size() && lower_[e] == "'s" && SameSentence(b, e + 1) &&
      !ShortOfKnownName(b, e) &&
      (lower_[e + 1] == "plant" || lower_[e + 1] == "smelter" || lower_[e + 1] == "refinery" ||
       lower_[e + 1] == "factory") &&
      (e + 2 >= toks_.size() || !toks_[e + 2].cap))
    return EntityType::kCompany;
  // "Consmin's Woodie Woodie mine": who owns a named mine is a company.
  if (e + 1 < toks_.size() && lower_[e] == "'s" && SameSentence(b, e + 1) &&
      !ShortOfKnownName(b, e)) {
    const int j = MentionAt(e + 1);
    if (j >= 0 && mentions_[static_cast<std::size_t>(j)].tb == e + 1 &&
        mentions_[static_cast<std::size_t>(j)].type == EntityType::kProject &&
        !(mentions_[static_cast<std::size_t>(j)].flags & (kUnknown | kAnaphor)))
      return EntityType::kCompany;
  }
  // "Longonjo is one of the largest deposits of neodymium", "Mrima Hill
  // holds one of the largest deposits": what is one of the sites is a site.
  if (e + 4 < toks_.size() && SameSentence(b, e + 4) &&
      (lower_[e] == "is" || lower_[e] == "was" || lower_[e] == "remains" ||
       lower_[e] == "holds" || lower_[e] == "hosts") &&
      lower_[e + 1] == "one" && lower_[e + 2] == "of" && lower_[e + 3] == "the" &&
      !ShortOfKnownName(b, e)) {
    for (std::uint32_t q = e + 4; q < toks_.size() && q < e + 9 && SameSentence(e, q); ++q) {
      if (toks_[q].kind != TokKind::kWord && lower_[q] != "'s") break;
      const std::string_view l = lower_[q];
      if (l == "deposits" || l == "mines" || l == "projects") return EntityType::kProject;
      if (l == "of" || l == "in" || l == "and") break;
    }
  }
  // "the project Sal de Oro", "the mine Escondida": a translation's order.
  if (b > 0 && !toks_[b - 1].cap && SameSentence(b - 1, b) && !toks_[b].newline_before &&
      !w::IsMonth(W(b)) &&
      (lower_[b - 1] == "project" || lower_[b - 1] == "mine" || lower_[b - 1] == "deposit"))
    return EntityType::kProject;
  // "The country's only working potash mine, Taquari-Vassouras in Sergipe,
  // is run by": a name set off after a site's noun is the site's.
  if (b >= 3 && W(b - 1) == "," && SameSentence(b - 2, b) && !toks_[b - 2].cap &&
      (lower_[b - 2] == "mine" || lower_[b - 2] == "deposit" || lower_[b - 2] == "smelter" ||
       lower_[b - 2] == "refinery") &&
      e < toks_.size() && SameSentence(b, e) && (W(e) == "," || lower_[e] == "in"))
    return EntityType::kProject;
  // "the locality of General Guemes", "the salar of Hombre Muerto".
  if (b > 1 && lower_[b - 1] == "of" &&
      (lower_[b - 2] == "locality" || lower_[b - 2] == "village" ||
       lower_[b - 2] == "salar" || lower_[b - 2] == "municipality"))
    return EntityType::kRegion;
  // "Mt Weld", "Mount Holland": in this news a mountain is a mine; not a
  // dateline ("MOUNT MOLLOY - ") nor a town a site lies near ("the Mt
  // Carbine mine north of Mount Molloy").
  if (e > b + 1 && (W(b) == "Mt" || W(b) == "Mount" || W(b) == "MOUNT")) {
    const bool dateline = toks_[b].all_caps && e < toks_.size() &&
                          (W(e) == "-" || W(e) == "\xE2\x80\x94" || W(e) == "\xE2\x80\x93");
    const bool near = b >= 2 && SameSentence(b - 2, b) &&
                      ((lower_[b - 1] == "of" &&
                        (lower_[b - 2] == "north" || lower_[b - 2] == "south" ||
                         lower_[b - 2] == "east" || lower_[b - 2] == "west")) ||
                       lower_[b - 1] == "near");
    return dateline || near ? EntityType::kRegion : EntityType::kProject;
  }
  // "a joint venture between Imerys and British Lithium", "a partnership
  // of X and Y": the partners of a venture are companies.
  if (b >= 2 && (lower_[b - 1] == "between" || lower_[b - 1] == "of") &&
      (lower_[b - 2] == "venture" || lower_[b - 2] == "partnership" ||
       lower_[b - 2] == "consortium") &&
      SameSentence(b - 2, b))
    return EntityType::kCompany;
  // "the JV Inkai joint venture".
  if (e + 1 < toks_.size() && SameSentence(b, e + 1) && lower_[e] == "joint" &&
      lower_[e + 1] == "venture")
    return EntityType::kCompany;
  // "51% of X", "a stake in X", "the takeover of X", "an analyst at X".
  std::uint32_t bb = b;
  if (bb >= 3 && lower_[bb - 1] == "the") --bb;
  if (bb >= 2 && SameSentence(bb - 2, b)) {
    std::string_view p1 = lower_[bb - 1], p2 = lower_[bb - 2];
    if (p1 == "of" && (p2 == "%" || p2 == "percent" || p2 == "takeover" ||
                       p2 == "acquisition" || p2 == "shareholder" ||
                       p2 == "shareholders" || p2 == "subsidiary" ||
                       p2 == "unit" || p2 == "affiliate"))
      return EntityType::kCompany;
    // "also owns the majority of Terrafame".
    if (p1 == "of" && p2 == "majority" && bb >= 4 && SameSentence(bb - 4, b) &&
        (lower_[bb - 3] == "the" || lower_[bb - 3] == "a")) {
      static constexpr std::string_view kHolds[] = {"owns", "own", "owned", "holds", "hold",
                                                    "held", "controls", "bought", "acquired"};
      if (w::In(kHolds, lower_[bb - 4])) return EntityType::kCompany;
    }
    if (p1 == "in" && (p2 == "stake" || p2 == "stakes" || p2 == "shares" ||
                       p2 == "shareholder" || p2 == "majority" ||
                       p2 == "interest" || p2 == "holding") &&
        !ShortOfKnownName(b, e)) {
      // "a 44% interest in Juanicipio, an underground silver mine": what
      // the apposition says it is.
      if (e + 2 < toks_.size() && W(e) == "," && SameSentence(e, e + 2) &&
          (lower_[e + 1] == "a" || lower_[e + 1] == "an" || lower_[e + 1] == "the")) {
        for (std::uint32_t q = e + 2; q < toks_.size() && q < e + 8 && SameSentence(e, q); ++q) {
          if (toks_[q].kind != TokKind::kWord || toks_[q].cap) break;
          if (lower_[q] == "company" || lower_[q] == "firm" || lower_[q] == "miner") break;
          if (w::IsProjectTrigger(lower_[q]) && !w::IsPluralProjectTrigger(lower_[q]))
            return EntityType::kProject;
        }
      }
      return EntityType::kCompany;
    }
    // "an analyst at X", "a director at X", "a fellow at X".
    if (p1 == "at" && (p2 == "analyst" || p2 == "analysts" ||
                       p2 == "economist" || p2 == "strategist" ||
                       p2 == "economists" || p2 == "strategists" ||
                       p2 == "director" || p2 == "partner" || p2 == "manager" ||
                       p2 == "researcher" || p2 == "consultant" || p2 == "trader"))
      return EntityType::kCompany;
    // "head of metals research at Marex", "chief economist for commodities
    // at X": a role a few words before "at".
    if (p1 == "at") {
      for (std::uint32_t q = bb - 1; q-- > 0 && q + 7 > bb && SameSentence(q, b);) {
        if (toks_[q].kind != TokKind::kWord || toks_[q].cap) break;
        const std::string_view l = lower_[q];
        if (l == "head" || l == "analyst" || l == "economist" || l == "strategist" ||
            l == "director" || l == "chief" || l == "manager" || l == "researcher")
          return EntityType::kCompany;
      }
    }
  }
  // "Dale Moss, chief executive of Kestrel", "Dale Moss, the company's
  // chief financial officer, said", "Ana Ruiz, a senior analyst at": a name
  // of two or three name words with a person's role in apposition (the role
  // then ends: "of", "at", a comma, a verb of saying; "Rio Tinto, chief
  // executive Jakob Stausholm said" names someone else).
  if (e >= b + 2 && e <= b + 3 && e + 2 < toks_.size() && W(e) == "," &&
      SameSentence(e, e + 2)) {
    // ("the Chattanooga Civic Ledger, a member of ...": no person takes
    // the article.)
    bool name = !(b > 0 && lower_[b - 1] == "the" && SameSentence(b - 1, b));
    for (std::uint32_t q = b; q < e; ++q) name = name && IsNameToken(q);
    std::uint32_t k = e + 1;
    if (lower_[k] == "its" || lower_[k] == "a" || lower_[k] == "an") {
      ++k;
    } else if (lower_[k] == "the") {
      ++k;
      if (k + 1 < toks_.size() && lower_[k + 1] == "'s" &&
          (w::IsFirmNoun(lower_[k]) || lower_[k] == "group" ||
           lower_[k] == "ministry" || lower_[k] == "agency" ||
           lower_[k] == "department"))
        k += 2;
    } else if (toks_[k].cap) {
      // "Heinz Schimmelbusch, AMG's long-serving chief executive,": a body's
      // name and its possessive.
      std::uint32_t r = k;
      while (r < k + 4 && r + 1 < toks_.size() && toks_[r].cap && lower_[r + 1] != "'s") ++r;
      if (r < k + 4 && r + 1 < toks_.size() && toks_[r].cap && lower_[r + 1] == "'s")
        k = r + 2;
    }
    bool role = false;
    std::uint32_t q = k;
    for (; name && q < toks_.size() && q < k + 5 && SameSentence(e, q) &&
           toks_[q].kind == TokKind::kWord;
         ++q) {
      const std::string_view l = lower_[q];
      if (w::IsHeadTitle(l) || w::IsWorkRole(l) || l == "minister" ||
          l == "secretary" || l == "spokesman" || l == "spokeswoman")
        role = true;
      else if (!(w::IsTitleWord(l) || l == "senior" || l == "financial" ||
                 l == "operating" || l == "general" || l == "and" || w::IsTenureWord(l)))
        break;
    }
    if (role && q < toks_.size() && SameSentence(e, q) &&
        (lower_[q] == "of" || lower_[q] == "at" || W(q) == "," || W(q) == "." ||
         w::IsSayVerb(lower_[q])))
      return EntityType::kPerson;
  }
  // "Assmang, owned in equal halves by A and B,", "Tshipi, in which
  // Jupiter Mines holds 49.9%,": what is owned in shares is a company.
  if (e + 3 < toks_.size() && W(e) == "," && SameSentence(e, e + 3) &&
      (lower_[e + 1] == "owned" ||
       (lower_[e + 1] == "in" && lower_[e + 2] == "which")))
    return EntityType::kCompany;
  // "X, a Perth-based lithium developer", "X, another joint venture"; not
  // "PT Smelting in Gresik, the older smelter": a name after another name
  // and "in" is where that one is, which the apposition describes.
  const bool place_of_name = b >= 2 && lower_[b - 1] == "in" && toks_[b - 2].cap &&
                             SameSentence(b - 2, b);
  // "At Moa, the venture mines ore": a place opening the sentence after a
  // preposition, then the sentence's subject; no apposition.
  const bool fronted_place = b >= 1 && w::IsOpeningPreposition(lower_[b - 1]) &&
                             (b == 1 || !SameSentence(b - 2, b - 1));
  if (e + 2 < toks_.size() && W(e) == "," && SameSentence(e, e + 2) && !place_of_name &&
      !fronted_place) {
    std::uint32_t k = e + 1;
    std::string_view d = lower_[k];
    // ("Outokumpu, Europe's largest stainless steel maker": a place's
    // possessive instead of the article.)
    const bool place_possessive = toks_[k].cap && k + 2 < toks_.size() &&
                                  lower_[k + 1] == "'s" && SameSentence(k, k + 2) &&
                                  toks_[k + 2].kind == TokKind::kWord && !toks_[k + 2].cap;
    if (!(d == "a" || d == "an" || d == "the" || d == "another" ||
          d == "its" || place_possessive))
      return std::nullopt;
    k += place_possessive ? 2 : 1;
    for (int steps = 0; k < toks_.size() && steps < 6 && SameSentence(e, k);
         ++steps, ++k) {
      std::string_view l = lower_[k];
      if (toks_[k].kind == TokKind::kPunct && l != "-") return std::nullopt;
      if (w::IsFirmNoun(l) || l == "venture" || l == "group" || l == "lender" ||
          l == "insurer" || l == "utility") {
        // "X, the company said": X may be anything the company spoke of.
        if (k + 1 < toks_.size() &&
            (w::IsSayVerb(lower_[k + 1]) || lower_[k + 1] == "'s"))
          return std::nullopt;
        return EntityType::kCompany;
      }
      if (l == "agency" || l == "regulator" || l == "watchdog")
        return EntityType::kAgency;
      // "Upper Talarik Creek, the streams the mine plan would have filled":
      // a stream or a landform, whatever is said of it after.
      static constexpr std::string_view kFeatures[] = {
          "stream", "streams", "river", "rivers", "creek", "creeks", "tributary",
          "tributaries", "watershed", "lake", "lakes", "valley", "mountains", "bay"};
      if (w::In(kFeatures, l) && !toks_[k].cap) return EntityType::kRegion;
      // "Los Chancas, a deposit of copper", "X, a copper mine in Peru",
      // "Caremag, a rare earth recycling and refining plant".
      if (l == "deposit" || l == "mine" || l == "project" || l == "prospect" ||
          l == "orebody" || l == "plant" || l == "refinery" || l == "facility")
        return EntityType::kProject;
      if (l == "and" && k + 1 < toks_.size() && !toks_[k + 1].cap &&
          toks_[k + 1].kind == TokKind::kWord && lower_[k + 1] != "the")
        continue;
      if (l == "consultancy" || l == "university" || l == "institute" ||
          l == "association" || l == "think-tank" || l == "coalition" ||
          l == "alliance" || l == "federation" || l == "ngo" || l == "charity")
        return EntityType::kOrganization;
      if (l == "of" || l == "and" || l == "which" || l == "that" ||
          l == "who" || w::IsSayVerb(l))
        return std::nullopt;
    }
  }
  return std::nullopt;
}

// True when the one word at [b, e) is a person's surname or the first word
// of a longer known name ("Neo" for Neo Performance Materials Inc.), which
// the short-name step resolves later.
bool Extractor::ShortOfKnownName(std::uint32_t b, std::uint32_t e) const {
  if (e != b + 1) return false;
  const std::string_view w = W(b);
  for (const Mention& o : mentions_) {
    if (o.flags & kUnknown) continue;
    if (o.type == EntityType::kPerson ? o.te > o.tb + 1 && W(o.te - 1) == w
                                      : o.surface.size() > w.size() + 1 &&
                                            o.surface.starts_with(w) &&
                                            o.surface[w.size()] == ' ')
      return true;
  }
  return false;
}

// Makes a a second name of m's entity (or m of a's, when only a is typed).
void Extractor::JoinNames(Mention& m, Mention& a) {
  const bool m_unknown = m.flags & kUnknown, a_unknown = a.flags & kUnknown;
  if (m_unknown && a_unknown) {
    // Both unknown: keep them together; context may type them later.
    a.key = m.key;
  } else if (a_unknown || (!m_unknown && a.type == m.type)) {
    // Every other mention of a's name ("SQM" again later) follows it.
    const std::string old = a.key;
    const bool unknown_key = old.starts_with("unknown:");
    for (Mention& o : mentions_) {
      if (&o == &a || o.key != old || old.empty()) continue;
      if (!unknown_key && o.type != a.type) continue;
      o.key = m.key;
      o.type = m.type;
      if (!m_unknown) o.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
    }
    a.type = m.type;
    a.key = m.key;
    a.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
  } else if (m_unknown) {
    m.type = a.type;
    m.key = a.key;
    m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
  }
}

void Extractor::BuildEntities() {
  const std::size_t n = mentions_.size();
  // Keys of the mentions' surfaces, computed once each (surfaces do not
  // change here).
  std::vector<std::string> key_cache(n), core_cache(n);
  std::vector<std::uint8_t> cached(n, 0);
  auto skey = [&](const Mention& m) -> const std::string& {
    std::size_t i = static_cast<std::size_t>(&m - mentions_.data());
    if (!(cached[i] & 1)) {
      key_cache[i] = Key(m.surface);
      cached[i] |= 1;
    }
    return key_cache[i];
  };
  // Gives every still-unknown mention with key `old` the type t (keyed by
  // its own surface), so that one context types the name everywhere.
  auto RetypeUnknown = [&](const std::string old, EntityType t) {
    for (Mention& o : mentions_) {
      if (o.key == old && (o.flags & kUnknown)) {
        o.type = t;
        o.key = std::string(EntityTypeName(t)) + ":" + skey(o);
        o.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
      }
    }
  };
  auto score = [&](const Mention& m) -> const std::string& {
    std::size_t i = static_cast<std::size_t>(&m - mentions_.data());
    if (!(cached[i] & 2)) {
      core_cache[i] = CoreOfKey(skey(m));  // the company's core name
      cached[i] |= 2;
    }
    return core_cache[i];
  };
  // 0. "the Tsumeb smelter" is its own site only beside "the Tsumeb mine"
  //    (or deposit); alone, "La Rochelle" is the plant of "the La Rochelle
  //    plant", and "the Agios Nikolaos complex" its smelter.
  {
    constexpr std::string_view kWorks = " /works";
    StringMap<std::uint8_t> mine_named;  // as a set
    bool any_works = false;
    for (const Mention& m : mentions_) {
      if (m.type != EntityType::kProject || m.te == m.tb) continue;
      if (m.key.ends_with(kWorks)) any_works = true;
      else if (const std::string_view t = lower_[m.te - 1];
               t == "mine" || t == "mines" || t == "deposit" || t == "deposits")
        mine_named.Emplace(m.key, 1);
    }
    for (Mention& m : mentions_) {
      if (!any_works) break;
      if (m.type == EntityType::kProject && m.key.ends_with(kWorks) &&
          !mine_named.Contains(std::string_view(m.key).substr(0, m.key.size() - kWorks.size())))
        m.key.resize(m.key.size() - kWorks.size());
    }
  }
  // 0b. "the Oshikoto Region" and "Oshikoto region": one region, keyed as
  //     the capitalised name is (a bare "Oshikoto" stays the town's).
  {
    auto region_named = [&](const Mention& m, bool cap) {
      return m.type == EntityType::kRegion && m.te >= m.tb + 2 && toks_[m.te - 1].cap == cap &&
             !(m.flags & (kUnknown | kAnaphor | kDemonym)) && w::IsRegionTrigger(lower_[m.te - 1]);
    };
    StringMap<std::string> capitalised;
    bool any = false;
    for (const Mention& m : mentions_) {
      if (region_named(m, true)) any |= capitalised.Emplace(skey(m), m.key).second;
    }
    for (Mention& m : mentions_) {
      if (!any) break;
      if (!region_named(m, false)) continue;
      if (const std::string* k = capitalised.Find(skey(m))) m.key = *k;
    }
  }
  // 1. "Name (ACRONYM)": one entity with both names.
  for (std::size_t i = 0; i < n; ++i) {
    Mention& m = mentions_[i];
    if (m.flags & (kAnaphor | kDemonym)) continue;
    std::uint32_t open = m.te;
    if (open + 2 >= toks_.size() || W(open) != "(") continue;
    int j = MentionAt(open + 1);
    if (j < 0 || static_cast<std::size_t>(j) == i) continue;
    Mention& a = mentions_[static_cast<std::size_t>(j)];
    if (a.tb != open + 1 || a.te >= toks_.size() || W(a.te) != ")") continue;
    bool m_unknown = m.flags & kUnknown, a_unknown = a.flags & kUnknown;
    // "EMILI (France)", "Keliber (Finland)": a known place in parentheses
    // says where the thing is; it is not another name of it.
    if (!a_unknown &&
        (a.type == EntityType::kCountry || a.type == EntityType::kRegion) &&
        (m_unknown || m.type != a.type)) {
      // "IREL (India) Ltd": a legal form after it makes a company name.
      if (m_unknown && a.te + 1 < toks_.size() && w::IsLegalSuffix(W(a.te + 1))) {
        std::uint32_t end = a.te + 1;
        while (end < toks_.size() && SameSentence(a.te, end) &&
               (w::IsLegalSuffix(W(end)) || W(end) == "."))
          ++end;
        while (W(end - 1) == ".") --end;  // Perhaps the sentence's stop.
        m.type = EntityType::kCompany;
        m.surface = CleanSurface(Surface(m.tb, end));
        m.key = "Company:" + Key(m.surface);
        m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
      } else if ((m_unknown || m.type == EntityType::kCompany) &&
                 m.te - m.tb <= 3) {
        // "Sinomine (Hong Kong) Rare Metals Resources Co. Ltd.": a
        // company name goes on after the place.
        int c = MentionAt(a.te + 1);
        if (c >= 0) {
          Mention& tail = mentions_[static_cast<std::size_t>(c)];
          if (tail.tb == a.te + 1 && tail.type == EntityType::kCompany &&
              !(tail.flags & (kUnknown | kAnaphor)) && tail.te > tail.tb &&
              w::IsLegalSuffix(W(tail.te - 1) == "." && tail.te >= tail.tb + 2
                                   ? W(tail.te - 2)
                                   : W(tail.te - 1))) {
            m.type = EntityType::kCompany;
            m.surface = CleanSurface(Surface(m.tb, tail.te));
            m.key = "Company:" + Key(m.surface);
            m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
            // The tail alone is no name of it: the mention goes.
            tail.key = m.key;
            tail.surface = m.surface;
          }
        }
      }
      continue;
    }
    JoinNames(m, a);
  }
  // 1b. "MMC Norilsk Nickel, known as Nornickel," and "Norilsk Nickel
  // (also known as Nornickel)": one entity with both names.
  for (std::size_t i = 0; i < n; ++i) {
    Mention& m = mentions_[i];
    if (m.flags & (kAnaphor | kDemonym)) continue;
    std::uint32_t k = m.te;
    if (k < toks_.size() && (W(k) == "," || W(k) == "(")) ++k;
    if (k < toks_.size() &&
        (lower_[k] == "also" || lower_[k] == "commonly" || lower_[k] == "better" ||
         lower_[k] == "locally" || lower_[k] == "widely" || lower_[k] == "formerly" ||
         lower_[k] == "previously" || lower_[k] == "now"))
      ++k;
    // "Koniambo Nickel SAS, or KNS, runs": an acronym after ", or".
    const bool or_acronym = k + 2 < toks_.size() && k > m.te && W(k - 1) == "," &&
                            lower_[k] == "or" && toks_[k + 1].all_caps &&
                            W(k + 2) == "," && SameSentence(m.tb, k + 2) &&
                            m.type == EntityType::kCompany && !(m.flags & kUnknown);
    if (or_acronym) k -= 1;  // "or" stands where "known as" ends
    else if (k + 2 >= toks_.size() || lower_[k] != "known" || lower_[k + 1] != "as" ||
             !SameSentence(m.tb, k + 2))
      continue;
    int j = MentionAt(k + 2);
    if (j < 0 || static_cast<std::size_t>(j) == i) continue;
    Mention& a = mentions_[static_cast<std::size_t>(j)];
    if (a.tb != k + 2 || (a.flags & (kAnaphor | kDemonym))) continue;
    JoinNames(m, a);
  }
  // 1c. "MMG owns 62.5% of Las Bambas" after "the Las Bambas copper mine":
  //     an unknown name of two or more words that a site's name opens with,
  //     before its descriptors and noun, is that site.
  {
    StringMap<std::string> site_core;
    bool any_site = false;
    for (const Mention& m : mentions_) {
      if (m.type != EntityType::kProject || (m.flags & (kUnknown | kAnaphor)) ||
          m.te < m.tb + 3)
        continue;
      std::uint32_t e = m.te;
      if (!w::IsProjectTrigger(lower_[e - 1])) continue;
      --e;
      while (e > m.tb + 2 && !toks_[e - 1].cap && w::IsProjectDescriptor(lower_[e - 1])) --e;
      if (e == m.te - 1 || e < m.tb + 2) continue;  // no descriptor, or one word left
      site_core.Emplace(Key(Surface(m.tb, e)), m.key);
      any_site = true;
    }
    if (any_site) {
      for (Mention& m : mentions_) {
        if (!(m.flags & kUnknown) || m.te < m.tb + 2) continue;
        const std::string* k = site_core.Find(skey(m));
        if (k == nullptr) continue;
        m.type = EntityType::kProject;
        m.key = *k;
        m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
      }
    }
  }
  // 2. Type unknown names by their context: the noun before them ("miner
  //    X", "agency X"), what a stake or an analyst's job says of them ("51%
  //    of X", "a stake in X", "an analyst at X") and an apposition naming
  //    what they are ("X, the Denver-based uranium producer").
  for (std::size_t i = 0; i < n; ++i) {
    Mention& m = mentions_[i];
    if (!(m.flags & kUnknown)) continue;
    std::optional<EntityType> t = ContextType(m.tb, m.te);
    if (!t) continue;
    m.type = *t;
    m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
    m.key = std::string(EntityTypeName(*t)) + ":" + skey(m);
    // The same unknown name elsewhere gets the same type.
    std::string old = "unknown:" + skey(m);
    for (Mention& o : mentions_) {
      if (o.key == old) {
        o.type = *t;
        o.key = m.key;
        o.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
      }
    }
  }
  // 3. Short names: surname -> person, first word -> company or project,
  //    acronym of a known name.
  // Sized for a name per four mentions, so that they rarely grow.
  StringMap<std::string> by_last(n / 4);     // surname -> key
  StringMap<std::string> by_first(n / 4);    // first word -> key
  StringMap<std::string> first_core(n / 4);  // its core name
  StringMap<EntityType> key_type(n);
  // Surnames and first words that stand for more than one name.
  StringMap<std::uint8_t> ambiguous_last, ambiguous_first;  // as sets
  // "Paladin Canada" after "Paladin Energy Ltd": a national unit named by
  // its parent's first word and a place; a bare "Paladin" is still the
  // parent.
  auto NationalUnit = [&](const Mention& m) {
    if (m.te < m.tb + 2) return false;
    int e = -1;
    const int g = GazMatch(m.tb + 1, m.te, false, &e);
    return g > 0 && m.tb + 1 + static_cast<std::uint32_t>(g) == m.te &&
           (gaz_.entry(e).kind == GazKind::kDemonym ||
            gaz_.entry(e).type == EntityType::kCountry ||
            gaz_.entry(e).type == EntityType::kRegion);
  };
  StringMap<std::uint8_t> unit_key;  // keys of national units
  // "Zinkgruvan" after "the Neves-Corvo and Zinkgruvan mines": a one-word
  // name typed in one place is that name elsewhere.
  StringMap<std::string> by_word;
  StringMap<std::uint8_t> ambiguous_word;  // as a set
  for (const Mention& m : mentions_) {
    if (m.flags & (kUnknown | kAnaphor | kDemonym)) continue;
    key_type[m.key] = m.type;
    const std::string& nk = skey(m);
    if (nk.find(' ') == std::string::npos) {
      // Not "HPAL" of "Indonesian HPAL plants": a process's acronym.
      if (m.type == EntityType::kCompany ||
          (m.type == EntityType::kProject && !toks_[m.tb].all_caps)) {
        auto [have_key, fresh] = by_word.Emplace(nk, m.key);
        if (!fresh && *have_key != m.key) ambiguous_word.Emplace(nk, 1);
      }
      continue;
    }
    if (m.type == EntityType::kPerson) {
      std::string last = LastWord(nk);
      auto [have_key, fresh] = by_last.Emplace(last, m.key);
      if (!fresh && *have_key != m.key) ambiguous_last.Emplace(last, 1);
    } else if (m.type == EntityType::kCompany || m.type == EntityType::kProject ||
               m.type == EntityType::kOrganization) {
      std::string first = FirstWord(nk);
      const std::string& core = score(m);
      if (NationalUnit(m)) unit_key.Emplace(m.key, 1);
      auto [first_key, fresh] = by_first.Emplace(first, m.key);
      if (fresh) {
        first_core[first] = core;
      } else if (*first_key != m.key) {
        // "Anglo American Plc" and "Anglo American Platinum Ltd": the name
        // that the other extends is the one a bare "Anglo" means.
        std::string& have = first_core[first];
        if (core.size() < have.size() && w::ExtendsWord(have, core)) {
          *first_key = m.key;
          have = core;
        } else if (!(have.size() < core.size() && w::ExtendsWord(core, have)) &&
                   have != core && !NationalUnit(m)) {
          if (unit_key.Contains(*first_key)) {
            *first_key = m.key;
            have = core;
          } else {
            ambiguous_first.Emplace(first, 1);
          }
        }
      }
    }
  }
  // "Black Rock expects ..." after "Black Rock Mining": the words before a
  // company's trade word (and legal form), two or more, written alone are
  // that company.
  {
    // core -> the company's key, and its name without the legal form.
    StringMap<std::pair<std::string, std::string>> by_core;
    StringMap<std::uint8_t> ambiguous_core;  // as a set
    bool any = false;
    for (const Mention& m : mentions_) {
      if (m.type != EntityType::kCompany || (m.flags & (kUnknown | kAnaphor | kDemonym)))
        continue;
      std::uint32_t e = m.te;
      while (e > m.tb + 3 && (W(e - 1) == "." || w::IsLegalSuffix(W(e - 1)))) --e;
      if (e < m.tb + 3 || !w::IsSectorHead(W(e - 1))) continue;
      bool capped = true;
      for (std::uint32_t k = m.tb; capped && k + 1 < e; ++k) capped = IsCapWord(k);
      if (!capped) continue;
      std::string core = Key(Surface(m.tb, e - 1));
      // ("Pan American Silver" in a headline and "Pan American Silver
      // Corp." below it are one company, whatever their keys.)
      std::string whole = Key(Surface(m.tb, e));
      auto [have, fresh] = by_core.Emplace(core, std::make_pair(m.key, whole));
      if (!fresh && have->first != m.key && have->second != whole)
        ambiguous_core.Emplace(core, 1);
      any = true;
    }
    for (Mention& m : mentions_) {
      if (!any) break;
      if (!(m.flags & kUnknown) || (m.flags & (kAnaphor | kDemonym)) || m.te < m.tb + 2)
        continue;
      const std::string& nk = skey(m);
      const std::pair<std::string, std::string>* c = by_core.Find(nk);
      if (c == nullptr || ambiguous_core.Contains(nk)) continue;
      // "the community on Groote Eylandt" beside the Groote Eylandt Mining
      // Company: a place, unless money goes in ("invest US$10 million in
      // Black Rock").
      if (m.tb > 0) {
        const std::string_view pw = lower_[m.tb - 1];
        const std::string_view ppw = m.tb > 1 ? lower_[m.tb - 2] : std::string_view();
        if (pw == "on" || pw == "near" || pw == "around" || pw == "at" ||
            (pw == "in" && !ppw.starts_with("invest") && ppw != "stake" && ppw != "interest" &&
             ppw != "million" && ppw != "billion"))
          continue;
      }
      m.type = EntityType::kCompany;
      m.key = c->first;
      m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
    }
  }
  // "Pilbara Chief Executive Dale Henderson", "Pilbara said": a one-word
  // place name that opens a company's name of the article, used where a
  // company acts, is that company.
  for (Mention& m : mentions_) {
    if (m.type != EntityType::kRegion || m.te != m.tb + 1 ||
        (m.flags & (kAnaphor | kDemonym)) || m.te >= toks_.size())
      continue;
    const std::string& nk = skey(m);
    const std::string* f = by_first.Find(nk);
    if (f == nullptr || ambiguous_first.Contains(nk) ||
        key_type[*f] != EntityType::kCompany)
      continue;
    std::string_view nx = lower_[m.te];
    // ("Arizona's output" beside Arizona Mining Inc.: a known state's
    // possessive is the state's.)
    const std::string_view nx2 = m.te + 1 < toks_.size() ? lower_[m.te + 1] : std::string_view();
    const bool possessed_role = w::IsTitleWord(nx2) || nx2 == "chief" || nx2 == "shares" ||
                                nx2 == "board" || nx2 == "stake";
    // ("owned by Antofagasta": the agent of a passive acts too.)
    const bool agent = m.tb > 0 && lower_[m.tb - 1] == "by";
    bool acts = agent || (nx == "'s" && (m.country.empty() || possessed_role)) || nx == "said" ||
                nx == "says" || nx == "shares" ||
                w::IsTitleWord(nx) || nx == "chief" || nx == "managing" ||
                nx == "has" || nx == "will" || nx == "would" || nx == "is";
    bool placed = m.tb > 0 && (lower_[m.tb - 1] == "in" ||
                               lower_[m.tb - 1] == "of" ||
                               lower_[m.tb - 1] == "the");
    if (!acts || placed) continue;
    m.type = EntityType::kCompany;
    m.key = *f;
    m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
  }
  for (Mention& m : mentions_) {
    bool single = m.flags & kSingle;
    bool titled_single = m.type == EntityType::kPerson &&
                         skey(m).find(' ') == std::string::npos;
    if (!single && !titled_single) continue;
    const std::string& nk = skey(m);
    const std::string* l = by_last.Find(nk);
    // "Lundin runs the Candelaria mine" next to Lundin Mining and Jack
    // Lundin: the company, unless the name is quoted ("Lundin said").
    if (l != nullptr && single && !ambiguous_first.Contains(nk)) {
      const std::string* f = by_first.Find(nk);
      if (f != nullptr && key_type[*f] == EntityType::kCompany && m.te < toks_.size()) {
        const std::string_view nx = lower_[m.te];
        if (!(nx == "said" || nx == "says" || nx == "told" || nx == "added" ||
              nx == "noted" || nx == "wrote" || nx == "argued" || nx == "," || nx == "who"))
          l = nullptr;
      }
    }
    if (l != nullptr && !ambiguous_last.Contains(nk)) {
      m.type = EntityType::kPerson;
      m.key = *l;
      m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
      continue;
    }
    if (titled_single) continue;
    if (single && !ambiguous_word.Contains(nk)) {
      if (const std::string* wk = by_word.Find(nk)) {
        m.type = key_type[*wk];
        m.key = *wk;
        m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
        continue;
      }
    }
    const std::string* f = by_first.Find(nk);
    // "spokes in Rochester, New York" next to "the Rochester Hub": a town
    // that a comma puts in a state or country is no short name of a site.
    // (Nor "a plant in Hemlock, Michigan" next to Hemlock Semiconductor.)
    if (f != nullptr &&
        (key_type[*f] == EntityType::kProject || key_type[*f] == EntityType::kCompany) &&
        m.tb > 0 && lower_[m.tb - 1] == "in" && m.te + 1 < toks_.size() && W(m.te) == "," &&
        SameSentence(m.tb, m.te + 1)) {
      int ge = -1;
      const int gn = GazMatch(m.te + 1, static_cast<std::uint32_t>(toks_.size()), false, &ge);
      if (gn > 0 && (gaz_.entry(ge).type == EntityType::kRegion ||
                     gaz_.entry(ge).type == EntityType::kCountry))
        continue;
    }
    // "about 50 kilometres south-east of Kokkola", "near Tsumeb", "around
    // Kaustinen" next to "the Kokkola lithium refinery": a distance or a
    // vicinity is of a town, not of the site named after it.
    static constexpr std::string_view kCompass[] = {
        "north",      "south",      "east",       "west",      "south-east", "south-west",
        "north-east", "north-west", "southeast",  "southwest", "northeast",  "northwest"};
    if (f != nullptr && key_type[*f] == EntityType::kProject && m.tb > 1 &&
        (lower_[m.tb - 1] == "near" || lower_[m.tb - 1] == "around" ||
         lower_[m.tb - 1] == "outside" ||
         (lower_[m.tb - 1] == "of" && w::In(kCompass, lower_[m.tb - 2]))))
      continue;
    // "the eastern town of Moa" next to the Moa Joint Venture: the text
    // says it is a town.
    if (f != nullptr && m.tb > 1 && lower_[m.tb - 1] == "of" &&
        w::IsSettlementNoun(lower_[m.tb - 2]))
      continue;
    if (f != nullptr && !ambiguous_first.Contains(nk)) {
      m.type = key_type[*f];
      m.key = *f;
      m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
    }
  }
  // "Hudbay Minerals Inc ... Hudbay": a known one-word company name is the
  // article's longer name that only adds trade words and a legal form to it
  // (not "Vale Base Metals" for "Vale").
  for (Mention& m : mentions_) {
    if (m.type != EntityType::kCompany ||
        (m.flags & (kUnknown | kAnaphor | kDemonym | kSingle)))
      continue;
    const std::string& nk = skey(m);
    if (nk.find(' ') != std::string::npos) continue;
    const std::string* f = by_first.Find(nk);
    if (f == nullptr || *f == m.key || ambiguous_first.Contains(nk) ||
        key_type[*f] != EntityType::kCompany)
      continue;
    const std::string& core = first_core[nk];
    if (!w::ExtendsWord(core, nk)) continue;
    bool trade_words = true;
    for (std::size_t b = nk.size() + 1; b < core.size() && trade_words;) {
      std::size_t e = core.find(' ', b);
      if (e == std::string::npos) e = core.size();
      std::string word = core.substr(b, e - b);
      word[0] = static_cast<char>(word[0] - 'a' + 'A');
      trade_words = word[0] >= 'A' && word[0] <= 'Z' && w::IsSectorHead(word);
      b = e + 1;
    }
    if (trade_words) m.key = *f;
  }
  // 3b. The unknown organisation a role names: "ARECOMS President Patrick
  //     Luabeya", "Carester founder and president Frederic Carencotte": a
  //     company for a corporate title, else an organisation.
  for (const Role& r : roles_) {
    if (r.org < 0) continue;
    Mention& m = mentions_[static_cast<std::size_t>(r.org)];
    if (!(m.flags & kUnknown) || m.te - m.tb > 3) continue;
    const std::string_view t = r.title;
    // "Trade Commissioner Maros Sefcovic", "Energy Secretary X": a
    // portfolio, not a body.
    static constexpr std::string_view kPortfolios[] = {
        "trade", "commerce", "energy", "finance", "industry", "foreign",
        "defence", "defense", "mines", "mining", "environment", "economy",
        "agriculture", "health", "education", "justice", "interior",
        "transport", "labour", "labor", "climate", "resources", "treasury",
        "competition", "infrastructure", "development", "economic"};
    if (m.te == m.tb + 1 && w::In(kPortfolios, lower_[m.tb]) &&
        (t == "commissioner" || t == "minister" || t == "secretary" ||
         t == "chief" || t == "czar" || t == "tsar"))
      continue;
    const bool corporate = w::IsCorporateTitle(t);
    // A state body's acronym is the usual owner of a plain "President" or
    // "Director" in the news ("ARECOMS President", "LPO Director").
    const bool acronym = m.te == m.tb + 1 && toks_[m.tb].all_caps;
    // "Kalgoorlie-Boulder mayor John Bowler": a mayor's or governor's body
    // is a place.
    const bool place = t == "mayor" || t == "governor" || t == "lord mayor";
    const EntityType type = place       ? EntityType::kRegion
                            : corporate ? EntityType::kCompany
                            : acronym   ? EntityType::kAgency
                                        : EntityType::kOrganization;
    const std::string old = m.key;
    const std::string key = std::string(EntityTypeName(type)) + ":" + skey(m);
    for (Mention& o : mentions_) {
      if (o.key == old && (o.flags & kUnknown)) {
        o.type = type;
        o.key = key;
        o.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
      }
    }
  }
  // Unknown names listed with regions: "the states of Kedah, Perak, Pahang
  // and Kelantan", "in Kerala, Tamil Nadu and Odisha". A list of three or
  // more, or one after "states of", with a known region in it.
  {
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      return mentions_[x].tb < mentions_[y].tb;
    });
    std::size_t i = 0;
    std::vector<std::size_t> list;
    while (i < order.size()) {
      // The list that starts at order[i]: items joined by "," / "and".
      list.assign(1, order[i]);
      int commas = 0;
      bool conjoined = false;  // an "and" joins two items
      std::size_t j = i + 1;
      for (; j < order.size(); ++j) {
        const Mention& prev = mentions_[list.back()];
        const Mention& next = mentions_[order[j]];
        std::uint32_t k = prev.te;
        int c = 0;
        bool joined = k < next.tb && SameSentence(prev.tb, next.tb);
        for (; joined && k < next.tb; ++k) {
          if (W(k) == ",") ++c;
          else if (lower_[k] != "and") joined = false;
        }
        if (!joined || next.tb - prev.te > 2) break;
        if (next.tb - prev.te > static_cast<std::uint32_t>(c)) conjoined = true;
        commas += c;
        list.push_back(order[j]);
      }
      i = j;
      if (list.size() < 2) continue;
      const Mention& head = mentions_[list.front()];
      // ("the states of Kedah, Perak", "Nigeria's states, including
      // Nasarawa, Kwara, Kogi and Ekiti".)
      auto units = [&](std::string_view w) {
        return w == "states" || w == "provinces" || w == "regions" || w == "districts" ||
               w == "departments" || w == "prefectures";
      };
      const bool after_states =
          (head.tb >= 2 && lower_[head.tb - 1] == "of" && units(lower_[head.tb - 2])) ||
          (head.tb >= 3 && lower_[head.tb - 1] == "including" && W(head.tb - 2) == "," &&
           units(lower_[head.tb - 3])) ||
          (head.tb >= 3 && lower_[head.tb - 1] == "as" && lower_[head.tb - 2] == "such" &&
           units(lower_[head.tb - 3]));
      bool region = false, company = false, unknown = false, other = false;
      for (std::size_t x : list) {
        const Mention& m = mentions_[x];
        if (m.flags & kUnknown) unknown = true;
        else if (m.flags & (kAnaphor | kDemonym)) other = true;
        else if (m.type == EntityType::kRegion) region = true;
        else if (m.type == EntityType::kCompany) company = true;
        else other = true;
      }
      // (After "states of" / "states, including" the unknown names are
      // regions, with no known one among them.)
      if (after_states && !company) region = true;
      if (!unknown || other || region == company) continue;
      // "owned by African Rainbow Minerals and Assore", "Albemarle, Lanxess
      // and Saltwerx": names listed with companies only are companies.
      const EntityType t = region ? EntityType::kRegion : EntityType::kCompany;
      if (region && commas == 0 && !after_states) continue;
      // "two tungsten deposits in the Karaganda region, Northern Katpar and
      // Upper Kairakty": the names after the place are the deposits.
      if (region && head.type == EntityType::kRegion && !(head.flags & kUnknown)) {
        std::uint32_t k = head.tb;
        while (k > 0 && lower_[k - 1] == "the") --k;
        if (k >= 2 && lower_[k - 1] == "in" &&
            (lower_[k - 2] == "deposits" || lower_[k - 2] == "mines" ||
             lower_[k - 2] == "projects" || lower_[k - 2] == "prospects"))
          continue;
      }
      // Not "Outside Argentina, Arcadium" (no "and"), "Tesla, Inc.",
      // "Codelco's Andina and ..." nor "Hong Kong Exchanges and ...".
      // Nor "at Magnolia, and ExxonMobil has said": two clauses.
      if (company && (!conjoined || (list.size() == 2 && commas > 0))) continue;
      // Nor "a converter in Guben, Brandenburg, and Mercedes-Benz has
      // agreed": names after "in" are places.
      if (company && head.tb > 0 &&
          (lower_[head.tb - 1] == "in" || lower_[head.tb - 1] == "near"))
        continue;
      for (std::size_t x : list) {
        Mention& m = mentions_[x];
        if (!(m.flags & kUnknown) || m.te - m.tb > 3) continue;
        // "Toquepala, in Tacna, and Cuajone, in Moquegua": a name followed
        // by the region it lies in is no region of the list.
        if (region) {
          std::uint32_t k = m.te;
          if (k < toks_.size() && W(k) == ",") ++k;
          if (k + 1 < toks_.size() && lower_[k] == "in" && SameSentence(m.tb, k)) continue;
        }
        if (company && (w::IsLegalSuffix(W(m.tb)) ||
                        (m.tb > 0 && (lower_[m.tb - 1] == "'s" || toks_[m.tb - 1].cap))))
          continue;
        // "As a result of the Scheme and the Merger, Livent and Allkem":
        // a capitalised common noun after "the" is a defined term.
        if (company && m.te == m.tb + 1 && !toks_[m.tb].all_caps && m.tb > 0 &&
            lower_[m.tb - 1] == "the")
          continue;
        RetypeUnknown(m.key, t);
      }
    }
  }
  // "Chapada in Brazil and Eagle in Michigan ran to plan": unknown names
  // listed each with the place it lies in are the assets of a report; so is
  // one listed beside a known site ("Neves-Corvo in Portugal and Zinkgruvan
  // in Sweden").
  {
    auto listed = [&](const Mention& m) {
      return m.te - m.tb <= 3 &&
             ((m.flags & kUnknown) ||
              (m.type == EntityType::kProject && !(m.flags & (kAnaphor | kDemonym))));
    };
    // The known place right after "in" at token k, or -1.
    auto place_after_in = [&](std::uint32_t k) -> int {
      if (k + 1 >= toks_.size() || lower_[k] != "in") return -1;
      const int o = MentionAt(k + 1);
      if (o < 0) return -1;
      const Mention& pm = mentions_[static_cast<std::size_t>(o)];
      if (pm.tb != k + 1 || (pm.flags & (kUnknown | kDemonym)) ||
          !(pm.type == EntityType::kCountry || pm.type == EntityType::kRegion))
        return -1;
      return o;
    };
    for (std::size_t i = 0; i < n; ++i) {
      const Mention& m = mentions_[i];
      if (!listed(m)) continue;
      const int p1 = place_after_in(m.te);
      if (p1 < 0) continue;
      std::uint32_t k = mentions_[static_cast<std::size_t>(p1)].te;
      if (k < toks_.size() && W(k) == ",") ++k;
      if (k < toks_.size() && lower_[k] == "and") ++k;
      const int o2 = MentionAt(k);
      if (o2 < 0 || static_cast<std::size_t>(o2) == i) continue;
      const Mention& m2 = mentions_[static_cast<std::size_t>(o2)];
      if (m2.tb != k || !listed(m2) || !((m.flags | m2.flags) & kUnknown) ||
          !SameSentence(m.tb, m2.tb) || place_after_in(m2.te) < 0)
        continue;
      // "Boliden's smelters at Kokkola in Finland and Odda in Norway": the
      // towns where named works stand.
      const EntityType t =
          m.tb >= 2 && lower_[m.tb - 1] == "at" && w::IsPluralProjectTrigger(lower_[m.tb - 2])
              ? EntityType::kRegion
              : EntityType::kProject;
      const std::string k1 = m.key, k2 = m2.key;
      const bool u1 = m.flags & kUnknown, u2 = m2.flags & kUnknown;
      if (u1) RetypeUnknown(k1, t);
      if (u2) RetypeUnknown(k2, t);
    }
  }
  // Unknown names listed after assets: "its coal mines in Queensland,
  // including Moranbah North and Grosvenor", "two greenfield nickel
  // deposits, Jacare in Para state and Morro Sem Bone", "operates the mines
  // Buenavista del Cobre and La Caridad".
  for (std::size_t i = 0; i < n; ++i) {
    Mention& m = mentions_[i];
    if (!(m.flags & kUnknown) || m.te - m.tb > 4 || m.tb < 2) continue;
    // "Morro Sem Bone in Mato Grosso": the place of an item is no item.
    if (lower_[m.tb - 1] == "in" || lower_[m.tb - 1] == "near" ||
        lower_[m.tb - 1] == "of" || lower_[m.tb - 1] == "at")
      continue;
    // An item of a list: what follows it ends the item.
    if (m.te < toks_.size() && SameSentence(m.tb, m.te)) {
      const std::string_view nx = lower_[m.te];
      if (!(nx == "," || nx == "and" || nx == "." || nx == "in" || nx == "(" ||
            nx == ";"))
        continue;
    }
    // Back over the list: other items, "and", commas, a colon and place
    // phrases, to "including" / "such as" or a plural asset noun.
    std::uint32_t k = m.tb;
    bool assets = false, including = false;
    while (k > 0 && SameSentence(k - 1, m.tb) && m.tb - k < 24) {
      const std::string_view w = lower_[k - 1];
      if (w == "including" || (w == "as" && k >= 2 && lower_[k - 2] == "such")) {
        including = true;
        break;
      }
      if (w::IsPluralProjectTrigger(w)) {
        assets = true;
        break;
      }
      // "the mines of copper Toquepala": a translation's mineral after the
      // asset noun.
      const auto mineral_at = [&](std::uint32_t t) {
        const int o = MentionAt(t);
        return o >= 0 && mentions_[static_cast<std::size_t>(o)].type == EntityType::kMineral;
      };
      if (mineral_at(k - 1) || (w == "of" && mineral_at(k))) {
        --k;
        continue;
      }
      // "three underground mines in the province of Huelva in Andalusia,
      // in southern Spain: Aguas Tenidas, Magdalena and Sotiel".
      if (!(w == "," || w == "and" || w == ":" || w == "in" || w == "the" ||
            w == "state" || w == "province" || w == "region" || w == "of" ||
            w == "southern" || w == "northern" || w == "eastern" || w == "western" ||
            w == "central" || toks_[k - 1].cap || w::IsNameConnector(W(k - 1))))
        break;
      --k;
    }
    if (including) {
      std::uint32_t trig = lower_[k - 1] == "as" ? k - 2 : k - 1;
      for (std::uint32_t q = trig; q-- > 0 && trig - q <= 8 && SameSentence(q, trig);) {
        if (w::IsPluralProjectTrigger(lower_[q])) {
          assets = true;
          break;
        }
      }
    }
    if (!assets) continue;
    RetypeUnknown(m.key, EntityType::kProject);
  }
  // Unknown names where a site's work is: "lower output at Antapaccay",
  // "a strike at Escondida", "workers at Escondida".
  for (Mention& m : mentions_) {
    if (!(m.flags & kUnknown) || m.te - m.tb > 3 || m.tb < 2) continue;
    if (lower_[m.tb - 1] != "at" || !SameSentence(m.tb - 2, m.tb)) continue;
    static constexpr std::string_view kSiteWork[] = {
        "output", "production", "grades", "throughput", "strike", "workers",
        "stoppage", "operations", "mining", "blockade"};
    if (!w::In(kSiteWork, lower_[m.tb - 2])) continue;
    // Not "at Kalgoorlie in Western Australia": a place in a place.
    if (m.te < toks_.size() && (lower_[m.te] == "in" || W(m.te) == "-" || lower_[m.te] == "'s"))
      continue;
    const std::string key = m.key;
    // "at Antamina and Collahuasi": the next unknown of the list too.
    std::uint32_t k = m.te;
    while (k + 1 < toks_.size() && (W(k) == "," || lower_[k] == "and") && SameSentence(m.tb, k + 1)) {
      const int o = MentionAt(k + 1);
      if (o < 0) break;
      const Mention& next = mentions_[static_cast<std::size_t>(o)];
      if (next.tb != k + 1 || !(next.flags & kUnknown) || next.te - next.tb > 3) break;
      const std::string next_key = next.key;
      k = next.te;
      RetypeUnknown(next_key, EntityType::kProject);
    }
    RetypeUnknown(key, EntityType::kProject);
  }
  // Unknown names in place contexts: "in Rotterdam", "Perth-based",
  // "Seadrift, Texas".
  static constexpr std::string_view kFacilityNouns[] = {
      "plant", "plants", "refinery", "refineries", "smelter", "smelters", "mine",
      "mines", "facility", "site", "mill", "terminal", "hub", "complex", "port", "operation",
      "operations", "factory", "warehouse"};
  for (Mention& m : mentions_) {
    if (!(m.flags & kUnknown) || m.te - m.tb > 3) continue;
    std::uint32_t b = m.tb, e = m.te;
    bool place = false;
    if (e + 1 < toks_.size() && W(e) == "-" && lower_[e + 1] == "based")
      place = true;
    if (b > 0 && (lower_[b - 1] == "in" || lower_[b - 1] == "near") &&
        SameSentence(b - 1, b) && e < toks_.size() &&
        (toks_[e].kind == TokKind::kPunct || !toks_[e].cap) && W(e) != "(" &&
        lower_[e] != "'s")
      place = true;
    // "a separation plant at Heroya", "a refinery at Long Harbour": where
    // a facility stands.
    if (b > 1 && lower_[b - 1] == "at" && SameSentence(b - 2, b) &&
        w::In(kFacilityNouns, lower_[b - 2]) && e < toks_.size() && lower_[e] != "'s")
      place = true;
    // "refines nickel at Kalgoorlie", "separates rare earths at Kalgoorlie":
    // where a mineral is processed (what is mined or produced "at" a name
    // is as often a mine's name: "produces vanadium at Maracas Menchen").
    if (b > 2 && lower_[b - 1] == "at" && e < toks_.size() && lower_[e] != "'s" &&
        SameSentence(b - 3, b)) {
      const int mn = MentionAt(b - 2);
      if (mn >= 0 && mentions_[static_cast<std::size_t>(mn)].type == EntityType::kMineral &&
          mentions_[static_cast<std::size_t>(mn)].te == b - 1) {
        const std::uint32_t v = mentions_[static_cast<std::size_t>(mn)].tb;
        static constexpr std::string_view kMakes[] = {
            "refines", "refined", "separates", "separated", "processes", "processed",
            "smelts", "smelted"};
        if (v > 0 && w::In(kMakes, lower_[v - 1])) place = true;
      }
    }
    // "its first line at Herøya in southern Norway": at a place in a place.
    // "at Harjavalta and Kokkola in Finland": each of two such places.
    const auto short_at = [&](std::uint32_t t) -> const Mention* {
      const int o = MentionAt(t);
      if (o < 0) return nullptr;
      const Mention& om = mentions_[static_cast<std::size_t>(o)];
      return om.te - om.tb <= 3 ? &om : nullptr;
    };
    std::uint32_t in_at = e;
    bool at = b > 0 && lower_[b - 1] == "at";
    if (at && e + 2 < toks_.size() && lower_[e] == "and") {
      const Mention* m2 = short_at(e + 1);
      if (m2 != nullptr && m2->tb == e + 1 && (m2->flags & kUnknown)) in_at = m2->te;
    } else if (b > 2 && lower_[b - 1] == "and") {
      // (the first of the two may have been typed a place already)
      const Mention* m1 = short_at(b - 2);
      if (m1 != nullptr && m1->te == b - 1 &&
          ((m1->flags & kUnknown) || m1->type == EntityType::kRegion))
        at = m1->tb > 0 && lower_[m1->tb - 1] == "at";
    }
    if (at && in_at + 1 < toks_.size() && lower_[in_at] == "in" &&
        SameSentence(b - 1, in_at + 1)) {
      std::uint32_t q = in_at + 1;
      while (q < toks_.size() && (lower_[q] == "the" || lower_[q] == "southern" ||
                                  lower_[q] == "northern" || lower_[q] == "eastern" ||
                                  lower_[q] == "western" || lower_[q] == "central"))
        ++q;
      const int o = MentionAt(q);
      if (o >= 0) {
        const Mention& om = mentions_[static_cast<std::size_t>(o)];
        if (om.tb == q && !(om.flags & (kUnknown | kDemonym)) &&
            (om.type == EntityType::kRegion || om.type == EntityType::kCountry))
          place = true;
      }
    }
    // "the town of Mufulira", "the municipality of Niquelandia", "the
    // villages of Iliamna and Nondalton".
    auto settlement_of = [&](std::uint32_t nb) {
      return nb > 1 && lower_[nb - 1] == "of" && SameSentence(nb - 2, nb) &&
             w::IsSettlementNoun(lower_[nb - 2]);
    };
    if (settlement_of(b)) place = true;
    if (b > 2 && lower_[b - 1] == "and" && toks_[b - 2].cap) {
      const Mention* m1 = short_at(b - 2);
      if (m1 != nullptr && m1->te == b - 1 && settlement_of(m1->tb) &&
          lower_[m1->tb - 2].ends_with("s"))
        place = true;
    }
    // "Groote Eylandt, an island in the Gulf of Carpentaria", "Kestrelvik,
    // a small town on the coast": an apposition that says it is a place.
    if (e + 3 < toks_.size() && W(e) == "," && SameSentence(e, e + 3) &&
        (lower_[e + 1] == "a" || lower_[e + 1] == "an")) {
      std::uint32_t q = e + 2;
      if (lower_[q] == "small" || lower_[q] == "remote" || lower_[q] == "large" ||
          lower_[q] == "coastal" || lower_[q] == "mining")
        ++q;
      const std::string_view kind = lower_[q];
      if ((kind == "island" || kind == "town" || kind == "city" || kind == "village" ||
           kind == "port" || kind == "municipality") &&
          q + 1 < toks_.size() &&
          (lower_[q + 1] == "in" || lower_[q + 1] == "on" || lower_[q + 1] == "of" ||
           lower_[q + 1] == "near" || W(q + 1) == ","))
        place = true;
    }
    if (e + 1 < toks_.size() && W(e) == "," && SameSentence(e, e + 1)) {
      int o = MentionAt(e + 1);
      if (o >= 0) {
        const Mention& om = mentions_[static_cast<std::size_t>(o)];
        // Not a list of places: "Chile, Argentina and Bolivia", "Salta,
        // Jujuy, Catamarca"; but "Seadrift, Texas, under a contract".
        auto listed = [&](std::uint32_t k) {
          if (k >= toks_.size()) return false;
          if (lower_[k] == "and" || lower_[k] == "or" || lower_[k] == "'s") return true;
          if (W(k) != "," || k + 1 >= toks_.size()) return false;
          if (lower_[k + 1] == "and" || lower_[k + 1] == "or") return true;
          int nx = MentionAt(k + 1);
          return nx >= 0 && mentions_[static_cast<std::size_t>(nx)].tb == k + 1;
        };
        if (om.tb == e + 1 && !(om.flags & (kUnknown | kDemonym)) &&
            (om.type == EntityType::kRegion || om.type == EntityType::kCountry) &&
            !listed(om.te))
          place = true;
      }
    }
    if (!place) continue;
    RetypeUnknown(m.key, EntityType::kRegion);
  }
  // Company names with and without their legal form are one entity.
  StringMap<std::string> core_key(n / 4);
  for (const Mention& m : mentions_) {
    if (m.type != EntityType::kCompany || (m.flags & (kUnknown | kAnaphor)))
      continue;
    const std::string& core = score(m);
    core_key.Emplace(core, m.key);
  }
  // "Filo del Sol" after "the Filo del Sol deposit", "Kamoa Kakula" after
  // "the Kamoa Kakula copper mine": a project's name without its trigger
  // and the minerals before it.
  StringMap<std::string> project_core(n / 8 + 1);
  bool any_project_core = false;
  for (const Mention& m : mentions_) {
    if (m.type != EntityType::kProject || (m.flags & (kUnknown | kAnaphor)))
      continue;
    std::string_view core = skey(m);
    std::size_t cut = core.size();
    while (cut != std::string_view::npos) {
      const std::size_t sp = core.rfind(' ', cut - 1);
      if (sp == std::string_view::npos) break;
      const std::string_view last = core.substr(sp + 1, cut - sp - 1);
      if (!(w::IsProjectTrigger(last) || w::IsProjectDescriptor(last))) break;
      cut = sp;
    }
    // "Neves-Corvo" after "the Neves-Corvo and Zinkgruvan mines": a name
    // of two or more words is its own core.
    if (core.substr(0, cut).find(' ') != std::string_view::npos)
      any_project_core |= project_core.Emplace(core.substr(0, cut), m.key).second;
  }
  for (Mention& m : mentions_) {
    if (m.flags & kUnknown) {
      if (m.flags & (kAnaphor | kDemonym)) continue;
      if (any_project_core) {
        if (const std::string* p = project_core.Find(skey(m))) {
          m.type = EntityType::kProject;
          m.key = *p;
          m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
          continue;
        }
      }
      // "Kestrel Mining" after "Kestrel Mining Ltd": the same company.
      const std::string* it = core_key.Find(score(m));
      if (it == nullptr || skey(m).find(' ') == std::string::npos)
        continue;
      m.type = EntityType::kCompany;
      m.key = *it;
      m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
      continue;
    }
    if (m.type != EntityType::kCompany || (m.flags & kAnaphor)) continue;
    if (const std::string* it = core_key.Find(score(m))) m.key = *it;
  }
  // "the Kafue River", "Milner Bay", "the Gulf of Carpentaria", "the Kaibab
  // National Forest": a name no context typed that is a river's, a bay's or
  // a protected land's is a place.
  for (Mention& m : mentions_) {
    if (!(m.flags & kUnknown) || (m.flags & (kAnaphor | kDemonym)) || m.te < m.tb + 2 ||
        m.te > m.tb + 6)
      continue;
    if (!w::IsNaturalFeatureName(W(m.tb), W(m.tb + 1), W(m.te - 2), W(m.te - 1))) continue;
    m.type = EntityType::kRegion;
    m.key = "Region:" + skey(m);
    m.flags &= static_cast<std::uint8_t>(~(kUnknown | kSingle));
  }

  // 4. Entities by key (at most one per mention: room for them all, so that
  // the entities, strings and all, are never moved).
  StringMap<int> by_key(n);
  entities_.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    Mention& m = mentions_[i];
    if ((m.flags & (kUnknown | kAnaphor)) || m.key.empty()) continue;
    auto [have, fresh] =
        by_key.Emplace(m.key, static_cast<int>(entities_.size()));
    const int e = *have;
    if (fresh) {
      EntityInfo info;
      info.type = m.type;
      info.key = m.key;
      info.country = m.country;
      entities_.push_back(std::move(info));
    }
    m.entity = e;
    EntityInfo& info = entities_[static_cast<std::size_t>(e)];
    info.mentions.push_back(static_cast<int>(i));
    if (m.flags & kGroup) info.group = true;
  }
  // Names and aliases.
  std::vector<std::string> surfaces;
  std::vector<bool> in_body;  // per surface: written outside the headline
  std::string cleaned;  // CleanSurfaceView()'s buffer
  for (EntityInfo& info : entities_) {
    surfaces.clear();
    in_body.clear();
    bool only_demonyms = true;
    for (int mi : info.mentions) {
      const Mention& m = mentions_[static_cast<std::size_t>(mi)];
      // "Beijing imposed controls" names China, though not by its name.
      if (m.flags & (kCapital | kBasedIn)) only_demonyms = false;
      if (m.flags & kDemonym) continue;
      only_demonyms = false;
      // A string is made only for a surface not seen yet.
      std::string_view s = CleanSurfaceView(m.surface, &cleaned);
      while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.remove_suffix(1);
      // "... sold to Heron Corp." : the sentence's full stop is not part of
      // the name.
      if (s.size() > 1 && s.back() == '.' && m.te == sents_[m.sent].last &&
          m.te >= m.tb + 2 && W(m.te - 1) == "." && s.find(' ') != std::string_view::npos)
        s.remove_suffix(1);
      auto it = std::find(surfaces.begin(), surfaces.end(), s);
      if (it == surfaces.end()) {
        surfaces.emplace_back(s);
        in_body.push_back(m.sent > 0);
      } else if (m.sent > 0) {
        in_body[static_cast<std::size_t>(it - surfaces.begin())] = true;
      }
    }
    if (info.type == EntityType::kCountry) {
      std::string canon = info.country;
      if (canon.empty() && !surfaces.empty()) canon = surfaces.front();
      info.name = std::move(canon);
      info.emit = !only_demonyms;
    } else if (surfaces.empty()) {
      info.emit = false;
      continue;
    } else if (info.type == EntityType::kMineral) {
      // "rare earth" and "rare earths" in one article: the plural names
      // the commodity.
      info.name = surfaces.front();
      // "Copper output ..." opening a sentence: a mineral is a common noun
      // (not "LARM", "NdPr": more capitals than the first).
      if (!info.name.empty() && std::isupper(static_cast<unsigned char>(info.name[0])) &&
          std::none_of(info.name.begin() + 1, info.name.end(),
                       [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
        info.name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(info.name[0])));
      for (const std::string& sf : surfaces) {
        if (sf.size() == info.name.size() + 1 && sf.back() == 's' &&
            sf.starts_with(info.name))
          info.name = sf;
      }
    } else {
      // The longest surface form names the entity; a headline's form only
      // when the body has none.
      bool body = std::find(in_body.begin(), in_body.end(), true) != in_body.end();
      const std::string* best = nullptr;
      for (std::size_t k = 0; k < surfaces.size(); ++k) {
        if (body && !in_body[k]) continue;
        if (surfaces[k].size() > (best ? best->size() : 0)) best = &surfaces[k];
      }
      info.name = best ? *best : std::string();
    }
    for (const std::string& s : surfaces) {
      if (s != info.name &&
          std::find(info.aliases.begin(), info.aliases.end(), s) ==
              info.aliases.end())
        info.aliases.push_back(s);
    }
    // "Qinghai province", "the Erongo region": the place's name without the
    // lower-case noun is a name of it too.
    if (info.type == EntityType::kRegion) {
      static constexpr std::string_view kHeads[] = {
          "region", "province", "oblast", "krai", "territory", "county", "prefecture",
          "district", "governorate", "okrug", "parish", "soum", "aimag", "state", "area"};
      for (std::size_t k = 0, n0 = info.aliases.size(); k <= n0; ++k) {
        const std::string& s = k < n0 ? info.aliases[k] : info.name;
        const std::size_t sp = s.rfind(' ');
        if (sp == std::string::npos || sp == 0 ||
            !w::In(kHeads, std::string_view(s).substr(sp + 1)))
          continue;
        std::string bare = s.substr(0, sp);
        if (bare != info.name &&
            std::find(info.aliases.begin(), info.aliases.end(), bare) == info.aliases.end())
          info.aliases.push_back(std::move(bare));
      }
    }
  }
  // "the Cerro Los Gatos underground mine" is named "Cerro Los Gatos" (not
  // when another entity goes by that name: "Blue Moon" for Blue Moon Metals
  // beside "the Blue Moon zinc project").
  static constexpr std::string_view kInvestWords[] = {"invest", "invested", "investment"};
  for (EntityInfo& info : entities_) {
    if (info.type != EntityType::kProject) continue;
    std::string site = SiteName(info.name, info.aliases);
    if (site == info.name) continue;
    const bool taken = std::any_of(entities_.begin(), entities_.end(), [&](const EntityInfo& o) {
      if (&o == &info) return false;
      if (o.name == site || w::ExtendsWord(o.name, site)) return true;
      return std::any_of(o.aliases.begin(), o.aliases.end(), [&](const std::string& a) {
        return a == site || w::ExtendsWord(a, site);
      });
    });
    // ("a plant in Seadrift" and "the Seadrift project": the town's name.)
    const bool town = std::any_of(info.mentions.begin(), info.mentions.end(), [&](int mi) {
      const Mention& m = mentions_[static_cast<std::size_t>(mi)];
      return m.tb > 0 && m.surface == site &&
             (lower_[m.tb - 1] == "near" || lower_[m.tb - 1] == "outside" ||
              (lower_[m.tb - 1] == "in" &&
               !(m.tb > 1 && (w::IsStakeNoun(lower_[m.tb - 2]) ||
                              w::In(kInvestWords, lower_[m.tb - 2])))));
    });
    if (taken || town) continue;
    auto bare = std::find(info.aliases.begin(), info.aliases.end(), site);
    if (bare != info.aliases.end())
      *bare = info.name;
    else
      info.aliases.push_back(info.name);
    info.name = std::move(site);
  }
  // "Russian Ministry of Industry and Trade": the demonym-led form is an
  // alias of the ministry.
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const Mention& d = mentions_[i];
    const Mention& m = mentions_[i + 1];
    if (!(d.flags & kDemonym) || m.tb != d.te || m.entity < 0) continue;
    if (!IsOrgType(m.type) || (d.flags & kAnaphor)) continue;
    if (d.surface.empty() || !std::isupper(static_cast<unsigned char>(d.surface[0])))
      continue;
    if (d.key.rfind("Country:", 0) != 0 || d.surface.find('.') != std::string::npos)
      continue;
    EntityInfo& info = entities_[static_cast<std::size_t>(m.entity)];
    std::string alias = CleanSurface(d.surface + " " + m.surface);
    // "Norwegian Offshore Directorate", "Australian Securities and
    // Investments Commission": so too an agency's, but not a federal or
    // state body's ("Russian Federal Subsoil Resources Management Agency"),
    // whose name stands without the country.
    const bool national_agency =
        m.type == EntityType::kAgency && !m.surface.starts_with("Federal ") &&
        !m.surface.starts_with("State ") && !m.surface.starts_with("General ") &&
        !m.surface.starts_with("Ministry") && !m.surface.starts_with("Department");
    if ((m.type == EntityType::kOrganization || national_agency) &&
        info.name == CleanSurface(m.surface)) {
      // "Indonesian Nickel Miners Association": the demonym is part of the
      // name as written; the bare form stays an alias.
      info.aliases.push_back(info.name);
      info.name = alias;
      info.aliases.erase(std::remove(info.aliases.begin(), info.aliases.end(), alias),
                         info.aliases.end());
      continue;
    }
    if (std::find(info.aliases.begin(), info.aliases.end(), alias) ==
        info.aliases.end())
      info.aliases.push_back(alias);
  }
  // 5. Anaphors take the entity they point back to. (Anaphors count for no
  // country: the article's country is the same for all of them.)
  int article_country = -2, article_project = -2, article_company = -2;  // not counted yet
  for (Mention& m : mentions_) {
    if (!(m.flags & kAnaphor)) continue;
    if (m.type == EntityType::kCountry && article_country == -2)
      article_country = ArticleEntity(EntityType::kCountry);
    if (m.type == EntityType::kProject && article_project == -2)
      article_project = ArticleEntity(EntityType::kProject);
    if (m.type == EntityType::kCompany && article_company == -2)
      article_company = ArticleEntity(EntityType::kCompany);
    m.entity = ResolveAnaphor(m, article_country, article_project, article_company);
  }
}

int Extractor::ArticleEntity(EntityType type) const {
  // Mentions per entity; the most named one of the type (the first of a
  // tie), and how often the most named other one is.
  std::vector<int> count(entities_.size(), 0);
  for (const Mention& m : mentions_) {
    if (m.entity >= 0 && !(m.flags & kAnaphor) && m.type == type)
      ++count[static_cast<std::size_t>(m.entity)];
  }
  int best = -1, first = 0, second = 0;
  for (std::size_t e = 0; e < count.size(); ++e) {
    const int c = count[e];
    if (c == 0) continue;
    if (c > first) {
      second = first;
      first = c;
      best = static_cast<int>(e);
    } else if (c > second) {
      second = c;
    }
  }
  return best >= 0 && first >= 3 && first >= 2 * second ? best : -1;
}

int Extractor::ResolveAnaphor(const Mention& a, int article_country,
                              int article_project, int article_company) const {
  // "the country": the country the article is about, when one is named at
  // least 3 times and twice as often as any other.
  if (a.type == EntityType::kCountry && article_country >= 0) return article_country;
  // "Barrick owns 50% of the project" (not "the mine", which is more often
  // the one just named): in an article about one project,
  // named at least 3 times and twice as often as any other, the project it
  // is about, unless its own sentence names another one first.
  if (a.type == EntityType::kProject && article_project >= 0 && a.te > a.tb &&
      lower_[a.te - 1] == "project") {
    bool own_sentence_other = false;
    for (const Mention& m : mentions_) {
      own_sentence_other = own_sentence_other ||
                           (m.entity >= 0 && !(m.flags & kAnaphor) &&
                            m.type == EntityType::kProject && m.sent == a.sent &&
                            m.tb < a.tb);
    }
    if (!own_sentence_other) return article_project;
  }
  // An entity of the anaphor's type, at most 4 sentences back: in the
  // nearest sentence that names one, the first it names (the sentence's
  // subject, as a rule: "Kestrel bought Heron. The company said ..." means
  // Kestrel), or the nearest before the anaphor in its own sentence.
  int found = -1;
  std::uint32_t found_sent = 0, found_tb = 0;
  // ", the London-based miner said": the anaphor of a reporting clause at a
  // sentence's end is the speaker the sentence opened with.
  bool reporting = false;
  if (a.te < toks_.size() && w::IsSayVerb(lower_[a.te])) {
    for (std::uint32_t k = a.tb; k-- > 0 && k + 7 > a.tb;) {
      if (lower_[k] == "the") {
        reporting = k > 0 && W(k - 1) == ",";
        break;
      }
    }
  }
  // "Pilbara completed its acquisition of Latin Resources, giving the
  // Perth-based producer its first asset abroad": the description after a
  // participle of the main clause is its subject, the sentence's first name.
  // "..., shifting the focus of the Perth-based explorer from nickel": the
  // participle may govern a noun the description belongs to.
  {
    static constexpr std::string_view kParticiples[] = {
        "giving", "making", "leaving", "bringing", "taking", "lifting", "handing",
        "shifting", "moving", "turning", "marking", "adding", "boosting", "cementing",
        "strengthening", "expanding", "extending", "raising", "securing", "putting"};
    std::uint32_t k = a.tb;
    while (k > 2 && k + 10 > a.tb && SameSentence(k - 1, a.tb) && W(k - 1) != "," &&
           !w::In(kParticiples, lower_[k - 1]))
      --k;
    if (k >= 2 && w::In(kParticiples, lower_[k - 1]) && W(k - 2) == ",") {
      for (const Mention& m : mentions_) {
        if (m.sent != a.sent || m.tb >= a.tb) continue;
        if (m.entity >= 0 && !(m.flags & kAnaphor) && m.type == a.type) return m.entity;
      }
    }
  }
  // "UEC completed its purchase of Rio Tinto's assets, giving the
  // Texas-based producer ...": a possessor in the anaphor's sentence
  // modifies another noun; an earlier name of the sentence comes first.
  int possessor = -1;
  for (std::size_t i = mentions_.size(); i-- > 0;) {
    const Mention& m = mentions_[i];
    if (m.tb >= a.tb) continue;
    if (a.sent >= m.sent + 5) break;
    if (found >= 0 && m.sent != found_sent) break;
    if (possessor >= 0 && m.sent != a.sent) return possessor;
    if (m.entity < 0 || (m.flags & kAnaphor) || m.type != a.type) continue;
    if (m.sent == a.sent && reporting) {
      found = m.entity;  // keep going back to the first
      found_sent = m.sent;
      continue;
    }
    if (m.sent == a.sent && possessor < 0 && m.te < toks_.size() && lower_[m.te] == "'s") {
      possessor = m.entity;
      continue;
    }
    // "Sirius ran short of money, and Anglo American bought the company":
    // the buyer right before its verb is not what it bought.
    if (m.sent == a.sent && m.te + 4 > a.tb) {
      bool bought = false;
      for (std::uint32_t k = m.te; k < a.tb; ++k) {
        const std::string_view l = lower_[k];
        bought |= l == "bought" || l == "acquired" || l == "buy" || l == "acquire" ||
                  l == "buys" || l == "acquires" || l == "purchased";
      }
      if (bought) continue;
    }
    if (m.sent == a.sent) return m.entity;
    found = m.entity;
    found_sent = m.sent;
    found_tb = m.tb;
  }
  if (possessor >= 0 && found < 0) return possessor;
  // "... a class action brought by the law firm Slater and Gordon. In
  // December the company completed its takeover of ...": a company named
  // once, deep in an earlier sentence (not its subject), is a passer-by;
  // "the company" is the one the article is about.
  if (a.type == EntityType::kCompany && found >= 0 && found_sent != a.sent &&
      article_company >= 0 && found != article_company &&
      found_tb > sents_[found_sent].first + 4 &&
      entities_[static_cast<std::size_t>(found)].mentions.size() == 1)
    return article_company;
  return found;
}

void Extractor::Export(ArticleDoc* doc) {
  // Countries named only by a demonym appear when a relation needs them.
  std::vector<bool> used(entities_.size(), false);
  for (const DocRelation& r : relations_) {
    used[r.subject] = true;
    used[r.object] = true;
  }
  std::vector<std::size_t> out_index(entities_.size(), SIZE_MAX);
  doc->entities.reserve(entities_.size());
  doc->relations.reserve(relations_.size());
  for (std::size_t e = 0; e < entities_.size(); ++e) {
    EntityInfo& info = entities_[e];
    if (!info.emit && !(used[e] && !info.name.empty())) continue;
    out_index[e] = doc->entities.size();
    DocEntity d;
    // The extractor is done with its entities: their strings move.
    d.name = std::move(info.name);
    d.type = info.type;
    d.aliases = std::move(info.aliases);
    d.mentions.reserve(info.mentions.size());
    for (int mi : info.mentions) {
      const Mention& m = mentions_[static_cast<std::size_t>(mi)];
      d.mentions.push_back(Span{toks_[m.tb].begin, toks_[m.te - 1].end});
    }
    doc->entities.push_back(std::move(d));
  }
  for (const Mention& m : mentions_) {
    if (!(m.flags & kAnaphor) || m.entity < 0) continue;
    std::size_t o = out_index[static_cast<std::size_t>(m.entity)];
    if (o == SIZE_MAX) continue;
    doc->entities[o].mentions.push_back(
        Span{toks_[m.tb].begin, toks_[m.te - 1].end});
  }
  for (DocEntity& d : doc->entities) {
    std::sort(d.mentions.begin(), d.mentions.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
  }
  for (DocRelation& r : relations_) {
    std::size_t s = out_index[r.subject], o = out_index[r.object];
    if (s == SIZE_MAX || o == SIZE_MAX) continue;
    r.subject = s;
    r.object = o;
    doc->relations.push_back(std::move(r));
  }
}

}  // namespace kg::extract_impl
