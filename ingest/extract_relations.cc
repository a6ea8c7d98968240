// Relation rules, sentence by sentence. Each rule names itself in
// DocRelation::rule so that `kg explain` can show why an edge exists.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/normalize.h"
#include "ingest/extract_impl.h"
#include "ingest/extract_words.h"

namespace kg::extract_impl {

using text_internal::SentenceRange;
using text_internal::TokKind;
namespace w = extract_words;

namespace {

constexpr std::uint16_t Bit(EntityType t) {
  return static_cast<std::uint16_t>(1u << static_cast<unsigned>(t));
}
constexpr std::uint16_t kMin = Bit(EntityType::kMinistry);
constexpr std::uint16_t kAge = Bit(EntityType::kAgency);
constexpr std::uint16_t kCom = Bit(EntityType::kCompany);
constexpr std::uint16_t kPrj = Bit(EntityType::kProject);
constexpr std::uint16_t kMnl = Bit(EntityType::kMineral);
constexpr std::uint16_t kPer = Bit(EntityType::kPerson);
constexpr std::uint16_t kCty = Bit(EntityType::kCountry);
constexpr std::uint16_t kReg = Bit(EntityType::kRegion);
constexpr std::uint16_t kOrg = Bit(EntityType::kOrganization);
constexpr std::uint16_t kAnyOrg = kMin | kAge | kCom | kOrg;
constexpr std::uint16_t kPlace = kCty | kReg;

enum class Dir { kActive, kPassive };

/// A trigger phrase: lower-case words, "*" = up to 3 words of any kind.
struct TriggerRule {
  std::string_view relation;
  std::string_view phrase;
  Dir dir;
  std::uint16_t subjects;
  std::uint16_t objects;
  std::string_view status;
  int subject_window;  ///< Max tokens between subject end and trigger.
  int object_window;   ///< Max tokens between trigger and object start.
};

constexpr TriggerRule kRules[] = {
    // Exits and bids.
    {"withdrew_from", "withdrew from", Dir::kActive, kCom | kOrg, kPrj, "", 12, 6},
    {"withdrew_from", "withdraw from", Dir::kActive, kCom | kOrg, kPrj, "", 12, 6},
    {"withdrew_from", "withdrawn from", Dir::kActive, kCom | kOrg, kPrj, "", 12, 6},
    {"withdrew_from", "pulled out of", Dir::kActive, kCom | kOrg, kPrj, "", 12, 6},
    {"withdrew_from", "pulls out of", Dir::kActive, kCom | kOrg, kPrj, "", 12, 6},
    {"withdrew_from", "exited", Dir::kActive, kCom | kOrg, kPrj, "", 8, 5},
    {"withdrew_from", "walked away from", Dir::kActive, kCom | kOrg, kPrj, "", 10, 6},
    {"withdrew_from", "walks away from", Dir::kActive, kCom | kOrg, kPrj, "", 10, 6},
    {"withdrew_from", "abandoned", Dir::kActive, kCom | kOrg, kPrj, "", 8, 5},
    {"won_bid_for", "won * bid", Dir::kActive, kCom | kOrg, kPrj, "", 10, 8},
    {"won_bid_for", "won * tender", Dir::kActive, kCom | kOrg, kPrj, "", 10, 8},
    {"won_bid_for", "won * auction", Dir::kActive, kCom | kOrg, kPrj, "", 10, 8},
    {"won_bid_for", "won * licence", Dir::kActive, kCom | kOrg, kPrj, "", 10, 8},
    {"won_bid_for", "won * license", Dir::kActive, kCom | kOrg, kPrj, "", 10, 8},
    {"won_bid_for", "won * rights", Dir::kActive, kCom | kOrg, kPrj, "", 10, 8},
    {"won_bid_for", "won * right to", Dir::kActive, kCom | kOrg, kPrj, "", 10, 8},
    {"won_bid_for", "wins * bid", Dir::kActive, kCom | kOrg, kPrj, "", 10, 8},
    {"won_bid_for", "was awarded", Dir::kActive, kCom | kOrg, kPrj, "", 8, 8},
    {"won_bid_for", "awarded * to", Dir::kPassive, kCom | kOrg, kPrj, "", 6, 10},
    // Deals.
    {"acquires", "acquisition of", Dir::kActive, kCom | kOrg, kCom | kPrj, "", 12, 6},
    {"acquires", "takeover of", Dir::kActive, kCom | kOrg, kCom | kPrj, "", 12, 6},
    {"acquires", "acquired", Dir::kActive, kCom | kOrg, kCom | kPrj, "completed", 8, 5},
    {"acquires", "acquire", Dir::kActive, kCom | kOrg, kCom | kPrj, "sought", 8, 5},
    {"acquires", "acquires", Dir::kActive, kCom | kOrg, kCom | kPrj, "", 8, 5},
    {"acquires", "bought", Dir::kActive, kCom | kOrg, kCom | kPrj, "completed", 8, 5},
    {"acquires", "agreed to buy", Dir::kActive, kCom | kOrg, kCom | kPrj, "agreed", 8, 6},
    {"acquires", "to buy", Dir::kActive, kCom | kOrg, kCom | kPrj, "sought", 8, 6},
    {"acquires", "buys", Dir::kActive, kCom | kOrg, kCom | kPrj, "", 8, 5},
    {"acquires", "buying", Dir::kActive, kCom | kOrg, kCom | kPrj, "agreed", 4, 6},
    {"acquires", "took over", Dir::kActive, kCom | kOrg, kCom | kPrj, "completed", 8, 5},
    {"acquires", "paid * for", Dir::kActive, kCom | kOrg, kCom | kPrj, "completed", 8, 8},
    {"acquires", "purchase of", Dir::kActive, kCom | kOrg, kCom | kPrj, "", 10, 5},
    // "BHP's latest proposal for Anglo American", "Glencore's bid for Teck":
    // a takeover approach.
    {"acquires", "proposal for", Dir::kActive, kCom, kCom, "sought", 3, 3},
    {"acquires", "takeover bid for", Dir::kActive, kCom, kCom, "sought", 3, 3},
    {"acquires", "takeover offer for", Dir::kActive, kCom, kCom, "sought", 3, 3},
    {"sells", "sold", Dir::kActive, kCom | kOrg, kCom | kPrj, "completed", 8, 5},
    {"sells", "agreed to sell", Dir::kActive, kCom | kOrg, kCom | kPrj, "agreed", 8, 6},
    {"sells", "sale of", Dir::kActive, kCom | kOrg, kCom | kPrj, "", 8, 5},
    // "Zambia has handed control of Mopani to IRH": the receiver acquires
    // (a state is no seller in the vocabulary; a company is).
    {"sells", "handed control of", Dir::kActive, kCom | kOrg | kCty, kCom | kPrj, "completed", 8, 4},
    {"sells", "hands control of", Dir::kActive, kCom | kOrg | kCty, kCom | kPrj, "completed", 8, 4},
    {"sells", "transferred control of", Dir::kActive, kCom | kOrg | kCty, kCom | kPrj, "completed", 8, 4},
    {"invests_in", "invest * in", Dir::kActive, kCom | kCty | kAge | kMin | kOrg, kPrj | kCom | kCty, "planned", 10, 6},
    {"invests_in", "invested * in", Dir::kActive, kCom | kCty | kAge | kMin | kOrg, kPrj | kCom | kCty, "", 10, 6},
    // "Glencore invests $200 million in Li-Cycle", "invests a further $75
    // million in".
    {"invests_in", "invests ** in", Dir::kActive, kCom | kCty | kAge | kMin | kOrg, kPrj | kCom | kCty, "", 10, 6},
    {"invests_in", "will invest ** in", Dir::kActive, kCom | kCty | kAge | kMin | kOrg, kPrj | kCom | kCty, "planned", 10, 6},
    {"invests_in", "to invest ** in", Dir::kActive, kCom | kCty | kAge | kMin | kOrg, kPrj | kCom | kCty, "planned", 10, 6},
    {"invests_in", "investment in", Dir::kActive, kCom | kCty | kAge | kMin | kOrg, kPrj | kCom, "", 10, 5},
    // "will make a strategic investment of US$32.9 million in Atlantic Lithium".
    {"invests_in", "investment of ** in", Dir::kActive, kCom | kCty | kAge | kMin | kOrg, kPrj | kCom, "", 12, 5},
    {"owns_stake_in", "stake in", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 12, 6},
    {"owns_stake_in", "majority-owned by", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 5},
    {"owns_stake_in", "wholly-owned by", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 5},
    {"owns_stake_in", "partly-owned by", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 5},
    {"owns_stake_in", "jointly owned by", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 5},
    {"owns_stake_in", "holds * of", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 4},
    // "holds a little over a quarter of Zinnwald Lithium": a longer share.
    {"owns_stake_in", "holds ** of", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 4},
    // "Ma'aden takes 9.9% of Ivanhoe Electric", "took control of": a share
    // bought (ApplyRule wants a percentage, a stake or control).
    {"owns_stake_in", "takes * of", Dir::kActive, kCom | kCty | kOrg, kCom | kPrj, "", 4, 4},
    {"owns_stake_in", "took * of", Dir::kActive, kCom | kCty | kOrg, kCom | kPrj, "", 4, 4},
    {"acquires", "takes * of", Dir::kActive, kCom | kOrg, kCom | kPrj, "", 4, 4},
    {"acquires", "took * of", Dir::kActive, kCom | kOrg, kCom | kPrj, "completed", 4, 4},
    {"owns_stake_in", "keeps ** of", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 4},
    {"owns_stake_in", "retains ** of", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 4},
    {"owns_stake_in", "owned by", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 5},
    {"owns_stake_in", "held by", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 8, 8},
    {"owns_stake_in", "backed by", Dir::kPassive, kCom, kCom, "", 6, 5},
    {"owns_stake_in", "controlled by", Dir::kPassive, kCom | kCty | kPer, kCom, "", 9, 5},
    // "CGN and Pronico belong to Solway Investment Group".
    {"owns_stake_in", "belong to", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 4, 3},
    {"owns_stake_in", "belongs to", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 4, 3},
    {"owns_stake_in", "shareholder in", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 8, 4},
    // "Hanwha, which bought into Korea Zinc in 2022": bought a stake.
    {"owns_stake_in", "bought into", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 8, 4},
    // "had taken full control of West Musgrave in 2020".
    {"owns_stake_in", "full control of", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 12, 4},
    // "became the sole owner of Turquoise Hill".
    {"owns_stake_in", "sole owner of", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 12, 4},
    {"owns_stake_in", "majority owner of", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 12, 4},
    {"subsidiary_of", "division of", Dir::kActive, kCom, kCom, "", 5, 4},
    {"partners_with", "partnership with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    {"partners_with", "agreement with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    {"partners_with", "joint venture with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    // "through joint ventures with foreign partners, including Cameco,
    // Orano and Uranium One".
    {"partners_with", "joint ventures with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    {"partners_with", "joint ventures with ** including", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 2},
    {"partners_with", "deal with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    {"partners_with", "contract with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    // "a strategic partnership on raw materials and batteries with", "a
    // five-year contract worth up to $245 million with".
    {"partners_with", "partnership ** with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    {"partners_with", "contract ** with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    {"partners_with", "memorandum of understanding with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    {"partners_with", "mou with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 14, 4},
    {"partners_with", "partnered with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "partner with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "teamed up with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "teams up with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "team up with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    // "has agreed with ReElement to build a complex".
    {"partners_with", "agreed with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "signed ** with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "talks with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 10, 4},
    {"partners_with", "agreed terms with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "work with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "works with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "working with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "cooperate with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "cooperation with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 10, 4},
    {"partners_with", "collaborate with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"partners_with", "collaboration with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 10, 4},
    {"partners_with", "negotiating with", Dir::kActive, kAnyOrg | kCty, kAnyOrg | kCty, "", 8, 4},
    {"supplies", "offtake agreements with", Dir::kActive, kCom | kCty, kCom | kCty, "", 14, 4},
    {"supplies", "offtake agreement with", Dir::kActive, kCom | kCty, kCom | kCty, "", 14, 4},
    {"supplies", "offtake deal with", Dir::kActive, kCom | kCty, kCom | kCty, "", 14, 4},
    {"supplies", "offtake deals with", Dir::kActive, kCom | kCty, kCom | kCty, "", 14, 4},
    // "has a supply agreement with Tesla", "signed lithium supply
    // agreements with Stellantis, Volkswagen and Umicore": as a rule the
    // subject is the seller.
    {"supplies", "supply agreement with", Dir::kActive, kCom, kCom, "", 14, 4},
    {"supplies", "supply agreements with", Dir::kActive, kCom, kCom, "", 14, 4},
    {"supplies", "supply contracts with", Dir::kActive, kCom, kCom, "", 14, 4},
    {"supplies", "supply deal with", Dir::kActive, kCom, kCom, "", 14, 4},
    {"supplies", "to supply * to", Dir::kActive, kCom | kCty, kCom | kCty, "planned", 10, 4},
    // "Chile is by far the largest supplier of refined copper to the US".
    {"supplies", "supplier of ** to", Dir::kActive, kCom | kCty, kCom | kCty, "", 10, 3},
    {"supplies", "to supply", Dir::kActive, kCom | kCty, kCom | kCty, "planned", 10, 4},
    {"supplies", "will supply ** to", Dir::kActive, kCom | kCty, kCom | kCty, "planned", 10, 4},
    {"supplies", "will supply", Dir::kActive, kCom | kCty, kCom | kCty, "planned", 10, 4},
    {"supplies", "supplies * to", Dir::kActive, kCom | kCty, kCom | kCty, "", 6, 4},
    {"supplies", "supplied * to", Dir::kActive, kCom | kCty, kCom | kCty, "", 6, 4},
    {"supplies", "supplies", Dir::kActive, kCom | kCty, kCom | kCty, "", 6, 4},
    // "sells most of its concentrate to Zijin": goods, not an asset (see
    // ApplyRule).
    {"supplies", "sells ** to", Dir::kActive, kCom | kCty, kCom | kCty, "", 6, 4},
    {"supplies", "sold ** to", Dir::kActive, kCom | kCty, kCom | kCty, "", 6, 4},
    // Projects.
    {"operates", "operates", Dir::kActive, kCom | kOrg, kPrj, "", 8, 5},
    {"operates", "operated by", Dir::kPassive, kCom | kOrg, kPrj, "", 6, 5},
    {"operates", "operated", Dir::kActive, kCom | kOrg, kPrj, "", 6, 5},
    {"operates", "runs", Dir::kActive, kCom | kOrg, kPrj, "", 8, 5},
    // "Comilog exploits the Moanda mine": a translation's verb.
    {"operates", "exploits", Dir::kActive, kCom | kOrg, kPrj, "", 8, 5},
    {"operates", "exploited by", Dir::kPassive, kCom | kOrg, kPrj, "", 6, 5},
    {"operates", "ran", Dir::kActive, kCom | kOrg, kPrj, "former", 8, 5},
    {"operates", "run by", Dir::kPassive, kCom | kOrg, kPrj, "", 6, 5},
    {"develops", "develops", Dir::kActive, kCom | kOrg, kPrj, "", 8, 5},
    {"develops", "developing", Dir::kActive, kCom | kOrg, kPrj, "", 8, 5},
    {"develops", "to develop", Dir::kActive, kCom | kOrg, kPrj, "planned", 8, 5},
    {"develops", "developed by", Dir::kPassive, kCom | kOrg, kPrj, "", 6, 5},
    {"develops", "is leading", Dir::kActive, kCom | kOrg, kPrj, "", 6, 5},
    {"develops", "is building", Dir::kActive, kCom | kOrg, kPrj, "", 6, 5},
    {"develops", "is advancing", Dir::kActive, kCom | kOrg, kPrj, "", 6, 5},
    {"develops", "advancing", Dir::kActive, kCom | kOrg, kPrj, "", 4, 5},
    {"develops", "to build", Dir::kActive, kCom | kOrg, kPrj, "planned", 8, 5},
    {"develops", "being built by", Dir::kPassive, kCom | kOrg, kPrj, "", 8, 4},
    {"develops", "being developed by", Dir::kPassive, kCom | kOrg, kPrj, "", 8, 4},
    {"develops", "developed", Dir::kActive, kCom | kOrg, kPrj, "", 6, 4},
    {"develops", "is exploring", Dir::kActive, kCom | kOrg, kPrj, "", 6, 4},
    {"develops", "explores", Dir::kActive, kCom | kOrg, kPrj, "", 6, 4},
    {"develops", "to restart", Dir::kActive, kCom | kOrg, kPrj, "planned", 8, 4},
    {"develops", "is reopening", Dir::kActive, kCom | kOrg, kPrj, "", 6, 4},
    {"develops", "to reopen", Dir::kActive, kCom | kOrg, kPrj, "planned", 8, 4},
    {"develops", "is restarting", Dir::kActive, kCom | kOrg, kPrj, "", 6, 4},
    {"develops", "are building", Dir::kActive, kCom | kOrg, kPrj, "", 6, 5},
    {"develops", "builds", Dir::kActive, kCom | kOrg, kPrj, "", 6, 4},
    // "approved construction of West Musgrave", "began building".
    {"develops", "construction of", Dir::kActive, kCom | kOrg, kPrj, "", 8, 4},
    {"develops", "began building", Dir::kActive, kCom | kOrg, kPrj, "", 6, 4},
    {"develops", "started building", Dir::kActive, kCom | kOrg, kPrj, "", 6, 4},
    {"operates", "mines at", Dir::kActive, kCom, kPrj, "", 6, 2},
    // Minerals.
    {"produces", "produces", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 8, 6},
    {"produces", "produced", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 8, 6},
    {"produces", "producing", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 8, 6},
    {"produces", "mined by", Dir::kPassive, kCom | kPrj | kCty, kMnl, "", 8, 6},
    {"produces", "produced by", Dir::kPassive, kCom | kPrj | kCty, kMnl, "", 8, 6},
    {"produces", "refined by", Dir::kPassive, kCom, kMnl, "", 8, 6},
    {"produces", "extracting", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 10, 6},
    {"produces", "extracts", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 8, 6},
    {"produces", "mines", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 6, 4},
    {"produces", "refines", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 6, 9},
    // "Most of the world's tellurium is refined in China" (only that shape).
    {"produces", "refined", Dir::kActive, kCty | kReg, kMnl, "", 6, 4},
    // "Lynas Rare Earths, which separates rare earths at Kalgoorlie".
    {"produces", "separates", Dir::kActive, kCom | kPrj, kMnl, "", 6, 4},
    // "Murrin Murrin ... also contributed refined cobalt".
    {"produces", "contributed", Dir::kActive, kPrj, kMnl, "", 8, 3},
    {"produces", "producer of", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 10, 4},
    // "Saskatchewan is one of the world's largest producers of potash".
    {"produces", "producers of", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 10, 4},
    {"produces", "makers of", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 10, 4},
    {"produces", "maker of", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 10, 4},
    {"produces", "made", Dir::kActive, kCom | kPrj | kCty, kMnl, "", 6, 4},
    {"produces", "making", Dir::kActive, kCom | kPrj | kCty, kMnl, "", 6, 4},
    {"produces", "output of", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 6, 3},
    {"produces", "accounts for", Dir::kActive, kCty | kCom | kReg, kMnl, "", 4, 8},
    {"exports", "exports", Dir::kActive, kCty | kCom, kMnl, "", 6, 4},
    {"exports", "exported", Dir::kActive, kCty | kCom, kMnl, "", 6, 4},
    {"exports", "exports of", Dir::kActive, kCty | kCom, kMnl, "", 3, 4},
    // "Indonesia, the largest exporter of tin,": read as "producer of".
    {"exports", "exporter of", Dir::kActive, kCty | kCom, kMnl, "", 10, 4},
    {"imports", "imports", Dir::kActive, kCty | kCom, kMnl, "", 6, 4},
    {"imports", "imported", Dir::kActive, kCty | kCom, kMnl, "", 6, 4},
    {"imports", "imports of", Dir::kActive, kCty | kCom, kMnl, "", 3, 4},
    // "China, the world's biggest importer of copper concentrate", "China
    // is the largest buyer of ferroniobium".
    {"imports", "importer of", Dir::kActive, kCty | kCom, kMnl, "", 10, 4},
    {"imports", "importers of", Dir::kActive, kCty | kCom, kMnl, "", 10, 4},
    {"imports", "buyer of", Dir::kActive, kCty, kMnl, "", 10, 4},
    {"restricts_exports_of", "export controls on", Dir::kActive, kCty | kMin | kAge, kMnl, "", 14, 6},
    {"restricts_exports_of", "export restrictions on", Dir::kActive, kCty | kMin | kAge, kMnl, "", 14, 6},
    {"restricts_exports_of", "export ban on", Dir::kActive, kCty | kMin | kAge, kMnl, "", 14, 6},
    {"restricts_exports_of", "export curbs on", Dir::kActive, kCty | kMin | kAge, kMnl, "", 14, 6},
    {"restricts_exports_of", "banned * exports of", Dir::kActive, kCty | kMin | kAge, kMnl, "", 10, 6},
    {"restricts_exports_of", "restricted * exports of", Dir::kActive, kCty | kMin | kAge, kMnl, "", 10, 6},
    {"restricts_exports_of", "restricting * exports of", Dir::kActive, kCty | kMin | kAge, kMnl, "", 10, 6},
    {"restricts_exports_of", "halted * exports of", Dir::kActive, kCty | kMin | kAge, kMnl, "", 10, 6},
    {"restricts_exports_of", "curbed * exports of", Dir::kActive, kCty | kMin | kAge, kMnl, "", 10, 6},
    {"restricts_exports_of", "ban on * exports", Dir::kActive, kCty | kMin | kAge, kMnl, "", 10, 4},
    {"targets_production_of", "aims to increase", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 12},
    {"targets_production_of", "aims to boost", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 12},
    {"targets_production_of", "aims to produce", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 6},
    {"targets_production_of", "plans to produce", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 6},
    {"targets_production_of", "plans to increase", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 12},
    {"targets_production_of", "plans to boost", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 12},
    {"targets_production_of", "plans to raise", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 12},
    {"targets_production_of", "intends to produce", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 6},
    // "ASM plans to add zirconium metal and hafnium metal". ("plans to
    // mine graphite at Siviour" is read as the deposit's graphite as often
    // as the miner's target, and is left out.)
    {"targets_production_of", "plans to add", Dir::kActive, kCom, kMnl, "planned", 6, 4},
    {"targets_production_of", "targets production of", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 4},
    {"targets_production_of", "production target for", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 4},
    {"targets_production_of", "seeks to produce", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 6},
    {"targets_production_of", "planned to produce", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 10},
    {"targets_production_of", "expects to produce", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 10},
    {"targets_production_of", "expected to produce", Dir::kActive, kCty | kMin | kCom, kMnl, "planned", 6, 10},
    {"partners_with", "together with", Dir::kActive, kCom | kOrg | kCty, kCom | kOrg | kCty, "", 6, 4},
    {"head_of", "heads", Dir::kActive, kPer, kAnyOrg, "", 4, 3},
    {"head_of", "leads", Dir::kActive, kPer, kAnyOrg, "", 4, 3},
    // "Mike Henry has led BHP since 2020", "took charge of Anglo American".
    {"head_of", "has led", Dir::kActive, kPer, kAnyOrg, "", 4, 3},
    {"head_of", "has headed", Dir::kActive, kPer, kAnyOrg, "", 4, 3},
    // "Senator Joe Manchin, who chairs the Senate Committee on Energy".
    {"head_of", "chairs", Dir::kActive, kPer, kAnyOrg, "", 4, 3},
    {"head_of", "took charge of", Dir::kActive, kPer, kAnyOrg, "", 4, 3},
    {"head_of", "takes charge of", Dir::kActive, kPer, kAnyOrg, "", 4, 3},
    {"head_of", "will lead", Dir::kActive, kPer, kAnyOrg, "", 4, 3},
    // "Andrew Cole, who led OZ Minerals as managing director".
    {"head_of", "who led", Dir::kActive, kPer, kAnyOrg, "former", 3, 3},
    {"head_of", "who headed", Dir::kActive, kPer, kAnyOrg, "former", 3, 3},
    {"head_of", "who runs", Dir::kActive, kPer, kCom | kOrg, "", 3, 2},
    {"head_of", "who ran", Dir::kActive, kPer, kCom | kOrg, "former", 3, 2},
    // State.
    {"supports", "to support", Dir::kActive, kAge | kMin | kCty, kPrj | kCom, "planned", 10, 6},
    {"supports", "loan to", Dir::kActive, kAge | kMin | kCty, kPrj | kCom, "", 10, 4},
    {"supports", "awarded", Dir::kActive, kAge | kMin | kCty, kPrj | kCom, "", 8, 2},
    {"supports", "grant to", Dir::kActive, kAge | kMin | kCty, kPrj | kCom, "", 10, 4},
    {"supports", "funding for", Dir::kActive, kAge | kMin | kCty, kPrj | kCom, "", 10, 4},
    {"supports", "financing for", Dir::kActive, kAge | kMin | kCty, kPrj | kCom, "", 10, 4},
    // "received grants from the Department of Defense", "has also backed".
    {"supports", "received ** grant from", Dir::kPassive, kAge | kMin | kCty, kPrj | kCom, "", 8, 4},
    {"supports", "received ** grants from", Dir::kPassive, kAge | kMin | kCty, kPrj | kCom, "", 8, 4},
    {"supports", "received ** funding from", Dir::kPassive, kAge | kMin | kCty, kPrj | kCom, "", 8, 4},
    {"supports", "received ** loan from", Dir::kPassive, kAge | kMin | kCty, kPrj | kCom, "", 8, 4},
    {"supports", "secured ** loan from", Dir::kPassive, kAge | kMin | kCty, kPrj | kCom, "", 8, 4},
    {"supports", "secured ** funding from", Dir::kPassive, kAge | kMin | kCty, kPrj | kCom, "", 8, 4},
    {"supports", "has backed", Dir::kActive, kAge | kMin | kCty, kPrj | kCom, "", 8, 4},
    {"supports", "also backed", Dir::kActive, kAge | kMin | kCty, kPrj | kCom, "", 8, 4},
    {"approves", "approved", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 6, 5},
    {"approves", "sanctioned", Dir::kActive, kAge, kCom | kPrj, "completed", 4, 3},
    {"approves", "cleared", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 6, 4},
    // "has today granted a mining lease to Barari DV Ghana Limited".
    {"approves", "granted a mining lease to", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 4},
    {"approves", "granted a mining licence to", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 4},
    {"approves", "granted a mining license to", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 4},
    {"approves", "granted a licence to", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 4},
    {"approves", "granted a license to", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 4},
    {"approves", "granted a lease to", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 4},
    {"approves", "granted a permit to", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 4},
    {"approves", "issued a licence to", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 4},
    {"approves", "issued a permit to", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 4},
    // "has granted a mining licence for the Makuutu project", "granted
    // Talga an environmental permit for the Nunasvaara South mine", "the
    // regulator that issued the mining title for Longonjo", "approved the
    // provincial environmental assessment for the Rook I project".
    {"approves", "granted a mining licence for", Dir::kActive, kAge | kMin | kPer | kCty, kPrj | kCom, "completed", 14, 4},
    {"approves", "granted a mining license for", Dir::kActive, kAge | kMin | kPer | kCty, kPrj | kCom, "completed", 14, 4},
    {"approves", "granted a licence for", Dir::kActive, kAge | kMin | kPer | kCty, kPrj | kCom, "completed", 14, 4},
    {"approves", "granted a license for", Dir::kActive, kAge | kMin | kPer | kCty, kPrj | kCom, "completed", 14, 4},
    {"approves", "granted * permit for", Dir::kActive, kAge | kMin | kPer | kCty, kPrj | kCom, "completed", 14, 4},
    {"approves", "issued * permit for", Dir::kActive, kAge | kMin | kPer | kCty, kPrj | kCom, "completed", 14, 4},
    {"approves", "issued * licence for", Dir::kActive, kAge | kMin | kPer | kCty, kPrj | kCom, "completed", 14, 4},
    {"approves", "issued the mining title for", Dir::kActive, kAge | kMin | kPer | kCty, kPrj | kCom, "completed", 14, 4},
    {"approves", "approved the ** assessment for", Dir::kActive, kAge | kMin | kPer | kCty, kPrj | kCom, "completed", 14, 4},
    // "granted Kestrel Mining a licence for", "issued Kestrel a permit".
    {"approves", "granted", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 1},
    {"approves", "issued", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 14, 1},
    // "won planning permission from the North York Moors National Park
    // Authority", "received environmental approval from the ministry".
    {"approves", "permission from", Dir::kPassive, kAge | kMin | kCty, kCom | kPrj, "completed", 10, 3},
    {"approves", "approval from", Dir::kPassive, kAge | kMin | kCty, kCom | kPrj, "completed", 10, 3},
    {"approves", "was granted ** by", Dir::kPassive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 6, 3},
    {"approves", "was issued ** by", Dir::kPassive, kAge | kMin | kPer | kCty, kCom | kPrj, "completed", 6, 3},
    // "Orvik shareholders approved the takeover by Kestrel Mining".
    {"acquires", "takeover by", Dir::kPassive, kCom | kOrg, kCom | kPrj, "", 6, 2},
    // "Base Resources was acquired by Energy Fuels", "was taken over in
    // October by Energy Fuels": the buyer after "by".
    {"acquires", "acquired by", Dir::kPassive, kCom | kOrg, kCom | kPrj, "completed", 6, 3},
    {"acquires", "bought by", Dir::kPassive, kCom | kOrg, kCom | kPrj, "completed", 6, 3},
    {"acquires", "purchased by", Dir::kPassive, kCom | kOrg, kCom | kPrj, "completed", 6, 3},
    {"acquires", "taken over by", Dir::kPassive, kCom | kOrg, kCom | kPrj, "completed", 6, 3},
    {"acquires", "taken over ** by", Dir::kPassive, kCom | kOrg, kCom | kPrj, "completed", 6, 3},
    {"blocks", "blocked", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "blocked", 6, 5},
    {"blocks", "rejected", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "blocked", 6, 5},
    {"blocks", "revoked", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "blocked", 8, 6},
    {"blocks", "strips", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "blocked", 6, 3},
    {"blocks", "stripped", Dir::kActive, kAge | kMin | kPer | kCty, kCom | kPrj, "blocked", 6, 3},
    {"estimated", "estimated", Dir::kActive, kAge | kOrg | kMin, kCty | kReg | kPrj, "", 10, 6},
    {"estimated", "estimates", Dir::kActive, kAge | kOrg | kMin, kCty | kReg | kPrj, "", 10, 6},
    {"estimated", "put by", Dir::kPassive, kAge | kOrg | kMin, kCty | kReg | kPrj, "", 14, 5},
    {"sanctions", "sanctions on", Dir::kActive, kCty | kAge | kMin, kCty | kCom | kPer, "", 10, 5},
    {"sanctions", "sanctions against", Dir::kActive, kCty | kAge | kMin, kCty | kCom | kPer, "", 10, 5},
    {"sanctions", "sanctioned", Dir::kActive, kCty | kAge | kMin, kCty | kCom | kPer, "", 6, 4},
    {"sanctions", "sanctioned by", Dir::kPassive, kCty | kAge | kMin, kCty | kCom | kPer, "", 6, 3},
    // "OFAC also blocked the assets of X", "froze the assets of X".
    {"sanctions", "blocked the assets of", Dir::kActive, kCty | kAge | kMin, kCom | kPer, "", 6, 3},
    {"sanctions", "froze the assets of", Dir::kActive, kCty | kAge | kMin, kCom | kPer, "", 6, 3},
    {"sanctions", "frozen the assets of", Dir::kActive, kCty | kAge | kMin, kCom | kPer, "", 6, 3},
    {"part_of", "part of", Dir::kActive, kAge | kOrg, kMin | kAge | kOrg, "", 3, 3},
    {"part_of", "attached to", Dir::kActive, kAge | kOrg | kCom, kMin | kAge, "", 8, 3},
    // "The directorate, which reports to the Ministry of Energy", "the
    // Energy Information Administration, the statistics arm of the DOE".
    {"part_of", "reports to", Dir::kActive, kAge | kOrg, kMin | kAge, "", 8, 3},
    {"part_of", "arm of", Dir::kActive, kAge | kOrg, kMin | kAge, "", 8, 4},
    // "the Bureau of Land Management, an agency of the Department of the
    // Interior", "a unit of the ministry".
    {"part_of", "an agency of", Dir::kActive, kAge | kOrg, kMin | kAge, "", 3, 3},
    {"part_of", "agency within", Dir::kActive, kAge | kOrg, kMin | kAge, "", 4, 3},
    {"part_of", "a body of", Dir::kActive, kAge | kOrg, kMin | kAge, "", 3, 3},
    {"part_of", "an attached office of", Dir::kActive, kAge | kOrg, kMin | kAge, "", 3, 3},
    {"part_of", "under the", Dir::kActive, kAge, kMin, "", 3, 2},
    // "the MTA, which is affiliated with the Ministry of Energy", "the DPIM,
    // which comes under the Industry Ministry", "an industry group set up
    // under the European Commission".
    {"part_of", "affiliated with", Dir::kActive, kAge | kOrg, kMin | kAge, "", 6, 3},
    {"part_of", "comes under", Dir::kActive, kAge | kOrg, kMin | kAge, "", 6, 3},
    {"part_of", "falls under", Dir::kActive, kAge | kOrg, kMin | kAge, "", 6, 3},
    {"part_of", "set up under", Dir::kActive, kAge | kOrg, kMin | kAge | kOrg, "", 8, 3},
    // "the Critical Minerals Office, which sits within the Department of
    // Industry", "an office within the ministry".
    {"part_of", "sits within", Dir::kActive, kAge | kOrg, kMin | kAge, "", 4, 3},
    {"part_of", "sits in", Dir::kActive, kAge | kOrg, kMin | kAge, "", 4, 3},
    {"part_of", "office within", Dir::kActive, kAge | kOrg, kMin | kAge, "", 4, 3},
    {"part_of", "housed in", Dir::kActive, kAge | kOrg, kMin | kAge, "", 4, 3},
    {"visited", "visited", Dir::kActive, kPer, kPlace, "", 6, 4},
    {"visited", "visit to", Dir::kActive, kPer, kPlace, "", 10, 4},
    {"visited", "trip to", Dir::kActive, kPer, kPlace, "", 10, 4},
    // "Jakob Stausholm, who travelled to Mongolia for the ceremony".
    {"visited", "travelled to", Dir::kActive, kPer, kPlace, "", 6, 3},
    {"visited", "traveled to", Dir::kActive, kPer, kPlace, "", 6, 3},
    {"lobbied", "lobbied", Dir::kActive, kCty | kAnyOrg | kPer, kAnyOrg | kPer, "", 6, 4},
    // "Korea Zinc has asked the Ministry of Trade ... to designate": a request
    // to a government body.
    {"lobbied", "asked", Dir::kActive, kCty | kCom | kOrg, kMin | kAge, "", 6, 2},
    {"lobbied", "urged", Dir::kActive, kCty | kCom | kOrg, kMin | kAge, "", 6, 2},
    {"lobbied", "petitioned", Dir::kActive, kCty | kCom | kOrg | kPer, kMin | kAge, "", 6, 2},
    {"lobbied", "called on", Dir::kActive, kCty | kCom | kOrg, kMin | kAge, "", 6, 2},
    {"head_of", "led by", Dir::kPassive, kPer, kAnyOrg | kPlace, "", 8, 3},
    {"head_of", "headed by", Dir::kPassive, kPer, kAnyOrg | kPlace, "", 8, 3},
    {"head_of", "chaired by", Dir::kPassive, kPer, kAnyOrg | kPlace, "", 8, 3},
    {"head_of", "run by", Dir::kPassive, kPer, kAnyOrg, "", 8, 3},
    {"derived_from", "by-product of", Dir::kActive, kMnl, kMnl, "", 6, 3},
    {"derived_from", "byproduct of", Dir::kActive, kMnl, kMnl, "", 6, 3},
    {"derived_from", "made from", Dir::kActive, kMnl, kMnl, "", 6, 3},
    {"derived_from", "produced from", Dir::kActive, kMnl, kMnl, "", 6, 3},
    {"derived_from", "extracted from", Dir::kActive, kMnl, kMnl, "", 6, 3},
    {"derived_from", "refined from", Dir::kActive, kMnl, kMnl, "", 6, 3},
    {"derived_from", "derived from", Dir::kActive, kMnl, kMnl, "", 6, 3},
    {"derived_from", "into", Dir::kPassive, kMnl, kMnl, "", 4, 3},
    // "uses the mill to process monazite into mixed rare earth carbonate".
    {"produces", "into", Dir::kActive, kCom, kMnl, "", 12, 4},
    {"estimated", "estimates that", Dir::kActive, kAge | kOrg | kMin, kCty | kReg | kPrj, "", 10, 6},
    {"produces", "produce", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "planned", 6, 5},
    {"produces", "mined", Dir::kActive, kCom | kPrj | kCty | kReg, kMnl, "", 6, 4},
    {"produces", "processes", Dir::kActive, kCom | kPrj | kCty, kMnl, "", 6, 9},
    {"supplies", "supplier to", Dir::kActive, kCom | kCty, kCom | kCty, "", 10, 4},
    {"supplies", "supplier of", Dir::kActive, kCom | kCty, kCom | kCty, "", 10, 6},
    {"owns_stake_in", "stakes in", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 12, 4},
    {"owns_stake_in", "interest in", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 8, 4},
    {"owns_stake_in", "owned at * by", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 4},
    {"owns_stake_in", "owned * by", Dir::kPassive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 4},
    {"owns_stake_in", "holds", Dir::kActive, kCom | kCty | kPer | kOrg, kPrj, "", 6, 3},
    {"owns_stake_in", "owns", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 6},
    {"owns_stake_in", "own", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 6},
    {"owns_stake_in", "controls", Dir::kActive, kCom | kCty | kPer | kOrg, kCom | kPrj, "", 6, 4},
    {"has_reserves_of", "hosts", Dir::kActive, kPrj | kReg | kCty, kMnl, "", 10, 4},
    {"has_reserves_of", "contains", Dir::kActive, kPrj | kReg | kCty, kMnl, "", 10, 4},
    {"has_reserves_of", "holds", Dir::kActive, kPrj | kReg | kCty, kMnl, "", 10, 10},
    {"has_reserves_of", "resource of", Dir::kActive, kPrj | kReg | kCty, kMnl, "", 10, 8},
    {"produces", "account for", Dir::kActive, kCty | kCom | kReg, kMnl, "", 4, 10},
    {"produces", "accounted for", Dir::kActive, kCty | kCom | kReg, kMnl, "", 4, 10},
    {"produces", "makes", Dir::kActive, kCom | kPrj | kCty, kMnl, "", 6, 4},
    // "Toho Titanium and Osaka Titanium Technologies make sponge".
    {"produces", "make", Dir::kActive, kCom | kCty, kMnl, "", 6, 4},
    {"produces", "mine", Dir::kActive, kCom | kCty, kMnl, "", 6, 4},
    {"produces", "recovers", Dir::kActive, kCom | kPrj, kMnl, "", 6, 4},
    {"produces", "supplies", Dir::kActive, kCom | kCty, kMnl, "", 6, 9},
    {"subsidiary_of", "subsidiary of", Dir::kActive, kCom, kCom, "", 6, 8},
    {"subsidiary_of", "unit of", Dir::kActive, kCom, kCom, "", 5, 8},
    // "Nuton, a venture of Rio Tinto".
    {"subsidiary_of", "a venture of", Dir::kActive, kCom, kCom, "", 5, 4},
    // "Saltwerx, an affiliate of Exxon Mobil Corp.", "CCB International,
    // the investment banking arm of China Construction Bank".
    {"subsidiary_of", "affiliate of", Dir::kActive, kCom, kCom, "", 5, 8},
    {"subsidiary_of", "arm of", Dir::kActive, kCom, kCom, "", 8, 8},
    {"head_of", "chief executive of", Dir::kActive, kPer, kAnyOrg, "", 4, 3},
    {"based_in", "based in", Dir::kActive, kAnyOrg, kPlace, "", 4, 3},
    {"based_in", "headquartered in", Dir::kActive, kAnyOrg | kPer, kPlace, "", 4, 3},
    {"based_in", "registered in", Dir::kActive, kAnyOrg, kPlace, "", 4, 3},
    // "Glencore, which has its headquarters in Baar".
    {"based_in", "headquarters in", Dir::kActive, kAnyOrg, kPlace, "", 6, 3},
    {"based_in", "head office in", Dir::kActive, kAnyOrg, kPlace, "", 6, 3},
    {"based_in", "main office in", Dir::kActive, kAnyOrg, kPlace, "", 6, 3},
    {"active_in", "facilities in", Dir::kActive, kAnyOrg, kPlace, "", 8, 3},
    {"active_in", "assets in", Dir::kActive, kAnyOrg, kPlace, "", 8, 3},
    {"active_in", "producers in", Dir::kActive, kAnyOrg, kPlace, "", 3, 3},
    {"active_in", "properties in", Dir::kActive, kAnyOrg, kPlace, "", 14, 3},
    {"active_in", "projects in", Dir::kActive, kCom, kPlace, "", 14, 3},
    {"active_in", "mines in", Dir::kActive, kAnyOrg, kPlace, "", 14, 3},
    {"active_in", "operations in", Dir::kActive, kAnyOrg, kPlace, "", 14, 3},
    {"active_in", "has operations in", Dir::kActive, kAnyOrg, kPlace, "", 14, 3},
    {"active_in", "plant in", Dir::kActive, kAnyOrg, kPlace, "", 8, 3},
    {"active_in", "plant at", Dir::kActive, kAnyOrg, kPlace, "", 8, 2},
    {"active_in", "refinery at", Dir::kActive, kAnyOrg, kPlace, "", 8, 2},
    // "runs a roaster at Sohar", "operates the only antimony smelter in the
    // country at Thompson Falls".
    {"active_in", "refinery in", Dir::kActive, kCom, kPlace, "", 8, 3},
    {"active_in", "smelter in", Dir::kActive, kCom, kPlace, "", 8, 3},
    {"active_in", "smelter at", Dir::kActive, kCom, kPlace, "", 8, 2},
    {"active_in", "smelters at", Dir::kActive, kCom, kPlace, "", 8, 2},
    {"active_in", "smelters in", Dir::kActive, kCom, kPlace, "", 8, 3},
    {"active_in", "refineries at", Dir::kActive, kCom, kPlace, "", 8, 2},
    {"active_in", "refineries in", Dir::kActive, kCom, kPlace, "", 8, 3},
    {"active_in", "roaster at", Dir::kActive, kCom, kPlace, "", 8, 2},
    {"active_in", "roaster in", Dir::kActive, kCom, kPlace, "", 8, 3},
    {"active_in", "office in", Dir::kActive, kCom | kOrg, kPlace, "", 8, 3},
    {"active_in", "offices in", Dir::kActive, kCom | kOrg, kPlace, "", 8, 3},
    {"active_in", "plants in", Dir::kActive, kAnyOrg, kPlace, "", 8, 3},
    {"active_in", "operates in", Dir::kActive, kAnyOrg, kPlace, "", 10, 3},
    {"active_in", "works in", Dir::kActive, kCom, kPlace, "", 4, 3},
};

// Words of an amount after its number: "8.8 million tonnes".
bool IsQuantityUnit(std::string_view l) {
  return l == "million" || l == "billion" || l == "thousand" || l == "tonnes" ||
         l == "tons" || l == "tonne" || l == "ton" || l == "t" || l == "mt" ||
         l == "kt" || l == "ounces" || l == "oz" || l == "pounds" || l == "lb" ||
         l == "lbs" || l == "kg" || l == "kilograms" || l == "metric" ||
         l == "short" || l == "wet" || l == "dry" || l == "carats";
}

bool IsNegation(std::string_view lower) {
  return lower == "not" || lower == "n't" || lower == "never" ||
         lower == "hardly" || lower == "no" || lower == "failed" ||
         lower == "denied" || lower == "without" || lower == "nor" ||
         lower == "divest" || lower == "divested" || lower == "earn";
}

bool IsBarrier(std::string_view s) { return s == ";" || s == ":"; }

double Multiplier(std::string_view lower) {
  if (lower == "million" || lower == "mln" || lower == "m") return 1e6;
  if (lower == "billion" || lower == "bn" || lower == "b") return 1e9;
  if (lower == "thousand") return 1e3;
  if (lower == "trillion") return 1e12;
  return 0;
}

std::string UnitOf(std::string_view lower) {
  if (lower == "tons" || lower == "tonnes" || lower == "tonne" ||
      lower == "ton" || lower == "t" || lower == "mt")
    return "tons";
  if (lower == "ounces" || lower == "oz") return "ounces";
  if (lower == "pounds" || lower == "lb" || lower == "lbs") return "pounds";
  if (lower == "rubles" || lower == "roubles") return "RUB";
  if (lower == "yuan") return "CNY";
  if (lower == "dollars") return "USD";
  if (lower == "euros") return "EUR";
  return "";
}

std::string FormatAmount(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-6) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

}  // namespace

// Keyword classes of a token, read once per token so that each rule can
// skip the sentences and tokens that cannot fire it.
constexpr std::uint32_t kKwTrigger = 1;     ///< First word of a TriggerRule.
constexpr std::uint32_t kKwExport = 2;      ///< export, shipments, ...
constexpr std::uint32_t kKwRestrict = 4;    ///< ban, curbs, controls, ...
constexpr std::uint32_t kKwDeal = 8;        ///< partnership, agreement, ...
constexpr std::uint32_t kKwBuy = 16;        ///< buy, purchased, sourced, ...
constexpr std::uint32_t kKwActivity = 32;   ///< explores, mines, operations
constexpr std::uint32_t kKwProducer = 64;   ///< producer(s), exporter(s)
constexpr std::uint32_t kKwInclude = 128;   ///< include, such, consists, ...
constexpr std::uint32_t kKwReserve = 256;   ///< reserves, deposits, ...
constexpr std::uint32_t kKwWhich = 512;     ///< "in/of which" clauses
constexpr std::uint32_t kKwAccording = 1024;
constexpr std::uint32_t kKwShip = 2048;     ///< shipped, ships, delivers
constexpr std::uint32_t kKwLoan = 4096;     ///< loan, grant, financing
constexpr std::uint32_t kKwHolder = 8192;   ///< shareholder, owner, ...
constexpr std::uint32_t kKwCustomer = 16384;  ///< customer, buyer, offtaker
constexpr std::uint32_t kKwCapacity = 32768;  ///< capacity
constexpr std::uint32_t kKwIts = 1u << 16;       ///< its
constexpr std::uint32_t kKwThrough = 1u << 17;   ///< through
constexpr std::uint32_t kKwSiteList = 1u << 18;  ///< home, including, ':'
constexpr std::uint32_t kKwWhere = 1u << 19;     ///< where
constexpr std::uint32_t kKwThat = 1u << 20;      ///< that
constexpr std::uint32_t kKwSell = 1u << 21;      ///< sell, sold, sells
constexpr std::uint32_t kKwPlan = 1u << 22;      ///< plans, aims, intends, ...
constexpr std::uint32_t kKwOperate = 1u << 23;   ///< operates, runs, ...
constexpr std::uint32_t kKwPresence = 1u << 24;  ///< presence
constexpr std::uint32_t kKwState = 1u << 25;     ///< state-owned, state-run, ...
constexpr std::uint32_t kKwAcquired = 1u << 26;  ///< bought, acquired, purchased
constexpr std::uint32_t kKwStart = 1u << 27;     ///< began, started, commence, ...
constexpr std::uint32_t kKwWhose = 1u << 28;     ///< whose
constexpr std::uint32_t kKwSupplier = 1u << 29;  ///< supplier, suppliers
constexpr std::uint32_t kKwCargo = 1u << 30;     ///< cargo, consignment, shipment

/// The verbs of PlannedOutput()'s "plans to make".
constexpr std::string_view kPlanVerbs[] = {
    "plans", "plan", "planned", "aims", "aimed", "wants", "intends",
    "seeks", "hopes", "expects"};
/// The verbs of UnnamedAssets()'s "operates an asset".
constexpr std::string_view kOperateVerbs[] = {
    "operates", "runs", "operated", "ran", "operate", "run"};

/// The relation rules over one Extractor's mentions.

// Verbs of holding a stake ("holds 20%", "each own 50%").
bool IsStakeVerb(std::string_view l) {
  return l == "holds" || l == "owns" || l == "has" || l == "held" || l == "owned" ||
         l == "hold" || l == "own";
}

// Adverbs between a subject and its verb ("Vale already mines", "CNNC also
// holds").
bool IsVerbAdverb(std::string_view l) {
  return l == "already" || l == "also" || l == "now" || l == "still" || l == "currently";
}

/// A lower-case word that may describe a company between its nationality
/// and its noun ("rare earth separation", "stainless steel", "industrial
/// minerals"); not a function word or a verb form that ends the phrase.
bool IsPlainDescriptor(std::string_view l) {
  static constexpr std::string_view kStop[] = {
      "of", "and", "or", "the", "a", "an", "by", "with", "to", "for", "in",
      "at", "from", "on", "its", "their", "his", "her", "said", "says",
      "that", "which", "who", "is", "was", "are", "were", "has", "have",
      "had", "will", "would", "as", "than", "but", "not", "no", "also",
      "other", "another", "such", "this", "these", "those", "it", "they"};
  return !w::In(kStop, l) && !l.ends_with("ed") && !l.ends_with("ly");
}

struct RelationPass {
  Extractor& x;
  std::uint32_t sent = 0;
  std::vector<int> ms;  ///< Mentions of the sentence with an entity, in order.
  std::vector<int> restrictors_;  ///< Mentions that last restricted exports.
  int minerals_ = 0;  ///< Mineral mentions in the sentence (a cheap guard).
  int dominant_ = -2;  ///< DominantCountry() once computed (-2: not yet).
  /// The dominant country is named at least 5 times and 3 times as often
  /// as any other (set by DominantCountry()).
  bool dominant_strong_ = false;
  std::vector<std::uint32_t> kw_;  ///< Keyword classes per token.
  std::uint32_t mask_ = 0;         ///< Their union over the sentence.
  /// PlacesOfPlaces()'s (thing, place) pairs, kept for their capacity.
  std::vector<std::pair<std::size_t, std::size_t>> located_scratch_;
  /// The number tokens of sentence numbers_sent_, in order: Quals() lists
  /// them once per sentence, not once per relation it adds.
  mutable std::vector<std::uint32_t> numbers_;
  mutable std::uint32_t numbers_sent_ = UINT32_MAX;

  static std::uint32_t KeywordClass(std::string_view l) {
    static const w::WordFlags* words = [] {
      auto* m = new w::WordFlags();
      for (const TriggerRule& r : kRules)
        m->Add(r.phrase.substr(0, r.phrase.find(' ')), kKwTrigger);
      for (std::string_view w : {"export", "exports", "exporting", "exported",
                                 "shipments"})
        m->Add(w, kKwExport);
      for (std::string_view w : {"ban", "bans", "banned", "banning", "halt",
                                 "halted", "halting", "controls", "control",
                                 "embargo", "stop", "stops", "stopped",
                                 "stopping", "permit", "permits", "capped", "cap"})
        m->Add(w, kKwRestrict);
      for (std::string_view w : {"partnership", "agreement", "pact", "venture",
                                 "mou", "alliance", "memorandum"})
        m->Add(w, kKwDeal);
      for (std::string_view w : {"buy", "buys", "bought", "purchase",
                                 "purchases", "purchased", "import", "imports",
                                 "imported", "source", "sources", "sourced"})
        m->Add(w, kKwBuy);
      for (std::string_view w : {"explores", "explored", "mines", "extracts",
                                 "drills", "operations", "facilities", "assets"})
        m->Add(w, kKwActivity);
      for (std::string_view w : {"producer", "producers", "exporter", "exporters"})
        m->Add(w, kKwProducer);
      m->Add("capacity", kKwCapacity);
      for (std::string_view w : {"began", "started", "starts", "begins", "commenced", "begun",
                                 "start", "begin", "commence"})
        m->Add(w, kKwStart);
      for (std::string_view w : {"include", "includes", "including", "comprise",
                                 "comprises", "comprising", "namely", "such",
                                 "consist", "consists", "from", "cover", "covers"})
        m->Add(w, kKwInclude);
      for (std::string_view w : {"reserves", "deposits", "deposit", "resources", "resource", "discoveries",
                                 "discovery"})
        m->Add(w, kKwReserve);
      for (std::string_view w : {"shipped", "ships", "ship", "delivers",
                                 "delivered", "sends", "sent", "sells", "sold",
                                 "sell"})
        m->Add(w, kKwShip);
      for (std::string_view w : {"loan", "loans", "grant", "financing",
                                 "funding", "guarantee"})
        m->Add(w, kKwLoan);
      for (std::string_view w : {"customer", "customers", "buyer", "offtaker"})
        m->Add(w, kKwCustomer);
      for (std::string_view w : {"shareholder", "shareholders", "stakeholder",
                                 "investor", "owner", "owners"})
        m->Add(w, kKwHolder);
      m->Add("which", kKwWhich);
      m->Add("whose", kKwWhose);
      m->Add("according", kKwAccording);
      m->Add("its", kKwIts);
      m->Add("through", kKwThrough);
      for (std::string_view w : {"home", "including", ":"}) m->Add(w, kKwSiteList);
      m->Add("where", kKwWhere);
      m->Add("that", kKwThat);
      for (std::string_view w : {"sell", "sold", "sells"}) m->Add(w, kKwSell);
      for (std::string_view w : kPlanVerbs) m->Add(w, kKwPlan);
      for (std::string_view w : kOperateVerbs) m->Add(w, kKwOperate);
      m->Add("presence", kKwPresence);
      for (std::string_view w : {"state-owned", "state-run", "state-controlled",
                                 "government-owned", "state"})
        m->Add(w, kKwState);
      for (std::string_view w : {"bought", "acquired", "purchased"}) m->Add(w, kKwAcquired);
      for (std::string_view w : {"supplier", "suppliers"}) m->Add(w, kKwSupplier);
      for (std::string_view w : {"cargo", "cargoes", "consignment", "shipment", "shipments",
                                 "load"})
        m->Add(w, kKwCargo);
      return m;
    }();
    std::uint32_t c = words->Get(l);
    if (l.size() >= 4 && (l[0] == 'r' || l[0] == 'c' || l[0] == 's' ||
                          l[0] == 'l' || l[0] == 'q' || l[0] == 'p') &&
        (l.starts_with("restrict") || l.starts_with("curb") ||
         l.starts_with("suspen") || l.starts_with("licen") ||
         l.starts_with("quota") || l.starts_with("prohibit")))
      c |= kKwRestrict;
    return c;
  }
  int dominant_company_ = -2;  ///< DominantCompany() likewise.

  explicit RelationPass(Extractor& ex) : x(ex) {}

  const Mention& M(int i) const { return x.mentions_[static_cast<std::size_t>(i)]; }
  EntityType TypeOf(int mi) const {
    return x.entities_[static_cast<std::size_t>(M(mi).entity)].type;
  }
  std::string_view L(std::uint32_t t) const { return x.lower_[t]; }
  const SentenceRange& S() const { return x.sents_[sent]; }

  // Qualifiers stated in the sentence, nearest after token `from`.
  // `amounts` false: no amount, unit or percent is wanted (none is read);
  // `dates` false: no date is wanted.
  // The tokens of a percent sign at token i of the sentence: "%" and
  // "percent" are one, "per cent" two; 0 for none.
  std::uint32_t PercentAt(std::uint32_t i) const {
    const std::uint32_t last = S().last;
    if (i < last && (x.W(i) == "%" || L(i) == "percent")) return 1;
    if (i + 1 < last && L(i) == "per" && L(i + 1) == "cent") return 2;
    return 0;
  }

  Qualifiers Quals(std::uint32_t from, std::string_view status,
                   bool amounts = true, bool dates = true) const {
    Qualifiers q;
    q.status = std::string(status);
    if (!amounts && !dates) return q;
    const SentenceRange& s = S();
    if (numbers_sent_ != sent) {
      numbers_.clear();
      for (std::uint32_t k = s.first; k < s.last; ++k) {
        if (x.toks_[k].kind == TokKind::kNumber) numbers_.push_back(k);
      }
      numbers_sent_ = sent;
    }
    int best_year_dist = 1 << 30;
    for (const std::uint32_t k : numbers_) {
      std::string_view v = x.W(k);
      int dist = k >= from ? static_cast<int>(k - from)
                           : static_cast<int>(from - k) + 20;
      if (v.size() == 4 && v.find_first_not_of("0123456789") == std::string_view::npos) {
        int y = std::stoi(std::string(v));
        bool currency_before = k > 0 && (x.W(k - 1) == "$" || x.W(k - 1).ends_with("$"));
        if (y >= 1900 && y <= 2100 && !currency_before &&
            !(k + 1 < s.last && (Multiplier(L(k + 1)) > 0 || !UnitOf(L(k + 1)).empty() ||
                                 x.W(k + 1) == "%"))) {
          if (dates && dist < best_year_dist) {
            best_year_dist = dist;
            q.date = std::string(v);
          }
          continue;
        }
      }
      if (!amounts) continue;
      std::string digits;
      for (char c : v) {
        if (c != ',') digits.push_back(c);
      }
      char* end = nullptr;
      double val = std::strtod(digits.c_str(), &end);
      if (end == digits.c_str()) continue;
      std::uint32_t j = k + 1;
      if (PercentAt(j) > 0) {
        if (q.percent.empty() && k >= from) q.percent = FormatAmount(val);
        continue;
      }
      if (!q.amount.empty() || k < from) continue;
      std::string unit;
      if (k > 0 && (x.W(k - 1) == "$" || x.W(k - 1) == "US$")) unit = "USD";
      if (k > 1 && x.W(k - 1) == "$") {
        std::string_view pre = x.W(k - 2);
        if (pre == "A" || pre == "A$") unit = "AUD";
        else if (pre == "C") unit = "CAD";
      }
      double mult = 1;
      if (j < s.last && Multiplier(L(j)) > 0) {
        mult = Multiplier(L(j));
        ++j;
      }
      if (j < s.last && !UnitOf(L(j)).empty()) {
        if (unit.empty()) unit = UnitOf(L(j));
      }
      if (unit.empty()) continue;
      q.amount = FormatAmount(val * mult);
      q.unit = unit;
    }
    return q;
  }

  // The qualifiers of a relation read at token `from`: a year for any, an
  // amount or a percent only where the relation can have one ("produces
  // 80 tons", "owns 51%"); "Minister X said $10 billion ..." gives the
  // minister none.
  Qualifiers QualsFor(std::string_view rel, std::uint32_t from,
                      std::string_view status) const {
    static constexpr std::string_view kMeasured[] = {
        "produces", "targets_production_of", "has_reserves_of", "exports",
        "imports", "invests_in", "acquires", "sells", "owns_stake_in",
        "supplies", "estimated", "restricts_exports_of", "won_bid_for",
        "approves", "supports", "partners_with"};
    // Where a thing lies, what a group includes, what is made from what:
    // a year in the sentence does not date them.
    static constexpr std::string_view kTimeless[] = {
        "located_in", "based_in", "part_of", "includes", "derived_from"};
    // What a relation has no use for is not read (the amounts' numbers are
    // parsed and formatted).
    return Quals(from, status, w::In(kMeasured, rel), !w::In(kTimeless, rel));
  }

  // True when entity `e` is named like a river, a range or a protected land.
  bool NaturalFeature(int e) const {
    const std::string_view name = x.entities_[static_cast<std::size_t>(e)].name;
    const std::size_t a = name.find(' ');
    if (a == std::string_view::npos) return false;
    const std::size_t b = std::min(name.find(' ', a + 1), name.size());
    const std::size_t z = name.rfind(' ');
    const std::size_t y = z == a ? std::string_view::npos : name.rfind(' ', z - 1);
    const std::string_view first = name.substr(0, a), second = name.substr(a + 1, b - a - 1);
    const std::string_view last = name.substr(z + 1);
    const std::string_view before_last =
        y == std::string_view::npos ? first : name.substr(y + 1, z - y - 1);
    return w::IsNaturalFeatureName(first, second, before_last, last);
  }

  // "an analyst at BTG Pactual in Sao Paulo": the city of a firm someone
  // works at is where it is based; "an analyst at Wood Mackenzie in
  // Singapore": a firm the gazetteer places in another country has an
  // office there.
  void AddFirmCity(int firm, int city, std::string_view how, std::uint32_t trigger) {
    const int e = M(firm).entity;
    const std::string& home = M(firm).country.empty() && e >= 0
                                  ? x.entities_[static_cast<std::size_t>(e)].country
                                  : M(firm).country;
    const std::string& there = M(city).country;
    const bool abroad = !home.empty() && !there.empty() && Key(home) != Key(there);
    const std::string_view rel = abroad ? "active_in" : "based_in";
    Add(firm, rel, city, std::string(rel) + ":" + std::string(how), trigger, "");
  }

  void Add(int subj_m, std::string_view rel_in, int obj_m, std::string_view rule,
           std::uint32_t trigger, std::string_view status) {
    int s = M(subj_m).entity, o = M(obj_m).entity;
    if (s < 0 || o < 0 || s == o) return;
    // "The Chinese partner, a maker of lithium hydroxide": a nationality
    // produces nothing.
    if (rel_in == "produces" && OnlyAdjective(M(subj_m))) return;
    std::string_view rel = rel_in;
    const RelationSpec* spec = FindRelation(rel);
    if (!spec) return;
    EntityType st = x.entities_[static_cast<std::size_t>(s)].type;
    EntityType ot = x.entities_[static_cast<std::size_t>(o)].type;
    if (!((spec->subject_types & Bit(st)) && (spec->object_types & Bit(ot))))
      return;
    // A governor heads no region; a country named only by an adjective
    // ("French group Eramet") takes part in no relation.
    if (rel == "head_of" && ot == EntityType::kRegion) return;
    // "the ministry, then led by minister X", "the Ministry of Mines,
    // headed by X": whoever heads a ministry is its minister.
    if (rel == "head_of" && ot == EntityType::kMinistry) {
      rel = "minister_of";
      spec = FindRelation(rel);
      if (!spec) return;
    }
    for (int e : {s, o}) {
      const EntityInfo& info = x.entities_[static_cast<std::size_t>(e)];
      if (info.type == EntityType::kCountry && !info.emit) return;
    }
    // "the Kaibab National Forest in Coconino County", "the Santa Rita
    // Mountains in Pima County": a river, a range or a protected land
    // spans the places it is said to be in.
    if (rel == "located_in" && st == EntityType::kRegion && NaturalFeature(s)) return;
    // A relation already read is not added again; nor is a visit to the
    // country the visitor leads ("raised it with Chinese President Xi
    // Jinping during a state visit to China").
    const bool visit = rel == "visited";
    for (const DocRelation& r : x.relations_) {
      if (r.subject == static_cast<std::size_t>(s) && r.object == static_cast<std::size_t>(o) &&
          (r.relation == rel ||
           (visit && (r.relation == "head_of" || r.relation == "minister_of"))))
        return;
      if (spec->symmetric && r.relation == rel &&
          r.subject == static_cast<std::size_t>(o) &&
          r.object == static_cast<std::size_t>(s))
        return;
    }
    Store(s, rel, o, rule, trigger, status);
  }

  // Appends the relation (subject and object entity indexes), with the
  // sentence as its evidence and the qualifiers read at token `trigger`.
  // Add() and AddEntities() check it first.
  void Store(int s, std::string_view rel, int o, std::string_view rule, std::uint32_t trigger,
             std::string_view status) {
    DocRelation r;
    r.subject = static_cast<std::size_t>(s);
    r.object = static_cast<std::size_t>(o);
    r.relation = std::string(rel);
    r.rule = std::string(rule);
    r.qualifiers = QualsFor(rel, trigger, status);
    const SentenceRange& sr = S();
    std::uint32_t b = x.toks_[sr.first].begin, e = x.toks_[sr.last - 1].end;
    r.evidence = std::string(x.text_.substr(b, e - b));
    r.evidence_span = Span{b, e};
    const bool bought = rel == "acquires" && r.qualifiers.status == "completed";
    // (Not "both are buying shares in the company": a participle's subject
    // is less sure.)
    const bool buying =
        rel == "acquires" && r.qualifiers.status == "agreed" && rule != "acquires:buying";
    x.relations_.push_back(std::move(r));
    // "bought the Arcadia project from Prospect Resources": a seller held
    // what it sells (or still holds it, in a sale not yet completed).
    if (rel == "sells") AddEntities(s, "owns_stake_in", o, "owns_stake_in:seller", trigger, "");
    // "Zijin bought Nevsun in 2018", "was taken over by Energy Fuels": a
    // finished purchase leaves the buyer holding what it bought.
    if (bought) AddEntities(s, "owns_stake_in", o, "owns_stake_in:bought", trigger, "");
    // "Boliden has agreed to buy Neves-Corvo": an agreed purchase is an
    // investment before the buyer holds anything.
    if (buying) AddEntities(s, "invests_in", o, "invests_in:agreed to buy", trigger, "agreed");
  }

  // "at [its] [X's] Trail smelter", "from its Tenke Fungurume and Kisanfu
  // mines": the first project named right after token k.
  int SiteAfter(std::uint32_t k) const {
    const std::uint32_t last = S().last;
    if (k >= last) return -1;
    std::uint32_t skip = k;
    while (skip < last && skip < k + 3 && !(L(skip) == "at" || L(skip) == "from")) {
      // (Not "mines bertrandite ore a few miles from Lost Sheep": near it.)
      if (L(skip) == "miles" || L(skip) == "kilometres" || L(skip) == "kilometers" ||
          L(skip) == "km" || L(skip) == "away")
        return -1;
      ++skip;
    }
    if (skip >= last || !(L(skip) == "at" || L(skip) == "from")) return -1;
    // "recovers germanium from zinc concentrate at its Trail smelter": the
    // feed, then the site.
    if (L(skip) == "from" && skip + 1 < last) {
      const int feed = x.owner_[skip + 1];
      if (feed >= 0 && M(feed).tb == skip + 1 && Fits(feed, kMnl)) return SiteAfter(M(feed).te);
    }
    std::uint32_t q = skip + 1;
    if (q < last && (L(q) == "its" || L(q) == "the" || L(q) == "their")) ++q;
    int m = q < last ? x.owner_[q] : -1;
    if (m >= 0 && M(m).tb == q && M(m).te + 1 < last && L(M(m).te) == "'s")
      m = x.owner_[M(m).te + 1];
    if (m >= 0 && M(m).entity >= 0 && Fits(m, kPrj)) return m;
    return -1;
  }

  // Tokens between a and b, not counting parenthesised asides and tickers.
  int Dist(std::uint32_t a, std::uint32_t b) const {
    int d = 0, depth = 0;
    for (std::uint32_t k = a; k < b; ++k) {
      std::string_view t = x.W(k);
      if (t == "(") ++depth;
      else if (t == ")" && depth > 0) --depth;
      else if (depth == 0 && x.owner_[k] != -2) ++d;
    }
    return d;
  }

  // The token after a share phrase starting at k, or k: "almost all of the
  // world's", "about 90% of global", "two-thirds of its", "the bulk of".
  // With `quantities`, also an amount: "about 8.8 million tonnes of".
  std::uint32_t SkipShare(std::uint32_t k, bool quantities = false) const {
    const std::uint32_t last = S().last;
    std::uint32_t q = k;
    bool amount = false;
    while (q < last && q < k + 6 && L(q) != "of") {
      std::string_view l = L(q);
      const bool hedge = l == "about" || l == "almost" || l == "nearly" ||
                         l == "roughly" || l == "around" || l == "some" ||
                         l == "over" || l == "under" || l == "approximately" ||
                         l == "virtually" || l == "practically" || l == "more" ||
                         l == "less" || l == "than" || l == "just" || l == "a" ||
                         l == "an" || l == "the" || l == "close" || l == "to";
      const bool share = l == "all" || l == "most" || l == "half" || l == "much" ||
                         l == "bulk" || l == "majority" || l == "share" ||
                         l == "third" || l == "quarter" || l == "fifth" ||
                         l == "%" || l == "percent" || l == "per" || l == "cent" ||
                         l == "large" || l == "significant" || l == "major" ||
                         l.ends_with("-thirds") || l.ends_with("-quarters") ||
                         l.ends_with("-third") || l.ends_with("-quarter") ||
                         l.ends_with("-fifths") || l.ends_with("-tenths") ||
                         x.toks_[q].kind == TokKind::kNumber ||
                         (quantities && amount && IsQuantityUnit(l));
      if (!hedge && !share) return k;
      amount |= share;
      ++q;
    }
    if (!amount || q >= last || L(q) != "of") return k;
    ++q;
    if (q < last && (L(q) == "its" || L(q) == "their" || L(q) == "global" ||
                     L(q) == "world"))
      return q + 1;
    if (q + 2 < last && L(q) == "the" && L(q + 1) == "world" && L(q + 2) == "'s")
      return q + 3;
    return q;
  }

  // "it" right before a verb: the most recent company (or country).
  int Pronoun(std::uint32_t tb, std::uint16_t types) const {
    std::uint32_t k = tb;
    // "and it has a supply agreement with Tesla": a trigger that is a noun
    // phrase after its verb; the verb's subject is the pronoun.
    // "It has signed lithium supply agreements with": a mineral may
    // describe the noun, and a plural has no article.
    {
      std::uint32_t q = tb;
      int words = 0;
      while (q > S().first + 2 && words < 3 && x.toks_[q - 1].kind == TokKind::kWord &&
             !x.toks_[q - 1].cap && L(q - 1) != "a" && L(q - 1) != "an" &&
             L(q - 1) != "signed" && L(q - 1) != "has" && L(q - 1) != "have" &&
             L(q - 1) != "it") {
        const int o = x.owner_[q - 1];
        if (o >= 0 && !Fits(o, kMnl)) break;
        q = o >= 0 ? M(o).tb : q - 1;
        ++words;
      }
      if (q > S().first + 2 && (L(q - 1) == "a" || L(q - 1) == "an")) --q;
      if (q > S().first + 1 && q < tb &&
          (L(q - 1) == "has" || L(q - 1) == "have" || L(q - 1) == "had" ||
           L(q - 1) == "signed"))
        k = q - 1;
    }
    int back = 0;
    while (k > S().first && back < 3) {
      std::string_view l = L(k - 1);
      if (l == "has" || l == "have" || l == "had" || l == "also" || l == "will" ||
          l == "would" || l == "is" || l == "was" || l == "already" || l == "then") {
        --k;
        ++back;
        continue;
      }
      break;
    }
    if (k == 0 || !(L(k - 1) == "it")) return -1;
    // "South Africa holds most of the resources, and it supplies 70%": the
    // subject of the sentence "it" stands in.
    const int s0 = SentenceSubject(types);
    if (s0 >= 0 && M(s0).te < k - 1) return s0;
    // "It is the largest importer of ore, mostly from South Africa, and it
    // refines ...": a sentence opened by "it" names its subject before.
    if (L(S().first) == "it") return Referent(S().first, types);
    return Referent(k - 1, types);
  }

  // What "it" / "its" at token `at` points back to: the subject of the
  // nearest sentence (this one first) that names a body of the wanted types,
  // i.e. its first such mention, within three sentences; companies first.
  int Referent(std::uint32_t at, std::uint16_t types) const {
    // "the purchase of SilverCrest and its Sonora silver mine": the name
    // right before "and its".
    if (at >= S().first + 2 && at < S().last && L(at) == "its" && L(at - 1) == "and") {
      const int prev = MentionEndingAt(at - 1);
      if (prev >= 0 && M(prev).entity >= 0 && Fits(prev, types) &&
          !(M(prev).flags & kAnaphor) && !OnlyAdjective(M(prev)))
        return prev;
    }
    for (std::uint16_t want : {kCom, kCty, kAge, kMin}) {
      if (!(types & want)) continue;
      int best = -1;
      for (std::size_t i = 0; i < x.mentions_.size(); ++i) {
        const Mention& m = x.mentions_[i];
        if (m.tb >= at || m.entity < 0 || m.sent + 3 < sent) continue;
        if (OnlyAdjective(m)) continue;
        if (Bit(x.entities_[static_cast<std::size_t>(m.entity)].type) != want)
          continue;
        if (best < 0 || m.sent > M(best).sent ||
            (m.sent == M(best).sent && m.tb < M(best).tb))
          best = static_cast<int>(i);
      }
      if (best >= 0) return best;
    }
    return -1;
  }

  // The mention that opens the sentence as its subject ("China's Hainan
  // Mining Co Ltd paid"), or -1.
  // Where the sentence's own words start: past a dateline ("GABORONE -",
  // "NAGPUR:", "SEADRIFT, Texas —", "LONDON (Reuters) -").
  std::uint32_t ClauseStart() const {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k < s.last && k < s.first + 7; ++k) {
      const std::string_view w = x.W(k);
      if (w == "-" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == ":")
        return x.toks_[s.first].all_caps ? k + 1 : s.first;
      // ("FLORENCE, Ariz. -": an abbreviation's point.)
      if (!(x.toks_[k].cap || w == "," || w == "(" || w == ")" || w == ".")) break;
    }
    return s.first;
  }

  int SentenceSubject(std::uint16_t types) const {
    const std::uint32_t first = ClauseStart();
    for (int mi : ms) {
      const Mention& m = M(mi);
      if (m.tb < first) continue;
      if (m.tb > first + 1) break;
      // "The Tel Aviv-based group also mines ...", "The ASX-listed company
      // said": the anaphor the place or exchange modifies.
      if (m.te + 2 < S().last && CompoundModifier(m)) {
        // ("Chicago-based Coeur already runs": the name right after.)
        for (int mj : ms) {
          const Mention& a = M(mj);
          if (a.tb > m.te + 1 && a.tb < m.te + 7 && ((a.flags & kAnaphor) || a.tb == m.te + 2))
            return Fits(mj, types) ? mj : -1;
        }
        return -1;
      }
      if (m.te < S().last && L(m.te) == "'s" && Fits(mi, kPlace)) continue;
      if (OnlyAdjective(m)) continue;
      // "Beyond Argentina it owns Goulamina, and it supplies ...": a place
      // after an opening preposition is where, not who.
      if (m.tb == S().first + 1 && Fits(mi, kPlace) && w::IsOpeningPreposition(L(S().first)))
        continue;
      // "Korea Zinc's Onsan smelter in Ulsan produces zinc, and it also
      // recovers indium": the possessed name is the subject.
      if (m.te < S().last && L(m.te) == "'s") {
        const int head = MentionStartingAt(m.te + 1, types);
        if (head >= 0) return head;
      }
      return Fits(mi, types) ? mi : -1;
    }
    for (int mi : ms) {
      // "China's X": the name after the possessive place.
      const Mention& m = M(mi);
      if (m.tb > S().first + 4) break;
      if (m.tb > S().first && L(m.tb - 1) == "'s" && Fits(mi, types)) return mi;
    }
    return -1;
  }

  static bool IsAux(std::string_view l) {
    return l == "has" || l == "have" || l == "had" || l == "is" || l == "was" ||
           l == "are" || l == "were" || l == "also" || l == "already" ||
           l == "still" || l == "now" || l == "currently" || l == "will" ||
           l == "would" || l == "been" || l == "jointly" || l == "itself";
  }

  static bool IsDirection(std::string_view l) {
    return l == "northern" || l == "southern" || l == "eastern" ||
           l == "western" || l == "central" || l == "north" || l == "south" ||
           l == "east" || l == "west" || l == "remote" ||
           l.ends_with("-eastern") || l.ends_with("-western") ||
           l == "northeastern" || l == "northwestern" || l == "southeastern" ||
           l == "southwestern" || l == "coastal" || l == "neighbouring" ||
           l == "neighboring";
  }

  // The mention with an entity that starts at token q and fits `types`,
  // or -1.
  int MentionStartingAt(std::uint32_t q, std::uint16_t types) const {
    if (q >= S().last) return -1;
    const int m = x.owner_[q];
    return m >= 0 && M(m).tb == q && Fits(m, types) ? m : -1;
  }

  // "Australia's Lynas", "Japan's Marubeni Corporation": the mention (of
  // `types`) right after a place's possessive, or -1.
  int AfterPossessive(int place, std::uint16_t types) const {
    const Mention& p = M(place);
    return p.te + 1 < S().last && L(p.te) == "'s" ? MentionStartingAt(p.te + 1, types) : -1;
  }

  int MentionEndingAt(std::uint32_t k) const {
    for (int mi : ms) {
      if (M(mi).te == k) return mi;
    }
    return -1;
  }

  int IndexOf(int mi) const {
    for (std::size_t j = 0; j < ms.size(); ++j) {
      if (ms[j] == mi) return static_cast<int>(j);
    }
    return -1;
  }

  // The head of the noun phrase ending right before token `end`: "the Fenix
  // operation in Argentina's Catamarca province" -> Fenix operation; a
  // ticker in parentheses is skipped. -1 when no mention ends there.
  int Antecedent(std::uint32_t end) const {
    const std::uint32_t first = S().first;
    std::uint32_t k = end;
    if (k > first && x.W(k - 1) == ")") {
      std::uint32_t o = k - 1;
      while (o > first && x.W(o) != "(") --o;
      if (x.W(o) == "(") k = o;
    }
    int cur = MentionEndingAt(k);
    for (int step = 0; cur >= 0 && step < 3; ++step) {
      std::uint32_t b = M(cur).tb;
      // "the park in Central Sulawesi, Indonesia, which": a place after a
      // place and a comma says where the first one is.
      // (Also "the Musha mine in Rwamagana District, in the Eastern
      // Province, which": the comma before "in the".)
      std::uint32_t comma = b;
      if (Fits(cur, kPlace)) {
        std::uint32_t p = b;
        if (p >= first + 3 && L(p - 1) == "the") --p;
        if (p >= first + 3 && L(p - 1) == "in" && x.W(p - 2) == ",") comma = p - 1;
      }
      if (Fits(cur, kPlace) && comma >= first + 2 && x.W(comma - 1) == ",") {
        const int inner = MentionEndingAt(comma - 1);
        if (inner >= 0 && Fits(inner, kPlace) && M(inner).tb > first &&
            (L(M(inner).tb - 1) == "in" || L(M(inner).tb - 1) == "at" ||
             L(M(inner).tb - 1) == "near")) {
          cur = inner;
          b = M(cur).tb;
        }
      }
      if (b >= first + 2 && L(b - 1) == "'s") {
        int o = MentionEndingAt(b - 1);
        if (o >= 0) b = M(o).tb;
      }
      std::uint32_t p = b;
      while (p > first && (L(p - 1) == "the" || IsDirection(L(p - 1)))) --p;
      // Only a place modifies what comes before it: "investing in
      // Australia's Lynas, which mines" means Lynas.
      if (p > first + 1 && Fits(cur, kPlace) &&
          (L(p - 1) == "in" || L(p - 1) == "at" ||
           L(p - 1) == "of" || L(p - 1) == "near" ||
           L(p - 1) == "from" || L(p - 1) == "on")) {
        int prev = MentionEndingAt(p - 1);
        // "the Vermelho deposit, also in Para, which holds".
        if (prev < 0 && p >= first + 4 && L(p - 2) == "also" && x.W(p - 3) == ",")
          prev = MentionEndingAt(p - 3);
        if (prev >= 0) {
          cur = prev;
          continue;
        }
        // "the Sorowako mine and smelter in South Sulawesi, which
        // produces": the works before the place ("the largest copper
        // deposits in the United States, which imports" is the place's).
        if (w::IsProjectTrigger(L(p - 2))) {
          for (std::uint32_t q = p - 2; q > first && q + 4 > p; --q) {
            prev = MentionEndingAt(q);
            if (prev >= 0 && Fits(prev, kPrj)) return prev;
          }
        }
      }
      break;
    }
    // "Covalent Lithium, its joint venture with Wesfarmers, which runs":
    // the venture, not its partner.
    if (cur >= 0) {
      const std::uint32_t b = M(cur).tb;
      if (b >= first + 6 && L(b - 1) == "with" &&
          (L(b - 2) == "venture" || L(b - 2) == "partnership") &&
          (L(b - 3) == "its" || L(b - 3) == "their" ||
           (L(b - 3) == "joint" && (L(b - 4) == "its" || L(b - 4) == "their")))) {
        const std::uint32_t its = L(b - 3) == "joint" ? b - 4 : b - 3;
        if (its > first && x.W(its - 1) == ",") {
          const int venture = MentionEndingAt(its - 1);
          if (venture >= 0) return venture;
        }
      }
    }
    return cur;
  }

  // The subject a clause before trigger `tb` points back to: ", which
  // [has] <verb>" -> the noun phrase before the comma; "X, which is listed
  // in Toronto, produces" and "X, the largest producer, said" -> X.
  // Returns -1 when the clause has no such shape, -2 when it has but the
  // antecedent is no mention.
  int ClauseSubject(std::uint32_t tb) const {
    const std::uint32_t first = S().first;
    std::uint32_t q = tb;
    while (q > first && IsAux(L(q - 1))) --q;
    if (q >= first + 2 && (L(q - 1) == "which" || L(q - 1) == "who") &&
        x.W(q - 2) == ",") {
      int a = Antecedent(q - 2);
      // "the Pilgangoora operation, one of the largest lithium mines in
      // the world, which produced": the name the apposition describes.
      if (a < 0) {
        for (std::uint32_t o = q - 2; o-- > first && o + 16 > q;) {
          if (x.W(o) != ",") continue;
          std::string_view nx = L(o + 1);
          if (nx == "one" || nx == "the" || nx == "a" || nx == "an")
            a = Antecedent(o);
          break;
        }
      }
      return a >= 0 ? a : -2;
    }
    // "Mali Lithium BV, the Dutch-registered company that holds the mine":
    // the name the apposition describes.
    if (q >= first + 4 && L(q - 1) == "that" && x.owner_[q - 2] < 0 &&
        !x.toks_[q - 2].cap && x.toks_[q - 2].kind == TokKind::kWord) {
      for (std::uint32_t o = q - 2; o-- > first && o + 9 > q;) {
        if (x.W(o) == ",") {
          std::string_view nx = L(o + 1);
          if (nx == "the" || nx == "a" || nx == "an") {
            int a = Antecedent(o);
            if (a >= 0) return a;
          }
          break;
        }
        // ("ReElement, an Indiana company that refines": the place that
        // names the company's home.)
        const int own = x.owner_[o];
        if (own >= 0 && !(M(own).flags & kDemonym) &&
            !(Fits(own, kPlace) && M(own).te == q - 2))
          break;
      }
    }
    if (q > first && x.W(q - 1) == ",") {
      for (std::uint32_t o = q - 1; o-- > first;) {
        if (x.W(o) != ",") continue;
        // "Materion, based in Mayfield Heights, Ohio, mines": the state
        // after the town is still the aside.
        if (const int st = MentionStartingAt(o + 1, kReg | kCty);
            st >= 0 && M(st).te + 1 == q && o + 1 < q - 1 && x.W(q - 1) == ",")
          continue;
        std::string_view nx = L(o + 1);
        if (nx == "which" || nx == "who" || nx == "whose" || nx == "a" ||
            nx == "an" || nx == "the" || nx == "one" || nx == "another") {
          int a = Antecedent(o);
          return a >= 0 ? a : -2;
        }
        // "its Per Geijer deposit, just outside the town of Kiruna, holds":
        // a parenthetical that opens with an adverb or a measure.
        const text_internal::Token& t = x.toks_[o + 1];
        if (q - o <= 14 &&
            ((t.kind == TokKind::kWord && !t.cap &&
              (nx == "just" || nx == "about" || nx == "some" || nx == "roughly" ||
               nx == "near" || nx == "located" || nx == "situated" ||
               nx == "based" || nx == "headquartered" || nx == "listed" ||
               nx == "founded" || nx == "owned" || nx == "controlled" ||
               nx == "backed" ||
               nx == "once" || nx == "now" || nx.ends_with("ly"))) ||
             t.kind == TokKind::kNumber)) {
          int a = Antecedent(o);
          return a >= 0 ? a : -2;
        }
        break;
      }
      // "CBG, in which the Guinean state holds 49% and Halco, a consortium
      // of A, B and C, holds 51%, operates": the name that opens the
      // sentence and the aside after it.
      // "In chromium, Eurasian Resources Group, in which the government
      // holds 40%, mines": or the name after an opening phrase.
      for (int mi : ms) {
        const Mention& m = M(mi);
        const bool opens = m.tb <= first + 1 ||
                           (x.W(m.tb - 1) == "," && m.tb <= first + 6 &&
                            (L(first) == "in" || L(first) == "at" || L(first) == "on"));
        if (!opens) {
          if (m.tb > first + 6) break;
          continue;
        }
        std::uint32_t e = m.te;
        if (e + 2 < q && x.W(e) == "(") {
          while (e < q && x.W(e) != ")") ++e;
          ++e;
        }
        if (e + 2 < q && x.W(e) == "," &&
            (L(e + 1) == "in" || L(e + 1) == "of" || L(e + 1) == "which" ||
             L(e + 1) == "whose") &&
            (L(e + 2) == "which" || L(e + 1) == "which" || L(e + 1) == "whose"))
          return Fits(mi, kMnl | kPlace) ? -1 : mi;
        if (m.tb > first + 6) break;
      }
    }
    return -1;
  }

  bool Fits(int mi, std::uint16_t types) const {
    return M(mi).entity >= 0 && (types & Bit(TypeOf(mi)));
  }

  // "technology", "processing equipment" at token k: know-how or tools,
  // which a mineral before them only describes.
  bool KnowHowAt(std::uint32_t k) const {
    auto tech = [&](std::uint32_t t) {
      if (t >= S().last) return false;
      std::string_view l = L(t);
      return l == "technology" || l == "technologies" || l == "equipment" ||
             l == "know-how" || l == "techniques" || l == "machinery";
    };
    if (k >= S().last) return false;
    std::string_view l = L(k);
    return tech(k) || ((l == "processing" || l == "refining" || l == "separation" ||
                        l == "extraction" || l == "mining" || l == "smelting") &&
                       tech(k + 1));
  }

  // KnowHowAt any token of [b, e).
  bool KnowHowIn(std::uint32_t b, std::uint32_t e) const {
    for (std::uint32_t k = b; k < e; ++k)
      if (KnowHowAt(k)) return true;
    return false;
  }

  // True when pred holds for one of the n tokens before tb in its sentence.
  template <typename Pred>
  bool AnyBefore(std::uint32_t tb, std::uint32_t n, Pred pred) const {
    for (std::uint32_t k = tb > S().first + n ? tb - n : S().first; k < tb; ++k)
      if (pred(k)) return true;
    return false;
  }

  bool NegatedBetween(std::uint32_t a, std::uint32_t b) const {
    for (std::uint32_t k = a; k < b; ++k) {
      if (IsNegation(L(k))) return true;
    }
    return false;
  }

  // The comma that closes an apposition opening at the comma k (", a
  // South Korean state company,", ", the battery maker that supplies
  // Tesla,"), within 13 words and before any barrier; k when there is none.
  std::uint32_t AppositionClose(std::uint32_t k) const {
    const std::uint32_t last = S().last;
    if (k + 1 >= last || x.W(k) != "," ||
        !(L(k + 1) == "a" || L(k + 1) == "an" || L(k + 1) == "the"))
      return k;
    std::uint32_t c = k + 1;
    while (c < last && c < k + 14 && x.W(c) != "," && !IsBarrier(x.W(c))) ++c;
    return c < last && x.W(c) == "," ? c : k;
  }

  // The named place at token k where something "is produced in" ("in
  // China", "refined in China"): not a nationality, nor a possessive
  // ("in China's Yunnan province" names the province).
  int ProducingPlaceAt(std::uint32_t k) const {
    const int place = k < S().last ? x.owner_[k] : -1;
    if (place < 0 || M(place).tb != k || M(place).entity < 0 || !Fits(place, kPlace) ||
        (M(place).flags & kDemonym) || (M(place).te < S().last && L(M(place).te) == "'s"))
      return -1;
    return place;
  }

  // The token after a name's acronym and apposition that start at k:
  // "Korea Mine Rehabilitation and Mineral Resources Corporation (KOMIR), a
  // South Korean state company, holds".
  std::uint32_t PastAcronymAndApposition(std::uint32_t k) const {
    if (k + 2 < S().last && x.W(k) == "(" && x.W(k + 2) == ")") k += 3;
    if (const std::uint32_t c = AppositionClose(k); c > k) k = c + 1;
    return k;
  }

  // Mentions coordinated with ms[idx] to its right: "X, Y and Z".
  std::vector<int> ListFrom(std::size_t idx, std::uint16_t types) const {
    std::vector<int> out = {ms[idx]};
    std::uint32_t end = M(ms[idx]).te;
    for (std::size_t j = idx + 1; j < ms.size(); ++j) {
      const Mention& n = M(ms[j]);
      // "the Las Bambas copper mine": a mention inside the last item.
      if (n.tb < end) continue;
      // "Mkango Resources, a company listed in London and Toronto, and
      // CoTec Holdings": a firm's apposition before the next item.
      if ((types & kCom) && !(types & kMnl) && Fits(out.back(), kCom | kOrg)) {
        const std::uint32_t c = AppositionClose(end);
        if (c > end && c + 2 < S().last && L(c + 1) == "and") {
          if (n.tb < c) continue;
          end = c;
        }
      }
      // "the Alpha plant in the Zhytomyr region and the Beta plant": a
      // place after a project item is not an item of the list.
      // ("Palmarejo in the state of Chihuahua, Rochester in Nevada".)
      std::uint32_t lead = end + 1 < S().last && L(end + 1) == "the" ? 1u : 0u;
      if (lead == 1 && end + 3 < S().last && L(end + 3) == "of" &&
          (L(end + 2) == "state" || L(end + 2) == "province" || L(end + 2) == "region" ||
           L(end + 2) == "department" || L(end + 2) == "district"))
        lead = 3;
      if (!(types & kPlace) && Fits(out.back(), kPrj) && n.tb == end + 1 + lead &&
          (L(end) == "in" || L(end) == "at" || L(end) == "near") &&
          Fits(ms[j], kPlace)) {
        end = n.te;
        continue;
      }
      // "the Rutongo tin mine, also in Rulindo, and the Musha mine": a
      // place set off by commas after a project item.
      if (!(types & kPlace) && Fits(out.back(), kPrj) && Fits(ms[j], kPlace) &&
          x.W(end) == "," && n.te < S().last && x.W(n.te) == ",") {
        std::uint32_t k = end + 1;
        if (L(k) == "also") ++k;
        if (L(k) == "in" && (n.tb == k + 1 || (n.tb == k + 2 && L(k + 1) == "the"))) {
          end = n.te;
          continue;
        }
      }
      bool joined = true;
      bool any = false;
      for (std::uint32_t k = end; k < n.tb; ++k) {
        std::string_view w = x.W(k);
        // ("as well as" joins; "a plant in South Carolina as China tightens
        // exports" does not.)
        const bool as_well_as =
            (L(k) == "as" && ((k + 1 < n.tb && L(k + 1) == "well") || L(k - 1) == "well")) ||
            (L(k) == "well" && L(k - 1) == "as" && k + 1 < n.tb && L(k + 1) == "as");
        if (w == "," || L(k) == "and" || L(k) == "or" || as_well_as || L(k) == "the") {
          any = true;
          continue;
        }
        // "producer of palladium and of high-grade nickel".
        if (any && L(k) == "of" && (L(k - 1) == "and" || x.W(k - 1) == ",")) continue;
        // "90% of the world's rare earths and about two-thirds of its lithium".
        if (any && (types & kMnl) && SkipShare(k) > k && SkipShare(k) <= n.tb) {
          k = SkipShare(k) - 1;
          continue;
        }
        if (any && (L(k).ends_with("-grade") || L(k).ends_with("-purity")))
          continue;
        // "Elkem, Norsk Hydro and the private equity firm Altor": a few
        // lower-case words that say what the last item is.
        if (any && !(types & kMnl) && L(k - 1) == "the" && k + 4 >= n.tb) {
          std::uint32_t d = k;
          while (d < n.tb && x.toks_[d].kind == TokKind::kWord && !x.toks_[d].cap &&
                 x.owner_[d] < 0 && IsPlainDescriptor(L(d)))
            ++d;
          if (d == n.tb && (w::IsCompanyNoun(L(d - 1)) || L(d - 1) == "fund" ||
                            L(d - 1) == "investor")) {
            k = d - 1;
            continue;
          }
        }
        if (any && k + 2 < n.tb && x.W(k + 1) == "-" &&
            (L(k + 2) == "grade" || L(k + 2) == "purity")) {
          k += 2;
          continue;
        }
        joined = false;
        break;
      }
      if (!joined || (!any && n.tb != end)) break;
      // "and ASX-listed IGO Ltd": a modifier before the next item.
      if (n.te + 1 < S().last && x.W(n.te) == "-" &&
          x.toks_[n.te + 1].kind == TokKind::kWord) {
        end = n.te + 2;
        continue;
      }
      if (!Fits(ms[j], types)) {
        // "and the Sarawak conglomerate Cahya Mata Sarawak": a place and a
        // company noun describe the next item.
        if ((types & kCom) && !(types & kPlace) && Fits(ms[j], kPlace) && n.tb > S().first &&
            L(n.tb - 1) == "the") {
          std::uint32_t d = n.te;
          while (d < S().last && d < n.te + 3 && x.owner_[d] < 0 && !x.toks_[d].cap &&
                 x.toks_[d].kind == TokKind::kWord && !w::IsCompanyNoun(L(d)) &&
                 IsPlainDescriptor(L(d)))
            ++d;
          if (d + 1 < S().last && w::IsCompanyNoun(L(d)) &&
              MentionStartingAt(d + 1, types) >= 0) {
            end = d + 1;
            continue;
          }
        }
        // "with Canada, Zambia, Greenland, Rwanda and Norway": a territory
        // among countries, and the list goes on after it.
        if ((types & kCty) && !(types & kReg) && Fits(ms[j], kReg) && n.te < S().last &&
            (x.W(n.te) == "," || L(n.te) == "and")) {
          end = n.te;
          continue;
        }
        break;
      }
      // "50% of Ambler Metals, and South32 has funded": the subject of a
      // new clause, not an item.
      // "held by Ambler Metals, Trilogy's joint venture with South32": a
      // possessor after a comma opens an apposition.
      if (n.te < S().last && L(n.te) == "'s" && x.W(n.tb - 1) == ",") break;
      // "with Alcoa Corporation, the U.S. aluminum producer": a country
      // that modifies a noun after a comma opens an apposition.
      if (Fits(ms[j], kCty) && n.te < S().last && L(n.tb - 1) == "the" &&
          x.W(n.tb - 2) == "," &&
          ((x.toks_[n.te].kind == TokKind::kWord && !x.toks_[n.te].cap && L(n.te) != "and" &&
            L(n.te) != "or") ||
           MentionStartingAt(n.te, kMnl) >= 0))
        break;
      if (n.te < S().last && n.tb >= S().first + 2 && L(n.tb - 1) == "and" &&
          x.W(n.tb - 2) == ",") {
        // (Also past an acronym and an apposition: "..., and Korea Mine
        // Rehabilitation and Mineral Resources Corporation (KOMIR), a South
        // Korean state company, holds the remaining 10 percent".)
        const std::uint32_t v = PastAcronymAndApposition(n.te);
        // (Not "OM Holdings owns 75% of OM Sarawak, and Cahya Mata Sarawak
        // holds the rest.": a share with no object of its own is of the
        // same holding.)
        const std::uint32_t share = v + 1 < S().last && IsStakeVerb(L(v)) ? StakeEnd(v + 1) : v;
        const bool same_holding =
            share > v + 1 && (share >= S().last || x.W(share) == "." || x.W(share) == ";");
        if (v < S().last && !same_holding &&
            (IsAux(L(v)) || IsStakeVerb(L(v)) || L(v) == "said" || L(v) == "says"))
          break;
      }
      // "owned by Wesfarmers and Chile's SQM": the firm after a place's
      // possessive is the item, not the place.
      if (Fits(ms[j], kPlace) && j + 1 < ms.size() && n.te + 1 < S().last &&
          L(n.te) == "'s" && M(ms[j + 1]).tb == n.te + 1 && Fits(ms[j + 1], types) &&
          !Fits(ms[j + 1], kPlace)) {
        ++j;
        out.push_back(ms[j]);
        end = M(ms[j]).te;
        continue;
      }
      out.push_back(ms[j]);
      end = n.te;
    }
    return out;
  }

  // Mentions coordinated with ms[idx] to its left, nearest first: "X, Y
  // and Z" from Z.
  std::vector<int> ListTo(int idx, std::uint16_t types) const {
    if (idx < 0) return {};
    std::vector<int> out = {ms[static_cast<std::size_t>(idx)]};
    std::uint32_t begin = M(out.back()).tb;
    for (int j = idx - 1; j >= 0; --j) {
      const Mention& p = M(ms[static_cast<std::size_t>(j)]);
      if (p.te >= begin) break;  // adjacent or overlapping: no list
      bool joined = true;
      for (std::uint32_t k = p.te; k < begin && joined; ++k)
        joined = x.W(k) == "," || L(k) == "and" || L(k) == "or";
      if (!joined || !Fits(ms[static_cast<std::size_t>(j)], types)) break;
      out.push_back(ms[static_cast<std::size_t>(j)]);
      begin = p.tb;
    }
    return out;
  }

  // Matches a phrase, split into its words, at token k; returns the end
  // token or k when no match.
  std::uint32_t Match(std::span<const std::string_view> words, std::uint32_t k) const {
    std::uint32_t t = k;
    const std::uint32_t last = S().last;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string_view word = words[i];
      if (word == "*" || word == "**") {
        // Up to 3 tokens ("**": up to 7), then the rest must match.
        const std::uint32_t most = word == "*" ? 3 : 7;
        const std::span<const std::string_view> rest = words.subspan(i + 1);
        for (std::uint32_t skip = 0; skip <= most && t + skip <= last; ++skip) {
          // Not across ", and": "supplies Tesla, and to Stellantis" is
          // another verb's.
          if (skip >= 2 && L(t + skip - 1) == "and" && x.W(t + skip - 2) == ",") break;
          if (rest.empty()) return t + skip;
          std::uint32_t e = Match(rest, t + skip);
          if (e > t + skip) return e;
        }
        return k;
      }
      if (t >= last || L(t) != word) return k;
      ++t;
    }
    return t;
  }

  /// A rule with the words of its phrase (split at each space), so that
  /// Match() does not split the phrase again at every try.
  struct SplitRule {
    const TriggerRule* rule;
    std::vector<std::string_view> words;
  };

  // Rules by the first word of their phrase, built once (a WordTable: a
  // token's lookup costs no std::hash of its bytes).
  static const w::WordTable<std::vector<SplitRule>>& RulesByFirstWord() {
    static const auto* index = [] {
      auto* m = new w::WordTable<std::vector<SplitRule>>();
      for (const TriggerRule& r : kRules) {
        SplitRule split{&r, {}};
        for (std::size_t pos = 0; pos < r.phrase.size();) {
          std::size_t sp = r.phrase.find(' ', pos);
          if (sp == std::string_view::npos) sp = r.phrase.size();
          split.words.push_back(r.phrase.substr(pos, sp - pos));
          pos = sp + 1;
        }
        std::string_view first = r.phrase.substr(0, r.phrase.find(' '));
        (*m)[first].push_back(std::move(split));
      }
      return m;
    }();
    return *index;
  }

  void TriggerRules() {
    const SentenceRange& s = S();
    const auto& index = RulesByFirstWord();
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      if (!(kw_[k] & kKwTrigger)) continue;
      // "Hotazel Manganese Mines in the Kalahari": a word of a name
      // triggers nothing.
      if (x.toks_[k].cap && x.owner_[k] >= 0 && M(x.owner_[k]).entity >= 0 &&
          M(x.owner_[k]).tb < k && !Fits(x.owner_[k], kMnl))
        continue;
      const std::vector<SplitRule>* rules = index.Find(L(k));
      if (rules == nullptr) continue;
      for (const SplitRule& split : *rules) {
        std::uint32_t e = Match(split.words, k);
        if (e == k) continue;
        ApplyRule(*split.rule, k, e);
      }
    }
  }

  bool RestrictionSentence() const {
    for (const DocRelation& r : x.relations_) {
      if (r.relation == "restricts_exports_of" && r.evidence_span &&
          r.evidence_span->begin == x.toks_[S().first].begin)
        return true;
    }
    return false;
  }

  bool LiftedSentence() const {
    for (std::uint32_t k = S().first; k < S().last; ++k) {
      std::string_view l = L(k);
      if (l == "lifted" || l == "lift" || l == "lifts" || l == "eased" ||
          l == "ease" || l == "eases" || l == "easing" || l == "scrapped" ||
          l == "removed")
        return true;
    }
    return false;
  }

  // Where the relations this sentence added begin: they are the last of
  // x.relations_, and each quotes the sentence as its evidence.
  std::size_t SentenceRelationsBegin() const {
    const std::uint32_t b = x.toks_[S().first].begin;
    std::size_t i = x.relations_.size();
    while (i > 0 && x.relations_[i - 1].evidence_span &&
           x.relations_[i - 1].evidence_span->begin == b)
      --i;
    return i;
  }

  // The antecedent of the relative clause (", which" / ", who") that opens
  // before token k in its sentence: kNoClause when none opens, -1 when one
  // does but names nothing before it.
  static constexpr int kNoClause = -2;
  int RelativeAntecedent(std::uint32_t k) const {
    for (std::uint32_t c = k; c-- > S().first + 1;) {
      if (x.W(c) == "," && (L(c + 1) == "which" || L(c + 1) == "who")) return Antecedent(c);
    }
    return kNoClause;
  }

  // Like RelativeAntecedent(), for the clause token k stands in: the ",
  // which" / ", who" must open it (no other comma or barrier between) within
  // `reach` tokens; -1 when it does not.
  int ClauseRelativeAntecedent(std::uint32_t k, std::uint32_t reach = ~0u) const {
    for (std::uint32_t c = k; c-- > S().first + 1 && k - c < reach;) {
      if (x.W(c) == "," && c + 1 < k && (L(c + 1) == "which" || L(c + 1) == "who"))
        return Antecedent(c);
      if (x.W(c) == "," || IsBarrier(x.W(c))) break;
    }
    return -1;
  }

  // "Sibanye-Stillwater holds about 80% of Keliber, and Finnish Minerals
  // Group owns most of the rest": a holder of the rest, with no object of
  // its own, holds a stake in what the sentence's earlier stake was in.
  void RestOfStake(const TriggerRule& rule, int holder, std::uint32_t te) {
    if (rule.relation != "owns_stake_in" || rule.dir != Dir::kActive) return;
    const std::uint32_t end = StakeEnd(te);
    if (end == te) return;
    bool rest = false;
    for (std::uint32_t k = te; k < end; ++k)
      rest |= L(k) == "rest" || L(k) == "remainder" || L(k) == "other" ||
              L(k) == "remaining";
    // "Escondida is 57.5% owned by BHP, ..., while Rio Tinto holds 30% and
    // ...": a share with nothing after it, in a sentence about one holding.
    // (The holding is the sentence's subject, and no "in which" clause
    // lists its holders already.)
    int about = -1;
    if (!rest && end > te && (x.W(end - 1) == "%" || L(end - 1) == "percent") &&
        (end >= S().last || x.W(end) == "," || x.W(end) == "." || x.W(end) == ";" ||
         L(end) == "and" || L(end) == "while")) {
      const int subj = SentenceSubject(kPrj | kCom);
      bool which = false;
      for (std::uint32_t k = S().first + 1; k < te; ++k)
        which |= L(k) == "which" && (L(k - 1) == "in" || L(k - 1) == "of");
      if (subj >= 0 && !which && M(subj).te <= M(holder).tb) about = M(subj).entity;
    }
    if (!rest && about < 0) return;
    const int h = M(holder).entity;
    const std::size_t first = SentenceRelationsBegin();
    for (std::size_t i = x.relations_.size(); i-- > first;) {
      const DocRelation& r = x.relations_[i];
      if (r.relation != "owns_stake_in" || static_cast<int>(r.subject) == h) continue;
      if (about >= 0 && static_cast<int>(r.object) != about) continue;
      AddEntities(h, "owns_stake_in", static_cast<int>(r.object),
                  "owns_stake_in:the rest", te, "");
      return;
    }
  }

  // True when token b lies in an apposition ", home to ..." that a comma
  // closes before token `to` ("Japan, home to Toyota and Panasonic, imports").
  bool HomeToApposition(std::uint32_t b, std::uint32_t to) const {
    std::uint32_t close = to;
    while (close > b && x.W(close - 1) != ",") --close;
    if (close == b) return false;
    for (std::uint32_t k = b; k-- > S().first + 1 && k + 16 > b;) {
      if (L(k) == "to" && k >= S().first + 2 && L(k - 1) == "home" && x.W(k - 2) == ",")
        return true;
      if (IsBarrier(x.W(k))) return false;
    }
    return false;
  }

  // "its trading arm", "Gecamines' marketing division": a business named by
  // what it does, the word before token q.
  bool TradeArm(std::uint32_t q) const {
    if (q == 0) return false;
    static constexpr std::string_view kTrades[] = {
        "trading", "marketing", "investment", "mining", "exploration", "processing",
        "refining", "smelting", "lending", "financing", "commodities", "metals"};
    return w::In(kTrades, L(q - 1));
  }

  // Drops from places after trigger end `te` a state or province right
  // after another place and a comma (or "in", with `after_in`): "a plant at
  // Vidalia, Louisiana", "based in Centennial, Colorado" name the town; a
  // country stays ("at Odda in Norway", "based in Zug, Switzerland").
  void DropStatesOfTowns(std::vector<int>& places, std::uint32_t te, bool after_in) const {
    if (places.empty()) return;
    const int first = places.front();
    std::erase_if(places, [&](int m) {
      const std::uint32_t b = M(m).tb;
      return m != first && Fits(m, kReg) && !Fits(m, kCty) && b > te && b >= 2 &&
             (x.W(b - 1) == "," || (after_in && L(b - 1) == "in")) && x.owner_[b - 2] >= 0 &&
             Fits(x.owner_[b - 2], kPlace);
    });
  }

  void ApplyRule(const TriggerRule& rule, std::uint32_t tb, std::uint32_t te) {
    // "the U.S. Geological Survey, an agency of the Department of the
    // Interior": the apposition describes the name right before its comma
    // (wherever that name stands: "works at the U.S. Geological Survey").
    if (rule.relation == "part_of" &&
        (rule.phrase == "an agency of" || rule.phrase == "a body of" ||
         rule.phrase == "an attached office of")) {
      const int body = tb > S().first && x.W(tb - 1) == "," ? Antecedent(tb - 1) : -1;
      const int parent = MentionStartingAt(L(te) == "the" ? te + 1 : te, rule.objects);
      if (body >= 0 && parent >= 0 && Fits(body, rule.subjects))
        Add(body, "part_of", parent, "part_of:" + std::string(rule.phrase), tb, "");
      return;
    }
    // "granted Kestrel a licence": a permit of some kind follows the name
    // (not "granted Kestrel more time").
    static constexpr std::string_view kPermits[] = {
        "licence", "license", "licences", "licenses", "permit", "permits", "lease",
        "leases", "concession", "concessions", "approval", "approvals", "permission",
        // "granted Black Mountain the mining right for Gamsberg".
        "right", "rights"};
    if (rule.relation == "approves" && (rule.phrase == "granted" || rule.phrase == "issued")) {
      const int o = MentionStartingAt(te, rule.objects);
      if (o < 0) return;
      bool permit = false;
      for (std::uint32_t k = M(o).te; k < S().last && k < M(o).te + 5; ++k)
        permit |= w::In(kPermits, L(k));
      if (!permit) return;
    }
    // "was granted a mining licence by the Ministry".
    if (rule.relation == "approves" && rule.phrase.starts_with("was ") &&
        !AnyBefore(te, te - tb, [&](std::uint32_t k) { return w::In(kPermits, L(k)); }))
      return;
    // "operated by" is the passive rule's; "which has operated since" has
    // no object.
    if ((rule.phrase == "operated" || rule.phrase == "developed") &&
        te < S().last &&
        (L(te) == "by" || L(te) == "since" || L(te) == "for"))
      return;
    if (rule.relation == "restricts_exports_of" && LiftedSentence()) return;
    // "is still seeking approval from", "needs permission from": none given.
    if (rule.relation == "approves" &&
        (rule.phrase == "permission from" || rule.phrase == "approval from") &&
        AnyBefore(tb, 5, [&](std::uint32_t k) {
          const std::string_view l = L(k);
          return l.starts_with("seek") || l.starts_with("await") || l.starts_with("need") ||
                 l.starts_with("requir") || l.starts_with("appl") || l == "pending" ||
                 l == "still" || l == "without" || l == "for" || l == "wait" ||
                 l == "waiting" || l == "not" || l == "no";
        }))
      return;
    // Where the rule's object may start at the latest.
    const std::uint32_t object_end =
        std::min(S().last, te + static_cast<std::uint32_t>(rule.object_window));
    // "the best-known maker of large vanadium flow batteries": the mineral
    // says what kind of goods are made.
    if (rule.relation == "produces" &&
        (rule.phrase == "maker of" || rule.phrase == "makers of" ||
         rule.phrase == "producer of" || rule.phrase == "producers of")) {
      static constexpr std::string_view kGoods[] = {
          "batteries", "battery", "cells", "magnets", "panels", "flow", "turbines",
          "vehicles", "cars", "chips", "motors", "tools", "modules", "rod", "wire", "tubes",
          "tubing", "pipes", "cable", "cables", "sheet", "foil"};
      for (std::uint32_t k = te; k < S().last && k < te + 4; ++k) {
        const int o = x.owner_[k];
        if (o < 0) continue;
        if (Fits(o, kMnl) && M(o).te < S().last && w::In(kGoods, L(M(o).te))) return;
        break;
      }
    }
    // "heard the company was sold, because SilverCrest ...": a passive
    // names no seller; "sold a stake to China's Chengxin": the name after
    // "to" is the buyer, not what was sold.
    if (rule.relation == "sells" && (rule.phrase == "sold" || rule.phrase == "agreed to sell")) {
      if (tb > S().first && rule.phrase == "sold" &&
          (L(tb - 1) == "was" || L(tb - 1) == "were" || L(tb - 1) == "is" ||
           L(tb - 1) == "are" || L(tb - 1) == "been" || L(tb - 1) == "being" ||
           L(tb - 1) == "be"))
        return;
      bool stake = false;
      for (std::uint32_t k = te; k < object_end; ++k) {
        if (x.owner_[k] >= 0) break;
        const std::string_view l = L(k);
        stake |= w::IsStakeNoun(l);
        if (l == "to" && stake) return;
      }
    }
    // "polyhalite, a mineral that contains potassium": the relative clause
    // of a common noun, not of the site or place before it.
    // ("the Titan Project in Benton County, a mineral sands deposit that
    // holds rutile": the name the apposition describes.)
    if (rule.relation == "has_reserves_of" && tb >= S().first + 2 &&
        (L(tb - 1) == "that" || L(tb - 1) == "which")) {
      const std::uint32_t a = tb - 1;
      int ante = x.W(a - 1) == "," ? Antecedent(a - 1) : MentionEndingAt(a);
      if (ante < 0 && x.W(a - 1) != ",") {
        for (std::uint32_t c = a - 1; c > S().first && c + 10 > a; --c) {
          if (IsBarrier(x.W(c))) break;
          if (x.W(c) != ",") continue;
          if (L(c + 1) == "a" || L(c + 1) == "an" || L(c + 1) == "the") ante = Antecedent(c);
          break;
        }
      }
      if (ante < 0 || !Fits(ante, rule.subjects)) return;
    }
    // "sells its concentrate to overseas processors, who turn it into
    // ammonium paratungstate": others make it.
    if (rule.relation == "produces" && rule.phrase == "into" &&
        AnyBefore(tb, 4, [&](std::uint32_t k) { return L(k) == "who"; }))
      return;
    // "Stellantis owns roughly a fifth, and Nuton, a venture of Rio Tinto,
    // holds about 14 percent": a share with no object; the name after the
    // comma opens the next clause.
    if (rule.relation == "owns_stake_in" &&
        (rule.phrase == "owns" || rule.phrase == "own" || rule.phrase == "holds" ||
         rule.phrase == "controls")) {
      for (std::uint32_t k = te; k < object_end; ++k) {
        if (x.owner_[k] >= 0) break;
        if (x.W(k) == "," && k + 1 < S().last && L(k + 1) == "and") return;
      }
    }
    // "Glencore and Vale mine nickel", "Toho Titanium and Osaka Titanium
    // make sponge": the verb of the names right before it (with the mineral
    // right after "mine"); not the noun ("the only U.S. mine source of
    // antimony", "its Garpenberg zinc mine") nor a purpose ("the
    // intermediate used to make tungsten carbide").
    if (rule.phrase == "mine" || rule.phrase == "make") {
      const int subj = MentionEndingAt(tb);
      if (subj < 0 || !Fits(subj, rule.subjects) ||
          (rule.phrase == "mine" && MentionStartingAt(te, kMnl) < 0))
        return;
      const std::uint32_t b = M(subj).tb;
      if (b > S().first && (L(b - 1) == "to" || L(b - 1) == "the" || L(b - 1) == "'s" ||
                            L(b - 1) == "its" || L(b - 1) == "whose"))
        return;
    }
    // "testing material from producers in Australia": others' presence.
    if (rule.phrase == "producers in" && tb > S().first && L(tb - 1) == "from") return;
    // "has its headquarters and main plant in Hanau": where it is based.
    if (rule.relation == "active_in" && rule.phrase == "plant in" &&
        AnyBefore(tb, 4, [&](std::uint32_t k) { return L(k) == "headquarters"; }))
      return;
    // "has agreed with ReElement to build a complex", "agreed with X on a
    // plan": a deal, not an opinion shared ("agreed with the ministry's
    // view").
    if (rule.phrase == "agreed with") {
      const int o = MentionStartingAt(L(te) == "the" ? te + 1 : te, rule.objects);
      if (o < 0) return;
      std::uint32_t q = M(o).te;
      if (q < S().last && L(q) == "'s") return;
      if (!(q < S().last && (L(q) == "to" || L(q) == "on"))) return;
    }
    // "blocked the assets of X" sanctions X; it stops no project of X's.
    if (rule.relation == "blocks" && te + 1 < S().last &&
        (L(te) == "assets" || (L(te) == "the" && L(te + 1) == "assets")))
      return;
    if (rule.phrase == "holds ** of" && (te < tb + 6 || StakeEnd(tb + 1) != te - 1)) return;
    // "is buying a 50% interest in Josemaria", "agreed to acquire a stake
    // in": a stake not held yet (the purchase is read as acquires).
    if (rule.relation == "owns_stake_in" &&
        (rule.phrase == "interest in" || rule.phrase == "stake in") &&
        AnyBefore(tb, 7, [&](std::uint32_t k) {
          const std::string_view l = L(k);
          return l == "buying" || l == "acquiring" || l == "purchasing" ||
                 ((l == "buy" || l == "acquire" || l == "purchase" || l == "take") &&
                  k > S().first && (L(k - 1) == "to" || L(k - 1) == "will" || L(k - 1) == "would"));
        }))
      return;
    // "criticised a rush to open mines in Sapmi": mines to be opened are
    // no one's presence.
    if (rule.relation == "active_in" && rule.phrase.starts_with("mines") && tb > S().first &&
        (L(tb - 1) == "open" || L(tb - 1) == "opening" || L(tb - 1) == "new" ||
         L(tb - 1) == "future" || L(tb - 1) == "build" || L(tb - 1) == "building"))
      return;
    // "Pakistan's own Reko Diq": the adjective after a place's possessive
    // (which says where, not who owns; "BHP's own Escondida" is BHP's).
    if (rule.phrase == "own" && tb > S().first + 1 && L(tb - 1) == "'s") {
      const int pos = MentionEndingAt(tb - 1);
      if (pos >= 0 && Fits(pos, kPlace)) return;
    }
    // "sells concentrate mainly to China, where it is smelted into
    // ferrochrome": the buyer's country makes it, not the seller ("runs a
    // smelter in X, where the concentrate is turned into refined tin" is
    // the company's own works).
    if (rule.relation == "produces" && rule.phrase == "into" && tb >= S().first + 2 &&
        L(tb - 1).ends_with("ed") && (L(tb - 2) == "is" || L(tb - 2) == "are")) {
      for (std::uint32_t k = S().first + 2; k + 2 < tb; ++k) {
        if (L(k) != "where" || x.W(k - 1) != ",") continue;
        const int place = MentionEndingAt(k - 1);
        if (place < 0 || !Fits(place, kCty)) continue;
        const std::uint32_t before = M(place).tb;
        if (before > S().first &&
            (L(before - 1) == "to" || (before > S().first + 1 && L(before - 2) == "to")))
          return;
      }
    }
    // "wants to turn into one of the largest nickel mines": the mineral
    // only says what kind of mine.
    // ("turned it into one of the largest lithium producers" is output.)
    if (rule.relation == "produces" && rule.phrase == "into" && te + 1 < S().last &&
        L(te) == "one" && L(te + 1) == "of") {
      for (std::uint32_t q = te + 2; q < S().last && q < te + 9; ++q) {
        const std::string_view l = L(q);
        if (l == "mines" || l == "mine" || l == "deposits" || l == "projects") return;
        if (l.starts_with("producer") || l.starts_with("exporter")) break;
      }
    }
    // "turns concentrate into powders", "converts X into Y"; not "has grown
    // from gold mining into phosphate".
    if ((rule.relation == "derived_from" || rule.relation == "produces") &&
        rule.phrase == "into" &&
        !AnyBefore(tb, 10, [&](std::uint32_t k) {
          const std::string_view l = L(k);
          return l.starts_with("turn") || l.starts_with("convert") ||
                 l.starts_with("process") || l.starts_with("refine") ||
                 l.starts_with("transform") || l.starts_with("upgrad") || l == "made" ||
                 l == "make" || l == "makes" ||
                 // "crushes and separates spodumene ore into concentrate".
                 l.starts_with("separat") || l.starts_with("crush") ||
                 l.starts_with("smelt") || l.starts_with("roast") || l.starts_with("leach");
        }))
      return;
    // "is also planning a separation plant at Seadrift", "was studying a
    // plant in the country", "a proposed refinery at": a plant not built
    // yet is no presence.
    static constexpr std::string_view kNotYet[] = {
        "planning", "plans", "planned", "plan", "studying", "considering", "proposed",
        "weighing", "exploring", "eyeing",
        "propose", "proposes", "would", "future", "possible", "potential", "evaluating",
        // "Hyundai Motor, SK On to build battery plant in Georgia", "had
        // already started building a plant in Kalgoorlie".
        "build", "building", "constructing"};
    const bool facility = rule.relation == "active_in" &&
                          (rule.phrase.starts_with("plant") || rule.phrase.starts_with("refinery") ||
                           rule.phrase.starts_with("smelter") || rule.phrase.starts_with("roaster") ||
                           rule.phrase.starts_with("refiner") ||
                           rule.phrase.starts_with("mill") || rule.phrase.starts_with("factory"));
    if (facility && AnyBefore(tb, 6, [&](std::uint32_t k) { return w::In(kNotYet, L(k)); }))
      return;
    // "ships its concentrate to the group's smelters at Odda", "to Orvik's
    // smelters": a possessor that names no company of the sentence owns the
    // works, not the subject.
    if (facility && tb >= S().first + 2 && L(tb - 1) == "'s") {
      const int owner = MentionEndingAt(tb - 1);
      if (owner < 0 || !Fits(owner, kCom) || (M(owner).flags & kAnaphor)) return;
    }
    // "has its head office in Perth": where it is based (its own rule).
    if (rule.relation == "active_in" && rule.phrase.starts_with("office") && tb > S().first &&
        (L(tb - 1) == "head" || L(tb - 1) == "main"))
      return;
    // "its Kemerton lithium hydroxide plant in Western Australia", "whose
    // Centenario plant in Salta": a named plant is a project, which is
    // where it lies (located_in) and whom it belongs to, not a presence.
    if (facility) {
      const int named = x.owner_[tb];
      if (named >= 0 && M(named).tb < tb && M(named).te == tb + 1 && Fits(named, kPrj))
        return;
    }
    // "in which the Gabonese state also holds shares": a stake, not reserves.
    if (rule.relation == "has_reserves_of" && rule.phrase == "holds" && StakeEnd(te) > te)
      return;
    // "sells most of its concentrate to Zijin" supplies goods; "sold its
    // stake in X to Y", "sold the mine to Y" is an asset sale (sells).
    if (rule.relation == "supplies" &&
        (rule.phrase == "sells ** to" || rule.phrase == "sold ** to")) {
      bool goods = false, asset = false;
      for (std::uint32_t k = tb + 1; k + 1 < te; ++k) {
        const std::string_view l = L(k);
        const int o = x.owner_[k];
        if (o >= 0 && Fits(o, kMnl)) goods = true;
        if (o >= 0 && Fits(o, kPrj | kCom)) asset = true;
        if (l == "concentrate" || l == "concentrates" || l == "output" || l == "ore" ||
            l == "production" || l == "cathodes" || l == "cathode")
          goods = true;
        if (l == "stake" || l == "stakes" || l == "interest" || l == "shares" ||
            l == "mine" || l == "mines" || l == "project" || l == "business" ||
            l == "assets" || l == "unit" || l == "subsidiary" || l == "%" ||
            l == "smelter" || l == "refinery" || l == "plant" || l == "operations")
          asset = true;
      }
      if (!goods || asset) return;
    }
    // "Boliden bought it from the Finnish group Outokumpu": the pronoun is
    // what was bought; the seller after "from" is not.
    if ((rule.relation == "acquires" || rule.relation == "sells") && rule.dir == Dir::kActive &&
        te + 1 < S().last && (L(te) == "it" || L(te) == "them") && L(te + 1) == "from")
      return;
    // "was acquired by Energy Fuels": the passive's rule reads it.
    if (rule.relation == "acquires" && rule.dir == Dir::kActive && te < S().last && L(te) == "by")
      return;
    // "The United States mines none", "produces no cobalt".
    if (rule.dir == Dir::kActive && te < S().last &&
        (L(te) == "none" || L(te) == "nothing" || L(te) == "no"))
      return;
    // "which produces it as a by-product of its mineral sands operations":
    // the object is the pronoun, not the mineral further on.
    // ("exports it as ferroniobium": the form it takes is the object.)
    if (rule.dir == Dir::kActive && rule.objects == kMnl && te < S().last &&
        (L(te) == "it" || L(te) == "them") &&
        !(te + 2 < S().last && L(te + 1) == "as" && MentionStartingAt(te + 2, kMnl) >= 0))
      return;
    // "the world's mined lithium", "global refined cobalt": an adjective.
    if ((rule.phrase == "mined" || rule.phrase == "produced" ||
         rule.phrase == "refined") &&
        tb > S().first &&
        (L(tb - 1) == "'s" || L(tb - 1) == "the" || L(tb - 1) == "of" ||
         L(tb - 1) == "global" || L(tb - 1) == "world"))
      return;
    // "secured supplies of lithium": the noun, not the verb; "supplies
    // close to half of the world's mined lithium": a share of output.
    // "supplies a quarter of the enriched uranium used by American
    // reactors": a share of one market, not of the world's output.
    if (rule.relation == "produces" && rule.phrase == "supplies") {
      const std::uint32_t share_end = SkipShare(te);
      if (!(share_end > te)) return;
      bool world = false;
      // ("of the world's antimony", "of the platinum mined each year".)
      for (std::uint32_t q = te; q < share_end + 4 && q < S().last; ++q)
        world |= L(q) == "world" || L(q) == "world's" || L(q) == "global" ||
                 L(q) == "mined" || L(q) == "produced";
      if (!world) return;
    }
    // "CMOC profit jumps as Congo mines drive record output": the noun.
    if (rule.phrase == "mines" && te < S().last) {
      static constexpr std::string_view kVerbAfter[] = {
          "drive", "drove", "are", "were", "have", "had", "will", "would", "could",
          "account", "accounted", "supply", "supplied", "face", "faced", "employ",
          "remain", "remained", "closed", "shut", "need", "produce", "produced"};
      if (w::In(kVerbAfter, L(te))) return;
      // "its steelmaking coal mines in Australia": a mineral before it
      // makes it a noun.
      if (tb > S().first && x.owner_[tb - 1] >= 0 && Fits(x.owner_[tb - 1], kMnl)) return;
    }
    // "takes 9.9% of", "took control of": not "took part of", "takes note of".
    if (rule.phrase == "takes * of" || rule.phrase == "took * of") {
      bool share = false;
      for (std::uint32_t k = tb + 1; k + 1 < te; ++k)
        share |= PercentAt(k) > 0 || L(k) == "control" || L(k) == "stake" || L(k) == "majority";
      if (!share) return;
    }
    // "Japan also buys from Lynas": buying goods from a supplier.
    if (rule.relation == "acquires" && te < S().last && L(te) == "from") return;
    // "a concession that Chemaf had acquired for its Mutoshi project": what
    // it was acquired for, not what was acquired.
    if (rule.relation == "acquires" && te + 1 < S().last && L(te) == "for" &&
        (L(te + 1) == "its" || L(te + 1) == "the" || L(te + 1) == "a" || L(te + 1) == "an"))
      return;
    if ((rule.relation == "exports" || rule.relation == "imports") &&
        RestrictionSentence())
      return;
    // "operated by Teck on land owned by NANA": the land is owned.
    if (rule.relation == "owns_stake_in" && rule.dir == Dir::kPassive &&
        L(tb) == "owned" && tb > S().first &&
        (L(tb - 1) == "land" || L(tb - 1) == "lands" || L(tb - 1) == "property" ||
         L(tb - 1) == "ground" || L(tb - 1) == "territory" || L(tb - 1) == "estate"))
      return;
    // "a privatisation tender held by the Peruvian state", "talks held by
    // the ministry": an event is held, not a stake.
    if (rule.phrase == "held by" && tb > S().first) {
      static constexpr std::string_view kEvents[] = {
          "tender", "auction", "meeting", "meetings", "talks", "vote", "election", "hearing",
          "hearings", "conference", "ceremony", "event", "consultation", "consultations",
          "summit", "session", "round", "lottery", "competition", "referendum", "forum"};
      if (w::In(kEvents, L(tb - 1))) return;
    }
    // "has banned exports of lithium ore": a restriction, not trade.
    if ((rule.relation == "exports" || rule.relation == "imports") &&
        AnyBefore(tb, 3, [&](std::uint32_t k) { return (kw_[k] & kKwRestrict) != 0; }))
      return;
    const std::uint16_t left_types =
        rule.dir == Dir::kActive ? rule.subjects : rule.objects;
    const std::uint16_t right_types =
        rule.dir == Dir::kActive ? rule.objects : rule.subjects;
    // "and CNNC holds a majority of Rossing": an unknown name right before
    // an active verb is its subject, so no earlier name is.
    bool unknown_subject = false;
    if (rule.dir == Dir::kActive && tb > S().first + 1) {
      std::uint32_t k = tb - 1;
      while (k > S().first + 1 && IsVerbAdverb(L(k))) --k;
      unknown_subject = UnknownNameAt(k) && k > S().first &&
                        (L(k - 1) == "and" || L(k - 1) == "while" || L(k - 1) == "but" ||
                         x.W(k - 1) == ",");
    }
    // Left: nearest fitting mention before the trigger.
    int left = -1;
    std::size_t left_idx = 0;
    for (std::size_t j = unknown_subject ? 0 : ms.size(); j-- > 0;) {
      const Mention& m = M(ms[j]);
      if (m.te > tb) continue;
      // "Reldan, a recycler of industrial scrap based in Pennsylvania": an
      // apposition may say at more length where a body is based.
      const bool described =
          rule.relation == "based_in" && m.te + 1 < tb && x.W(m.te) == "," &&
          (L(m.te + 1) == "a" || L(m.te + 1) == "an" || L(m.te + 1) == "the");
      if (Dist(m.te, tb) > (described ? 10 : rule.subject_window)) break;
      bool barrier = false;
      for (std::uint32_t k = m.te; k < tb; ++k) barrier |= IsBarrier(x.W(k)) && x.owner_[k] != -2;
      if (barrier) break;
      if (OnlyAdjective(m) || CompoundModifier(m)) continue;
      // "one of the few mines outside Asia and Africa that produce tin":
      // places named as exclusions do nothing.
      if (rule.dir == Dir::kActive && Fits(ms[j], kPlace) && Excluded(ms[j])) continue;
      // "selling its De Beers diamond business, its coal mines in
      // Australia": a name after "its" is something the subject owns.
      if (rule.dir == Dir::kActive && m.tb > S().first && L(m.tb - 1) == "its" &&
          Fits(ms[j], kCom))
        continue;
      // "Japan, home to Toyota and Panasonic, imports lithium": what the
      // apposition names is not the subject; the place before it is.
      if (rule.dir == Dir::kActive && HomeToApposition(m.tb, tb)) continue;
      // "Lake, which is listed on the Australian Securities Exchange and
      // based in Sydney": the exchange is not what is based there.
      if (rule.relation == "based_in" && ListedOn(m.tb)) continue;

      if (Fits(ms[j], left_types)) {
        left = ms[j];
        left_idx = j;
        break;
      }
      // "much of it from China, and JOGMEC holds tungsten": a body right
      // before an active verb is its subject, even one the rule does not
      // take.
      if (rule.dir == Dir::kActive && Fits(ms[j], kAge | kMin | kPer | kOrg)) {
        std::uint32_t k = m.te;
        if (k < tb && x.W(k) == "(") {  // "(JOGMEC)"
          while (k < tb && x.W(k) != ")") ++k;
          if (k < tb) ++k;
        }
        k = std::min(SkipAdverbs(k), tb);
        if (k == tb) break;
      }
    }
    // "Ivanhoe also owns 68% of Kipushi with Gecamines, and is building
    // Platreef": a second verb phrase of a singular subject ("and is",
    // "and has", "and develops") shares the sentence's subject.
    std::uint32_t conj = tb;
    bool singular = L(tb).size() > 3 && L(tb).back() == 's' && !L(tb).ends_with("ss");
    while (conj > S().first + 2 && IsAux(L(conj - 1))) {
      singular |= L(conj - 1) == "is" || L(conj - 1) == "has" || L(conj - 1) == "was";
      --conj;
    }
    // "Huayou bought Arcadia from Prospect Resources ... and completed
    // construction of the plant": a past-tense verb before a noun trigger.
    if (conj == tb && conj > S().first + 3 && L(conj - 1).ends_with("ed") &&
        L(conj - 1).size() > 4 && x.toks_[conj - 1].kind == TokKind::kWord &&
        !x.toks_[conj - 1].cap && x.owner_[conj - 1] < 0 && L(conj - 2) == "and") {
      --conj;
      singular = true;
    }
    if (left >= 0 && rule.dir == Dir::kActive && conj > S().first + 2 &&
        L(conj - 1) == "and" && (singular || L(tb) == "is" || L(tb) == "has")) {
      const int s0 = SentenceSubject(left_types);
      // Not in a clause of its own: "where Vale already mines nickel and
      // produces matte" (a clause closed by a comma is past: "Kipushi,
      // which produces zinc, ..., and is building").
      bool clause = false;
      for (std::uint32_t k = s0 >= 0 ? M(s0).te : tb; k + 1 < conj; ++k) {
        const std::string_view l = L(k);
        if (l == "where" || l == "which" || l == "who" || l == "that" || l == "while" ||
            l == "whose" || l == "whereas")
          clause = true;
        else if (x.W(k) == ",")
          clause = false;
      }
      if (s0 >= 0 && !clause && s0 != left && M(s0).te < M(left).tb) {
        left = s0;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(s0)));
      }
    }
    // "Manara Minerals, a joint venture of Ma'aden and the Public Investment
    // Fund, has held talks with": a name inside an apposition is not the
    // subject; the name the apposition describes is.
    // (Not a participle right after the name and its comma: "and Tianqi
    // Lithium, headquartered in Chengdu" is Tianqi's.)
    const bool participle = left >= 0 && tb == M(left).te + 1 && x.W(M(left).te) == "," &&
                            L(tb).ends_with("ed") && te > tb + 1 && !Fits(left, kPlace);
    // (Not when the trigger is in the apposition of the name itself: "run
    // by its partner CBMM, the world's largest producer of niobium".)
    bool own_apposition = false;
    if (left >= 0 && M(left).te + 2 < tb && x.W(M(left).te) == "," &&
        (L(M(left).te + 1) == "the" || L(M(left).te + 1) == "a" || L(M(left).te + 1) == "an") &&
        M(left).tb > S().first && !IsCopula(L(tb - 1))) {
      own_apposition = true;
      for (std::uint32_t k = M(left).te + 1; k < tb; ++k)
        own_apposition &= x.W(k) != "," && !IsCopula(L(k));
    }
    if (left >= 0 && rule.dir == Dir::kActive && !participle && !own_apposition) {
      bool comma = false;
      for (std::uint32_t k = M(left).te; k < tb; ++k) comma |= x.W(k) == ",";
      const int s0 = comma ? SentenceSubject(left_types) : -1;
      if (s0 >= 0 && s0 != left && M(s0).te < M(left).tb && x.W(M(s0).te) == "," &&
          M(s0).te + 1 < S().last &&
          (L(M(s0).te + 1) == "a" || L(M(s0).te + 1) == "an" || L(M(s0).te + 1) == "the" ||
           // "Kazatomprom, which is 75% owned by Samruk-Kazyna, produces".
           L(M(s0).te + 1) == "which" || L(M(s0).te + 1) == "who")) {
        left = s0;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(s0)));
      }
    }
    // "Vedanta Ltd, Anil Agarwal's mining group, owns 63%": a person's
    // possessive says whose the noun after it is; the name the apposition
    // describes is the subject.
    if (left >= 0 && rule.dir == Dir::kActive && Fits(left, kPer) && M(left).te + 1 < tb &&
        L(M(left).te) == "'s") {
      const int s0 = SentenceSubject(left_types);
      if (s0 < 0 || s0 == left || M(s0).te >= M(left).tb || x.W(M(s0).te) != ",") return;
      left = s0;
      left_idx = static_cast<std::size_t>(std::max(0, IndexOf(s0)));
    }
    // "Ma'aden, Saudi Arabia's largest miner, is about two-thirds owned by
    // the PIF": the passive's subject before an apposition.
    if (left < 0 && rule.dir == Dir::kPassive && tb > S().first + 3) {
      std::uint32_t c = tb;
      while (c > S().first && c + 6 > tb && !IsCopula(L(c - 1))) --c;
      if (c > S().first + 1 && IsCopula(L(c - 1)) && x.W(c - 2) == ",") {
        const int s0 = SentenceSubject(left_types);
        if (s0 >= 0 && M(s0).te < c - 2 && x.W(M(s0).te) == ",") {
          left = s0;
          left_idx = static_cast<std::size_t>(std::max(0, IndexOf(s0)));
        }
      }
    }
    // "Xiamen Tungsten and CTHM, a unit of state-owned China Minmetals, are
    // among the biggest makers of": the name inside the apposition before
    // the copula is not the subject; the name the apposition follows is.
    // (The verb is the list's, "Xiamen Tungsten and CTHM", not the
    // apposition's.)
    bool past_apposition = false;
    // (So too a passive: "A and B, a unit of PowerChina, are both owned
    // by the Chinese state".)
    // ("a unit of Power Construction Corp. of China (PowerChina), are":
    // past the parenthesis, and back from the name before it.)
    std::uint32_t close = left >= 0 ? M(left).te : 0;
    if (left >= 0 && close < tb && x.W(close) == ")") ++close;
    if (left >= 0 && close + 1 < tb && x.W(close) == "," && IsCopula(L(close + 1))) {
      std::uint32_t c = M(left).tb;
      if (c > S().first && x.W(c - 1) == "(") {
        const int named = MentionEndingAt(c - 1);
        if (named >= 0) c = M(named).tb;
      }
      const std::uint32_t from = c;
      while (c > S().first + 1 && c + 8 > from && x.W(c - 1) != ",") --c;
      if (c > S().first + 1 && x.W(c - 1) == "," &&
          (L(c) == "a" || L(c) == "an" || L(c) == "the")) {
        const int named = Antecedent(c - 1);
        if (named >= 0 && named != left && Fits(named, left_types)) {
          left = named;
          left_idx = static_cast<std::size_t>(std::max(0, IndexOf(named)));
          past_apposition = true;
        }
      }
    }
    // "Tshisekedi raised the contract with Chinese President Xi Jinping
    // during a state visit to China": the one met is no visitor; the
    // sentence's subject is.
    if (left >= 0 && rule.relation == "visited" && Fits(left, kPer)) {
      std::uint32_t c = M(left).tb;
      while (c > S().first && c + 6 > M(left).tb &&
             (w::IsTitleWord(L(c - 1)) ||
              (x.owner_[c - 1] >= 0 && (M(x.owner_[c - 1]).flags & kDemonym))))
        --c;
      if (c > S().first && L(c - 1) == "with") {
        const int subj = SentenceSubject(kPer);
        if (subj < 0 || subj == left) return;
        left = subj;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(subj)));
      }
    }
    // "Twin Metals Minnesota, a subsidiary of Antofagasta plc": the
    // apposition's noun describes the name right before its comma, whatever
    // the sentence's subject.
    bool unit_apposition = false;
    if (rule.relation == "subsidiary_of" && rule.dir == Dir::kActive) {
      std::uint32_t c = tb;
      while (c > S().first && c + 6 > tb && x.W(c - 1) != "," &&
             x.toks_[c - 1].kind == TokKind::kWord &&
             (!x.toks_[c - 1].cap || (x.owner_[c - 1] >= 0 && (M(x.owner_[c - 1]).flags & kDemonym))))
        --c;
      const int named = c > S().first + 1 && x.W(c - 1) == "," ? Antecedent(c - 1) : -1;
      if (named >= 0 && c < tb && (L(c) == "a" || L(c) == "an" || L(c) == "the")) {
        // "Mosaic Fertilizantes, the Brazilian arm of": whatever the name
        // before the comma is, the apposition is about it alone.
        if (!Fits(named, left_types)) return;
        left = named;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(named)));
        unit_apposition = true;
      }
    }
    int clause =
        rule.dir == Dir::kActive && !unit_apposition && !participle ? ClauseSubject(tb) : -1;
    if (clause == -2) return;
    if (clause >= 0) {
      if (!Fits(clause, left_types)) return;
      left = clause;
      left_idx = static_cast<std::size_t>(std::max(0, IndexOf(clause)));
    }
    // "the Case Lake property in northern Ontario hosts": a place after a
    // preposition modifies the subject; it is not the subject.
    // ("Zinkgruvan, in Orebro County in Sweden, produces": a place of a
    // place, so again.)
    for (int hop = 0; hop < 3 && left >= 0 && rule.dir == Dir::kActive && clause < 0 &&
                      !unit_apposition && (hop == 0 || Fits(left, kPlace));
         ++hop) {
      const int before = left;
      std::uint32_t p = M(left).tb;
      // "mines beach sand in Kerala, Tamil Nadu and Odisha and extracts":
      // the last place of a list after "in".
      if (Fits(left, kPlace) && p > S().first && L(p - 1) == "and") {
        std::uint32_t q = p - 1;
        while (q > S().first && q + 10 > p &&
               (x.W(q - 1) == "," || L(q - 1) == "and" || x.toks_[q - 1].cap))
          --q;
        if (q > S().first && q < p - 1 && L(q - 1) == "in") p = q;
      }
      // "the Fenix operation in Argentina's Catamarca province produces",
      // "in Western Australia's northern Goldfields has produced".
      if (Fits(left, kPlace)) {
        std::uint32_t pp = p;
        while (pp > S().first && IsDirection(L(pp - 1))) --pp;
        if (pp >= S().first + 2 && L(pp - 1) == "'s") {
          int o = MentionEndingAt(pp - 1);
          if (o >= 0 && Fits(o, kPlace)) p = M(o).tb;
        }
      }
      while (p > S().first && (L(p - 1) == "the" || IsDirection(L(p - 1)))) --p;
      if (p > S().first && (L(p - 1) == "in" || L(p - 1) == "of" ||
                            L(p - 1) == "near" || L(p - 1) == "at" ||
                            L(p - 1) == "outside")) {
        int a = Antecedent(p - 1);
        // "The Talvera mine, in Orvik County in Sweden, produces": a place
        // set off by commas describes the name before them.
        if (a < 0 && p >= S().first + 2 && x.W(p - 2) == "," && L(p - 1) == "in") {
          std::uint32_t c = tb;
          while (c > p && IsAux(L(c - 1))) --c;
          if (c > p && x.W(c - 1) == ",") a = Antecedent(p - 2);
        }
        if (a >= 0 && Fits(a, left_types)) {
          left = a;
          left_idx = static_cast<std::size_t>(std::max(0, IndexOf(a)));
        } else if (rule.dir != Dir::kActive || Pronoun(tb, left_types) < 0) {
          // "in the Atacama, where it has produced": "it" is the subject.
          return;
        }
      }
      if (left == before) break;
    }
    // "Ghana is Africa's largest producer of gold and also produces
    // manganese": a possessive place inside the predicate is a scope; the
    // verb's subject is the copula's.
    if (left >= 0 && rule.dir == Dir::kActive && Fits(left, kPlace) &&
        M(left).te + 1 < S().last && L(M(left).te) == "'s" &&
        x.toks_[M(left).te + 1].kind == TokKind::kWord && !x.toks_[M(left).te + 1].cap &&
        M(left).tb > S().first + 1 && IsCopula(L(M(left).tb - 1))) {
      const int subj = SentenceSubject(left_types);
      if (subj < 0 || subj == left || M(subj).te >= M(left).tb) return;
      left = subj;
      left_idx = static_cast<std::size_t>(std::max(0, IndexOf(subj)));
    }
    // "Manitoba, Canada's only producer of cesium": the possessor is a scope;
    // so is a country right before the noun ("the largest US maker of").
    const bool scope_country = left >= 0 && M(left).te == tb && Fits(left, kCty) &&
                               (ProducerPhrase(rule.phrase) || rule.phrase == "maker of");
    if (left >= 0 && M(left).te < S().last && (L(M(left).te) == "'s" || scope_country) &&
        (ProducerPhrase(rule.phrase) || rule.phrase == "makers of" ||
         rule.phrase == "maker of" || rule.relation == "has_reserves_of")) {
      // "Zimbabwe is Africa's largest producer of lithium": the copula's
      // subject is the producer.
      std::uint32_t c = M(left).tb;
      // "is the world's largest producer of cobalt and Africa's largest
      // producer of copper": the copula before the first conjunct.
      if (ProducerPhrase(rule.phrase) && c >= S().first + 3 && L(c - 1) == "and") {
        for (std::uint32_t k = c - 1; k-- > S().first + 1 && k + 14 > c;) {
          if (IsBarrier(x.W(k)) || x.W(k) == ",") break;
          if (IsCopula(L(k))) {
            c = k + 1;
            break;
          }
        }
      }
      // ("the largest US maker of": back over the ranking to the copula.)
      if (scope_country)
        while (c > S().first + 1 && c + 5 > M(left).tb && !IsCopula(L(c - 1)) &&
               x.toks_[c - 1].kind == TokKind::kWord && !x.toks_[c - 1].cap)
          --c;
      // "Trinity Metals, Rwanda's largest producer of tin, tungsten and
      // tantalum,": the company the apposition follows (not a place:
      // "the Tanco mine in Manitoba, Canada's only producer of cesium").
      const int apposed =
          ProducerPhrase(rule.phrase) && c >= S().first + 2 && x.W(c - 1) == ","
              ? MentionEndingAt(c - 1)
              : -1;
      if (apposed >= 0 && Fits(apposed, kCom | kPrj) && !Fits(apposed, kPlace)) {
        left = apposed;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(apposed)));
      } else {
        if ((!ProducerPhrase(rule.phrase) && !scope_country) || c < S().first + 2 ||
            !IsCopula(L(c - 1)))
          return;
        int cs = ClauseSubject(c - 1);
        int subj = cs >= 0 ? cs : (cs == -1 ? MentionEndingAt(c - 1) : -1);
        if (subj < 0 || !Fits(subj, left_types) || OnlyAdjective(M(subj))) return;
        left = subj;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(subj)));
      }
    }
    // "refined" only as "is refined in China" below, not "refined into",
    // "refined nickel".
    if (rule.phrase == "refined" &&
        !(te + 1 < S().last &&
          (L(te) == "in" || ((L(te) == "mainly" || L(te) == "mostly") && L(te + 1) == "in"))))
      return;
    // "graphite mined at the Balama operation": a participle after the
    // mineral names where it is produced, not who.
    if (rule.relation == "produces" && rule.dir == Dir::kActive && tb > S().first &&
        (L(tb) == "mined" || L(tb) == "produced" || L(tb) == "extracted" || L(tb) == "made" ||
         L(tb) == "refined") &&
        !(tb + 1 < S().last && L(tb + 1) == "by")) {
      int mn = MentionEndingAt(tb);
      // "graphite anode material is produced in China".
      const bool copula = tb >= S().first + 2 && (L(tb - 1) == "is" || L(tb - 1) == "are" ||
                                                  L(tb - 1) == "was" || L(tb - 1) == "were");
      if (mn < 0 && copula) mn = MentionEndingAt(tb - 1);
      // "rutile and ilmenite, titanium minerals that are mined in A and B":
      // the minerals the relative clause describes.
      if (mn < 0 && tb >= S().first + 4 &&
          (L(tb - 1) == "are" || L(tb - 1) == "is") &&
          (L(tb - 2) == "that" || L(tb - 2) == "which")) {
        std::uint32_t q = tb - 2;
        while (q > S().first + 1 && q + 5 > tb - 2 &&
               (x.owner_[q - 1] < 0 || Fits(x.owner_[q - 1], kMnl)) &&
               x.toks_[q - 1].kind == TokKind::kWord && !x.toks_[q - 1].cap)
          --q;
        if (q > S().first + 1 && x.W(q - 1) == "," && (L(tb - 3) == "minerals" ||
                                                       L(tb - 3) == "metals" ||
                                                       L(tb - 3) == "ores"))
          mn = MentionEndingAt(q - 1);
      }
      // "titanium sponge is made mainly in Japan": an adverb before "in".
      std::uint32_t in = te;
      if (in + 1 < S().last && (L(in) == "mainly" || L(in) == "mostly" || L(in) == "largely"))
        ++in;
      if (mn >= 0 && Fits(mn, kMnl)) {
        int site = L(tb) == "refined" ? -1 : SiteAfter(te);
        if (site >= 0) Add(site, "produces", mn, "produces:mined at", tb, "");
        // "is produced in China", and without the verb: "new aluminium,
        // copper and nickel produced in Russia"; "is mined in the
        // Democratic Republic of Congo".
        if (in + 1 < S().last && L(in) == "in") {
          std::uint32_t at = in + 1;
          if (copula && L(at) == "the" && x.owner_[at] < 0 && at + 1 < S().last &&
              x.owner_[at + 1] >= 0 && Fits(x.owner_[at + 1], kCty))
            ++at;
          const int place = ProducingPlaceAt(at);
          if (place >= 0) {
            // ("is refined in China, and Japan and Canada are other
            // suppliers": not past a comma and "and".)
            std::vector<int> places = ListFrom(static_cast<std::size_t>(IndexOf(place)), kPlace);
            for (std::size_t q = 1; q < places.size(); ++q)
              if (M(places[q]).tb >= 2 && x.W(M(places[q]).tb - 2) == "," &&
                  L(M(places[q]).tb - 1) == "and") {
                places.resize(q);
                break;
              }
            for (int where : places)
              for (int m : ListTo(IndexOf(mn), kMnl))
                Add(where, "produces", m, "produces:produced in", tb, "");
            // "is mined in Congo and refined in China": the second place
            // makes it too.
            std::uint32_t k = M(places.back()).te;
            if (k + 3 < S().last && L(k) == "and" &&
                (L(k + 1) == "refined" || L(k + 1) == "processed" || L(k + 1) == "smelted" ||
                 L(k + 1) == "produced" || L(k + 1) == "made") &&
                L(k + 2) == "in") {
              k += L(k + 3) == "the" ? 4 : 3;
              const int second = ProducingPlaceAt(k);
              if (second >= 0)
                for (int m : ListTo(IndexOf(mn), kMnl))
                  Add(second, "produces", m, "produces:produced in", k, "");
            }
          }
        }
        return;
      }
    }
    std::uint32_t clause_from = 0;  // set when a pronoun is the subject
    // "the biggest supplier of bauxite to China, whose refineries turn it
    // into alumina": the owner of "whose" acts, and "it" is the object.
    int whose_owner = -1;
    if (rule.dir == Dir::kActive && (mask_ & kKwWhose)) {
      for (std::uint32_t k = tb; k-- > S().first + 1 && k + 6 > tb;) {
        if (L(k) != "whose") continue;
        // Only its own clause: "whose refineries turn it into", not "whose
        // government wants Zambia to produce".
        bool plain = true;
        for (std::uint32_t q = k + 1; q < tb; ++q)
          plain &= x.owner_[q] < 0 && x.toks_[q].kind == TokKind::kWord && !x.toks_[q].cap;
        if (plain && x.W(k - 1) == ",") {
          const int o = MentionEndingAt(k - 1);
          if (o >= 0 && !OnlyAdjective(M(o))) {
            // (A place whose works the rule does not take: no one else.)
            if (!Fits(o, left_types)) return;
            whose_owner = o;
          }
        }
        break;
      }
    }
    if (whose_owner >= 0) {
      left = whose_owner;
      left_idx = static_cast<std::size_t>(std::max(0, IndexOf(whose_owner)));
    } else if (rule.dir == Dir::kActive) {
      int pr = Pronoun(tb, left_types);
      if (pr >= 0) {
        // Modal and plan words count from the pronoun on: "to keep
        // investing in the Atacama, where it has produced".
        for (std::uint32_t k = tb; k-- > S().first && k + 4 > tb;) {
          if (L(k) == "it") {
            clause_from = k + 1;
            break;
          }
        }
        left = pr;
        left_idx = 0;
        for (std::size_t j = 0; j < ms.size(); ++j) {
          if (ms[j] == pr) left_idx = j;
        }
      } else if (tb > S().first && L(tb - 1) == "it") {
        return;
      }
    }
    // "Goulamina, about 150 km south of the capital, is operated by
    // Ganfeng": a passive after a copula and an aside reads the subject
    // that opens the sentence.
    if (left < 0 && rule.dir == Dir::kPassive && tb > S().first + 2 &&
        (L(tb - 1) == "is" || L(tb - 1) == "was" || L(tb - 1) == "are" ||
         L(tb - 1) == "were") &&
        x.W(tb - 2) == ",") {
      int subj = SentenceSubject(left_types);
      if (subj >= 0 && M(subj).te < S().last && x.W(M(subj).te) == ",") {
        left = subj;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(subj)));
      }
    }
    // "Russia's MMC Norilsk Nickel is the world's largest producer of
    // nickel and also mines palladium": a verb joined by "and" to the
    // sentence's first predicate has the sentence's subject.
    if (left < 0 && rule.dir == Dir::kActive && tb >= S().first + 3 &&
        (L(tb - 1) == "and" || (L(tb - 2) == "and" && (L(tb - 1) == "also" ||
                                                       L(tb - 1) == "then")))) {
      // "... bought Bacanora Lithium Plc, which had discovered the deposit
      // and planned to produce": inside a relative clause, its antecedent.
      const int antecedent = RelativeAntecedent(tb);
      const int subject =
          antecedent == kNoClause ? SentenceSubject(left_types) : antecedent;
      if (subject >= 0 && M(subject).te < tb && Fits(subject, left_types)) {
        left = subject;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(subject)));
      }
    }
    if (left < 0) {
      // The sentence's subject, when it opens the sentence.
      for (std::size_t j = 0; j < ms.size() && rule.dir == Dir::kActive; ++j) {
        const Mention& m = M(ms[j]);
        if (m.tb > S().first + 1 || m.te > tb) break;
        if (Fits(ms[j], left_types)) {
          bool other = false;
          for (std::size_t q = j + 1; q < ms.size(); ++q) {
            if (M(ms[q]).te <= tb && Fits(ms[q], left_types)) other = true;
          }
          if (!other && Dist(m.te, tb) <= 30) {
            left = ms[j];
            left_idx = j;
          }
        }
        break;
      }
    }
    if (left < 0) return;
    // A venture named before its description: back over the description's
    // plain words ("battery cell", "50-50") to its determiner.
    const bool jv_rule = rule.relation == "partners_with" && rule.phrase.starts_with("joint venture");
    std::uint32_t det = tb;
    while (jv_rule && det > S().first + 2 && det + 6 > tb &&
           (x.toks_[det - 1].kind == TokKind::kWord || x.toks_[det - 1].kind == TokKind::kNumber ||
            x.W(det - 1) == "-") &&
           !x.toks_[det - 1].cap && x.owner_[det - 1] < 0 && L(det - 1) != "its" &&
           L(det - 1) != "their" && L(det - 1) != "a")
      --det;
    // "the Mt Marion mine near Kalgoorlie, a 50-50 joint venture with
    // Ganfeng": a site run as a venture; the sentence's subject is the
    // partner.
    if (jv_rule && det >= S().first + 3 && L(det - 1) == "a" && x.W(det - 2) == ",") {
      int site = MentionEndingAt(det - 2);
      if (site >= 0 && Fits(site, kPlace) && M(site).tb > S().first + 1 &&
          (L(M(site).tb - 1) == "near" || L(M(site).tb - 1) == "in" ||
           L(M(site).tb - 1) == "at"))
        site = MentionEndingAt(M(site).tb - 1);
      if (site >= 0 && Fits(site, kPrj)) {
        const int owner = SentenceSubject(kCom);
        if (owner < 0) return;
        left = owner;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(owner)));
      }
    }
    // "Tianqi Lithium Energy Australia, its joint venture with Tianqi
    // Lithium", "HLI Green Power, its battery cell joint venture with
    // Hyundai": the name before is the venture; its owner (else the
    // sentence's subject) is the partner.
    if (jv_rule && det >= S().first + 2 && (L(det - 1) == "its" || L(det - 1) == "their") &&
        x.W(det - 2) == "," && M(left).te == det - 2) {
      int owner = Referent(M(left).tb, left_types);
      if (owner < 0 || M(owner).entity == M(left).entity) owner = SentenceSubject(kCom);
      if (owner < 0 || M(owner).entity == M(left).entity) return;
      // Both own the venture: "SQM already owns half of Covalent Lithium,
      // its joint venture with Wesfarmers".
      if (Fits(left, kCom)) {
        Add(owner, "owns_stake_in", left, "owns_stake_in:its joint venture", tb, "");
        const int partner = MentionStartingAt(te, kCom);
        if (partner >= 0) Add(partner, "owns_stake_in", left, "owns_stake_in:its joint venture", tb, "");
      }
      left = owner;
      left_idx = static_cast<std::size_t>(std::max(0, IndexOf(owner)));
    }
    // "Ambler Metals, Trilogy's 50/50 joint venture with South32": the
    // owner is the partner, and both own the venture named before.
    bool possessive_venture = false;
    if (rule.relation == "partners_with" && rule.phrase.starts_with("joint venture") &&
        tb >= S().first + 3) {
      std::uint32_t k = tb;
      while (k > S().first + 1 && k + 3 > tb &&
             (x.toks_[k - 1].kind == TokKind::kNumber || L(k - 1) == "equal" ||
              L(k - 1) == "new" || L(k - 1) == "50-50"))
        --k;
      if (L(k - 1) == "'s" && M(left).te == k - 1 && M(left).tb > S().first &&
          x.W(M(left).tb - 1) == ",") {
        const int venture = Antecedent(M(left).tb - 1);
        if (venture >= 0 && Fits(venture, kCom) && M(venture).entity != M(left).entity) {
          Add(left, "owns_stake_in", venture, "owns_stake_in:its joint venture", tb, "");
          const int partner = MentionStartingAt(te, kCom);
          if (partner >= 0) Add(partner, "owns_stake_in", venture, "owns_stake_in:its joint venture", tb, "");
        }
        possessive_venture = true;
      } else if (L(k - 1) == "'s") {
        return;  // an unknown owner's venture
      }
    }
    // "Centrus makes HALEU for the DOE at its plant in Piketon": "its" is
    // the sentence's subject, not the nearest name.
    if (rule.relation == "active_in" &&
        (rule.phrase.starts_with("plant") || rule.phrase.starts_with("refinery")) &&
        tb > S().first && L(tb - 1) == "its") {
      const int s0 = SentenceSubject(left_types);
      if (s0 >= 0 && s0 != left && M(s0).te <= tb) {
        left = s0;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(s0)));
      }
    }
    // "Yuxiao Fund, which Northern Minerals says is controlled by Wu Tao":
    // the sayer is not what the clause is about; the antecedent is.
    if (rule.dir == Dir::kPassive && M(left).tb >= S().first + 2 &&
        (L(M(left).tb - 1) == "which" || L(M(left).tb - 1) == "that") &&
        M(left).te < tb && w::IsSayVerb(L(M(left).te))) {
      const int a = x.W(M(left).tb - 2) == "," ? Antecedent(M(left).tb - 2) : -1;
      if (a < 0 || !Fits(a, left_types)) return;
      left = a;
      left_idx = static_cast<std::size_t>(std::max(0, IndexOf(a)));
    }
    // "set up by Elkem ASA in 2021 and has been owned since 2022 by": the
    // agent of another passive is not what this one is about.
    if (rule.dir == Dir::kPassive && clause < 0 && M(left).tb > S().first &&
        L(M(left).tb - 1) == "by") {
      bool relative = false;  // "operated by X, that is owned at 90% by"
      for (std::uint32_t k = M(left).te; k < tb; ++k) relative |= x.W(k) == ",";
      if (!relative) {
        // "Vianode was set up by Elkem ASA in 2021 and has been owned since
        // 2022 by ...": both passives are about the sentence's subject.
        const int subject = SentenceSubject(left_types);
        if (subject < 0 || subject == left || M(subject).te >= M(left).tb) return;
        left = subject;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(subject)));
      }
    }
    int right = -1;
    std::size_t right_idx = 0;
    // "owns Modikwa in equal shares with African Rainbow Minerals": an
    // unknown name right after an active verb is its object, so no later
    // name is.
    bool unknown_object = false;
    if (rule.dir == Dir::kActive && te < S().last && !(right_types & kMnl)) {
      const std::uint32_t k = L(te) == "the" && te + 1 < S().last ? te + 1 : te;
      unknown_object = UnknownNameAt(k) && !w::IsMonth(x.W(k)) && k + 1 < S().last &&
                       x.toks_[k + 1].kind == TokKind::kWord && !x.toks_[k + 1].cap;
    }
    // "produces almost all of the world's separated dysprosium": the share
    // phrase does not count against the window.
    const std::uint32_t from = (right_types & kMnl) ? SkipShare(te, true) : te;
    for (std::size_t j = unknown_object ? ms.size() : 0; j < ms.size(); ++j) {
      const Mention& m = M(ms[j]);
      if (m.tb < te) continue;
      if (Dist(from, std::max(from, m.tb)) > rule.object_window) break;
      bool barrier = false;
      for (std::uint32_t k = te; k < m.tb; ++k) barrier |= IsBarrier(x.W(k)) && x.owner_[k] != -2;
      if (barrier) break;
      // "took over the operation, which STL now runs": the object was the
      // noun before the relative clause.
      bool relative = false;
      for (std::uint32_t k = te; k + 1 < m.tb; ++k)
        relative |= x.W(k) == "," && (L(k + 1) == "which" || L(k + 1) == "who");
      if (relative && rule.dir == Dir::kActive) break;
      // "CATL-led group", "Kodal's Malian subsidiary": modifiers, not objects.
      // "estimated that Russia's reserves": the possessor is what the
      // estimate is of; elsewhere it only modifies the object.
      // "talks with Pakistan's government": the country itself.
      const bool government =
          m.te + 1 < S().last && L(m.te) == "'s" && Fits(ms[j], kCty) &&
          (L(m.te + 1) == "government" || L(m.te + 1) == "authorities");
      if (m.te < S().last && !government &&
          (x.W(m.te) == "-" ||
           (L(m.te) == "'s" && !(rule.relation == "estimated" && Fits(ms[j], kPlace)))))
        continue;
      if (OnlyAdjective(m)) continue;
      // "an offtake agreement with a U.S. nuclear utility": the country
      // describes an unnamed partner (it is still where supplies go).
      if (rule.relation == "partners_with" && m.tb > S().first && (L(m.tb - 1) == "a" || L(m.tb - 1) == "an") &&
          m.te < S().last && !x.toks_[m.te].cap && x.toks_[m.te].kind == TokKind::kWord &&
          Fits(ms[j], kCty))
        continue;
      // "the smelter that it owns with Mitsubishi Materials": a co-owner.
      if (rule.relation == "owns_stake_in" && rule.dir == Dir::kActive && m.tb > te &&
          L(m.tb - 1) == "with")
        continue;
      // "strips EGA unit GAC": the unit, not its parent.
      if (m.te + 1 < S().last &&
          (L(m.te) == "unit" || L(m.te) == "subsidiary" || L(m.te) == "arm")) {
        const int unit = x.owner_[m.te + 1];
        if (unit >= 0 && M(unit).tb == m.te + 1 && Fits(unit, right_types)) continue;
      }
      if (Fits(ms[j], right_types)) {
        right = ms[j];
        right_idx = j;
        break;
      }
      if (!(right_types & kMnl) && Fits(ms[j], kMnl)) break;
    }
    if (right < 0) {
      RestOfStake(rule, left, te);
      return;
    }
    // (From the sentence's start when "it" brought the subject from before.)
    if (NegatedBetween(std::max(M(left).te, S().first), M(right).tb)) return;
    // "GITZEL: We own 40% of JV Inkai": a transcript's speaker label is no
    // subject.
    if (M(left).tb <= S().first + 1 && M(left).te < S().last && x.W(M(left).te) == ":" &&
        Fits(left, kPer))
      return;
    // "runs cattle near the Project": a site after "near" is where the
    // verb's own object is, not its object.
    if (rule.dir == Dir::kActive && Fits(right, kPrj) && M(right).tb > te + 1) {
      std::uint32_t p = M(right).tb - 1;
      if (L(p) == "the" && p > te) --p;
      if (L(p) == "near" || L(p) == "beside" || L(p) == "around") return;
    }
    // "the only antimony smelter in the country at Thompson Falls": a
    // scope, not where the site is.
    if (facility && (M(right).flags & kAnaphor) &&
        (AnyBefore(tb, 4, [&](std::uint32_t k) { return L(k) == "only"; }) ||
         (M(right).te < S().last && L(M(right).te) == "at")))
      return;
    // "Ma'aden holds 51% of the venture and PIF the remaining 49%": the
    // object phrase ended at a common noun.
    if (rule.relation == "owns_stake_in" || rule.relation == "acquires" ||
        rule.relation == "invests_in") {
      for (std::uint32_t k = te + 1; k < M(right).tb; ++k) {
        const text_internal::Token& p = x.toks_[k - 1];
        if (L(k) == "and" && x.owner_[k - 1] < 0 &&
            p.kind == TokKind::kWord && !p.cap && L(k - 1) != "the" &&
            L(k - 1) != "its" && L(k - 1) != "their")
          return;
      }
    }
    // "sell its nickel business to a unit of MMG Ltd": an unnamed unit.
    if (rule.phrase == "unit of" || rule.phrase == "subsidiary of") {
      std::uint32_t d = tb;
      if (d > S().first && (L(d - 1) == "a" || L(d - 1) == "an" || L(d - 1) == "the")) --d;
      if (d > S().first && (L(d - 1) == "to" || L(d - 1) == "from" || L(d - 1) == "with" ||
                            L(d - 1) == "by" || L(d - 1) == "for" || L(d - 1) == "through"))
        return;
    }
    // "made mixed rare earth carbonate", but not "made a profit on
    // lithium" nor "made clear that lithium ...".
    if (rule.phrase == "made" && M(right).tb != te) return;
    // "banned exports of rare earth processing technology": know-how.
    if (rule.relation == "restricts_exports_of" || rule.relation == "exports" ||
        rule.relation == "imports") {
      if (KnowHowIn(te, M(right).te + 1)) return;
    }
    const std::uint32_t subject_end = std::max(M(left).te, clause_from);
    if (rule.relation == "owns_stake_in" || rule.relation == "acquires") {
      for (std::uint32_t k = subject_end; k < tb; ++k) {
        if (L(k) == "can" || L(k) == "could" || (L(k) == "may" && !x.toks_[k].cap) ||
            L(k) == "might")
          return;
      }
    }
    // "Panasonic Energy supplies Tesla from its plant in Nevada": "its"
    // after a preposition is the sentence subject's, not the object's.
    if (facility && tb >= S().first + 3 && L(tb - 1) == "its" &&
        (L(tb - 2) == "from" || L(tb - 2) == "at" || L(tb - 2) == "through" ||
         L(tb - 2) == "via") &&
        M(left).te + 1 == tb - 1 && M(left).tb > S().first &&
        x.toks_[M(left).tb - 1].kind == TokKind::kWord && !x.toks_[M(left).tb - 1].cap &&
        L(M(left).tb - 1) != "and") {
      // The name right before the verb whose object that one is.
      std::uint32_t q = M(left).tb;
      while (q > S().first && q + 3 > M(left).tb && x.toks_[q - 1].kind == TokKind::kWord &&
             !x.toks_[q - 1].cap && x.owner_[q - 1] < 0)
        --q;
      const int s0 = q < M(left).tb ? MentionEndingAt(q) : -1;
      if (s0 >= 0 && s0 != left && Fits(s0, left_types)) {
        left = s0;
        left_idx = static_cast<std::size_t>(std::max(0, IndexOf(s0)));
      }
    }
    // "KoBold signed an agreement with AVZ to buy its interests": the
    // partner after "with" is not the buyer; the signer is.
    if (rule.relation == "acquires" && rule.phrase.starts_with("to ") && M(left).tb > S().first &&
        L(M(left).tb - 1) == "with" && M(left).te == tb) {
      std::uint32_t q = M(left).tb - 1;
      while (q > S().first && q + 6 > M(left).tb && x.owner_[q - 1] < 0 &&
             x.toks_[q - 1].kind == TokKind::kWord && !x.toks_[q - 1].cap)
        --q;
      const int signer = q < M(left).tb - 1 ? MentionEndingAt(q) : -1;
      if (signer < 0 || !Fits(signer, left_types)) return;
      left = signer;
      left_idx = static_cast<std::size_t>(std::max(0, IndexOf(signer)));
    }
    // Left coordination: "Codelco and SQM signed".
    std::vector<int> lefts = {left};
    // "The Government of Ghana, through the Ministry of Lands, has granted":
    // the government acts through its ministry.
    if (rule.dir == Dir::kActive && M(left).tb >= S().first + 3 &&
        (L(M(left).tb - 1) == "through" ||
         (L(M(left).tb - 1) == "the" && L(M(left).tb - 2) == "through"))) {
      const std::uint32_t t = L(M(left).tb - 1) == "through" ? M(left).tb - 1 : M(left).tb - 2;
      const int s0 = t > S().first && x.W(t - 1) == "," ? MentionEndingAt(t - 1) : -1;
      bool opens = s0 >= 0;
      for (std::uint32_t k = S().first; opens && k < M(s0).tb; ++k)
        opens = L(k) == "the" || L(k) == "government" || L(k) == "of";
      if (opens && Fits(s0, left_types) && M(s0).entity != M(left).entity &&
          !OnlyAdjective(M(s0)))
        lefts.push_back(s0);
    }
    // "PT Aneka Tambang Tbk (Antam)": the name before its acronym.
    std::size_t li = possessive_venture ? 0 : left_idx;
    if (li > 1 && M(ms[li - 1]).entity == M(left).entity && M(left).tb > 0 &&
        x.W(M(left).tb - 1) == "(")
      --li;
    // "SQM and Gina Rinehart's Hancock Prospecting", "Standard Lithium and
    // Norway's Equinor": the possessor belongs to the name after it.
    if (li > 1 && M(ms[li - 1]).te + 1 == M(left).tb && L(M(ms[li - 1]).te) == "'s" &&
        Fits(ms[li - 1], kPer | kCty))
      --li;
    if (li > 0) {
      const Mention& l = M(ms[li]);
      // "Sociedad Quimica y Minera de Chile (SQM) and Hancock": the name
      // before its acronym.
      std::size_t pi = li - 1;
      if (pi > 0 && M(ms[pi]).entity == M(ms[pi - 1]).entity && M(ms[pi]).tb > 0 &&
          x.W(M(ms[pi]).tb - 1) == "(" && M(ms[pi]).te < l.tb && x.W(M(ms[pi]).te) == ")")
        --pi;
      const Mention& p = M(ms[pi]);
      const std::uint32_t p_te = pi + 1 < li ? M(ms[li - 1]).te + 1 : p.te;  // past the ")"
      // "In Russia, GeoProMining mines": an opening place is no subject.
      // "Outside the DRC, the company mines".
      std::uint32_t pb = p.tb;
      if (pb > S().first + 1 && L(pb - 1) == "the") --pb;
      const bool opener = x.W(p_te) == "," && pb > S().first &&
                          (L(pb - 1) == "in" || L(pb - 1) == "at" ||
                           L(pb - 1) == "from" || L(pb - 1) == "outside" ||
                           L(pb - 1) == "besides" || L(pb - 1) == "beyond" ||
                           L(pb - 1) == "unlike");
      // "JOGMEC and trading house Iwatani Corporation will invest": a few
      // lower-case words may describe the second name.
      std::uint32_t gap_end = p_te + 1;
      if (p_te < l.tb && L(p_te) == "and") {
        // "MIND ID and its listed unit PT Aneka Tambang".
        if (gap_end < l.tb && L(gap_end) == "its") ++gap_end;
        while (gap_end < l.tb && gap_end < p_te + 5 &&
               x.toks_[gap_end].kind == TokKind::kWord && !x.toks_[gap_end].cap &&
               x.owner_[gap_end] < 0 && (IsPlainDescriptor(L(gap_end)) ||
                                         L(gap_end) == "listed"))
          ++gap_end;
      }
      // "Codelco and Anglo American Sur, the Chilean unit of Anglo": an
      // apposition describes the one name before it, not the list.
      const std::uint32_t after = M(left).te;
      // So does a participle right after it ("Ganfeng and Tianqi Lithium,
      // headquartered in Chengdu").
      const bool apposition =
          !past_apposition &&
          ((after + 1 < tb && x.W(after) == "," &&
            (L(after + 1) == "the" || L(after + 1) == "a" || L(after + 1) == "an" ||
             L(after + 1) == "its")) ||
           (after + 1 == tb && x.W(after) == "," && L(tb).ends_with("ed") && te > tb + 1));
      if (gap_end == l.tb && (L(p_te) == "and" || x.W(p_te) == ",") &&
          !opener && !apposition && Fits(ms[pi], left_types)) {
        lefts.push_back(ms[pi]);
        // "among them Hanwha, LG Chem and Hyundai Motor, which each bought
        // into Korea Zinc": the earlier items of the list, joined by commas.
        if (L(p_te) == "and") {
          for (std::size_t pj = pi; pj-- > 0 && lefts.size() < 6;) {
            const Mention& e = M(ms[pj]);
            const std::uint32_t next_tb = M(lefts.back()).tb;
            if (!(e.te + 1 == next_tb && x.W(e.te) == ",") || !Fits(ms[pj], left_types) ||
                OnlyAdjective(e))
              break;
            if (e.tb > S().first && (L(e.tb - 1) == "in" || L(e.tb - 1) == "at" ||
                                     L(e.tb - 1) == "from"))
              break;
            lefts.push_back(ms[pj]);
          }
        }
      }
    }
    std::vector<int> rights = ListFrom(right_idx, right_types);
    // "to supply synthetic graphite to Panasonic Energy, the battery maker
    // that supplies Tesla, and to carmaker Stellantis": "and to" goes on
    // with the list, past an apposition of the last name.
    if (rule.dir == Dir::kActive && rule.phrase.ends_with(" to")) {
      std::uint32_t k = M(rights.back()).te;
      const std::uint32_t shut = AppositionClose(k);
      if (shut > k && shut + 1 < S().last && L(shut + 1) == "and") k = shut;
      if (k < S().last && x.W(k) == ",") ++k;
      if (k + 2 < S().last && L(k) == "and" && L(k + 1) == "to") {
        std::uint32_t q = k + 2;
        while (q < S().last && q < k + 5 && x.owner_[q] < 0 &&
               x.toks_[q].kind == TokKind::kWord && !x.toks_[q].cap)
          ++q;
        const int more = MentionStartingAt(q, right_types);
        if (more >= 0 && !OnlyAdjective(M(more))) rights.push_back(more);
      }
    }
    std::string_view relation = rule.relation;
    // "produces about 60,000 tonnes of copper a year in concentrate, along
    // with silver", "produced 350,000 tonnes of copper in 2022, together
    // with gold, silver and molybdenum": the products go on.
    // ("Crawford holds nickel along with cobalt, chromium and iron": what a
    // deposit holds too.)
    if ((relation == "produces" || relation == "targets_production_of" ||
         relation == "has_reserves_of") &&
        !rights.empty() && Fits(rights.back(), kMnl)) {
      for (std::uint32_t k = M(rights.back()).te; k + 2 < S().last && k < M(rights.back()).te + 8;
           ++k) {
        if (IsBarrier(x.W(k)) || (x.owner_[k] >= 0 && !Fits(x.owner_[k], kMnl))) break;
        std::uint32_t at = 0;
        if ((L(k) == "along" || L(k) == "together") && L(k + 1) == "with") at = k + 2;
        if (L(k) == "as" && L(k + 1) == "well" && k + 3 < S().last && L(k + 2) == "as") at = k + 3;
        if (at == 0) continue;
        const int more = MentionStartingAt(at, kMnl);
        if (more >= 0)
          for (int m : ListFrom(static_cast<std::size_t>(IndexOf(more)), kMnl))
            if (std::find(rights.begin(), rights.end(), m) == rights.end()) rights.push_back(m);
        break;
      }
    }
    // "blocked the assets of A (CGN), which runs the mine, of B, known as
    // Pronico, and of C": each name after ", of" or "and of".
    if (relation == "sanctions" && rule.phrase.ends_with(" of") && !rights.empty()) {
      for (std::uint32_t k = M(rights.back()).te; k + 1 < S().last; ++k) {
        if (L(k) != "of" || !(x.W(k - 1) == "," || L(k - 1) == "and")) continue;
        const int more = MentionStartingAt(k + 1, right_types);
        if (more >= 0 && std::find(rights.begin(), rights.end(), more) == rights.end())
          rights.push_back(more);
      }
    }
    // "based in Centennial, Colorado": the town is the home, not the state
    // or province it lies in (a country is: "based in Zug, Switzerland").
    // (So is a plant's or an office's: "operates a plant in Hemlock,
    // Michigan" is active in Hemlock.)
    if ((relation == "based_in" || relation == "active_in") && rights.size() > 1)
      DropStatesOfTowns(rights, te, false);
    // "ZCCM-IH's takeover of Glencore's stake": the buyer takes the stake,
    // not the company that held it.
    // "the takeover of the mine from Glencore": Glencore sold; "the
    // takeover of Glencore's stake": the stake is bought, not Glencore.
    if (relation == "acquires" && rule.dir == Dir::kActive && M(right).tb >= te) {
      const std::uint32_t b = M(right).tb, e = M(right).te;
      if (b > te && L(b - 1) == "from") return;
      if (e + 1 < S().last && L(e) == "'s" &&
          (L(e + 1) == "stake" || L(e + 1) == "interest" || L(e + 1) == "shares" ||
           L(e + 1) == "holding" || L(e + 1) == "share"))
        return;
    }
    // "owned at 90% by Strand Minerals and at 10% by PT Aneka Tambang",
    // "owned 51% by A and 49% by B": each share's holder.
    if (relation == "owns_stake_in" && rule.dir == Dir::kPassive && !rights.empty()) {
      std::uint32_t e = M(rights.back()).te;
      while (e + 3 < S().last && L(e) == "and") {
        std::uint32_t q = e + 1;
        if (L(q) == "at") ++q;
        const std::uint32_t end = StakeEnd(q);
        if (end == q || end + 1 >= S().last || L(end) != "by") break;
        // "by the Indonesian state company PT Aneka Tambang".
        std::uint32_t at = end + 1;
        for (int words = 0; at + 1 < S().last && words < 5; ++words) {
          const int o = x.owner_[at];
          const bool demonym = o >= 0 && M(o).tb == at && (M(o).flags & kDemonym);
          if (!(L(at) == "the" || demonym ||
                (o < 0 && x.toks_[at].kind == TokKind::kWord && !x.toks_[at].cap)))
            break;
          at = demonym ? M(o).te : at + 1;
        }
        int h = MentionStartingAt(at, right_types);
        if (h < 0) break;
        // "and 30% by Japan's Marubeni Corporation": the company after the
        // country's possessive.
        if (Fits(h, kPlace)) {
          const int firm = AfterPossessive(h, right_types & (kCom | kOrg));
          if (firm >= 0) h = firm;
        }
        rights.push_back(h);
        e = M(h).te;
      }
    }
    // "its smelters at Ronnskar in Sweden, at Harjavalta and Kokkola in
    // Finland and at Odda in Norway": every place of the chain, and the
    // places they lie in.
    if (facility && rule.phrase.ends_with(" at") && !rights.empty() &&
        M(rights.back()).tb >= te) {
      std::uint32_t e = M(rights.back()).te;
      while (e + 1 < S().last) {
        std::uint32_t q = e;
        if (L(q) == "in") {
          ++q;
        } else {
          if (x.W(q) == ",") ++q;
          if (q < S().last && L(q) == "and") ++q;
          if (q >= S().last || L(q) != "at") break;
          ++q;
        }
        const int o = MentionStartingAt(q, kPlace);
        if (o < 0) break;
        for (int m : ListFrom(static_cast<std::size_t>(IndexOf(o)), kPlace)) {
          if (std::find(rights.begin(), rights.end(), m) == rights.end()) rights.push_back(m);
          e = M(m).te;
        }
      }
      // "a plant at Vidalia, Louisiana", "a refinery at Kahama in Shinyanga
      // Region": the town is the presence, not the state or province it
      // lies in (a country is: "at Odda in Norway").
      DropStatesOfTowns(rights, te, true);
    }
    // "South32 owns 60% of GEMCO and Anglo American the other 40%": a name
    // with a share of its own after the first object holds that object
    // too; it is not a second thing the subject owns.
    if (relation == "owns_stake_in" && rule.dir == Dir::kActive && rights.size() > 1) {
      std::vector<int> owned = {rights[0]}, holders;
      for (std::size_t r = 1; r < rights.size(); ++r) {
        const std::uint32_t e = PastAcronymAndApposition(M(rights[r]).te);
        // "... and Finnish Minerals Group owns most of the rest".
        const bool own_verb = e + 1 < S().last &&
                              (L(e) == "owns" || L(e) == "holds" || L(e) == "has" ||
                               L(e) == "controls");
        (StakeEnd(e) > e || (own_verb && StakeEnd(e + 1) > e + 1) ? holders : owned)
            .push_back(rights[r]);
      }
      if (!holders.empty()) {
        for (int h : holders)
          if (Fits(h, kCom | kCty | kOrg | kPer))
            Add(h, "owns_stake_in", rights[0], "owns_stake_in:and X the rest", tb, "");
        rights = std::move(owned);
      }
    }
    // "it sold part of its output to Toyotsu": the buyer is supplied, not
    // sold.
    if (relation == "sells" && M(right).tb > te && L(M(right).tb - 1) == "to") {
      bool goods = false;
      for (std::uint32_t k = te; k + 1 < M(right).tb; ++k) {
        std::string_view g = L(k);
        // "sold its stake to X": X buys an asset, and is not sold.
        if (g == "stake" || g == "stakes" || g == "interest" || g == "shares" ||
            g == "holding" || g == "business" || g == "unit" || g == "assets" ||
            g == "subsidiary" || g == "mine" || g == "mines" ||
            g == "project" || g == "projects" || g == "operations")
          return;
        goods |= x.owner_[k] < 0;
      }
      if (!goods) return;
      relation = "supplies";
    }
    std::string rule_name = std::string(relation) + ":" +
                            std::string(rule.phrase);
    // "will produce", "aims to become a producer of": a plan, not output.
    if (relation == "produces" && rule.dir == Dir::kActive) {
      // ("plans to mine graphite and process it into anode material": the
      // plan is the subject's, before the pronoun.)
      const std::uint32_t plan_from = rule.phrase == "into" ? M(left).te : subject_end;
      for (std::uint32_t k = plan_from; k < tb; ++k) {
        std::string_view l = L(k);
        // ("restarted in May": the month.)
        if (l == "can" || l == "could" || (l == "may" && !x.toks_[k].cap) || l == "might")
          return;
        // ("uses the mill to process monazite into": a means, no plan.)
        if (l == "will" || (l == "to" && rule.phrase != "into") || l == "plans" ||
            l == "aims" || l == "aimed" || l == "expects" || l == "would" ||
            // "wants to turn the manganese in them into metal".
            l == "wants" || l == "intends" || l == "hopes") {
          relation = "targets_production_of";
          rule_name = "targets_production_of:" + std::string(rule.phrase);
          break;
        }
      }
    }
    // "Renault and Stellantis have plants in Tangier and Kenitra
    // respectively": item by item.
    const bool respectively = lefts.size() == rights.size() && lefts.size() > 1 &&
                              M(rights.back()).te < S().last &&
                              (L(M(rights.back()).te) == "respectively" ||
                               (x.W(M(rights.back()).te) == "," &&
                                M(rights.back()).te + 1 < S().last &&
                                L(M(rights.back()).te + 1) == "respectively"));
    for (std::size_t a = 0; a < lefts.size(); ++a) {
      for (std::size_t b = 0; b < rights.size(); ++b) {
        // (lefts are gathered last first.)
        if (respectively && lefts.size() - 1 - a != b) continue;
        const int l = lefts[a], r = rights[b];
        if (rule.dir == Dir::kActive) {
          Add(l, relation, r, rule_name, tb, rule.status);
        } else {
          Add(r, relation, l, rule_name, tb, rule.status);
        }
      }
    }
    // "Cameco owns 40% of JV Inkai with Kazatomprom", "owns Modikwa in
    // equal shares with ARM": the partner owns the rest.
    // ("owns half of Covalent Lithium, its joint venture with Wesfarmers").
    std::uint32_t with = rights.size() == 1 ? M(rights[0]).te : S().last;
    if (with + 2 < S().last && x.W(with) == "," && L(with + 1) == "its") with += 2;
    while (with < S().last && with < M(rights[0]).te + 5 &&
           (L(with) == "joint" || L(with) == "venture" || L(with) == "in" ||
            L(with) == "partnership" || L(with) == "equal" || L(with) == "shares" ||
            L(with) == "jointly" || L(with) == "50/50"))
      ++with;
    if (relation == "owns_stake_in" && rule.dir == Dir::kActive && with + 1 < S().last &&
        L(with) == "with") {
      const int partner = MentionStartingAt(with + 1, kCom | kCty);
      if (partner >= 0 && !OnlyAdjective(M(partner)))
        Add(partner, "owns_stake_in", rights[0], "owns_stake_in:with partner", tb, rule.status);
    }
    // "CMOC holds 80% of TFM, with state miner Gecamines holding the rest":
    // the other holder.
    if (relation == "owns_stake_in" && rule.dir == Dir::kActive) {
      std::uint32_t k = M(rights.back()).te;
      if (k + 3 < S().last && x.W(k) == "," && L(k + 1) == "with") {
        k += 2;
        while (k < S().last && k < M(rights.back()).te + 6 && x.owner_[k] < 0 &&
               !x.toks_[k].cap && x.toks_[k].kind == TokKind::kWord &&
               IsPlainDescriptor(L(k)))
          ++k;
        const int other = MentionStartingAt(k, rule.subjects);
        if (other >= 0 && (M(other).flags & kAnaphor) == 0) {
          const std::uint32_t v = M(other).te;
          if (v + 1 < S().last && (L(v) == "holding" || L(v) == "owning") &&
              StakeEnd(v + 1) > v + 1)
            for (int r : rights) Add(other, "owns_stake_in", r, rule_name, tb, rule.status);
        }
      }
    }
    // "owned 51% by Tianqi Lithium Corp and 49% by IGO": the next holder.
    if (relation == "owns_stake_in" && rule.dir == Dir::kPassive) {
      std::uint32_t k = M(rights.back()).te;
      if (k + 4 < S().last && L(k) == "and" &&
          x.toks_[k + 1].kind == TokKind::kNumber &&
          (x.W(k + 2) == "%" || L(k + 2) == "percent") && L(k + 3) == "by") {
        int next = x.owner_[k + 4];
        if (next >= 0 && M(next).tb == k + 4 && Fits(next, rule.subjects))
          for (int l : lefts) Add(next, "owns_stake_in", l, rule_name, tb, rule.status);
      }
    }
    // "Acron ... began extracting X ... in the Murmansk region": active_in.
    if (relation == "produces" && rule.dir == Dir::kActive) {
      for (std::size_t j = right_idx + 1; j < ms.size(); ++j) {
        const Mention& m = M(ms[j]);
        if (m.tb > M(rights.back()).te + 10 || Fits(ms[j], kPrj)) break;
        // "the largest producer of palladium, plans to build a smelter in
        // China": a plan is no presence.
        if (AnyBefore(m.tb, m.tb - M(rights.back()).te, [&](std::uint32_t q) {
              const std::string_view w = L(q);
              return w == "plans" || w == "plan" || w == "planned" || w == "will" ||
                     w == "would" || w == "wants" || w == "aims" || w == "intends";
            }))
          break;
        if (m.tb < 2 || !Fits(ms[j], kPlace)) continue;
        std::uint32_t k = m.tb - 1;
        while (k > S().first && IsDirection(L(k))) --k;
        if (L(k) == "the") --k;
        // "separates rare earths at Kalgoorlie".
        if (L(k) != "in" && L(k) != "on" && !(L(k) == "at" && k == M(rights.back()).te))
          continue;
        // "through its purchases of Lonmin, Stillwater Mining in the United
        // States": the place of another company.
        // ("mines sands at Richards Bay Minerals in South Africa" names a
        // site by its company.)
        if (k > S().first && x.owner_[k - 1] >= 0 && Fits(x.owner_[k - 1], kCom) &&
            std::find(lefts.begin(), lefts.end(), x.owner_[k - 1]) == lefts.end() &&
            !(M(x.owner_[k - 1]).tb > S().first && L(M(x.owner_[k - 1]).tb - 1) == "at"))
          continue;
        // "mines beach sand in Kerala, Tamil Nadu and Odisha": each place.
        for (int place : ListFrom(j, kPlace)) {
          if (M(place).flags & kDemonym) continue;
          for (int l : lefts) {
            if (Fits(l, kAnyOrg)) Add(l, "active_in", place, "active_in:produces in", tb, "");
          }
        }
        break;
      }
    }
    // "produces NdPr oxide at Mountain Pass": the site produces it too.
    if (relation == "produces" && rule.dir == Dir::kActive) {
      int site = SiteAfter(M(rights.back()).te);
      // "the Nui Phao mine, operated by Masan, which also produces
      // tungsten and copper there": the site named before.
      if (site < 0 && M(rights.back()).te < S().last && L(M(rights.back()).te) == "there") {
        for (std::uint32_t k = tb; k-- > S().first;) {
          const int o = x.owner_[k];
          if (o >= 0 && Fits(o, kPrj) && M(o).entity >= 0) {
            site = o;
            break;
          }
        }
      }
      // "from its Tenke Fungurume and Kisanfu mines": every site listed.
      if (site >= 0) {
        for (int st : ListFrom(static_cast<std::size_t>(IndexOf(site)), kPrj)) {
          for (int r : rights) Add(st, "produces", r, "produces:at site", tb, "");
          // "Lynas mines rare earth ore at Mt Weld": the company runs it.
          for (int l : lefts)
            if (Fits(l, kCom) && relation == "produces")
              Add(l, "operates", st, "operates:produces at", tb, "");
        }
      }
    }
    // "Mitsubishi Materials, through its subsidiary Japan New Metals Co.,
    // produces tungsten powders": the parent does it too.
    if (rule.dir == Dir::kActive && Fits(left, kCom) && M(left).tb >= S().first + 3 &&
        (relation == "produces" || relation == "operates" || relation == "develops" ||
         relation == "owns_stake_in") &&
        (L(M(left).tb - 1) == "subsidiary" || L(M(left).tb - 1) == "unit") &&
        L(M(left).tb - 2) == "its" && L(M(left).tb - 3) == "through") {
      const int parent = Referent(M(left).tb - 2, kCom);
      if (parent >= 0 && Fits(parent, kCom) && M(parent).entity != M(left).entity)
        for (int r : rights) Add(parent, relation, r, rule_name, tb, rule.status);
    }
    // "Nornickel already works in the Murmansk region through its
    // subsidiary Kola MMC": the subsidiary does it too.
    if (rule.dir == Dir::kActive && Fits(left, kCom) &&
        (relation == "active_in" || relation == "produces" || relation == "operates")) {
      std::uint32_t q = M(rights.back()).te;
      // ("runs the Moanda manganese mine in Gabon through its subsidiary
      // Comilog": past the place of the site.)
      if (q + 1 < S().last && L(q) == "in") {
        const int place = MentionStartingAt(q + 1, kPlace);
        if (place >= 0) q = M(place).te;
      }
      if (q + 3 < S().last && L(q) == "through" && L(q + 1) == "its" &&
          (L(q + 2) == "subsidiary" || L(q + 2) == "unit")) {
        const int sub = MentionStartingAt(q + 3, kCom);
        if (sub >= 0 && M(sub).entity >= 0 && M(sub).entity != M(left).entity)
          for (int r : rights) Add(sub, relation, r, rule_name, tb, rule.status);
      }
    }
    // "Manara buys 10% of Vale Base Metals": buying a share of a company
    // is also an investment in it.
    if (relation == "acquires" && rule.dir == Dir::kActive && Fits(right, kCom)) {
      bool share = false;
      for (std::uint32_t k = te; k < M(right).tb; ++k)
        share |= x.W(k) == "%" || L(k) == "percent" || L(k) == "stake";
      if (share) {
        for (int l : lefts) Add(l, "invests_in", right, "invests_in:buys a share", tb, rule.status);
      }
    }
    // "has signed agreements to supply synthetic graphite to Panasonic
    // Energy": a signed supply deal makes the two partners.
    if (relation == "supplies" && rule.dir == Dir::kActive && rule.phrase == "to supply * to" &&
        AnyBefore(tb, 5, [&](std::uint32_t k) { return L(k) == "signed"; })) {
      for (int l : lefts)
        for (int r : rights) Add(l, "partners_with", r, "partners_with:signed to supply", tb, "");
    }
    // "agreed to sell its coal mines, including A and B, to Peabody": the
    // buyer acquires what is sold.
    if (rule.relation == "sells") {
      std::uint32_t k = M(rights.back()).te;
      if (k + 1 < S().last && L(k) == "to") {
        int buyer = x.owner_[k + 1];
        if (buyer >= 0 && M(buyer).tb == k + 1 && M(buyer).entity >= 0 &&
            Fits(buyer, kCom | kOrg)) {
          for (int r : rights) Add(buyer, "acquires", r, "acquires:sold to", tb, rule.status);
        }
      }
    }
    // "completed its takeover of Mandalay", "closed the purchase of": a
    // finished deal leaves the buyer holding what it bought.
    if (relation == "acquires" && rule.dir == Dir::kActive &&
        (rule.phrase == "acquisition of" || rule.phrase == "takeover of" ||
         rule.phrase == "purchase of") &&
        AnyBefore(tb, 6, [&](std::uint32_t k) {
          const std::string_view l = L(k);
          return l == "completed" || l == "completes" || l == "closed" ||
                 l == "finalised" || l == "finalized";
        })) {
      for (int l : lefts)
        for (int r : rights) Add(l, "owns_stake_in", r, "owns_stake_in:completed purchase", tb, "");
    }
    // "granted a mining lease to Barari DV Ghana Limited for the Ewoyaa
    // Lithium Project": the project is approved too.
    if (relation == "approves" && rule.dir == Dir::kActive) {
      std::uint32_t k = M(rights.back()).te;
      if (k + 1 < S().last && L(k) == "for") {
        ++k;
        if (L(k) == "the" || L(k) == "its") ++k;
        const int project = MentionStartingAt(k, kPrj);
        if (project >= 0)
          for (int l : lefts) Add(l, "approves", project, rule_name, tb, rule.status);
      }
    }
    // "received grants from the Department of Defense and from Natural
    // Resources Canada for its La Loutre project": each lender, and the
    // project too.
    if (relation == "supports" && rule.dir == Dir::kPassive) {
      std::vector<int> backers(rights.begin(), rights.end());
      std::uint32_t k = M(rights.back()).te;
      if (k + 2 < S().last && L(k) == "and" && L(k + 1) == "from") {
        std::uint32_t q = k + 2;
        if (L(q) == "the") ++q;
        const int more = MentionStartingAt(q, rule.subjects);
        if (more >= 0) {
          backers.push_back(more);
          for (int l : lefts) Add(more, "supports", l, rule_name, tb, rule.status);
          k = M(more).te;
        }
      }
      if (k + 2 < S().last && L(k) == "for" && (L(k + 1) == "its" || L(k + 1) == "the")) {
        const int project = MentionStartingAt(k + 2, kPrj);
        if (project >= 0)
          for (int b : backers) Add(b, "supports", project, rule_name, tb, rule.status);
      }
    }
    // "the largest supplier of refined copper to the United States": the
    // goods go abroad from the one and come in to the other.
    if (rule.phrase == "supplier of ** to") {
      for (std::uint32_t q = tb + 2; q + 1 < te; ++q) {
        const int mn = MentionStartingAt(q, kMnl);
        if (mn < 0) continue;
        for (int l : lefts)
          if (Fits(l, kCty)) Add(l, "exports", mn, rule_name, tb, rule.status);
        for (int r : rights)
          if (Fits(r, kCty)) Add(r, "imports", mn, rule_name, tb, rule.status);
        q = M(mn).te - 1;
      }
    }
    // "bought the Rincon project from Rincon Mining": the seller sells.
    if (rule.relation == "acquires") {
      for (int r : rights) {
        std::uint32_t k = M(r).te;
        // "the Araxá project in Brazil from Itafos": past where it lies;
        // "the UK Seabed Resources business from Lockheed Martin": past
        // the noun.
        if (k + 2 < S().last && L(k) == "in") {
          const int place = MentionStartingAt(k + 1, kPlace);
          if (place >= 0) k = M(place).te;
          // "bought the Arcadia project in 2022 from".
          else if (x.toks_[k + 1].kind == TokKind::kNumber && L(k + 2) == "from")
            k += 2;
        }
        if (k + 2 < S().last && (L(k) == "business" || L(k) == "unit" || L(k) == "assets" ||
                                 L(k) == "operations" || L(k) == "division"))
          ++k;
        if (k + 1 < S().last && L(k) == "from") {
          int seller = MentionStartingAt(k + 1, kCom | kOrg | kCty);
          // "from Australia's Prospect Resources".
          if (seller >= 0 && Fits(seller, kCty)) seller = AfterPossessive(seller, kCom | kOrg);
          if (seller < 0) continue;
          // "from Trafigura and Mubadala Investment Company": each seller.
          for (int sl : ListFrom(static_cast<std::size_t>(IndexOf(seller)), kCom | kOrg))
            Add(sl, "sells", r, "sells:bought from", tb, "");
        }
      }
    }
  }

  // "China restricts exports of gallium": restriction words and export words
  // in one sentence; the state bodies before them restrict the minerals after.
  // "X and Y said A, B and C would require export licences": after a
  // reporting verb the minerals may come first. Once an article has stated a
  // restriction, "China's earlier curbs on A and B" and "the controlled items
  // include: A, B" need no export word.
  void ExportRestrictions() {
    if (minerals_ == 0) return;
    if (!(mask_ & kKwRestrict)) {
      RestrictedItems();
      return;
    }
    const SentenceRange& s = S();
    std::uint32_t key = s.last;
    bool exportw = false, restrict = false;
    std::uint32_t curb_on = s.last;  // "curbs on", "controls on"
    bool covered = false;            // "restrictions covered"
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      std::string_view l = L(k);
      // "the Authority for the Regulation and Control of ...", "the
      // Export-Import Bank": words of a name restrict nothing.
      if (x.owner_[k] >= 0 && M(x.owner_[k]).entity >= 0 && !Fits(x.owner_[k], kMnl)) continue;
      if (l == "export" || l == "exports" || l == "exporting" || l == "exported" ||
          l == "shipments" || l == "exporters")
        exportw = true;
      // "stopped shipments of raw lithium ore": only before the trade.
      // "exports of unprocessed bauxite ore from Indonesia stopped".
      bool exports_before = false;
      for (std::uint32_t q = k > s.first + 12 ? k - 12 : s.first; q + 1 < k; ++q)
        exports_before |= (L(q) == "exports" || L(q) == "shipments") && L(q + 1) == "of";
      const bool stop = (l == "stop" || l == "stops" || l == "stopped" ||
                         l == "stopping") &&
                        ((k + 1 < s.last &&
                          (L(k + 1) == "shipments" || L(k + 1) == "exports" ||
                           (k + 2 < s.last && (L(k + 2) == "shipments" ||
                                               L(k + 2) == "exports")))) ||
                         exports_before);
      // "began requiring export permits for graphite".
      const bool permit = (l == "permits" || l == "permit") && k > s.first &&
                          L(k - 1) == "export";
      bool r = permit || l.starts_with("restrict") || l == "ban" || l == "bans" ||
               l == "banned" || l == "banning" || l.starts_with("curb") ||
               l.starts_with("suspen") || l == "halt" || l == "halted" ||
               l == "halting" || l == "controls" || l == "control" ||
               l.starts_with("licen") || l.starts_with("quota") ||
               l.starts_with("prohibit") || l == "embargo" || stop ||
               // "exports would be capped at 18,125 tonnes of cobalt".
               ((l == "capped" || l == "cap") && k + 1 < s.last &&
                (L(k + 1) == "at" || L(k + 1) == "on"));
      if (r && !restrict) {
        restrict = true;
        key = std::min(key, k);
      }
      if (r && curb_on == s.last && k + 1 < s.last && L(k + 1) == "on" &&
          (l.starts_with("curb") || l == "controls" || l.starts_with("restriction") ||
           l == "ban" || l == "bans"))
        curb_on = k;
      // "China's April licensing requirement for seven rare earths".
      if (r && curb_on == s.last && l.starts_with("licen") && k + 2 < s.last &&
          (L(k + 1) == "requirement" || L(k + 1) == "requirements") &&
          (L(k + 2) == "for" || L(k + 2) == "on")) {
        curb_on = k + 2;
        covered = true;
      }
      // "China's April restrictions covered seven rare earths".
      if (r && curb_on == s.last && k + 1 < s.last &&
          (l.starts_with("restriction") || l.starts_with("curb") || l == "controls") &&
          (L(k + 1) == "covered" || L(k + 1) == "cover" || L(k + 1) == "covers" ||
           L(k + 1) == "include" || L(k + 1) == "included" || L(k + 1) == "target" ||
           L(k + 1) == "targeted")) {
        curb_on = k + 1;
        covered = true;
      }
      if ((l == "export" || l == "exports") && restrict) key = std::min(key, k);
    }
    if (restrict && !exportw && curb_on < s.last && (covered || !restrictors_.empty())) {
      exportw = true;
      key = curb_on;
    }
    if (!exportw || !restrict) {
      RestrictedItems();
      return;
    }
    if (NegatedBetween(s.first, key)) return;
    // "lifted", "eased" mean the opposite.
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      std::string_view l = L(k);
      if (l == "lifted" || l == "lift" || l == "eased" || l == "ease" ||
          l == "eases" || l == "easing" || l == "scrapped" || l == "removed")
        return;
    }
    // Minerals may precede the key after "said" / "exports of".
    std::uint32_t anchor = key;
    for (std::uint32_t k = s.first; k < key; ++k) {
      std::string_view l = L(k);
      // "put seven rare earths under export licensing".
      bool report = l == "said" || l == "announced" || l == "decided" ||
                    l == "ordered" || l == "says" ||
                    ((l == "put" || l == "puts" || l == "placed" || l == "places") &&
                     L(key - 1) == "export" && key >= s.first + 3 &&
                     (L(key - 2) == "under" ||
                      // "placed X under an export licensing regime".
                      (L(key - 3) == "under" &&
                       (L(key - 2) == "an" || L(key - 2) == "a" || L(key - 2) == "the"))));
      // "added tungsten and bismuth to its export control list", "put
      // them on a list of items that need an export licence".
      if (!report && (l == "added" || l == "adds" || l == "add" || l == "put" ||
                      l == "puts" || l == "placed" || l == "places")) {
        bool onto = false, exported = false;
        for (std::uint32_t q = k + 1; q <= key && q < s.last; ++q) {
          onto |= L(q) == "to" || L(q) == "on" || L(q) == "under";
          exported |= onto && (L(q) == "export" || L(q) == "exports");
        }
        report = exported;
      }
      bool of = (l == "exports" || l == "shipments" || l == "export" ||
                 l == "sales") && k + 1 < s.last && L(k + 1) == "of";
      if (report || of) {
        bool body_before = false;
        for (int mi : ms) {
          if (M(mi).te <= k && Fits(mi, kCty | kMin | kAge)) body_before = true;
        }
        if (body_before || of) {
          anchor = k + 1;
          break;
        }
      }
    }
    std::vector<int> subjects, objects;
    for (std::size_t j = 0; j < ms.size(); ++j) {
      int mi = ms[j];
      const Mention& m = M(mi);
      bool named = !(m.flags & kDemonym) || (m.flags & kCapital);
      if (m.te <= anchor && Fits(mi, kCty | kMin | kAge) && named) {
        // "in Russia", "to the United States": not the actor.
        std::uint32_t p = m.tb;
        if (p > s.first && L(p - 1) == "the") --p;
        if (p > s.first && (L(p - 1) == "in" || L(p - 1) == "to" ||
                            L(p - 1) == "from" || L(p - 1) == "of"))
          continue;
        subjects.push_back(mi);
      } else if (m.tb >= anchor && Fits(mi, kMnl)) {
        // "producer of lithium": not what is restricted.
        if (m.tb > s.first && L(m.tb - 1) == "of" && m.tb >= s.first + 2 &&
            (L(m.tb - 2) == "producer" || L(m.tb - 2) == "production"))
          continue;
        // "exports of the technology used to separate rare earths", "rare
        // earth processing technology": know-how, not the mineral.
        if (KnowHowAt(m.te) || KnowHowIn(anchor, m.tb)) continue;
        // "for gallium and for germanium, which is mostly recovered in zinc
        // refining": a relative clause describes, it lists nothing.
        bool clause = false;
        for (std::uint32_t k = m.tb; k-- > anchor + 1;) {
          if (x.W(k) == "," || x.W(k) == ";") break;
          if (L(k) == "which" && x.W(k - 1) == ",") {
            clause = true;
            break;
          }
        }
        if (clause) continue;
        objects.push_back(mi);
      }
    }
    // "China, which produces nearly all of the world's gallium, restricted
    // exports of the metal": the mineral named before.
    // "... tungsten and most of its antimony, and it has tightened export
    // controls on both metals": every mineral named before.
    if (objects.empty()) {
      for (std::uint32_t k = anchor; k + 1 < s.last && k < anchor + 5; ++k) {
        const std::string_view d = L(k);
        if (d != "the" && d != "both" && d != "these" && d != "those") continue;
        std::string_view n = L(k + 1);
        const bool one = n == "metal" || n == "mineral" || n == "ore" || n == "material";
        const bool all = n == "metals" || n == "minerals" || n == "materials" ||
                         n == "elements";
        if (!(one && d == "the") && !all) break;
        for (std::size_t j = ms.size(); j-- > 0;) {
          if (M(ms[j]).te > anchor || !Fits(ms[j], kMnl)) continue;
          bool seen = false;
          for (int o : objects) seen |= M(o).entity == M(ms[j]).entity;
          if (!seen) objects.push_back(ms[j]);
          if (one) break;
        }
        break;
      }
    }
    // "exports of bauxite ore from Indonesia stopped": the source country
    // restricts.
    for (std::uint32_t k = anchor; k + 1 < s.last && k < key; ++k) {
      if (L(k) != "from") continue;
      int c = x.owner_[k + 1];
      if (c >= 0 && M(c).tb == k + 1 && Fits(c, kCty) &&
          !OnlyAdjective(M(c)) &&
          M(c).te + 3 >= key)
        subjects.push_back(c);
      break;
    }
    // "Japan began backing Lynas after China halted rare earth shipments":
    // the clause of the restriction has its own subject.
    for (std::uint32_t k = key; k-- > s.first;) {
      static constexpr std::string_view kSubordinators[] = {
          "after", "when", "because", "since", "until", "although", "though", "while"};
      if (!w::In(kSubordinators, L(k))) continue;
      std::vector<int> own;
      for (int sj : subjects) {
        if (M(sj).tb > k) own.push_back(sj);
      }
      if (!own.empty()) subjects = std::move(own);
      break;
    }
    if (subjects.empty() && key > s.first && L(key - 1) == "it") {
      int pr = Pronoun(key, kCty | kMin | kAge);
      if (pr >= 0) subjects.push_back(pr);
    }
    // "a new source of germanium outside China, which restricted exports":
    // a relative clause restricts for its antecedent alone.
    if (const int a = ClauseRelativeAntecedent(key, 8); a >= 0 && Fits(a, kCty | kMin | kAge))
      subjects.assign(1, a);
    // "China's Ministry of Commerce": the ministry acts, not the country.
    std::vector<int> actors;
    for (int sj : subjects) {
      const Mention& m = M(sj);
      bool owner_of_body = false;
      if (Fits(sj, kCty) && m.te + 1 < s.last && L(m.te) == "'s") {
        int nx = x.owner_[m.te + 1];
        owner_of_body = nx >= 0 && M(nx).tb == m.te + 1 && Fits(nx, kMin | kAge);
      }
      if (!owner_of_body) actors.push_back(sj);
    }
    // "seven rare earths, including dysprosium and terbium": the members.
    std::vector<int> items;
    for (std::size_t q = 0; q < objects.size(); ++q) {
      const Mention& m = M(objects[q]);
      bool members = false;
      if (x.entities_[static_cast<std::size_t>(m.entity)].group) {
        for (std::uint32_t k = m.te; k < s.last && k < m.te + 3; ++k) {
          if (L(k) == "including" || (L(k) == "such" && k + 1 < s.last &&
                                      L(k + 1) == "as") ||
              (L(k) == "among" && k + 1 < s.last && L(k + 1) == "them"))
            members = q + 1 < objects.size();
        }
      }
      if (!members) items.push_back(objects[q]);
    }
    // A ministry acts for the country an earlier sentence named as restricting.
    bool country = false;
    for (int sj : actors) country |= Fits(sj, kCty);
    if (!country && !actors.empty()) {
      for (int r : restrictors_) {
        if (Fits(r, kCty)) {
          actors.push_back(r);
          break;
        }
      }
    }
    for (int sj : actors) {
      for (int ob : items) {
        Add(sj, "restricts_exports_of", ob, "restricts_exports_of:sentence", key, "");
      }
    }
    if (!actors.empty() && !items.empty()) restrictors_ = actors;
  }

  // "The gallium related items include: A, B and C" after a restriction:
  // the same bodies restrict the listed items.
  void RestrictedItems() {
    if (restrictors_.empty()) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 1 < s.last; ++k) {
      std::string_view l = L(k);
      if (!(l == "include" || l == "includes" || l == "cover" || l == "covers"))
        continue;
      std::string_view noun = L(k - 1);
      if (!(noun == "items" || noun == "products" || noun == "list" ||
            noun == "controls" || noun == "restrictions" || noun == "measures" ||
            noun == "curbs"))
        return;
      for (int mi : ms) {
        if (M(mi).tb <= k || !Fits(mi, kMnl)) continue;
        for (int sj : restrictors_) {
          if (M(sj).entity >= 0)
            Add(sj, "restricts_exports_of", mi, "restricts_exports_of:items", k, "");
        }
      }
      return;
    }
  }

  // "Codelco and SQM signed a partnership agreement", "a joint venture
  // between X and Y".
  void Partnerships() {
    if (!(mask_ & kKwDeal)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      std::string_view l = L(k);
      bool deal = l == "partnership" || l == "agreement" || l == "pact" ||
                  l == "venture" || l == "mou" || l == "alliance" ||
                  l == "memorandum";
      if (!deal) continue;
      // "Navoiyuran, which also has a joint venture, Nurlikum Mining, with
      // France's Orano": the venture named between commas; both partners
      // hold it.
      if (l == "venture" && k + 4 < s.last && x.W(k + 1) == ",") {
        const int jv = MentionStartingAt(k + 2, kCom);
        std::uint32_t w = jv >= 0 ? M(jv).te : s.last;
        if (jv >= 0 && w + 2 < s.last && x.W(w) == "," && L(w + 1) == "with") {
          int partner = x.owner_[w + 2];
          if (partner >= 0 && M(partner).tb == w + 2 && Fits(partner, kPlace) &&
              M(partner).te + 1 < s.last && L(M(partner).te) == "'s")
            partner = MentionStartingAt(M(partner).te + 1, kAnyOrg);
          else if (partner >= 0 && M(partner).tb != w + 2)
            partner = -1;
          std::uint32_t v = k > s.first + 1 && L(k - 1) == "joint" ? k - 1 : k;
          if (v > s.first && (L(v - 1) == "a" || L(v - 1) == "its")) --v;
          int owner = ClauseSubject(v);
          if (owner < 0) owner = ClauseRelativeAntecedent(v, 12);
          if (owner < 0) owner = NearestCompanyBefore(v > s.first + 1 ? v - 1 : v, false);
          if (partner >= 0 && owner >= 0 && Fits(partner, kAnyOrg) && Fits(owner, kAnyOrg) &&
              M(owner).entity != M(partner).entity) {
            Add(owner, "partners_with", partner, "partners_with:joint venture named", k, "");
            Add(owner, "owns_stake_in", jv, "owns_stake_in:joint venture named", k, "");
            Add(partner, "owns_stake_in", jv, "owns_stake_in:joint venture named", k, "");
          }
        }
      }
      // "between X and Y"
      // "the memorandum on strategic partnership in the area of raw
      // materials between Serbia and the European Union": up to 10 words on.
      for (std::uint32_t q = k + 1; q < s.last && q < k + 10; ++q) {
        if (x.W(q) == "," || IsBarrier(x.W(q))) break;
        if (L(q) != "between") continue;
        if (q + 2 < s.last && L(q + 1) == "the" && x.owner_[q + 1] < 0) ++q;
        int a = q + 1 < s.last ? x.owner_[q + 1] : -1;
        // "between China's Tianqi Lithium and ASX-listed IGO Ltd".
        if (a >= 0 && M(a).te + 1 < s.last && L(M(a).te) == "'s" &&
            Fits(a, kPlace))
          a = x.owner_[M(a).te + 1];
        if (a < 0 || M(a).entity < 0 || !Fits(a, kAnyOrg | kCty)) break;
        std::uint32_t e = M(a).te;
        // "between Wesfarmers, the Perth-based conglomerate ..., and SQM".
        if (const std::uint32_t c = AppositionClose(e); c > e) e = c + 1;
        const bool joined = e + 1 < s.last && L(e) == "and";
        if (joined && e + 2 < s.last && L(e + 1) == "the" && x.owner_[e + 1] < 0)
          ++e;
        int b = joined ? x.owner_[e + 1] : -1;
        if (b >= 0 && M(b).te + 2 < s.last && x.W(M(b).te) == "-" &&
            !Fits(b, kCom))
          b = x.owner_[M(b).te + 2];
        if (b >= 0 && M(b).te + 1 < s.last && L(M(b).te) == "'s" &&
            Fits(b, kPlace))
          b = x.owner_[M(b).te + 1];
        // "between Imerys and British Lithium": a demonym opening a name
        // is no partner.
        if (b >= 0 && OnlyAdjective(M(b))) b = -1;
        if (b >= 0 && M(b).entity >= 0 && Fits(b, kAnyOrg | kCty))
          Add(a, "partners_with", b, "partners_with:between", k, "");
      }
      // "X and Y signed/agreed/formed ... agreement"; "A, B and U.S.
      // carmaker C signed": all of a list, a country before a trade noun
      // being the next company's modifier.
      for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
        const Mention& a = M(ms[j]);
        int bi = ms[j + 1];
        // ("Uzbekistan and the European Union have signed".)
        const std::uint32_t bstart =
            M(bi).tb > 0 && L(M(bi).tb - 1) == "the" ? M(bi).tb - 1 : M(bi).tb;
        if (M(bi).te > k || a.te + 1 != bstart || L(a.te) != "and") continue;
        if (Fits(bi, kCty) && j + 2 < ms.size() && M(bi).te < s.last &&
            !x.toks_[M(bi).te].cap && x.toks_[M(bi).te].kind == TokKind::kWord &&
            M(ms[j + 2]).tb <= M(bi).te + 2 && M(ms[j + 2]).te <= k &&
            Fits(ms[j + 2], kCom))
          bi = ms[j + 2];
        const Mention& b = M(bi);
        if (!Fits(ms[j], kAnyOrg | kCty) || !Fits(bi, kAnyOrg | kCty))
          continue;
        bool verb = false;
        for (std::uint32_t q = b.te; q < k; ++q) {
          std::string_view v = L(q);
          if (v == "signed" || v == "sign" || v == "agreed" || v == "formed" ||
              v == "form" || v == "struck" || v == "reached" || v == "inked" ||
              v == "announced" || v == "entered")
            verb = true;
        }
        if (!verb) continue;
        // The items before "X and": "A, B and C".
        std::vector<int> items = {ms[j], bi};
        std::uint32_t start = a.tb;  // where the earliest item starts
        for (std::size_t i = j; i-- > 0;) {
          const Mention& p = M(ms[i]);
          // "China's Zhejiang Huayou": the possessor is no item.
          if (p.te + 1 == start && L(p.te) == "'s" && Fits(ms[i], kPlace)) {
            start = p.tb;
            continue;
          }
          if (p.te + 1 != start || x.W(p.te) != "," || !Fits(ms[i], kAnyOrg | kCty) ||
              OnlyAdjective(p))
            break;
          items.insert(items.begin(), ms[i]);
          start = p.tb;
        }
        for (std::size_t u = 0; u < items.size(); ++u)
          for (std::size_t v = u + 1; v < items.size(); ++v)
            Add(items[u], "partners_with", items[v], "partners_with:and", k, "");
      }
      // "Under a partnership signed in 2022, KABIL and Australia's Critical
      // Minerals Office agreed to invest".
      for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
        const Mention& a = M(ms[j]);
        if (a.tb <= k) continue;
        std::uint32_t e = a.te;
        int bj = -1;
        if (e < s.last && L(e) == "and") {
          int o = e + 1 < s.last ? x.owner_[e + 1] : -1;
          if (o >= 0 && M(o).te + 1 < s.last && L(M(o).te) == "'s")
            o = x.owner_[M(o).te + 1];
          if (o >= 0 && M(o).entity >= 0) bj = o;
        }
        if (bj < 0 || !Fits(ms[j], kAnyOrg | kCty) || !Fits(bj, kAnyOrg | kCty))
          break;
        std::uint32_t v = M(bj).te;
        if (v < s.last && (L(v) == "agreed" || L(v) == "signed" || L(v) == "will" ||
                           L(v) == "have" || L(v) == "plan"))
          Add(ms[j], "partners_with", bj, "partners_with:deal then pair", k, "");
        break;
      }
    }
  }

  // "according to the U.S. Geological Survey": an estimate about the
  // country the sentence quantifies.
  void AccordingTo() {
    if (!(mask_ & kKwAccording)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first; k + 2 < s.last; ++k) {
      if (!(L(k) == "according" && L(k + 1) == "to")) continue;
      std::uint32_t q = k + 2;
      if (L(q) == "the") ++q;
      // "according to the evaluation of China Geological Survey".
      if (q + 1 < s.last && (L(q) == "evaluation" || L(q) == "estimate" ||
                             L(q) == "estimates" || L(q) == "data" || L(q) == "figures") &&
          L(q + 1) == "of") {
        q += 2;
        if (q < s.last && L(q) == "the") ++q;
      }
      int src = q < s.last ? x.owner_[q] : -1;
      if (src < 0 || M(src).entity < 0 || !Fits(src, kAge | kOrg)) return;
      if (Fits(src, kOrg)) {
        const std::string& nm = x.entities_[static_cast<std::size_t>(M(src).entity)].name;
        if (nm.find("Agency") == std::string::npos &&
            nm.find("Survey") == std::string::npos &&
            nm.find("Institute") == std::string::npos &&
            nm.find("Association") == std::string::npos)
          return;
      }
      // A figure or a rank ("the world's third-largest producer").
      bool number = false;
      for (std::uint32_t r = s.first; r < s.last; ++r) {
        if (x.toks_[r].kind == TokKind::kNumber || L(r).ends_with("-largest") ||
            L(r).ends_with("-biggest"))
          number = true;
      }
      if (!number) return;
      for (int mi : ms) {
        if (mi != src && Fits(mi, kCty | kReg | kPrj) && !(M(mi).flags & kDemonym)) {
          Add(src, "estimated", mi, "estimated:according to", k, "");
          break;
        }
      }
    }
  }

  // A deposit or project is developed; a mine or plant is operated.
  bool IsDevelopmentHead(int pm) const {
    std::uint32_t e = M(pm).te;
    std::string_view head = L(e - 1);
    // "Patterson Lake South (PLS) project": past the abbreviation.
    if (e + 3 < S().last && x.W(e) == "(" && x.W(e + 2) == ")") e += 3;
    if (e < S().last && x.IsProjectTrigger(e)) head = L(e);
    return head == "deposit" || head == "project" || head == "prospect" ||
           head == "property" || head == "discovery";
  }

  // "Teck's Trail smelter": the company runs its named asset.
  void Possessives() {
    for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
      const Mention& a = M(ms[j]);
      const Mention& b = M(ms[j + 1]);
      // "Syrah's Balama operation", "MP Materials' Mountain Pass".
      bool possessive = L(a.te) == "'s" ||
                        ((x.W(a.te) == "'" || x.W(a.te) == "\xE2\x80\x99") &&
                         x.W(a.te - 1).ends_with("s"));
      // "Eramet SA, whose Centenario plant in Salta started producing".
      bool whose = x.W(a.te) == "," && a.te + 2 == b.tb && L(a.te + 1) == "whose";
      if (whose && Fits(ms[j], kCom) && Fits(ms[j + 1], kPrj)) {
        bool develop = IsDevelopmentHead(ms[j + 1]);
        Add(ms[j], develop ? "develops" : "operates", ms[j + 1],
            develop ? "develops:whose" : "operates:whose", a.te, "");
        continue;
      }
      // "Vedanta's majority-owned Hindustan Zinc", "Eramet's 56%-owned
      // Comilog": the possessor holds a stake ("China's state-owned X" is
      // the state's, read with the modifiers).
      if (possessive && b.tb > a.te + 1 && b.tb <= a.te + 6 && Fits(ms[j], kCom) &&
          Fits(ms[j + 1], kCom | kPrj)) {
        bool owned = false, plain = true;
        for (std::uint32_t k = a.te + 1; k < b.tb; ++k) {
          const std::string_view l = L(k);
          owned |= l == "owned" || l == "controlled" ||
                   ((l.ends_with("-owned") || l.ends_with("-controlled")) &&
                    !l.starts_with("state-") && !l.starts_with("government-"));
          plain &= x.owner_[k] < 0 && !x.toks_[k].cap && l != "state" && l != "government";
        }
        if (owned && plain) {
          Add(ms[j], "owns_stake_in", ms[j + 1], "owns_stake_in:possessive owned", a.te, "");
          continue;
        }
      }
      // "Liontown's prize asset is the Kathleen Valley lithium project",
      // "First Quantum's largest mine, Cobre Panama,".
      if (possessive && b.tb > a.te + 3 && b.tb <= a.te + 7 &&
          Fits(ms[j], kCom) && Fits(ms[j + 1], kPrj)) {
        std::uint32_t q = b.tb;
        if (L(q - 1) == "the") --q;
        const bool copula = q > a.te + 2 && (L(q - 1) == "is" || L(q - 1) == "remains" ||
                                             (x.W(q - 1) == "," && b.te < S().last &&
                                              x.W(b.te) == ","));
        const std::string_view noun = copula ? L(q - 2) : std::string_view();
        if (noun == "asset" || noun == "project" || noun == "mine" ||
            noun == "operation") {
          bool plain = true;
          for (std::uint32_t k = a.te + 1; k + 2 < q; ++k)
            plain &= x.owner_[k] < 0 && x.toks_[k].kind == TokKind::kWord &&
                     !x.toks_[k].cap;
          if (plain) {
            bool develop = IsDevelopmentHead(ms[j + 1]);
            Add(ms[j], develop ? "develops" : "operates", ms[j + 1],
                develop ? "develops:possessive" : "operates:possessive", a.te, "");
          }
        }
        continue;
      }
      if (b.tb != a.te + 1 || !possessive) continue;
      // "Panama's Supreme Court of Justice", "Australia's Foreign Investment
      // Review Board": a state body of the country, and one coordinated
      // with it. (Not "China's Ministry of Commerce": annotators give a
      // ministry part_of its country about one time in four.)
      if (Fits(ms[j], kCty) && Fits(ms[j + 1], kAge) && !(a.flags & kDemonym)) {
        Add(ms[j + 1], "part_of", ms[j], "part_of:country's body", a.te, "");
        if (j + 2 < ms.size() && M(ms[j + 2]).tb == b.te + 1 && L(b.te) == "and" &&
            Fits(ms[j + 2], kAge))
          Add(ms[j + 2], "part_of", ms[j], "part_of:country's body", a.te, "");
      }
      // "the Department of Energy's Loan Programs Office": a ministry's
      // office.
      if (Fits(ms[j], kMin) && Fits(ms[j + 1], kAge) && !(a.flags & kAnaphor))
        Add(ms[j + 1], "part_of", ms[j], "part_of:ministry's body", a.te, "");
      if (Fits(ms[j], kCom) && Fits(ms[j + 1], kPrj)) {
        // "OZ Minerals' Prominent Hill and Carrapateena mines": each one.
        for (int pr : ListFrom(j + 1, kPrj)) {
          bool develop = IsDevelopmentHead(pr);
          Add(ms[j], develop ? "develops" : "operates", pr,
              develop ? "develops:possessive" : "operates:possessive", a.te, "");
        }
      }
      // "Rio Tinto's Wyoming uranium assets", "Glencore's Australian
      // operations": the company works in the place.
      if (Fits(ms[j], kCom) && Fits(ms[j + 1], kPlace) && !(a.flags & kAnaphor)) {
        std::uint32_t q = b.te;
        while (q < S().last && q < b.te + 3 && x.owner_[q] >= 0 && Fits(x.owner_[q], kMnl))
          q = M(x.owner_[q]).te;
        if (q < S().last && (L(q) == "assets" || L(q) == "operations" || L(q) == "mines" ||
                             L(q) == "business" || L(q) == "projects" || L(q) == "plants"))
          Add(ms[j], "active_in", ms[j + 1], "active_in:its assets in", a.te, "");
      }
      // "Teck's Jonathan Price would be his deputy": the company's person.
      if (Fits(ms[j], kCom | kOrg) && Fits(ms[j + 1], kPer) && !(a.flags & kAnaphor) &&
          !(b.te < S().last && L(b.te) == "'s"))
        Add(ms[j + 1], "works_for", ms[j], "works_for:company's person", a.te, "");
      // "Gina Rinehart's Hancock Prospecting": the person owns the company.
      if (Fits(ms[j], kPer) && Fits(ms[j + 1], kCom) && !(a.flags & kAnaphor))
        Add(ms[j], "owns_stake_in", ms[j + 1], "owns_stake_in:person's company", a.te, "");
    }
    // "Lynas ... cracks the concentrate at its Kalgoorlie facility": the
    // company the sentence is about runs the asset "its" names.
    const SentenceRange& s = S();
    for (int pm : ms) {
      if (!Fits(pm, kPrj)) continue;
      std::uint32_t k = M(pm).tb;
      int back = 0;
      // "its new Kalgoorlie facility", "its flagship lithium mine X".
      while (k > s.first && back < 3 && L(k - 1) != "its") {
        int o = x.owner_[k - 1];
        std::string_view l = L(k - 1);
        if (o >= 0 && M(o).entity >= 0 && Fits(o, kMnl)) {
          k = M(o).tb;
          ++back;
          continue;
        }
        if (o < 0 && (l == "new" || l == "flagship" || l == "main" ||
                      l == "existing" || l == "planned" || l == "proposed" ||
                      l == "only" || l == "first" || l == "largest" ||
                      l == "operating" || l == "wholly-owned" || l == "own" ||
                      l == "wholly" || l == "owned" || l == "majority-owned")) {
          --k;
          ++back;
          continue;
        }
        break;
      }
      // "its Tenke Fungurume and Kisanfu mines": a project coordinated
      // with one that "its" opens belongs to the same owner.
      if ((k == s.first || L(k - 1) != "its") && k > s.first + 1 &&
          (L(k - 1) == "and" || x.W(k - 1) == ",")) {
        int prev = MentionEndingAt(k - 1);
        if (prev >= 0 && Fits(prev, kPrj) && M(prev).tb > s.first &&
            L(M(prev).tb - 1) == "its")
          k = M(prev).tb;
      }
      if (k == s.first || L(k - 1) != "its") continue;
      if (M(pm).flags & kAnaphor) continue;
      // "Teck Resources, which produces germanium at its Trail smelter".
      int owner = -1;
      for (std::uint32_t q = k - 1; q-- > s.first + 1;) {
        if ((L(q) == "which" || L(q) == "who") && x.W(q - 1) == ",") {
          int a = Antecedent(q - 1);
          if (a >= 0 && Fits(a, kCom)) owner = a;
          break;
        }
        if (x.W(q) == "," || x.W(q) == ";") break;
      }
      // "$185 million to Renascor Resources for its Siviour graphite
      // project": the company right before "for its".
      if (owner < 0 && k >= s.first + 3 && (L(k - 2) == "for" || L(k - 2) == "through")) {
        const int near = MentionEndingAt(k - 2);
        if (near >= 0 && Fits(near, kCom) && !(M(near).flags & kAnaphor) && M(near).tb > s.first &&
            L(M(near).tb - 1) == "to")
          owner = near;
      }
      // "Paladin is restarting Langer Heinrich and Boss Energy its Honeymoon
      // mine": a company right before "its", its verb left out.
      if (owner < 0) {
        const int near = MentionEndingAt(k - 1);
        if (near >= 0 && Fits(near, kCom) && !(M(near).flags & kAnaphor)) owner = near;
      }
      // "..., and Peninsula Energy is restarting its Lance project": the
      // subject of the clause "its" stands in.
      if (owner < 0) {
        for (std::size_t j = ms.size(); j-- > 0;) {
          const Mention& m = M(ms[j]);
          if (m.te > k - 1 || !Fits(ms[j], kCom) || (m.flags & kAnaphor)) continue;
          std::uint32_t b = m.tb;
          if (b > s.first && L(b - 1) == "the") --b;
          if (b >= s.first + 2 && (L(b - 1) == "and" || L(b - 1) == "while") &&
              x.W(b - 2) == ",")
            owner = ms[j];
          break;
        }
      }
      if (owner < 0) owner = Referent(k - 1, kCom);
      if (owner < 0) continue;
      bool develop = IsDevelopmentHead(pm);
      // "has started production at its Mariana project": a project that
      // produces is run.
      if (develop && k >= s.first + 3 && L(k - 2) == "at" &&
          (L(k - 3) == "production" || L(k - 3) == "producing" || L(k - 3) == "output"))
        develop = false;
      // "Carester is building its Caremag plant": a plant being built is
      // developed, not run yet.
      if (!develop && k >= s.first + 2 &&
          (L(k - 2) == "building" || L(k - 2) == "constructing" || L(k - 2) == "build" ||
           L(k - 2) == "construct"))
        develop = true;
      Add(owner, develop ? "develops" : "operates", pm,
          develop ? "develops:its" : "operates:its", k - 1, "");
      // "its wholly owned Bald Hill mine": a holding too.
      for (std::uint32_t q = k; q < M(pm).tb; ++q) {
        if (L(q) == "owned" || L(q) == "wholly-owned" || L(q) == "majority-owned") {
          Add(owner, "owns_stake_in", pm, "owns_stake_in:its owned", k - 1, "");
          break;
        }
      }
    }
  }

  // The first ministry of the article whose name's key holds `part`
  // ("mines" in "ministry of mines"), or -1.
  int MinistryNaming(std::string_view part) const {
    for (std::size_t e = 0; e < x.entities_.size(); ++e) {
      const EntityInfo& info = x.entities_[e];
      if (info.type == EntityType::kMinistry && Key(info.name).find(part) != std::string::npos)
        return static_cast<int>(e);
    }
    return -1;
  }
  // The ministry named for a portfolio's first word ("minister of mines").
  int MinistryOfWord(std::string_view word) const {
    std::string part(1, ' ');
    part.append(word);
    return MinistryNaming(part);
  }

  // head_of / minister_of / works_for from titles before names.
  void Roles() {
    for (const Role& r : x.roles_) {
      if (x.sent_of_[r.tb] != sent) continue;
      const Mention& p = M(r.person);
      if (p.entity < 0) continue;
      std::string_view title = r.title;
      // "Prime Minister Shehbaz Sharif" is read as the portfolio "Prime"
      // before the title "minister".
      const bool prime_portfolio = r.portfolio == "Prime" && title == "minister";
      if (prime_portfolio) title = "prime minister";
      bool minister = title.find("minister") != std::string_view::npos ||
                      title.find("secretary") != std::string_view::npos;
      bool prime = title.find("prime minister") != std::string_view::npos ||
                   title.find("premier") != std::string_view::npos;
      bool deputy = title.find("deputy") != std::string_view::npos ||
                    title.find("vice") != std::string_view::npos;
      std::string_view status = r.former ? "former" : "";
      if (minister && !prime) {
        // The ministry of the portfolio, when the article names it.
        const int ministry = r.portfolio.empty() ? -1 : MinistryNaming(Key(r.portfolio));
        // "Deputy Secretary of the Treasury X" works for it.
        const std::string_view rel = deputy ? "works_for" : "minister_of";
        const std::string_view why = deputy ? "works_for:deputy title" : "minister_of:title";
        if (ministry >= 0) {
          AddEntities(p.entity, rel, ministry, why, r.tb, status);
        } else if (r.org >= 0 && M(r.org).entity >= 0) {
          Add(r.person, rel, r.org, why, r.tb, status);
        } else if (!deputy && !r.portfolio.empty() && r.portfolio != "Prime" &&
                   title == "minister" &&
                   // "South Australian Minister for Energy X": a state's.
                   !(!r.portfolio_first && r.tb > S().first && x.toks_[r.tb - 1].cap &&
                     x.owner_[r.tb - 1] < 0)) {
          // "Mines Minister Amadou Keita said Mali is open", "Minister for
          // Resources Madeleine King": a portfolio with no ministry named;
          // the one country the sentence names, or the article's country
          // when the sentence names none.
          // ("said the government": an anaphor names no country here.)
          int country = -1;
          bool several = false;
          for (int mi : ms) {
            if (!Fits(mi, kCty) || OnlyAdjective(M(mi)) || (M(mi).flags & kAnaphor))
              continue;
            // "China's Zhejiang Huayou": the company's country.
            if (M(mi).te + 1 < S().last && L(M(mi).te) == "'s") {
              const int nx = x.owner_[M(mi).te + 1];
              if (nx >= 0 && M(nx).tb == M(mi).te + 1 && Fits(nx, kCom | kOrg)) continue;
            }
            if (country >= 0 && M(country).entity != M(mi).entity) several = true;
            country = mi;
          }
          if (!several) {
            int c = country >= 0 ? M(country).entity : DominantCountry();
            if (c >= 0)
              AddEntities(p.entity, "minister_of", c, "minister_of:portfolio", r.tb, status);
          }
        } else if (!deputy && r.portfolio.empty() && title == "minister" &&
                   !(r.tb > S().first && L(r.tb - 1) == "prime")) {
          // "Mines Minister Amadou Keita said Mali is open": only the
          // portfolio is named; the country the sentence names is his.
          int country = -1;
          std::uint32_t best = ~0u;
          for (int mi : ms) {
            if (!Fits(mi, kCty) || OnlyAdjective(M(mi)))
              continue;
            std::uint32_t d = M(mi).tb > r.tb ? M(mi).tb - r.tb : r.tb - M(mi).tb;
            if (d < best) {
              best = d;
              country = mi;
            }
          }
          if (country >= 0)
            Add(r.person, "minister_of", country, "minister_of:portfolio", r.tb, status);
        }
        continue;
      }
      int org = r.org;
      // "President of Serbia Aleksandar Vucic": the portfolio names it.
      if ((org < 0 || M(org).entity < 0) && !r.portfolio.empty()) {
        org = -1;
        for (int mi : ms) {
          if (M(mi).tb > r.tb && M(mi).te <= M(r.person).tb &&
              Fits(mi, kAnyOrg | kCty) && !(M(mi).flags & kDemonym)) {
            org = mi;
            break;
          }
        }
      }
      // "Analyst Dana Orvik of Kestrel Capital", "Chief Executive Jan Smith
      // at Orvik Mining": the body right after the name.
      if (org < 0 || M(org).entity < 0) {
        const int after = BodyAfterName(r.person, kAnyOrg, true);
        if (after >= 0) org = after;
      }
      // "the Head of State, Felix Tshisekedi". Not "asset president Jessica
      // Farrell" (a corporate title, in lower case), nor an Australian or
      // Canadian premier (a state's or a province's).
      bool head_of_state =
          (HeadOfStateTitle(title) && x.toks_[r.tb].cap) ||
          (title == "head" && r.portfolio == "State");
      if (head_of_state && title == "premier") {
        const int c = DominantCountry();
        const std::string_view cn =
            c >= 0 ? std::string_view(x.entities_[static_cast<std::size_t>(c)].name)
                   : std::string_view();
        if (cn == "Australia" || cn == "Canada") head_of_state = false;
      }
      // "President Yoichi Hayashi" in an article about Japan: a country with
      // no president, so the president of a company.
      if (head_of_state && title == "president") {
        const int c = DominantCountry();
        if (c >= 0 && (x.CountryFlags(x.entities_[static_cast<std::size_t>(c)].name) &
                       gazetteer_internal::kFlagMonarchy))
          head_of_state = false;
      }
      // "Commission President X": the president of a body, not a state.
      if (head_of_state && r.tb > 0 && w::IsBareBodyWord(x.W(r.tb - 1)))
        head_of_state = false;
      // "President Marna Cloete told analysts on a call": a company's
      // president speaks to analysts and shareholders, a state's does not.
      if (head_of_state) {
        for (std::uint32_t k = S().first; k < S().last; ++k) {
          const std::string_view l = L(k);
          if (l == "analysts" || l == "shareholders" ||
              (l == "call" && k > S().first && (L(k - 1) == "a" || L(k - 1) == "conference" ||
                                                 L(k - 1) == "earnings")) ||
              // "President Josh Goldman said the company would keep
              // exploring".
              ((l == "company" || l == "firm") && L(k - 1) == "the" &&
               k > M(r.person).te && k < M(r.person).te + 4))
            head_of_state = false;
        }
      }
      // "President Joao Lourenco of Angola": the country after the name.
      if ((org < 0 || M(org).entity < 0) && r.portfolio.empty() && !deputy &&
          HeadOfStateTitle(r.title) && M(r.person).te + 1 < S().last &&
          L(M(r.person).te) == "of") {
        std::uint32_t q = M(r.person).te + 1;
        if (q < S().last && L(q) == "the") ++q;
        const int c = MentionStartingAt(q, kCty);
        if (c >= 0 && !OnlyAdjective(M(c))) {
          Add(r.person, "head_of", c, "head_of:title of country", r.tb, status);
          continue;
        }
      }
      if ((org < 0 || M(org).entity < 0) &&
          (r.portfolio.empty() || r.portfolio == "State" || prime_portfolio) &&
          !deputy && !r.former && head_of_state) {
        // "President Donald Trump", "Prime Minister Anthony Albanese": a
        // well-known leader's country, when the article names it (and
        // never another country for a leader the gazetteer knows).
        {
          const std::string& full = x.entities_[static_cast<std::size_t>(p.entity)].name;
          const std::string* lc = x.gaz_.LeaderCountry(full);
          if (lc == nullptr) {
            const std::size_t sp = full.rfind(' ');
            lc = x.gaz_.LeaderCountry(sp == std::string::npos ? full : full.substr(sp + 1));
          }
          if (lc != nullptr) {
            for (std::size_t e = 0; e < x.entities_.size(); ++e) {
              if (x.entities_[e].type == EntityType::kCountry && x.entities_[e].name == *lc) {
                AddEntities(p.entity, "head_of", static_cast<int>(e), "head_of:head of state",
                            r.tb, status);
                break;
              }
            }
            continue;
          }
        }
        // "President Felix Tshisekedi" with no country named: the country
        // the article is about, when the sentence names no other.
        int c = DominantCountry();
        bool other = false;
        for (int mi : ms) {
          if (Fits(mi, kCty) && M(mi).entity != c) other = true;
        }
        // "Prime Minister Shehbaz Sharif ... promoted Pakistan's mineral
        // wealth to Gulf and U.S. investors": the article's country named
        // in the sentence outweighs others named further on.
        // (Not when another country comes first: "President Trump said the
        // United States expected a return on its aid to Ukraine".)
        int first_country = -1;
        for (int mi : ms) {
          if (Fits(mi, kCty)) {
            first_country = mi;
            break;
          }
        }
        if (first_country >= 0 && M(first_country).entity == c &&
            M(first_country).tb > M(r.person).tb)
          other = false;
        // "President Tokayev and President Trump announced": two heads of
        // state, and the article's country is at most one's.
        for (const Role& r2 : x.roles_) {
          if (&r2 != &r && x.sent_of_[r2.tb] == sent && HeadOfStateTitle(r2.title))
            other = true;
        }
        if (c >= 0 && !other)
          AddEntities(p.entity, "head_of", c, "head_of:head of state", r.tb, status);
        continue;
      }
      // "Committee chairman X": a body is named, only not by its name.
      const bool bare_body = r.tb > 0 && w::IsBareBodyWord(x.W(r.tb - 1));
      if ((org < 0 || M(org).entity < 0) && r.portfolio.empty() && !deputy &&
          !bare_body && CorporateHeadTitle(title)) {
        // "Chief Executive Duncan Wanblad said": the company the article is
        // about, unless the text just named another one.
        int c = DominantCompany();
        int recent = Referent(r.tb, kCom);
        // "The LME has confirmed ... Chief executive Matthew Chamberlain
        // says": an organisation named since is the one meant.
        int org_since = -1;
        for (const Mention& m : x.mentions_) {
          if (m.tb >= r.tb || m.entity < 0 || m.sent + 1 < sent) continue;
          if (x.entities_[static_cast<std::size_t>(m.entity)].type ==
                  EntityType::kOrganization &&
              (recent < 0 || m.tb > M(recent).tb))
            org_since = m.entity;
        }
        if (org_since >= 0) {
          AddEntities(p.entity, "head_of", org_since, "head_of:recent organisation", r.tb,
                      status);
          continue;
        }
        if (c >= 0 && (recent < 0 || M(recent).entity == c))
          AddEntities(p.entity, "head_of", c, "head_of:article company", r.tb, status);
        // No company dominates the article (a digest): the company the
        // text just named as a subject.
        else if (c < 0 && recent >= 0) {
          // Not when another body is named between it and the title
          // ("to be chaired by former Anglo American plc (LSE:AAL) chief
          // executive Mark Cutifani").
          bool between = false;
          for (int mi : ms)
            between = between || (M(mi).tb > M(recent).tb && M(mi).te <= r.tb &&
                                  Fits(mi, kAnyOrg));
          if (!between)
            Add(r.person, "head_of", recent, "head_of:recent company", r.tb, status);
        }
        continue;
      }
      // "Commission President Ursula von der Leyen" after "the European
      // Commission": the one body of the article whose name ends in the
      // bare word.
      int body = -1;
      if ((org < 0 || M(org).entity < 0) && bare_body) body = OnlyBodyEndingIn(x.W(r.tb - 1));
      if ((org < 0 || M(org).entity < 0) && body < 0) continue;
      // A founder need not lead or work for the company any more.
      if (title == "founder" || title == "co-founder") continue;
      bool head = false;
      for (std::string_view word : {"president", "premier", "chancellor", "ceo",
                                    "chairman", "chairwoman", "chair",
                                    "chairperson", "director", "chief",
                                    "head", "leader", "governor",
                                    "mayor", "king", "queen", "prime",
                                    // "EPA Administrator Michael Regan".
                                    "administrator"}) {
        if (title.find(word) != std::string_view::npos) head = true;
      }
      // "chief financial officer" works there; "chief executive officer"
      // heads it.
      if (title.find("officer") != std::string_view::npos &&
          title.find("executive") == std::string_view::npos)
        head = false;
      // "Mount Isa Mayor Danielle Slade": a town's head is no relation of
      // the vocabulary.
      if (body < 0 && Fits(org, kReg | kPrj)) continue;
      if (body >= 0) {
        AddEntities(p.entity, head && !deputy ? "head_of" : "works_for", body,
                    head && !deputy ? "head_of:body word" : "works_for:body word", r.tb,
                    status);
      } else if (head && !deputy) {
        Add(r.person, "head_of", org, "head_of:title", r.tb, status);
      } else {
        Add(r.person, "works_for", org, "works_for:title", r.tb, status);
      }
    }
  }

  // The one organisation, agency or ministry of the article whose name ends
  // in `word` ("Commission": the European Commission) or opens with it and
  // "of" ("Ministry": the Ministry of Mines); -1 when none or several.
  int OnlyBodyEndingIn(std::string_view word) const {
    int found = -1;
    for (std::size_t e = 0; e < x.entities_.size(); ++e) {
      const EntityInfo& info = x.entities_[e];
      if (!info.emit || info.type == EntityType::kPerson ||
          info.type == EntityType::kCountry || info.type == EntityType::kRegion ||
          info.type == EntityType::kMineral || info.type == EntityType::kProject)
        continue;
      // "European Commission", "Ministry of Mines".
      const std::string_view n = info.name;
      const bool ends = n.size() > word.size() + 1 && n.ends_with(word) &&
                        n[n.size() - word.size() - 1] == ' ';
      const bool opens = n.size() > word.size() + 4 && n.starts_with(word) &&
                         n.substr(word.size(), 4) == " of ";
      if (!ends && !opens) continue;
      if (found >= 0) return -1;
      found = static_cast<int>(e);
    }
    return found;
  }

  static bool CorporateHeadTitle(std::string_view title) {
    return title.find("chief executive") != std::string_view::npos ||
           title.find("ceo") != std::string_view::npos ||
           title.find("managing director") != std::string_view::npos ||
           title == "chairman" || title == "chairwoman";
  }

  // The company an article is about: named at least three times and twice
  // as often as any other company; -1 when none.
  int DominantCompany() {
    if (dominant_company_ != -2) return dominant_company_;
    std::unordered_map<int, int> count;
    for (const Mention& m : x.mentions_) {
      if (m.entity < 0 || (m.flags & kAnaphor)) continue;
      if (x.entities_[static_cast<std::size_t>(m.entity)].type != EntityType::kCompany)
        continue;
      ++count[m.entity];
    }
    int best = -1, first = 0, second = 0;
    for (const auto& [e, c] : count) {
      if (c > first) {
        second = first;
        first = c;
        best = e;
      } else if (c > second) {
        second = c;
      }
    }
    dominant_company_ = (best >= 0 && first >= 3 && first >= 2 * second) ? best : -1;
    return dominant_company_;
  }

  static bool HeadOfStateTitle(std::string_view title) {
    return title == "president" || title == "prime minister" ||
           title == "premier";
  }

  // The country an article is about: named at least three times (by name,
  // adjective or capital) and twice as often as any other; -1 when none.
  int DominantCountry() {
    if (dominant_ != -2) return dominant_;
    std::unordered_map<int, int> count;
    // Countries by name, for the places the gazetteer ties to one:
    // "Lubumbashi" and "Lualaba" count for the DRC.
    std::unordered_map<std::string_view, int> country_of;
    for (std::size_t e = 0; e < x.entities_.size(); ++e) {
      const EntityInfo& info = x.entities_[e];
      if (info.type == EntityType::kCountry && !info.name.empty())
        country_of.emplace(info.name, static_cast<int>(e));
    }
    for (const Mention& m : x.mentions_) {
      if (m.entity < 0) continue;
      const EntityType t = x.entities_[static_cast<std::size_t>(m.entity)].type;
      // "Lynas Malaysia": a national unit names its country too.
      if ((t == EntityType::kRegion ||
           (t == EntityType::kCompany && m.surface.ends_with(m.country))) &&
          !m.country.empty()) {
        if (auto it = country_of.find(m.country); it != country_of.end())
          ++count[it->second];
        continue;
      }
      if (t != EntityType::kCountry) continue;
      // "US$6.7 billion" names a currency, not the country.
      if (m.te < x.toks_.size() && x.W(m.te).starts_with("$")) continue;
      ++count[m.entity];
    }
    int best = -1, first = 0, second = 0;
    for (const auto& [e, c] : count) {
      if (c > first) {
        second = first;
        first = c;
        best = e;
      } else if (c > second) {
        second = c;
      }
    }
    dominant_ = -1;
    dominant_strong_ = first >= 5 && first >= 3 * second;
    if (best >= 0 && first >= 3 && first >= 2 * second &&
        x.entities_[static_cast<std::size_t>(best)].emit)
      dominant_ = best;
    return dominant_;
  }

  void AddEntities(int s, std::string_view rel, int o, std::string_view rule,
                   std::uint32_t tb, std::string_view status) {
    // Same as Add, but with entity indexes (no mention for o).
    const RelationSpec* spec = FindRelation(rel);
    if (!spec || s == o) return;
    if (!RelationFits(*spec, x.entities_[static_cast<std::size_t>(s)].type,
                      x.entities_[static_cast<std::size_t>(o)].type))
      return;
    for (const DocRelation& r : x.relations_) {
      if (r.subject == static_cast<std::size_t>(s) && r.relation == rel &&
          r.object == static_cast<std::size_t>(o))
        return;
    }
    Store(s, rel, o, rule, tb, status);
  }

  // "Igor Yushkov, a senior analyst at the National Energy Security Fund and
  // an expert at the Russian Financial University".
  void Appositions() {
    const SentenceRange& s = S();
    for (std::size_t j = 0; j < ms.size(); ++j) {
      if (TypeOf(ms[j]) != EntityType::kPerson) continue;
      std::uint32_t k = M(ms[j]).te;
      if (k >= s.last || x.W(k) != ",") continue;
      ++k;
      // "Jeff Morrison, GM's senior vice president for global purchasing":
      // the organisation first, then the role.
      {
        const int o = x.owner_[k];
        if (o >= 0 && M(o).tb == k && Fits(o, kCom | kOrg | kAge | kMin) &&
            M(o).te + 1 < s.last && L(M(o).te) == "'s") {
          bool head = false, work = false, deputy = false;
          for (std::uint32_t r = M(o).te + 1; r < s.last && r < M(o).te + 6; ++r) {
            if (x.toks_[r].kind != TokKind::kWord || x.toks_[r].cap) break;
            head |= w::IsHeadTitle(L(r));
            work |= w::IsWorkRole(L(r));
            deputy |= L(r) == "deputy" || L(r) == "vice" || L(r) == "former";
          }
          // A head's title is PossessiveRoles' ("X, Acme's chief executive").
          if (deputy || (work && !head))
            Add(ms[j], "works_for", o, "works_for:apposition", k, "");
          continue;
        }
      }
      while (true) {
        std::string role;
        bool head = false, work = false;
        std::uint32_t start = k;
        while (k < s.last && k - start < 8) {
          std::string_view l = L(k);
          // "a Latin America risk analyst": a place inside the role.
          if (x.toks_[k].cap && x.owner_[k] >= 0 && M(x.owner_[k]).entity >= 0 &&
              Fits(x.owner_[k], kPlace)) {
            k = M(x.owner_[k]).te;
            continue;
          }
          if (x.toks_[k].kind != TokKind::kWord || x.toks_[k].cap) break;
          if (l == "at" || l == "of" || l == "with" || l == "for" || l == "from")
            break;
          if (w::IsHeadTitle(l)) head = true;
          if (w::IsWorkRole(l)) work = true;
          ++k;
        }
        if (k >= s.last || (!head && !work)) break;
        std::string_view prep = L(k);
        if (!(prep == "at" || prep == "of" || prep == "with" || prep == "for"))
          break;
        // "head of battery materials research at Macquarie Group": a
        // department, then the firm.
        if (prep == "of" && !(k + 1 < s.last && x.owner_[k + 1] >= 0)) {
          std::uint32_t a = k + 1;
          while (a < s.last && a < k + 6 && x.toks_[a].kind == TokKind::kWord &&
                 !x.toks_[a].cap && L(a) != "at")
            ++a;
          if (a < s.last && L(a) == "at") {
            k = a;
            head = false;
            work = true;
          }
        }
        ++k;
        // The organisation: next mention (skipping demonyms).
        int org = -1;
        for (std::size_t q = j + 1; q < ms.size(); ++q) {
          const Mention& m = M(ms[q]);
          if (m.tb < k) continue;
          // "at Kyiv-based investment group Dragon Capital": the firm after
          // the place it is based in.
          if (m.tb <= k + 1 && m.te + 2 < s.last && x.W(m.te) == "-" && L(m.te + 1) == "based" &&
              Fits(ms[q], kPlace)) {
            k = m.te + 2;
            continue;
          }
          // "at the commodities broker Galaxy Futures": a few lower-case
          // words that say what the firm is.
          if (m.tb > k + 2) {
            bool described = m.tb <= k + 4;
            for (std::uint32_t d = k; described && d < m.tb; ++d)
              described = x.toks_[d].kind == TokKind::kWord && !x.toks_[d].cap &&
                          x.owner_[d] < 0 &&
                          (L(d) == "the" || w::IsCompanyNoun(L(d)) || IsPlainDescriptor(L(d)));
            if (!described || !Fits(ms[q], kCom | kOrg)) break;
          }
          if (m.flags & kDemonym) continue;
          if (Fits(ms[q], kAnyOrg | kPlace)) org = ms[q];
          break;
        }
        if (org < 0) break;
        bool possessive = M(org).te < s.last && L(M(org).te) == "'s";
        bool deputy = false;
        // "associate director", "senior director", "regional director":
        // one of several directors, not the head.
        static constexpr std::string_view kUnder[] = {
            "deputy", "vice", "former", "associate", "assistant", "senior", "regional",
            "non-executive", "independent"};
        for (std::uint32_t q = start; q < k; ++q) {
          if (w::In(kUnder, L(q))) deputy = true;
        }
        // "a director at Crisil Ratings": one of several, not the head.
        if (L(start) == "a" || L(start) == "an") deputy = true;
        // "Ulises Solís, general manager of Macusani Yellowcake": the
        // company's general manager runs it.
        const bool general_manager =
            k >= 3 && L(k - 2) == "manager" && L(k - 3) == "general" && L(start) != "a";
        if ((head || general_manager) && !possessive && !deputy && (!work || general_manager)) {
          Add(ms[j], "head_of", org, "head_of:apposition", start, "");
        } else if (head && !possessive && !deputy && work &&
                   (L(k - 2) == "director" || L(k - 2) == "executive" ||
                    (L(k - 2) == "officer" && L(k - 3) == "executive"))) {
          // "chief executive officer", not "chief regulatory officer".
          Add(ms[j], "head_of", org, "head_of:apposition", start, "");
        } else if (Fits(org, kAnyOrg)) {
          Add(ms[j], "works_for", org, "works_for:apposition", start, "");
        }
        // "a mining analyst at BTG Pactual in Sao Paulo": where the firm is.
        if (!possessive && Fits(org, kCom | kOrg)) {
          std::uint32_t a = M(org).te;
          int place = a + 1 < s.last && L(a) == "in" ? x.owner_[a + 1] : -1;
          if (place >= 0 && M(place).tb == a + 1 && Fits(place, kPlace) &&
              !(M(place).flags & kDemonym) &&
              !(M(place).te < s.last && (L(M(place).te) == "'s" ||
                                         x.W(M(place).te) == "-")))
            AddFirmCity(org, place, "analyst at X in", a);
        }
        k = M(org).te;
        if (k < s.last && L(k) == "and") {
          ++k;
          if (k < s.last && (L(k) == "a" || L(k) == "an")) ++k;
          continue;
        }
        break;
      }
    }
  }

  // ", a Chinese company," after a name at token q: the country mention of
  // the demonym, or -1. The apposition must end at punctuation or a
  // relative pronoun, so that "X, a Chinese company's unit" does not count.
  int DemonymApposition(std::uint32_t q) const {
    const SentenceRange& s = S();
    if (q + 3 >= s.last || x.W(q) != ",") return -1;
    std::string_view d = L(q + 1);
    // ("Encounter Resources, another Perth company,".)
    if (!(d == "a" || d == "an" || d == "the" || d == "another")) return -1;
    std::uint32_t r = q + 2;
    int dem = -1;
    for (int adj = 0; r < s.last && adj < 3; ++adj) {
      int owner = x.owner_[r];
      // "a Chinese company", "a U.S. refiner", "an Indiana company", "a
      // London private equity firm".
      if (owner >= 0 && M(owner).tb == r &&
          (IsNationality(owner) ||
           (Fits(owner, kReg) && !Fits(owner, kCty) && M(owner).entity >= 0 &&
            x.toks_[r].cap))) {
        dem = owner;
        r = M(owner).te;
        break;
      }
      if (x.toks_[r].kind != TokKind::kWord || x.toks_[r].cap ||
          !IsPlainDescriptor(L(r)))
        return -1;
      ++r;
    }
    if (dem < 0) return -1;
    for (int words = 0; r < s.last && words < 5; ++words) {
      int owner = x.owner_[r];
      if (owner >= 0 && M(owner).tb == r && Fits(owner, kMnl)) {
        r = M(owner).te;
        continue;
      }
      if (x.toks_[r].kind != TokKind::kWord || x.toks_[r].cap) return -1;
      // "Mosaic Fertilizantes, the Brazilian arm of The Mosaic Company".
      const bool unit = L(r) == "arm" || L(r) == "unit" || L(r) == "subsidiary" ||
                        L(r) == "affiliate" || L(r) == "branch";
      if (w::IsCompanyNoun(L(r)) || unit) {
        std::uint32_t after = r + 1;
        if (after >= s.last) return dem;
        std::string_view a = L(after);
        // ("an Idaho company based in Coeur d'Alene", "a Canadian miner
        // listed in Toronto".)
        if ((x.toks_[after].kind == TokKind::kPunct && a != "'s" && a != "-") ||
            a == "that" || a == "which" || a == "whose" || (unit && a == "of") ||
            a == "based" || a == "headquartered" || a == "listed")
          return dem;
        return -1;
      }
      if (!IsPlainDescriptor(L(r))) return -1;
      ++r;
    }
    return -1;
  }

  // "Russia's rare earth reserves ..., ranking fourth after China, Vietnam
  // and Brazil", "third in the world for rare earth reserves, behind China
  // and Brazil": the countries ranked higher hold reserves of the mineral.
  void Rankings() {
    if (minerals_ == 0 || !(mask_ & kKwReserve)) return;
    const SentenceRange& s = S();
    static constexpr std::string_view kOrdinals[] = {
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "ranking", "ranks", "ranked", "placing", "places"};
    for (std::uint32_t k = s.first + 1; k + 1 < s.last; ++k) {
      if (!(L(k) == "after" || L(k) == "behind")) continue;
      bool ranked = false;
      for (std::uint32_t q = k > s.first + 10 ? k - 10 : s.first; q < k; ++q)
        ranked |= w::In(kOrdinals, L(q));
      if (!ranked) continue;
      // The mineral: the one right before a reserve word in the sentence.
      int mineral = -1;
      for (std::uint32_t q = s.first + 1; q < s.last; ++q) {
        std::string_view l = L(q);
        if (!(l == "reserves" || l == "deposits" || l == "resources")) continue;
        int mn = MentionEndingAt(q);
        if (mn < 0 && (L(q - 1) == "mineral" || L(q - 1) == "metal"))
          mn = MentionEndingAt(q - 1);
        if (mn >= 0 && Fits(mn, kMnl)) {
          mineral = mn;
          break;
        }
      }
      if (mineral < 0) continue;
      int idx = -1;
      for (std::size_t j = 0; j < ms.size(); ++j) {
        if (M(ms[j]).tb == k + 1) idx = static_cast<int>(j);
      }
      if (idx < 0 || !Fits(ms[static_cast<std::size_t>(idx)], kCty)) continue;
      for (int c : ListFrom(static_cast<std::size_t>(idx), kCty))
        Add(c, "has_reserves_of", mineral, "has_reserves_of:ranked ahead", k, "");
    }
  }

  // "Manara is a joint venture between Ma'aden and PIF", "Halco Mining, a
  // consortium of Alcoa, Rio Tinto and Dadco": the members own stakes in
  // it, and two members partner with each other.
  void JointVentures() {
    if (!(mask_ & kKwDeal) && !HasWord("consortium")) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k + 2 < s.last; ++k) {
      std::uint32_t e = 0;
      if (L(k) == "venture" && L(k - 1) == "joint" &&
          (L(k + 1) == "between" || L(k + 1) == "of"))
        e = k + 2;
      else if (L(k) == "consortium" && (L(k + 1) == "of" || L(k + 1) == "between"))
        e = k + 2;
      if (e == 0) continue;
      std::uint32_t h = L(k) == "venture" ? k - 1 : k;
      // "Polar Lithium, the joint venture of Nornickel and Rosatom".
      if (h < s.first + 2 ||
          !(L(h - 1) == "a" || L(h - 1) == "an" || (L(h - 1) == "the" && x.W(h - 2) == ",")))
        continue;
      int venture = -1;
      if (x.W(h - 2) == ",") {
        venture = Antecedent(h - 2);
      } else if (IsCopula(L(h - 2)) && h >= s.first + 3) {
        int cs = ClauseSubject(h - 2);
        venture = cs >= 0 ? cs : (cs == -1 ? MentionEndingAt(h - 2) : -1);
      }
      if (venture < 0 || !Fits(venture, kCom | kPrj)) continue;
      // "a joint venture of three companies owned by the federal
      // government: NALCO, Hindustan Copper and MECL".
      // "a joint venture of three state-run companies, NALCO, …".
      for (std::uint32_t q = e; q < s.last && q < e + 12; ++q) {
        if (x.W(q) == ":" ||
            (x.W(q) == "," && q > e && (L(q - 1) == "companies" || L(q - 1) == "firms" ||
                                        L(q - 1) == "groups" || L(q - 1) == "miners"))) {
          e = q + 1;
          break;
        }
        if (x.owner_[q] >= 0 || x.toks_[q].cap) break;
      }
      // Members: the first mention after the preposition, then those after
      // "," or "and" (outside parentheses) until the one after "and".
      std::vector<int> members;
      int depth = 0;
      bool open = true, last = false;
      int described = 0;  // description words since the last "," or "and"
      for (std::uint32_t q = e; q < s.last; ++q) {
        std::string_view w = x.W(q);
        if (w == "(") ++depth;
        else if (w == ")" && depth > 0) --depth;
        if (depth > 0) continue;
        if (IsBarrier(w) || w == ".") break;
        if (w == "," || L(q) == "and") {
          if (L(q) == "and") last = true;
          open = true;
          described = 0;
          continue;
        }
        if (L(q) == "the") continue;
        int mi = x.owner_[q];
        // "and the state corporation Rosatom", "between the state-owned
        // ZMDC and": a description before a member.
        // Not "X, known as Y,": another name of the member before.
        if (open && (L(q) == "known" || L(q) == "called" || L(q) == "formerly")) {
          open = false;
          continue;
        }
        if (open && mi < 0 && !x.toks_[q].cap && x.toks_[q].kind == TokKind::kWord &&
            ++described <= 3)
          continue;
        if (open && mi >= 0 && M(mi).tb == q && M(mi).entity >= 0) {
          // "and China's Lygend Resources": the name after the possessive
          // place is the member.
          if (PlacePossessive(mi)) {
            const int named = MentionStartingAt(M(mi).te + 1, kCom | kOrg);
            if (named >= 0) mi = named;
          }
          // "and the Indonesian Bintang Delapan Group": a demonym
          // describes the member after it.
          if (OnlyAdjective(M(mi)) && M(mi).te < s.last && x.owner_[M(mi).te] >= 0 &&
              Fits(x.owner_[M(mi).te], kCom | kOrg)) {
            q = M(mi).te - 1;
            continue;
          }
          if (!Fits(mi, kCom | kCty | kOrg | kAge)) break;
          if (OnlyAdjective(M(mi))) break;
          members.push_back(mi);
          q = M(mi).te - 1;
          open = false;
          if (last) break;
          continue;
        }
        open = false;
        if (members.empty()) break;
      }
      if (members.size() < 2 || !last) continue;
      // Two members partner; three or more ("a consortium of Alcoa, Rio
      // Tinto and Dadco") are partners of the venture, and the sentence
      // pairs none of them.
      for (std::size_t a = 0; a < members.size(); ++a) {
        Add(members[a], "owns_stake_in", venture, "owns_stake_in:joint venture of", k, "");
        for (std::size_t b = a + 1; b < members.size() && members.size() == 2; ++b)
          Add(members[a], "partners_with", members[b], "partners_with:joint venture of", k, "");
      }
    }
  }

  // "Standard Lithium and Equinor said their jointly owned U.S. company,
  // SWA Lithium LLC, had ...", "MIND ID and its unit Antam are building a
  // refinery through their joint venture PT Borneo Alumina": the companies
  // the sentence opens with own the venture.
  void TheirVenture() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 3; k + 3 < s.last; ++k) {
      if (L(k) != "their") continue;
      std::uint32_t q = k + 1;
      if (L(q) == "joint" && L(q + 1) == "venture") {
        q += 2;
      } else if (L(q) == "jointly" && (L(q + 1) == "owned" || L(q + 1) == "held")) {
        // "their jointly owned U.S. company,": a few words to the noun.
        q += 2;
        const std::uint32_t stop = std::min(s.last, q + 4);
        while (q < stop && !(L(q) == "company" || L(q) == "venture" || L(q) == "unit" ||
                             L(q) == "subsidiary" || L(q) == "business"))
          ++q;
        if (q >= stop) continue;
        ++q;
      } else {
        continue;
      }
      if (q < s.last && x.W(q) == ",") ++q;
      const int venture = MentionStartingAt(q, kCom | kPrj);
      if (venture < 0 || M(venture).entity < 0) continue;
      const int first = SentenceSubject(kCom);
      if (first < 0 || M(first).te > k) continue;
      std::vector<int> owners = ListFrom(static_cast<std::size_t>(IndexOf(first)), kCom);
      // "MIND ID and its listed unit Antam", "Standard Lithium and Norway's
      // Equinor": the second owner after a description or a place.
      if (owners.size() == 1) {
        std::uint32_t p = M(first).te;
        if (p + 2 < k && L(p) == "and") {
          ++p;
          const int place = MentionStartingAt(p, kPlace);
          if (place >= 0 && M(place).te + 1 < k && L(M(place).te) == "'s") {
            p = M(place).te + 1;
          } else if (L(p) == "its") {
            ++p;
            while (p < k && p < M(first).te + 6 && x.owner_[p] < 0 && !x.toks_[p].cap) ++p;
          }
          const int second = MentionStartingAt(p, kCom);
          if (second >= 0) owners.push_back(second);
        }
      }
      if (owners.size() < 2) continue;
      for (int o : owners)
        if (M(o).te <= k && M(o).entity != M(venture).entity)
          Add(o, "owns_stake_in", venture, "owns_stake_in:their joint venture", k, "");
    }
  }

  // "Fireweed Metals Corp., based in Vancouver,", "X, which is
  // headquartered in Y": where a company is based; "its U.S. subsidiary,
  // Alaska Range Resources LLC", "a new Canadian unit, Paladin Canada": the
  // nationality of a unit named after it.
  void CompanyBase() {
    const SentenceRange& s = S();
    for (int cm : ms) {
      if (!Fits(cm, kCom | kOrg) || (M(cm).flags & (kAnaphor | kDemonym))) continue;
      std::uint32_t q = M(cm).te;
      if (q + 3 < s.last && x.W(q) == ",") {
        std::uint32_t v = q + 1;
        if (L(v) == "which" && v + 1 < s.last && (L(v + 1) == "is" || L(v + 1) == "was")) v += 2;
        if (v + 2 < s.last && (L(v) == "based" || L(v) == "headquartered") && L(v + 1) == "in") {
          const int place = MentionStartingAt(v + 2, kPlace);
          if (place >= 0 && !(M(place).flags & kDemonym))
            Add(cm, "based_in", place, "based_in:based in", v, "");
        }
      }
      const std::uint32_t b = M(cm).tb;
      // "through its U.S. subsidiary, Alaska Range Resources LLC", "through a
      // wholly owned subsidiary, Delta Mining": a unit of the sentence's
      // subject.
      if (b >= s.first + 4 && x.W(b - 1) == "," &&
          (L(b - 2) == "subsidiary" || L(b - 2) == "unit")) {
        std::uint32_t d = b - 2;
        while (d > s.first + 1 && d + 5 > b &&
               (L(d - 1) == "wholly" || L(d - 1) == "owned" || L(d - 1) == "wholly-owned" ||
                L(d - 1) == "local" || L(d - 1) == "new" ||
                (x.owner_[d - 1] >= 0 && Fits(x.owner_[d - 1], kCty))))
          d = x.owner_[d - 1] >= 0 ? M(x.owner_[d - 1]).tb : d - 1;
        if (d > s.first + 1 && (L(d - 1) == "its" || L(d - 1) == "a") &&
            L(d - 2) == "through") {
          const int parent = SentenceSubject(kCom);
          if (parent >= 0 && M(parent).te < d && M(parent).entity != M(cm).entity)
            Add(cm, "subsidiary_of", parent, "subsidiary_of:through its unit", b, "");
        }
      }
      if (b >= s.first + 3 && x.W(b - 1) == ",") {
        const std::string_view noun = L(b - 2);
        if (!(noun == "subsidiary" || noun == "unit" || noun == "arm" || noun == "affiliate" ||
              noun == "company"))
          continue;
        const int country = MentionEndingAt(b - 2);
        if (country < 0 || !IsNationality(country)) continue;
        // "its U.S. subsidiary,", "a new Canadian unit,": an article or
        // "its" and at most one word before the nationality.
        std::uint32_t d = M(country).tb;
        if (d > s.first && (L(d - 1) == "new" || L(d - 1) == "local")) --d;
        if (d > s.first && (L(d - 1) == "its" || L(d - 1) == "a" || L(d - 1) == "an" ||
                            L(d - 1) == "the" || L(d - 1) == "their"))
          Add(cm, "based_in", country, "based_in:nationality before", b, "");
      }
    }
  }

  // "Rio Tinto has named Simon Trott as its next chief executive", "X
  // appointed Y as its chief financial officer": the person heads or works
  // for the company that named him.
  void NamedAs() {
    const SentenceRange& s = S();
    for (int pm : ms) {
      if (!Fits(pm, kPer) || M(pm).tb < s.first + 2) continue;
      const std::string_view v = L(M(pm).tb - 1);
      if (!(v == "named" || v == "appointed" || v == "names" || v == "appoints" ||
            v == "picked" || v == "chose")) continue;
      std::uint32_t q = M(pm).te;
      if (q + 3 >= s.last || L(q) != "as" || L(q + 1) != "its") continue;
      q += 2;
      bool head = false, work = false, deputy = false;
      for (std::uint32_t r = q; r < s.last && r < q + 5; ++r) {
        if (x.toks_[r].kind != TokKind::kWord || x.toks_[r].cap) break;
        head |= w::IsHeadTitle(L(r));
        work |= w::IsWorkRole(L(r));
        deputy |= L(r) == "deputy" || L(r) == "vice" || L(r) == "interim";
      }
      if (!head && !work) continue;
      const int company = SentenceSubject(kCom | kOrg);
      if (company < 0 || M(company).te >= M(pm).tb) continue;
      const bool heads = head && !deputy &&
                         !(work && !(L(q + 1) == "executive" || L(q + 2) == "executive"));
      Add(pm, heads ? "head_of" : "works_for", company,
          heads ? "head_of:named as" : "works_for:named as", M(pm).tb, "");
    }
  }

  // "Saloro SLU, the owner of the Barruecopardo tungsten mine": what an
  // apposition says a company is to a project or company.
  void OwnerOf() {
    const SentenceRange& s = S();
    for (int cm : ms) {
      const Mention& c = M(cm);
      std::uint32_t q = c.te;
      // "X is the operator of Y": a copula instead of the comma.
      if (!Fits(cm, kCom | kOrg | kPer) || q + 4 >= s.last ||
          !(x.W(q) == "," || (IsCopula(L(q)) && L(q + 1) == "the")))
        continue;
      q += 1;
      if (L(q) == "the" || L(q) == "a" || L(q) == "an") ++q;
      // "became the sole owner of", "is the largest shareholder and
      // operator of": a word before the role.
      if (q + 1 < s.last && (L(q) == "sole" || L(q) == "majority" || L(q) == "main" ||
                             L(q) == "largest" || L(q) == "controlling" ||
                             L(q) == "new" || L(q) == "current"))
        ++q;
      std::string_view role = L(q);
      std::string_view rel = role == "owner" || role == "co-owner" ? "owns_stake_in"
                             : role == "operator"                  ? "operates"
                             : role == "developer"                 ? "develops"
                                                                   : "";
      if (rel.empty() || q + 2 >= s.last || L(q + 1) != "of") continue;
      // "Helena Lim, owner of the money changer PT Quantum": a person owns.
      if (Fits(cm, kPer) && rel != "owns_stake_in") continue;
      std::uint32_t o = q + 2;
      if (L(o) == "the" || L(o) == "its") ++o;
      // "the money changer PT Quantum", "the Chilean miner X".
      for (std::uint32_t d = o; d < s.last && d < o + 3; ++d) {
        if (x.owner_[d] >= 0 && M(x.owner_[d]).tb == d) {
          if (d > o && !x.toks_[d - 1].cap) o = d;
          break;
        }
        if (x.toks_[d].kind != TokKind::kWord || x.toks_[d].cap || !IsPlainDescriptor(L(d)))
          break;
      }
      int obj = o < s.last ? x.owner_[o] : -1;
      if (obj < 0 || M(obj).tb != o || !Fits(obj, rel == "owns_stake_in" ? kPrj | kCom : kPrj))
        continue;
      for (int item : ListFrom(static_cast<std::size_t>(std::max(0, IndexOf(obj))), kPrj | kCom))
        Add(cm, rel, item, std::string(rel) + ":apposition", q, "");
    }
    // "the Hemerdon mine, which closed when its previous operator, Wolf
    // Minerals, collapsed": the project before "its".
    for (std::uint32_t k = s.first + 1; k + 3 < s.last; ++k) {
      if (L(k) != "its") continue;
      std::uint32_t q = k + 1;
      if (L(q) == "previous" || L(q) == "former" || L(q) == "current" || L(q) == "new")
        ++q;
      const std::string_view role = L(q);
      const std::string_view rel = role == "operator" ? "operates"
                                   : role == "owner"  ? "owns_stake_in"
                                                      : "";
      // "its previous operator, Wolf Minerals", "when its operator MMG Ltd
      // halted work".
      if (rel.empty() || q + 2 >= s.last) continue;
      const int who = MentionStartingAt(x.W(q + 1) == "," ? q + 2 : q + 1, kCom);
      if (who < 0 || M(who).entity < 0) continue;
      int project = -1;
      for (int mi : ms) {
        if (M(mi).tb >= k) break;
        if (Fits(mi, kPrj) && M(mi).entity >= 0) project = mi;
      }
      if (project >= 0) Add(who, rel, project, std::string(rel) + ":its operator", k, "");
    }
  }

  // "The deal was signed on Monday in Catamarca's capital in the presence
  // of Pralhad Joshi": who was there visited the place.
  void Presence() {
    if (!(mask_ & kKwPresence)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first; k + 2 < s.last; ++k) {
      if (L(k) != "presence" || L(k + 1) != "of") continue;
      int place = -1;
      for (int mi : ms) {
        const Mention& m = M(mi);
        if (m.tb >= k) break;
        std::uint32_t b = m.tb;
        if (b > s.first && L(b - 1) == "the") --b;
        if (b > s.first && L(b - 1) == "in" && Fits(mi, kPlace) &&
            !(m.flags & kDemonym)) {
          place = mi;
          break;
        }
      }
      if (place < 0) return;
      // The people named after "presence of", titles and all.
      for (int mi : ms) {
        const Mention& m = M(mi);
        if (m.tb <= k + 1) continue;
        if (!Fits(mi, kPer)) continue;
        // "Catamarca Governor Raul Jalil" is at home there.
        bool local = false;
        for (int o : ms)
          local |= M(o).entity == M(place).entity && M(o).te <= m.tb && M(o).te + 3 >= m.tb &&
                   o != place;
        if (!local) Add(mi, "visited", place, "visited:in the presence of", k, "");
      }
      return;
    }
  }

  // "the CBC consortium, led by China's CATL": the leader is a member.
  void ConsortiumLeader() {
    const SentenceRange& s = S();
    for (int cm : ms) {
      const Mention& c = M(cm);
      if (!Fits(cm, kCom | kOrg) || c.te <= c.tb + 1 || L(c.te - 1) != "consortium")
        continue;
      std::uint32_t q = c.te;
      if (q < s.last && x.W(q) == ",") ++q;
      if (!(q + 2 < s.last && (L(q) == "led" || L(q) == "headed") && L(q + 1) == "by"))
        continue;
      q += 2;
      int leader = x.owner_[q];
      if (leader >= 0 && M(leader).tb == q && Fits(leader, kPlace) &&
          M(leader).te + 1 < s.last && L(M(leader).te) == "'s")
        leader = x.owner_[M(leader).te + 1];
      if (leader < 0 || !Fits(leader, kCom | kOrg)) continue;
      for (int member : ListFrom(static_cast<std::size_t>(std::max(0, IndexOf(leader))),
                                 kCom | kOrg))
        Add(member, "part_of", cm, "part_of:consortium led by", q, "");
    }
  }

  bool HasWord(std::string_view w) const {
    for (std::uint32_t k = S().first; k < S().last; ++k) {
      if (L(k) == w) return true;
    }
    return false;
  }

  // Words before a company: "Chile's state-owned copper miner Codelco".
  void Modifiers() {
    const SentenceRange& s = S();
    static constexpr std::string_view kDesc[] = {
        "state-owned", "state", "state-run", "state-controlled",
        "government-owned", "government-controlled", "miner", "producer",
        "company", "firm", "group", "giant", "major", "developer",
        "explorer", "manufacturer", "maker", "enterprise", "refiner",
        "conglomerate", "fertilizer", "fertiliser", "mining", "chemicals",
        "battery", "carmaker", "automaker", "private", "listed",
        "multinational", "diversified", "junior", "leading", "smaller",
        "larger", "biggest", "largest", "top", "rival", "development",
        "agency", "-", "based", "supplier", "nuclear", "atomic", "energy",
        "corporation", "holding", "investment", "arm", "steel", "chemical",
        "sovereign", "wealth", "fund", "utility", "bank", "trading",
        "groups", "companies", "firms"};
    for (std::size_t j = 0; j < ms.size(); ++j) {
      const Mention& m = M(ms[j]);
      EntityType t = TypeOf(ms[j]);
      if (!(t == EntityType::kCompany || t == EntityType::kOrganization))
        continue;
      const bool anaphor = m.flags & kAnaphor;
      bool state = false, producer_noun = false, based = false, plural = false;
      int mineral = -1, country = -1, place = -1;
      std::uint32_t k = m.tb;
      int steps = 0;
      // "Norwegian rare earth separation company REEtec": after a company
      // noun right before the name, a few plain words may describe it.
      int free_words = 0;
      const bool noun_head = !anaphor && k > s.first && x.owner_[k - 1] < 0 &&
                             w::IsCompanyNoun(L(k - 1));
      while (k > s.first && steps < 8) {
        ++steps;
        std::uint32_t p = k - 1;
        int owner = x.owner_[p];
        if (owner >= 0 && M(owner).entity >= 0) {
          const Mention& om = M(owner);
          EntityType ot = x.entities_[static_cast<std::size_t>(om.entity)].type;
          if (ot == EntityType::kMineral) {
            if (mineral < 0) mineral = owner;
            k = om.tb;
            continue;
          }
          if (ot == EntityType::kCountry || ot == EntityType::kRegion) {
            // ("In Zambia Jubilee reprocesses tailings": where, not whose.)
            const bool where = !(om.flags & kDemonym) && om.tb > s.first &&
                               (L(om.tb - 1) == "in" || L(om.tb - 1) == "across");
            if (based) {
              place = owner;
            } else if (ot == EntityType::kCountry && !where) {
              country = owner;
            } else if (ot == EntityType::kRegion && !where && !anaphor &&
                       !(om.flags & kDemonym) && om.tb > s.first &&
                       (L(om.tb - 1) == "the" || L(om.tb - 1) == "a")) {
              // "the Sarawak conglomerate Cahya Mata Sarawak", "the Perth
              // miner X": a town or state before a company noun is home.
              for (std::uint32_t q = om.te; q < m.tb && place < 0; ++q)
                if (w::IsCompanyNoun(L(q))) place = owner;
            }
          }
          break;
        }
        std::string_view l = L(p);
        if (l == "'s" && p > s.first) {
          int o2 = x.owner_[p - 1];
          if (o2 >= 0 && M(o2).entity >= 0 &&
              x.entities_[static_cast<std::size_t>(M(o2).entity)].type ==
                  EntityType::kCountry)
            country = o2;
          // "Abu Dhabi's Mubadala", "London's AIM market": a city's (or a
          // region's) name right before is its home.
          else if (o2 >= 0 && M(o2).entity >= 0 && p + 1 == m.tb && !anaphor &&
                   !(M(o2).flags & kDemonym) &&
                   x.entities_[static_cast<std::size_t>(M(o2).entity)].type ==
                       EntityType::kRegion)
            place = o2;
          break;
        }
        if (l.ends_with("-based") || l == "based" || l == "headquartered" ||
            l.ends_with("-headquartered") || l == "registered" ||
            l == "incorporated") {
          based = true;
          if (l.ends_with("-based") && l.size() > 6) {
            // "Perth-based": the place is inside the token; not a mention.
          }
          k = p;
          continue;
        }
        if (l.ends_with("-listed")) {
          k = p;
          continue;
        }
        if (!w::In(kDesc, l)) {
          const text_internal::Token& tok = x.toks_[p];
          if (noun_head && free_words < 3 && tok.kind == TokKind::kWord &&
              !tok.cap && IsPlainDescriptor(l)) {
            ++free_words;
            k = p;
            continue;
          }
          break;
        }
        if (l == "state-owned" || l == "state" || l == "state-run" ||
            l == "state-controlled" || l == "government-owned" ||
            l == "government-controlled")
          state = true;
        if (l == "miner" || l == "producer" || l == "maker" || l == "refiner" ||
            l == "giant" || l == "major" || l == "supplier")
          producer_noun = true;
        plural |= l == "groups" || l == "companies" || l == "firms";
        k = p;
      }
      // "Lakewood, Colorado-based Energy Fuels": the town before the state.
      if (place >= 0 && M(place).tb >= s.first + 2 && x.W(M(place).tb - 1) == ",") {
        const int town = MentionEndingAt(M(place).tb - 1);
        if (town >= 0 && Fits(town, kReg) && !(M(town).flags & kDemonym)) place = town;
      }
      if (anaphor) {
        // "The Denver-based company": only the place is safe to read.
        if (place >= 0) Add(ms[j], "based_in", place, "based_in:x-based", m.tb, "");
        continue;
      }
      if (country >= 0) {
        Add(ms[j], "based_in", country, "based_in:modifier", m.tb, "");
        // "the Chinese groups China Railway Construction Corporation and
        // Tongling Nonferrous Metals": each one listed.
        if (plural)
          for (int other : ListFrom(j, kCom))
            if (other != ms[j])
              Add(other, "based_in", country, "based_in:modifier", m.tb, "");
        if (state) Add(country, "owns_stake_in", ms[j], "owns_stake_in:state-owned", m.tb, "");
      } else if (state && place < 0) {
        // "state lithium company YLB" in an article about Bolivia: the
        // state is the country the article is about.
        int dom = DominantCountry();
        if (dom >= 0 && dominant_strong_)
          AddEntities(dom, "owns_stake_in", M(ms[j]).entity,
                      "owns_stake_in:state-owned (article country)", m.tb, "");
      }
      if (place >= 0) Add(ms[j], "based_in", place, "based_in:x-based", m.tb, "");
      if (producer_noun && mineral >= 0)
        Add(ms[j], "produces", mineral, "produces:descriptor", m.tb, "");
      // "International Resources Holding (IRH), the Abu Dhabi-based mining
      // company,": the place in the apposition.
      {
        std::uint32_t q = m.te;
        if (q + 2 < s.last && x.W(q) == "(") {
          while (q < s.last && x.W(q) != ")") ++q;
          ++q;
        }
        if (q + 4 < s.last && x.W(q) == "," &&
            (L(q + 1) == "the" || L(q + 1) == "a" || L(q + 1) == "an")) {
          const int pl = x.owner_[q + 2];
          if (pl >= 0 && M(pl).tb == q + 2 && Fits(pl, kPlace) &&
              !(M(pl).flags & kDemonym) && M(pl).te + 1 < s.last &&
              x.W(M(pl).te) == "-" &&
              (L(M(pl).te + 1) == "based" || L(M(pl).te + 1) == "headquartered" ||
               L(M(pl).te + 1) == "registered"))
            Add(ms[j], "based_in", pl, "based_in:x-based", q, "");
        }
      }
      // "Xinfeng Investments, a Chinese company," and "Imerys, the French
      // industrial minerals group,": the nationality in an apposition.
      if (!anaphor && country < 0) {
        int dem = DemonymApposition(m.te);
        if (dem >= 0) Add(ms[j], "based_in", dem, "based_in:apposition", m.te, "");
        // "K+S of Germany runs the Bethune mine".
        const int of = m.te + 1 < s.last && L(m.te) == "of" ? MentionStartingAt(m.te + 1, kCty)
                                                             : -1;
        if (of >= 0 && !(M(of).flags & kDemonym) && !PlacePossessive(of))
          Add(ms[j], "based_in", of, "based_in:of country", m.te, "");
      }
      // "Codelco, the world's largest copper producer".
      std::uint32_t q = m.te;
      if (q + 2 < s.last && x.W(q) == ",") {
        int min2 = -1;
        // "Sibanye-Stillwater, a platinum and gold miner": each mineral of
        // the noun's "and" pair.
        int min1 = -1;
        for (std::uint32_t r = q + 1; r < s.last && r < q + 9; ++r) {
          int owner = x.owner_[r];
          if (owner >= 0 && M(owner).entity >= 0) {
            if (x.entities_[static_cast<std::size_t>(M(owner).entity)].type ==
                EntityType::kMineral) {
              min1 = min2 >= 0 && M(owner).tb == M(min2).te + 1 && L(M(min2).te) == "and"
                         ? min2
                         : -1;
              min2 = owner;
              r = M(owner).te - 1;
              continue;
            }
            // "X, the country's big germanium producer": a place owns the
            // noun phrase; it is not the end of it.
            if (Fits(owner, kPlace) && M(owner).te < s.last &&
                L(M(owner).te) == "'s") {
              r = M(owner).te;
              continue;
            }
            break;
          }
          std::string_view l = L(r);
          // "Anglo, which owned four-fifths of the platinum producer": a
          // clause, not an apposition.
          if (l == "which" || l == "who" || l == "that") break;
          if ((l == "producer" || l == "miner" || l == "producers") && min2 >= 0) {
            // "X, a copper producer's former unit": another's noun.
            if (r + 1 < s.last && L(r + 1) == "'s") break;
            Add(ms[j], "produces", min2, "produces:apposition", q, "");
            if (min1 >= 0 && M(min2).te == r)
              Add(ms[j], "produces", min1, "produces:apposition", q, "");
            // "the largest uranium producer in the U.S.": where it works.
            std::uint32_t p = r + 1;
            if (p + 1 < s.last && L(p) == "in") {
              p += L(p + 1) == "the" ? 2 : 1;
              int where = p < s.last ? x.owner_[p] : -1;
              if (where >= 0 && M(where).tb == p && Fits(where, kPlace) &&
                  !(M(where).flags & kDemonym) &&
                  !(M(where).te < s.last && L(M(where).te) == "'s"))
                Add(ms[j], "active_in", where, "active_in:producer in", p, "");
            }
            break;
          }
          if (x.toks_[r].kind == TokKind::kPunct && L(r) != "'s") break;
        }
      }
    }
  }

  // Where projects and places are.
  void Locations() {
    const SentenceRange& s = S();
    for (std::size_t j = 0; j < ms.size(); ++j) {
      const Mention& m = M(ms[j]);
      EntityType t = TypeOf(ms[j]);
      if (t != EntityType::kProject && t != EntityType::kRegion) continue;
      // "about 30 kilometres north of Kigali in Rwanda's Northern
      // Province": the place measured from is not what the "in" places.
      if (t == EntityType::kRegion && m.tb >= s.first + 2 && L(m.tb - 1) == "of" &&
          IsDirection(L(m.tb - 2)) && m.tb >= s.first + 3 &&
          (L(m.tb - 3) == "kilometres" || L(m.tb - 3) == "kilometers" || L(m.tb - 3) == "km" ||
           L(m.tb - 3) == "miles"))
        continue;
      // "X in [the] [northern] Y", "X, located ... in Y".
      std::uint32_t k = m.te;
      int gap = 0;
      bool located = false;
      // "the Indonesia Morowali Industrial Park (IMIP) in Central Sulawesi".
      if (k + 2 < s.last && x.W(k) == "(") {
        std::uint32_t c = k + 1;
        while (c < s.last && c < k + 6 && x.W(c) != ")") ++c;
        if (c < s.last && x.W(c) == ")") k = c + 1;
      }
      // "Mt Weld, in the Goldfields region", "Salar de Atacama, a vast salt
      // flat in the northern Antofagasta region": an apposition that places.
      // "Buenavista del Cobre and La Caridad, both in the state of Sonora".
      int both = -1;
      if (k + 2 < s.last && x.W(k) == ",") {
        std::uint32_t c = k + 1;
        if (L(c) == "in" || (L(c) == "near" && t == EntityType::kProject)) {
          k = c;  // "Renison, near Zeehan in western Tasmania, is"
        } else if (L(c) == "both" && L(c + 1) == "in" && t == EntityType::kProject) {
          k = c + 1;
          // "the Filo del Sol deposit and our own Josemaria project, both in".
          std::uint32_t a = m.tb;
          while (a > s.first && a + 3 > m.tb &&
                 (L(a - 1) == "the" || L(a - 1) == "its" || L(a - 1) == "our" ||
                  L(a - 1) == "their" || L(a - 1) == "own"))
            --a;
          if (j > 0 && Fits(ms[j - 1], kPrj) && M(ms[j - 1]).te + 1 == a &&
              L(M(ms[j - 1]).te) == "and")
            both = ms[j - 1];
        } else if (L(c) == "a" || L(c) == "an") {
          std::uint32_t q = c + 1;
          while (q < s.last && q < c + 7 && x.toks_[q].kind == TokKind::kWord &&
                 !x.toks_[q].cap && L(q) != "in" && L(q) != "of" &&
                 L(q) != "which" && L(q) != "that" && L(q) != "and")
            ++q;
          if (q < s.last && q > c + 1 && L(q) == "in") k = q;
        }
      }
      while (k < s.last && gap < (located ? 12 : 6)) {
        std::string_view l = L(k);
        if (l == "located" || l == "situated" || l == "sits" || l == "lies")
          located = true;
        if (l == "in" || l == "at") break;
        // "the Athabasca Basin of Saskatchewan", "Ganzhou City of Jiangxi
        // Province": a place whose head ends its name, of another place.
        if (l == "of" && gap == 0 && t == EntityType::kRegion &&
            w::IsRegionHead(x.W(m.te - 1)))
          break;
        // "the Saganoseki smelter of Oita prefecture": a project of a place
        // named as one.
        if (l == "of" && gap == 0 && t == EntityType::kProject && k + 1 < s.last) {
          const int r = MentionStartingAt(L(k + 1) == "the" ? k + 2 : k + 1, kReg);
          if (r >= 0 && M(r).te > M(r).tb + 1) {
            const std::string_view h = L(M(r).te - 1);
            if (h == "province" || h == "prefecture" || h == "region" || h == "state" ||
                h == "county" || h == "district" || h == "regency")
              break;
          }
        }
        // "near X" and "just outside X" say where it is not; "near Darwin
        // in the Northern Territory" says where it is after X.
        if (l == "near" || l == "outside") {
          std::uint32_t q = k + 1;
          if (q < s.last && L(q) == "the") ++q;
          const int x1 = MentionStartingAt(q, kPlace);
          if (t == EntityType::kProject && x1 >= 0 && M(x1).te + 1 < s.last &&
              L(M(x1).te) == "in") {
            k = M(x1).te;
            break;
          }
          gap = 99;
          break;
        }
        // "the Batu Hijau copper mine on Sumbawa island", "its LNG project
        // on the Afungi peninsula", "the Moanda mine, on the Bangombé
        // plateau".
        const bool comma_on = l == "," && gap == 0 && k + 1 < s.last && L(k + 1) == "on";
        if ((l == "on" || comma_on) && t == EntityType::kProject) {
          const std::uint32_t on = comma_on ? k + 1 : k;
          const std::uint32_t q = on + 1 < s.last && L(on + 1) == "the" ? on + 2 : on + 1;
          const int isle = MentionStartingAt(q, kReg);
          if (isle >= 0 && (L(M(isle).te - 1) == "island" || L(M(isle).te - 1) == "islands" ||
                            L(M(isle).te - 1) == "peninsula" || L(M(isle).te - 1) == "plateau")) {
            Add(ms[j], "located_in", isle, "located_in:on island", k, "");
            Chain(isle);
            break;
          }
        }
        if (located && (l == "of" || x.toks_[k].kind == TokKind::kNumber ||
                        x.owner_[k] >= 0 || x.toks_[k].cap)) {
          ++k;
          ++gap;
          continue;
        }
        // "Mt Cattlin spodumene mine in Western Australia".
        if (x.owner_[k] >= 0 && M(x.owner_[k]).entity >= 0 &&
            Fits(x.owner_[k], kMnl) && t == EntityType::kProject) {
          k = M(x.owner_[k]).te;
          ++gap;
          continue;
        }
        // "its Tenke Fungurume and Kisanfu mines in Lualaba".
        // Only a plural head covers the list: "Barro Alto, and Codemin in
        // the municipality of Niquelandia" places Codemin alone.
        if ((l == "and" || l == ",") && k + 1 < s.last && t == EntityType::kProject) {
          int nx = x.owner_[k + 1];
          if (nx >= 0 && M(nx).tb == k + 1 && M(nx).entity >= 0 && Fits(nx, kPrj) &&
              M(nx).te > M(nx).tb && w::IsPluralProjectTrigger(L(M(nx).te - 1))) {
            k = M(nx).te;
            continue;
          }
          // "the Aitik copper mine and the Garpenberg zinc mine in Sweden":
          // two sites, each named with its noun, joined before one place.
          const std::uint32_t q = k + 1 < s.last && L(k + 1) == "the" ? k + 2 : k + 1;
          nx = MentionStartingAt(q, kPrj);
          if (l == "and" && gap == 0 && nx >= 0 && M(nx).entity >= 0 &&
              M(nx).te > M(nx).tb + 1 && w::IsProjectTrigger(L(M(nx).te - 1)) &&
              !w::IsPluralProjectTrigger(L(M(nx).te - 1)) && m.te > m.tb + 1 &&
              w::IsProjectTrigger(L(m.te - 1)) && L(m.te - 1) == L(M(nx).te - 1)) {
            k = M(nx).te;
            continue;
          }
          // "mines the metal at Tenke Fungurume and Kisanfu in the DRC":
          // two bare site names joined by "and" before one place.
          if (l == "and" && gap == 0 && nx >= 0 && M(nx).entity >= 0 && q == k + 1 &&
              !w::IsProjectTrigger(L(M(nx).te - 1)) && !w::IsProjectTrigger(L(m.te - 1)) &&
              M(nx).te < s.last && L(M(nx).te) == "in") {
            k = M(nx).te;
            continue;
          }
        }
        if (x.owner_[k] >= 0 || x.toks_[k].cap) {
          gap = 99;
          break;
        }
        if (l == "of" || l == "from" || l == "to" || l == "and") {
          gap = 99;
          break;
        }
        // "The project has support in Washington", "Las Bambas tells
        // investors in Lima": a verb of its own between them says nothing
        // of where the site is.
        static constexpr std::string_view kVerbs[] = {
            "has", "have", "had", "will", "would", "could", "said", "says", "told", "tells",
            "gets", "got", "won", "received", "receives", "faces", "faced", "needs", "attracted"};
        if (!located && w::In(kVerbs, l)) {
          gap = 99;
          break;
        }
        ++k;
        ++gap;
      }
      // ("The city of Almalyk is located in the Tashkent region": a place
      // said to be located.)
      if (gap < (located ? 12 : 6) && k < s.last &&
          (t == EntityType::kProject || gap == 0 || located)) {
        std::uint32_t q = k + 1;
        // "in the northern Antofagasta region", but "in Western Australia".
        // "in the municipality of Niquelandia", "in far north Queensland".
        while (q < s.last && x.owner_[q] < 0 &&
               (L(q) == "the" || IsDirection(L(q)) || L(q) == "state" ||
                L(q) == "province" || L(q) == "region" || L(q) == "of" ||
                L(q) == "so-called" || L(q) == "municipality" ||
                L(q) == "town" || L(q) == "city" || L(q) == "village" ||
                L(q) == "district" || L(q) == "county" || L(q) == "far"))
          ++q;
        int place = q < s.last ? x.owner_[q] : -1;
        if (place >= 0 && M(place).tb != q) place = -1;
        // "in the Brazilian state of Amazonas": the state, which lies in
        // the demonym's country.
        if (place >= 0 && (M(place).flags & kDemonym) &&
            M(place).te + 2 < s.last && L(M(place).te + 1) == "of") {
          const std::string_view head = L(M(place).te);
          const int inner = MentionStartingAt(M(place).te + 2, kReg);
          if (inner >= 0 && (head == "state" || head == "province" || head == "region" ||
                             head == "county" || head == "district" || head == "department")) {
            Add(inner, "located_in", place, "located_in:demonym's region of", k, "");
            place = inner;
          }
        }
        // "in Argentina's Catamarca province", "in Western Australia's
        // northern Goldfields": the inner place.
        if (place >= 0 && M(place).te + 1 < s.last && L(M(place).te) == "'s") {
          std::uint32_t at = M(place).te + 1;
          while (at + 1 < s.last && x.owner_[at] < 0 && IsDirection(L(at))) ++at;
          int inner = x.owner_[at];
          if (inner >= 0 && M(inner).tb == at && Fits(inner, kReg)) place = inner;
        }
        if (place >= 0 && Fits(place, kPlace)) {
          Add(ms[j], "located_in", place, "located_in:in", k, "");
          if (both >= 0) Add(both, "located_in", place, "located_in:both in", k, "");
          Chain(place);
          // "in Benton County and Henry County": two places of one kind.
          const Mention& pm = M(place);
          const int next = pm.te + 1 < s.last && L(pm.te) == "and"
                               ? MentionStartingAt(pm.te + 1, kReg)
                               : -1;
          if (next >= 0 && pm.te > pm.tb + 1 && M(next).te > M(next).tb + 1 &&
              x.W(pm.te - 1) == x.W(M(next).te - 1) && w::IsRegionHead(x.W(pm.te - 1)))
            Add(ms[j], "located_in", next, "located_in:in", k, "");
        }
      }
      // "Argentina's Catamarca province", "Myanmar's semi-autonomous Wa
      // State", "China's southern Guangxi region".
      {
        std::uint32_t p = m.tb;
        while (p > s.first + 2 && p + 2 > m.tb && x.owner_[p - 1] < 0 &&
               x.toks_[p - 1].kind == TokKind::kWord && !x.toks_[p - 1].cap &&
               (IsDirection(L(p - 1)) || L(p - 1).starts_with("semi-") ||
                L(p - 1) == "autonomous" || L(p - 1) == "remote" || L(p - 1) == "restive" ||
                L(p - 1) == "mineral-rich" || L(p - 1) == "resource-rich"))
          --p;
        if (p >= 2 && L(p - 1) == "'s") {
          int c = x.owner_[p - 2];
          // "Western Australia's Pilbara region"; not "Voisey's Bay", one
          // name.
          const bool bare_head = m.te == m.tb + 1 && (w::IsRegionHead(x.W(m.tb)) ||
                                                      w::IsLandformWord(x.W(m.tb)));
          if (c >= 0 && Fits(c, kCty | kReg) && !(M(c).flags & kDemonym) && !bare_head)
            Add(ms[j], "located_in", c, "located_in:possessive", m.tb, "");
        }
      }
      if (t == EntityType::kRegion) Chain(ms[j]);
    }
  }

  // "Yakutia, northern Siberia", "Quebec, Canada".
  void Chain(int place) {
    const SentenceRange& s = S();
    const Mention& m = M(place);
    if (m.entity < 0 || TypeOf(place) != EntityType::kRegion) return;
    std::uint32_t k = m.te;
    if (k + 1 < s.last && L(k) == "of" && m.te > m.tb + 1) {
      std::string_view head = L(m.te - 1);
      if (head == "region" || head == "province" || head == "state" ||
          head == "district" || head == "county" || head == "department" ||
          head == "area" || head == "territory" || head == "prefecture" ||
          head == "regency" || head == "municipality") {
        // "the Barroso area of northern Portugal", "the Haut-Katanga
        // province of the Democratic Republic of Congo".
        std::uint32_t q = k + 1;
        if (q < s.last && L(q) == "the" && x.owner_[q] < 0) ++q;
        while (q < s.last && x.owner_[q] < 0 && IsDirection(L(q))) ++q;
        int next = MentionStartingAt(q, kPlace);
        // "the Walikale territory of Congo's North Kivu province": the
        // inner place.
        if (next >= 0 && M(next).te + 1 < s.last && L(M(next).te) == "'s") {
          const int inner = MentionStartingAt(M(next).te + 1, kReg);
          if (inner >= 0) next = inner;
        }
        if (next >= 0)
          Add(place, "located_in", next, "located_in:region of", k, "");
      }
      return;
    }
    if (k >= s.last || x.W(k) != ",") return;
    ++k;
    while (k < s.last && x.owner_[k] < 0 && IsDirection(L(k))) ++k;
    int next = k < s.last ? x.owner_[k] : -1;
    if (next < 0 || M(next).tb != k || !Fits(next, kPlace)) return;
    // "in Cananea, Sonora, the country's largest copper mine": an
    // apposition of the site, not a place.
    if ((M(next).flags & kAnaphor) && M(next).te < s.last && L(M(next).te) == "'s") return;
    // "Sudbury in Ontario, Voisey's Bay in ...": a possessive starts
    // another name.
    if (M(next).te < s.last && L(M(next).te) == "'s" &&
        TypeOf(next) == EntityType::kRegion)
      return;
    // Not a list of places: "Salta, Jujuy and Catamarca". A run of places
    // that no "and" or "or" ends, with a country only last, is an address:
    // "in Gebeng, Kuantan, Pahang" puts each in the next.
    std::vector<int> run = {place, next};
    std::uint32_t after = M(next).te;
    while (after + 1 < s.last && x.W(after) == ",") {
      int n2 = x.owner_[after + 1];
      if (n2 < 0 || M(n2).tb != after + 1 || !Fits(n2, kPlace)) break;
      if ((M(n2).flags & kAnaphor) && M(n2).te < s.last && L(M(n2).te) == "'s") break;
      run.push_back(n2);
      after = M(n2).te;
    }
    if (after < s.last && (L(after) == "and" || L(after) == "or")) return;
    // "in Sorowako, South Sulawesi, and PT Trimegah ...": a list only when
    // a place follows.
    if (after + 2 < s.last && x.W(after) == "," &&
        (L(after + 1) == "and" || L(after + 1) == "or")) {
      int n3 = x.owner_[after + 2];
      if (n3 >= 0 && M(n3).tb == after + 2 && Fits(n3, kPlace)) return;
    }
    for (std::size_t i = 0; i + 1 < run.size(); ++i)
      if (TypeOf(run[i]) != EntityType::kRegion) return;
    for (std::size_t i = 0; i + 1 < run.size(); ++i)
      Add(run[i], "located_in", run[i + 1], "located_in:apposition",
          M(run[i + 1]).tb, "");
  }

  // "dysprosium and terbium, two heavy rare earths": the group includes
  // each; "made mixed rare earth carbonate from phosphogypsum", "recover
  // rare earths from two large stacks of phosphogypsum": the product comes
  // from the source.
  void MineralPairs() {
    if (minerals_ < 2) return;
    const SentenceRange& s = S();
    for (std::size_t j = 0; j < ms.size(); ++j) {
      if (!Fits(ms[j], kMnl)) continue;
      const Mention& m = M(ms[j]);
      std::uint32_t k = m.te;
      if (k + 2 < s.last && x.W(k) == "," &&
          (L(k + 1) == "two" || L(k + 1) == "three" || L(k + 1) == "four" ||
           L(k + 1) == "both" || L(k + 1) == "five")) {
        int group = x.owner_[k + 2];
        if (group >= 0 && M(group).tb == k + 2 && Fits(group, kMnl) &&
            x.entities_[static_cast<std::size_t>(M(group).entity)].group) {
          for (int member : ListTo(static_cast<int>(j), kMnl))
            Add(group, "includes", member, "includes:apposition", k, "");
        }
      }
      if (k + 1 < s.last && L(k) == "from" && m.tb >= s.first + 1) {
        std::uint32_t v = m.tb - 1;
        while (v > s.first && m.tb - v < 4 && x.owner_[v] < 0 &&
               !(L(v) == "made" || L(v) == "make" || L(v) == "makes" ||
                 L(v) == "recover" || L(v) == "recovers" || L(v) == "recovered" ||
                 L(v) == "produce" || L(v) == "produces" || L(v) == "produced" ||
                 L(v) == "extract" || L(v) == "extracts" || L(v) == "extracted"))
          --v;
        const std::string_view verb = L(v);
        if (!(verb == "made" || verb == "make" || verb == "makes" ||
              verb == "recover" || verb == "recovers" || verb == "recovered" ||
              verb == "produce" || verb == "produces" || verb == "produced" ||
              verb == "extract" || verb == "extracts" || verb == "extracted"))
          continue;
        // The source: right after "from", or after "two large stacks of".
        std::uint32_t q = k + 1;
        while (q < s.last && q < k + 6 && x.owner_[q] < 0 &&
               x.toks_[q].kind != TokKind::kPunct && L(q) != "at" && L(q) != "in")
          ++q;
        int src = q < s.last ? x.owner_[q] : -1;
        if (src >= 0 && M(src).tb == q && Fits(src, kMnl) &&
            (q == k + 1 || L(q - 1) == "of"))
          Add(ms[j], "derived_from", src, "derived_from:made from", k, "");
      }
    }
  }

  // "seven medium and heavy rare earths – samarium, gadolinium, …",
  // "five rare earth elements: holmium, erbium and thulium": a group, a dash
  // or colon, and a list of two or more minerals names its members.
  void MembersAfterDash() {
    const SentenceRange& s = S();
    for (std::size_t j = 0; j + 2 < ms.size(); ++j) {
      const Mention& g = M(ms[j]);
      if (TypeOf(ms[j]) != EntityType::kMineral ||
          !x.entities_[static_cast<std::size_t>(g.entity)].group || g.te + 1 >= s.last)
        continue;
      const std::string_view d = x.W(g.te);
      if (!(d == "\xE2\x80\x93" || d == "\xE2\x80\x94" || d == ":" ||
            (d == "-" && x.toks_[g.te].begin > x.toks_[g.te - 1].end)))
        continue;
      const Mention& first = M(ms[j + 1]);
      if (first.tb != g.te + 1 || TypeOf(ms[j + 1]) != EntityType::kMineral) continue;
      std::vector<int> members = ListFrom(j + 1, kMnl);
      if (members.size() < 2) continue;
      for (int r : members)
        if (M(r).entity != g.entity) Add(ms[j], "includes", r, "includes:dash list", g.te, "");
    }
  }

  // Mineral groups and their members; products and their sources.
  void Minerals() {
    if (minerals_ >= 3) MembersAfterDash();
    if (minerals_ < 2 || !(mask_ & kKwInclude)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      std::string_view l = L(k);
      std::uint32_t te = k + 1;
      bool trig = l == "include" || l == "includes" || l == "including" ||
                  l == "comprise" || l == "comprises" || l == "comprising" ||
                  l == "namely";
      if (l == "such" && k + 1 < s.last && L(k + 1) == "as") {
        trig = true;
        te = k + 2;
      }
      if ((l == "consist" || l == "consists") && k + 1 < s.last && L(k + 1) == "of") {
        trig = true;
        te = k + 2;
      }
      if (!trig) continue;
      int group = -1;
      for (std::size_t j = ms.size(); j-- > 0;) {
        const Mention& m = M(ms[j]);
        if (m.te > k) continue;
        if (k - m.te > 16) break;
        if (TypeOf(ms[j]) != EntityType::kMineral) continue;
        if (x.entities_[static_cast<std::size_t>(m.entity)].group) group = ms[j];
        break;
      }
      if (group < 0) continue;
      for (std::size_t j = 0; j < ms.size(); ++j) {
        const Mention& m = M(ms[j]);
        if (m.tb < te) continue;
        if (m.tb > te + 2 || TypeOf(ms[j]) != EntityType::kMineral) break;
        for (int r : ListFrom(j, kMnl)) {
          Add(group, "includes", r, "includes:list", k, "");
        }
        break;
      }
    }
    // "rare earth metal oxides from apatite-nepheline ore".
    for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
      const Mention& a = M(ms[j]);
      const Mention& b = M(ms[j + 1]);
      if (TypeOf(ms[j]) != EntityType::kMineral ||
          TypeOf(ms[j + 1]) != EntityType::kMineral)
        continue;
      if (b.tb == a.te + 1 && L(a.te) == "from")
        Add(ms[j], "derived_from", ms[j + 1], "derived_from:from", a.te, "");
      // "15,000 tonnes of lithium hydroxide a year from spodumene
      // concentrate".
      if (b.tb == a.te + 3 && L(b.tb - 1) == "from" && L(a.te + 1) == "year" &&
          (L(a.te) == "a" || L(a.te) == "per" || L(a.te) == "each"))
        Add(ms[j], "derived_from", ms[j + 1], "derived_from:from", a.te, "");
      // "ferronickel, an alloy of iron and nickel": what the alloy is made of.
      if (b.tb == a.te + 4 && x.W(a.te) == "," && L(a.te + 1) == "an" &&
          L(a.te + 2) == "alloy" && L(a.te + 3) == "of")
        for (int r : ListFrom(j + 1, kMnl))
          Add(ms[j], "derived_from", r, "derived_from:alloy of", a.te, "");
      // "monazite, a sand that holds rare earths and a little uranium",
      // "monazite, a mineral that contains rare earths": what it holds.
      if (x.W(a.te) == "," && a.te + 5 <= b.tb && b.tb <= a.te + 6 &&
          (L(a.te + 1) == "a" || L(a.te + 1) == "an")) {
        std::uint32_t q = a.te + 2;
        if (q + 1 < b.tb && !x.toks_[q].cap && L(q + 1) != "that") ++q;  // "a black sand"
        const std::string_view noun = L(q);
        if ((noun == "sand" || noun == "mineral" || noun == "ore" || noun == "rock") &&
            L(q + 1) == "that" && (L(q + 2) == "holds" || L(q + 2) == "contains") &&
            q + 3 == b.tb)
          for (int r : ListFrom(j + 1, kMnl))
            Add(r, "derived_from", ms[j], "derived_from:holds", a.te, "");
      }
    }
  }

  // "Chile has the world's largest lithium reserves", "the country's
  // reserves of ...", "one of the world's largest rare earth deposits".
  void Reserves() {
    if (minerals_ == 0 || !(mask_ & kKwReserve)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      std::string_view l = L(k);
      if (!(l == "reserves" || l == "deposits" || l == "deposit" ||
            l == "resources" || l == "resource" || l == "discoveries" || l == "discovery"))
        continue;
      std::vector<int> minerals;
      // "resource of 5.9 million tonnes of lithium": a quantity first.
      std::uint32_t of_start = k + 2;
      if (k + 2 < s.last && L(k + 1) == "of" &&
          x.toks_[k + 2].kind == TokKind::kNumber) {
        std::uint32_t q = k + 3;
        while (q < s.last && q < k + 6 &&
               (Multiplier(L(q)) > 0 || !UnitOf(L(q)).empty() ||
                L(q) == "metric"))
          ++q;
        if (q + 1 < s.last && L(q) == "of") of_start = q + 1;
      }
      // "<mineral> [mineral] reserves"
      for (std::size_t j = 0; j < ms.size(); ++j) {
        const Mention& m = M(ms[j]);
        if (TypeOf(ms[j]) != EntityType::kMineral) continue;
        bool before = m.te == k || (m.te + 1 == k && (L(m.te) == "mineral" ||
                                                      L(m.te) == "metal"));
        bool after = m.tb == of_start && L(k + 1) == "of";
        if (before) minerals.push_back(ms[j]);
        if (after) {
          for (int r : ListFrom(j, kMnl)) minerals.push_back(r);
        }
      }
      // "deposits of 22 of the 34 raw materials ..., including lithium,
      // graphite and titanium": the list that names them.
      if (minerals.empty()) {
        for (std::uint32_t q = k + 1; q + 1 < s.last && q < k + 20; ++q) {
          if (IsBarrier(x.W(q)) || L(q) == "but" || L(q) == "while") break;
          bool incl = L(q) == "including" || (L(q) == "such" && L(q + 1) == "as");
          if (!incl) continue;
          std::uint32_t f = L(q) == "such" ? q + 2 : q + 1;
          int first = f < s.last ? x.owner_[f] : -1;
          if (first >= 0 && M(first).tb == f && Fits(first, kMnl)) {
            int idx = IndexOf(first);
            if (idx >= 0) {
              for (int r : ListFrom(static_cast<std::size_t>(idx), kMnl))
                minerals.push_back(r);
            }
          }
          break;
        }
      }
      if (minerals.empty()) continue;
      // "reserves of lithium in the Reasi district": the place after the
      // minerals holds them.
      {
        std::uint32_t q = k + 1;
        std::uint32_t last_min = 0;
        for (int mn : minerals) last_min = std::max(last_min, M(mn).te);
        // "its nickel deposits in the Pomalaa block": the minerals before.
        if (last_min <= k && (l == "deposits" || l == "deposit" || l == "reserves") &&
            x.owner_[k] < 0 && k + 2 < s.last && L(k + 1) == "in")
          last_min = k + 1;
        if (last_min > k) {
          q = last_min;
          if (q < s.last && L(q) == "in") {
            ++q;
            while (q < s.last && x.owner_[q] < 0 &&
                   (L(q) == "the" || IsDirection(L(q))))
              ++q;
            int place = q < s.last ? x.owner_[q] : -1;
            if (place >= 0 && M(place).tb == q && M(place).entity >= 0 &&
                Fits(place, kCty | kReg | kPrj) &&
                !(M(place).te < s.last && L(M(place).te) == "'s")) {
              // "Los Chancas, a deposit of copper and molybdenum in
              // Apurímac": the project holds them and lies there.
              int project = -1;
              if (k >= s.first + 3 && (L(k - 1) == "a" || L(k - 1) == "an") &&
                  x.W(k - 2) == ",") {
                project = Antecedent(k - 2);
                if (project >= 0 && !Fits(project, kPrj)) project = -1;
              }
              // "the largest known lithium reserves in Europe", "among the
              // largest copper deposits in the United States": a ranking
              // within the place, not its holding.
              if (project < 0 && AnyBefore(k, 6, [&](std::uint32_t r) {
                    const std::string_view w = L(r);
                    return w == "largest" || w == "biggest" || w == "richest" ||
                           w == "largest-known" || w == "second-largest";
                  }))
                continue;
              for (int mn : minerals)
                Add(project >= 0 ? project : place, "has_reserves_of", mn,
                    "has_reserves_of:reserves of in", k, "");
              if (project >= 0 && Fits(place, kCty | kReg))
                Add(project, "located_in", place, "located_in:deposit in", k, "");
              continue;
            }
          }
        }
      }
      // "the rare earth resource is found mostly in the ion adsorption
      // clay in the states of Kedah, Perak and Pahang": every place.
      if (k + 3 < s.last &&
          (L(k + 1) == "is" || L(k + 1) == "are" || L(k + 1) == "was" ||
           L(k + 1) == "were") &&
          (L(k + 2) == "found" || L(k + 2) == "located" ||
           L(k + 2) == "concentrated")) {
        for (std::size_t j = 0; j < ms.size(); ++j) {
          const Mention& m = M(ms[j]);
          if (m.tb <= k + 2) continue;
          if (m.tb > k + 16 || IsBarrier(x.W(m.tb - 1))) break;
          if (!Fits(ms[j], kCty | kReg) || (m.flags & kDemonym) ||
              (m.te < s.last && L(m.te) == "'s"))
            continue;
          for (int place : ListFrom(j, kCty | kReg))
            for (int mn : minerals)
              Add(place, "has_reserves_of", mn, "has_reserves_of:found in", k, "");
          break;
        }
        continue;
      }
      // "Europe's largest rare earth deposit": a continent or region before
      // a ranking is a scope, not a holder.
      {
        std::uint32_t r = k;
        while (r > s.first && x.owner_[r - 1] >= 0 && Fits(x.owner_[r - 1], kMnl))
          r = M(x.owner_[r - 1]).tb;
        if (r >= s.first + 3 && (L(r - 1) == "largest" || L(r - 1) == "biggest" ||
                                 L(r - 1).ends_with("-largest")) &&
            L(r - 2) == "'s") {
          const int scope = MentionEndingAt(r - 2);
          if (scope >= 0 && TypeOf(scope) == EntityType::kRegion) continue;
        }
      }
      // Holder: possessive right before, else the nearest place or project
      // before the trigger in the sentence.
      int holder = -1;
      for (std::size_t j = ms.size(); j-- > 0;) {
        const Mention& m = M(ms[j]);
        if (m.te > k) continue;
        // "Fireweed Metals Corp., based in Vancouver, is advancing": where
        // a company sits holds nothing.
        if (m.tb >= S().first + 2 && L(m.tb - 1) == "in" &&
            (L(m.tb - 2) == "based" || L(m.tb - 2) == "headquartered"))
          continue;
        // "The deposit, in the Lovozersky district on the Kola Peninsula,
        // is": a place after a preposition says where the subject is.
        std::uint32_t pb = m.tb;
        if (pb > S().first + 1 && L(pb - 1) == "the") --pb;
        // ("near the border with Burundi, is one of the largest ...").
        if (pb > S().first + 1 && x.owner_[pb - 1] < 0 &&
            (L(pb - 1) == "in" || L(pb - 1) == "on" || L(pb - 1) == "near" ||
             L(pb - 1) == "of" || L(pb - 1) == "at" || L(pb - 1) == "with"))
          continue;
        // ("straddles the municipalities of Itinga and Araçuaí and holds":
        // the last item of such a place's list.)
        if (Fits(ms[j], kPlace) && pb > S().first + 2 &&
            (L(pb - 1) == "and" || x.W(pb - 1) == ",")) {
          std::uint32_t ib = pb - 1;
          while (ib > S().first + 1 && (x.toks_[ib - 1].cap || L(ib - 1) == "and" ||
                                        x.W(ib - 1) == ","))
            --ib;
          if (ib > S().first + 1 && L(ib - 1) == "the") --ib;
          const std::string_view before = L(ib - 1);
          if (ib < pb - 1 && x.owner_[ib - 1] < 0 &&
              (before == "in" || before == "on" || before == "near" || before == "of" ||
               before == "at" || before == "with"))
            continue;
        }
        if (Fits(ms[j], kCty | kReg | kPrj) && !(m.flags & kDemonym)) {
          holder = ms[j];
          break;
        }
      }
      if (holder < 0) continue;
      // The holder must be the sentence's subject or a possessive.
      const Mention& h = M(holder);
      bool possessive = h.te < s.last && L(h.te) == "'s";
      // "Canada's Nevsun Resources, and with it the Cukaru Peki copper and
      // gold deposit", "Afghanistan's Taliban administration ... started
      // work at the Mes Aynak copper deposit": the possessive owns
      // another name, not the deposit.
      for (std::uint32_t q = h.te + 1; possessive && q < k; ++q) {
        const int o = x.owner_[q];
        if (q > h.te + 8 || x.toks_[q].kind == TokKind::kPunct ||
            (o >= 0 && !Fits(o, kMnl)) || (o < 0 && x.toks_[q].cap))
          possessive = false;
      }
      bool verb = false;
      for (std::uint32_t q = h.te; q < k; ++q) {
        std::string_view v = L(q);
        if (v == "has" || v == "have" || v == "is" || v == "holds" ||
            v == "hosts" || v == "contains" || v == "boasts" || v == "was")
          verb = true;
        if (v == "in" || v == "from" || v == "to") verb = false;
        // "in Zambia's Copperbelt Province that KoBold says is the largest
        // discovery": a clause of its own.
        if ((v == "that" || v == "which") && q + 1 < k && x.owner_[q + 1] >= 0 &&
            !Fits(x.owner_[q + 1], kMnl))
          break;
        // "Twin Metals, a unit of Antofagasta, has spent a decade on the
        // project, which lies in the Duluth Complex, a formation that holds
        // one of the largest deposits": a relative clause after other words
        // than names holds for another antecedent (not "the Bayan Obo mine
        // of Baotou Steel, which is the largest deposit").
        if (v == "that" || v == "which") {
          bool other_words = false;
          for (std::uint32_t r = h.te; r < q && !other_words; ++r)
            other_words = x.owner_[r] < 0 && L(r) != "of" && L(r) != "the" && x.W(r) != ",";
          if (other_words) {
            verb = false;
            break;
          }
        }
      }
      if (!possessive && !verb) continue;
      if (NegatedBetween(h.te, k)) continue;
      for (int mn : minerals) {
        Add(holder, "has_reserves_of", mn, "has_reserves_of:reserves", k, "");
      }
    }
  }

  // "P, the world's largest lithium mine", "P, one of the largest lithium
  // clay deposits in the world", "P, the only rare earth mine in the
  // United States": what a project is said to be.
  // True when the apposition after the comma at k says what a project
  // produces or holds ("P, the world's largest lithium mine").
  bool AppositionSays(std::uint32_t k) const {
    const SentenceRange& s = S();
    // "an analyst at IH Securities, said lower lithium prices would test
    // the new mines": a verb, not an apposition.
    if (k + 1 < s.last && w::IsSayVerb(L(k + 1))) return false;
    bool mineral = false;
    for (std::uint32_t r = k + 1; r < s.last && r < k + 14; ++r) {
      int owner = x.owner_[r];
      if (owner >= 0 && M(owner).entity >= 0) {
        if (Fits(owner, kMnl)) {
          mineral = true;
          r = M(owner).te - 1;
          continue;
        }
        if (M(owner).te < s.last && L(M(owner).te) == "'s") {
          r = M(owner).te;
          continue;
        }
        return false;
      }
      std::string_view l = L(r);
      if (IsAssetNoun(l)) return mineral || (r + 2 < s.last && L(r + 1) == "of");
      // "a copper, zinc and silver deposit".
      if (l == "," && mineral && MentionStartingAt(r + 1, kMnl) >= 0) continue;
      if (x.toks_[r].kind == TokKind::kPunct && l != "'s" && l != "-") return false;
      // "copper and gold deposits".
      if (l == "and" && mineral && MentionStartingAt(r + 1, kMnl) >= 0) continue;
      if (l == "which" || l == "that" || l == "and" || l == "who") return false;
    }
    return false;
  }

  static bool IsAssetNoun(std::string_view l) {
    return l == "mine" || l == "mines" || l == "operation" || l == "producer" ||
           l == "operations" || l == "producers" || l == "smelter" ||
           l == "refinery" || l == "mill" || l == "deposit" || l == "deposits" ||
           l == "reserves" || l == "resource" || l == "resources" ||
           l == "discovery" || l == "discoveries";
  }

  void ProjectAppositions() {
    if (minerals_ == 0) return;
    const SentenceRange& s = S();
    for (int pm : ms) {
      // "Kisanfu Mining (KFM), a second copper and cobalt mine": a company
      // named for its mine, which the apposition says it is.
      const bool company = Fits(pm, kCom) && !Fits(pm, kPrj);
      if (!Fits(pm, kPrj) && !company) continue;
      std::uint32_t k = M(pm).te;
      if (k + 3 < s.last && x.W(k) == "(" && x.W(k + 2) == ")" && x.toks_[k + 1].cap) k += 3;
      k = SkipPlacePhrase(k);
      if (k >= s.last) continue;
      // (Not "its platinum arm Anglo American Platinum, its steelmaking
      // coal mines": the next of a list of what "its" has.)
      if (company && (x.W(k) != "," || (k + 1 < s.last && L(k + 1) == "its"))) continue;
      if (x.W(k) != ",") {
        // "X is the only uranium mill in the United States".
        if (!IsCopula(L(k))) continue;
      } else if (!AppositionSays(k)) {
        // "The White Mesa Mill, near Blanding, Utah, is the only ... mill":
        // a copula after an aside.
        std::uint32_t c = k + 1;
        while (c < s.last && c < k + 12 && !IsCopula(L(c)) && L(c) != "which" &&
               L(c) != "who")
          ++c;
        if (!(c < s.last && IsCopula(L(c)) && x.W(c - 1) == ",")) continue;
        k = c;
      }
      std::vector<int> minerals;
      std::string_view relation;
      std::uint32_t noun = 0;
      for (std::uint32_t r = k + 1; r < s.last && r < k + 14; ++r) {
        int owner = x.owner_[r];
        if (owner >= 0 && M(owner).entity >= 0) {
          if (Fits(owner, kMnl)) {
            minerals.push_back(owner);
            r = M(owner).te - 1;
            continue;
          }
          if (M(owner).te < s.last && L(M(owner).te) == "'s") {
            r = M(owner).te;  // "the world's", "Europe's"
            continue;
          }
          break;
        }
        std::string_view l = L(r);
        if (l == "mine" || l == "mines" || l == "operation" || l == "producer" ||
            l == "operations" || l == "producers" || l == "smelter" ||
            l == "refinery" || l == "mill") {
          relation = "produces";
          noun = r;
          // "Canada's only producer of cesium".
          if (minerals.empty() && r + 2 < s.last && L(r + 1) == "of") {
            int o = x.owner_[r + 2];
            if (o >= 0 && M(o).tb == r + 2 && M(o).entity >= 0 && Fits(o, kMnl)) {
              const int idx = IndexOf(o);
              if (idx >= 0)
                for (int m : ListFrom(static_cast<std::size_t>(idx), kMnl)) minerals.push_back(m);
            }
          }
          break;
        }
        if (l == "deposit" || l == "deposits" || l == "reserves" ||
            l == "resource" || l == "resources" || l == "discovery" ||
            l == "discoveries") {
          relation = "has_reserves_of";
          noun = r;
          // "one of the largest deposits of neodymium and praseodymium".
          if (minerals.empty() && r + 2 < s.last && L(r + 1) == "of") {
            const int o = MentionStartingAt(r + 2, kMnl);
            const int idx = o >= 0 ? IndexOf(o) : -1;
            if (idx >= 0)
              for (int m : ListFrom(static_cast<std::size_t>(idx), kMnl)) minerals.push_back(m);
          }
          break;
        }
        // "a copper, zinc, lead, gold and silver deposit".
        if (l == "," && !minerals.empty() && MentionStartingAt(r + 1, kMnl) >= 0) continue;
        if (x.toks_[r].kind == TokKind::kPunct && l != "'s" && l != "-") break;
        // "the only fully licensed and operating uranium mill": adjectives.
        if (l == "and" && r + 1 < s.last && x.owner_[r + 1] < 0 &&
            x.toks_[r + 1].kind == TokKind::kWord && !x.toks_[r + 1].cap &&
            L(r + 1) != "the" && L(r + 1) != "a" && L(r + 1) != "an" &&
            !IsAssetNoun(L(r + 1)))
          continue;
        if (l == "and" && !minerals.empty() && MentionStartingAt(r + 1, kMnl) >= 0) continue;
        if (l == "which" || l == "that" || l == "and" || l == "who") break;
      }
      if (relation.empty() || minerals.empty()) continue;
      if (company && !(L(noun) == "mine" || L(noun) == "mines" || L(noun) == "deposit")) continue;
      // "and is building Platreef, a platinum and palladium mine": a mine
      // still being built holds its minerals.
      if (relation == "produces" && BeingBuilt(pm)) relation = "has_reserves_of";
      // "the Stibnite Gold Project, a proposed open-pit gold and antimony
      // mine": a mine not yet built holds its minerals.
      if (relation == "produces") {
        for (std::uint32_t r = k + 1; r < noun; ++r) {
          const std::string_view l = L(r);
          if (l == "proposed" || l == "planned" || l == "future" || l == "potential" ||
              l == "undeveloped")
            relation = "has_reserves_of";
        }
      }
      for (int mn : minerals) {
        Add(pm, relation, mn, std::string(relation) + ":project apposition", noun, "");
      }
      // "... mine in the United States".
      std::uint32_t q = noun + 1;
      if (q < s.last && L(q) == "in") {
        ++q;
        if (q < s.last && L(q) == "the") ++q;
        while (q < s.last && x.owner_[q] < 0 && IsDirection(L(q))) ++q;
        int place = q < s.last ? x.owner_[q] : -1;
        if (place >= 0 && M(place).tb == q && Fits(place, kPlace)) {
          // "in central Idaho's Valley County": the inner place, in the
          // outer one.
          if (M(place).te + 1 < s.last && L(M(place).te) == "'s") {
            const int inner = MentionStartingAt(M(place).te + 1, kReg);
            if (inner >= 0) {
              Add(inner, "located_in", place, "located_in:possessive", q, "");
              place = inner;
            } else {
              place = -1;
            }
          }
          if (place >= 0) Add(pm, "located_in", place, "located_in:project apposition", q, "");
        }
      }
    }
  }

  // ", in which the company holds 85% and the government of Botswana 15%",
  // ", of which BHP holds 57.5%": the holders own stakes in the antecedent.
  // The end of a stake at token v ("85%", "about 80 percent", "a
  // majority", "most of the rest", "the other 40%"), or v when there is none.
  std::uint32_t StakeEnd(std::uint32_t v) const {
    const std::uint32_t last = S().last;
    const std::uint32_t none = v;  // returned when no stake is named
    if (v < last && (L(v) == "about" || L(v) == "around" || L(v) == "nearly" ||
                     L(v) == "some" || L(v) == "roughly" || L(v) == "almost"))
      ++v;
    // "holds a little over a quarter of", "just under half", "more than a
    // third".
    if (v + 2 < last && L(v) == "a" && L(v + 1) == "little" &&
        (L(v + 2) == "over" || L(v + 2) == "under" || L(v + 2) == "more" ||
         L(v + 2) == "less"))
      v += L(v + 2) == "more" || L(v + 2) == "less" ? 4 : 3;
    else if (v + 1 < last && (L(v) == "just" || L(v) == "slightly") &&
             (L(v + 1) == "over" || L(v + 1) == "under"))
      v += 2;
    else if (v + 1 < last && (L(v) == "more" || L(v) == "less") && L(v + 1) == "than")
      v += 2;
    else if (v + 1 < last && (L(v) == "over" || L(v) == "under") &&
             (L(v + 1) == "a" || L(v + 1) == "half" || x.toks_[v + 1].kind == TokKind::kNumber))
      ++v;
    if (v >= last) return none;
    if (v + 1 < last && x.toks_[v].kind == TokKind::kNumber && PercentAt(v + 1) > 0)
      return v + 1 + PercentAt(v + 1);
    // "holds a minority stake", "a small interest".
    if (v + 2 < last && L(v) == "a" &&
        (L(v + 1) == "minority" || L(v + 1) == "majority" || L(v + 1) == "small" ||
         L(v + 1) == "large" || L(v + 1) == "controlling") &&
        (L(v + 2) == "stake" || L(v + 2) == "interest"))
      return v + 3;
    if (v + 1 < last && (L(v) == "a" || L(v) == "the") &&
        (L(v + 1) == "majority" || L(v + 1) == "minority" || L(v + 1) == "rest" ||
         L(v + 1) == "remainder" || L(v + 1) == "stake"))
      return v + 2;
    // "holds a direct 37%", "an indirect 12.5% interest": the number after.
    if (v + 3 < last && (L(v) == "a" || L(v) == "an") &&
        (L(v + 1) == "direct" || L(v + 1) == "indirect" || L(v + 1) == "effective") &&
        x.toks_[v + 2].kind == TokKind::kNumber && PercentAt(v + 3) > 0) {
      const std::uint32_t n = v + 3 + PercentAt(v + 3);
      return n < last && (L(n) == "stake" || L(n) == "interest") ? n + 1 : n;
    }
    // "holds a 25% stake", "a 19.9 per cent interest".
    if (v + 3 < last && L(v) == "a" && x.toks_[v + 1].kind == TokKind::kNumber &&
        PercentAt(v + 2) > 0) {
      const std::uint32_t n = v + 2 + PercentAt(v + 2);
      if (n < last && (L(n) == "stake" || L(n) == "interest" || L(n) == "holding"))
        return n + 1;
    }
    if (v + 3 < last && L(v) == "the" && (L(v + 1) == "other" || L(v + 1) == "remaining") &&
        x.toks_[v + 2].kind == TokKind::kNumber && PercentAt(v + 3) > 0)
      return v + 3 + PercentAt(v + 3);
    if (v + 3 < last && L(v) == "most" && L(v + 1) == "of" && L(v + 2) == "the" &&
        (L(v + 3) == "rest" || L(v + 3) == "remainder"))
      return v + 4;
    if (v < last && L(v) == "most") return v + 1;
    // "the Gabonese state also holds shares".
    if (v < last && (L(v) == "shares" || L(v) == "stakes")) return v + 1;
    // "holds about three-quarters", "owns half", "a third".
    if (v < last && (L(v) == "half" || L(v) == "three-quarters" || L(v) == "two-thirds" ||
                     L(v) == "one-third" || L(v) == "one-quarter"))
      return v + 1;
    if (v + 1 < last && L(v) == "a" && (L(v + 1) == "third" || L(v + 1) == "quarter"))
      return v + 2;
    // "owns about two thirds", "three quarters" (unhyphenated).
    if (v + 1 < last &&
        (((L(v) == "two" || L(v) == "one") && (L(v + 1) == "thirds" || L(v + 1) == "third")) ||
         ((L(v) == "three" || L(v) == "one") &&
          (L(v + 1) == "quarters" || L(v + 1) == "quarter"))))
      return v + 2;
    return none;
  }

  // "First Quantum owns 80% of Kansanshi; the remaining 20% is held by
  // ZCCM-IH": the holder of the rest owns a stake in what the sentence said
  // a share of was owned.
  void RemainderHeldBy() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 4; k + 3 < s.last; ++k) {
      if (!(L(k) == "held" || L(k) == "owned") || L(k + 1) != "by") continue;
      if (!(L(k - 1) == "is" || L(k - 1) == "are")) continue;
      // "the remaining 20%", "the other 20%", "the rest".
      std::uint32_t q = k - 1;
      bool rest = false;
      if (L(q - 1) == "rest" || L(q - 1) == "remainder") {
        rest = q >= s.first + 2 && L(q - 2) == "the";
        q -= 2;
      } else {
        std::uint32_t p = q;
        while (p > s.first + 2 && (x.W(p - 1) == "%" || L(p - 1) == "percent" ||
                                   L(p - 1) == "per" || L(p - 1) == "cent"))
          --p;
        if (p < q && p > s.first + 2 && x.toks_[p - 1].kind == TokKind::kNumber &&
            (L(p - 2) == "remaining" || L(p - 2) == "other") && L(p - 3) == "the") {
          rest = true;
          q = p - 3;
        }
      }
      if (!rest) continue;
      int holder = MentionStartingAt(k + 2, kCom | kCty | kOrg | kAge);
      if (holder < 0 && L(k + 2) == "the") holder = MentionStartingAt(k + 3, kCom | kCty | kOrg | kAge);
      if (holder < 0 || (M(holder).flags & kAnaphor)) continue;
      // What a share was named of: "owns 80% of Kansanshi".
      int owned = -1;
      for (std::uint32_t b = q; b-- > s.first + 1;) {
        if (L(b) != "of" || (PercentAt(b - 1) == 0 && !(b >= s.first + 2 && PercentAt(b - 2) > 0)))
          continue;
        owned = MentionStartingAt(b + 1, kCom | kPrj);
        if (owned < 0 && b + 2 < q && L(b + 1) == "the") owned = MentionStartingAt(b + 2, kCom | kPrj);
        break;
      }
      if (owned < 0 || M(owned).entity == M(holder).entity) continue;
      Add(holder, "owns_stake_in", owned, "owns_stake_in:the rest held by", k, "");
    }
  }

  // "Most of the world's mined cobalt comes from the Democratic Republic of
  // Congo", "almost every graphite anode in the world comes from China":
  // the world's supply of a mineral coming from a place is its output.
  void WorldSupplyComesFrom() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 3; k + 2 < s.last; ++k) {
      if (!(L(k) == "comes" || L(k) == "come" || L(k) == "came") || L(k + 1) != "from") continue;
      int mineral = -1;
      bool world = false;
      for (std::uint32_t q = k; q-- > s.first && q + 12 > k;) {
        world |= L(q) == "world's" || L(q) == "world" || L(q) == "global";
        const int o = x.owner_[q];
        if (mineral < 0 && o >= 0 && Fits(o, kMnl)) mineral = o;
      }
      if (!world || mineral < 0) continue;
      // Not a modifier: "every graphite anode in the world".
      {
        const std::uint32_t n = M(mineral).te;
        const std::string_view l = L(n);
        if (n < k && x.toks_[n].kind == TokKind::kWord && !x.toks_[n].cap &&
            !(l == "now" || l == "in" || l == "has" || l == "have" || l == "mostly" ||
              l == "largely" || l == "mainly" || l == "still" || l == "today" ||
              l == "output" || l == "supply" || l == "production"))
          continue;
      }
      std::uint32_t f = k + 2;
      if (f < s.last && L(f) == "the") ++f;
      const int from = MentionStartingAt(f, kCty | kReg | kCom);
      if (from < 0 || OnlyAdjective(M(from))) continue;
      for (int p : ListFrom(static_cast<std::size_t>(IndexOf(from)), kCty | kReg | kCom))
        Add(p, "produces", mineral, "produces:world's comes from", k, "");
    }
  }

  void StakeClauses() {
    if (!(mask_ & (kKwThat | kKwWhich))) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 2 < s.last; ++k) {
      // "X, a local subsidiary that First Quantum owns 90%", "the Chilean
      // unit that Anglo owns 50.1% of": the holder owns the antecedent of
      // the noun the clause describes.
      if (L(k) == "that" && k >= s.first + 3) {
        std::uint32_t c = k - 1;
        bool noun = false, unit = false;
        while (c > s.first && c + 6 > k && x.W(c) != ",") {
          const std::string_view l = L(c);
          if (l == "unit" || l == "subsidiary" || l == "company" || l == "venture" ||
              l == "affiliate" || l == "arm" || l == "operator")
            noun = true;
          unit |= l == "unit" || l == "subsidiary" || l == "arm";
          const int o = x.owner_[c];
          if (!(x.toks_[c].kind == TokKind::kWord &&
                (!x.toks_[c].cap || (o >= 0 && (M(o).flags & kDemonym)))))
            break;
          --c;
        }
        if (!noun || x.W(c) != ",") continue;
        const int owned = Antecedent(c);
        if (owned < 0 || !Fits(owned, kCom | kPrj)) continue;
        const int h = MentionStartingAt(k + 1, kCom | kCty | kOrg);
        if (h < 0 || (M(h).flags & kAnaphor)) continue;
        const std::uint32_t v = M(h).te;
        if (!(v < s.last && (L(v) == "owns" || L(v) == "holds" || L(v) == "controls")))
          continue;
        if (StakeEnd(v + 1) == v + 1) continue;
        Add(h, "owns_stake_in", owned, "owns_stake_in:that X owns", k, "");
        // "a local subsidiary that First Quantum owns 90%": its parent.
        if (unit && Fits(owned, kCom) && Fits(h, kCom))
          Add(owned, "subsidiary_of", h, "subsidiary_of:unit that X owns", k, "");
        continue;
      }
      if (!(mask_ & kKwWhich)) continue;
      if (!((L(k) == "in" || L(k) == "of") && L(k + 1) == "which"))
        continue;
      int owned = -1;
      if (x.W(k - 1) == ",") {
        owned = Antecedent(k - 1);
      } else if (k >= s.first + 4 && (L(k - 1) == "venture" || L(k - 1) == "company")) {
        // "X, a joint venture in which A holds 82% and B 18%", "X, a
        // Congolese company in which Alphamin holds 84%".
        std::uint32_t c = k - 1;
        while (c > s.first && c + 6 > k && x.W(c) != "," && !IsCopula(L(c))) {
          const int o = x.owner_[c];
          if (!(x.toks_[c].kind == TokKind::kWord &&
                (!x.toks_[c].cap || (o >= 0 && (M(o).flags & kDemonym)))))
            break;
          --c;
        }
        if (x.W(c) == ",") {
          owned = Antecedent(c);
        } else if (IsCopula(L(c)) && (L(c) == "is" || L(c) == "was")) {
          // "COMMUS is a joint venture in which Zijin holds 72%".
          owned = MentionEndingAt(c);
        } else {
          continue;
        }
        if (owned >= 0 && !Fits(owned, kCom)) continue;
      } else if (const int place = MentionEndingAt(k);
                 place >= 0 && Fits(place, kPlace) && M(place).tb > s.first + 3 &&
                 L(M(place).tb - 1) == "in") {
        // "Kisanfu Mining (KFM), a second copper and cobalt mine in Lualaba
        // in which CATL holds a stake": the name the apposition describes.
        std::uint32_t c = M(place).tb - 1;
        while (c > s.first && c + 10 > M(place).tb && x.W(c - 1) != "," &&
               x.toks_[c - 1].kind == TokKind::kWord && !x.toks_[c - 1].cap)
          --c;
        if (c <= s.first || x.W(c - 1) != "," ||
            !(L(c) == "a" || L(c) == "an" || L(c) == "the"))
          continue;
        owned = Antecedent(c - 1);
      } else {
        continue;
      }
      if (owned < 0 || !Fits(owned, kCom | kPrj)) continue;
      std::vector<int> holders;
      // "in which Ivanhoe and China's Zijin each hold 39.6%": names listed
      // before their verb.
      std::vector<int> pending;
      std::uint32_t q = k + 2;
      std::uint32_t phrase = q;  // where the current holder's phrase starts
      while (q < s.last) {
        if (L(q) == "the" || L(q) == "government" || L(q) == "of" ||
            L(q) == "and" || L(q) == "state" || L(q) == "a" || L(q) == "an") {
          ++q;
          continue;
        }
        // "in which battery maker CATL also holds a stake", "a private
        // firm, Crystal River Global, holds": a description before the
        // holder's name.
        if (q + 1 < s.last && x.owner_[q] < 0 && !x.toks_[q].cap &&
            x.toks_[q].kind == TokKind::kWord && q < phrase + 5 &&
            (IsPlainDescriptor(L(q)) || w::IsCompanyNoun(L(q)) || L(q).starts_with("state-"))) {
          ++q;
          if (x.W(q) == "," && q + 1 < s.last && x.toks_[q + 1].cap) ++q;
          continue;
        }
        // "the Greenbushes mine, in which it holds 49%": the sentence's
        // subject, or the company named before.
        if (L(q) == "it" && q + 3 < s.last && (L(q + 1) == "holds" || L(q + 1) == "owns") &&
            x.toks_[q + 2].kind == TokKind::kNumber && PercentAt(q + 3) > 0) {
          int holder = SentenceSubject(kCom | kCty);
          if (holder < 0 || M(holder).entity == M(owned).entity) holder = Referent(q, kCom);
          if (holder >= 0 && M(holder).entity != M(owned).entity)
            Add(holder, "owns_stake_in", owned, "owns_stake_in:in which", k, "");
          break;
        }
        int h = x.owner_[q];
        if (h >= 0 && h < static_cast<int>(x.mentions_.size()) &&
            M(h).tb == q && M(h).entity < 0 && (M(h).flags & kAnaphor) == 0)
          h = -1;
        // "spin off De Beers, in which the company holds 85%": the company
        // is not the one it holds, but the sentence's subject or else the
        // company the article is about.
        if (h >= 0 && (M(h).flags & kAnaphor) && M(h).entity == M(owned).entity) {
          std::uint32_t v = M(h).te;
          if (!(v + 2 < s.last && (L(v) == "holds" || L(v) == "owns") &&
                x.toks_[v + 1].kind == TokKind::kNumber &&
                (x.W(v + 2) == "%" || L(v + 2) == "percent")))
            break;
          const int subject = SentenceSubject(Bit(TypeOf(h)));
          if (subject >= 0 && M(subject).entity != M(owned).entity) {
            Add(subject, "owns_stake_in", owned, "owns_stake_in:in which", k, "");
          } else if (TypeOf(h) == EntityType::kCompany) {
            const int d = DominantCompany();
            if (d >= 0 && d != M(owned).entity)
              AddEntities(d, "owns_stake_in", M(owned).entity, "owns_stake_in:in which", k, "");
          }
          q = v + 3;
          continue;
        }
        // "in which the Vancouver-based PTM holds 37%": the place describes
        // the holder named after it.
        if (h >= 0 && M(h).tb == q && Fits(h, kPlace) && M(h).te + 2 < s.last &&
            x.W(M(h).te) == "-" &&
            (L(M(h).te + 1) == "based" || L(M(h).te + 1) == "headquartered")) {
          q = M(h).te + 2;
          continue;
        }
        // "China's Zijin Mining Group": the name after the possessive place.
        if (h >= 0 && PlacePossessive(h)) {
          const int named = MentionStartingAt(M(h).te + 1, kCom | kOrg);
          if (named >= 0) h = named;
        }
        if (h < 0 || M(h).entity < 0 ||
            !Fits(h, kCom | kCty | kPer | kOrg)) {
          // "the company": the anaphor resolves like a name.
          break;
        }
        // "in which the Indonesian state holding company MIND ID owns a
        // majority": the demonym describes the holder named after it.
        if (M(h).flags & kDemonym) {
          std::uint32_t d = M(h).te;
          while (d < s.last && d < M(h).te + 4 && x.owner_[d] < 0 &&
                 x.toks_[d].kind == TokKind::kWord && !x.toks_[d].cap)
            ++d;
          const int named = d > M(h).te ? MentionStartingAt(d, kCom | kOrg) : -1;
          if (named >= 0) h = named;
        }
        std::uint32_t v = M(h).te;
        // "in which the Guinean state holds 49%".
        if (v < s.last && Fits(h, kCty) && (L(v) == "state" || L(v) == "government"))
          ++v;
        if (v + 1 < s.last && x.W(v) == "," && IsStakeVerb(L(v + 1))) ++v;
        if (v + 1 < s.last && L(v) == "and" && x.owner_[v + 1] >= 0 && pending.size() < 4) {
          pending.push_back(h);
          q = v + 1;
          continue;
        }
        if (v < s.last && (L(v) == "also" || L(v) == "still" || L(v) == "now" ||
                           L(v) == "each" || L(v) == "jointly"))
          ++v;
        if (v < s.last && IsStakeVerb(L(v))) ++v;
        // "holds 85%", "owns a majority", "the rest".
        const std::uint32_t end = StakeEnd(v);
        if (end == v) break;
        holders.insert(holders.end(), pending.begin(), pending.end());
        pending.clear();
        holders.push_back(h);
        q = end;
        // "holds a majority interest alongside Toyota Tsusho Corporation and
        // the provincial company JEMSE": the co-holders named after it.
        if (q + 2 < s.last && (L(q) == "alongside" || (L(q) == "together" && L(q + 1) == "with"))) {
          std::uint32_t a = L(q) == "alongside" ? q + 1 : q + 2;
          while (a < s.last && a < q + 6 && x.owner_[a] < 0 && !x.toks_[a].cap &&
                 x.toks_[a].kind == TokKind::kWord)
            ++a;
          const int p0 = MentionStartingAt(a, kCom | kCty | kOrg);
          if (p0 >= 0 && !(M(p0).flags & kAnaphor)) {
            for (int co : ListFrom(static_cast<std::size_t>(IndexOf(p0)), kCom | kCty | kOrg))
              holders.push_back(co);
          }
          break;
        }
        // "..., the Congolese government holds 20% and a private firm ...
        // holds the remaining 0.8%": the next holder of the list.
        if (q + 1 < s.last && (x.W(q) == "," || L(q) == "and")) {
          ++q;
          phrase = q;
          continue;
        }
        break;
      }
      for (int h : holders) {
        Add(h, "owns_stake_in", owned, "owns_stake_in:in which", k, "");
      }
      if (holders.size() == 2 &&
          (L(M(owned).te - 1) == "venture" || L(k - 1) == "venture"))
        Add(holders[0], "partners_with", holders[1], "partners_with:co-owners", k, "");
    }
  }

  // The first token of the ranking words right before token k ("second-
  // largest", "biggest single"); a word of `words` that starts with '-' is
  // a suffix ("-largest").
  std::uint32_t RankWordsBefore(std::uint32_t k,
                                std::span<const std::string_view> words) const {
    auto rank = [&](std::string_view l) {
      for (std::string_view w2 : words)
        if (w2.front() == '-' ? l.ends_with(w2) : l == w2) return true;
      return false;
    };
    while (k > S().first && rank(L(k - 1))) --k;
    return k;
  }

  // What the noun phrase starting at token np describes: the name before it
  // (", its largest customer") or the subject of the copula before it ("X
  // is the largest shareholder"); -1 for neither.
  int DescribedBy(std::uint32_t np) const {
    const std::uint32_t first = S().first;
    if (np > first && x.W(np - 1) == ",") return Antecedent(np - 1);
    // "X was already Korea Zinc's largest shareholder".
    while (np > first + 2 && IsVerbAdverb(L(np - 1)) && IsCopula(L(np - 2))) --np;
    // "the fund that had long been Horizonte's largest shareholder": a
    // perfect "been" is the copula.
    bool perfect = false;
    if (np > first + 2 && L(np - 1) == "been") {
      std::uint32_t q = np - 1;
      while (q > first + 1 && (IsVerbAdverb(L(q - 1)) || L(q - 1) == "long")) --q;
      if (q > first + 1 && (L(q - 1) == "has" || L(q - 1) == "had" || L(q - 1) == "have")) {
        np = q;
        perfect = true;
      }
    }
    if (np > first + 1 && (perfect || IsCopula(L(np - 1)))) {
      // "Chinalco, the Chinese state-owned aluminium group that is Rio's
      // largest shareholder": what the apposition before "that" describes.
      if (np > first + 3 && (L(np - 2) == "that" || L(np - 2) == "which")) {
        for (std::uint32_t c = np - 2; c-- > first + 1 && c + 10 > np;) {
          if (x.W(c) == ",") return Antecedent(c);
          if ((x.owner_[c] >= 0 && !(M(x.owner_[c]).flags & kDemonym) &&
               !Fits(x.owner_[c], kMnl)) ||
              IsBarrier(x.W(c)))
            break;
        }
      }
      const int cs = ClauseSubject(np - 1);
      return cs >= 0 ? cs : MentionEndingAt(np - 1);
    }
    return -1;
  }

  // "its largest customer, Shenghe Resources", "Heron, Kestrel's main
  // buyer", "Heron is the anchor customer of Kestrel": the seller supplies
  // the customer.
  void Customers() {
    if (!(mask_ & kKwCustomer)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k < s.last; ++k) {
      if (!(kw_[k] & kKwCustomer)) continue;
      static constexpr std::string_view kRank[] = {
          "largest", "biggest", "main", "anchor", "key", "major", "only",
          "first", "sole", "single", "top", "principal", "-largest"};
      const std::uint32_t a = RankWordsBefore(k, kRank);
      // The seller: "Kestrel's", "its", or "of Kestrel" after the noun.
      int seller = -1;
      std::uint32_t np = a;
      if (a > s.first && L(a - 1) == "its") {
        seller = Referent(a - 1, kCom);
        np = a - 1;
      } else if (a >= s.first + 2 && L(a - 1) == "'s") {
        seller = MentionEndingAt(a - 1);
        if (seller >= 0) np = M(seller).tb;
      } else if (a > s.first && (L(a - 1) == "the" || L(a - 1) == "a") &&
                 k + 2 < s.last && (L(k + 1) == "of" || L(k + 1) == "for")) {
        int o = x.owner_[k + 2];
        if (o >= 0 && M(o).tb == k + 2) seller = o;
        np = a - 1;
      }
      if (seller < 0 || !Fits(seller, kCom | kCty)) continue;
      // The customer: after the noun (", Shenghe"), before it as an
      // apposition ("Shenghe, its largest customer"), or the copula's
      // subject ("Shenghe is its largest customer").
      int buyer = -1;
      std::uint32_t after = k + 1;
      if (after < s.last && x.W(after) == ",") ++after;
      if (after < s.last && after > k + 1) {
        int o = x.owner_[after];
        if (o >= 0 && M(o).tb == after) buyer = o;
      }
      if (buyer < 0) buyer = DescribedBy(np);
      if (buyer < 0 || buyer == seller || !Fits(buyer, kCom | kCty) ||
          M(buyer).entity == M(seller).entity ||
          OnlyAdjective(M(buyer)))
        continue;
      Add(seller, "supplies", buyer, "supplies:customer", k, "");
    }
  }

  // "the Fenix operation on its eastern side, which Arcadium Lithium ran":
  // the company in an object relative clause works the site before it.
  void ObjectRelative() {
    if (!(mask_ & kKwWhich)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k + 2 < s.last; ++k) {
      if (L(k) != "which" || x.W(k - 1) != ",") continue;
      const int who = MentionStartingAt(k + 1, kCom);
      if (who < 0 || M(who).te >= s.last) continue;
      const std::string_view v = L(M(who).te);
      std::string_view rel;
      if (v == "runs" || v == "ran" || v == "operates" || v == "operated")
        rel = "operates";
      else if (v == "owns" || v == "owned" || v == "controls" || v == "controlled")
        rel = "owns_stake_in";
      else if (v == "develops" || v == "developed")
        rel = "develops";
      else
        continue;
      int site = Antecedent(k - 1);
      // ("the Fenix operation on its eastern side, which": past a short
      // phrase of lower-case words after a preposition.)
      for (std::uint32_t q = k - 1; site < 0 && q-- > s.first + 1 && q + 6 > k;) {
        if (x.owner_[q] >= 0 || x.toks_[q].kind != TokKind::kWord || x.toks_[q].cap) break;
        if (L(q) == "on" || L(q) == "at" || L(q) == "near") {
          const int p = MentionEndingAt(q);
          if (p >= 0 && Fits(p, kPrj)) site = p;
          break;
        }
      }
      if (site < 0 || !Fits(site, kPrj) || M(site).entity == M(who).entity) continue;
      Add(who, rel, site, std::string(rel) + ":which X runs", M(who).te, "");
    }
  }

  // "a joint venture owned half by Metals X, the Perth-based miner, and
  // half by Yunnan Tin Group": the holder after "and half by" owns what the
  // sentence's first holder owns.
  void SecondHolder() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 3; k + 1 < s.last; ++k) {
      if (L(k) != "by") continue;
      std::uint32_t a = k - 1;
      if (L(a) == "rest" || L(a) == "remainder" || L(a) == "half") {
        if (L(a - 1) == "the" || L(a - 1) == "other") --a;
        if (L(a - 1) == "the") --a;
      } else if (x.toks_[a].kind == TokKind::kPunct && L(a) == "%") {
        --a;
        if (x.toks_[a].kind != TokKind::kNumber) continue;
      } else {
        continue;
      }
      if (a <= s.first || L(a - 1) != "and") continue;
      std::uint32_t h = k + 1;
      if (h + 1 < s.last && L(h) == "the") ++h;
      int holder = MentionStartingAt(h, kCom | kCty | kPer | kOrg);
      // ("and 30% by Japan's Marubeni": the name after the place.)
      if (holder >= 0 && PlacePossessive(holder))
        holder = MentionStartingAt(M(holder).te + 1, kCom | kPer | kOrg);
      if (holder < 0) continue;
      // What the sentence's first holder owns ("owned half by").
      int held = -1;
      for (std::size_t r = SentenceRelationsBegin(); r < x.relations_.size() && held < 0; ++r)
        if (x.relations_[r].rule.starts_with("owns_stake_in:owned"))
          held = static_cast<int>(x.relations_[r].object);
      if (held >= 0)
        AddEntities(M(holder).entity, "owns_stake_in", held, "owns_stake_in:and half by", k, "");
    }
  }

  // "Tianqi, SQM's second-largest shareholder", "Hancock is the largest
  // shareholder in Liontown": the holder owns a stake in the held.
  void Shareholders() {
    if (!(mask_ & kKwHolder)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k < s.last; ++k) {
      if (!(kw_[k] & kKwHolder)) continue;
      // "Prony's shareholders include the trader Trafigura": each one named.
      if (L(k) == "shareholders" && L(k - 1) == "'s" && k + 2 < s.last &&
          (L(k + 1) == "include" || L(k + 1) == "included" || L(k + 1) == "are")) {
        const int held = MentionEndingAt(k - 1);
        if (held < 0 || !Fits(held, kCom | kPrj)) continue;
        std::uint32_t q = k + 2;
        while (q < s.last && q < k + 6 && x.owner_[q] < 0 && x.toks_[q].kind == TokKind::kWord &&
               !x.toks_[q].cap)
          ++q;
        const int first = MentionStartingAt(q, kCom | kCty | kPer | kOrg);
        if (first < 0) continue;
        for (int h : ListFrom(static_cast<std::size_t>(std::max(0, IndexOf(first))),
                              kCom | kCty | kPer | kOrg))
          if (!OnlyAdjective(M(h)))
            Add(h, "owns_stake_in", held, "owns_stake_in:shareholders include", k, "");
        continue;
      }
      // Adjectives before the noun: "second-largest", "biggest single".
      static constexpr std::string_view kRank[] = {
          "largest", "biggest", "major", "main", "controlling", "majority",
          "single", "top", "principal", "strategic", "anchor", "second",
          "third", "cornerstone", "-largest", "-biggest", "individual",
          "institutional", "private"};
      const std::uint32_t a = RankWordsBefore(k, kRank);
      if (a == k) continue;  // "shareholders" alone says too little
      int held = -1;
      std::uint32_t np = a;  // first token of the holder noun phrase
      if (a >= s.first + 2 && L(a - 1) == "'s") {
        held = MentionEndingAt(a - 1);
        if (held >= 0) np = M(held).tb;
      } else if (a > s.first && L(a - 1) == "the" && k + 1 < s.last &&
                 (L(k + 1) == "in" || L(k + 1) == "of")) {
        int h = x.owner_[k + 2 < s.last ? k + 2 : k];
        if (k + 2 < s.last && h >= 0 && M(h).tb == k + 2) held = h;
        np = a - 1;
      }
      if (held < 0 || !Fits(held, kCom | kPrj)) continue;
      // The holder: ", the largest shareholder" after a name, or "X is";
      // "Alphamin's majority shareholder is Tremont Master Holdings".
      int holder = DescribedBy(np);
      // "Kore's largest shareholders are Chile's SQM and the Oman
      // Investment Authority": each one named.
      std::vector<int> holders;
      if (holder < 0 && k + 2 < s.last && np <= s.first + 1 &&
          (L(k + 1) == "is" || L(k + 1) == "was" || L(k + 1) == "are" || L(k + 1) == "were")) {
        std::uint32_t q = k + 2;
        if (q + 1 < s.last && L(q) == "the") ++q;
        int h = x.owner_[q];
        // ("Chile's SQM": the name after the possessive place.)
        if (h >= 0 && M(h).tb == q && PlacePossessive(h))
          h = x.owner_[M(h).te + 1];
        if (h >= 0 && M(h).tb >= q) {
          holder = h;
          if (L(k) == "shareholders")
            holders = ListFrom(static_cast<std::size_t>(std::max(0, IndexOf(h))),
                               kCom | kCty | kPer | kOrg);
        }
      }
      if (holders.empty()) holders.push_back(holder);
      for (int hd : holders) {
        if (hd < 0 || hd == held || !Fits(hd, kCom | kCty | kPer | kOrg) ||
            OnlyAdjective(M(hd)) || M(hd).entity == M(held).entity)
          continue;
        Add(hd, "owns_stake_in", held, "owns_stake_in:largest shareholder", k, "");
      }
    }
  }

  // "Talga Group plans to mine natural graphite ... and process it into
  // active anode material", "X wants to mine spodumene": a stated plan to
  // produce the minerals named by its verbs.
  // "Nigeria's states, including Nasarawa, Kwara, Kogi and Ekiti", "the
  // country's provinces such as A and B": each lies in the country.
  void UnitsOfCountry() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k + 3 < s.last; ++k) {
      const std::string_view u = L(k);
      if (!(u == "states" || u == "provinces" || u == "regions") || L(k - 1) != "'s") continue;
      const int country = MentionEndingAt(k - 1);
      if (country < 0 || !Fits(country, kCty) || (M(country).flags & kDemonym)) continue;
      std::uint32_t q = k + 1;
      if (x.W(q) == ",") ++q;
      if (q + 1 < s.last && L(q) == "such" && L(q + 1) == "as") q += 2;
      else if (L(q) == "including" || x.W(q) == ":") ++q;
      else continue;
      const int first = MentionStartingAt(q, kReg);
      if (first < 0) continue;
      for (int r : ListFrom(static_cast<std::size_t>(IndexOf(first)), kReg))
        Add(r, "located_in", country, "located_in:country's units", k, "");
    }
  }

  // "began commercial production of rare earths", "AMG starts making
  // battery-grade lithium hydroxide": the subject produces the goods; one
  // that aims, plans or is due to start targets them.
  void StartedProduction() {
    if (minerals_ == 0) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 2 < s.last; ++k) {
      // (The keyword bit marks exactly the verbs of a start: "began",
      // "started", ..., and the bare "start", "begin", "commence".)
      if (!(kw_[k] & kKwStart)) continue;
      const std::string_view v = L(k);
      const bool bare = v == "start" || v == "begin" || v == "commence";
      std::uint32_t q = k + 1;
      while (q < s.last && q < k + 4 &&
             (L(q) == "commercial" || L(q) == "first" || L(q) == "full" || L(q) == "full-scale" ||
              L(q) == "trial" || L(q) == "pilot" || L(q) == "regular" || L(q) == "its"))
        ++q;
      const bool of = q + 1 < s.last && (L(q) == "production" || L(q) == "output") &&
                      L(q + 1) == "of";
      // ("has begun mining high-grade uranium ore at its Pinyon Plain mine".)
      const bool making =
          q < s.last && (L(q) == "making" || L(q) == "producing" || L(q) == "mining");
      if (!of && !making) continue;
      q += of ? 2 : 1;
      // The goods: "of rare earths", "making battery-grade lithium
      // hydroxide" (a few lower-case words before them), a list of them.
      std::vector<int> goods;
      for (std::uint32_t r = q; r < s.last && r < q + 8; ++r) {
        const int o = x.owner_[r];
        if (o >= 0 && M(o).tb == r && M(o).entity >= 0) {
          if (!Fits(o, kMnl)) break;
          goods.push_back(o);
          r = M(o).te - 1;
          continue;
        }
        if (!goods.empty() && !(L(r) == "and" || x.W(r) == ",")) break;
        if (x.toks_[r].kind != TokKind::kWord || x.toks_[r].cap) {
          if (x.W(r) != "," || goods.empty()) break;
        }
      }
      if (goods.empty()) continue;
      // A start not yet made: "aims to start", "is due to begin", "will start".
      bool plan = bare;
      if (bare && k >= s.first + 2 && L(k - 1) == "to" && w::In(kPlanVerbs, L(k - 2)))
        plan = true;
      int subj = ClauseSubject(k);
      if (subj == -2) continue;
      if (subj < 0) {
        std::uint32_t c = k;
        bool and_verb = false;
        while (c > s.first + 1 && (IsAux(L(c - 1)) || L(c - 1) == "to" ||
                                   w::In(kPlanVerbs, L(c - 1)) || L(c - 1) == "and" ||
                                   L(c - 1) == "due" || L(c - 1) == "expected" ||
                                   L(c - 1) == "scheduled" || L(c - 1) == "set")) {
          and_verb |= L(c - 1) == "and";
          plan |= L(c - 1) == "due" || L(c - 1) == "expected" || L(c - 1) == "scheduled";
          --c;
        }
        subj = and_verb ? -1 : MentionEndingAt(c);
        // "Solvay inaugurated a line ... and began", "Atkins said Ramaco
        // plans to build ... and aims to start": the first company of the
        // sentence.
        if (subj < 0)
          for (int mi : ms)
            if (M(mi).te <= k && Fits(mi, kCom) && !OnlyAdjective(M(mi))) {
              subj = mi;
              break;
            }
      }
      if (subj < 0 || !Fits(subj, kCom | kPrj) || NegatedBetween(M(subj).te, k)) continue;
      for (int mn : goods)
        Add(subj, plan ? "targets_production_of" : "produces", mn,
            plan ? "targets_production_of:to start production" : "produces:started production",
            k, plan ? "planned" : "");
      // "... at its Pinyon Plain mine": the site the goods come from.
      const int site = plan ? -1 : SiteAfter(M(goods.back()).te);
      if (site >= 0)
        for (int mn : goods) Add(site, "produces", mn, "produces:started production", k, "");
    }
  }

  void PlannedOutput() {
    if (minerals_ == 0 || !(mask_ & kKwPlan)) return;
    const SentenceRange& s = S();
    static constexpr std::string_view kMake[] = {
        "mine", "produce", "extract", "refine", "process", "make", "recover",
        "output", "ramp"};
    static constexpr std::string_view kBuild[] = {"build", "construct", "develop", "expand"};
    for (std::uint32_t k = s.first; k + 3 < s.last; ++k) {
      if (!w::In(kPlanVerbs, L(k)) || L(k + 1) != "to") continue;
      // "plans to build a plant at Rincon that will produce 60,000 tonnes a
      // year of lithium carbonate": the making verb of the plant's clause.
      std::uint32_t make = k + 2;
      if (w::In(kBuild, L(k + 2))) {
        for (std::uint32_t q = k + 3; q + 1 < s.last && q < k + 16; ++q) {
          if (IsBarrier(x.W(q))) break;
          if ((L(q) == "will" || L(q) == "would" || L(q) == "to") && w::In(kMake, L(q + 1)) &&
              (L(q) != "to" || L(q - 1) == "able")) {
            make = q + 1;
            break;
          }
        }
      }
      if (!w::In(kMake, L(make))) continue;
      const std::uint16_t types = kCom | kCty | kMin;
      int subj = -1;
      int cs = ClauseSubject(k);
      if (cs == -2) continue;
      if (cs >= 0) {
        subj = cs;
      } else {
        for (std::size_t j = ms.size(); j-- > 0;) {
          const Mention& m = M(ms[j]);
          if (m.te > k) continue;
          if (Dist(m.te, k) > 3) break;
          if (OnlyAdjective(m)) continue;
          subj = ms[j];
          break;
        }
      }
      if (subj < 0 || !Fits(subj, types)) continue;
      if (NegatedBetween(M(subj).te, make)) continue;
      // A plan is a production target only with a figure or a year
      // ("plans to produce about 34,000 tonnes a year ... from around
      // 2030"); "plans to mine graphite at Siviour" states none.
      if (const Qualifiers q = Quals(s.first, ""); q.date.empty() && q.amount.empty()) continue;
      // The minerals after the verbs, up to the end of the clause; not the
      // source ("from geothermal brine") nor a modifier ("its kaolin quarry").
      bool verb = true;  // A making verb governs what follows.
      for (std::uint32_t q = make + 1; q < s.last; ++q) {
        std::string_view l = L(q);
        if (IsBarrier(x.W(q)) || l == "where" || l == "which" || l == "while" ||
            l == "but" || l == "although" || l == "because")
          break;
        // "..., along with scandium oxide and titanium dioxide": the list of
        // products goes on; "ramp the operation up to 2.45 million pounds
        // of U3O8": a figure to reach.
        if (l == "along" && q + 1 < s.last && L(q + 1) == "with") {
          verb = true;
          ++q;
          continue;
        }
        if (l == "up" && q + 1 < s.last && L(q + 1) == "to") {
          ++q;
          continue;
        }
        if (l == "and" && q + 1 < s.last && w::In(kMake, L(q + 1))) {
          verb = true;
          ++q;
          continue;
        }
        if (l == "into") verb = true;
        if (l == "from" || l == "under" || l == "with" || l == "for" ||
            l == "to" || l == "at" || l == "in")
          verb = false;
        int mn = x.owner_[q];
        if (mn < 0 || M(mn).tb != q || M(mn).entity < 0) continue;
        q = M(mn).te - 1;
        if (!Fits(mn, kMnl)) {
          // ("ramp the operation up to": the site ramped, then the figure.)
          if (!(L(make) == "ramp" && Fits(mn, kPrj))) verb = false;
          continue;
        }
        if (!verb) continue;
        if (M(mn).te < s.last && x.IsProjectTrigger(M(mn).te)) continue;
        Add(subj, "targets_production_of", mn, "targets_production_of:plans to make", k, "planned");
      }
    }
  }

  // "the Quellaveco mine in Peru, where Japan's Mitsubishi Corp owns the
  // remaining 40%" and "the Collahuasi mine, which it shares with
  // Glencore": the co-owners of the asset before the comma.
  void WhereStakes() {
    if (!(mask_ & (kKwWhere | kKwWhich))) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k + 3 < s.last; ++k) {
      if (x.W(k - 1) != ",") continue;
      const bool where = L(k) == "where";
      const bool shares = L(k) == "which" && L(k + 1) == "it" &&
                          (L(k + 2) == "shares" || L(k + 2) == "co-owns") &&
                          L(k + 3) == "with";
      if (!where && !shares) continue;
      if (where) WherePresence(k);
      int owned = Antecedent(k - 1);
      if (owned < 0 || !Fits(owned, kPrj | kCom)) continue;
      if (shares) {
        const int other = MentionStartingAt(k + 4, kCom | kCty | kOrg);
        if (other < 0) continue;
        Add(other, "owns_stake_in", owned, "owns_stake_in:shares with", k, "");
        int it = Referent(k + 1, kCom);
        if (it >= 0 && Fits(it, kCom)) {
          Add(it, "owns_stake_in", owned, "owns_stake_in:shares with", k, "");
          Add(it, "partners_with", other, "partners_with:shares with", k, "");
        }
        continue;
      }
      std::uint32_t q = k + 1;
      int holder = q < s.last ? x.owner_[q] : -1;
      // "Japan's Mitsubishi Corp": the company after the possessive place.
      if (holder >= 0 && M(holder).tb == q && M(holder).te + 1 < s.last &&
          L(M(holder).te) == "'s" && Fits(holder, kPlace)) {
        q = M(holder).te + 1;
        holder = x.owner_[q];
      }
      if (holder < 0 || M(holder).tb != q || !Fits(holder, kCom | kCty | kOrg) ||
          OnlyAdjective(M(holder)))
        continue;
      std::uint32_t v = M(holder).te;
      if (v >= s.last || !(L(v) == "owns" || L(v) == "holds" || L(v) == "has" ||
                           L(v) == "controls"))
        continue;
      bool percent = false;
      for (std::uint32_t r = v + 1; r + 1 < s.last && r < v + 5; ++r) {
        if (x.toks_[r].kind == TokKind::kNumber &&
            (x.W(r + 1) == "%" || L(r + 1) == "percent"))
          percent = true;
      }
      if (percent)
        Add(holder, "owns_stake_in", owned, "owns_stake_in:where X owns", k, "");
    }
  }

  // A country written as a nationality: "Chinese", "U.S." (not "China").
  // Whether the name at token b follows "listed on (the)", "traded on",
  // "quoted on": a stock exchange.
  bool ListedOn(std::uint32_t b) const {
    if (b >= S().first + 1 && L(b - 1) == "the") --b;
    if (b < S().first + 2 || L(b - 1) != "on") return false;
    const std::string_view v = L(b - 2);
    return v == "listed" || v == "traded" || v == "quoted" || v == "trades";
  }

  // Whether mention m is a place with a possessive after it and a word
  // after that ("China's Zijin Mining Group", "Chile's SQM").
  bool PlacePossessive(int m) const {
    return Fits(m, kPlace) && M(m).te + 1 < S().last && L(M(m).te) == "'s";
  }

  // "producer of" and "exporter of": a noun whose subject is the copula's
  // or the apposition's name.
  static bool ProducerPhrase(std::string_view phrase) {
    return phrase == "producer of" || phrase == "exporter of";
  }

  bool IsNationality(int m) const {
    return Fits(m, kCty) && ((M(m).flags & kDemonym) || x.toks_[M(m).tb].all_caps);
  }

  // A capitalised word at token k that names nothing the extractor knows
  // ("and CNNC holds", "owns Modikwa in equal shares").
  bool UnknownNameAt(std::uint32_t k) const {
    return x.toks_[k].cap && x.toks_[k].kind == TokKind::kWord &&
           (x.owner_[k] == -1 || (x.owner_[k] >= 0 && M(x.owner_[k]).entity < 0));
  }

  // Past the adverbs (IsVerbAdverb()) from token v.
  std::uint32_t SkipAdverbs(std::uint32_t v) const {
    while (v < S().last && IsVerbAdverb(L(v))) ++v;
    return v;
  }

  // "a plant at Sorowako in South Sulawesi, where Vale Indonesia already
  // mines nickel", "to South Korea, where its subsidiary POSCO Future M
  // makes cathode materials": the company works in the place.
  void WherePresence(std::uint32_t k) {
    const SentenceRange& s = S();
    // The place before the comma; "Sorowako in South Sulawesi" is Sorowako.
    int place = MentionEndingAt(k - 1);
    // "the Tavan Tolgoi coal deposit, where the state-owned Erdenes Tavan
    // Tolgoi JSC operates": the company operates the project.
    if (place >= 0 && Fits(place, kPrj) && !(M(place).flags & kAnaphor)) {
      std::uint32_t q = k + 1;
      while (q < s.last && q < k + 4 && x.owner_[q] < 0 && !x.toks_[q].cap) ++q;
      const int who = MentionStartingAt(q, kCom);
      if (who < 0 || M(who).entity < 0) return;
      const std::uint32_t v = SkipAdverbs(M(who).te);
      if (v < s.last && (L(v) == "operates" || L(v) == "runs") &&
          (v + 1 == s.last || x.toks_[v + 1].kind == TokKind::kPunct))
        Add(who, "operates", place, "operates:where X operates", k, "");
      return;
    }
    if (place < 0 || !Fits(place, kPlace) || (M(place).flags & kDemonym)) return;
    while (M(place).tb > s.first + 1 && L(M(place).tb - 1) == "in") {
      const int outer = MentionEndingAt(M(place).tb - 1);
      if (outer < 0 || !Fits(outer, kPlace)) break;
      place = outer;
    }
    // "the provinces of Catamarca and Salta, where": which one is unsaid.
    if (M(place).tb > s.first && (L(M(place).tb - 1) == "and" || L(M(place).tb - 1) == "or"))
      return;
    std::uint32_t q = k + 1;
    if (q + 2 < s.last && L(q) == "its" &&
        (L(q + 1) == "subsidiary" || L(q + 1) == "unit" || L(q + 1) == "affiliate"))
      q += 2;
    const int who = MentionStartingAt(q, kCom);
    if (who < 0 || M(who).entity < 0) return;
    const std::uint32_t v = SkipAdverbs(M(who).te);
    static constexpr std::string_view kWorks[] = {
        "mines", "produces", "operates", "runs", "makes", "fabricates", "manufactures",
        "refines", "processes", "extracts", "smelts", "works"};
    if (v >= s.last || !w::In(kWorks, L(v))) return;
    Add(who, "active_in", place, "active_in:where X works", k, "");
  }

  // "Strand Minerals is a company common of Eramet, which holds 43%":
  // a holder's share with no object of its own is a share of the company
  // the sentence is about.
  void WhichHolds() {
    if (!(mask_ & kKwWhich)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k + 3 < s.last; ++k) {
      if (L(k) != "which" || x.W(k - 1) != "," ||
          !(L(k + 1) == "holds" || L(k + 1) == "owns" || L(k + 1) == "controls"))
        continue;
      std::uint32_t r = k + 2;
      while (r < s.last && r < k + 5 && x.toks_[r].kind != TokKind::kNumber) ++r;
      if (r + 1 >= s.last || x.toks_[r].kind != TokKind::kNumber ||
          !(x.W(r + 1) == "%" || L(r + 1) == "percent"))
        continue;
      for (std::uint32_t h = k + 2; h < r; ++h) {
        std::string_view l = L(h);
        if (!(l == "about" || l == "around" || l == "roughly" || l == "nearly" ||
              l == "almost" || l == "some" || l == "over" || l == "just" ||
              l == "a" || l == "further" || l == "another"))
          r = 0;
      }
      if (r == 0) continue;
      r += 2;
      // Nothing owned of its own: the clause ends, or "of its shares".
      const bool ends = r >= s.last || x.W(r) == "," || x.W(r) == "." ||
                        L(r) == "and" || x.W(r) == ";" || x.W(r) == ")";
      const bool its = r + 1 < s.last && L(r) == "of" &&
                       (L(r + 1) == "its" || L(r + 1) == "it");
      if (!ends && !its) continue;
      int holder = Antecedent(k - 1);
      if (holder < 0 || !Fits(holder, kCom | kCty | kOrg | kPer)) continue;
      int owned = -1;
      for (int mi : ms) {
        if (M(mi).tb >= M(holder).tb) break;
        if (M(mi).entity >= 0 && M(mi).entity != M(holder).entity &&
            Fits(mi, kCom | kPrj) && !((M(mi).flags & kDemonym))) {
          owned = mi;
          break;
        }
      }
      if (owned >= 0 && M(owned).tb <= s.first + 1)
        Add(holder, "owns_stake_in", owned, "owns_stake_in:which holds", k, "");
    }
  }

  // "the Vidalia facility's annual production capacity to 11,250 tonnes of
  // active anode material", "the Osprey plant has a capacity of 20,000
  // tonnes of lithium hydroxide": a facility's capacity is what it makes.
  void Capacity() {
    if (minerals_ == 0 || !(mask_ & kKwCapacity)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k < s.last; ++k) {
      if (!(kw_[k] & kKwCapacity)) continue;
      // Back over "annual production" and "has a" to the facility.
      std::uint32_t q = k;
      while (q > s.first && q + 4 > k &&
             (L(q - 1) == "annual" || L(q - 1) == "production" ||
              L(q - 1) == "processing" || L(q - 1) == "output" ||
              L(q - 1) == "nameplate" || L(q - 1) == "design" ||
              L(q - 1) == "a" || L(q - 1) == "an"))
        --q;
      int site = -1;
      if (q > s.first + 1 && L(q - 1) == "'s") {
        site = MentionEndingAt(q - 1);
      } else if (q > s.first + 1 && (L(q - 1) == "has" || L(q - 1) == "have")) {
        site = MentionEndingAt(q - 1);
        if (site < 0) site = std::max(-1, ClauseSubject(q - 1));
      }
      if (site < 0 || !Fits(site, kPrj)) continue;
      // Forward: "of|to N tonnes (a year) of <mineral>".
      for (std::size_t j = 0; j < ms.size(); ++j) {
        const Mention& m = M(ms[j]);
        if (m.tb <= k) continue;
        if (m.tb > k + 9 || !Fits(ms[j], kMnl) || L(m.tb - 1) != "of") break;
        bool amount = false;
        for (std::uint32_t r = k + 1; r < m.tb; ++r)
          amount |= x.toks_[r].kind == TokKind::kNumber;
        if (amount) Add(site, "produces", ms[j], "produces:capacity", k, "");
        break;
      }
    }
  }

  // "buys [most / much / all / part / a share] of Lynas's [planned] output":
  // the company whose output a buying verb at k takes, or -1.
  int OutputOf(std::uint32_t k) const {
    const std::uint32_t last = S().last;
    std::uint32_t q = k + 1;
    while (q < last && q < k + 5 && L(q) != "of") ++q;
    if (q + 3 >= last || L(q) != "of" || q == k + 1) return -1;
    const std::string_view share = L(k + 1);
    if (!(share == "most" || share == "much" || share == "all" || share == "part" ||
          share == "some" || share == "half" || share == "the" || share == "a"))
      return -1;
    const int owner = x.owner_[q + 1];
    if (owner < 0 || M(owner).tb != q + 1 || M(owner).entity < 0 || !Fits(owner, kCom) ||
        M(owner).te + 1 >= last || L(M(owner).te) != "'s")
      return -1;
    for (std::uint32_t r = M(owner).te + 1; r < last && r < M(owner).te + 5; ++r) {
      if (L(r) == "output" || L(r) == "production") return owner;
      if (x.toks_[r].kind != TokKind::kWord && x.W(r) != "-") return -1;
    }
    return -1;
  }

  // ", mainly from China", ", most of it from China": the "from" of the
  // sources set off by the comma at k, or k.
  std::uint32_t SourcesAfterComma(std::uint32_t k) const {
    const std::uint32_t last = S().last;
    if (k >= last || x.W(k) != ",") return k;
    std::uint32_t f = k + 1;
    if (f < last && (L(f) == "mainly" || L(f) == "mostly" || L(f) == "largely" ||
                     L(f) == "chiefly" || L(f) == "primarily" || L(f) == "partly"))
      ++f;
    else if (f + 3 < last && (L(f) == "most" || L(f) == "much") && L(f + 1) == "of" &&
             (L(f + 2) == "it" || L(f + 2) == "them"))
      f += 3;
    return f > k + 1 && f < last && L(f) == "from" ? f : k;
  }

  // "Energy Fuels has bought monazite from The Chemours Company", "agreed to
  // buy spodumene concentrate from Kodal": the seller supplies the buyer.
  void BuyFrom() {
    if (!(mask_ & kKwBuy)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 3 < s.last; ++k) {
      std::string_view l = L(k);
      if (!(l == "buy" || l == "buys" || l == "bought" || l == "purchase" ||
            l == "purchases" || l == "purchased" || l == "import" ||
            l == "imports" || l == "imported" || l == "source" ||
            l == "sources" || l == "sourced"))
        continue;
      // "Sojitz still buys much of Lynas's output", "agreed to buy most of
      // Kestrel's first-phase production": the producer supplies the buyer.
      const int output = OutputOf(k);
      if (output >= 0) {
        BuyerOf(k, output, "supplies:buys output");
        continue;
      }
      const int seller = SellerFrom(k);
      if (seller < 0) {
        // "Renault signed an agreement with Managem to buy cobalt sulphate".
        const int partner = DealPartnerBefore(k);
        const int buyer = partner >= 0 ? SentenceSubject(kCom) : -1;
        if (buyer >= 0 && M(buyer).te < M(partner).tb &&
            M(buyer).entity != M(partner).entity && !NegatedBetween(M(buyer).te, k))
          Add(partner, "supplies", buyer, "supplies:deal to buy", k, "");
        continue;
      }
      // "imports the most part from China and Chile": each source.
      const int idx = IndexOf(seller);
      if (idx < 0) continue;
      // "imports most of the uranium its reactors use, much of it from
      // Canada and Kazakhstan": a country sold from exports the mineral.
      // (Only in that shape, the sources set off after what is used: the
      // gold reads "imports most of its spodumene from Australia" as
      // supply alone as often as not.)
      const std::uint32_t from = M(seller).tb - 1;
      const bool set_off = (from >= k + 3 && SourcesAfterComma(from - 2) == from) ||
                           (from >= k + 5 && SourcesAfterComma(from - 4) == from);
      int mineral = -1;
      for (int mi : ms) {
        if (!set_off) break;
        if (M(mi).tb > k && M(mi).te <= M(seller).tb && Fits(mi, kMnl)) {
          mineral = mi;
          break;
        }
      }
      for (int one : ListFrom(static_cast<std::size_t>(idx), kCom | kCty)) {
        BuyerOf(k, one, "supplies:bought from");
        if (mineral >= 0 && Fits(one, kCty) && !(M(one).flags & kDemonym))
          Add(one, "exports", mineral, "exports:bought from", k, "");
      }
    }
  }

  // "Renault signed an agreement with Managem in 2022 to buy cobalt
  // sulphate": the company a deal to buy at k was made with, or -1.
  int DealPartnerBefore(std::uint32_t k) const {
    const SentenceRange& s = S();
    if (k < s.first + 4 || L(k - 1) != "to") return -1;
    for (std::uint32_t q = k - 2; q > s.first && q + 8 > k; --q) {
      if (L(q) != "with") continue;
      const std::string_view deal = L(q - 1);
      if (!(deal == "agreement" || deal == "deal" || deal == "contract" || deal == "pact"))
        return -1;
      // A mineral bought, not "its interests in Manono".
      bool mineral = false;
      for (std::uint32_t r = k + 1; r < s.last && r < k + 10 && !mineral; ++r) {
        const int o = x.owner_[r];
        if (o < 0 && (L(r) == "interests" || L(r) == "interest" || L(r) == "stake" ||
                      L(r) == "shares" || L(r) == "assets"))
          return -1;
        mineral = o >= 0 && M(o).tb == r && Fits(o, kMnl);
      }
      if (!mineral) return -1;
      const int partner = MentionStartingAt(q + 1, kCom);
      return partner >= 0 && M(partner).entity >= 0 ? partner : -1;
    }
    return -1;
  }

  // The seller after a buying verb at k ("bought monazite from Chemours",
  // "imports most of the aluminium it uses, mainly from Canada"), or -1.
  int SellerFrom(std::uint32_t k) const {
    const SentenceRange& s = S();
    const std::string_view l = L(k);
    {
      std::uint32_t q = k + 1;
      bool mineral = false;
      const std::uint32_t reach = l.starts_with("import") ? 18 : 10;
      while (q < s.last && q < k + reach) {
        int o = x.owner_[q];
        if (o >= 0 && M(o).entity >= 0 && Fits(o, kMnl)) {
          mineral = true;
          q = M(o).te;
          continue;
        }
        // "imports most of the aluminium it uses, mainly from Canada", "...,
        // most of it from China": the source after the comma.
        // ("buys more than 90 percent of its potash abroad, mostly from
        // Canada": the same.)
        if (mineral && x.W(q) == "," &&
            (l == "imports" || l == "import" || l == "imported" ||
             ((l == "buys" || l == "buy" || l == "bought") && L(q - 1) == "abroad"))) {
          q = SourcesAfterComma(q);
          break;
        }
        // "buys concentrate from Myanmar": a commodity named by its form;
        // "buys cells from Panasonic", "imports most of the fuel for its
        // reactors": the goods made of it.
        static constexpr std::string_view kGoods[] = {
            "concentrate", "concentrates", "ore", "feedstock", "cells", "batteries",
            "magnets", "fuel", "cathodes", "anodes"};
        if (w::In(kGoods, L(q))) mineral = true;
        // "imports most of what it uses, partly from China": the commodity
        // the sentence is about.
        if (L(q) == "what" && q + 2 < s.last && (L(q + 1) == "it" || L(q + 1) == "they") &&
            (L(q + 2) == "uses" || L(q + 2) == "use" || L(q + 2) == "needs" ||
             L(q + 2) == "need" || L(q + 2) == "consumes" || L(q + 2) == "consume")) {
          mineral = true;
          q += 3;
          continue;
        }
        // "imported 87.9% of its lithium hydroxide from China".
        if (x.W(q) == "%") {
          ++q;
          continue;
        }
        if (L(q) == "from" || x.toks_[q].kind == TokKind::kPunct) break;
        if (o >= 0) break;
        ++q;
      }
      // "Japan also buys from Australia's Lynas": no commodity named.
      const bool direct = q == k + 1 && l != "source" && l != "sources" &&
                          l != "sourced";
      if (!(mineral || direct) || q + 1 >= s.last || L(q) != "from") return -1;
      std::uint32_t r = q + 1;
      if (L(r) == "the" && r + 1 < s.last && x.owner_[r] < 0) ++r;
      int seller = x.owner_[r];
      // "from Australia's Lynas": the company after the possessive place.
      if (seller >= 0 && M(seller).tb == r && Fits(seller, kPlace)) {
        if (const int next = AfterPossessive(seller, kCom); next >= 0) {
          seller = next;
          r = M(next).tb;
        }
      }
      if (seller < 0 || M(seller).tb > r || M(seller).entity < 0 ||
          !Fits(seller, kCom | kCty))
        return -1;
      // "buys tin concentrate from Malaysian miners", "from the country's
      // artisanal miners": the sellers are diggers of the place, not it
      // ("from Chinese suppliers" is the country's trade).
      if (Fits(seller, kCty)) {
        std::uint32_t t = M(seller).te;
        if (t < s.last && L(t) == "'s") ++t;
        if ((M(seller).flags & kDemonym) || t > M(seller).te) {
          for (; t < s.last && x.toks_[t].kind == TokKind::kWord && !x.toks_[t].cap &&
                 x.owner_[t] < 0 && !(L(t) == "and" || L(t) == "or");
               ++t)
            if (L(t) == "miners" || L(t) == "artisanal" || L(t) == "diggers") return -1;
        }
      }
      // ("from Energy Fuels Inc.'s White Mesa Mill": the owner sells.)
      return seller;
    }
  }

  // Who buys at the buying verb k, in a clause, a verb phrase shared with
  // the sentence's subject, a pronoun or a name just before; the seller
  // then supplies the buyer.
  void BuyerOf(std::uint32_t k, int seller, std::string_view rule) {
    const SentenceRange& s = S();
    {
      int buyer = ClauseSubject(k);
      // Where the buying verb phrase opens, for the negation check: after
      // the buyer, or where a second verb phrase of the subject opens.
      std::uint32_t phrase = 0;
      // "X paid ... for a stake in Y, and has agreed to buy ore from Z": a
      // second verb phrase shares the sentence's subject.
      if (buyer < 0) {
        std::uint32_t c = k;
        while (c > s.first && (IsAux(L(c - 1)) || L(c - 1) == "agreed" ||
                               L(c - 1) == "to" || L(c - 1) == "plans"))
          --c;
        // (Or "mines its own ore around Gejiu but also buys concentrate".)
        // ("has produced no gallium since 1987 and imports most of it": no
        // comma, and no name right before "and".)
        const bool and_verb =
            c > s.first + 1 && L(c - 1) == "and" &&
            (x.W(c - 2) == "," || x.owner_[c - 2] < 0 || !Fits(x.owner_[c - 2], kCom | kCty));
        if (c > s.first + 1 && c <= k && (and_verb || L(c - 1) == "but")) {
          buyer = SentenceSubject(kCom | kCty);
          if (buyer < 0) return;
          phrase = c;
        }
      }
      // "imports its concentrate from Australia, and it buys lithium
      // carbonate from Chile": the pronoun's.
      // (Not "the mine, which it bought from Imerys": an asset.)
      // ("It buys 90 percent of its potash abroad": a country's pronoun.)
      if (buyer < 0 && !(k >= s.first + 2 && (L(k - 2) == "which" || L(k - 2) == "that"))) {
        bool abroad = false;
        for (std::uint32_t q = k + 1; q < s.last && q < k + 12 && !abroad; ++q)
          abroad = L(q) == "abroad";
        buyer = Pronoun(k, abroad ? kCty : kCom | kCty);
      }
      if (buyer < 0) {
        for (std::size_t j = ms.size(); j-- > 0;) {
          const Mention& m = M(ms[j]);
          if (m.te > k) continue;
          if (Dist(m.te, k) > 8) break;
          // "American utilities buy most of their uranium from Canada": a
          // nationality and the buyers it describes, right before the verb.
          if (OnlyAdjective(m) && Fits(ms[j], kCty) && m.te + 1 <= k) {
            static constexpr std::string_view kBuyers[] = {
                "utilities", "refiners", "companies", "carmakers", "automakers",
                "manufacturers", "buyers", "smelters", "firms", "importers", "mills",
                "steelmakers", "makers", "consumers", "industries"};
            std::uint32_t v = m.te + 1;
            while (v < k && (IsAux(L(v)) || L(v) == "also" || L(v) == "still" ||
                             L(v) == "now" || L(v) == "mostly" || L(v) == "mainly"))
              ++v;
            if (w::In(kBuyers, L(m.te)) && v == k) {
              buyer = ms[j];
              break;
            }
          }
          if (OnlyAdjective(m)) continue;
          // "signed a contract with Managem in 2020 to buy cobalt from
          // Morocco": the partner of the deal is not the buyer.
          if (m.tb > s.first && L(m.tb - 1) == "with") break;
          // "building a plant at Heroya in Norway and has agreed to buy":
          // a place after a preposition says where, not who buys.
          if (Fits(ms[j], kPlace) && m.tb > s.first &&
              (L(m.tb - 1) == "in" || L(m.tb - 1) == "at" || L(m.tb - 1) == "near" ||
               L(m.tb - 1) == "from"))
            break;
          if (Fits(ms[j], kCom | kCty)) {
            buyer = ms[j];
            break;
          }
          if (!Fits(ms[j], kMnl)) break;
        }
      }
      // "REEtec, which is building a plant ... and has agreed to buy": the
      // relative clause's antecedent.
      if (buyer < 0) buyer = ClauseRelativeAntecedent(k);
      if (buyer >= 0 && HomeToApposition(M(buyer).tb, k)) return;
      if (buyer >= 0 && phrase == 0) phrase = std::min(M(buyer).te, k);
      if (buyer >= 0 && Fits(buyer, kCom | kCty) && M(buyer).entity != M(seller).entity &&
          !NegatedBetween(phrase, k))
        Add(seller, "supplies", buyer, rule, k, "");
    }
  }

  // The possessive at token k: the name of `types` before "'s" (its
  // mention), "its" (or "their", with `their`) -> -2, else -1.
  int PossessiveAt(std::uint32_t k, std::uint16_t types, bool their) const {
    if (L(k) == "'s" && k > S().first) {
      const int owner = MentionEndingAt(k);
      return owner >= 0 && Fits(owner, types) && !(M(owner).flags & kAnaphor) ? owner : -1;
    }
    return L(k) == "its" || (their && L(k) == "their") ? -2 : -1;
  }

  // "its cobalt supplier Managem", "BMW's supplier, Managem,": the
  // supplier supplies the possessor.
  void Suppliers() {
    if (!(mask_ & kKwSupplier)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first; k + 2 < s.last; ++k) {
      int owner = PossessiveAt(k, kCom | kCty, true);
      if (owner == -1) continue;
      std::uint32_t q = k + 1;
      const int m0 = x.owner_[q];
      if (m0 >= 0 && M(m0).tb == q && Fits(m0, kMnl)) q = M(m0).te;
      if (q + 1 >= s.last || !(L(q) == "supplier" || L(q) == "suppliers")) continue;
      ++q;
      if (x.W(q) == ",") ++q;
      const int supplier = MentionStartingAt(q, kCom | kCty);
      if (supplier < 0) continue;
      if (owner < 0) owner = Referent(k, kCom | kCty);
      if (owner < 0 || M(owner).entity == M(supplier).entity) continue;
      for (int one : ListFrom(static_cast<std::size_t>(IndexOf(supplier)), kCom | kCty))
        Add(one, "supplies", owner, "supplies:its supplier", q, "");
    }
  }

  // "CATL subsidiary Guangdong Brunp", "BMI, a Fitch Solutions company",
  // "its daughter company X".
  void Subsidiaries() {
    const SentenceRange& s = S();
    // "owns the Arcadia mine through its local unit Prospect Lithium
    // Zimbabwe", "its wholly-owned subsidiary, X": the company "its" points
    // back to is the parent.
    for (std::uint32_t k = s.first; k + 2 < s.last; ++k) {
      // "Eramet's subsidiary SLN", "SLN, Eramet's unit,": a company's
      // possessive stands where "its" would.
      int owner = PossessiveAt(k, kCom, false);
      if (owner == -1) continue;
      // Where the possessive opens: "its", or the owner's name.
      const std::uint32_t open = owner >= 0 ? M(owner).tb : k;
      std::uint32_t q = k + 1;
      // "its platinum business, Anglo American Platinum": what the unit
      // makes.
      int mineral = -1;
      const int m0 = x.owner_[q];
      if (m0 >= 0 && M(m0).tb == q && M(m0).entity >= 0 && Fits(m0, kMnl) &&
          M(m0).te < s.last) {
        mineral = m0;
        q = M(m0).te;
      }
      // "unit", "subsidiary", "affiliate"; "business", "division" or "arm"
      // only after a mineral or a trade ("its trading arm").
      auto unit_noun = [&](std::uint32_t t) {
        const std::string_view l = L(t);
        return l == "unit" || l == "subsidiary" || l == "affiliate" ||
               ((mineral >= 0 || TradeArm(t)) &&
                (l == "business" || l == "division" || l == "arm"));
      };
      int demonym = -1;
      for (int adj = 0; q < s.last && adj < 3; ++adj) {
        // "its wholly-owned Argentine subsidiary": a demonym is an adjective
        // (and says where the unit is based).
        const int o = x.owner_[q];
        if (o >= 0 && M(o).tb == q && OnlyAdjective(M(o))) {
          demonym = o;
          q = M(o).te;
          continue;
        }
        if (x.toks_[q].cap || o >= 0 || x.toks_[q].kind != TokKind::kWord ||
            L(q) == "company" || unit_noun(q))
          break;
        ++q;
      }
      if (q + 1 >= s.last) continue;
      std::string_view n = L(q);
      if (n == "company" && q > k + 1 && L(q - 1) == "daughter") {
        // "its daughter company X".
      } else if (!unit_noun(q)) {
        continue;
      }
      std::uint32_t c = q + 1;
      if (c < s.last && x.W(c) == ",") ++c;
      int child = c < s.last ? x.owner_[c] : -1;
      const bool named_after = child >= 0 && M(child).tb == c && Fits(child, kCom);
      if (!named_after) {
        // "through Liex S.A., its wholly-owned Argentine subsidiary": the
        // name before the apposition.
        child = open > s.first + 1 && x.W(open - 1) == "," && (q + 1 >= s.last ||
                                                              x.W(q + 1) == "," || x.W(q + 1) == ".")
                    ? MentionEndingAt(open - 1)
                    : -1;
        if (child < 0 || !Fits(child, kCom)) continue;
      }
      // "Vedanta and its zinc unit Hindustan Zinc": the company just before
      // "and its".
      int parent = owner;
      if (parent < 0 && k >= s.first + 2 && L(k - 1) == "and") parent = MentionEndingAt(k - 1);
      // "four state companies: MIND ID, its nickel unit Antam, ...": in a
      // list, the item just before.
      if (parent < 0 && named_after && k >= s.first + 2 && x.W(k - 1) == ",") {
        const int prev = MentionEndingAt(k - 1);
        // (Not another unit of the same list: "its diamond business De
        // Beers, its platinum arm Anglo American Platinum".)
        bool sibling = false;
        if (prev >= 0)
          for (std::uint32_t t = M(prev).tb; t-- > s.first && t + 4 > M(prev).tb;) {
            if (L(t) == "its" || L(t) == "their") sibling = true;
            if (x.toks_[t].kind != TokKind::kWord || x.toks_[t].cap) break;
          }
        if (prev >= 0 && Fits(prev, kCom) && !(M(prev).flags & kAnaphor) && !sibling)
          parent = prev;
      }
      if (parent < 0 || !Fits(parent, kCom)) parent = Referent(k, kCom);
      if (parent == child) continue;
      if (parent < 0 || !Fits(parent, kCom)) continue;
      Add(child, "subsidiary_of", parent, "subsidiary_of:its unit", k, "");
      if (mineral >= 0) Add(child, "produces", mineral, "produces:its unit", k, "");
      if (demonym >= 0) Add(child, "based_in", demonym, "based_in:its demonym unit", k, "");
    }
    // "is operated by Ganfeng through Mali Lithium BV": the company acts
    // through its own vehicle.
    for (std::uint32_t k = s.first + 1; (mask_ & kKwThrough) && k + 1 < s.last; ++k) {
      if (L(k) != "through") continue;
      int parent = MentionEndingAt(k);
      int child = x.owner_[k + 1];
      if (parent < 0 || child < 0 || M(child).tb != k + 1 || !Fits(parent, kCom) ||
          !Fits(child, kCom))
        continue;
      // "controls about 36% of Nornickel through Interros": the vehicle
      // holds the stake in the company named before "through".
      const std::uint32_t pb = M(parent).tb;
      if (pb > s.first + 1 && (L(pb - 1) == "of" || L(pb - 1) == "in") &&
          AnyBefore(pb - 1, 4, [&](std::uint32_t q) {
            return x.W(q) == "%" || L(q) == "stake" || L(q) == "interest" || L(q) == "shares";
          })) {
        Add(child, "owns_stake_in", parent, "owns_stake_in:through", k, "");
        continue;
      }
      Add(child, "subsidiary_of", parent, "subsidiary_of:through", k, "");
    }
    for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
      int a = ms[j], b = ms[j + 1];
      if (!Fits(a, kCom) || !Fits(b, kCom)) continue;
      std::uint32_t k = M(a).te;
      // "A subsidiary B"
      if (k + 1 == M(b).tb && (L(k) == "subsidiary" || L(k) == "unit")) {
        Add(b, "subsidiary_of", a, "subsidiary_of:noun", k, "");
        continue;
      }
      // "B, a A company"
      if (k + 2 < s.last && x.W(k) == "," && (L(k + 1) == "a" || L(k + 1) == "an") &&
          M(b).tb == k + 2 && M(b).te < s.last &&
          (L(M(b).te) == "company" || L(M(b).te) == "unit" ||
           L(M(b).te) == "subsidiary"))
        Add(a, "subsidiary_of", b, "subsidiary_of:a X company", k, "");
    }
  }

  // "in [the] [northern] Pilbara region of Western Australia" after token
  // k-1: the token after that phrase when it is one, else k.
  std::uint32_t SkipPlacePhrase(std::uint32_t k) const {
    const SentenceRange& s = S();
    // "near the town of Bacadehuachi": a town no list names.
    if (k + 2 < s.last && (L(k) == "near" || L(k) == "outside")) {
      std::uint32_t q = k + 1;
      if (L(q) == "the" && q + 2 < s.last &&
          (L(q + 1) == "town" || L(q + 1) == "village" || L(q + 1) == "city" ||
           L(q + 1) == "port") &&
          L(q + 2) == "of")
        q += 3;
      int o = q < s.last ? x.owner_[q] : -1;
      if (o >= 0 && M(o).tb == q && M(o).entity >= 0 && Fits(o, kPlace))
        return M(o).te;
      std::uint32_t e = q;
      while (e < s.last && (x.owner_[e] < 0 || M(x.owner_[e]).entity < 0) &&
             x.toks_[e].cap && x.toks_[e].kind == TokKind::kWord)
        ++e;
      return e > q && e < q + 4 ? e : k;
    }
    if (k >= s.last || L(k) != "in") return k;
    std::uint32_t q = k + 1;
    bool place = false;
    while (q < s.last) {
      int o = x.owner_[q];
      if (o >= 0 && M(o).tb == q && M(o).entity >= 0 && Fits(o, kPlace)) {
        q = M(o).te;
        place = true;
        if (q < s.last && L(q) == "'s") ++q;
        continue;
      }
      std::string_view l = L(q);
      if (o < 0 && (l == "the" || IsDirection(l) || l == "of" ||
                    l == "state" || l == "province" || l == "region")) {
        ++q;
        continue;
      }
      // "in Thai Nguyen province in northern Vietnam": a place in a place.
      if (place && l == "in" && o < 0) {
        ++q;
        continue;
      }
      if (place && x.W(q) == "," && q + 1 < s.last) {
        int o2 = x.owner_[q + 1];
        if (o2 >= 0 && M(o2).tb == q + 1 && M(o2).entity >= 0 &&
            Fits(o2, kPlace) && M(o2).te < s.last && x.W(M(o2).te) == ",") {
          ++q;
          continue;
        }
      }
      break;
    }
    return place ? q : k;
  }

  // Whether the sentence around token t says a site does not produce now.
  enum class Idle { kNo, kStopped, kNotStarted };
  Idle SentenceIdle(std::uint32_t t) const {
    const text_internal::SentenceRange& s = x.sents_[x.sent_of_[t]];
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      const std::string_view l = L(k);
      if ((l == "maintenance" && k >= s.first + 2 && L(k - 1) == "and" && L(k - 2) == "care") ||
          l == "reopen" || l == "reopening" || l == "restart" || l == "restarting" ||
          l == "restarts" || l == "restarted" || l == "closure" ||
          (l == "majeure" && k > s.first && L(k - 1) == "force"))
        return Idle::kStopped;
      // "gives final approval to the Stibnite gold and antimony mine",
      // "grants environmental permit for the X graphite mine".
      if (l == "approval" || l == "permit" || l == "proposed")
        return Idle::kNotStarted;
      if (k + 1 < s.last &&
          (l == "start" || l == "begin" || l == "first") &&
          (L(k + 1) == "producing" || L(k + 1) == "production"))
        return Idle::kNotStarted;
    }
    return Idle::kNo;
  }

  // Whether mention mi is in a list of places after "outside", "beyond",
  // "except" or "excluding" ("mines outside Asia and Africa").
  bool Excluded(int mi) const {
    const std::uint32_t first = S().first;
    std::uint32_t k = M(mi).tb;
    while (k > first + 1 && (L(k - 1) == "and" || L(k - 1) == "or" || x.W(k - 1) == ",")) {
      const int prev = MentionEndingAt(k - 1);
      if (prev < 0 || !Fits(prev, kPlace)) break;
      k = M(prev).tb;
    }
    if (k > first && L(k - 1) == "the") --k;
    if (k == first) return false;
    const std::string_view l = L(k - 1);
    return l == "outside" || l == "beyond" || l == "except" || l == "excluding";
  }

  // Whether the verb right before mention mi (over "the", "a", "its")
  // builds it: "is building Platreef", "is developing the Osprey copper
  // mine".
  bool BeingBuilt(int mi) const {
    std::uint32_t k = M(mi).tb;
    const std::uint32_t first = S().first;
    if (k > first && (L(k - 1) == "the" || L(k - 1) == "a" || L(k - 1) == "its" ||
                      L(k - 1) == "their" || L(k - 1) == "an"))
      --k;
    if (k == first) return false;
    const std::string_view v = L(k - 1);
    return v == "building" || v == "constructing" || v == "developing" || v == "build" ||
           v == "develop" || v == "construct";
  }

  // "the Goulamina lithium mine", "the Kemerton lithium hydroxide plant":
  // a mine or plant named with a mineral produces it; a deposit holds it.
  void ProjectNames() {
    if (minerals_ == 0) return;
    for (int pm : ms) {
      const Mention& p = M(pm);
      if (!Fits(pm, kPrj) || (p.flags & kAnaphor) || p.te <= p.tb + 1) continue;
      std::string_view head = L(p.te - 1);
      std::string_view rel;
      if (head == "mine" || head == "mines" || head == "plant" ||
          head == "plants" || head == "smelter" || head == "smelters" ||
          head == "refinery" || head == "refineries" || head == "operation" ||
          head == "operations" || head == "complex" || head == "concentrator" ||
          head == "mill" || head == "facility")
        rel = "produces";
      else if (head == "deposit" || head == "deposits")
        rel = "has_reserves_of";
      else
        continue;
      // "to put the Koniambo nickel operation into care and maintenance",
      // "is reopening the South Crofty tin mine", "expects the Reko Diq
      // copper and gold mine to start producing in 2028": a site that does
      // not produce now; one yet to start holds the mineral.
      if (rel == "produces") {
        const Idle idle = SentenceIdle(p.tb);
        if (idle == Idle::kStopped) continue;
        if (idle == Idle::kNotStarted) rel = "has_reserves_of";
        // "is building the Osprey copper mine" holds copper; a plant being
        // built makes nothing yet and holds nothing.
        if (BeingBuilt(pm)) {
          if (head != "mine" && head != "mines") continue;
          rel = "has_reserves_of";
        }
      }
      // "the Salobo and Sossego copper mines": a plural head names the
      // mineral of every project listed before it.
      // "the Kwinana nickel refinery", "the Aurora lithium refinery": what a
      // refinery or smelter is named for is its feed as often as its product.
      if (rel == "produces" && (head == "refinery" || head == "refineries" ||
                                head == "smelter" || head == "smelters"))
        continue;
      const bool plural = head.ends_with("s") && head != "complex";
      std::vector<int> sites = plural ? ListTo(IndexOf(pm), kPrj) : std::vector<int>{pm};
      for (int mn : ms) {
        if (!Fits(mn, kMnl) || M(mn).tb <= p.tb || M(mn).te >= p.te) continue;
        for (int site : sites)
          Add(site, rel, mn, std::string(rel) + ":project name", M(mn).tb, "");
      }
    }
  }

  // The minerals listed right before token k ("copper and gold deposits";
  // with `commas`, "lithium, nickel and cobalt miners"), the last first.
  std::vector<int> MineralsBefore(std::uint32_t k, bool commas) const {
    std::vector<int> out;
    const std::uint32_t first = S().first;
    while (k > first) {
      const int o = MentionEndingAt(k);
      if (o < 0 || !Fits(o, kMnl)) break;
      out.push_back(o);
      k = M(o).tb;
      if (k > first + 1 && (L(k - 1) == "and" || (commas && x.W(k - 1) == ","))) --k;
    }
    return out;
  }

  // "two large tungsten deposits in the Karaganda region, Northern Katpar
  // and Upper Kairakty", "two greenfield nickel deposits, Jacare in Para
  // state and Morro Sem Bone in Mato Grosso": a list of named projects
  // after a plural mineral asset noun holds (deposits) or produces (mines)
  // its minerals, and lies in the place named before the comma.
  //
  // "MATSA operates three underground mines in the province of Huelva ...:
  // Aguas Tenidas, Magdalena and Sotiel": without minerals, the place, and
  // the company whose verb has the noun for object runs (or owns) each.
  void MineralAssetLists() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 3 < s.last; ++k) {
      const std::string_view noun = L(k);
      const std::string_view rel = noun == "deposits" ? "has_reserves_of"
                                   : noun == "mines"  ? "produces"
                                                      : "";
      if (rel.empty() && !(noun == "projects" || noun == "operations" || noun == "smelters" ||
                           noun == "refineries" || noun == "plants"))
        continue;
      // The minerals right before the noun: "copper and gold deposits".
      const std::vector<int> minerals =
          rel.empty() || minerals_ == 0 ? std::vector<int>{} : MineralsBefore(k, false);
      // "operates three underground mines": the verb before the noun's
      // number and adjectives.
      std::uint32_t v = minerals.empty() ? k : M(minerals.front()).tb;
      std::string_view own;
      int its_owner = -1;  // "at its two plants in the Philippines, A and B"
      for (std::uint32_t q = v; q > s.first + 1 && q + 5 > v; --q) {
        const std::string_view l = L(q - 1);
        if (l == "operates" || l == "runs" || l == "manages" || l == "owns" || l == "controls") {
          own = l == "owns" || l == "controls" ? "owns_stake_in" : "operates";
          v = q;
          break;
        }
        if (l == "its" && rel.empty()) {
          its_owner = Referent(q - 1, kCom);
          if (its_owner >= 0) own = "operates";
          v = q;
          break;
        }
        if (x.owner_[q - 1] >= 0 || x.toks_[q - 1].cap ||
            !(x.toks_[q - 1].kind == TokKind::kWord || x.toks_[q - 1].kind == TokKind::kNumber))
          break;
      }
      if (minerals.empty() && own.empty()) continue;
      std::uint32_t e = k + 1;
      // "two operating ferronickel mines and smelters in Goias state:".
      if (e + 1 < s.last && L(e) == "and" &&
          (L(e + 1) == "smelters" || L(e + 1) == "plants" || L(e + 1) == "refineries" ||
           L(e + 1) == "mills" || L(e + 1) == "deposits"))
        e += 2;
      int place = -1;
      if (L(e) == "in") {
        const std::uint32_t after = SkipPlacePhrase(e);
        if (after == e) continue;
        for (std::uint32_t r = e + 1; r < after && place < 0; ++r) {
          const int o = MentionStartingAt(r, kPlace);
          if (o >= 0 && !(M(o).flags & kDemonym)) place = o;
        }
        e = after;
        // "in the province of Huelva in Andalusia, in southern Spain:".
        while (e + 2 < s.last && x.W(e) == "," && L(e + 1) == "in") {
          const std::uint32_t more = SkipPlacePhrase(e + 1);
          if (more == e + 1) break;
          e = more;
        }
      }
      if (e + 1 >= s.last || !(x.W(e) == "," || x.W(e) == ":")) continue;
      int first = MentionStartingAt(e + 1, kPrj);
      if (first < 0 && e + 2 < s.last && IsDirection(L(e + 1)))
        first = MentionStartingAt(e + 2, kPrj);  // "Northern Katpar"
      if (first < 0) continue;
      const std::vector<int> items = ListFrom(static_cast<std::size_t>(IndexOf(first)), kPrj);
      if (items.size() < 2) continue;
      int owner = its_owner;
      if (!own.empty() && owner < 0) {
        owner = SentenceSubject(kCom);
        if (owner >= 0 && (M(owner).te > v - 1 || NegatedBetween(M(owner).te, v))) owner = -1;
      }
      if (minerals.empty() && owner < 0) continue;
      for (int item : items) {
        for (int mn : minerals)
          Add(item, rel, mn, std::string(rel) + ":named in a list", k, "");
        if (place >= 0) Add(item, "located_in", place, "located_in:named in a list", k, "");
        if (owner >= 0)
          Add(owner, own, item, std::string(own) + ":named in a list", v - 1, "");
      }
    }
  }

  // "China is by far the largest producer of vanadium, ..., followed by
  // Russia, South Africa and Brazil", "Mexico remains the world's largest
  // silver producer, ahead of China and Peru": the ranking's other places
  // produce (export, import, hold) what its first does.
  void FollowedBy() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k + 2 < s.last; ++k) {
      if (x.W(k - 1) != ",") continue;
      if (L(k) == "ahead" && L(k + 1) == "of") {
        // (Only after a ranking: not "exports rose, ahead of a tariff".)
        bool ranked = false;
        for (std::uint32_t r = s.first; r + 1 < k && !ranked; ++r)
          ranked = L(r) == "largest" || L(r) == "biggest" || L(r).ends_with("-largest") ||
                   L(r).ends_with("-biggest");
        if (!ranked) continue;
      } else if (L(k) != "followed" || L(k + 1) != "by") {
        continue;
      }
      const int first = MentionStartingAt(k + 2, kCty | kCom);
      if (first < 0 || (M(first).flags & kDemonym)) continue;
      const std::vector<int> next = ListFrom(static_cast<std::size_t>(IndexOf(first)), kCty | kCom);
      struct Fact {
        int subject;
        std::string relation;
        std::size_t object;
      };
      std::vector<Fact> facts;  // (copied: Add() grows the relation list)
      for (std::size_t i = SentenceRelationsBegin(); i < x.relations_.size(); ++i) {
        const DocRelation& r = x.relations_[i];
        if (r.relation != "produces" && r.relation != "exports" && r.relation != "imports" &&
            r.relation != "has_reserves_of")
          continue;
        facts.push_back({static_cast<int>(r.subject), r.relation, r.object});
      }
      for (const Fact& f : facts) {
        // The first of the ranking: named before "followed by".
        int at = -1;
        for (int mi : ms)
          if (M(mi).entity == f.subject && M(mi).te <= k) at = mi;
        if (at < 0) continue;
        for (int n : next) {
          if (Bit(x.entities_[static_cast<std::size_t>(M(n).entity)].type) !=
              Bit(x.entities_[static_cast<std::size_t>(f.subject)].type))
            continue;
          AddEntities(M(n).entity, f.relation, static_cast<int>(f.object),
                      f.relation + (L(k) == "ahead" ? ":ahead of" : ":followed by"), k, "");
        }
      }
    }
  }

  // "POSCO Future M has relied on China for most of the spherical graphite
  // it coats", "relies on imports from Japan": the source supplies it.
  void RelianceOn() {
    if (minerals_ == 0) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 3 < s.last; ++k) {
      const std::string_view l = L(k);
      if (!((l == "relies" || l == "relied" || l == "rely" || l == "depends" ||
             l == "depended" || l == "depend" || l == "dependent" || l == "reliant") &&
            L(k + 1) == "on"))
        continue;
      std::uint32_t q = k + 2;
      const bool imports = L(q) == "imports" && q + 2 < s.last && L(q + 1) == "from";
      if (imports) q += 2;
      const int source = MentionStartingAt(q, kCty | kCom);
      if (source < 0 || (M(source).flags & (kDemonym | kAnaphor))) continue;
      if (!imports) {
        // "for [most of] [the|its] <mineral>".
        std::uint32_t f = M(source).te;
        if (f + 1 >= s.last || L(f) != "for") continue;
        bool mineral = false;
        for (std::uint32_t g = f + 1; g < s.last && g < f + 7 && !mineral; ++g) {
          const int o = x.owner_[g];
          mineral = o >= 0 && M(o).tb == g && Fits(o, kMnl);
          if (x.W(g) == "," || IsBarrier(x.W(g))) break;
        }
        if (!mineral) continue;
      }
      std::uint32_t v = k;
      while (v > s.first && (IsAux(L(v - 1)) || IsVerbAdverb(L(v - 1)) || L(v - 1) == "long"))
        --v;
      int subject = ClauseSubject(v);
      if (subject == -1) subject = MentionEndingAt(v);
      if (subject < 0 && v > s.first && (L(v - 1) == "it" || L(v - 1) == "they"))
        subject = Pronoun(k, kCom | kCty);
      // "X makes anode material at its plant and has relied on China".
      if (subject < 0 && v > s.first + 1 && L(v - 1) == "and")
        subject = SentenceSubject(kCom | kCty);
      if (subject < 0 || !Fits(subject, kCom | kCty) || (M(subject).flags & kDemonym) ||
          M(subject).entity == M(source).entity || NegatedBetween(M(subject).te, k))
        continue;
      Add(source, "supplies", subject, "supplies:relies on", k, "");
    }
  }

  // "Nutrien runs six mines in the province, including Rocanville and
  // Allan": the sites listed are among those the company runs (owns,
  // develops).
  void IncludingSites() {
    if (!(mask_ & kKwInclude)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 3; k + 1 < s.last; ++k) {
      if (L(k) != "including" || x.W(k - 1) != ",") continue;
      std::uint32_t f = k + 1;
      if (L(f) == "the" && f + 1 < s.last) ++f;
      const int first = MentionStartingAt(f, kPrj);
      if (first < 0 || (M(first).flags & kAnaphor)) continue;
      // Back to the plural site noun ("six mines in the province").
      std::uint32_t n = k - 2;
      while (n > s.first && n + 7 > k && !w::IsPluralProjectTrigger(L(n))) {
        if (x.W(n) == "," || x.W(n) == ";") break;
        --n;
      }
      if (n <= s.first || !w::IsPluralProjectTrigger(L(n))) continue;
      // The verb before it, past a count ("six", "several", "its other").
      auto site_verb = [](std::string_view l) {
        return l == "runs" || l == "operates" || l == "owns" || l == "develops";
      };
      std::uint32_t v = n;
      while (v > s.first && v + 5 > n && !site_verb(L(v - 1)) &&
             (x.toks_[v - 1].kind == TokKind::kNumber || L(v - 1) == "several" ||
              L(v - 1) == "its" || L(v - 1) == "other" ||
              (x.toks_[v - 1].kind == TokKind::kWord && !x.toks_[v - 1].cap &&
               x.owner_[v - 1] < 0 && IsPlainDescriptor(L(v - 1)))))
        --v;
      if (v <= s.first) continue;
      const std::string_view verb = L(v - 1);
      const char* relation = verb == "runs" || verb == "operates" ? "operates"
                             : verb == "owns"                      ? "owns_stake_in"
                             : verb == "develops"                  ? "develops"
                                                                   : nullptr;
      if (relation == nullptr) continue;
      int subject = ClauseSubject(v - 1);
      if (subject == -1) {
        subject = MentionEndingAt(v - 1);
        if (subject < 0 && v >= s.first + 2 && IsVerbAdverb(L(v - 2)))
          subject = MentionEndingAt(v - 2);
      }
      if (subject < 0 || !Fits(subject, kCom) || OnlyAdjective(M(subject))) continue;
      for (int site : ListFrom(static_cast<std::size_t>(IndexOf(first)), kPrj))
        Add(subject, relation, site, std::string(relation) + ":including", k, "");
    }
  }

  // "spodumene miners such as Pilbara Minerals and Liontown Resources",
  // "rare earth producers including Lynas": the companies listed make the
  // minerals named before the noun.
  void ProducersSuchAs() {
    if (minerals_ == 0) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 3 < s.last; ++k) {
      const std::string_view noun = L(k);
      if (!(noun == "miners" || noun == "producers" || noun == "refiners")) continue;
      std::uint32_t q = k + 1;
      if (x.W(q) == ",") ++q;
      if (q + 1 < s.last && L(q) == "such" && L(q + 1) == "as") q += 2;
      else if (L(q) == "including" || L(q) == "like") ++q;
      else continue;
      const std::vector<int> minerals = MineralsBefore(k, true);
      if (minerals.empty()) continue;
      const int first = MentionStartingAt(q, kCom);
      if (first < 0) continue;
      for (int c : ListFrom(static_cast<std::size_t>(IndexOf(first)), kCom))
        for (int mn : minerals) Add(c, "produces", mn, "produces:producers such as", k, "");
    }
  }

  // Copulas and auxiliaries that introduce what a subject is.
  static bool IsCopula(std::string_view l) {
    return l == "is" || l == "was" || l == "remains" || l == "remained" ||
           l == "became" || l == "becomes" || l == "are" || l == "were";
  }

  // "Copper output at the Talvera mine fell", "refined cobalt production
  // from Murrin Murrin", "Escondida's copper output": the site makes the
  // mineral. "Own sourced copper production ... was lower, reflecting lower
  // grades at Antamina and Collahuasi": a sentence about one mineral's
  // output names the sites behind it after "at".
  void OutputAt() {
    if (minerals_ == 0) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k < s.last; ++k) {
      const std::string_view l = L(k);
      if (!(l == "output" || l == "production")) continue;
      const std::vector<int> minerals = MineralsBefore(k, false);
      if (minerals.empty()) continue;
      const std::uint32_t mb = M(minerals.front()).tb;
      // "Escondida's copper output", "BHP's copper production".
      if (mb >= s.first + 2 && L(mb - 1) == "'s") {
        const int owner = MentionEndingAt(mb - 1);
        if (owner >= 0 && Fits(owner, kPrj | kCom) && !(M(owner).flags & kAnaphor))
          for (int mn : minerals) Add(owner, "produces", mn, "produces:output of", k, "");
        continue;
      }
      // The sentence opens with the output ("Own sourced copper production
      // of ... was"): every site after "at" speaks of it; else only the
      // site right after "at" or "from".
      std::uint32_t open = s.first;
      while (open < mb && x.toks_[open].kind == TokKind::kPunct) ++open;
      const bool topic = mb <= open + 3;
      for (std::uint32_t q = k + 1; q + 1 < s.last && (topic || q <= k + 2); ++q) {
        if (!(L(q) == "at" || (L(q) == "from" && q == k + 1))) continue;
        std::uint32_t a = q + 1;
        if (a < s.last && L(a) == "the") ++a;
        const int site = MentionStartingAt(a, kPrj);
        if (site < 0 || (M(site).flags & kAnaphor)) continue;
        for (int pr : ListFrom(static_cast<std::size_t>(IndexOf(site)), kPrj))
          for (int mn : minerals) Add(pr, "produces", mn, "produces:output at", k, "");
      }
    }
  }

  // "Mali, one of Africa's biggest gold producers", "Argentina, which ...,
  // is the world's fourth-largest lithium producer", "Chile is the second
  // largest copper exporter": what the subject is said to be.
  // "China Minmetals, a state-owned Chinese metals group", "the state-owned
  // MOIL Ltd", "three state-run companies, NALCO, Hindustan Copper and
  // MECL": the state holds the company. The state is the country the
  // phrase names (a possessive or a demonym), else the article's.
  void StateOwned() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first; k < s.last; ++k) {
      const std::string_view l = L(k);
      static constexpr std::string_view kNouns[] = {"company", "companies", "miner", "miners",
                                                    "firm", "firms", "group", "groups",
                                                    "enterprise", "enterprises"};
      const bool state = l == "state-owned" || l == "state-run" || l == "state-controlled" ||
                         l == "government-owned" ||
                         (l == "state" && k + 1 < s.last && w::In(kNouns, L(k + 1)));
      if (!state) continue;
      // The country the phrase names, a few words either side.
      int country = -1;
      for (int mi : ms) {
        const Mention& m = M(mi);
        if (!Fits(mi, kCty) || m.te + 4 < k || m.tb > k + 4 || (m.flags & kAnaphor)) continue;
        const bool possessive = m.te < s.last && L(m.te) == "'s";
        if (possessive || (m.flags & kDemonym)) {
          country = mi;
          break;
        }
      }
      std::vector<int> targets;
      // Back to the apposition's comma: "X, one of China's state-owned".
      std::uint32_t b = k;
      // (Not past "of" or "between": "a joint venture of three state-run
      // companies", "a joint venture between the state-owned ZMDC and" are
      // about the companies.)
      while (b > s.first && b + 8 > k && x.W(b - 1) != "," &&
             (L(b - 1) != "of" || (b >= s.first + 2 && L(b - 2) == "one")) &&
             L(b - 1) != "between" &&
             ((x.toks_[b - 1].kind == TokKind::kWord && !x.toks_[b - 1].cap) ||
              (x.owner_[b - 1] >= 0 && Fits(x.owner_[b - 1], kCty)) || L(b - 1) == "'s"))
        --b;
      if (b > s.first + 1 && b < k && x.W(b - 1) == "," &&
          (L(b) == "a" || L(b) == "an" || L(b) == "the" || L(b) == "one")) {
        const int named = Antecedent(b - 1);
        if (named >= 0 && Fits(named, kCom)) targets.push_back(named);
      }
      // On to the noun, then the name after it or the list it opens.
      std::uint32_t q = k + 1;
      while (q < s.last && q < k + 5 &&
             ((x.toks_[q].kind == TokKind::kWord && !x.toks_[q].cap && x.owner_[q] < 0 &&
               !w::In(kNouns, L(q))) ||
              (x.owner_[q] >= 0 && (M(x.owner_[q]).flags & kDemonym))))
        ++q;
      if (q < s.last && w::In(kNouns, L(q))) ++q;
      if (targets.empty() && q + 1 < s.last) {
        std::uint32_t f = q;
        if (x.W(f) == ":" || x.W(f) == ",") ++f;
        const int first = MentionStartingAt(f, kCom);
        const bool plural = L(q - 1).ends_with("s");
        if (first >= 0 && (f == q || plural) && !(M(first).flags & kAnaphor)) {
          targets.push_back(first);
          // The list: "A (OGDCL), B (PPL) and C".
          for (int cur = first; f > q;) {
            std::uint32_t e = M(cur).te;
            if (e + 2 < s.last && x.W(e) == "(") {
              while (e < s.last && x.W(e) != ")") ++e;
              ++e;
            }
            if (e + 1 < s.last && x.W(e) == "," && L(e + 1) == "and") ++e;
            if (e + 1 >= s.last || !(x.W(e) == "," || L(e) == "and")) break;
            const int nx = MentionStartingAt(e + 1, kCom);
            if (nx < 0) break;
            targets.push_back(nx);
            cur = nx;
          }
        }
      }
      // "the state-owned MOIL Ltd": the name right after.
      if (targets.empty() && k + 1 < s.last) {
        const int next = MentionStartingAt(k + 1, kCom);
        if (next >= 0) targets.push_back(next);
      }
      if (targets.empty()) continue;
      const int c = country >= 0 ? M(country).entity : DominantCountry();
      if (c < 0) continue;
      for (int t : targets) {
        if (M(t).entity == c) continue;
        AddEntities(c, "owns_stake_in", M(t).entity, "owns_stake_in:state company", k, "");
      }
    }
  }

  // "the Roughrider project in Canada's Athabasca Basin, bought from Rio
  // Tinto in 2022", "the Lac des Iles mine, which it bought from Imerys":
  // the seller sold the asset the clause describes.
  void BoughtFromClauses() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k + 2 < s.last; ++k) {
      const std::string_view l = L(k);
      if (!(l == "bought" || l == "acquired" || l == "purchased") || L(k + 1) != "from")
        continue;
      std::uint32_t c = k;
      // "which it bought", "that it acquired".
      if (c >= s.first + 3 && (L(c - 1) == "it" || L(c - 1) == "they") &&
          (L(c - 2) == "which" || L(c - 2) == "that"))
        c -= 2;
      if (x.W(c - 1) != ",") continue;
      // Back over a place phrase: "the X project in Canada's Athabasca
      // Basin, bought from".
      int asset = MentionEndingAt(c - 1);
      for (int hop = 0; hop < 2 && asset >= 0 && Fits(asset, kPlace); ++hop) {
        std::uint32_t b = M(asset).tb;
        if (b >= s.first + 2 && L(b - 1) == "'s") {
          const int o = MentionEndingAt(b - 1);
          if (o >= 0 && Fits(o, kPlace)) b = M(o).tb;
        }
        if (b < s.first + 2 || (L(b - 1) != "in" && L(b - 1) != "near")) {
          asset = -1;
          break;
        }
        asset = MentionEndingAt(b - 1);
      }
      if (asset < 0 || !Fits(asset, kPrj | kCom) || (M(asset).flags & kAnaphor)) continue;
      const int seller = MentionStartingAt(k + 2, kCom | kOrg);
      if (seller < 0 || M(seller).entity == M(asset).entity) continue;
      Add(seller, "sells", asset, "sells:bought from", k, "");
    }
  }

  // "Japan's magnet makers, including Shin-Etsu Chemical and Proterial",
  // "Chinese refiners such as Ganfeng": the country of the firms listed.
  void NationalFirmsListed() {
    const SentenceRange& s = S();
    static constexpr std::string_view kFirms[] = {
        "makers", "producers", "miners", "companies", "firms", "groups", "refiners",
        "smelters", "automakers", "carmakers", "suppliers", "manufacturers", "processors",
        "developers", "explorers", "traders"};
    for (std::uint32_t k = s.first + 1; k + 2 < s.last; ++k) {
      if (!w::In(kFirms, L(k))) continue;
      std::uint32_t f = k + 1;
      if (x.W(f) == ",") ++f;
      if (f + 1 >= s.last) continue;
      if (L(f) == "including") ++f;
      else if (L(f) == "such" && L(f + 1) == "as") f += 2;
      else continue;
      const int first = MentionStartingAt(f, kCom);
      if (first < 0) continue;
      // Back over the plain words before the noun to the country.
      std::uint32_t b = k;
      while (b > s.first && b + 4 > k && x.toks_[b - 1].kind == TokKind::kWord &&
             !x.toks_[b - 1].cap && x.owner_[b - 1] < 0 && L(b - 1) != "'s")
        --b;
      int country = -1;
      if (b > s.first && x.owner_[b - 1] >= 0 && Fits(x.owner_[b - 1], kCty) &&
          M(x.owner_[b - 1]).te == b && (M(x.owner_[b - 1]).flags & kDemonym))
        country = x.owner_[b - 1];  // "Chinese refiners"
      else if (b > s.first + 1 && L(b - 1) == "'s") {
        const int o = MentionEndingAt(b - 1);
        if (o >= 0 && Fits(o, kCty)) country = o;  // "Japan's magnet makers"
      }
      if (country < 0) continue;
      for (int c : ListFrom(static_cast<std::size_t>(IndexOf(first)), kCom))
        Add(c, "based_in", country, "based_in:national firms listed", k, "");
    }
  }

  // "the light rare earths neodymium and praseodymium": a group's members
  // named right after it.
  void GroupMembers() {
    for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
      const Mention& g = M(ms[j]);
      if (!Fits(ms[j], kMnl) || g.entity < 0 ||
          !x.entities_[static_cast<std::size_t>(g.entity)].group)
        continue;
      const Mention& first = M(ms[j + 1]);
      if (first.tb != g.te || !Fits(ms[j + 1], kMnl) ||
          x.entities_[static_cast<std::size_t>(first.entity)].group)
        continue;
      std::vector<int> members;
      for (int m : ListFrom(j + 1, kMnl)) {
        if (x.entities_[static_cast<std::size_t>(M(m).entity)].group) break;
        members.push_back(m);
      }
      if (members.size() < 2) continue;  // "rare earths magnets" is no list
      for (int m : members) Add(ms[j], "includes", m, "includes:group then members", g.te, "");
    }
  }

  // "Spot uranium prices rose after Kazatomprom, the world's largest
  // producer, warned": a producer of the one mineral its sentence names.
  void BareProducerApposition() {
    const SentenceRange& s = S();
    int mineral = -1;
    for (int mi : ms) {
      if (!Fits(mi, kMnl)) continue;
      if (mineral >= 0 && M(mineral).entity != M(mi).entity) return;
      mineral = mi;
    }
    if (mineral < 0) return;
    for (int ci : ms) {
      if (!Fits(ci, kCom) || (M(ci).flags & kAnaphor)) continue;
      std::uint32_t k = M(ci).te;
      if (k + 4 >= s.last || x.W(k) != "," || L(k + 1) != "the") continue;
      k += 2;
      if (L(k) == "world's" || (L(k) == "world" && L(k + 1) == "'s")) k += L(k) == "world" ? 2 : 1;
      if (k + 1 >= s.last || !(L(k) == "largest" || L(k) == "biggest" || L(k) == "top"))
        continue;
      ++k;
      if (L(k) != "producer" || k + 1 >= s.last || x.W(k + 1) != ",")
        continue;
      Add(ci, "produces", mineral, "produces:the world's largest producer", k, "");
    }
  }

  void ProducerPhrases() {
    if (minerals_ == 0 || !(mask_ & kKwProducer)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k < s.last; ++k) {
      std::string_view l = L(k);
      bool prod = l == "producer" || l == "producers";
      bool expo = l == "exporter" || l == "exporters";
      if (!prod && !expo) continue;
      // "a copper producer's former unit": the noun belongs to another.
      if (k + 1 < s.last && L(k + 1) == "'s") continue;
      // The minerals right before the noun: "lithium and cobalt producer".
      std::vector<int> minerals;
      std::uint32_t q = k;
      while (q > s.first) {
        int o = MentionEndingAt(q);
        if (o >= 0 && Fits(o, kMnl)) {
          minerals.push_back(o);
          q = M(o).tb;
          if (q > s.first + 1 && (L(q - 1) == "and" || L(q - 1) == "or")) {
            int o2 = MentionEndingAt(q - 1);
            if (o2 >= 0 && Fits(o2, kMnl)) --q;
          }
          continue;
        }
        break;
      }
      if (minerals.empty()) continue;
      // Back over the noun phrase: "one of the world's largest".
      int steps = 0;
      bool det = false;
      while (q > s.first && steps < 10) {
        ++steps;
        std::string_view p = L(q - 1);
        const text_internal::Token& t = x.toks_[q - 1];
        if (p == "'s" && q >= s.first + 2) {
          int o = MentionEndingAt(q - 1);
          if (o >= 0 && Fits(o, kPlace)) {
            // "is Africa's second-largest copper producer": the possessive
            // is the noun phrase's determiner.
            det = true;
            q = M(o).tb;
            continue;
          }
          if (L(q - 2) == "world" || L(q - 2) == "country" ||
              L(q - 2) == "region" || L(q - 2) == "continent") {
            q -= 2;
            continue;
          }
          break;
        }
        if (p == "the" || p == "a" || p == "an" || p == "one") det = true;
        if (IsCopula(p) || p == "and" || p == "or" || p == "which" ||
            p == "who" || p == "that" || p == "as" || p == "by" ||
            p == "for" || p == "from" || p == "in" || p == "at" ||
            p == "to" || p == "with" || w::IsSayVerb(p))
          break;
        if (t.kind == TokKind::kWord && !t.cap) {
          --q;
          continue;
        }
        if (t.kind == TokKind::kNumber || p == "-") {
          --q;
          continue;
        }
        // "Energy Fuels, the US-based uranium and rare earths producer,": the
        // place of a compound adjective, in an apposition (not "giving the
        // Perth-based spodumene producer", which may be another name's).
        if (x.W(q) == "-") {
          const int o = MentionEndingAt(q);
          const std::uint32_t b = o >= 0 ? M(o).tb : q;
          if (o >= 0 && Fits(o, kPlace) && b >= s.first + 2 &&
              (L(b - 1) == "the" || L(b - 1) == "a" || L(b - 1) == "an") && x.W(b - 2) == ",") {
            q = b;
            continue;
          }
        }
        break;
      }
      // "The largest copper producers in the country are A, which ..., and
      // B": the names after the copula.
      if (q <= s.first + 1 && det && prod) {
        std::uint32_t c = k + 1;
        if (c + 1 < s.last && L(c) == "in") {
          c += L(c + 1) == "the" ? 2 : 1;
          if (c < s.last && (L(c) == "country" || L(c) == "world" || L(c) == "region")) {
            ++c;
          } else {
            int place = c < s.last ? x.owner_[c] : -1;
            c = place >= 0 && M(place).tb == c && Fits(place, kPlace) ? M(place).te : s.last;
          }
        }
        // ("Morocco's biggest silver producer remains Managem": one name.)
        const bool one = l == "producer" && c + 1 < s.last &&
                         (L(c) == "is" || L(c) == "was" || L(c) == "remains");
        if (c + 1 < s.last && (L(c) == "are" || L(c) == "include" || L(c) == "were" || one)) {
          int first_item = x.owner_[c + 1];
          if (first_item >= 0 && M(first_item).tb == c + 1 && Fits(first_item, kPlace) &&
              M(first_item).te + 1 < s.last && L(M(first_item).te) == "'s")
            first_item = x.owner_[M(first_item).te + 1];
          if (first_item >= 0 && Fits(first_item, kCom | kCty)) {
            // Items: the first, then each name after ", and" / "and" that
            // is followed by its own clause or ends the list.
            std::vector<int> items =
                ListFrom(static_cast<std::size_t>(std::max(0, IndexOf(first_item))),
                         kCom | kCty);
            if (one) items.resize(1);
            for (std::uint32_t r = M(items.back()).te; !one && r + 1 < s.last; ++r) {
              if (L(r) != "and") continue;
              std::uint32_t n = r + 1;
              int it = x.owner_[n];
              if (it >= 0 && M(it).tb == n && PlacePossessive(it))
                it = x.owner_[M(it).te + 1];
              if (it >= 0 && Fits(it, kCom | kCty)) items.push_back(it);
            }
            for (int it : items)
              for (int mn : minerals)
                Add(it, "produces", mn, "produces:producers are", k, "");
          }
        }
        continue;
      }
      if (q <= s.first || !det) continue;
      const std::uint16_t types =
          prod ? (kCom | kCty | kReg | kPrj) : (kCom | kCty);
      int subject = -1;
      std::string_view before = L(q - 1);
      // "X is the world's largest producer of palladium, and a major copper
      // producer": a second predicate of the same copula.
      std::uint32_t copula = q - 1;
      if (before == "and" && q >= s.first + 3) {
        for (std::uint32_t r = q - 1; r-- > s.first + 1;) {
          if (L(r) == "which" || L(r) == "who" || L(r) == "that" || x.W(r) == ";")
            break;
          if (IsCopula(L(r))) {
            copula = r;
            before = L(r);
            break;
          }
        }
      }
      if (x.W(q - 1) == ",") {
        subject = Antecedent(q - 1);
      } else if (IsCopula(before)) {
        std::uint32_t c = copula;
        if (c > s.first && L(c - 1) == "and") {
          // "X, which operates Y and is Brazil's largest producer".
          for (std::uint32_t r = c - 1; r-- > s.first + 1;) {
            if (x.W(r) == "," && !(L(r + 1) == "which" || L(r + 1) == "who"))
              break;
            if ((L(r) == "which" || L(r) == "who") && x.W(r - 1) == ",") {
              subject = Antecedent(r - 1);
              break;
            }
          }
        } else {
          int cs = ClauseSubject(c);
          if (cs >= 0) {
            subject = cs;
          } else if (cs == -1) {
            for (std::size_t j = ms.size(); j-- > 0;) {
              const Mention& m = M(ms[j]);
              if (m.te > c) continue;
              if (Dist(m.te, c) > 2) break;
              if (OnlyAdjective(m)) break;
              // "the Zavallia mine in the Kirovohrad region is among the
              // biggest producers": the place only says where the mine is.
              const int head = Antecedent(m.te);
              subject = head >= 0 ? head : ms[j];
              break;
            }
          }
        }
      }
      if (subject < 0 || !Fits(subject, types)) continue;
      if (OnlyAdjective(M(subject)))
        continue;
      if (NegatedBetween(M(subject).te, k)) continue;
      for (int mn : minerals) {
        Add(subject, prod ? "produces" : "exports", mn,
            prod ? "produces:producer phrase" : "exports:exporter phrase", k, "");
      }
    }
  }

  // "In Oman, Acme Corp runs a roaster": a place that opens the sentence
  // is where the company that follows it is active.
  // "its mining and production in Congo", "its operations in Chile": the
  // company "its" points back to is active there.
  void ItsActivityIn() {
    if (!(mask_ & kKwIts)) return;
    const SentenceRange& s = S();
    static constexpr std::string_view kActivity[] = {
        "mining", "production", "operations", "output", "exploration",
        "projects", "mines", "assets", "plants", "business", "businesses",
        "presence", "refining", "processing"};
    for (std::uint32_t k = s.first; k + 3 < s.last; ++k) {
      if (L(k) != "its") continue;
      ItsOutputOf(k);
      std::uint32_t q = k + 1;
      // "paused its lepidolite mine in Yichun": a named mineral, then one
      // asset noun.
      {
        const int mn = x.owner_[q];
        if (mn >= 0 && M(mn).tb == q && Fits(mn, kMnl) && M(mn).te + 1 < s.last &&
            (L(M(mn).te) == "mine" || L(M(mn).te) == "plant" ||
             L(M(mn).te) == "refinery" || L(M(mn).te) == "smelter"))
          q = M(mn).te;
      }
      if (!(w::In(kActivity, L(q)) || (q > k + 1 && (L(q) == "mine" || L(q) == "plant" ||
                                                     L(q) == "refinery" ||
                                                     L(q) == "smelter"))))
        continue;
      ++q;
      if (q + 1 < s.last && L(q) == "and" && w::In(kActivity, L(q + 1))) q += 2;
      if (q + 1 >= s.last || L(q) != "in") continue;
      ++q;
      if (L(q) == "the" && q + 1 < s.last) ++q;
      int place = x.owner_[q];
      if (place < 0 || M(place).tb != q || !Fits(place, kPlace) ||
          (M(place).flags & kDemonym) ||
          (M(place).te < s.last && L(M(place).te) == "'s"))
        continue;
      int owner = Referent(k, kCom);
      if (owner < 0 || !Fits(owner, kCom)) continue;
      Add(owner, "active_in", place, "active_in:its activity in", k, "");
    }
  }

  // "expand its output of the light rare earths neodymium and
  // praseodymium": the company "its" points back to produces the goods (a
  // group named before its members stands for them).
  void ItsOutputOf(std::uint32_t k) {
    const SentenceRange& s = S();
    if (k + 3 >= s.last || (L(k + 1) != "output" && L(k + 1) != "production") ||
        L(k + 2) != "of")
      return;
    std::uint32_t q = k + 3;
    if (L(q) == "the") ++q;
    std::vector<int> goods;
    while (q < s.last) {
      const int mn = MentionStartingAt(q, kMnl);
      if (mn < 0) break;
      if (!goods.empty() && M(goods.back()).te == q) goods.pop_back();
      goods.push_back(mn);
      q = M(mn).te;
      if (q + 1 < s.last && (L(q) == "and" || x.W(q) == ",")) ++q;
    }
    if (goods.empty()) return;
    const int owner = Referent(k, kCom);
    if (owner < 0 || !Fits(owner, kCom)) return;
    for (int mn : goods) Add(owner, "produces", mn, "produces:its output of", k, "");
  }

  // "In Russia, GeoProMining mines its Olimpiada project": a site named in
  // a sentence that opens with a country lies in it, when no other place is
  // named for it. (A region named there is left alone: "In Australia, X
  // mines at Y in Victoria" placed Victoria in Australia 2 times right and
  // 5 times false on the dev sets, whose gold leaves a country that is only
  // implied out.)
  void OpeningCountry() {
    const SentenceRange& s = S();
    std::uint32_t k = s.first;
    if (k + 3 >= s.last || L(k) != "in") return;
    int country = x.owner_[k + 1];
    if (country < 0 || M(country).tb != k + 1 || M(country).entity < 0 ||
        !Fits(country, kCty) || (M(country).flags & kDemonym))
      return;
    const std::uint32_t after = M(country).te;
    if (after >= s.last || L(after) == "'s" || x.W(after) == "-") return;
    int places = 0;
    for (int mi : ms) {
      if (mi != country && M(mi).tb > after && Fits(mi, kPlace)) ++places;
    }
    for (int mi : ms) {
      const Mention& m = M(mi);
      if (m.tb <= after || (m.flags & (kDemonym | kAnaphor))) continue;
      if (!Fits(mi, kPrj) || places > 0) continue;
      if (m.te < s.last && (L(m.te) == "'s" || x.W(m.te) == "-")) continue;
      // "in Korat, Thailand": the place after the comma says where it is.
      if (m.te + 1 < s.last && x.W(m.te) == ",") {
        int nx = x.owner_[m.te + 1];
        if (nx >= 0 && M(nx).tb == m.te + 1 && Fits(nx, kPlace)) continue;
      }
      if (!m.country.empty() &&
          Key(m.country) != Key(x.entities_[static_cast<std::size_t>(M(country).entity)].name))
        continue;
      Add(mi, "located_in", country, "located_in:opening country", k, "");
    }
  }

  void OpeningPlace() {
    const SentenceRange& s = S();
    std::uint32_t k = s.first;
    if (k + 3 >= s.last || L(k) != "in") return;
    int place = x.owner_[k + 1];
    if (place < 0 || M(place).tb != k + 1 || M(place).entity < 0 ||
        !Fits(place, kPlace) || (M(place).flags & kDemonym))
      return;
    std::uint32_t q = M(place).te;
    if (q >= s.last || x.W(q) != ",") return;
    ++q;
    // "In Australia, ASX-listed Larvotto Resources Ltd is advancing".
    if (q + 2 < s.last && x.W(q + 1) == "-" && x.owner_[q] >= 0 &&
        !Fits(x.owner_[q], kCom))
      q += 3;
    int company = q < s.last ? x.owner_[q] : -1;
    if (company < 0 || M(company).tb != q || M(company).entity < 0 ||
        !Fits(company, kCom))
      return;
    std::uint32_t v = M(company).te;
    while (v < s.last && x.W(v) == "(") {  // "(SPMP)", tickers
      while (v < s.last && x.W(v) != ")") ++v;
      ++v;
    }
    if (v >= s.last || x.toks_[v].cap || x.toks_[v].kind != TokKind::kWord)
      return;
    Add(company, "active_in", place, "active_in:opening place", k, "");
  }

  // "the Stibnite project, which Perpetua Resources plans to build", "the
  // Llipi plant, which YLB built and runs", "its Mount Holland project,
  // which it develops with Wesfarmers": the antecedent is the object.
  void ObjectRelatives() {
    if (!(mask_ & kKwWhich)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k + 2 < s.last; ++k) {
      if (!((L(k) == "which" || L(k) == "that") && x.W(k - 1) == ",")) continue;
      int object = Antecedent(k - 1);
      if (object < 0 || !Fits(object, kPrj | kCom)) continue;
      std::uint32_t q = k + 1;
      int subject = -1;
      std::vector<int> subjects;
      if (L(q) == "it") {
        subject = Referent(q, kCom);
        ++q;
        if (subject >= 0) subjects = {subject};
      } else {
        int o = x.owner_[q];
        if (o < 0 || M(o).tb != q || M(o).entity < 0) continue;
        subject = o;
        // "which Metals X Limited and Yunnan Tin Company own".
        subjects = ListFrom(static_cast<std::size_t>(std::max(0, IndexOf(o))), kCom | kOrg);
        q = M(subjects.back()).te;
        while (q < s.last && x.W(q) == "(") {
          while (q < s.last && x.W(q) != ")") ++q;
          ++q;
        }
      }
      if (subject < 0 || !Fits(subject, kCom | kOrg)) continue;
      // "which A and B own in equal halves", "which it controls".
      if (q < s.last && (L(q) == "own" || L(q) == "owns" || L(q) == "control" ||
                         L(q) == "controls" || L(q) == "co-own")) {
        for (int sj : subjects)
          if (Fits(sj, kCom | kOrg))
            Add(sj, "owns_stake_in", object, "owns_stake_in:which X owns", k, "");
        continue;
      }
      // "the Lac des Iles graphite mine, which it bought from Imerys SA in
      // 2022": the buyer acquires it, the seller sells it.
      if (q < s.last && (L(q) == "bought" || L(q) == "acquired" || L(q) == "purchased")) {
        for (int sj : subjects)
          if (Fits(sj, kCom | kOrg))
            Add(sj, "acquires", object, "acquires:which X bought", k, "");
        if (q + 2 < s.last && L(q + 1) == "from") {
          const int seller = x.owner_[q + 2];
          if (seller >= 0 && M(seller).tb == q + 2 && Fits(seller, kCom | kOrg | kCty))
            Add(seller, "sells", object, "sells:which X bought from", k, "");
        }
        continue;
      }
      if (!Fits(object, kPrj)) continue;
      // The verb phrase: auxiliaries, "plans to", then the verbs.
      bool develop = false, operate = false;
      std::uint32_t v = q;
      for (; v < s.last && v < q + 6; ++v) {
        std::string_view l = L(v);
        if (IsAux(l) || l == "plans" || l == "planned" || l == "to" ||
            l == "and" || l == "aims" || l == "intends")
          continue;
        if (l == "develops" || l == "develop" || l == "developed" ||
            l == "developing" || l == "build" || l == "built" ||
            l == "building" || l == "builds" || l == "advancing")
          develop = true;
        else if (l == "operates" || l == "operate" || l == "operated" ||
                 l == "runs" || l == "run" || l == "running")
          operate = true;
        else
          break;
      }
      if (!develop && !operate) continue;
      if (develop) Add(subject, "develops", object, "develops:which X builds", k, "");
      if (operate) Add(subject, "operates", object, "operates:which X runs", k, "");
      // "which it develops with Wesfarmers": a co-developer and partner.
      if (v + 1 < s.last && L(v) == "with") {
        int co = x.owner_[v + 1];
        if (co >= 0 && M(co).tb == v + 1 && M(co).entity >= 0 && Fits(co, kCom)) {
          if (develop) Add(co, "develops", object, "develops:which X builds with", k, "");
          Add(subject, "partners_with", co, "partners_with:builds with", k, "");
        }
      }
    }
  }

  // "to concentrate on its copper and iron ore mines", "its Australian
  // steelmaking coal mines": the owner of the mines produces what they
  // dig.
  void ItsMineralAssets() {
    if (minerals_ == 0 || !(mask_ & kKwIts)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first; k + 2 < s.last; ++k) {
      if (L(k) != "its") continue;
      std::vector<int> minerals;
      std::uint32_t q = k + 1;
      for (; q < s.last && q < k + 8; ++q) {
        const int o = x.owner_[q];
        if (o >= 0 && M(o).tb == q && M(o).entity >= 0) {
          // "its Australian coal mines": a demonym says where.
          if (M(o).flags & kDemonym) {
            q = M(o).te - 1;
            continue;
          }
          if (!Fits(o, kMnl)) break;
          minerals.push_back(o);
          q = M(o).te - 1;
          continue;
        }
        if (L(q) == "and" || x.W(q) == ",") continue;
        break;
      }
      if (minerals.empty() || q >= s.last) continue;
      const std::string_view noun = L(q);
      // Not "its copper operations", which may only handle the metal.
      if (!(noun == "mines" || noun == "mine" || noun == "smelters" ||
            noun == "smelter" || noun == "refineries"))
        continue;
      // "Chemours, which produces it as a by-product of its mineral sands
      // operations": inside a relative clause, "its" is the antecedent's;
      // else the sentence's subject's ("Zambia ... its copper mines").
      int owner = RelativeAntecedent(k);
      if (owner < 0) owner = SentenceSubject(kCom | kCty);
      if (owner < 0) owner = Referent(k, kCom);
      if (owner < 0 || !Fits(owner, kCom | kCty)) continue;
      for (int m : minerals) Add(owner, "produces", m, "produces:its mines", k, "");
    }
  }

  // "X, which operates the only antimony smelter in the country": running
  // an asset named by its mineral produces that mineral.
  void UnnamedAssets() {
    if (minerals_ == 0 || !(mask_ & kKwOperate)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 2 < s.last; ++k) {
      if (!w::In(kOperateVerbs, L(k))) continue;
      ReadUnnamedAsset(k, k + 1);
    }
  }

  // The asset phrase after the operating verb at `verb`, from `from` on:
  // "a ferronickel smelter" produces ferronickel; "a mine on the Koniambo
  // massif and a ferronickel smelter at Vavouto": each object of the list.
  void ReadUnnamedAsset(std::uint32_t verb, std::uint32_t from) {
    const SentenceRange& s = S();
    int mineral = -1;
    std::uint32_t q = from;
    for (; q < s.last && q < from + 6; ++q) {
      int o = x.owner_[q];
      if (o >= 0 && M(o).entity >= 0) {
        if (!Fits(o, kMnl)) break;
        mineral = o;
        q = M(o).te - 1;
        continue;
      }
      if (x.IsProjectTrigger(q)) break;
      if (x.toks_[q].kind != TokKind::kWord || x.toks_[q].cap) break;
    }
    if (q < s.last && x.IsProjectTrigger(q) && (mineral < 0 || M(mineral).te != q)) {
      // An asset with no mineral before its noun: the next object of the
      // list may name one ("a mine on the X massif and a ferronickel
      // smelter"), within a few plain words.
      for (std::uint32_t n = q + 1; n + 1 < s.last && n < q + 8; ++n) {
        if (IsBarrier(x.W(n)) || x.W(n) == "," || L(n) == "which" || L(n) == "that") break;
        if (L(n) == "and" && (L(n + 1) == "a" || L(n + 1) == "an")) {
          ReadUnnamedAsset(verb, n + 2);
          break;
        }
      }
      return;
    }
    if (mineral < 0 || q >= s.last || !x.IsProjectTrigger(q)) return;
    std::string_view noun = L(q);
    if (noun == "project" || noun == "projects" || noun == "deposit" ||
        noun == "deposits" || noun == "prospect" || noun == "property")
      return;
    int subject = ClauseSubject(verb);
    if (subject == -2) return;
    if (subject < 0) subject = NearestCompanyBefore(verb, false);
    if (subject < 0 || !Fits(subject, kCom)) return;
    Add(subject, "produces", mineral, "produces:runs a mineral asset", verb, "");
  }

  // "a Toronto-listed fund", "the Perth-based explorer": a name inside a
  // hyphenated modifier is no subject of the verb after it.
  bool CompoundModifier(const Mention& m) const {
    return m.te + 1 < S().last && x.W(m.te) == "-" &&
           x.toks_[m.te].begin == x.toks_[m.te - 1].end &&
           x.toks_[m.te + 1].begin == x.toks_[m.te].end &&
           x.toks_[m.te + 1].kind == TokKind::kWord && !x.toks_[m.te + 1].cap;
  }

  // The mention ending last before token k when it is a company at most
  // three tokens before ("Acme Ltd now mines"), else -1; with `clean`, only
  // when no comma or barrier lies between.
  int NearestCompanyBefore(std::uint32_t k, bool clean) const {
    for (std::size_t j = ms.size(); j-- > 0;) {
      const Mention& m = M(ms[j]);
      if (m.te > k) continue;
      if (Dist(m.te, k) > 3) return -1;
      for (std::uint32_t q = m.te; clean && q < k; ++q) {
        if (x.W(q) == "," || IsBarrier(x.W(q))) return -1;
      }
      return Fits(ms[j], kCom) ? ms[j] : -1;
    }
    return -1;
  }

  // "has shipped its first cargo of lithium concentrate from its Grota do
  // Cirilo project", "dispatched its first consignment of spodumene
  // concentrate from its Kamativi mine": the shipper produces and exports
  // it, and the site it left produces it.
  void FirstCargo() {
    if (minerals_ == 0 || !(mask_ & kKwCargo)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 4 < s.last; ++k) {
      const std::string_view v = L(k);
      if (!(v == "shipped" || v == "dispatched" || v == "exported" || v == "loaded")) continue;
      std::uint32_t q = k + 1;
      if (L(q) == "its" || L(q) == "the" || L(q) == "a" || L(q) == "their") ++q;
      if (q < s.last && (L(q) == "first" || L(q) == "maiden" || L(q) == "inaugural")) ++q;
      if (q + 1 < s.last && L(q) == "container" && L(q + 1) == "load") ++q;
      if (q + 2 >= s.last || L(q + 1) != "of") continue;
      const std::string_view noun = L(q);
      if (!(noun == "cargo" || noun == "consignment" || noun == "shipment" ||
            noun == "load" || noun == "cargoes" || noun == "shipments"))
        continue;
      const int first = MentionStartingAt(q + 2, kMnl);
      if (first < 0) continue;
      const std::vector<int> minerals = ListFrom(static_cast<std::size_t>(IndexOf(first)), kMnl);
      int subject = ClauseSubject(k);
      if (subject < 0) subject = Pronoun(k, kCom | kCty);
      if (subject < 0) {
        std::uint32_t c = k;
        while (c > s.first && IsAux(L(c - 1))) --c;
        const int before = c > s.first ? MentionEndingAt(c) : -1;
        if (before >= 0 && Fits(before, kCom)) subject = before;
      }
      if (subject < 0 || !Fits(subject, kCom) || NegatedBetween(M(subject).te, k)) continue;
      for (int mn : minerals) {
        Add(subject, "produces", mn, "produces:first cargo", k, "");
        Add(subject, "exports", mn, "exports:first cargo", k, "");
      }
      const int site = SiteAfter(M(minerals.back()).te);
      if (site >= 0)
        for (int mn : minerals) Add(site, "produces", mn, "produces:first cargo", k, "");
    }
  }

  // "it shipped most of its rare earth concentrate to China": the shipper
  // supplies the receiver. (An import "from" a country is not read as that
  // country's exports: gold never states it so, 0 of 2 on the dev sets.)
  void Shipments() {
    if (minerals_ == 0 || !(mask_ & kKwShip)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 2 < s.last; ++k) {
      if (!(kw_[k] & kKwShip)) continue;
      if (ShippedPassive(k)) continue;
      const bool sells = L(k) == "sells" || L(k) == "sold" || L(k) == "sell";
      std::vector<int> minerals;
      std::uint32_t q = k + 1;
      for (; q < s.last && q < k + 12; ++q) {
        std::string_view l = L(q);
        if (l == "to") break;
        // "ships its zinc concentrate through Dublin to": the port passed.
        if (l == "through" && !minerals.empty() && q + 1 < s.last) {
          const int port = MentionStartingAt(q + 1, kPlace);
          if (port >= 0) {
            q = M(port).te - 1;
            continue;
          }
        }
        // "its coal and copper concentrate to China": a list of goods.
        if (l == "and" && !minerals.empty() && M(minerals.back()).te == q &&
            MentionStartingAt(q + 1, kMnl) >= 0)
          continue;
        if (x.W(q) == "," || IsBarrier(x.W(q)) || l == "which" || l == "and")
          break;
        int o = x.owner_[q];
        if (o >= 0 && M(o).entity >= 0) {
          if (!Fits(o, kMnl)) break;
          minerals.push_back(o);
          q = M(o).te - 1;
        }
      }
      if (q + 1 >= s.last || L(q) != "to") continue;
      // "sells its lithium business to": a sale of goods names them last.
      if (sells && (minerals.empty() || M(minerals.back()).te != q)) continue;
      std::uint32_t r = q + 1;
      if (L(r) == "the" && r + 1 < s.last && x.owner_[r] < 0) ++r;
      int dest = x.owner_[r];
      // "to the group's smelters at Odda in Norway": works abroad, named by
      // their country; the goods are exported (no buyer is named).
      const bool possessor = dest >= 0 && M(dest).te < s.last && L(M(dest).te) == "'s";
      bool works_abroad = false;
      if (!sells && !minerals.empty() && (dest < 0 || M(dest).tb != r || possessor)) {
        std::uint32_t f = possessor ? M(dest).te + 1 : r;
        if (!possessor && f + 1 < s.last && L(f + 1) == "'s") f += 2;
        if (f + 2 < s.last && w::IsWorksTrigger(L(f)) && (L(f + 1) == "at" || L(f + 1) == "in")) {
          int abroad = -1;
          for (std::uint32_t g = f + 2; g < s.last && g < f + 8 && abroad < 0; ++g) {
            if (x.W(g) == "," || IsBarrier(x.W(g))) break;
            const int o = x.owner_[g];
            if (o >= 0 && M(o).tb == g && Fits(o, kCty) && !(M(o).flags & kDemonym)) abroad = o;
          }
          works_abroad = abroad >= 0;
        }
        if (!works_abroad) continue;
      }
      if (!works_abroad && (dest < 0 || M(dest).tb != r || M(dest).entity < 0 ||
                            !Fits(dest, kCom | kCty) || (M(dest).flags & kDemonym)))
        continue;
      int di = works_abroad ? -1 : IndexOf(dest);
      std::vector<int> dests = works_abroad ? std::vector<int>{}
                               : di >= 0    ? ListFrom(static_cast<std::size_t>(di), kCom | kCty)
                                            : std::vector<int>{dest};
      if (minerals.empty()) continue;
      int subject = ClauseSubject(k);
      if (subject == -2) continue;
      if (subject < 0) subject = Pronoun(k, kCom | kCty);
      if (subject < 0) {
        for (std::size_t j = ms.size(); j-- > 0;) {
          const Mention& m = M(ms[j]);
          if (m.te > k) continue;
          if (Dist(m.te, k) <= 4 && Fits(ms[j], kCom | kCty) &&
              !(m.flags & kDemonym))
            subject = ms[j];
          break;
        }
      }
      if (subject < 0 || !Fits(subject, kCom | kCty) ||
          NegatedBetween(M(subject).te, k))
        continue;
      for (int d : dests) Add(subject, "supplies", d, "supplies:shipped to", k, "");
      // The goods go abroad from the shipper. (That the receiving country
      // imports them the gold states only of a shipment in the passive, 1
      // of 3 here.)
      for (int mn : minerals) Add(subject, "exports", mn, "exports:shipped to", k, "");
    }
  }

  // "The first cargoes of lithium concentrate have been shipped to China",
  // "spodumene concentrate, most of which is shipped to converters in
  // China", "is shipped to China as spodumene concentrate": the country
  // imports the goods. True when the verb at k is in the passive at all
  // (its active reading is then skipped), whether or not it ships.
  bool ShippedPassive(std::uint32_t k) {
    const SentenceRange& s = S();
    std::string_view aux = L(k - 1);
    if (aux != "is" && aux != "are" && aux != "was" && aux != "were" &&
        aux != "been" && aux != "be")
      return false;
    if (L(k) != "shipped" && L(k) != "sent" && L(k) != "delivered") return true;
    std::uint32_t r = k + 1;
    if (r + 1 >= s.last || L(r) != "to") return true;
    ++r;
    if (L(r) == "the" && x.owner_[r] < 0) ++r;
    // "to converters in China", "to smelters in Japan".
    if (r + 2 < s.last && x.owner_[r] < 0 && L(r + 1) == "in") {
      std::string_view n = L(r);
      if (n != "converters" && n != "refiners" && n != "smelters" &&
          n != "refineries" && n != "customers" && n != "buyers" &&
          n != "mills")
        return true;
      r += 2;
    }
    const int dest = x.owner_[r];
    if (dest < 0 || M(dest).tb != r || M(dest).entity < 0 || !Fits(dest, kCty) ||
        (M(dest).flags & kDemonym))
      return true;
    // The goods: "as X" after the country, else the nearest mineral before
    // the verb in its clause.
    int mineral = -1;
    std::uint32_t a = M(dest).te;
    if (a + 1 < s.last && L(a) == "as") mineral = MentionStartingAt(a + 1, kMnl);
    for (std::uint32_t q = k - 1; mineral < 0 && q > s.first && q + 16 > k; --q) {
      if (IsBarrier(x.W(q - 1))) break;
      const int o = x.owner_[q - 1];
      if (o < 0 || M(o).entity < 0) continue;
      if (Fits(o, kMnl)) mineral = o;
      q = M(o).tb + 1;
    }
    if (mineral >= 0) Add(dest, "imports", mineral, "imports:shipped to", k, "");
    return true;
  }

  // "a $150 million DoD loan will fund ... at the Mountain Pass mine",
  // "the agency's loan to Acme": the lender supports what the loan funds.
  void Loans() {
    if (!(mask_ & kKwLoan)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 2 < s.last; ++k) {
      if (!(kw_[k] & kKwLoan)) continue;
      // The lender right before the noun: "DoD loan", "the agency's loan".
      std::uint32_t p = k;
      if (p > s.first && L(p - 1) == "'s") --p;
      int lender = MentionEndingAt(p);
      if (lender < 0 || !Fits(lender, kAge | kMin | kCty) ||
          OnlyAdjective(M(lender)))
        continue;
      // What it funds: "to X", "for X", "will fund ... X", "at X".
      for (std::uint32_t q = k + 1; q < s.last && q < k + 14; ++q) {
        if (IsBarrier(x.W(q)) || L(q) == "which" || L(q) == "but") break;
        int o = x.owner_[q];
        if (o < 0 || M(o).tb != q || M(o).entity < 0) continue;
        if (M(o).te < s.last && (L(M(o).te) == "'s" || x.W(M(o).te) == "-"))
          continue;
        if (!Fits(o, kCom | kPrj)) {
          if (Fits(o, kMnl)) continue;
          break;
        }
        std::string_view pre = L(q - 1);
        bool linked = pre == "to" || pre == "for" || pre == "at" || pre == "the";
        if (linked) Add(lender, "supports", o, "supports:loan", k, "");
        break;
      }
    }
  }

  // "Anglo agreed to sell its coal mines in Queensland, including A and B,
  // to Peabody": the seller sells the listed assets, the buyer acquires
  // them.
  void SaleLists() {
    if (!(mask_ & kKwSell)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 3 < s.last; ++k) {
      std::string_view l = L(k);
      if (!(l == "sell" || l == "sold" || l == "sells")) continue;
      std::uint32_t inc = k + 1;
      while (inc < s.last && inc < k + 12 && L(inc) != "including" &&
             L(inc) != "to" && !IsBarrier(x.W(inc)))
        ++inc;
      if (inc + 1 >= s.last || L(inc) != "including") continue;
      int first = x.owner_[inc + 1];
      if (first < 0 || M(first).tb != inc + 1 || !Fits(first, kPrj | kCom))
        continue;
      int fi = IndexOf(first);
      if (fi < 0) continue;
      std::vector<int> assets = ListFrom(static_cast<std::size_t>(fi), kPrj | kCom);
      std::uint32_t e = M(assets.back()).te;
      if (e < s.last && x.W(e) == ",") ++e;
      int seller = ClauseSubject(k);
      if (seller < 0) {
        for (std::size_t j = ms.size(); j-- > 0;) {
          const Mention& m = M(ms[j]);
          if (m.te > k) continue;
          if (Dist(m.te, k) <= 5 && Fits(ms[j], kCom | kOrg)) seller = ms[j];
          break;
        }
      }
      if (seller >= 0 && Fits(seller, kCom | kOrg) && !NegatedBetween(M(seller).te, k)) {
        for (int a : assets) Add(seller, "sells", a, "sells:including", k, "");
      }
      if (e + 1 < s.last && L(e) == "to") {
        int buyer = x.owner_[e + 1];
        if (buyer >= 0 && M(buyer).tb == e + 1 && M(buyer).entity >= 0 &&
            Fits(buyer, kCom | kOrg)) {
          for (int a : assets) Add(buyer, "acquires", a, "acquires:sold to", k, "");
        }
      }
    }
  }

  // "Acme explores for lithium in Argentina and in Ontario", "Acme mines
  // antimony in Yakutia": a company's work in a place.
  void ActivityIn() {
    if (!(mask_ & kKwActivity)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 1; k + 2 < s.last; ++k) {
      std::string_view l = L(k);
      if (!(l == "explores" || l == "explored" || l == "mines" ||
            l == "extracts" || l == "drills" ||
            l == "operations" || l == "facilities" || l == "assets"))
        continue;
      if ((l == "operations" || l == "facilities" || l == "assets") &&
          !(L(k - 1) == "has" || L(k - 1) == "have"))
        continue;
      int subject = ClauseSubject(k);
      if (subject == -2) continue;
      if (subject < 0) subject = NearestCompanyBefore(k, true);
      if (subject < 0 || !Fits(subject, kCom)) continue;
      if (NegatedBetween(M(subject).te, k)) continue;
      for (std::uint32_t q = k + 1; q + 1 < s.last && q < k + 10; ++q) {
        std::string_view w2 = L(q);
        if (x.W(q) == "," || IsBarrier(x.W(q)) || w2 == "which" ||
            w2 == "who" || w2 == "that" || w2 == "but" || w2 == "from" ||
            w2 == "to")
          break;
        // "mines ore at its Costerfield operation in Victoria": the place
        // is the project's.
        if (x.owner_[q] >= 0 && M(x.owner_[q]).entity >= 0 &&
            Fits(x.owner_[q], kPrj))
          break;
        if (w2 != "in") continue;
        std::uint32_t r = q + 1;
        // "in the northern states of Kedah and Pahang".
        while (r < s.last && x.owner_[r] < 0 &&
               (L(r) == "the" || IsDirection(L(r)) ||
                ((L(r) == "states" || L(r) == "provinces" || L(r) == "regions" ||
                  L(r) == "state" || L(r) == "province") &&
                 r + 1 < s.last && L(r + 1) == "of") ||
                (L(r) == "of" && r > q + 1 &&
                 (L(r - 1) == "states" || L(r - 1) == "provinces" ||
                  L(r - 1) == "regions" || L(r - 1) == "state" ||
                  L(r - 1) == "province"))))
          ++r;
        int place = r < s.last ? x.owner_[r] : -1;
        if (place < 0 || M(place).tb != r || M(place).entity < 0 ||
            !Fits(place, kPlace) ||
            (M(place).te < s.last && L(M(place).te) == "'s"))
          continue;
        // "in Kerala, Tamil Nadu and Odisha": every place listed.
        const int pi = IndexOf(place);
        for (int p2 : pi >= 0 ? ListFrom(static_cast<std::size_t>(pi), kPlace)
                              : std::vector<int>{place}) {
          Add(subject, "active_in", p2, "active_in:works in", k, "");
          q = std::max(q, M(p2).te - 1);
        }
      }
    }
  }

  // "the chief executive of Eramet, Christel Bories, said": a role whose
  // holder follows.
  void RoleThenName() {
    const SentenceRange& s = S();
    for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
      int org = ms[j], person = ms[j + 1];
      if (!Fits(org, kAnyOrg) || TypeOf(person) != EntityType::kPerson) continue;
      std::uint32_t k = M(org).te;
      if (k >= s.last || x.W(k) != "," || M(person).tb != k + 1) continue;
      std::uint32_t b = M(org).tb;
      if (b < s.first + 2 || L(b - 1) != "of") continue;
      bool head = false, work = false, deputy = false;
      std::uint32_t q = b - 1;
      // "the chairman of the board of Gecamines, Guy Robert Lukama"; "the
      // president of the directory of Codelco" (a translated board).
      if (q >= s.first + 4 && (L(q - 1) == "board" || L(q - 1) == "directory") &&
          L(q - 2) == "the" && L(q - 3) == "of")
        q -= 3;
      int words = 0;
      while (q > s.first && words < 4 && !x.toks_[q - 1].cap &&
             w::IsTitleWord(L(q - 1))) {
        --q;
        ++words;
        std::string_view l = L(q);
        if (l == "deputy" || l == "vice" || l == "former") deputy = true;
        if (w::IsHeadTitle(l)) head = true;
        else if (w::IsWorkRole(l)) work = true;
      }
      if (words == 0 || !(L(q - 1) == "the" || L(q - 1) == "a" || L(q - 1) == "an"))
        continue;
      if (head && !deputy)
        Add(person, "head_of", org, "head_of:role then name", q, "");
      else if (work || head)
        Add(person, "works_for", org, "works_for:role then name", q, "");
    }
  }

  // "Sibanye-Stillwater, whose chief executive is Neal Froneman,": the
  // head of the body before "whose"; "whose chairman, Dana Orvik," too.
  void WhoseHead() {
    const SentenceRange& s = S();
    for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
      if (!Fits(ms[j], kAnyOrg)) continue;
      std::uint32_t k = M(ms[j]).te;
      if (k + 4 >= s.last || x.W(k) != "," || L(k + 1) != "whose") continue;
      k += 2;
      bool head = false, other = false;
      const std::uint32_t title = k;
      while (k < s.last && k < title + 4 && x.toks_[k].kind == TokKind::kWord &&
             !x.toks_[k].cap && L(k) != "is" && L(k) != "was") {
        if (w::IsHeadTitle(L(k))) head = true;
        if (L(k) == "deputy" || L(k) == "vice" || L(k) == "former" || L(k) == "founder")
          other = true;
        ++k;
      }
      if (WhoseSiteProduces(ms[j], title)) continue;
      if (!head || other || k == title || k + 1 >= s.last) continue;
      if (L(k) == "is" || L(k) == "was" || x.W(k) == ",") ++k;
      const int person = MentionStartingAt(k, kPer);
      if (person >= 0) Add(person, "head_of", ms[j], "head_of:whose", title, "");
    }
  }

  // "Terrafame, whose mine in Sotkamo produces nickel and cobalt": the
  // company produces what its site does, and is present where it lies.
  // `k` is the token after "whose". True when the clause is of this shape.
  bool WhoseSiteProduces(int company, std::uint32_t k) {
    const SentenceRange& s = S();
    if (!Fits(company, kCom) || k + 2 >= s.last) return false;
    static constexpr std::string_view kSites[] = {"mine", "mines", "plant", "plants",
                                                  "refinery", "smelter", "operation",
                                                  "operations"};
    if (!w::In(kSites, L(k))) return false;
    ++k;
    std::vector<int> places;
    if (L(k) == "in" && k + 1 < s.last) {
      const int p = MentionStartingAt(k + 1, kPlace);
      if (p < 0) return false;
      places = ListFrom(static_cast<std::size_t>(std::max(0, IndexOf(p))), kPlace);
      k = M(places.back()).te;
    }
    static constexpr std::string_view kMakes[] = {"produces", "mines", "makes", "refines",
                                                  "produced", "mined", "made"};
    if (k + 1 >= s.last || !w::In(kMakes, L(k))) return false;
    const std::uint32_t verb = k;
    const int first = MentionStartingAt(SkipShare(k + 1), kMnl);
    if (first < 0) return false;
    for (int mn : ListFrom(static_cast<std::size_t>(std::max(0, IndexOf(first))), kMnl))
      Add(company, "produces", mn, "produces:whose site", verb, "");
    for (int p : places) Add(company, "active_in", p, "active_in:whose site", verb, "");
    return true;
  }

  // "James Smith, Acme's founder and chief executive": a possessive role.
  void PossessiveRoles() {
    const SentenceRange& s = S();
    for (std::size_t j = 0; j < ms.size(); ++j) {
      if (TypeOf(ms[j]) != EntityType::kPerson) continue;
      std::uint32_t k = M(ms[j]).te;
      if (k + 3 >= s.last || x.W(k) != ",") continue;
      // (The mention after the comma, or none: "X, the minister of energy,".)
      const int org = j + 1 < ms.size() ? ms[j + 1] : ms[j];
      // "said Bahlil Lahadalia, Indonesia's energy minister": a country's
      // minister or head of state.
      if (org != ms[j] && M(org).tb == k + 1 && Fits(org, kCty) && !(M(org).flags & kDemonym) &&
          M(org).te < s.last && L(M(org).te) == "'s") {
        bool minister = false, head = false, deputy = false;
        int ministry = -1;  // "India's minister of mines": the ministry named
        for (std::uint32_t r = M(org).te + 1; r < s.last && r < M(org).te + 8; ++r) {
          const std::string_view l = L(r);
          if (x.toks_[r].kind != TokKind::kWord || x.toks_[r].cap) break;
          if (l == "deputy" || l == "vice" || l == "former") deputy = true;
          if (l == "minister") {
            if (r > 0 && L(r - 1) == "prime") head = true;
            else minister = true;
            if (r + 2 < s.last && L(r + 1) == "of") ministry = MinistryOfWord(L(r + 2));
            break;
          }
          if (l == "president" || l == "premier") {
            head = true;
            break;
          }
        }
        if (minister && !deputy && ministry >= 0)
          AddEntities(M(ms[j]).entity, "minister_of", ministry,
                      "minister_of:possessive apposition", k, "");
        else if (minister && !deputy)
          Add(ms[j], "minister_of", org, "minister_of:possessive apposition", k, "");
        else if (head && !deputy)
          Add(ms[j], "head_of", org, "head_of:possessive apposition", k, "");
        continue;
      }
      // "Bahlil Lahadalia, the minister of energy and mineral resources,":
      // the ministry of that portfolio when the article names it, else the
      // country the article is about.
      if (L(k + 1) == "the") {
        std::uint32_t r = k + 2;
        while (r < s.last && r < k + 6 && x.toks_[r].kind == TokKind::kWord &&
               !x.toks_[r].cap && L(r) != "minister" && L(r) != "deputy" && L(r) != "former" &&
               L(r) != "vice")
          ++r;
        if (r + 2 < s.last && L(r) == "minister" && L(r - 1) != "prime" && L(r + 1) == "of") {
          int ministry = MinistryOfWord(L(r + 2));
          if (ministry < 0) ministry = DominantCountry();
          if (ministry >= 0)
            AddEntities(M(ms[j]).entity, "minister_of", ministry, "minister_of:the minister of", k,
                        "");
          continue;
        }
      }
      if (org == ms[j] || M(org).tb != k + 1 || !Fits(org, kAnyOrg) ||
          (M(org).flags & kDemonym))
        continue;
      std::uint32_t q = M(org).te;
      if (q >= s.last || L(q) != "'s") continue;
      bool head = false, work = false, deputy = false;
      std::uint32_t r = q + 1;
      for (; r < s.last && r < q + 10; ++r) {
        std::string_view l = L(r);
        if (x.W(r) == "," || l == "and") continue;
        // ("Ivanhoe Mines' Executive Co-Chairman": titles in capitals too.)
        if (x.toks_[r].kind != TokKind::kWord ||
            (x.toks_[r].cap && !(w::IsHeadTitle(l) || w::IsWorkRole(l) || w::IsTitleWord(l))))
          break;
        if (l == "deputy" || l == "vice" || l == "former") deputy = true;
        if (w::IsHeadTitle(l)) head = true;
        else if (w::IsWorkRole(l)) work = true;
        // ("AMG's long-serving chief executive", "its new chairman".)
        else if (!(w::IsTitleWord(l) || l == "senior" || l == "largest" ||
                   l == "lead" || l == "principal" || w::IsTenureWord(l)))
          break;
      }
      // "BHP's President Australia": a region's head, not the company's;
      // "BHP's president for Minerals Americas": a division's.
      if (r < s.last && x.owner_[r] >= 0 && M(x.owner_[r]).tb == r &&
          Fits(x.owner_[r], kPlace))
        deputy = true;
      if (r + 1 < s.last && (L(r) == "for" || L(r) == "of") && x.toks_[r + 1].cap &&
          L(r + 1) != "the")
        deputy = true;
      if (head && !deputy)
        Add(ms[j], "head_of", org, "head_of:possessive apposition", q, "");
      else if (work || (head && deputy))
        Add(ms[j], "works_for", org, "works_for:possessive apposition", q, "");
    }
  }

  // "President of the Republic of Kazakhstan Kassym-Jomart Tokayev",
  // "President of the European Commission Ursula von der Leyen": the title,
  // "of the", the body and the name.
  void TitleOfTheBody() {
    const SentenceRange& s = S();
    for (std::size_t j = 1; j < ms.size(); ++j) {
      const int person = ms[j], body = ms[j - 1];
      if (TypeOf(person) != EntityType::kPerson || M(body).te != M(person).tb ||
          !Fits(body, kAnyOrg | kCty) || (M(body).flags & (kDemonym | kAnaphor)))
        continue;
      std::uint32_t t = M(body).tb;
      if (t < s.first + 3 || L(t - 1) != "the" || L(t - 2) != "of") continue;
      bool head = false, work = false, deputy = false, minister = false;
      std::uint32_t q = t - 2;
      while (q > s.first && x.toks_[q - 1].cap && w::IsTitleWord(L(q - 1))) {
        const std::string_view l = L(q - 1);
        if (l == "deputy" || l == "vice") deputy = true;
        if (l == "minister" || l == "secretary") minister = true;
        if (w::IsHeadTitle(l)) head = true;
        else if (w::IsWorkRole(l)) work = true;
        --q;
      }
      if (q == t - 2 || minister) continue;
      if (q > s.first && (L(q - 1) == "former" || L(q - 1) == "ex")) continue;
      if (head && !deputy)
        Add(person, "head_of", body, "head_of:title of the body", q, "");
      else if (work || head)
        Add(person, "works_for", body, "works_for:title of the body", q, "");
    }
  }

  // "Catamarca is home to the Fenix operation ... and to POSCO's Sal de Oro
  // project"; "its coal mines in Queensland, Australia, including Moranbah
  // North and Grosvenor": named sites in a place.
  void SitesInPlace() {
    if (!(mask_ & kKwSiteList)) return;
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 2; k + 1 < s.last; ++k) {
      if (L(k) == "home" && L(k + 1) == "to" && IsCopula(L(k - 1))) {
        const int place = MentionEndingAt(k - 1);
        if (place < 0 || !Fits(place, kPlace) || M(place).entity < 0) continue;
        for (int mi : ms)
          if (M(mi).tb > k + 1 && Fits(mi, kPrj))
            Add(mi, "located_in", place, "located_in:home to", k, "");
        continue;
      }
      // "... mines and smelters in Goias state: Barro Alto, and Codemin".
      if (L(k) != "including" && x.W(k) != ":") continue;
      // Back over ", Australia," to "in Queensland", then to a plural head.
      std::uint32_t q = k;
      while (q > s.first && x.W(q - 1) == ",") --q;
      int place = -1;
      for (std::uint32_t r = q; r > s.first + 1 && r + 8 > q; --r) {
        const int m = MentionEndingAt(r);
        if (m >= 0 && Fits(m, kPlace) && !(M(m).flags & kDemonym) && M(m).tb > s.first &&
            L(M(m).tb - 1) == "in") {
          place = m;
          break;
        }
      }
      if (place < 0) continue;
      const std::uint32_t in = M(place).tb - 1;
      bool plural = false;  // "coal mines in", "mines and smelters in"
      int mineral = -1;     // "its steelmaking coal mines": what they mine
      for (std::uint32_t r = in; r > s.first && r + 4 > in; --r) {
        if (!w::IsPluralProjectTrigger(L(r - 1))) continue;
        if (!plural && r >= s.first + 2) mineral = MentionEndingAt(r - 1);
        plural = true;
      }
      if (in == s.first || !plural) continue;
      if (mineral >= 0 && !Fits(mineral, kMnl)) mineral = -1;
      const int first = MentionStartingAt(k + 1, kPrj);
      if (first < 0) continue;
      for (int item : ListFrom(static_cast<std::size_t>(std::max(0, IndexOf(first))), kPrj)) {
        Add(item, "located_in", place, "located_in:including", k, "");
        if (mineral >= 0) Add(item, "produces", mineral, "produces:including", k, "");
      }
    }
  }

  // "Its chief executive, Amanda Lacaze, said", "Amanda Lacaze, the
  // company's chief executive, said": a role whose organisation is "its" or
  // an anaphor's possessive, the body the text last named as a subject.
  static bool IsOwnerWord(std::string_view l) {
    return l == "shareholder" || l == "shareholders" || l == "owner" || l == "owners" || l == "largest" || l == "biggest" ||
           l == "majority" || l == "main" || l == "controlling" || l == "principal";
  }

  void PronounRoles() {
    const SentenceRange& s = S();
    // The owner written at [b, e): "its" or "the company's"; its types.
    auto owner_types = [&](std::uint32_t b, std::uint32_t e) -> std::uint16_t {
      if (e == b + 1 && L(b) == "its") return kCom | kAge | kMin;
      if (e != b + 3 || L(b) != "the" || L(b + 2) != "'s") return 0;
      std::string_view n = L(b + 1);
      if (n == "company" || n == "group" || n == "miner" || n == "firm" ||
          n == "producer" || n == "developer")
        return kCom;
      if (n == "ministry" || n == "department") return kMin;
      if (n == "agency") return kAge;
      return 0;
    };
    // A word of a title, lower-case or capitalised, in no mention.
    auto role_word = [&](std::uint32_t k) {
      const std::string_view l = L(k);
      return x.toks_[k].kind == TokKind::kWord && x.owner_[k] < 0 &&
             (w::IsTitleWord(l) || w::IsWorkRole(l) || l == "and" || l == "senior" ||
              l == "financial" || l == "operating" || l == "commercial" ||
              l == "technical" || IsOwnerWord(l));
    };
    // The end of the title words that start at b.
    auto title_end = [&](std::uint32_t b, std::uint32_t last) {
      std::uint32_t e = b;
      while (e < last && role_word(e)) ++e;
      while (e > b && L(e - 1) == "and") --e;
      return e;
    };
    // `from`: where the search for what "its" means starts (before the
    // name when the role follows it: "Heron, its largest shareholder").
    auto add = [&](int person, std::uint32_t ob, std::uint32_t oe, std::uint32_t tb,
                   std::uint32_t te, std::uint32_t from, int named = -1) {
      const std::uint16_t types = named >= 0 ? Bit(TypeOf(named)) : owner_types(ob, oe);
      if (types == 0 || te == tb) return;
      bool head = false, work = false, officer = false, executive = false,
           owner = false;
      for (std::uint32_t k = tb; k < te; ++k) {
        std::string_view l = L(k);
        owner = owner || l == "shareholder" || l == "shareholders" || l == "owner" ||
                l == "owners";
        if (l == "deputy" || l == "vice" || l == "former") return;
        // ("founder and chairman": the chair heads it; a founder alone
        // does not.)
        if (l == "founder" || l == "co-founder") continue;
        if (w::IsHeadTitle(l)) head = true;
        else if (w::IsWorkRole(l)) work = true;
        officer = officer || l == "officer";
        executive = executive || l == "executive";
      }
      if (officer && !executive) head = false, work = true;  // chief financial officer
      if (!head && !work && !owner) return;
      const int org = named >= 0 ? named : Referent(from, types);
      if (org < 0) return;
      // "Its president and largest shareholder, Vladimir Potanin", "its
      // largest shareholder, Heron Capital".
      if (owner) Add(person, "owns_stake_in", org, "owns_stake_in:pronoun role", ob, "");
      if ((!head && !work) || TypeOf(person) != EntityType::kPerson) return;
      Add(person, head ? "head_of" : "works_for", org,
          head ? "head_of:pronoun role" : "works_for:pronoun role", ob, "");
    };
    for (int pm : ms) {
      if (!Fits(pm, kPer | kCom | kOrg) || (M(pm).flags & kDemonym)) continue;
      const Mention& p = M(pm);
      // Before the name: "its chief executive(,) Amanda Lacaze".
      std::uint32_t k = p.tb;
      if (k > s.first && x.W(k - 1) == ",") --k;
      std::uint32_t tb = k;
      while (tb > s.first && role_word(tb - 1)) --tb;
      if (tb < k && title_end(tb, k) == k) {
        // "Kestrel Mining's chief executive, Dana Orvik, said": a named
        // owner before the title (with the comma; without it the title
        // reader has it).
        const int owner = tb >= s.first + 2 && L(tb - 1) == "'s" && k < p.tb
                              ? MentionEndingAt(tb - 1)
                              : -1;
        if (owner >= 0 && Fits(owner, kCom | kOrg | kAge | kMin) &&
            !OnlyAdjective(M(owner)))
          add(pm, tb - 1, tb, tb, k, tb - 1, owner);
        else if (tb >= s.first + 1 && L(tb - 1) == "its") add(pm, tb - 1, tb, tb, k, tb - 1);
        else if (tb >= s.first + 3) add(pm, tb - 3, tb, tb, k, tb - 3);
      }
      // After it: "Amanda Lacaze, its chief executive," (then a comma, a
      // verb of saying or the sentence's end).
      std::uint32_t q = p.te;
      if (q + 2 >= s.last || x.W(q) != ",") continue;
      std::uint32_t ob = q + 1;
      // "Roman Abramovich, who was then one of its largest shareholders".
      if (ob + 3 < s.last && L(ob) == "who" && (L(ob + 1) == "is" || L(ob + 1) == "was")) {
        ob += 2;
        if (L(ob) == "then" || L(ob) == "now" || L(ob) == "already" || L(ob) == "still") ++ob;
        if (ob + 2 < s.last && L(ob) == "one" && L(ob + 1) == "of") ob += 2;
      }
      std::uint32_t oe = L(ob) == "its" ? ob + 1 : ob + 3;
      if (oe >= s.last) continue;
      std::uint32_t te = title_end(oe, s.last);
      if (te == oe) continue;
      if (te < s.last && !(x.W(te) == "," || x.W(te) == "." || w::IsSayVerb(L(te))))
        continue;
      add(pm, ob, oe, oe, te, p.tb);
    }
  }

  void Run() {
    // The mentions with an entity, grouped by sentence in their order (a
    // counting sort into one array): sentence s holds
    // by_sentence[starts[s], starts[s + 1]).
    const std::size_t nsents = x.sents_.size();
    std::vector<std::uint32_t> starts(nsents + 1, 0);
    for (const Mention& m : x.mentions_) {
      if (m.entity >= 0 && m.sent < nsents) ++starts[m.sent + 1];
    }
    for (std::size_t s = 0; s < nsents; ++s) starts[s + 1] += starts[s];
    std::vector<int> by_sentence(starts[nsents]);
    {
      std::vector<std::uint32_t> next(starts.begin(), starts.end() - 1);
      for (std::size_t i = 0; i < x.mentions_.size(); ++i) {
        const Mention& m = x.mentions_[i];
        if (m.entity >= 0 && m.sent < nsents)
          by_sentence[next[m.sent]++] = static_cast<int>(i);
      }
    }
    // Keyword classes are read for the sentences the rules run on, and
    // only there (every rule reads its own sentence's).
    kw_.assign(x.toks_.size(), 0);
    for (sent = 0; sent < nsents; ++sent) {
      ms.assign(by_sentence.begin() + starts[sent],
                by_sentence.begin() + starts[sent + 1]);
      // One mention relates to nothing, unless a role names it or it is a
      // person or body that "its" relates: only that rule runs then.
      if (ms.size() < 2 && x.roles_.empty()) {
        if (ms.size() == 1 && Fits(ms[0], kPer | kCom | kOrg)) PronounRoles();
        // "X, the minister of energy and mineral resources, said".
        if (ms.size() == 1 && Fits(ms[0], kPer)) PossessiveRoles();
        continue;
      }
      // The bounds, the mask and the arrays in locals: a store to kw_ may
      // alias them, and they were reloaded for every token.
      {
        const std::uint32_t first = x.sents_[sent].first, last = x.sents_[sent].last;
        const std::string_view* lower = x.lower_.data();
        std::uint32_t* kw = kw_.data();
        std::uint32_t mask = 0;
        for (std::uint32_t k = first; k < last; ++k) {
          const std::uint32_t c = KeywordClass(lower[k]);
          kw[k] = c;
          mask |= c;
        }
        mask_ = mask;
      }
      std::sort(ms.begin(), ms.end(),
                [&](int a, int b) { return M(a).tb < M(b).tb; });
      minerals_ = 0;
      for (int mi : ms) minerals_ += Fits(mi, kMnl) ? 1 : 0;
      const std::size_t sentence_relations = x.relations_.size();
      Roles();
      Appositions();
      Modifiers();
      JointVentures();
      TheirVenture();
      CompanyBase();
      NamedAs();
      Locations();
      Minerals();
      MineralPairs();
      Reserves();
      Rankings();
      ExportRestrictions();
      Partnerships();
      AccordingTo();
      Possessives();
      TriggerRules();
      ProjectAppositions();
      ProjectNames();
      MineralAssetLists();
      ProducersSuchAs();
      ProducerPhrases();
      FollowedBy();
      IncludingSites();
      RelianceOn();
      if (minerals_ > 0 && (mask_ & kKwProducer)) BareProducerApposition();
      if (minerals_ >= 3) GroupMembers();
      if (mask_ & kKwInclude) NationalFirmsListed();
      if (mask_ & kKwState) StateOwned();
      if (mask_ & kKwAcquired) BoughtFromClauses();
      OutputAt();
      PossessiveRoles();
      if (mask_ & kKwWhose) WhoseHead();
      TitleOfTheBody();
      if (mask_ & kKwStart) StartedProduction();
      if (mask_ & kKwInclude) UnitsOfCountry();
      PronounRoles();
      SitesInPlace();
      RoleThenName();
      OpeningPlace();
      OpeningCountry();
      ItsActivityIn();
      ActivityIn();
      SaleLists();
      Shipments();
      FirstCargo();
      Loans();
      ObjectRelatives();
      UnnamedAssets();
      StakeClauses();
      RemainderHeldBy();
      WorldSupplyComesFrom();
      WhereStakes();
      WhichHolds();
      Capacity();
      ConsortiumLeader();
      OwnerOf();
      Presence();
      Shareholders();
      SecondHolder();
      ObjectRelative();
      Customers();
      PlannedOutput();
      BuyFrom();
      Suppliers();
      Subsidiaries();
      ProducersBehind();
      ItsMineralAssets();
      if (mask_ & kKwWhich) RelativeOutput();
      PersonOfBody();
      CoversFor();
      CompanyBehind();
      SiteAndPlaceLine();
      EmployerPlace();
      PlacesOfPlaces();
      CallAnalysts();
      PartnerChoice();
      EqualOwners(sentence_relations);
    }
    AgreementSuppliers();
  }

  // "Tesla has offtake agreements with Liontown Resources", "Qcells signed a
  // supply agreement with Hemlock Semiconductor": the party of a supply
  // deal that the article shows producing is the supplier, whichever side
  // of "with" it stands on.
  void AgreementSuppliers() {
    // Whether entity e produces, runs or exports something: in the
    // sentence that starts at `at` (when given), else anywhere.
    auto producer = [&](std::size_t e, std::optional<std::size_t> at) {
      for (const DocRelation& r : x.relations_)
        if (r.subject == e && (!at || (r.evidence_span && r.evidence_span->begin == *at)) &&
            (r.relation == "produces" || r.relation == "operates" ||
             r.relation == "exports" || r.relation == "develops"))
          return true;
      return false;
    };
    for (DocRelation& r : x.relations_) {
      if (r.relation != "supplies" || r.rule.find(" with") == std::string::npos ||
          !(r.rule.find("agreement") != std::string::npos ||
            r.rule.find("deal") != std::string::npos ||
            r.rule.find("offtake") != std::string::npos))
        continue;
      // ("Tesla has offtake agreements with Liontown, which began producing
      // spodumene concentrate": the sentence tells first.)
      std::optional<std::size_t> here;
      if (r.evidence_span) here = r.evidence_span->begin;
      const bool object_here = producer(r.object, here), subject_here = producer(r.subject, here);
      const bool flip = object_here != subject_here
                            ? object_here
                            : producer(r.object, std::nullopt) && !producer(r.subject, std::nullopt);
      if (!flip) continue;
      if (x.entities_[r.object].type != EntityType::kCompany &&
          x.entities_[r.object].type != EntityType::kCountry)
        continue;
      bool reverse_known = false;
      for (const DocRelation& o : x.relations_)
        reverse_known |= o.relation == "supplies" && o.subject == r.object && o.object == r.subject;
      if (!reverse_known) std::swap(r.subject, r.object);
    }
  }

  // "Assmang, owned in equal halves by African Rainbow Minerals and
  // Assore", "which Metals X and Yunnan Tin own in equal halves": the two
  // owners of a 50-50 venture are partners.
  void EqualOwners(std::size_t first) {
    if (x.relations_.size() < first + 2) return;
    const SentenceRange& s = S();
    bool equal = false;
    for (std::uint32_t k = s.first; k + 1 < s.last && !equal; ++k) {
      const std::string_view l = L(k);
      equal = (l == "equal" && (L(k + 1) == "halves" || L(k + 1) == "shares" ||
                                L(k + 1) == "parts")) ||
              l == "50-50" || l == "50:50" || (l == "equally" && L(k + 1) == "owned");
    }
    if (!equal) return;
    for (std::size_t i = first; i < x.relations_.size(); ++i) {
      const DocRelation& a = x.relations_[i];
      if (a.relation != "owns_stake_in") continue;
      std::vector<std::size_t> owners = {a.subject};
      for (std::size_t j = first; j < x.relations_.size(); ++j) {
        const DocRelation& b = x.relations_[j];
        if (b.relation == "owns_stake_in" && b.object == a.object && b.subject != a.subject &&
            std::find(owners.begin(), owners.end(), b.subject) == owners.end())
          owners.push_back(b.subject);
      }
      if (owners.size() != 2) continue;
      // Once per venture, in the order the owners are named.
      bool seen = false;
      for (std::size_t j = first; j < i; ++j)
        seen |= x.relations_[j].relation == "owns_stake_in" && x.relations_[j].object == a.object;
      if (seen) continue;
      AddEntities(static_cast<int>(owners[0]), "partners_with", static_cast<int>(owners[1]),
                  "partners_with:equal owners", s.first, "");
    }
  }

  // "Besides copper and cobalt, which STL already recovers as an alloy":
  // a mineral list that a relative clause says a company produces.
  void RelativeOutput() {
    const SentenceRange& s = S();
    for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
      const Mention& m = M(ms[j]);
      const std::uint32_t c = m.te;
      if (!Fits(ms[j], kMnl) || c + 3 >= s.last || x.W(c) != "," || L(c + 1) != "which")
        continue;
      const int who = MentionStartingAt(c + 2, kCom | kPrj);
      if (who < 0) continue;
      std::uint32_t v = M(who).te;
      while (v < s.last && (L(v) == "already" || L(v) == "also" || L(v) == "now" ||
                            L(v) == "still"))
        ++v;
      if (v >= s.last) continue;
      const std::string_view verb = L(v);
      if (!(verb == "recovers" || verb == "produces" || verb == "mines" ||
            verb == "extracts" || verb == "refines" || verb == "makes" ||
            verb == "recovered" || verb == "produced" || verb == "mined"))
        continue;
      for (int mineral : ListTo(static_cast<int>(j), kMnl))
        Add(who, "produces", mineral, "produces:which X recovers", v, "");
    }
  }

  // "South Crofty, United Kingdom." as a line of a list: a site and the
  // place it is in, and nothing else.
  void SiteAndPlaceLine() {
    const SentenceRange& s = S();
    // (A mineral inside the site's name, "Orvik tin mine", does not count.)
    int site = -1, place = -1, others = 0;
    for (int mi : ms) {
      if (site >= 0 && M(mi).tb >= M(site).tb && M(mi).te <= M(site).te) continue;
      if (site < 0 && Fits(mi, kPrj)) site = mi;
      else if (site >= 0 && place < 0 && Fits(mi, kPlace)) place = mi;
      else ++others;
    }
    if (site < 0 || place < 0 || others > 0) return;
    const Mention& a = M(site);
    const Mention& b = M(place);
    std::uint32_t first = s.first;
    while (first < a.tb && x.toks_[first].kind == TokKind::kPunct) ++first;
    std::uint32_t last = s.last;
    while (last > b.te && x.toks_[last - 1].kind == TokKind::kPunct) --last;
    if (a.tb != first || b.te != last || b.tb != a.te + 1 || x.W(a.te) != ",") return;
    Add(site, "located_in", place, "located_in:site and place", a.te, "");
  }

  // The body named right after a person's name and "of" or "at" (or
  // "from"), past a "the": "Dana Orvik of Kestrel Capital", "Jan Smith at
  // the Orvik Institute"; -1 when none.
  int BodyAfterName(int person, std::uint16_t types, bool from) const {
    std::uint32_t k = M(person).te;
    if (k + 1 >= S().last || !(L(k) == "of" || L(k) == "at" || (from && L(k) == "from")))
      return -1;
    if (L(k + 1) == "the") ++k;
    const int body = MentionStartingAt(k + 1, types);
    return body >= 0 && !(M(body).flags & kDemonym) ? body : -1;
  }

  // "said Dana Orvik of Kestrel Capital", "Dana Orvik at Orvik Research
  // said": a name with no title, then the firm it speaks for.
  void PersonOfBody() {
    const SentenceRange& s = S();
    for (int mi : ms) {
      if (TypeOf(mi) != EntityType::kPerson) continue;
      bool titled = false;
      for (const Role& r : x.roles_) titled |= r.person == mi;
      if (titled || M(mi).te + 2 >= s.last) continue;
      const int body = BodyAfterName(mi, kCom | kOrg, false);
      if (body < 0) continue;
      const std::uint32_t e = M(body).te;
      if (e < s.last && !(x.W(e) == "," || x.W(e) == "." || L(e) == "said" ||
                          L(e) == "says" || L(e) == "told" || L(e) == "added"))
        continue;
      Add(mi, "works_for", body, "works_for:name of firm", M(mi).te, "");
    }
  }

  // "Olivia Grant, who tracks light metals for CRU Group in London": the
  // firm someone covers a market for employs them.
  // "Nouveau Monde Graphite, the company behind the Matawinie project",
  // "SilverCrest Metals Inc., the Vancouver company that built the Las
  // Chispas mine": the firm the apposition describes develops the site.
  void CompanyBehind() {
    const SentenceRange& s = S();
    for (std::uint32_t k = s.first + 3; k + 2 < s.last; ++k) {
      std::uint32_t obj = 0;
      if (L(k) == "behind") obj = k + 1;
      else if (L(k) == "that" && (L(k + 1) == "built" || L(k + 1) == "developed"))
        obj = k + 2;
      else
        continue;
      if (!w::IsFirmNoun(L(k - 1))) continue;
      // Back over the noun's modifiers to the apposition's comma.
      std::uint32_t c = k - 1;
      while (c > s.first && c + 6 > k && x.W(c - 1) != ",") --c;
      if (c <= s.first + 1 || x.W(c - 1) != "," ||
          !(L(c) == "the" || L(c) == "a" || L(c) == "an"))
        continue;
      const int firm = Antecedent(c - 1);
      if (obj < s.last && L(obj) == "the") ++obj;
      const int site = MentionStartingAt(obj, kPrj);
      if (firm < 0 || site < 0 || !Fits(firm, kCom)) continue;
      Add(firm, "develops", site, "develops:company behind", k, "");
    }
  }

  void CoversFor() {
    const SentenceRange& s = S();
    static constexpr std::string_view kCovers[] = {
        "covers", "covered", "tracks", "tracked", "follows", "followed", "analyses",
        "analyzes", "researches", "forecasts", "watches", "writes"};
    for (int mi : ms) {
      if (TypeOf(mi) != EntityType::kPerson) continue;
      std::uint32_t k = M(mi).te;
      if (k + 4 >= s.last || x.W(k) != "," || L(k + 1) != "who" || !w::In(kCovers, L(k + 2)))
        continue;
      for (std::uint32_t q = k + 3; q + 1 < s.last && q < k + 10; ++q) {
        if (x.W(q) == "," || (x.owner_[q] >= 0 && !Fits(x.owner_[q], kMnl))) break;
        if (L(q) != "for") continue;
        const int firm = MentionStartingAt(q + 1, kCom | kOrg);
        if (firm >= 0) Add(mi, "works_for", firm, "works_for:who covers for", q, "");
        break;
      }
    }
  }

  // "Katrin Vogel, a senior analyst at the Mercator Institute (MERICS) in
  // Berlin": the city of a firm someone works for is where it is based.
  void EmployerPlace() {
    const SentenceRange& s = S();
    for (std::size_t i = SentenceRelationsBegin(); i < x.relations_.size(); ++i) {
      if (x.relations_[i].relation != "works_for") continue;
      // (Copied: Add() appends to x.relations_, which may move the relation.)
      const int employer = static_cast<int>(x.relations_[i].object);
      for (int mi : ms) {
        const Mention& m = M(mi);
        if (m.entity != employer || !Fits(mi, kCom | kOrg)) continue;
        std::uint32_t k = m.te;
        if (k < s.last && x.W(k) == "(") {
          while (k < s.last && x.W(k) != ")") ++k;
          ++k;
        }
        if (k + 1 >= s.last || L(k) != "in") continue;
        const int place = MentionStartingAt(k + 1, kPlace);
        if (place < 0 || (M(place).flags & kDemonym) ||
            (M(place).te < s.last && L(M(place).te) == "'s"))
          continue;
        AddFirmCity(mi, place, "employer in", k);
      }
    }
  }

  // "the Dugald River zinc mine in Queensland, Australia": a site in a
  // place that a comma puts in a country is in that country too. Other
  // chains ("the X mine in the Y region of Z", "in Argentina's Catamarca
  // province") give each link only: the annotated sets mostly leave the
  // site's country out there (about 15 right to 35 false when it was
  // added), as the nested places of their READMEs say.
  void PlacesOfPlaces() {
    // This sentence's (site, place) and (place, country by a comma) pairs.
    std::vector<std::pair<std::size_t, std::size_t>>& located = located_scratch_;
    located.clear();
    std::size_t sites = 0;
    for (std::size_t i = SentenceRelationsBegin(); i < x.relations_.size(); ++i) {
      const DocRelation& r = x.relations_[i];
      if (r.relation != "located_in") continue;
      if (x.entities_[r.subject].type == EntityType::kProject) {
        located.emplace_back(r.subject, r.object);
        ++sites;
      }
    }
    if (sites == 0) return;
    for (std::size_t i = SentenceRelationsBegin(); i < x.relations_.size(); ++i) {
      const DocRelation& r = x.relations_[i];
      if (r.relation != "located_in" || r.rule != "located_in:apposition" ||
          x.entities_[r.object].type != EntityType::kCountry)
        continue;
      // (Copied: AddEntities() appends to x.relations_, which may move r.)
      const std::size_t place = r.subject, country = r.object;
      for (std::size_t j = 0; j < sites; ++j) {
        if (located[j].second == place)
          AddEntities(static_cast<int>(located[j].first), "located_in", static_cast<int>(country),
                      "located_in:place of a place", S().first, "");
      }
    }
  }

  // "Codelco selected Rio Tinto as the strategic partner", "chooses to Rio
  // Tinto as partner" (a translation): the chooser partners with it.
  void PartnerChoice() {
    const SentenceRange& s = S();
    for (std::size_t j = 0; j < ms.size(); ++j) {
      const Mention& b = M(ms[j]);
      if (!Fits(ms[j], kCom | kOrg) || b.te + 1 >= s.last || L(b.te) != "as") continue;
      std::uint32_t q = b.te + 1;
      if (q < s.last && (L(q) == "the" || L(q) == "a" || L(q) == "its")) ++q;
      if (q < s.last && L(q) == "strategic") ++q;
      if (q >= s.last || L(q) != "partner") continue;
      std::uint32_t v = b.tb;
      // "chooses to Rio Tinto", "selected to the Anglo-Australian Rio Tinto".
      while (v > s.first + 1 && v + 4 > b.tb &&
             (L(v - 1) == "to" || L(v - 1) == "the" ||
              (x.owner_[v - 1] < 0 && x.toks_[v - 1].cap &&
               L(v - 1).find('-') != std::string_view::npos)))
        --v;
      if (v == s.first) continue;
      const std::string_view verb = L(v - 1);
      if (!(verb == "selected" || verb == "chose" || verb == "chooses" ||
            verb == "picked" || verb == "named" || verb == "choose" ||
            verb == "select" || verb == "picks" || verb == "selects"))
        continue;
      int chooser = -1;
      for (std::size_t i = j; i-- > 0;) {
        if (Fits(ms[i], kCom | kOrg | kCty) && !(M(ms[i]).flags & kDemonym)) {
          chooser = ms[i];
          break;
        }
      }
      if (chooser < 0 || M(chooser).te + 6 < v) {
        const int subject = SentenceSubject(kCom | kOrg | kCty);
        if (subject >= 0 && M(subject).te < v) chooser = subject;
      }
      if (chooser >= 0 && M(chooser).te < v)
        Add(chooser, "partners_with", ms[j], "partners_with:chose as partner", v - 1, "");
    }
  }

  // "Our first question comes from Owen Pritchard with Scotiabank": the
  // analyst works for the firm.
  void CallAnalysts() {
    for (std::size_t j = 0; j + 1 < ms.size(); ++j) {
      const Mention& p = M(ms[j]);
      const Mention& f = M(ms[j + 1]);
      if (TypeOf(ms[j]) != EntityType::kPerson || !Fits(ms[j + 1], kCom | kOrg) ||
          f.tb != p.te + 1 || !x.AnalystFirmAt(f.tb))
        continue;
      Add(ms[j], "works_for", ms[j + 1], "works_for:call analyst", p.te, "");
    }
  }

  // "Namibia is the world's third-largest uranium producer, behind
  // Kazakhstan and Canada": those ahead produce it too.
  void ProducersBehind() {
    const SentenceRange& s = S();
    int mineral = -1;
    for (std::size_t i = SentenceRelationsBegin(); i < x.relations_.size(); ++i) {
      const DocRelation& r = x.relations_[i];
      if (r.relation == "produces" && r.rule.find("producer") != std::string::npos) {
        mineral = static_cast<int>(r.object);
        break;
      }
    }
    if (mineral < 0) return;
    for (std::uint32_t k = s.first + 1; k + 1 < s.last; ++k) {
      // "the world's second-largest copper producer after Chile", "the
      // second-biggest producer of copper after Chile", "second only to".
      // (Also "producer of lithium, after Australia" and "producer of
      // manganese in the world after South Africa".)
      auto phrase_ends = [&](std::uint32_t j) {
        if (j > s.first && x.W(j) == ",") --j;
        if (j >= s.first + 3 && L(j) == "world" && L(j - 1) == "the" && L(j - 2) == "in")
          j -= 3;
        return L(j) == "producer" || L(j) == "producers" ||
               (x.owner_[j] >= 0 && M(x.owner_[j]).entity == mineral);
      };
      const bool after = L(k) == "after" && phrase_ends(k - 1);
      const bool only_to = L(k) == "to" && L(k - 1) == "only" && k >= s.first + 2 &&
                           (L(k - 2) == "second" || L(k - 2) == "third");
      // "one of the largest producers of graphite, alongside China and
      // Brazil": the list produces it too.
      const bool alongside = (L(k) == "alongside" && phrase_ends(k - 1)) ||
                             (L(k) == "with" && L(k - 1) == "along" && k >= s.first + 2 &&
                              phrase_ends(k - 2));
      if (L(k) != "behind" && !after && !only_to && !alongside) continue;
      std::uint32_t q = k + 1;
      if (L(q) == "the" || L(q) == "only") ++q;
      const int first = MentionStartingAt(q, kCty | kCom);
      if (first < 0) return;
      for (int m : ListFrom(static_cast<std::size_t>(IndexOf(first)), kCty | kCom))
        AddEntities(M(m).entity, "produces", mineral,
                    alongside ? "produces:producers alongside" : "produces:producer behind", k, "");
      return;
    }
  }
};

void Extractor::FindRelations() {
  // Relations are big (eight strings): room for as many as there are
  // mentions, so that they are rarely moved.
  relations_.reserve(mentions_.size());
  RelationPass pass(*this);
  pass.Run();
}

}  // namespace kg::extract_impl
