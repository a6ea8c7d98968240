// The general relation rules of the text extractor, one short text each.
// Every text here was written for this test; none comes from the test sets.

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "graph/model.h"
#include "ingest/extract.h"

namespace kg {
namespace {

// The type of the entity named `name`, or nullopt when none is.
std::optional<EntityType> TypeOf(const ArticleDoc& d, std::string_view name) {
  for (const DocEntity& e : d.entities) {
    if (e.name == name) return e.type;
  }
  return std::nullopt;
}

// True when some relation links an entity named (or aliased) s to one named o.
bool Has(const ArticleDoc& d, std::string_view s, std::string_view rel,
         std::string_view o) {
  auto named = [](const DocEntity& e, std::string_view n) {
    if (e.name == n) return true;
    for (const std::string& a : e.aliases) {
      if (a == n) return true;
    }
    return false;
  };
  for (const DocRelation& r : d.relations) {
    if (r.relation == rel && named(d.entities[r.subject], s) &&
        named(d.entities[r.object], o))
      return true;
  }
  return false;
}

struct RuleCase {
  const char* text;
  const char* subject;
  const char* relation;
  const char* object;
  bool want;  ///< false: the relation must not be read.
};

class ExtractRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(ExtractRules, ReadsOrRejects) {
  const RuleCase& c = GetParam();
  ArticleDoc d = ExtractArticle(c.text, ExtractOptions{});
  EXPECT_EQ(Has(d, c.subject, c.relation, c.object), c.want)
      << c.subject << " " << c.relation << " " << c.object << "\n  in: " << c.text;
  for (const DocRelation& r : d.relations) {
    const RelationSpec* spec = FindRelation(r.relation);
    ASSERT_NE(spec, nullptr);
    EXPECT_TRUE(RelationFits(*spec, d.entities[r.subject].type,
                             d.entities[r.object].type))
        << r.relation << " " << d.entities[r.subject].name;
  }
}

const RuleCase kCases[] = {
    // Export restrictions: lists, reporting verbs, ministries, earlier curbs.
    {"China restricts exports of gallium, germanium and antimony.", "China",
     "restricts_exports_of", "antimony", true},
    {"The Ministry of Commerce said tungsten and bismuth would require export "
     "licences from June.",
     "Ministry of Commerce", "restricts_exports_of", "bismuth", true},
    {"China's Ministry of Commerce imposed export licensing on indium.",
     "China", "restricts_exports_of", "indium", false},
    {"Ghana banned the export of raw manganese ore in 2024.", "Ghana",
     "restricts_exports_of", "manganese ore", true},
    {"Peru is the largest producer of zinc and banned exports of copper "
     "concentrate.",
     "Peru", "restricts_exports_of", "zinc", false},
    {"Vietnam banned exports of tungsten in March.\n\nThe covered items include "
     "bismuth and fluorspar.",
     "Vietnam", "restricts_exports_of", "fluorspar", true},
    {"Beijing banned shipments of indium to Japan.", "China",
     "restricts_exports_of", "indium", true},
    {"Vietnam lifted its export ban on tungsten.", "Vietnam",
     "restricts_exports_of", "tungsten", false},
    // Relative clauses and appositions find the subject.
    {"Alpha Lithium Corp, which is listed in Toronto, already produces "
     "lithium concentrate.",
     "Toronto", "produces", "lithium concentrate", false},
    {"Alpha Lithium Corp, which is listed in Toronto, already produces "
     "lithium concentrate.",
     "Alpha Lithium Corp", "produces", "lithium concentrate", true},
    {"The Bravo project in Chile's Atacama region, which has produced "
     "lithium for years, will expand.",
     "Bravo project", "produces", "lithium", true},
    {"The Delta property in northern Quebec hosts lithium and tantalum.",
     "Quebec", "has_reserves_of", "tantalum", false},
    {"The Delta property in northern Quebec hosts lithium and tantalum.",
     "Delta property", "has_reserves_of", "tantalum", true},
    // Stakes.
    {"Kestrel Mining Ltd holds 60% of the Falcon mine in Peru.",
     "Kestrel Mining Ltd", "owns_stake_in", "Falcon mine", true},
    {"The group may sell Heron Corp, in which Kestrel Mining Ltd holds 85% "
     "and Norway 15%.",
     "Norway", "owns_stake_in", "Heron Corp", true},
    {"Under the deal, Kestrel Mining Ltd can earn a 49% interest in the "
     "Falcon project.",
     "Kestrel Mining Ltd", "owns_stake_in", "Falcon project", false},
    // Production: sites, participles, plans.
    {"Kestrel Mining Ltd produces cobalt at its Osprey mine.", "Osprey mine",
     "produces", "cobalt", true},
    {"The plant will process graphite mined at the Osprey mine in Malawi.",
     "Osprey mine", "produces", "graphite", true},
    {"Kestrel Mining Ltd aims to become a major producer of nickel sulphate.",
     "Kestrel Mining Ltd", "targets_production_of", "nickel sulphate", true},
    {"Kestrel Mining Ltd aims to become a major producer of nickel sulphate.",
     "Kestrel Mining Ltd", "produces", "nickel sulphate", false},
    {"Manitoba, Canada's only producer of cesium, is cold.", "Canada",
     "produces", "cesium", false},
    {"The Osprey mine, the world's largest graphite mine, reopened.",
     "Osprey mine", "produces", "graphite", true},
    // "its" and possessives: the company the clause is about runs the asset.
    {"Heron Corp, which produces germanium at its Osprey smelter in Chile, "
     "reported results with Kestrel Mining Ltd.",
     "Heron Corp", "operates", "Osprey smelter", true},
    {"Kestrel Mining Ltd said output rose at its Osprey mine in Peru.",
     "Kestrel Mining Ltd", "operates", "Osprey mine", true},
    {"Kestrel Mining Ltd said its share of the Osprey mine in Peru rose.",
     "Kestrel Mining Ltd", "operates", "Osprey mine", false},
    {"Miners reported results on Monday. Production began at Kestrel Mining "
     "Ltd's Falcon project in Peru.",
     "Kestrel Mining Ltd", "develops", "Falcon project", true},
    // Places.
    {"The Osprey mine in Western Australia reopened.", "Osprey mine",
     "located_in", "Western Australia", true},
    {"The Osprey mine in the Goldfields region of Western Australia reopened.",
     "Goldfields region", "located_in", "Western Australia", true},
    // Trade, ownership structure, people.
    {"Kestrel Mining Ltd has bought monazite from Heron Corp since 2021.", "Heron Corp",
     "supplies", "Kestrel Mining Ltd", true},
    {"The venture includes CATL subsidiary Heron Minerals Ltd and others.",
     "Heron Minerals Ltd", "subsidiary_of", "CATL", true},
    {"Kestrel Mining Ltd said output rose on Monday. Kestrel Mining Managing "
     "Director and Chief Executive Dale Moss said the plant was ready.",
     "Dale Moss", "head_of", "Kestrel Mining Ltd", true},
    {"Ganfeng bid for Anglo American Plc and Anglo American Platinum Ltd.\n\n"
     "Anglo holds 60% of the Falcon mine in Peru.",
     "Anglo American Plc", "owns_stake_in", "Falcon mine", true},
    {"Shares rose on Monday. POSCO Future M, a battery materials unit of "
     "POSCO Holdings, will build a plant.",
     "POSCO Future M", "subsidiary_of", "POSCO Holdings", true},
    {"The French group Kestrel Mining Ltd reported results.",
     "Kestrel Mining Ltd", "based_in", "France", false},
    // A mine named with a mineral produces it; a deposit holds it.
    {"Work resumed at the Osprey cobalt mine in Peru.", "Osprey cobalt mine",
     "produces", "cobalt", true},
    {"Drilling widened the Heron lithium deposit in Chile.",
     "Heron lithium deposit",
     "has_reserves_of", "lithium", true},
    {"Work resumed at the Osprey cobalt project in Peru.", "Osprey",
     "produces", "cobalt", false},
    // Appositions after a place, producer phrases.
    {"Kestrel Mining Ltd runs the Osprey mine in northern Peru, the "
     "world's largest tin mine.",
     "Osprey mine", "produces", "tin", true},
    {"Miners met on Monday. Peru, one of the world's biggest zinc producers, "
     "raised royalties.",
     "Peru", "produces", "zinc", true},
    {"Miners met on Monday. Peru, which borders Chile, is the world's "
     "second-largest copper producer.",
     "Peru", "produces", "copper", true},
    {"Miners met on Monday. Peru, which borders Chile, is the world's "
     "second-largest copper producer.",
     "Chile", "produces", "copper", false},
    {"Miners met on Monday. Peru is no longer a major tin producer.", "Peru",
     "produces", "tin", false},
    // Unknown names typed by their context.
    {"Kestrel Mining Ltd holds 51% of ZORVEX, a joint venture in Peru.",
     "Kestrel Mining Ltd", "owns_stake_in", "ZORVEX", true},
    {"Miners met on Monday. \"Prices will rise,\" said Ana Ruiz, an analyst "
     "at Bexley Partners in Lima.",
     "Ana Ruiz", "works_for", "Bexley Partners", true},
    // People: possessive appositions, heads of state.
    {"Miners met on Monday. Dale Moss, Kestrel Mining Ltd's founder and chief "
     "executive, said the plant was ready.",
     "Dale Moss", "head_of", "Kestrel Mining Ltd", true},
    // A press release's "About X" boxes and forward-looking statements are
    // boilerplate; "About 40% of" is prose; grades are not minerals.
    {"Heron Lithium Ltd signed an offtake deal with Kestrel Mining Ltd on "
     "Monday.\n\nThe deal runs for five years and covers spodumene.\n\n"
     "About Kestrel Mining Ltd\n\nKestrel Mining Ltd operates the Moss mine "
     "in Chile.",
     "Kestrel Mining Ltd", "operates", "Moss mine", false},
    {"Heron Lithium Ltd signed an offtake deal with Kestrel Mining Ltd on "
     "Monday.\n\nThe deal runs for five years and covers spodumene.\n\n"
     "About 40% of Kestrel Mining Ltd's output comes from the Moss mine, "
     "which Kestrel Mining Ltd operates in Chile.",
     "Kestrel Mining Ltd", "operates", "Moss mine", true},
    {"Prices rose. PowerCo is building a cell factory in St. Thomas, Ontario.",
     "St. Thomas", "located_in", "Ontario", true},
    {"Prices rose. Smaller volumes come from Consmin's Woodie Woodie mine in "
     "the Pilbara region.",
     "Consmin", "operates", "Woodie Woodie mine", true},
    {"Prices rose. Output comes from the Nsuta mine in the Western Region.",
     "Nsuta mine", "located_in", "Western Region", true},
    // Stakes in relative clauses: "that X owns 90%", "in which X owns a majority".
    {"Prices rose. The mine is operated by Minera Panama SA, a local "
     "subsidiary that First Quantum Minerals Ltd owns 90%.",
     "First Quantum Minerals Ltd", "owns_stake_in", "Minera Panama SA", true},
    {"Prices rose. Codelco and Anglo American Sur, the Chilean unit that "
     "Anglo American plc owns 50.1% of, signed a deal.",
     "Anglo American plc", "owns_stake_in", "Anglo American Sur", true},
    {"Prices rose. The mine belongs to Kestrel Copper SA, in which Heron Mining "
     "Ltd owns a majority and Codelco the rest.",
     "Codelco", "owns_stake_in", "Kestrel Copper SA", true},
    // A corporate title with no company where none dominates the article:
    // the company the text just named.
    {"Heron Lithium Ltd cut its output forecast on Monday. Chief Executive "
     "Dale Moss said demand was weak.",
     "Dale Moss", "head_of", "Heron Lithium Ltd", true},
    {"Vale S.A. will name a board for Vale Base Metals Ltd., to be chaired by "
     "former Anglo American plc (LSE:AAL) chief executive Mark Cutifani.",
     "Mark Cutifani", "head_of", "Vale S.A.", false},
    // Capitalised titles after a name, and officers who are not chiefs.
    {"Prices rose. \"Demand is weak,\" said Dale Moss, President, CEO and "
     "Managing Director of Kestrel Mining Ltd.",
     "Dale Moss", "head_of", "Kestrel Mining Ltd", true},
    {"Prices rose. Amanda Lacaze, Chief Financial Officer of Kestrel Mining "
     "Ltd, said demand was weak.",
     "Amanda Lacaze", "works_for", "Kestrel Mining Ltd", true},
    {"Prices rose. Kestrel Mining Ltd Chief Financial Officer Amanda Lacaze "
     "said demand was weak.",
     "Amanda Lacaze", "head_of", "Kestrel Mining Ltd", false},
    {"Prices rose. Codelco and Anglo American Sur, the Chilean unit of Anglo "
     "American plc, signed a deal.",
     "Codelco", "subsidiary_of", "Anglo American plc", false},
    {"Prices rose. Kestrel bought Reldan, a recycler of industrial and "
     "electronic scrap based in Pennsylvania, last year.",
     "Reldan", "based_in", "Pennsylvania", true},
    {"Prices rose. Joe Manchin, chairman of the Senate Committee on Energy and "
     "Natural Resources, opened the hearing.",
     "Joe Manchin", "head_of", "Senate Committee on Energy and Natural Resources", true},
    // "A owns 60% of X and B the other 40%": B holds X, A does not own B.
    {"Prices rose. South32 Ltd owns 60% of GEMCO Ltd and Anglo American the "
     "other 40%.",
     "Anglo American", "owns_stake_in", "GEMCO Ltd", true},
    {"Prices rose. South32 Ltd owns 60% of GEMCO Ltd and Anglo American the "
     "other 40%.",
     "South32 Ltd", "owns_stake_in", "Anglo American", false},
    {"Prices rose. Kestrel Ltd owns Heron Ltd and Osprey Ltd.",
     "Kestrel Ltd", "owns_stake_in", "Osprey Ltd", true},
    // Negated objects, and chief officers who are not the chief executive.
    {"Prices rose. The United States mines none and lists manganese as a "
     "critical mineral.",
     "United States", "produces", "manganese", false},
    {"Prices rose. Julie Padilla, chief regulatory officer of Twin Metals LLC, "
     "described the project.",
     "Julie Padilla", "works_for", "Twin Metals LLC", true},
    {"Prices rose. The Ministry of Industry together with the Ministry of "
     "Natural Resources is responsible for the quota.",
     "Ministry of Industry", "partners_with", "Ministry of Natural Resources", false},
    // A takeover of something else from a company, or of its stake.
    {"Prices rose. The loan settles debts left from ZCCM Investments Holdings' "
     "takeover of the mine from Glencore in 2021.",
     "ZCCM Investments Holdings", "acquires", "Glencore", false},
    {"Prices rose. The loan settles debts left from ZCCM Investments Holdings' "
     "takeover of Glencore's stake in Mopani.",
     "ZCCM Investments Holdings", "acquires", "Glencore", false},
    {"Prices rose. Kestrel Ltd bought Heron Ltd from Osprey Ltd.",
     "Kestrel Ltd", "acquires", "Heron Ltd", true},
    {"Prices rose. MMC Norilsk Nickel is the world's largest producer of "
     "palladium and of high-grade nickel, and a major copper producer.",
     "MMC Norilsk Nickel", "produces", "copper", true},
    // Named sites in a place: "X is home to", "mines in Y, including".
    {"Prices rose. Catamarca is home to the Fenix operation, run by Arcadium "
     "Lithium, and to several projects, including POSCO Holdings' Sal de Oro "
     "project.",
     "Sal de Oro project", "located_in", "Catamarca", true},
    {"Prices rose. Anglo agreed to sell its steelmaking coal mines in "
     "Queensland, Australia, including Moranbah North and Grosvenor, to "
     "Peabody Energy Corp.",
     "Grosvenor", "located_in", "Queensland", true},
    {"Prices rose. The business has two operating ferronickel mines and "
     "smelters in Goias state: Barro Alto, and Codemin.",
     "Barro Alto", "located_in", "Goias", true},
    {"Prices rose. Its two other big uranium mines are in Chinese state hands: "
     "Husab is owned mainly by China General Nuclear Power Group.",
     "Husab", "located_in", "China", false},
    {"Prices rose. Vulcan Energy Resources Ltd extracts lithium in the Upper "
     "Rhine Valley.",
     "Vulcan Energy Resources Ltd", "active_in", "Upper Rhine Valley", true},
    {"Prices rose. The mine is operated by PT Weda Bay Nickel, that is owned "
     "at 90% by Strand Minerals Pte and at 10% by the Indonesian state company "
     "PT Aneka Tambang Tbk.",
     "PT Aneka Tambang Tbk", "owns_stake_in", "PT Weda Bay Nickel", true},
    {"Prices rose. The mine is operated by PT Weda Bay Nickel, that is owned "
     "at 90% by Strand Minerals Pte and at 10% by the Indonesian state company "
     "PT Aneka Tambang Tbk.",
     "Indonesia", "owns_stake_in", "PT Weda Bay Nickel", false},
    {"Prices rose. Khanij Bidesh India Ltd is a joint venture of three "
     "companies owned by the federal government: National Aluminium Company "
     "Ltd, Hindustan Copper Ltd and Mineral Exploration Ltd.",
     "Hindustan Copper Ltd", "owns_stake_in", "Khanij Bidesh India Ltd", true},
    // "Its president and largest shareholder, X", "Y, its largest shareholder".
    {"Prices rose. MMC Norilsk Nickel is big. Its president and largest "
     "shareholder, Vladimir Potanin, runs it.",
     "Vladimir Potanin", "head_of", "MMC Norilsk Nickel", true},
    {"Kestrel Ltd is big. Heron Capital Ltd, its largest shareholder, sold "
     "shares.",
     "Heron Capital Ltd", "owns_stake_in", "Kestrel Ltd", true},
    {"Kestrel Ltd is big. Its largest shareholder, Heron Capital Ltd, sold "
     "shares.",
     "Heron Capital Ltd", "owns_stake_in", "Kestrel Ltd", true},
    // Elements and products outside the first mineral list.
    {"Albemarle already extracts bromine from brine at Magnolia.",
     "Albemarle", "produces", "bromine", true},
    {"Kazakhstan exports yellowcake to China.",
     "Kazakhstan", "exports", "yellowcake", true},
    // Title words inside company names; a bare "Committee" names no one.
    {"Husab is owned mainly by China General Nuclear Power Group (CGN).",
     "China General Nuclear Power Group", "owns_stake_in", "Husab", true},
    {"Premier African Minerals Ltd operates the Zulu lithium project.",
     "Premier African Minerals Ltd", "operates", "Zulu lithium project", true},
    {"Rio Tinto is big. Committee chairman Joe Manchin opened the hearing.",
     "Joe Manchin", "head_of", "Rio Tinto", false},
    // "(Group)" and "Iron and Steel" inside one Chinese company name; a
    // final "Ltd." ends a name.
    {"Northern Rare Earth is controlled by Baotou Iron and Steel (Group) "
     "Co., Ltd., and processes ore.",
     "Baotou Iron and Steel (Group) Co., Ltd.", "owns_stake_in",
     "Northern Rare Earth", true},
    {"The quotas go to China Northern Rare Earth (Group) High-Tech Co., Ltd. "
     "China Rare Earth Group, which is headquartered in Ganzhou City, is "
     "the other.",
     "China Rare Earth Group", "based_in", "Ganzhou City", true},
    // Whoever heads a ministry is its minister; first names from a longer
    // list ("Antoinette", "Federico").
    {"In Kinshasa, the Ministry of Mines, headed by Antoinette N'Samba "
     "Kalambayi, has said so.",
     "Antoinette N'Samba Kalambayi", "minister_of", "Ministry of Mines", true},
    {"In Kinshasa, the Ministry of Mines, headed by Antoinette N'Samba "
     "Kalambayi, has said so.",
     "Antoinette N'Samba Kalambayi", "head_of", "Ministry of Mines", false},
    {"The Ministry of Commerce and Industries, led by Federico Alfaro Boyd, "
     "negotiated the deal.",
     "Federico Alfaro Boyd", "minister_of", "Ministry of Commerce and Industries",
     true},
    // "Moses Lake, Washington" is in the state; "US$" is a currency.
    {"Sila Inc. is bringing up its plant at Moses Lake, Washington, which "
     "makes anode material.",
     "Moses Lake", "located_in", "Washington", true},
    {"Sila Inc. is bringing up its plant at Moses Lake, Washington, which "
     "makes anode material.",
     "Moses Lake", "located_in", "United States", false},
    // "produced X in 2022, along with A, B and C".
    {"Cobre Panama produced about 350,000 tonnes of copper in 2022, along "
     "with gold, silver and molybdenum.",
     "Cobre Panama", "produces", "molybdenum", true},
    // "ExxonMobil", "PowerCo": a capital inside one word names a company.
    {"Albemarle already extracts bromine at Magnolia, and ExxonMobil has said "
     "it wants to produce lithium in the state by 2027.",
     "ExxonMobil", "targets_production_of", "lithium", true},
    {"Albemarle already extracts bromine at Magnolia, and ExxonMobil has said "
     "it wants to produce lithium in the state by 2027.",
     "Albemarle", "targets_production_of", "lithium", false},
    // A national unit ("Paladin Canada") leaves a bare "Paladin" to the
    // parent, whichever is named first.
    {"Prices rose. Paladin Energy Ltd is big. A new Canadian unit, Paladin "
     "Canada, was set up. Paladin operates the Langer Heinrich mine.",
     "Paladin Energy Ltd", "operates", "Langer Heinrich mine", true},
    {"Prices rose. A new Canadian unit, Paladin Canada, was set up. Paladin "
     "Energy Ltd is big. Paladin operates the Langer Heinrich mine.",
     "Paladin Energy Ltd", "operates", "Langer Heinrich mine", true},
    // A short name after a corporate title; "the chairman of the board of
    // X, Y"; "the Head of State, X" in an article whose places lie in one
    // country.
    {"Prices rose. Patriot Battery Metals Inc. is big. \"This is a step for "
     "Patriot,\" said Ken Brinsden, President, CEO and Managing Director of "
     "Patriot.",
     "Ken Brinsden", "head_of", "Patriot Battery Metals Inc.", true},
    {"The chairman of the board of Gecamines, Guy Robert Lukama, told "
     "reporters that the deal is good.",
     "Guy Robert Lukama", "head_of", "Gecamines", true},
    {"Lubumbashi, 19 July - Congo's Gecamines and China's CMOC settled. The "
     "Chinese group runs mines in Lualaba. Output in Lualaba rose. Talks in "
     "Lubumbashi ended. Talks resumed after the Head "
     "of State, Felix Tshisekedi, pushed the two sides.",
     "Felix Tshisekedi", "head_of", "Democratic Republic of Congo", true},
    // The holder of "the rest" holds a stake in the sentence's first object.
    {"Prices rose. Sibanye-Stillwater holds about 80% of Keliber, and "
     "Finnish Minerals Group owns most of the rest.",
     "Finnish Minerals Group", "owns_stake_in", "Keliber", true},
    {"Prices rose. Sibanye-Stillwater holds about 80% of Keliber, and "
     "Finnish Minerals Group owns most of the rest.",
     "Sibanye-Stillwater", "owns_stake_in", "Finnish Minerals Group", false},
    {"Prices rose. Rio Tinto owns 60% of the Oyu Tolgoi mine and Mongolia "
     "holds the remaining 34%.",
     "Mongolia", "owns_stake_in", "Oyu Tolgoi mine", true},
    // "in which the Indonesian state holding company MIND ID owns a
    // majority and Freeport the rest".
    {"Prices rose. The mine is run by PT Freeport Indonesia (PTFI), in which "
     "the Indonesian state holding company MIND ID owns a majority and "
     "Freeport the rest.",
     "MIND ID", "owns_stake_in", "PT Freeport Indonesia", true},
    {"Prices rose. The mine is run by PT Freeport Indonesia (PTFI), in which "
     "the Indonesian state holding company MIND ID owns a majority and "
     "Freeport the rest.",
     "Freeport", "owns_stake_in", "PT Freeport Indonesia", true},
    // "which X says is owned by Y": about the antecedent, not the sayer.
    {"Prices rose. Kestrel Ltd, which Heron Corp says is owned by Osprey Ltd, "
     "was barred.",
     "Osprey Ltd", "owns_stake_in", "Kestrel Ltd", true},
    {"Prices rose. Kestrel Ltd, which Heron Corp says is owned by Osprey Ltd, "
     "was barred.",
     "Osprey Ltd", "owns_stake_in", "Heron Corp", false},
    // "X, its joint venture with Y": the owner of "its" partners with Y.
    {"Prices rose. IGO Limited said last week that Tianqi Lithium Energy "
     "Australia, its joint venture with Tianqi Lithium, had stopped work.",
     "IGO Limited", "partners_with", "Tianqi Lithium", true},
    {"Prices rose. IGO Limited said last week that Tianqi Lithium Energy "
     "Australia, its joint venture with Tianqi Lithium, had stopped work.",
     "Tianqi Lithium Energy Australia", "partners_with", "Tianqi Lithium", false},
    // "..., behind A and B": those ahead produce it too.
    {"Namibia is the world's third-largest uranium producer, behind "
     "Kazakhstan and Canada.",
     "Canada", "produces", "uranium", true},
    {"Peru is the third producer of copper of the world, behind Chile and the "
     "Democratic Republic of the Congo.",
     "Chile", "produces", "copper", true},
    // "its platinum business, Anglo American Platinum".
    {"Prices rose. Anglo American Plc plans to demerge its platinum business, "
     "Anglo American Platinum, soon.",
     "Anglo American Platinum", "subsidiary_of", "Anglo American Plc", true},
    {"Prices rose. Anglo American Plc plans to demerge its platinum business, "
     "Anglo American Platinum, soon.",
     "Anglo American Platinum", "produces", "platinum", true},
    // "its copper and iron ore mines": the owner produces what they dig.
    {"Prices rose. Anglo American Plc is selling assets to concentrate on its "
     "copper and iron ore mines.",
     "Anglo American Plc", "produces", "iron ore", true},
    {"Prices rose. Zambia also produces cobalt as a by-product of its copper "
     "mines, unlike Glencore.",
     "Zambia", "produces", "copper", true},
    {"Prices rose. Energy Fuels has bought monazite from Chemours Co, which "
     "produces it as a by-product of its zircon mines.",
     "Energy Fuels", "produces", "zircon", false},
    {"Prices rose. Energy Fuels has bought monazite from Chemours Co, which "
     "produces it as a by-product of its zircon mines.",
     "Chemours Co", "produces", "zircon", true},
    // "near X in Y" places it in Y; "on X island"; "A and B, both in Y".
    {"Core Lithium Ltd suspended mining at its Finniss project near Darwin in "
     "the Northern Territory a year ago.",
     "Finniss project", "located_in", "Northern Territory", true},
    {"Core Lithium Ltd suspended mining at its Finniss project near Darwin in "
     "the Northern Territory a year ago.",
     "Finniss project", "located_in", "Darwin", false},
    {"PT Amman Mineral Nusa Tenggara operates the Batu Hijau copper mine on "
     "Sumbawa island in West Nusa Tenggara.",
     "Batu Hijau copper mine", "located_in", "Sumbawa island", true},
    {"In Mexico, Southern Copper Corporation operates the mines Buenavista del "
     "Cobre and La Caridad, both in the state of Sonora.",
     "Buenavista del Cobre", "located_in", "Sonora", true},
    {"Prices rose. The Renison mine, near Zeehan in western Tasmania, is "
     "Australia's largest tin mine.",
     "Renison mine", "located_in", "Tasmania", true},
    // "set up by A in 2021 and has been owned since 2022 by B and C": the
    // passives are about the subject; "keeps the other 49% of X".
    {"Prices rose. Vianode AS was set up by Elkem ASA in 2021 and has been "
     "owned since 2022 by Elkem, Norsk Hydro ASA and the private equity firm "
     "Altor.",
     "Norsk Hydro ASA", "owns_stake_in", "Vianode AS", true},
    {"Prices rose. ZCCM Investments Holdings, the state-owned mining "
     "investment company, keeps the other 49% of Mopani Copper Mines.",
     "ZCCM Investments Holdings", "owns_stake_in", "Mopani Copper Mines", true},
    // A premier in Australia heads a state; a lower-case "president" is a
    // corporate title.
    {"Australia mines nickel. Australia exports nickel. Australia is big. "
     "Premier Roger Cook said the State would work with BHP.",
     "Roger Cook", "head_of", "Australia", false},
    {"Australia mines nickel. Australia exports nickel. Australia is big. "
     "Nickel West asset president Jessica Farrell told staff the news.",
     "Jessica Farrell", "head_of", "Australia", false},
    {"Chile mines copper. Chile exports copper. Chile is big. President "
     "Gabriel Boric said so.",
     "Gabriel Boric", "head_of", "Chile", true},
    // "head of metals research at Marex in London"; "an agreement with a
    // U.S. nuclear utility" partners with no country.
    {"Dana Whitlock, head of metals research at Marex in London, says the "
     "cancellation will anger funds.",
     "Dana Whitlock", "works_for", "Marex", true},
    {"Lotus Resources Ltd has signed an offtake agreement with a U.S. nuclear "
     "utility for deliveries from 2026.",
     "Lotus Resources Ltd", "partners_with", "United States", false},
    // A site in a place that a comma puts in a country is in that country
    // too; other chains give each link only (the site is in the county,
    // the county in the state).
    {"Prices rose. The Talvera zinc mine in Queensland, Australia, is for "
     "sale.",
     "Talvera zinc mine", "located_in", "Australia", true},
    {"Prices rose. The Rhyolite Ridge project in Esmeralda County, Nevada, is "
     "fully permitted.",
     "Rhyolite Ridge project", "located_in", "Esmeralda County", true},
    {"Prices rose. The Rhyolite Ridge project in Esmeralda County, Nevada, is "
     "fully permitted.",
     "Rhyolite Ridge project", "located_in", "Nevada", false},
    {"Prices rose. The Fenix operation in Argentina's Catamarca province has "
     "produced lithium for decades.",
     "Fenix operation", "located_in", "Argentina", false},
    {"Prices rose. The Fenix operation in Argentina's Catamarca province has "
     "produced lithium for decades.",
     "Catamarca province", "located_in", "Argentina", true},
    // "X is ... and also mines Y": the sentence's subject; in a relative
    // clause, its antecedent. "its Arctic operations" is no project.
    {"Prices rose. Russia's MMC Norilsk Nickel is the world's largest "
     "producer of refined nickel and also mines palladium and copper at its "
     "Arctic operations in Norilsk.",
     "MMC Norilsk Nickel", "produces", "palladium", true},
    {"Prices rose. Russia's MMC Norilsk Nickel is the world's largest "
     "producer of refined nickel and also mines palladium and copper at its "
     "Arctic operations in Norilsk.",
     "MMC Norilsk Nickel", "operates", "Arctic", false},
    {"Prices rose. Ganfeng took control of the project when it bought "
     "Bacanora Lithium Plc, which had discovered the deposit and planned to "
     "produce 17,500 tonnes of lithium carbonate.",
     "Bacanora Lithium Plc", "targets_production_of", "lithium carbonate", true},
    // "Prime Minister X" heads the article's country, also when another
    // country is named after it; "the president of the directory of X, Y";
    // "X asset president Y"; "analyst of the stockbroker X".
    {"Pakistan is big. Pakistan is poor. Pakistan mines copper. Prime "
     "Minister Shehbaz Sharif has promoted Pakistan's mineral wealth to Gulf "
     "and U.S. investors.",
     "Shehbaz Sharif", "head_of", "Pakistan", true},
    {"Ukraine is big. Ukraine is poor. Ukraine mines titanium. President "
     "Donald Trump said the United States expected a return on its aid to "
     "Ukraine.",
     "Donald Trump", "head_of", "Ukraine", false},
    {"The president of the directory of Codelco, Maximo Pacheco, said that "
     "the agreement is good.",
     "Maximo Pacheco", "head_of", "Codelco", true},
    {"Prices rose. BHP Group Ltd asset president Jessica Farrell told staff "
     "the news.",
     "Jessica Farrell", "head_of", "BHP Group Ltd", true},
    {"\"It is good,\" said Ignacio Fuentealba, analyst of the stockbroker "
     "LarrainVial in Santiago.",
     "Ignacio Fuentealba", "works_for", "LarrainVial", true},
    // "handed control of X to Y": Y acquires X.
    {"Prices rose. Zambia has handed control of Mopani Copper Mines to "
     "International Resources Holding (IRH), the Abu Dhabi-based miner.",
     "International Resources Holding", "acquires", "Mopani Copper Mines", true},
    // "the project" in an article about one project is that project.
    {"The Osprey project is big. The Osprey project is rich. Heron Ltd runs "
     "the Osprey project. Nearby, Kestrel Ltd runs the Saindak mine. Heron "
     "Ltd owns 50% of the project.",
     "Heron Ltd", "owns_stake_in", "Osprey project", true},
    {"The Osprey project is big. The Osprey project is rich. Heron Ltd runs "
     "the Osprey project. Nearby, Kestrel Ltd runs the Saindak mine. Heron "
     "Ltd owns 50% of the project.",
     "Heron Ltd", "owns_stake_in", "Saindak mine", false},
    // "Panama's Supreme Court of Justice": a state body of the country.
    {"PANAMA CITY - Panama's Supreme Court of Justice on Tuesday declared the "
     "law unconstitutional.",
     "Supreme Court of Justice", "part_of", "Panama", true},
    // "the Saindak copper-gold mine": each mineral of the pair.
    {"Prices rose. The belt also hosts the Saindak copper-gold mine.",
     "Saindak copper-gold mine", "produces", "gold", true},
    // "X is advancing the Y project": X is a company that develops it.
    {"Prices rose. Larvotto is advancing the Hillgrove antimony-gold project "
     "in New South Wales.",
     "Larvotto", "develops", "Hillgrove antimony-gold project", true},
    // An earnings call: "question comes from X with Y".
    {"Operator: Our first question comes from Owen Pritchard with Scotiabank.",
     "Owen Pritchard", "works_for", "Scotiabank", true},
    {"Operator: Next we have Carlos Medeiros from Itau BBA.",
     "Carlos Medeiros", "works_for", "Itau BBA", true},
    {"Prices rose. Jane Smith met Owen Pritchard with Scotiabank.",
     "Owen Pritchard", "works_for", "Scotiabank", false},
    // The name an apposition describes is the subject; "talks with
    // Pakistan's government"; "agreed terms with X".
    {"Prices rose. Saudi Arabia's Manara Minerals, a joint venture of Ma'aden "
     "and the Public Investment Fund, has held talks with Pakistan's "
     "government about buying part of the stake.",
     "Manara Minerals", "partners_with", "Pakistan", true},
    {"Prices rose. Saudi Arabia's Manara Minerals, a joint venture of Ma'aden "
     "and the Public Investment Fund, has held talks with Pakistan's "
     "government about buying part of the stake.",
     "Public Investment Fund", "partners_with", "Pakistan", false},
    {"Prices rose. Lotus Resources Ltd has agreed terms with the Electricity "
     "Supply Corporation of Malawi to connect the mine to the grid.",
     "Lotus Resources Ltd", "partners_with", "Electricity Supply Corporation of Malawi",
     true},
    // "A selected B as the strategic partner"; "the Anglo-Australian Rio
    // Tinto" is Rio Tinto.
    {"Prices rose. Codelco selected Rio Tinto as the strategic partner for "
     "the project.",
     "Codelco", "partners_with", "Rio Tinto", true},
    {"Prices rose. Codelco Ltd said that it selected the Anglo-Australian Rio "
     "Tinto as the strategic partner for the project.",
     "Codelco Ltd", "partners_with", "Rio Tinto", true},
    // "the X deposit and our own Y project, both in Z": both are in Z; a
    // district of a province in a country is in the province.
    {"Prices rose. The venture owns the Filo del Sol deposit and our own "
     "Josemaria project, both in the Vicuna district of San Juan province in "
     "Argentina.",
     "Filo del Sol deposit", "located_in", "Vicuna district", true},
    {"Prices rose. The venture owns the Filo del Sol deposit and our own "
     "Josemaria project, both in the Vicuna district of San Juan province in "
     "Argentina.",
     "Vicuna district", "located_in", "San Juan province", true},
    // The partners of a joint venture are companies.
    {"Prices rose. Imerys British Lithium, a joint venture between Imerys and "
     "Cornish Holdings Ltd, is developing a mine.",
     "Imerys", "owns_stake_in", "Imerys British Lithium", true},
    // What is owned in shares is a company, named in whatever words.
    {"Prices rose. Assmang, owned in equal halves by African Rainbow Minerals "
     "and Assore, operates the Nchwaning mine.",
     "Assore", "owns_stake_in", "Assmang", true},
    {"Prices rose. Tshipi e Ntle, in which Jupiter Mines holds 49.9%, runs "
     "the Tshipi Borwa pit.",
     "Jupiter Mines", "owns_stake_in", "Tshipi e Ntle", true},
    // An amount between the verb and the mineral: "contains about 8.8
    // million tonnes of".
    {"Prices rose. The Fen deposit contains about 8.8 million tonnes of "
     "niobium oxide.",
     "Fen deposit", "has_reserves_of", "niobium oxide", true},
    // "Commission President X" after "the European Commission": the body
    // whose name ends in the bare word, not a head of state; "visited
    // Berlin" is the city; "von der" joins a name.
    {"The European Commission collects reports. Commission President Ursula "
     "von der Leyen said the Commission would act.",
     "Ursula von der Leyen", "head_of", "European Commission", true},
    {"Germany wants magnets. Chancellor Olaf Scholz visited Berlin.",
     "Olaf Scholz", "visited", "Berlin", true},
    // A portfolio before "Commissioner" names no body.
    {"Prices rose. Trade Commissioner Maros Sefcovic said the talks went "
     "well.",
     "Maros Sefcovic", "works_for", "Trade", false},
    // "X and its unit Y": X is the parent, not the sentence's subject.
    {"Prices rose. Iron ore miner NMDC gained 2%, and Vedanta Ltd and its zinc "
     "unit Hindustan Zinc Ltd also ended higher.",
     "Hindustan Zinc Ltd", "subsidiary_of", "Vedanta Ltd", true},
    {"Prices rose. Iron ore miner NMDC gained 2%, and Vedanta Ltd and its zinc "
     "unit Hindustan Zinc Ltd also ended higher.",
     "Hindustan Zinc Ltd", "subsidiary_of", "NMDC", false},
    // A relative clause restricts for its antecedent alone.
    {"Prices rose. The deal makes Peru a new source of germanium outside "
     "China, which restricted exports of gallium in 2023.",
     "Peru", "restricts_exports_of", "gallium", false},
    {"Prices rose. The deal makes Peru a new source of germanium outside "
     "China, which restricted exports of gallium in 2023.",
     "China", "restricts_exports_of", "gallium", true},
    // "A, B and U.S. carmaker C signed an agreement": three partners, and
    // the country is C's modifier.
    {"Prices rose. Kestrel Ltd, China's Heron Corp and U.S. carmaker Finch "
     "Motor Company signed a definitive agreement.",
     "Kestrel Ltd", "partners_with", "Finch Motor Company", true},
    {"Prices rose. Kestrel Ltd, China's Heron Corp and U.S. carmaker Finch "
     "Motor Company signed a definitive agreement.",
     "Heron Corp", "partners_with", "United States", false},
    // "took over the operation, which X now runs": not X.
    {"Prices rose. Kestrel Ltd took over the operation, which Heron Corp now "
     "runs.",
     "Kestrel Ltd", "acquires", "Heron Corp", false},
    // A body right before an active verb is its subject, even one the rule
    // does not take: not the country named before it.
    {"Prices rose. Japan buys tungsten, much of it from China, and the Japan "
     "Organization for Metals and Energy Security (JOGMEC) holds tungsten in "
     "a stockpile.",
     "China", "has_reserves_of", "tungsten", false},
    // "X (Germany) GmbH" is one name; "Thai Nguyen province" is a place.
    {"Prices rose. Kestrel Corp will acquire H.C. Starck Holding (Germany) "
     "GmbH, one of the largest makers of tungsten powders.",
     "Kestrel Corp", "acquires", "H.C. Starck Holding (Germany) GmbH", true},
    {"Prices rose. Kestrel Corp keeps the Nui Phao mine in Thai Nguyen "
     "province in northern Vietnam.",
     "Thai Nguyen province", "located_in", "Vietnam", true},
    {"Prices rose. China made exporters of seven medium and heavy rare "
     "earths, including dysprosium, apply for licences.",
     "medium and heavy rare earths", "includes", "dysprosium", true},
    // "is the world's largest producer of cobalt and Africa's largest
    // producer of copper": both are the subject's.
    {"Prices rose. Zambia is the world's largest producer of cobalt and "
     "Africa's largest producer of copper.",
     "Zambia", "produces", "copper", true},
    // "X, through its subsidiary Y, produces Z": X produces Z too.
    {"Prices rose. Kestrel Materials makes cutting tools and, through its "
     "subsidiary Heron Metals Co., produces tungsten powders in Japan.",
     "Kestrel Materials", "produces", "tungsten powders", true},
    // "copper and cobalt, which X already recovers".
    {"Prices rose. Besides copper and cobalt, which Kestrel Ltd already "
     "recovers as an alloy, the slag contains germanium.",
     "Kestrel Ltd", "produces", "copper", true},
    {"Prices rose. Besides copper and cobalt, which Kestrel Ltd already "
     "recovers as an alloy, the slag contains germanium.",
     "Kestrel Ltd", "produces", "germanium", false},
    // "X, the joint venture of A and the state corporation B"; "a joint
    // venture of three state-run companies, A, B and C"; not "A, known as
    // A2, and B".
    {"Prices rose. Polar Lithium, the joint venture of Kestrel Corp and the "
     "state corporation Heron Ltd, plans to start production.",
     "Heron Ltd", "owns_stake_in", "Polar Lithium", true},
    {"Prices rose. KABIL (Khanij Bidesh India Ltd), a joint venture of three "
     "state-run companies, Kestrel Corp, Heron Ltd and Finch Plc, buys assets.",
     "Finch Plc", "owns_stake_in", "Khanij Bidesh India Ltd", true},
    {"Prices rose. Manara Minerals Co is a joint venture between Saudi Arabian Mining Co., "
     "known as Ma'aden, and the Public Investment Fund.",
     "Saudi Arabian Mining Co.", "partners_with", "Public Investment Fund", true},
    // A passive's subject before an apposition.
    {"Prices rose. Ma'aden, Saudi Arabia's largest miner, is about two-thirds "
     "owned by the Public Investment Fund.",
     "Public Investment Fund", "owns_stake_in", "Ma'aden", true},
    // "the Pomalaa block in Southeast Sulawesi"; "Khanbogd soum".
    {"Prices rose. Kestrel Ltd will build a plant at the Pomalaa block in "
     "Southeast Sulawesi province, Indonesia.",
     "Pomalaa block", "located_in", "Indonesia", true},
    // A group, a dash and a list: its members; "licensing requirement for".
    {"Prices rose. It added five rare earth elements \xE2\x80\x93 holmium, erbium "
     "and thulium \xE2\x80\x93 to the list.",
     "rare earth elements", "includes", "erbium", true},
    {"China restricts exports. China's April licensing requirement for seven "
     "medium and heavy rare earths \xE2\x80\x93 samarium, gadolinium and yttrium "
     "\xE2\x80\x93 stays in place.",
     "China", "restricts_exports_of", "gadolinium", true},
    // Two-word demonyms ("South Korean") describe a company too.
    {"Prices rose. The South Korean steel company Kestrel Holdings opened a "
     "plant. Its output goes to South Korea.",
     "Kestrel Holdings", "based_in", "South Korea", true},
    // "an analyst at X (ACR) in City": X is based there.
    {"Prices rose, said Katrin Vogel, a senior analyst at the Mercator "
     "Institute for China Studies (MERICS) in Berlin.",
     "Mercator Institute for China Studies", "based_in", "Berlin", true},
    // "Kola Mining and Metallurgical Company" is one name; a company that
    // "works in" a region is active there.
    {"Prices rose. Nornickel already works in the Murmansk region through its "
     "subsidiary Kola Mining and Metallurgical Company (Kola MMC).",
     "Kola Mining and Metallurgical Company", "subsidiary_of", "Nornickel", true},
    {"Prices rose. Nornickel already works in the Murmansk region through its "
     "subsidiary Kola Mining and Metallurgical Company (Kola MMC).",
     "Nornickel", "active_in", "Murmansk region", true},
    // A known company and a country are its national unit; a translation's
    // "the project X" and "the locality of General X".
    {"Prices rose. The plant belongs to the project Sal de Oro of the "
     "subsidiary POSCO Argentina.",
     "POSCO Argentina", "subsidiary_of", "POSCO", false},
    {"Prices rose. POSCO Holdings opened a plant in the locality of General "
     "Guemes, in the province of Salta.",
     "General Guemes", "located_in", "Salta", true},
    {"Prices rose. Rio Tinto took control of the project Rincon in Argentina.",
     "Rincon", "located_in", "Argentina", true},
    // A place after a preposition is where the subject is, not the holder.
    {"Prices rose. Kestrel Ltd develops the Kolmozerskoye deposit. The "
     "deposit, in the Lovozersky district on the Kola Peninsula, is one of "
     "the largest lithium deposits in Russia.",
     "Kola Peninsula", "has_reserves_of", "lithium", false},
    // "into" derives only after a verb of conversion.
    {"Prices rose. Kestrel Ltd has grown from gold mining into phosphate and "
     "aluminium.",
     "phosphate", "derived_from", "gold", false},
    {"Prices rose. Kestrel Ltd turns tungsten concentrate into ammonium "
     "paratungstate.",
     "ammonium paratungstate", "derived_from", "tungsten concentrate", true},
    // "is buying a 50% interest in X": an acquisition under way, no stake
    // yet.
    {"Prices rose. BHP is buying a 50% interest in the Josemaria project "
     "from Lundin Mining.",
     "BHP", "owns_stake_in", "Josemaria project", false},
    {"Prices rose. BHP is buying a 50% interest in the Josemaria project "
     "from Lundin Mining.",
     "BHP", "acquires", "Josemaria project", true},
    // A demonym opening a partner's name is no partner.
    {"Prices rose. Imerys Lithium Ltd, a joint venture between Imerys SA and "
     "British Lithium, is developing a mine.",
     "Imerys SA", "partners_with", "United Kingdom", false},
    // A government body's offices are no presence.
    {"Prices rose. The Mining Commission shall keep the register at its "
     "offices in Dodoma.",
     "Mining Commission", "active_in", "Dodoma", false},
    // "X, one of the largest known copper and gold deposits"; "the Tavan
    // Tolgoi coking coal deposit".
    {"Prices rose. Work started at Oyu Tolgoi, one of the largest known "
     "copper and gold deposits in the world.",
     "Oyu Tolgoi", "has_reserves_of", "gold", true},
    {"Prices rose. Umnugovi province is also home to the Tavan Tolgoi coking "
     "coal deposit.",
     "Tavan Tolgoi coking coal deposit", "has_reserves_of", "coking coal", true},
    // "its nickel deposits in the Sorowako block": the place holds them;
    // not when "deposit" ends a project's name.
    {"Prices rose. Kestrel Ltd will supply ore from its nickel deposits in "
     "the Sorowako block.",
     "Sorowako block", "has_reserves_of", "nickel", true},
    {"Prices rose. Kestrel Ltd plans to start production at the Kolmozerskoye "
     "lithium deposit in the Murmansk region by 2030.",
     "Murmansk region", "has_reserves_of", "lithium", false},
    // An apposition names what a company called after its mine is; a place
    // in a place before the apposition is skipped.
    {"Prices rose. Orvik Resources is ramping up Talvera Mining (TVM), a "
     "second copper and cobalt mine in Lualaba.",
     "Talvera Mining", "produces", "cobalt", true},
    {"Prices rose. Orvik Resources bought Talvera Mining, a copper producer's "
     "former unit.",
     "Talvera Mining", "produces", "copper", false},
    {"Prices rose. Kestrel will keep the Ban Duong mine in Ha Giang province in "
     "northern Vietnam, one of the largest tungsten mines outside China.",
     "Ban Duong mine", "produces", "tungsten", true},
    // A finished purchase leaves the buyer holding what it bought; an
    // announced one does not yet.
    {"Prices rose. Kestrel Mining Ltd completed its takeover of Heron Metals "
     "Ltd in August.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Metals Ltd", true},
    {"Prices rose. Kestrel Mining Ltd announced the acquisition of Heron Metals "
     "Ltd in August.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Metals Ltd", false},
    {"Prices rose. Kestrel Mining Ltd bought Heron Metals Ltd in 2018.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Metals Ltd", true},
    {"Prices rose. Kestrel Mining Ltd, which took over Heron Metals Ltd in "
     "2021, is unsure whether it can proceed.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Metals Ltd", true},
    {"Prices rose. Heron Metals Ltd was taken over in October by Kestrel Mining Ltd.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Metals Ltd", true},
    {"Prices rose. Kestrel Mining Ltd has agreed to buy Heron Metals Ltd.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Metals Ltd", false},
    // An agreed purchase is an investment; a finished one is a holding.
    {"Prices rose. Kestrel Mining Ltd has agreed to buy Heron Metals Ltd for US$1.3 billion.",
     "Kestrel Mining Ltd", "invests_in", "Heron Metals Ltd", true},
    {"Prices rose. Kestrel Mining Ltd bought Heron Metals Ltd in 2018.",
     "Kestrel Mining Ltd", "invests_in", "Heron Metals Ltd", false},
    // "the company" after a passer-by named once deep in a sentence is the
    // company the article is about.
    {"Kestrel Mining Ltd said output rose. Kestrel Mining Ltd cut costs. "
     "Kestrel Mining Ltd hired staff. A suit was brought by the law firm Barlow "
     "Partners Ltd. In December the company completed its takeover of Heron "
     "Metals Ltd.",
     "Kestrel Mining Ltd", "acquires", "Heron Metals Ltd", true},
    // "their joint venture X", "their jointly owned company, X": the
    // companies the sentence opens with own it.
    {"Prices rose. Kestrel Mining Ltd and Norway's Fjordal ASA said their "
     "jointly owned U.S. company, Heron Lithium LLC, had won a grant.",
     "Fjordal ASA", "owns_stake_in", "Heron Lithium LLC", true},
    {"Prices rose. Kestrel Holdings and its listed unit Kestrel Metals Tbk are "
     "building a refinery through their joint venture PT Heron Alumina.",
     "Kestrel Metals Tbk", "owns_stake_in", "PT Heron Alumina", true},
    {"Prices rose. Kestrel Mining Ltd said their joint venture partner Heron "
     "Metals Ltd would pay.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Metals Ltd", false},
    // ", where X mines ...": the company works in the place before the
    // comma (the first of "A in B"); not in one of a list.
    {"Prices rose. Heron Metals is its partner in a plant at Sorowako in South "
     "Sulawesi, where Kestrel Nickel Tbk already mines nickel.",
     "Kestrel Nickel Tbk", "active_in", "Sorowako", true},
    {"Prices rose. The ore goes to South Korea, where its subsidiary Kestrel "
     "Future M makes cathode materials.",
     "Kestrel Future M", "active_in", "South Korea", true},
    {"Prices rose. The salar is shared by the provinces of Catamarca and Salta, "
     "where Kestrel Lithium SA extracts brine.",
     "Kestrel Lithium SA", "active_in", "Salta", false},
    // "works in X through its subsidiary Y": the subsidiary works there too.
    {"Prices rose. Kestrel Mining Ltd already works in the Murmansk region "
     "through its subsidiary Heron Polar Company.",
     "Heron Polar Company", "active_in", "Murmansk region", true},
    // Operators: ", where X operates", "its previous operator, X", "X is
    // the operator of Y".
    {"Prices rose. Orvik province is home to the Talvera coal deposit, where "
     "the state-owned Kestrel Coal JSC operates.",
     "Kestrel Coal JSC", "operates", "Talvera coal deposit", true},
    {"Prices rose. Orvik plc wants to restart the Talvera mine, which closed "
     "when its previous operator, Kestrel Minerals, collapsed.",
     "Kestrel Minerals", "operates", "Talvera mine", true},
    {"Prices rose. Orvik Ltd is the operator of the Talvera mine.",
     "Orvik Ltd", "operates", "Talvera mine", true},
    {"Prices rose. Orvik Ltd is the largest buyer of ore from the Talvera mine.",
     "Orvik Ltd", "operates", "Talvera mine", false},
    // A list of named projects after "two nickel deposits," holds the
    // mineral and lies in the place before the comma.
    {"Prices rose. Geologists mapped two large tungsten deposits in the Orvik "
     "region, Talvera and Upper Kestrel, but neither was mined.",
     "Upper Kestrel", "has_reserves_of", "tungsten", true},
    {"Prices rose. Geologists mapped two large tungsten deposits in the Orvik "
     "region, Talvera and Upper Kestrel, but neither was mined.",
     "Talvera", "located_in", "Orvik region", true},
    {"Prices rose. Also included are two greenfield nickel deposits, Talvera "
     "in Para state and Kestrel Hill in Mato Grosso.",
     "Kestrel Hill", "has_reserves_of", "nickel", true},
    {"Prices rose. Kestrel owns nickel deposits, and Talvera Hill Mining and "
     "Orvik Ltd buy its ore.",
     "Orvik Ltd", "has_reserves_of", "nickel", false},
    // A partnership or contract with a few words before "with".
    {"Prices rose. The European Union signed a strategic partnership on raw "
     "materials and batteries with Kazakhstan in 2022.",
     "European Union", "partners_with", "Kazakhstan", true},
    {"Prices rose. Kestrel Antimony Corp. signed a five-year contract worth up "
     "to $245 million with the Defense Logistics Agency.",
     "Kestrel Antimony Corp.", "partners_with", "Defense Logistics Agency", true},
    // The two owners of a venture held in equal halves are partners.
    {"Prices rose. Heron Manganese, owned in equal halves by Kestrel Minerals "
     "and Orvik Ltd, runs two mines.",
     "Kestrel Minerals", "partners_with", "Orvik Ltd", true},
    {"Prices rose. Heron Manganese, owned 60% by Kestrel Minerals and 40% by "
     "Orvik Ltd, runs two mines.",
     "Kestrel Minerals", "partners_with", "Orvik Ltd", false},
    // A named plant is a project (located_in), not the company's presence;
    // an unnamed plant is.
    {"Prices rose. Kestrel Corp said it would stop work at its Talvera lithium "
     "hydroxide plant in Western Australia.",
     "Kestrel Corp", "active_in", "Western Australia", false},
    {"Prices rose. Kestrel Corp will process the concentrate at its plant in "
     "Olen, Belgium.",
     "Kestrel Corp", "active_in", "Olen", true},
    // Where a company is based: "X, based in Y,", "a U.S. refiner", "its
    // U.S. subsidiary, X", "the Chilean unit that ...".
    {"Prices rose. Greenweed Metals Corp., based in Vancouver, is advancing a "
     "tungsten deposit.",
     "Greenweed Metals Corp.", "based_in", "Vancouver", true},
    {"Prices rose. Kestrel agreed to buy Heron Refining, a U.S. refiner, for "
     "about $82 million.",
     "Heron Refining", "based_in", "United States", true},
    {"Prices rose. Kestrel Minerals Ltd holds 85% of the Talvera project in "
     "Alaska through its U.S. subsidiary, Orvik Range Resources LLC.",
     "Orvik Range Resources LLC", "based_in", "United States", true},
    {"Prices rose in Chile. Codelco and Kestrel Sur, the Chilean unit that "
     "Kestrel owns 50.1% of, signed an agreement.",
     "Kestrel Sur", "based_in", "Chile", true},
    {"Prices rose. Kestrel Metals Corp., based on its own study, expects more "
     "output in Canada.",
     "Kestrel Metals Corp.", "based_in", "Canada", false},
    // "became the sole owner of", "is the main operator of".
    {"Prices rose. Kestrel Ltd, which manages the mine, became the sole owner "
     "of Heron Resources in December 2022.",
     "Kestrel Ltd", "owns_stake_in", "Heron Resources", true},
    {"Prices rose. Orvik Ltd is the main operator of the Talvera mine.",
     "Orvik Ltd", "operates", "Talvera mine", true},
    // "Ghana is Africa's largest producer of gold and also produces
    // manganese": the possessive place is a scope, not the subject.
    {"Prices rose. Ghana is Africa's largest producer of gold and also produces "
     "manganese and bauxite.",
     "Ghana", "produces", "manganese", true},
    {"Prices rose. Ghana is Africa's largest producer of gold and also produces "
     "manganese and bauxite.",
     "Africa", "produces", "manganese", false},
    // "Outside the DRC, the company mines": an opening place is no subject.
    {"Kestrel Group said output rose. Outside the DRC, the company mines niobium "
     "in Brazil.",
     "Democratic Republic of Congo", "produces", "niobium", false},
    {"Kestrel Group said output rose. Outside the DRC, the company mines niobium "
     "in Brazil.",
     "Kestrel Group", "produces", "niobium", true},
    // Uranium products are minerals of their own.
    {"Prices rose. Russia curbs enriched uranium exports to the United States.",
     "Russia", "restricts_exports_of", "enriched uranium", true},
    // "spodumene miners such as A and B" produce spodumene.
    {"Prices rose. In Australia, spodumene miners such as Kestrel Minerals and "
     "Orvik Resources had one of their best days.",
     "Orvik Resources", "produces", "spodumene", true},
    {"Prices rose. Buyers such as Kestrel Minerals paid more for spodumene.",
     "Kestrel Minerals", "produces", "spodumene", false},
    // More mineral words may stand between a project's name and "mine".
    {"Prices rose. Kestrel halted mining at its Talvera lepidolite mine near "
     "Yichun.",
     "Talvera lepidolite mine", "produces", "lepidolite", true},
    // ", in which battery maker X also holds a stake".
    {"Prices rose. Kestrel owns 71.25% of Talvera Mining, in which battery "
     "maker Orvik Ltd also holds a stake.",
     "Orvik Ltd", "owns_stake_in", "Talvera Mining", true},
    // "China's southern Guangxi region": an adjective after the possessive.
    {"Prices rose. Output rose in China's southern Guangxi region.",
     "Guangxi region", "located_in", "China", true},
    // A person's company; a possessor and an acronym inside a list of
    // subjects.
    {"Prices rose. Orvik Ltd and Gina Talbot's Kestrel Prospecting have agreed "
     "to buy Heron Minerals together.",
     "Gina Talbot", "owns_stake_in", "Kestrel Prospecting", true},
    {"Prices rose. Chile's Sociedad Minera de Orvik (SMO) and Gina Talbot's "
     "Kestrel Prospecting have agreed to buy Heron Minerals together.",
     "Sociedad Minera de Orvik", "acquires", "Heron Minerals", true},
    // "X, its joint venture with Y": both own X; ", which runs" after it
    // is about the venture, not the partner.
    {"Prices rose. Kestrel Ltd said Talvera Lithium Australia, its joint venture "
     "with Orvik Lithium, had stopped work.",
     "Orvik Lithium", "owns_stake_in", "Talvera Lithium Australia", true},
    {"Prices rose. Kestrel owns half of Talvera Lithium, its joint venture with "
     "Orvik Ltd, which runs the Heron lithium mine.",
     "Talvera Lithium", "operates", "Heron lithium mine", true},
    {"Prices rose. Kestrel owns half of Talvera Lithium, its joint venture with "
     "Orvik Ltd, which runs the Heron lithium mine.",
     "Orvik Ltd", "operates", "Heron lithium mine", false},
    // Licences granted; "The Government of X, through the Ministry of Y,"
    // acts with its ministry; "for the Z project" is approved too.
    {"Prices rose. The Government of Ghana, through the Ministry of Lands, "
     "has today granted a mining lease to Kestrel Ghana Limited for the Talvera "
     "Lithium Project.",
     "Ghana", "approves", "Kestrel Ghana Limited", true},
    {"Prices rose. The Government of Ghana, through the Ministry of Lands, "
     "has today granted a mining lease to Kestrel Ghana Limited for the Talvera "
     "Lithium Project.",
     "Ministry of Lands", "approves", "Talvera Lithium Project", true},
    // "has led BHP since 2020", "took charge of Anglo American".
    {"Prices rose. Dale Moss has led Kestrel Mining since 2020, and Ana Ruiz "
     "took charge of Orvik Resources in 2022.",
     "Ana Ruiz", "head_of", "Orvik Resources", true},
    {"Prices rose. Dale Moss has led Kestrel Mining since 2020, and Ana Ruiz "
     "took charge of Orvik Resources in 2022.",
     "Dale Moss", "head_of", "Kestrel Mining", true},
    // "for the DOE at its plant in Piketon": "its" is the subject's.
    {"Prices rose. Kestrel Energy Corp. also makes fuel for the Department of "
     "Energy at its plant in Piketon, Ohio.",
     "Department of Energy", "active_in", "Piketon", false},
    // "Congo mines drive record output": "mines" is the noun.
    {"Prices rose. Kestrel profit jumps as Congo mines drive record copper "
     "output.",
     "Democratic Republic of Congo", "produces", "copper", false},
    // "Kestrel's Wyoming uranium assets": the company works there.
    {"Prices rose. Orvik closed its purchase of Kestrel Mining's Wyoming "
     "uranium assets.",
     "Kestrel Mining", "active_in", "Wyoming", true},
    {"Prices rose. Kestrel Mining's Wyoming office said prices rose.",
     "Kestrel Mining", "active_in", "Wyoming", false},
    // "the X park in Central Sulawesi, Indonesia, which makes": the park.
    {"Prices rose. Output comes from smelters at the Kestrel Industrial Park in "
     "Central Sulawesi, Indonesia, which makes nickel pig iron.",
     "Kestrel Industrial Park", "produces", "nickel pig iron", true},
    {"Prices rose. Output comes from smelters at the Kestrel Industrial Park in "
     "Central Sulawesi, Indonesia, which makes nickel pig iron.",
     "Indonesia", "produces", "nickel pig iron", false},
    // Units: an apposition about the name before its comma ("X, a
    // subsidiary of Chilean miner Y", "an affiliate of", "the ... arm of"),
    // "through its U.S. subsidiary, X".
    {"Prices rose. Ana Ruiz, chief regulatory officer of Kestrel Minnesota, a "
     "subsidiary of Chilean miner Orvik plc, described a project.",
     "Kestrel Minnesota", "subsidiary_of", "Orvik plc", true},
    {"Prices rose. A royalty was proposed by Lanxess and Saltwerx Holdings, an "
     "affiliate of Orvik Mobil Corp., last year.",
     "Saltwerx Holdings", "subsidiary_of", "Orvik Mobil Corp.", true},
    {"Prices rose. Kestrel Minerals Ltd holds 85% of the Talvera project "
     "through its U.S. subsidiary, Orvik Range Resources LLC.",
     "Orvik Range Resources LLC", "subsidiary_of", "Kestrel Minerals Ltd", true},
    {"Prices rose. Kestrel Ltd is developing it with Ana Ruiz, the Brazilian "
     "arm of Orvik Company.",
     "Kestrel Ltd", "subsidiary_of", "Orvik Company", false},
    {"Prices rose. The business has two operating ferronickel mines and "
     "smelters in Goias state: Talvera Alto, and Kestrel Hill in the "
     "municipality of Niquelandia.",
     "Kestrel Hill", "produces", "ferronickel", true},
    // People and firms: "a senior analyst at the commodities broker X",
    // "Teck's Jonathan Price", "named X as its next chief executive".
    {"Prices rose. \"It is the marginal tonne,\" said Ana Ruiz, a senior "
     "analyst at the commodities broker Kestrel Futures.",
     "Ana Ruiz", "works_for", "Kestrel Futures", true},
    {"Prices rose. Dale Moss would lead it, and Kestrel Resources's Ana Ruiz "
     "would be his deputy.",
     "Ana Ruiz", "works_for", "Kestrel Resources", true},
    {"Prices rose. Kestrel Mining has named Dale Moss as its next chief "
     "executive.",
     "Dale Moss", "head_of", "Kestrel Mining", true},
    {"Prices rose. Kestrel Mining appointed Ana Ruiz as its chief financial "
     "officer.",
     "Ana Ruiz", "head_of", "Kestrel Mining", false},
    // "according to the evaluation of X", "according to the X Association"
    // with a rank.
    {"Prices rose. According to the evaluation of the Orvik Geological Survey, "
     "China's share of lithium reserves rose from 6% to 16.5%.",
     "Orvik Geological Survey", "estimated", "China", true},
    {"Prices rose. Namibia is the world's third-largest uranium producer, "
     "according to the World Uranium Association.",
     "World Uranium Association", "estimated", "Namibia", true},
    // State bodies: "which reports to the Ministry of X", "the statistics
    // arm of the Department of Energy"; "an investment of US$32.9 million in".
    {"Prices rose. The Orvik Offshore Directorate, which reports to the "
     "Ministry of Energy, estimated the seabed holds copper.",
     "Orvik Offshore Directorate", "part_of", "Ministry of Energy", true},
    {"Prices rose. It supplied a quarter, according to the Energy Information "
     "Administration, the statistics arm of the Department of Energy.",
     "Energy Information Administration", "part_of", "Department of Energy", true},
    {"Prices rose. The Kestrel Investment Fund will make a strategic investment "
     "of US$32.9 million in Orvik Lithium.",
     "Kestrel Investment Fund", "invests_in", "Orvik Lithium", true},
    // Stakes: "a 25% stake", "25 per cent"; the name an apposition with a
    // place describes; "with X holding the rest"; an unknown name before
    // the verb is the subject, so no earlier name is.
    {"Prices rose. It is ramping up Kestrel Mining (KSM), a second copper and "
     "cobalt mine in Lualaba in which the battery maker Orvik Power holds a 25% stake.",
     "Orvik Power", "owns_stake_in", "Kestrel Mining", true},
    {"Prices rose. Kestrel Mining, in which Orvik Power holds a 19.9 per cent "
     "interest, grew.",
     "Orvik Power", "owns_stake_in", "Kestrel Mining", true},
    {"Prices rose. Talvera Group holds 80% of Kestrel Mining, with state miner "
     "Orvik Minerals holding the rest.",
     "Orvik Minerals", "owns_stake_in", "Kestrel Mining", true},
    {"Prices rose. Talvera Group owns 80% of Kestrel Mining, with Orvik "
     "Minerals holding 20%.",
     "Orvik Minerals", "owns_stake_in", "Kestrel Mining", true},
    {"Prices rose. Talvera Group owns 80% of Kestrel Mining, with Orvik "
     "Minerals buying copper.",
     "Orvik Minerals", "owns_stake_in", "Kestrel Mining", false},
    {"Prices rose. Husab is owned mainly by Talvera Nuclear Power Group (TNPG), "
     "and CNNC holds a majority of Rossing.",
     "Talvera Nuclear Power Group", "owns_stake_in", "Rossing", false},
    {"Prices rose. Rio Tinto completed its US$6.7 billion purchase of Orvik "
     "Lithium in March.",
     "Rio Tinto", "owns_stake_in", "Orvik Lithium", true},
    // A demonym before a capitalised mineral inside a sentence is a company.
    {"Prices rose. Kestrel British Lithium, a joint venture between Kestrel "
     "Minerals and British Lithium, is developing a mica project.",
     "British Lithium", "owns_stake_in", "Kestrel British Lithium", true},
    // A second verb phrase of a singular subject shares the sentence's
    // subject; not inside a "where" clause.
    {"Prices rose. Kestrel Mining owns 68% of the Orvik mine, which produces "
     "zinc, in partnership with state miner Talvera Minerals, and is building "
     "the Heronvale project.",
     "Kestrel Mining", "develops", "Heronvale project", true},
    {"Prices rose. Kestrel Mining owns 68% of the Orvik mine, which produces "
     "zinc, in partnership with state miner Talvera Minerals, and is building "
     "the Heronvale project.",
     "Talvera Minerals", "develops", "Heronvale project", false},
    {"Prices rose. Kestrel Mining signed a deal with Orvik Corp and is "
     "developing the Talvera project.",
     "Kestrel Mining", "develops", "Talvera project", true},
    {"Prices rose. Orvik Cobalt is its partner in a plant at Sorowako, where "
     "Kestrel Nickel already mines nickel and produces nickel matte.",
     "Kestrel Nickel", "produces", "nickel matte", true},
    // A president who speaks to analysts on a call is a company's.
    {"Prices rose. Kestrel Mining halted its mine in Congo. Congo produces "
     "cobalt. Congo exports copper. \"We will know more soon,\" President Dana "
     "Orvik told analysts on a call.",
     "Dana Orvik", "head_of", "Democratic Republic of Congo", false},
    // So is one who says what "the company" will do.
    {"Prices rose. Kestrel Mining will build a mine in Zambia. Zambia "
     "produces copper. Zambia exports cobalt. President Dana Orvik said the "
     "company would keep exploring.",
     "Dana Orvik", "head_of", "Zambia", false},
    // Several holders in one "in which" clause.
    {"Prices rose. Kestrel is owned by Kestrel Copper SA, in which Orvik Mines "
     "and China's Talvera Mining Group each hold 39.6%, the Congolese government "
     "holds 20% and a private firm holds the rest.",
     "Talvera Mining Group", "owns_stake_in", "Kestrel Copper SA", true},
    {"Prices rose. Kestrel is owned by Kestrel Copper SA, in which Orvik Mines "
     "and China's Talvera Mining Group each hold 39.6%, the Congolese government "
     "holds 20% and a private firm holds the rest.",
     "Orvik Mines", "owns_stake_in", "Kestrel Copper SA", true},
    {"Prices rose. Kestrel is owned by Kestrel Copper SA, in which Orvik Mines "
     "and China's Talvera Mining Group each hold 39.6%, the Congolese government "
     "holds 20% and a private firm holds the rest.",
     "Democratic Republic of Congo", "owns_stake_in", "Kestrel Copper SA", true},
    // "co-chairman" heads; a name's possessive written as a bare apostrophe
    // ("Orvik Mines' executive co-chairman"); a possessive before a list.
    {"Prices rose. Orvik Mines co-chairman Dana Heron said it.",
     "Dana Heron", "head_of", "Orvik Mines", true},
    {"Prices rose. Dana Heron, Orvik Mines' executive co-chairman, said it.",
     "Dana Heron", "head_of", "Orvik Mines", true},
    {"Prices rose. Kestrel Group will combine Orvik Minerals' Talvera Hill and "
     "Heronvale mines with its own mine.",
     "Orvik Minerals", "operates", "Heronvale", true},
    // ", and X has funded" opens a clause: X is no item of the list before.
    {"Prices rose. Kestrel Metals and Orvik Group each own 50% of Talvera "
     "Metals, and Orvik Group has funded most of the work.",
     "Kestrel Metals", "owns_stake_in", "Orvik Group", false},
    {"Prices rose. Kestrel Metals and Orvik Group each own 50% of Talvera "
     "Metals, and Orvik Group has funded most of the work.",
     "Kestrel Metals", "owns_stake_in", "Talvera Metals", true},
    {"Prices rose. Andrew Heron, who led Orvik Minerals as chief executive, "
     "said the staff were in good hands.",
     "Andrew Heron", "head_of", "Orvik Minerals", true},
    {"Prices rose. Orvik Minerals approved construction of the Talvera project "
     "last year.",
     "Orvik Minerals", "develops", "Talvera project", true},
    // An unknown name right after the verb is its object; a clause is no
    // apposition; "coal mines" is a noun; "platinum group metal" is a mineral.
    {"Prices rose. Talvera Platinum owns Zorvik in equal shares with Kestrel "
     "Rainbow Minerals.",
     "Talvera Platinum", "owns_stake_in", "Kestrel Rainbow Minerals", false},
    {"Prices rose. Orvik Holdings, which owned about four-fifths of the platinum "
     "producer, kept a 19.9% stake in Talvera Platinum.",
     "Orvik Holdings", "produces", "platinum", false},
    {"Prices rose. Orvik Holdings is selling its Kestrel diamond business, its "
     "steelmaking coal mines in Australia and its nickel operations in Brazil.",
     "Orvik Holdings", "produces", "nickel", false},
    {"Prices rose. South Africa holds most of the world's known platinum group "
     "metal resources.",
     "South Africa", "has_reserves_of", "platinum group metal", true},
    // "X, Trilogy's 50/50 joint venture with South32": the possessor is
    // the partner, both own X, and the possessor is no item of a list.
    {"Prices rose. The work is at the Upper Orvik Projects, held by Talvera "
     "Metals LLC, Kestrel Metals' 50/50 joint venture with Heron Minerals Limited.",
     "Kestrel Metals", "owns_stake_in", "Upper Orvik Projects", false},
    {"Prices rose. The work is at the Upper Orvik Projects, held by Talvera "
     "Metals LLC, Kestrel Metals' 50/50 joint venture with Heron Minerals Limited.",
     "Heron Minerals Limited", "owns_stake_in", "Talvera Metals LLC", true},
    {"Prices rose. The work is at the Upper Orvik Projects, held by Talvera "
     "Metals LLC, Kestrel's 50/50 joint venture with Heron Minerals Limited.",
     "Talvera Metals LLC", "partners_with", "Heron Minerals Limited", false},
    // Producers ranked ahead: "the second-largest copper producer after
    // Chile", "second only to"; not "after the ban".
    {"Prices rose. Congo became the world's second-largest copper producer "
     "after Chile in 2023.",
     "Chile", "produces", "copper", true},
    {"Prices rose. Congo is the second-biggest producer of copper after Chile "
     "and Peru.",
     "Peru", "produces", "copper", true},
    {"Prices rose. Argentina is the world's fourth-largest producer of lithium, "
     "after Australia, Chile and China, and holds large brine resources.",
     "China", "produces", "lithium", true},
    {"Prices rose. Gabon is the second producer of manganese in the world after "
     "South Africa.",
     "South Africa", "produces", "manganese", true},
    {"Prices rose. Congo is the world's second-largest cobalt producer, second "
     "only to Indonesia.",
     "Indonesia", "produces", "cobalt", true},
    // "one of the largest producers of X, alongside A and B": they produce it too.
    {"Prices rose. Kenya is one of the world's largest producers of natural graphite, "
     "alongside China, Mozambique and Brazil.",
     "Mozambique", "produces", "natural graphite", true},
    {"Prices rose. Chile is one of the largest producers of copper, along with Peru.",
     "Peru", "produces", "copper", true},
    {"Prices rose. Congo became the largest copper producer after the ban on "
     "Chile's exports.",
     "Chile", "produces", "copper", false},
    // "The former President Director of PT X, Name,": the body after "of"
    // is where the named person holds the title.
    {"Prices rose. The former President Director of PT Orvik, Dana Riza "
     "Kestrelan, was jailed.",
     "Dana Riza Kestrelan", "head_of", "PT Orvik", true},
    // State bodies: "an agency of", "under the"; a shareholder after an
    // adverb ("was already X's largest shareholder").
    {"Prices rose. He works at the Orvik Geological Survey, an agency of the "
     "Department of the Interior, and likes it.",
     "Orvik Geological Survey", "part_of", "Department of the Interior", true},
    {"Prices rose. Dana Heron, director of the Kestrel Information Center at the "
     "Orvik Geological Survey, an agency of the Department of the Interior, spoke.",
     "Kestrel Information Center", "part_of", "Department of the Interior", false},
    {"Prices rose. The Orvik Geological Survey under the Ministry of Natural "
     "Resources found lithium.",
     "Orvik Geological Survey", "part_of", "Ministry of Natural Resources", true},
    {"Prices rose. Kestrel Mining was already Orvik Zinc's largest shareholder "
     "before the bid.",
     "Kestrel Mining", "owns_stake_in", "Orvik Zinc", true},
    // "X, owner of the money changer Y" (a person owns); "bought into";
    // every subject of a comma list.
    {"Prices rose. The businesswoman Dana Lim, owner of the money changer PT "
     "Orvik Skyline Exchange, was jailed.",
     "Dana Lim", "owns_stake_in", "PT Orvik Skyline Exchange", true},
    {"Prices rose. Its camp counts on partners, among them Kestrel Holdings, "
     "Orvik Chem and Talvera Motor, which each bought into Heron Zinc in recent "
     "years.",
     "Kestrel Holdings", "owns_stake_in", "Heron Zinc", true},
    {"Prices rose. Its camp counts on partners, among them Kestrel Holdings, "
     "Orvik Chem and Talvera Motor, which each bought into Heron Zinc in recent "
     "years.",
     "Orvik Chem", "acquires", "Heron Zinc", true},
    {"Prices rose. In Chile, Kestrel Holdings and Orvik Chem signed a deal with "
     "Talvera Motor.",
     "Chile", "partners_with", "Talvera Motor", false},
    // A deposit's apposition with a comma list of minerals.
    {"Prices rose. Kestrel Metals holds the Orvik deposit, a copper, zinc, "
     "lead, gold and silver deposit.",
     "Orvik deposit", "has_reserves_of", "zinc", true},
    // "a joint venture between A and China's B": B, not China; "when its
    // operator X halted work".
    {"Prices rose. The plant is run by PT Orvik Lygend (OL), a joint venture "
     "between Kestrel Nickel and China's Talvera Resources Co., Ltd.",
     "Talvera Resources Co., Ltd", "owns_stake_in", "PT Orvik Lygend", true},
    {"Prices rose. The plant is run by PT Orvik Lygend (OL), a joint venture "
     "between Kestrel Nickel and China's Talvera Resources Co., Ltd.",
     "China", "owns_stake_in", "PT Orvik Lygend", false},
    {"Prices rose. The Kestrel mine has not produced copper since April 20, "
     "when its operator Orvik Ltd halted work.",
     "Orvik Ltd", "operates", "Kestrel mine", true},
    {"Prices rose. The Kestrel project is one of the largest copper "
     "discoveries of the decade.",
     "Kestrel project", "has_reserves_of", "copper", true},
    // A name after "its" is something the subject owns, not a subject.
    {"Prices rose. Orvik Holdings is selling its Kestrel diamond business, its "
     "steelmaking coal mines in Australia and its nickel operations in Brazil.",
     "Orvik Holdings", "active_in", "Australia", true},
    {"Prices rose. Orvik Holdings is selling its Kestrel Diamonds business and "
     "its steelmaking coal mines in Australia.",
     "Kestrel Diamonds", "active_in", "Australia", false},
    // "X holds ..., and it supplies": "it" is the sentence's subject, not
    // the company named in the sentence before.
    {"Prices rose. Kestrel Mining rose. South Africa holds most of the world's "
     "platinum resources, and it supplies around 70% of the platinum mined.",
     "Kestrel Mining", "produces", "platinum", false},
    {"Prices rose. Kestrel Mining rose. South Africa holds most of the world's "
     "platinum resources, and it supplies around 70% of the platinum mined.",
     "South Africa", "produces", "platinum", true},
    {"Prices rose. Under the mission, the Orvik Geological Survey (OGS), an "
     "attached office of the Ministry of Mines, will take up projects.",
     "Orvik Geological Survey", "part_of", "Ministry of Mines", true},
    {"Prices rose. Kestrel Mining Chief Executive Dana Heron, who travelled "
     "to Mongolia for the ceremony, thanked the Government.",
     "Dana Heron", "visited", "Mongolia", true},
    // "the Texas-based producer" after "its purchase of Rio Tinto's assets"
    // is the buyer, not the possessor.
    {"Prices rose. Kestrel Energy Corp. has completed its purchase of Orvik "
     "Group's uranium assets in Wyoming, giving the Texas-based producer a mill.",
     "Orvik Group", "based_in", "Texas", false},
    {"Prices rose. Kestrel Energy Corp. has completed its purchase of Orvik "
     "Group's uranium assets in Wyoming, giving the Texas-based producer a mill.",
     "Kestrel Energy Corp.", "based_in", "Texas", true},
    // "its" in a clause of its own stands for that clause's subject.
    {"Prices rose. Kestrel Energy Inc. has been ramping up its Orvik operation "
     "since 2023, and Talvera Energy Ltd. is restarting its Heron project nearby.",
     "Kestrel Energy Inc.", "develops", "Heron project", false},
    {"Prices rose. Kestrel Energy Inc. has been ramping up its Orvik operation "
     "since 2023, and Talvera Energy Ltd. is restarting its Heron project nearby.",
     "Talvera Energy Ltd.", "develops", "Heron project", true},
    // Stakes and reserves: "holds shares" is a stake, not reserves; "holds
    // about 13 million tonnes" is no stake; fractions are stakes.
    {"Prices rose. Kestrel, a subsidiary of Orvik, in which the Gabonese state "
     "also holds shares, operates the Talvera mine, the largest manganese mine.",
     "Gabon", "has_reserves_of", "manganese", false},
    {"Prices rose. Kestrel Uranium, in which Orvik Fund holds about "
     "three-quarters, mines uranium.",
     "Orvik Fund", "owns_stake_in", "Kestrel Uranium", true},
    {"Prices rose. India mines sand. The directorate estimates that the country "
     "holds about 13 million tonnes of monazite.",
     "India", "has_reserves_of", "monazite", true},
    // A sentence opened by "it" names its subject before: "it" later in it
    // is the same.
    {"Prices rose. China imports manganese. It is the largest importer of "
     "manganese ore, mostly from South Africa and Gabon, and it refines almost "
     "all of the world's manganese sulphate.",
     "South Africa", "produces", "manganese sulphate", false},
    // "whose X (ABC) project": a project is developed, past its abbreviation.
    {"Prices rose. It completed its takeover of Kestrel Uranium Corp, whose "
     "Orvik Lake South (OLS) project lies in the Talvera Basin.",
     "Kestrel Uranium Corp", "develops", "Orvik Lake South", true},
    // "..., giving the Perth-based producer its first asset": the subject.
    {"Prices rose. Kestrel Minerals Ltd has completed its acquisition of Orvik "
     "Resources Ltd, giving the Perth-based spodumene producer its first asset "
     "abroad.",
     "Kestrel Minerals Ltd", "based_in", "Perth", true},
    {"Prices rose. Kestrel Minerals Ltd has completed its acquisition of Orvik "
     "Resources Ltd, giving the Perth-based spodumene producer its first asset "
     "abroad.",
     "Orvik Resources Ltd", "based_in", "Perth", false},
    // "Minister for Resources X" with no ministry named: the country; not
    // a state's minister ("South Australian Minister for Energy X").
    {"Prices rose. Australia mines ore. Australia ships ore. Minister for "
     "Resources Dana Orvik said Australia mined much of the world's ore.",
     "Dana Orvik", "minister_of", "Australia", true},
    {"Prices rose. Australia mines ore. Australia ships ore. South Australian "
     "Minister for Energy and Mining Dana Orvik said the state would act.",
     "Dana Orvik", "minister_of", "Australia", false},
    // Selling goods supplies the buyer; selling an asset does not.
    {"Prices rose. Kestrel Mining sells most of its concentrate to Orvik Corp "
     "under long-term offtake agreements.",
     "Kestrel Mining", "supplies", "Orvik Corp", true},
    {"Prices rose. Kestrel Mining sold its 50% stake in the Talvera mine to "
     "Orvik Corp.",
     "Kestrel Mining", "supplies", "Orvik Corp", false},
    {"Prices rose. Kestrel Minerals had taken full control of the Talvera "
     "project in 2020.",
     "Kestrel Minerals", "owns_stake_in", "Talvera project", true},
    {"Prices rose. All three mines lie in the Orvik Craton of South Australia.",
     "Orvik Craton", "located_in", "South Australia", true},
    // Asking a government body to act lobbies it; asking a company does not.
    {"Prices rose. Kestrel Zinc has asked the Ministry of Trade, Industry and "
     "Energy to designate its smelting methods as core technology.",
     "Kestrel Zinc", "lobbied", "Ministry of Trade, Industry and Energy", true},
    {"Prices rose. Kestrel Mining urged the Department of Energy to speed up "
     "the loan.",
     "Kestrel Mining", "lobbied", "Department of Energy", true},
    {"Prices rose. Kestrel Mining asked Orvik Corp to pay more for the ore.",
     "Kestrel Mining", "lobbied", "Orvik Corp", false},
    // "it" after a possessed subject is the possessed name.
    {"Prices rose. Kestrel Zinc's Orvik smelter in Ulsan produces zinc and "
     "lead, and it also recovers small-volume metals such as indium.",
     "Orvik smelter", "produces", "indium", true},
    {"Prices rose. Kestrel Zinc's Orvik smelter in Ulsan produces zinc and "
     "lead, and it also recovers small-volume metals such as indium.",
     "Kestrel Zinc", "produces", "indium", false},
    // A tribe is an organisation that someone chairs.
    {"Prices rose. Dana Orvik, chairman of the Kestrel Creek Apache Tribe, said "
     "the tribe would look at every legal option.",
     "Dana Orvik", "head_of", "Kestrel Creek Apache Tribe", true},
    // A name, then "of" or "at" a firm: the firm it speaks for.
    {"Prices rose. Prices will rise further, said Dana Orvik of Kestrel "
     "Capital.",
     "Dana Orvik", "works_for", "Kestrel Capital", true},
    {"Prices rose. Analyst Dana Orvik of Kestrel Capital said prices would "
     "rise.",
     "Dana Orvik", "works_for", "Kestrel Capital", true},
    {"Prices rose. Chief executive Dana Orvik of Kestrel Mining said output "
     "would rise.",
     "Dana Orvik", "head_of", "Kestrel Mining", true},
    // A chief executive after an organisation is its head, not the head of
    // the article's company.
    {"Prices rose. Kestrel Mining sold nickel. Kestrel Mining shipped nickel. "
     "The Orvik Metal Exchange has cancelled all nickel trades. Chief "
     "executive Dana Orvik says the market had become disorderly.",
     "Dana Orvik", "head_of", "Orvik Metal Exchange", true},
    {"Prices rose. Kestrel Mining sold nickel. Kestrel Mining shipped nickel. "
     "The Orvik Metal Exchange has cancelled all nickel trades. Chief "
     "executive Dana Orvik says the market had become disorderly.",
     "Dana Orvik", "head_of", "Kestrel Mining", false},
    {"Prices rose. Kestrel Mining will supply 10,000 tonnes of graphite to "
     "Orvik Battery Corp under a five-year deal.",
     "Kestrel Mining", "supplies", "Orvik Battery Corp", true},
    // A region's possessive places the region after it in it; "Voisey's
    // Bay" is one name.
    {"Prices rose. The Talvera mine lies in Western Australia's Pilbara "
     "region.",
     "Pilbara region", "located_in", "Western Australia", true},
    {"Prices rose. Kestrel Mining runs nickel mines in Canada, including "
     "Sudbury in Ontario, Voisey's Bay in Newfoundland and Labrador and "
     "Thompson in Manitoba.",
     "Voisey's Bay", "located_in", "Newfoundland and Labrador", true},
    // "owns with X": X is a co-owner, not what is owned.
    {"Prices rose. Kestrel must send concentrate to PT Orvik, the older "
     "smelter that it owns with Talvera Materials from Japan.",
     "PT Orvik", "owns_stake_in", "Talvera Materials", false},
    // Japan has no president: "President X" there presides over a company.
    {"Prices rose. Kestrel Metals listed in Tokyo, Japan. Japan buys copper. "
     "President Dana Orvik said the company would grow.",
     "Dana Orvik", "head_of", "Japan", false},
    {"Prices rose. Mali mines gold. Mali raised taxes on gold. Mali wants "
     "more gold. President Dana Orvik said Mali would act.",
     "Dana Orvik", "head_of", "Mali", true},
    // A place of a place set off by commas describes the name before it.
    {"Prices rose. The Talvera mine, in Orvik County in Sweden, produces "
     "zinc, lead and silver.",
     "Talvera mine", "produces", "zinc", true},
    {"Prices rose. The Talvera mine, in Orvik County in Sweden, produces "
     "zinc, lead and silver.",
     "Orvik County", "produces", "zinc", false},
    // "X territory of Congo's North Kivu province", "the X smelter of Oita
    // prefecture".
    {"Prices rose. Kestrel runs the Talvera tin mine in the Orvik territory "
     "of Congo's North Kivu province.",
     "Orvik territory", "located_in", "North Kivu province", true},
    {"Prices rose. Smelting continues at the Talvera smelter of Oita "
     "prefecture.",
     "Talvera smelter", "located_in", "Oita prefecture", true},
    // "X, its wholly-owned Argentine subsidiary": the unit is named first.
    {"Prices rose. Kestrel holds projects in Argentina. Kestrel Lithium holds "
     "the Talvera project through Liex S.A., its wholly-owned Argentine "
     "subsidiary.",
     "Liex S.A.", "subsidiary_of", "Kestrel Lithium", true},
    {"Prices rose. Kestrel holds projects in Argentina. Kestrel Lithium holds "
     "the Talvera project through Liex S.A., its wholly-owned Argentine "
     "subsidiary.",
     "Liex S.A.", "based_in", "Argentina", true},
    // A securities house is a company its analysts work for.
    {"Prices rose. The analyst Dana Orvik of Kestrel Securities said the "
     "market was wrong.",
     "Dana Orvik", "works_for", "Kestrel Securities", true},
    // Two named mines joined before one place both lie there.
    {"Prices rose. Kestrel runs the Talvera copper mine and the Orvik zinc "
     "mine in Sweden and the Heron mine in Finland.",
     "Talvera copper mine", "located_in", "Sweden", true},
    {"Prices rose. Kestrel runs the Talvera copper mine and the Orvik zinc "
     "mine in Sweden and the Heron mine in Finland.",
     "Talvera copper mine", "located_in", "Finland", false},
    // Granting or issuing a company a permit approves it; granting it more
    // time does not.
    {"Prices rose. The Ministry of Mines granted Kestrel Mining a licence for "
     "the Talvera project.",
     "Ministry of Mines", "approves", "Kestrel Mining", true},
    {"Prices rose. Kestrel Mining was granted a mining licence by the Ministry "
     "of Mines.",
     "Ministry of Mines", "approves", "Kestrel Mining", true},
    {"Prices rose. The Ministry of Mines granted Kestrel Mining more time.",
     "Ministry of Mines", "approves", "Kestrel Mining", false},
    {"Prices rose. Orvik Resources shareholders approved the takeover by "
     "Kestrel Mining.",
     "Kestrel Mining", "acquires", "Orvik Resources", true},
    // "its coal mines in Queensland, including A and B": each mines coal.
    {"Prices rose. Kestrel agreed to sell its steelmaking coal mines in "
     "Queensland, Australia, including Talvera North and Orvik, to Heron "
     "Energy Corp.",
     "Talvera North", "produces", "steelmaking coal", true},
    // Processing one mineral into another makes the second; a plan to do so
    // is a target.
    {"Prices rose. Kestrel Fuels Inc also uses the Talvera mill to process "
     "monazite into mixed rare earth carbonate.",
     "Kestrel Fuels Inc", "produces", "mixed rare earth carbonate", true},
    {"Prices rose. Kestrel Group plans to mine natural graphite at Vittangi "
     "and process it into active anode material at a plant in Lulea.",
     "Kestrel Group", "produces", "active anode material", false},
    // "in which it holds 49%": the sentence's subject holds it.
    {"Prices rose. Albemarle said it would focus on the Talvera mine, in "
     "which it holds 49% through Orvik Lithium.",
     "Albemarle", "owns_stake_in", "Talvera mine", true},
    // "owns 40% of X with Y", "owns X in equal shares with Y": Y owns too.
    {"Prices rose. Kestrel Corp, which owns 40% of the Talvera joint venture "
     "with Orvik Mining, said output could fall.",
     "Orvik Mining", "owns_stake_in", "Talvera", true},
    {"Prices rose. Kestrel Mining owns the Talvera mine with Orvik Corp.",
     "Orvik Corp", "owns_stake_in", "Talvera mine", true},
    // "En+ Group": a plus that ends a name is part of it.
    {"Prices rose. Rusal is majority-owned by En+ Group, which holds about "
     "57% of its shares.",
     "En+ Group", "owns_stake_in", "Rusal", true},
    // "X, a Congolese company in which A holds 84%, while the government of
    // the DRC owns a minority stake".
    {"Prices rose. Bisie is run by Kestrel Bisie Mining, a Congolese company "
     "in which Kestrel Resources holds roughly 84%, while the government of "
     "the DRC owns a minority stake.",
     "Kestrel Resources", "owns_stake_in", "Kestrel Bisie Mining", true},
    {"Prices rose. Bisie is run by Kestrel Bisie Mining, a Congolese company "
     "in which Kestrel Resources holds roughly 84%, while the government of "
     "the DRC owns a minority stake.",
     "Democratic Republic of Congo", "owns_stake_in", "Kestrel Bisie Mining", true},
    // "who was then one of its largest shareholders".
    {"Prices rose. Britain imposed sanctions on Kestrel Steel because of its "
     "links to Dana Orvik, who was then one of its largest shareholders.",
     "Dana Orvik", "owns_stake_in", "Kestrel Steel", true},
    // "owns half of X, its joint venture with Y": Y owns X too.
    {"Prices rose. Kestrel Corp already owns half of Orvik Lithium, its joint "
     "venture with Heron Industries, which runs the Talvera mine.",
     "Heron Industries", "owns_stake_in", "Orvik Lithium", true},
    // "X's shareholders include A and B".
    {"Prices rose. Kestrel Nickel's shareholders include the commodity trader "
     "Trafigura and Orvik Corp.",
     "Orvik Corp", "owns_stake_in", "Kestrel Nickel", true},
    // A company that runs a smelter, roaster or refinery somewhere is active
    // there; not "in the country", nor a site it only plans.
    {"Prices rose. In Oman, Kestrel Metals Processing (KMP) runs a roaster at "
     "Sohar that was designed to treat concentrate.",
     "Kestrel Metals Processing", "active_in", "Sohar", true},
    {"Prices rose. Kestrel Corp plans a smelter in Sohar.",
     "Kestrel Corp", "active_in", "Sohar", false},
    {"Prices rose. China mines antimony. Kestrel Antimony Corp., which "
     "operates the only antimony smelter in the country at Thompson Falls, "
     "Montana, is raising throughput.",
     "Kestrel Antimony Corp.", "active_in", "China", false},
    // A prefixed company name ends before a title and a name.
    {"Prices rose. PT Kestrel Indonesia President Director Dana Orvik said "
     "exports would resume.",
     "Dana Orvik", "head_of", "PT Kestrel Indonesia", true},
    // A list line of a site and its country.
    {"Prices rose. Kestrel lists its projects.\n\nTalvera North, Australia.\n\n"
     "Orvik tin mine, United Kingdom.",
     "Orvik tin mine", "located_in", "United Kingdom", true},
    // "X's chief executive, Name, said": the title is held at X.
    {"Prices rose. Kestrel Mining's chief executive, Dana Orvik, said the sale "
     "would let the company focus on copper.",
     "Dana Orvik", "head_of", "Kestrel Mining", true},
    {"Prices rose. Kestrel Mining's chief financial officer, Dana Orvik, said "
     "the sale would help.",
     "Dana Orvik", "head_of", "Kestrel Mining", false},
    {"Prices rose. Kestrel Mining's chief financial officer, Dana Orvik, said "
     "the sale would help.",
     "Dana Orvik", "works_for", "Kestrel Mining", true},
    {"Prices rose. Dana Orvik, who runs Kestrel Mining, said prices would "
     "rise.",
     "Dana Orvik", "head_of", "Kestrel Mining", true},
    // "and it has a supply agreement with Tesla": "it" is the sentence's
    // subject, not the company named last.
    {"Prices rose. Kestrel Nickel's shareholders include the trader Orvik "
     "Corp, and it has a supply agreement with Tesla.",
     "Kestrel Nickel", "partners_with", "Tesla", true},
    {"Prices rose. Kestrel Nickel's shareholders include the trader Orvik "
     "Corp, and it has a supply agreement with Tesla.",
     "Orvik Corp", "partners_with", "Tesla", false},
    // Each object of "runs a mine on X and a ferronickel smelter at Y"; a
    // company's acronym after ", or".
    {"Prices rose. Kestrel Nickel SAS, or KNS, runs a mine on the Orvik "
     "massif and a ferronickel smelter at Vavouto.",
     "Kestrel Nickel SAS", "produces", "ferronickel", true},
    // A one-word or hyphenated name from "the X and Y mines" is that site
    // later in the article.
    {"Heron Mining Corp bought the Talvera-Orvik and Kestrel mines. Kestrel, in "
     "Ontario, produces nickel.",
     "Kestrel", "produces", "nickel", true},
    {"Heron Mining Corp bought the Talvera-Orvik and Kestrel mines. Talvera-Orvik, "
     "in Ontario, produces zinc.",
     "Talvera-Orvik", "produces", "zinc", true},
    // "the X copper and zinc mine": two minerals joined; the site keeps its
    // bare name.
    {"Heron Mining Corp owns the Talvera copper and zinc mine in Portugal.", "Talvera",
     "located_in", "Portugal", true},
    {"Heron Mining Corp owns the Talvera copper and zinc mine in Portugal.", "Talvera",
     "produces", "zinc", true},
    // A site that does not produce now is not said to produce by its name.
    {"Heron Mining Corp will put its Talvera nickel operation into care and "
     "maintenance.",
     "Talvera nickel operation", "produces", "nickel", false},
    {"Heron Mining Corp is reopening the Talvera tin mine in Cornwall.", "Talvera tin mine",
     "produces", "tin", false},
    {"Heron Mining Corp expects the Talvera copper mine to start producing in 2028.",
     "Talvera copper mine", "has_reserves_of", "copper", true},
    {"Heron Mining Corp expects the Talvera copper mine to start producing in 2028.",
     "Talvera copper mine", "produces", "copper", false},
    // Smelters at a chain of places.
    {"Heron Mining Corp treats concentrate at its smelters at Orvik in Sweden, at "
     "Talvera and Kestrel in Finland and at Odda in Norway.",
     "Heron Mining Corp", "active_in", "Kestrel", true},
    {"Heron Mining Corp treats concentrate at its smelters at Orvik in Sweden, at "
     "Talvera and Kestrel in Finland and at Odda in Norway.",
     "Heron Mining Corp", "active_in", "Finland", true},
    {"Heron Mining Corp treats concentrate at its smelters at Orvik in Sweden, at "
     "Talvera and Kestrel in Finland and at Odda in Norway.",
     "Heron Mining Corp", "active_in", "Norway", true},
    {"Heron Mining Corp treats concentrate at its smelters at Orvik in Sweden, at "
     "Talvera and Kestrel in Finland and at Odda in Norway.",
     "Kestrel", "located_in", "Finland", true},
    // Titles held before: "previously" in the apposition; "Former" opening
    // the sentence is no part of the company's name.
    {"Dana Orvik, previously Chief Financial Officer of Kestrel Mining Ltd, was "
     "appointed Vice President of the Company.",
     "Dana Orvik", "works_for", "Kestrel Mining Ltd", true},
    {"Dana Orvik, previously Chairman of Kestrel Mining Ltd, was appointed Chair of "
     "the Board.",
     "Dana Orvik", "head_of", "Kestrel Mining Ltd", true},
    {"Former Kestrel Mining Ltd chairman Dana Orvik said prices fell.", "Dana Orvik",
     "head_of", "Kestrel Mining Ltd", true},
    // A well-known company's bare name after a title.
    {"Dana Orvik, Chairman of Glencore, said prices fell.", "Dana Orvik", "head_of",
     "Glencore", true},
    // A company's possessive before its unit.
    {"Heron Mining Corp's subsidiary Kestrel Copper Ltd said output fell.",
     "Kestrel Copper Ltd", "subsidiary_of", "Heron Mining Corp", true},
    {"The mine is run by Kestrel Copper Ltd, Heron Mining Corp's Portuguese unit.",
     "Kestrel Copper Ltd", "subsidiary_of", "Heron Mining Corp", true},
    // A takeover approach.
    {"Heron Mining Corp's latest proposal for Talvera Resources Inc was rejected last "
     "week.",
     "Heron Mining Corp", "acquires", "Talvera Resources Inc", true},
    // A ministry's office; an office within a department.
    {"The Department of Energy's Loan Programs Office offers Heron Mining Corp a "
     "conditional commitment for a loan.",
     "Loan Programs Office", "part_of", "Department of Energy", true},
    {"The Critical Minerals Office, which sits within the Department of Industry, "
     "runs the fund.",
     "Critical Minerals Office", "part_of", "Department of Industry", true},
    // Every seller of a purchase; what a thing was acquired for is no object.
    {"Heron Mining Corp bought Kestrel Copper Ltd from Trafigura and Mubadala "
     "Investment Company in 2022.",
     "Mubadala Investment Company", "sells", "Kestrel Copper Ltd", true},
    {"Soldiers burned houses on a concession that Heron Mining Corp had acquired for "
     "its Talvera copper project.",
     "Heron Mining Corp", "acquires", "Talvera copper project", false},
    // Co-holders: "X is a joint venture in which A holds 72% and B 28%",
    // "holds a majority interest alongside B and C".
    {"Kestrel Copper Ltd is a joint venture in which Heron Mining Corp holds 72% and "
     "the state miner Talvera Resources Inc 28%.",
     "Talvera Resources Inc", "owns_stake_in", "Kestrel Copper Ltd", true},
    {"The Orvik mine, in which Heron Mining Corp holds a majority interest alongside "
     "Toyota Tsusho Corporation and the provincial company JEMSE, expanded.",
     "JEMSE", "owns_stake_in", "Orvik mine", true},
    {"The Orvik mine, in which Heron Mining Corp holds a majority interest alongside "
     "Toyota Tsusho Corporation and the provincial company JEMSE, expanded.",
     "Toyota Tsusho Corporation", "owns_stake_in", "Orvik mine", true},
    // A share taken: a percentage, a stake or control, not "took part of".
    {"Heron Mining Corp takes 9.9% of Talvera Resources Inc and forms an exploration "
     "venture.",
     "Heron Mining Corp", "owns_stake_in", "Talvera Resources Inc", true},
    {"Heron Mining Corp took part of the blame for Talvera Resources Inc.",
     "Heron Mining Corp", "acquires", "Talvera Resources Inc", false},
    // Named sites after a colon: the place before, and the company whose
    // verb has the plural noun for object; an unknown name that runs mines
    // is a company.
    {"Heron Mining Corp operates three underground mines in the province of Huelva "
     "in Andalusia, in southern Spain: Aguas Tenidas, Magdalena and Sotiel.",
     "Heron Mining Corp", "operates", "Sotiel", true},
    {"Heron Mining Corp operates three underground mines in the province of Huelva "
     "in Andalusia, in southern Spain: Aguas Tenidas, Magdalena and Sotiel.",
     "Magdalena", "located_in", "Huelva", true},
    {"KESTA operates three underground mines in Spain: Aguas Tenidas, Magdalena and "
     "Sotiel.",
     "KESTA", "operates", "Magdalena", true},
    // A company's name without its legal form, though its words are a
    // mineral and a place: "Lithium Nevada" after "Lithium Nevada
    // Corporation" (not "Oyu Tolgoi", the site, next to "Oyu Tolgoi LLC").
    {"Talvera Resources Inc said Lithium Nevada Corporation agreed. Lithium Nevada is "
     "a wholly owned subsidiary of Talvera Resources Inc.",
     "Lithium Nevada Corporation", "subsidiary_of", "Talvera Resources Inc", true},
    // A party's role in a court's papers is no part of its name; a site
    // after "near" is no object of the verb.
    {"Plaintiff Kestrel Ranch LLC runs cattle near the Talvera mine.", "Kestrel Ranch LLC",
     "operates", "Talvera mine", false},
    {"Intervenor-Defendant Kestrel Lithium Corporation proposes to build the Talvera "
     "lithium mine project in Nevada.",
     "Kestrel Lithium Corporation", "develops", "Talvera lithium mine project", true},
    // Where a mineral is refined or separated is a place the company works
    // in; "separates" makes the mineral.
    {"Refiners such as Kestrel Rare Earths Ltd, which separates rare earths at "
     "Orvikton, will claim.",
     "Kestrel Rare Earths Ltd", "active_in", "Orvikton", true},
    {"Refiners such as Kestrel Rare Earths Ltd, which separates rare earths at "
     "Orvikton, will claim.",
     "Kestrel Rare Earths Ltd", "produces", "rare earths", true},
    // "to X for its Y project": the company right before "for its".
    {"Loans include $1.25 billion to Heron Mining Corp for the Talvera refinery and "
     "$185 million to Kestrel Resources Ltd for its Orvik graphite project.",
     "Kestrel Resources Ltd", "develops", "Orvik graphite project", true},
    {"Loans include $1.25 billion to Heron Mining Corp for the Talvera refinery and "
     "$185 million to Kestrel Resources Ltd for its Orvik graphite project.",
     "Heron Mining Corp", "develops", "Orvik graphite project", false},
    // Graphite products are minerals of their own.
    {"Heron Mining Corp turns flake graphite into coated spherical graphite.",
     "coated spherical graphite", "derived_from", "flake graphite", true},
    // A negation in the sentence before, whose subject "it" takes, does not
    // negate this one.
    {"Shares fell. Kestrel Energy Ltd wants to make lithium with almost no carbon "
     "footprint. It has signed lithium supply agreements with Heron Mining Corp and "
     "Talvera Resources Inc.",
     "Kestrel Energy Ltd", "partners_with", "Talvera Resources Inc", true},
    // Supply agreements: the subject sells (a mineral may describe the noun).
    {"Shares fell. Kestrel Energy Ltd said profit rose. It has signed lithium supply "
     "agreements with Heron Mining Corp and Talvera Resources Inc.",
     "Kestrel Energy Ltd", "supplies", "Talvera Resources Inc", true},
    {"Kestrel Graphite Ltd just signed offtake deals with Heron Mining Corp and Talvera "
     "Resources Inc.",
     "Kestrel Graphite Ltd", "supplies", "Heron Mining Corp", true},
    // "in Western Australia's northern Goldfields": the inner place, and
    // the site before the place is the verb's subject.
    {"Heron Mining Corp said its Talvera operation in Western Australia's northern "
     "Goldfields has produced its first spodumene concentrate.",
     "Talvera", "located_in", "Goldfields", true},
    {"Heron Mining Corp said its Talvera operation in Western Australia's northern "
     "Goldfields has produced its first spodumene concentrate.",
     "Talvera", "produces", "spodumene concentrate", true},
    {"Heron Mining Corp said its Talvera operation in Western Australia's northern "
     "Goldfields has produced its first spodumene concentrate.",
     "Goldfields", "produces", "spodumene concentrate", false},
    // "invests $200 million in".
    {"Heron Mining Corp invests a further $75 million in Kestrel Cycle Inc through a "
     "convertible note.",
     "Heron Mining Corp", "invests_in", "Kestrel Cycle Inc", true},
    // A town that a comma puts in a state is no short name of a site.
    {"Heron Mining Corp opens spokes in Rochester, New York. Heron Mining Corp starts "
     "building the Rochester Hub.",
     "Rochester", "located_in", "New York", true},
    // "Good morning" and "the Annual General Meeting" name no one.
    {"Good morning, and welcome to Heron Mining Corp's Annual General Meeting. Heron "
     "Mining Corp operates the Talvera mine.",
     "Heron Mining Corp", "operates", "Talvera mine", true},
    // Each mineral of a hyphenated pair, and "one of the largest ...
    // discoveries".
    {"The Talvera project hosts one of only two known lithium-boron deposits of its "
     "kind in the world.",
     "Talvera project", "has_reserves_of", "boron", true},
    {"We think the Talvera project is one of the largest copper discoveries of the "
     "last thirty years.",
     "Talvera project", "has_reserves_of", "copper", true},
    // A mineral's output at a site: the site makes it; a sentence that
    // opens with one mineral's output names the sites behind it after "at".
    {"Copper output at the Talvera mine fell 5% in the quarter.", "Talvera mine",
     "produces", "copper", true},
    {"Own sourced copper production of about 462,000 tonnes was 5% lower, mainly "
     "reflecting lower grades at Talvera and Orvik and lower output at Kestrelpaccay.",
     "Kestrelpaccay", "produces", "copper", true},
    {"Own sourced copper production of about 462,000 tonnes was 5% lower, mainly "
     "reflecting lower grades at Talvera and Orvik and lower output at Kestrelpaccay.",
     "Orvik", "produces", "copper", true},
    {"The Orvik mine in Western Australia and the Talvera refinery in Norway also "
     "contributed refined cobalt.",
     "Talvera refinery", "produces", "cobalt", true},
    // A share with nothing after it, in a sentence about one holding.
    {"The Talvera mine is 57.5% owned by Heron Mining Corp, which runs it, while "
     "Kestrel Resources Ltd holds 30% and a group led by Orvik Corp owns the remaining "
     "12.5%.",
     "Kestrel Resources Ltd", "owns_stake_in", "Talvera mine", true},
    {"Kestrel Copper SA, in which the Congolese government holds 49% and Orvik Corp, a "
     "consortium, holds 51%, operates the Talvera mine.",
     "Orvik Corp", "owns_stake_in", "Talvera mine", false},
    // A transcript's speaker label is no subject.
    {"Prices rose.\n\nORVIK: We own 40% of the Talvera mine, and Heron Mining Corp "
     "owns the other 60%.",
     "ORVIK", "owns_stake_in", "Talvera mine", false},
    // New Caledonia is a place of France, not a company.
    {"The Talvera mine, in New Caledonia, in which Heron Mining Corp holds 49%, produced "
     "no ferronickel.",
     "Heron Mining Corp", "owns_stake_in", "New Caledonia", false},
    // Heads of state: the country after the name; a well-known leader's own
    // country when the article names several.
    {"Today in Lobito, President Biden joined President Joao Lourenco of Angola and "
     "President Hakainde Hichilema of Zambia to review progress.",
     "Hakainde Hichilema", "head_of", "Zambia", true},
    {"Angola and the United States signed a deal. President Donald Trump signed an "
     "executive order on Thursday.",
     "Donald Trump", "head_of", "United States", true},
    {"Angola and the United States signed a deal. President Donald Trump signed an "
     "executive order on Thursday.",
     "Donald Trump", "head_of", "Angola", false},
    // "Name, Country's energy minister": the country's minister; the
    // ministry when the article names it ("minister of mines").
    {"Exports will resume, said Dana Orvik, Indonesia's energy minister.", "Dana Orvik",
     "minister_of", "Indonesia", true},
    {"The Ministry of Mines signed. The deal was signed in the presence of Dana Orvik, "
     "India's minister of mines, coal and parliamentary affairs.",
     "Dana Orvik", "minister_of", "Ministry of Mines", true},
    {"The deal was signed by Dana Orvik, Indonesia's president, on Friday.", "Dana Orvik",
     "head_of", "Indonesia", true},
    {"The deal was signed by Dana Orvik, Indonesia's deputy energy minister, on Friday.",
     "Dana Orvik", "minister_of", "Indonesia", false},
    // "X, the minister of energy, said": the ministry of that portfolio when
    // the article names it, else the country it is about.
    {"The Ministry of Energy and Mineral Resources said so. Dana Orvik, the minister "
     "of energy and mineral resources, said the ban stays.",
     "Dana Orvik", "minister_of", "Ministry of Energy and Mineral Resources", true},
    {"Indonesia banned ore exports. Indonesia wants smelters. Indonesia said the ban "
     "stays. Dana Orvik, the minister of energy and mineral resources, said the ban "
     "stays.",
     "Dana Orvik", "minister_of", "Indonesia", true},
    // A description after ", shifting the focus of" is the subject's.
    {"Heron Mining Corp agreed to buy the Talvera project in Brazil from Kestrel Ltd, "
     "shifting the focus of the Perth-based explorer from nickel to niobium.",
     "Heron Mining Corp", "based_in", "Perth", true},
    {"Heron Mining Corp agreed to buy the Talvera project in Brazil from Kestrel Ltd, "
     "shifting the focus of the Perth-based explorer from nickel to niobium.",
     "Kestrel Ltd", "based_in", "Perth", false},
    // A name inside a hyphenated modifier is no subject.
    {"Kestrel Ltd, a Toronto-listed fund that holds physical uranium, bought more.",
     "Toronto", "has_reserves_of", "uranium", false},
    // "X and Partners" is one firm.
    {"\"Prices are opaque,\" said Dana Orvik, a resources analyst at Kestrel and "
     "Partners in Sydney.",
     "Dana Orvik", "works_for", "Kestrel and Partners", true},
    // An associate director is one of several, not the head.
    {"\"Auctions will not create mines,\" said Dana Orvik, associate director at "
     "Kestrel Ratings in Mumbai.",
     "Dana Orvik", "head_of", "Kestrel Ratings", false},
    {"\"Auctions will not create mines,\" said Dana Orvik, associate director at "
     "Kestrel Ratings in Mumbai.",
     "Dana Orvik", "works_for", "Kestrel Ratings", true},
    // The clause after "after" has its own subject.
    {"Japan began backing Kestrel Ltd after China halted rare earth shipments to it.",
     "Japan", "restricts_exports_of", "rare earth", false},
    {"Japan began backing Kestrel Ltd after China halted rare earth shipments to it.",
     "China", "restricts_exports_of", "rare earth", true},
    // A portfolio minister's country: not "the government" an anaphor
    // took from an earlier sentence, nor a company's country.
    {"Indonesia wants smelters in West Java. Indonesia banned ore exports from Jakarta. "
     "Indonesia said the ban stays. South Korea's Kestrel Ltd left the project, South "
     "Korea said. Investment Minister Dana Orvik said the government was in talks with "
     "other investors.",
     "Dana Orvik", "minister_of", "South Korea", false},
    {"Indonesia wants smelters. Indonesia banned ore exports. Indonesia said the ban "
     "stays. Energy Minister Dana Orvik said China's Kestrel Ltd would stay.",
     "Dana Orvik", "minister_of", "China", false},
    {"Indonesia wants smelters. Indonesia banned ore exports. Indonesia said the ban "
     "stays. Energy Minister Dana Orvik said China's Kestrel Ltd would stay.",
     "Dana Orvik", "minister_of", "Indonesia", true},
    // "X, its battery cell joint venture with Y": the owner partners Y, and
    // both own X.
    {"Heron Mining Corp said it would keep Kestrel Power Ltd, its battery cell joint "
     "venture with Orvik Motor Group.",
     "Heron Mining Corp", "partners_with", "Orvik Motor Group", true},
    {"Heron Mining Corp said it would keep Kestrel Power Ltd, its battery cell joint "
     "venture with Orvik Motor Group.",
     "Orvik Motor Group", "owns_stake_in", "Kestrel Power Ltd", true},
    {"Heron Mining Corp said it would keep Kestrel Power Ltd, its battery cell joint "
     "venture with Orvik Motor Group.",
     "Kestrel Power Ltd", "partners_with", "Orvik Motor Group", false},
    // A verb left out: "and Kestrel Ltd its Orvik mine".
    {"Heron Mining Corp restarted the Talvera mine in Chile and Kestrel Ltd its Orvik "
     "mine in Peru.",
     "Kestrel Ltd", "operates", "Orvik mine", true},
    {"Heron Mining Corp restarted the Talvera mine in Chile and Kestrel Ltd its Orvik "
     "mine in Peru.",
     "Heron Mining Corp", "operates", "Orvik mine", false},
    // A stake held through a vehicle: the vehicle holds it.
    {"Dana Orvik controls about 36% of Heron Mining Corp through Kestrel Holdings Ltd.",
     "Kestrel Holdings Ltd", "owns_stake_in", "Heron Mining Corp", true},
    {"Dana Orvik controls about 36% of Heron Mining Corp through Kestrel Holdings Ltd.",
     "Kestrel Holdings Ltd", "subsidiary_of", "Heron Mining Corp", false},
    // "its unit Y" in a list: the item just before owns it.
    {"Kestrel Battery Corp was set up by four state companies: mining holding Orvik "
     "Holdings Ltd, its nickel-producing unit Heron Mining Corp, and Talvera Oil Ltd.",
     "Heron Mining Corp", "subsidiary_of", "Orvik Holdings Ltd", true},
    {"Kestrel Battery Corp was set up by four state companies: mining holding Orvik "
     "Holdings Ltd, its nickel-producing unit Heron Mining Corp, and Talvera Oil Ltd.",
     "Heron Mining Corp", "subsidiary_of", "Kestrel Battery Corp", false},
    // A ranking within a place is no holding of the place.
    {"Portugal holds the largest known lithium reserves in Europe.",
     "Europe", "has_reserves_of", "lithium", false},
    {"Heron Mining Corp found an inferred resource of 5.9 million tonnes of lithium in "
     "the Reasi district.",
     "Reasi district", "has_reserves_of", "lithium", true},
    // A producer's plan to build abroad is no presence there.
    {"Heron Mining Corp, the world's largest producer of palladium, plans to build a "
     "copper smelter in China.",
     "Heron Mining Corp", "active_in", "China", false},
    // A share of one market is not a share of the world's output.
    {"Russia supplies about a quarter of the enriched uranium used by American reactors.",
     "Russia", "produces", "enriched uranium", false},
    {"Kazakhstan supplies about 43% of the world's mined uranium.",
     "Kazakhstan", "produces", "uranium", true},
    // A country's agencies are its bodies; its ministries, which the
    // annotators seldom tie to it, are not.
    {"On Monday, Australia's Foreign Investment Review Board approved the sale.",
     "Foreign Investment Review Board", "part_of", "Australia", true},
    {"On Monday, China's Ministry of Commerce and Ministry of Science and Technology "
     "issued a revised catalogue.",
     "Ministry of Science and Technology", "part_of", "China", false},
    {"China's Ministry of Commerce said on Monday it would restrict exports.",
     "Ministry of Commerce", "part_of", "China", false},
    // "X's majority-owned Y": X holds a stake in Y.
    {"Heron Mining Corp's majority-owned Kestrel Zinc Ltd mines zinc in Rajasthan.",
     "Heron Mining Corp", "owns_stake_in", "Kestrel Zinc Ltd", true},
    // The seller after where the asset lies.
    {"Heron Mining Corp has agreed to buy the Talvera project in Brazil from Kestrel Ltd.",
     "Kestrel Ltd", "sells", "Talvera project", true},
    // Grants received from agencies support the company and the project.
    {"In May, Heron Mining Corp received grants from the Department of Defense and from "
     "Natural Resources Canada for its Talvera graphite project in Quebec.",
     "Natural Resources Canada", "supports", "Talvera graphite project", true},
    {"In May, Heron Mining Corp received grants from the Department of Defense and from "
     "Natural Resources Canada for its Talvera graphite project in Quebec.",
     "Department of Defense", "supports", "Heron Mining Corp", true},
    {"The Pentagon has also backed Kestrel Ltd in Alaska, and the Department of Defense "
     "has backed Heron Mining Corp.",
     "Department of Defense", "supports", "Heron Mining Corp", true},
    // "X, the world's largest producer," of the one mineral its sentence names.
    {"Spot uranium prices rose after Kestrel Ltd, the world's largest producer, warned "
     "of lower output.",
     "Kestrel Ltd", "produces", "uranium", true},
    {"Uranium and copper prices rose after Kestrel Ltd, the world's largest producer, "
     "warned of lower output.",
     "Kestrel Ltd", "produces", "uranium", false},
    // Partners listed after "joint ventures with ..., including"; the
    // subject is the name a "which" clause describes.
    {"Kestrel Ltd, which is 75% owned by the sovereign wealth fund Orvik Fund, produces "
     "most of it through joint ventures with foreign partners, including Heron Mining "
     "Corp, Talvera Ltd and Dana Energy Ltd.",
     "Kestrel Ltd", "partners_with", "Talvera Ltd", true},
    {"Kestrel Ltd, which is 75% owned by the sovereign wealth fund Orvik Fund, produces "
     "most of it through joint ventures with foreign partners, including Heron Mining "
     "Corp, Talvera Ltd and Dana Energy Ltd.",
     "Orvik Fund", "partners_with", "Talvera Ltd", false},
    // A state company is the state's: the country its phrase names, else
    // the article's.
    {"Kestrel Metals Corp, one of China's state-owned metals groups, holds 68% of Heron "
     "Mining Corp.",
     "China", "owns_stake_in", "Kestrel Metals Corp", true},
    {"Heron Mining Corp is controlled by Kestrel Metals Corp, a state-owned Chinese "
     "metals group.",
     "China", "owns_stake_in", "Kestrel Metals Corp", true},
    {"Pakistan wants the mine. Pakistan signed the deal. Pakistan said so. The rest is "
     "held by three federal state-owned companies, Kestrel Oil Ltd (KOL), Orvik "
     "Petroleum Ltd (OPL) and Talvera Holdings Ltd.",
     "Pakistan", "owns_stake_in", "Orvik Petroleum Ltd", true},
    {"India wants minerals. India signed deals. India said so. Kestrel Ltd, a joint "
     "venture of three state-run companies, Orvik Aluminium Company, Heron Copper Ltd "
     "and Talvera Ltd, buys mines abroad.",
     "India", "owns_stake_in", "Kestrel Ltd", false},
    {"India wants minerals. India signed deals. India said so. Kestrel Ltd, a joint "
     "venture of three state-run companies, Orvik Aluminium Company, Heron Copper Ltd "
     "and Talvera Ltd, buys mines abroad.",
     "India", "owns_stake_in", "Heron Copper Ltd", true},
    // A unit that a company owns is its subsidiary.
    {"The mine is operated by Kestrel Panama SA, a local subsidiary that Heron Mining "
     "Corp owns 90%.",
     "Kestrel Panama SA", "subsidiary_of", "Heron Mining Corp", true},
    // The seller of an asset bought "from" it.
    {"Orvik Marine Ltd, which bought the Kestrel Seabed Resources business from Heron Mining Corp "
     "in 2023, wants to work in Norway.",
     "Heron Mining Corp", "sells", "Kestrel Seabed Resources", true},
    {"Talvera Ltd also holds the Orvik project in Canada's Athabasca Basin, bought from "
     "Heron Mining Corp in 2022.",
     "Heron Mining Corp", "sells", "Orvik project", true},
    {"Talvera Ltd operates the Orvik graphite mine in Quebec, which it bought from Heron "
     "Mining Corp in 2022.",
     "Heron Mining Corp", "sells", "Orvik graphite mine", true},
    // Arabic names with "bin" are whole; a portfolio's words before a name
    // whose given name no list holds.
    {"The US President held talks with UAE President Sheikh Mohamed bin Zayed Al Nahyan "
     "on trade.",
     "Mohamed bin Zayed Al Nahyan", "head_of", "United Arab Emirates", true},
    {"Saudi Arabia's Minister of Energy Prince Abdulaziz bin Salman said output would rise.",
     "Abdulaziz bin Salman", "minister_of", "Saudi Arabia", true},
    // A capital's possessive before a company's name is its home, not the
    // state; before a ministry it is the state's.
    {"The company is owned in equal shares by Abu Dhabi's Kestrel Investment Company "
     "and Heron Mining Corp.",
     "Kestrel Investment Company", "based_in", "Abu Dhabi", true},
    {"The company is owned in equal shares by Abu Dhabi's Kestrel Investment Company "
     "and Heron Mining Corp.",
     "Kestrel Investment Company", "based_in", "United Arab Emirates", false},
    // A site run as a venture: the sentence's subject partners the other.
    {"Heron Mining Corp runs the Talvera lithium mine in the Pilbara, which it owns with "
     "Orvik Ltd, and the Dana mine near Kalgoorlie, a 50-50 joint venture with China's "
     "Kestrel Lithium Ltd.",
     "Heron Mining Corp", "partners_with", "Kestrel Lithium Ltd", true},
    {"Heron Mining Corp runs the Talvera lithium mine in the Pilbara, which it owns with "
     "Orvik Ltd, and the Dana mine near Kalgoorlie, a 50-50 joint venture with China's "
     "Kestrel Lithium Ltd.",
     "Orvik Ltd", "partners_with", "Kestrel Lithium Ltd", false},
    // A plant still to be built is no presence.
    {"Heron Mining Corp and Kestrel Ltd to build battery plant in Georgia.",
     "Kestrel Ltd", "active_in", "Georgia", false},
    // "its wholly owned X": run and held.
    {"Earlier this month Heron Mining Corp placed its wholly owned Talvera lithium mine "
     "in Western Australia on care and maintenance.",
     "Heron Mining Corp", "owns_stake_in", "Talvera lithium mine", true},
    // The seller after the year of the purchase and its country's name.
    {"Heron Mining Corp bought the Talvera project in 2022 from Australia's Kestrel "
     "Resources for about 422 million dollars.",
     "Kestrel Resources", "sells", "Talvera project", true},
    // A possessive role in capitals; a region's head is not the company's.
    {"\"Talvera is alive again,\" said Dana Orvik, Heron Mines' Executive Co-Chairman.",
     "Dana Orvik", "head_of", "Heron Mines", true},
    {"Dana Orvik, Heron Mining Corp's President Australia, said the office stays.",
     "Dana Orvik", "head_of", "Heron Mining Corp", false},
    // ... nor is a division's head: "president for Minerals Americas".
    {"Dana Orvik, Heron Mining Corp's president for Minerals Americas, said the shafts "
     "stay.",
     "Dana Orvik", "head_of", "Heron Mining Corp", false},
    {"Dana Orvik, Heron Mining Corp's president for Minerals Americas, said the shafts "
     "stay.",
     "Dana Orvik", "works_for", "Heron Mining Corp", true},
    // A group's members named right after it.
    {"The investment will expand its output of the light rare earths neodymium and "
     "praseodymium and of the heavy rare earths dysprosium and terbium.",
     "heavy rare earths", "includes", "terbium", true},
    {"The investment will expand its output of the light rare earths neodymium and "
     "praseodymium and of the heavy rare earths dysprosium and terbium.",
     "light rare earths", "includes", "terbium", false},
    // "one of the world's largest producers of X".
    {"Saskatchewan is already one of the world's largest producers of potash and uranium.",
     "Saskatchewan", "produces", "uranium", true},
    // Firms listed after a country's or a demonym's plural noun are based
    // there.
    {"Japan imports ore. Japan's magnet makers, including Heron Metals Corp and Kestrel "
     "Ltd, rely on China.",
     "Kestrel Ltd", "based_in", "Japan", true},
    {"China buys ore. Chinese groups such as Heron Mining Corp poured money into smelters.",
     "Heron Mining Corp", "based_in", "China", true},
    // A country right before "maker of" is its scope; the copula's subject
    // makes it. Scrap is a mineral product.
    // (Not of "copper rod and wire": goods made of copper.)
    {"Kestrel Company, based in Carrollton, is the largest US maker of copper.",
     "United States", "produces", "copper", false},
    {"Kestrel Company, based in Carrollton, is the largest US maker of copper.",
     "Kestrel Company", "produces", "copper", true},
    {"The United States also exports large volumes of copper scrap, much of it to China.",
     "United States", "exports", "copper scrap", true},
    // "the largest supplier of X to Y": supplies, exports and imports.
    {"Chile is by far the largest supplier of refined copper to the United States.",
     "Chile", "supplies", "United States", true},
    {"Chile is by far the largest supplier of refined copper to the United States.",
     "United States", "imports", "refined copper", true},
    {"Guinea is the biggest supplier of bauxite to China.",
     "Guinea", "exports", "bauxite", true},
    // "... and completed construction of": the sentence's subject builds.
    {"Heron Mining Corp bought the Talvera project in 2022 from Kestrel Resources and "
     "completed construction of the plant in a year.",
     "Kestrel Resources", "develops", "Talvera project", false},
    // "Nigeria's states, including A, B and C": each lies in the country.
    {"Miners met on Monday. Pegmatites have been found in ten of Nigeria's "
     "states, including Orvika, Talveru and Kestrela.",
     "Talveru", "located_in", "Nigeria", true},
    // A place said to be located lies there; a region named after its
    // capital is the region; sites listed after "its plants in X".
    {"Miners met on Monday. The city of Orvikstad is located in the Tashkent "
     "region.",
     "Orvikstad", "located_in", "Tashkent region", true},
    {"Miners met on Monday. Kestrel Ltd makes nickel intermediates at its two "
     "plants in the Philippines, Coral Bay and Taganito.",
     "Taganito", "located_in", "Philippines", true},
    // "Mining and Metallurgical Combine" is a company, "the combine" too.
    {"Miners met on Monday. The largest producer is Orvik Mining and "
     "Metallurgical Combine (Orvik MMC), which is owned by the state. The "
     "combine mines copper and zinc in the Tashkent region.",
     "Orvik Mining and Metallurgical Combine", "produces", "zinc", true},
    // A verb of the site's own between it and "in" says nothing of where
    // it is.
    {"Miners met on Monday. The Orvik mine has strong support in Santiago.",
     "Orvik mine", "located_in", "Santiago", false},
    {"Miners met on Monday. The Orvik mine in Chile has strong support.",
     "Orvik mine", "located_in", "Chile", true},
    // A mine still being built holds its minerals and produces none; a
    // plant being built neither.
    {"Prices rose. Kestrel Mines is building Talvera, a platinum and "
     "palladium mine in South Africa.",
     "Talvera", "has_reserves_of", "platinum", true},
    {"Prices rose. Kestrel Mines is building Talvera, a platinum and "
     "palladium mine in South Africa.",
     "Talvera", "produces", "platinum", false},
    {"Prices rose. Kestrel Mines is developing the Talvera copper mine in "
     "Peru.",
     "Talvera copper mine", "produces", "copper", false},
    {"Prices rose. Kestrel Mines is developing the Talvera copper mine in "
     "Peru.",
     "Talvera copper mine", "has_reserves_of", "copper", true},
    {"Prices rose. Kestrel Mines is building the Talvera lithium hydroxide "
     "plant in Peru.",
     "Talvera lithium hydroxide plant", "produces", "lithium hydroxide", false},
    {"Prices rose. Kestrel Mines runs the Talvera copper mine in Peru.",
     "Talvera copper mine", "produces", "copper", true},
    // Two bare site names joined by "and" before one place both lie there;
    // after a comma only the last does.
    {"Prices rose. Kestrel Mining owns the Talvera and Orvik mines. It mines "
     "cobalt at Talvera and Orvik in Zambia.",
     "Talvera", "located_in", "Zambia", true},
    {"Prices rose. Kestrel Mining owns the Talvera and Orvik mines. It mines "
     "cobalt at Talvera and Orvik in Zambia.",
     "Orvik", "located_in", "Zambia", true},
    {"Prices rose. Kestrel Mining owns the Talvera and Orvik mines. It mines "
     "cobalt at Talvera, and Orvik in Zambia.",
     "Talvera", "located_in", "Zambia", false},
    {"Prices rose. Kestrel Mining owns the Talvera zinc mine in the "
     "Haut-Katanga province of the Democratic Republic of Congo.",
     "Haut-Katanga province", "located_in", "Democratic Republic of Congo", true},
    // A seller held what it sells.
    {"Prices rose. Kestrel Mining bought the Talvera project in 2022 from "
     "Australia's Orvik Resources for about 422 million dollars.",
     "Orvik Resources", "owns_stake_in", "Talvera project", true},
    {"Prices rose. Kestrel Mining agreed to sell its Talvera project to Orvik "
     "Resources.",
     "Kestrel Mining", "owns_stake_in", "Talvera project", true},
    // "in which A holds 66 percent and the state-owned B holds 34 percent".
    {"Prices rose. The mine is run by Talvera Energy LLC, a joint venture in "
     "which Orvik Mining holds 66 percent and the state-owned Heron LLC holds 34 "
     "percent.",
     "Heron LLC", "owns_stake_in", "Talvera Energy LLC", true},
    // A mine that restarts, stands under force majeure or waits for a
    // permit does not produce now.
    {"Prices rose. Kestrel Metals restarts Talvera copper mine.",
     "Talvera copper mine", "produces", "copper", false},
    {"Prices rose. Kestrel declares force majeure at Talvera graphite mine as "
     "protests block site.",
     "Talvera graphite mine", "produces", "graphite", false},
    {"Prices rose. Court grants environmental permit for Kestrel's Talvera "
     "graphite mine.",
     "Talvera graphite mine", "has_reserves_of", "graphite", true},
    {"Prices rose. Court grants environmental permit for Kestrel's Talvera "
     "graphite mine.",
     "Talvera graphite mine", "produces", "graphite", false},
    // Places named as exclusions do nothing.
    {"Prices rose. Kestrel will own one of the few mines outside Asia and "
     "Africa that produce tin, niobium and tantalum together.",
     "Asia", "produces", "tin", false},
    {"Prices rose. Kestrel will own one of the few mines outside Asia and "
     "Africa that produce tin, niobium and tantalum together.",
     "Africa", "produces", "tin", false},
    // A head office is where a company is based; a plant being built is
    // no presence yet.
    {"Prices rose. Kestrel Group, which is listed in Sydney and has its head "
     "office in Perth, calls it the Talvera project.",
     "Kestrel Group", "based_in", "Perth", true},
    {"Prices rose. Kestrel Group, which is listed in Sydney and has its head "
     "office in Perth, calls it the Talvera project.",
     "Kestrel Group", "active_in", "Perth", false},
    {"Prices rose. Kestrel Mining had already started building a leaching "
     "plant in Kalgoorlie.",
     "Kestrel Mining", "active_in", "Kalgoorlie", false},
    // A relative clause inside a restriction describes; it lists nothing.
    {"Prices rose. China has required export licences for gallium and for "
     "germanium, which is mostly recovered in zinc refining, since August 2023.",
     "China", "restricts_exports_of", "zinc", false},
    {"Prices rose. China has required export licences for gallium and for "
     "germanium, which is mostly recovered in zinc refining, since August 2023.",
     "China", "restricts_exports_of", "germanium", true},
    // A country that modifies the noun of an apposition is no list item.
    {"Prices rose. Kestrel Mining said it has signed an agreement with Orvik "
     "Corporation, the U.S. aluminum producer, to buy its stake.",
     "Kestrel Mining", "partners_with", "United States", false},
    {"Prices rose. Kestrel Mining said it has signed an agreement with Orvik "
     "Corporation, the U.S. aluminum producer, to buy its stake.",
     "Kestrel Mining", "partners_with", "Orvik Corporation", true},
    // Who holds a deposit: not a place after "with", not a possessive of
    // another name, not the subject of a clause of its own.
    {"Prices rose. Talvera, in Orvik District, near the border with Burundi, "
     "is one of the world's largest undeveloped nickel sulphide deposits.",
     "Burundi", "has_reserves_of", "nickel sulphide", false},
    {"Prices rose. Kestrel bought Canada's Orvik Resources, and with it the "
     "Talvera copper and gold deposit south of Bor.",
     "Canada", "has_reserves_of", "gold", false},
    {"Prices rose. Most of the money will go to Talvera, a copper deposit in "
     "Zambia's Copperbelt Province that Kestrel Metals says is the largest "
     "high-grade copper discovery in a decade.",
     "Copperbelt Province", "has_reserves_of", "copper", false},
    {"Prices rose. Indonesia, which has the largest reserves of nickel in the "
     "world, banned exports of ore.",
     "Indonesia", "has_reserves_of", "nickel", true},
    // "in the Brazilian state of Amazonas": the state, in the country.
    {"Prices rose. The Talvera mine lies in the Brazilian state of Amazonas.",
     "Talvera mine", "located_in", "Amazonas", true},
    {"Prices rose. The Talvera mine lies in the Brazilian state of Amazonas.",
     "Amazonas", "located_in", "Brazil", true},
    {"Prices rose. The Talvera mine lies in the Brazilian state of Amazonas.",
     "Talvera mine", "located_in", "Brazil", false},
    // Two "President of X Name" joined by "and".
    {"Prices rose. It brought together President of Turkmenistan Dana Orvik "
     "and President of Uzbekistan Tomas Heron.",
     "Dana Orvik", "head_of", "Turkmenistan", true},
    {"Prices rose. It brought together President of Turkmenistan Dana Orvik "
     "and President of Uzbekistan Tomas Heron.",
     "Tomas Heron", "head_of", "Uzbekistan", true},
    // A name after a place's possessive that extracts a known mineral is a
    // company, and the place is not the producer.
    {"Prices rose. Germany's Orvane extracts bromine from the same formation.",
     "Orvane", "produces", "bromine", true},
    {"Prices rose. Germany's Orvane extracts bromine from the same formation.",
     "Germany", "produces", "bromine", false},
    // A proposed mine holds its minerals.
    {"Prices rose. The agency approved the Talvera Gold Project, a proposed "
     "open-pit gold and antimony mine in Idaho.",
     "Talvera Gold Project", "has_reserves_of", "antimony", true},
    {"Prices rose. The agency approved the Talvera Gold Project, a proposed "
     "open-pit gold and antimony mine in Idaho.",
     "Talvera Gold Project", "produces", "antimony", false},
    // "Pakistan's own Reko Diq": a place's "own" says where, not who owns;
    // a company's says who owns.
    {"Prices rose. Pakistan's own Talvera mine shows how long it takes.",
     "Pakistan", "owns_stake_in", "Talvera mine", false},
    {"Prices rose. Combined with Kestrel Mining's own Talvera mine, the deal "
     "makes it the largest miner.",
     "Kestrel Mining", "owns_stake_in", "Talvera mine", true},
    // Selling a smelter to a buyer is an asset sale, not a supply.
    {"Prices rose. Kestrel Metals sells the northern copper smelter to a unit "
     "of Orvik Resource Group.",
     "Kestrel Metals", "supplies", "Orvik Resource Group", false},
    {"Prices rose. Kestrel Metals sells most of its copper concentrate to "
     "Orvik Resource Group.",
     "Kestrel Metals", "supplies", "Orvik Resource Group", true},
    // Mines to be opened are no one's presence.
    {"Prices rose. The Kestrel Council has criticised what it calls a rush to "
     "open mines in Lapland.",
     "Kestrel Council", "active_in", "Lapland", false},
    // An apposition's mine "in central Idaho's Valley County": the county.
    {"Prices rose. The agency issued its decision approving the Talvera Gold "
     "Project, a proposed open-pit gold and antimony mine in central Idaho's "
     "Valley County.",
     "Talvera Gold Project", "located_in", "Valley County", true},
    // A smelter named like a mine is another site than the mine.
    {"Prices rose. Kestrel Metals agreed to sell its Talvera smelter to Orvik "
     "Resource Group. The Talvera mine, which closed in 1996, produced copper "
     "and zinc.",
     "Talvera mine", "produces", "copper", true},
    {"Prices rose. Kestrel Metals agreed to sell its Talvera smelter to Orvik "
     "Resource Group. The Talvera mine, which closed in 1996, produced copper "
     "and zinc.",
     "Talvera smelter", "produces", "copper", false},
    {"Prices rose. Kestrel Metals agreed to sell its Talvera smelter to Orvik "
     "Resource Group. The Talvera mine, which closed in 1996, produced copper "
     "and zinc.",
     "Orvik Resource Group", "acquires", "Talvera mine", false},
    // A plant "at Vidalia, Louisiana": the town is the presence, not the
    // state it lies in; a country after "in" still is.
    {"Prices rose. Kestrel Graphite ships graphite to its anode plant at "
     "Talvera, Louisiana.",
     "Kestrel Graphite", "active_in", "Louisiana", false},
    {"Prices rose. Kestrel Graphite ships graphite to its anode plant at "
     "Talvera, Louisiana.",
     "Kestrel Graphite", "active_in", "Talvera", true},
    {"Prices rose. Orvik Metals runs a refinery at Talvera in Shinyanga "
     "Region.",
     "Orvik Metals", "active_in", "Shinyanga Region", false},
    {"Prices rose. Orvik Metals runs smelters at Talvera in Sweden and at "
     "Brevik in Norway.",
     "Orvik Metals", "active_in", "Norway", true},
    // A project "on the Talvera peninsula" lies there.
    {"Prices rose. Kestrel Energy has kept its Orvik copper project on the "
     "Talvera peninsula suspended since 2021.",
     "Orvik copper project", "located_in", "Talvera peninsula", true},
    // "X, home to A and B, imports": A and B are not the importers.
    {"Prices rose. Norland, home to battery makers Kestrel Cells and Orvik "
     "Energy, imports almost all of the graphite it uses, much of it from China.",
     "Orvik Energy", "imports", "graphite", false},
    {"Prices rose. Norland, home to battery makers Kestrel Cells and Orvik "
     "Energy, imports almost all of the graphite it uses, much of it from China.",
     "China", "supplies", "Orvik Energy", false},
    // A place after another company's name is that company's, not the
    // producer's; a company named as the site ("at X Minerals in Y") is a
    // site.
    {"Prices rose. Kestrel Platinum has become one of the largest producers "
     "of platinum group metals through its purchases of Orvik Mining in the "
     "United States and the Talvera operations.",
     "Kestrel Platinum", "active_in", "United States", false},
    {"Prices rose. Kestrel Titanium mines mineral sands at Orvik Bay Minerals "
     "in South Africa.",
     "Kestrel Titanium", "active_in", "South Africa", true},
    // "in Cananea, Sonora, the country's largest copper mine": the
    // apposition is the mine's, so Sonora is not placed in the country.
    {"Prices rose. Peru is big. Kestrel Copper runs Talvera in Cananea, "
     "Sonora, the country's largest copper mine.",
     "Sonora", "located_in", "Peru", false},
    {"Prices rose. Peru is big. Kestrel Copper runs Talvera in Cananea, "
     "Sonora, the country's largest copper mine.",
     "Cananea", "located_in", "Sonora", true},
    // "an analyst at Kyiv-based investment group Dragon Capital": the firm
    // after the place it is based in.
    {"Prices rose. \"It was bad,\" said Dana Orvik, a mining analyst at "
     "Kyiv-based investment group Kestrel Capital.",
     "Dana Orvik", "works_for", "Kestrel Capital", true},
    // "Gecamines' trading arm EGC": a unit named by its trade.
    {"Prices rose. The authority said Kestrel Mining's trading arm Orvik "
     "Trading will be allocated a share.",
     "Orvik Trading", "subsidiary_of", "Kestrel Mining", true},
    // "X, whose chief executive is Y": Y heads X.
    {"Prices rose. Kestrel Mining, whose chief executive is Dana Orvik, has "
     "become one of the largest producers of platinum.",
     "Dana Orvik", "head_of", "Kestrel Mining", true},
    {"Prices rose. Kestrel Mining, whose chairman, Dana Orvik, owns 5%, has "
     "grown.",
     "Dana Orvik", "head_of", "Kestrel Mining", true},
    // "was acquired by", "was taken over in October by": the buyer is after
    // "by", never the company bought.
    {"Prices rose. Kestrel Resources was acquired by Orvik Minerals in October.",
     "Orvik Minerals", "acquires", "Kestrel Resources", true},
    {"Prices rose. Kestrel Resources was acquired by Orvik Minerals in October.",
     "Kestrel Resources", "acquires", "Orvik Minerals", false},
    {"Prices rose. Kestrel Resources was taken over in October by Orvik "
     "Minerals, the US-based uranium producer.",
     "Orvik Minerals", "acquires", "Kestrel Resources", true},
    // "X, the US-based uranium and rare earths producer,": the place of the
    // compound adjective does not end the producer's apposition.
    {"Prices rose. Kestrel Resources was taken over by Orvik Minerals, the "
     "US-based uranium and rare earths producer, which owns the mine.",
     "Orvik Minerals", "produces", "uranium", true},
    {"Prices rose. Kestrel Resources was taken over by Orvik Minerals, the "
     "US-based uranium and rare earths producer, which owns the mine.",
     "Orvik Minerals", "produces", "rare earths", true},
    {"Prices rose. Orvik Minerals has completed its acquisition of Kestrel "
     "Resources, giving the Perth-based spodumene producer its first asset "
     "outside Australia.",
     "Kestrel Resources", "produces", "spodumene", false},
    // "owns the majority of X" types X as a company; "X, whose mine in P
    // produces A and B": X produces them and is present in P.
    {"Prices rose. Kestrel Minerals Group also owns the majority of Talvafame, "
     "whose mine in Sotkamo produces nickel and cobalt for battery chemicals.",
     "Kestrel Minerals Group", "owns_stake_in", "Talvafame", true},
    {"Prices rose. Kestrel Minerals Group also owns the majority of Talvafame, "
     "whose mine in Sotkamo produces nickel and cobalt for battery chemicals.",
     "Talvafame", "produces", "cobalt", true},
    {"Prices rose. Kestrel Minerals Group also owns the majority of Talvafame, "
     "whose mine in Sotkamo produces nickel and cobalt for battery chemicals.",
     "Talvafame", "active_in", "Sotkamo", true},
    {"Prices rose. Kestrel Minerals Group also owns the majority of Talvafame, "
     "whose mine in Sotkamo produces nickel and cobalt for battery chemicals.",
     "Kestrel Minerals Group", "produces", "nickel", false},
    // "X, a platinum and gold miner": both minerals.
    {"Prices rose. Talvera is 80 percent owned by Kestrel Mining, a platinum "
     "and gold miner that has been buying into battery metals.",
     "Kestrel Mining", "produces", "platinum", true},
    // "Zambia is Africa's second-largest copper producer": a place's
    // possessive is the determiner of the producer phrase.
    {"Prices rose. Zambia is Africa's second-largest copper producer after "
     "the Democratic Republic of Congo.",
     "Zambia", "produces", "copper", true},
    // "Boliden's smelters at Kokkola in Finland and Odda in Norway": towns
    // where works stand (not sites of their own); "the group's smelters" are
    // the parent's, not the subject's.
    {"Prices rose. The concentrate is shipped to Orvik Metals' smelters at "
     "Talvera in Finland and Brevik in Norway.",
     "Orvik Metals", "active_in", "Brevik", true},
    {"Prices rose. Orvik Tara Mines ships its zinc concentrate through Dublin "
     "to the group's smelters at Brevik in Norway and Talvera in Finland.",
     "Orvik Tara Mines", "active_in", "Norway", false},
    // "bought it from the Finnish group X": X sold, it was not bought.
    {"Prices rose. The Talvera mine has produced zinc since 1977, and Kestrel "
     "Mining bought it from the Finnish group Orvik Resources in 2004.",
     "Kestrel Mining", "acquires", "Orvik Resources", false},
    // "Environmental scientist X": an adjective opening the sentence is no
    // employer; "Kestrel geologist X" is.
    {"Prices rose. Environmental scientist Mwila Orvik said the acid was toxic.",
     "Mwila Orvik", "works_for", "Environmental", false},
    {"Prices rose. Glencore geologist Mwila Orvik said the acid was toxic.",
     "Mwila Orvik", "works_for", "Glencore", true},
    // Shipping goods "through Dublin to the group's smelters at Odda in
    // Norway" exports them; another owner's smelters are no presence.
    {"Prices rose. Kestrel Mines ships its zinc concentrate and lead "
     "concentrate through Dublin to the group's smelters at Odda in Norway.",
     "Kestrel Mines", "exports", "lead concentrate", true},
    {"Prices rose. Kestrel Mines ships its zinc concentrate to Orvik's "
     "smelters at Odda in Norway.",
     "Kestrel Mines", "active_in", "Norway", false},
    // "exports it as ferroniobium": the form it takes is what is exported.
    {"Prices rose. Kestrel mines most of the world's niobium at Talvera and "
     "exports it as ferroniobium.",
     "Kestrel", "exports", "ferroniobium", true},
    // A company of the gazetteer named for its site: "the Keliber lithium
    // project" is the site.
    {"Prices rose. Sibanye-Stillwater is building the Keliber lithium project in Finland.",
     "Keliber lithium project", "located_in", "Finland", true},
    // Sites the gazetteer knows by a bare name that reads like a person's.
    {"Prices rose. Deposits such as Dong Pao in Lai Chau province have yet to be developed.",
     "Dong Pao", "located_in", "Lai Chau province", true},
    // "on the X plateau", after a comma too.
    {"Prices rose. Orvik Minerals exploits the Kestrel mine, on the Bangombé plateau in Gabon.",
     "Kestrel mine", "located_in", "Bangombé plateau", true},
    {"Prices rose. The Bangombé plateau lies in the province of Haut-Ogooué.",
     "Bangombé plateau", "located_in", "Haut-Ogooué", true},
    // A scope word opens a name whose initials spell the acronym after it.
    {"Prices rose. Kestrel Mining Ltd will sell concentrate to Global Tungsten & Powders "
     "(GTP), a processor based in Towanda, Pennsylvania.",
     "Global Tungsten & Powders", "based_in", "Towanda", true},
    // "X, Peru's largest producer of A and B,": the company apposed; not a
    // place ("the Tanco mine in Manitoba, Canada's only producer of cesium").
    {"Prices rose. Kestrel Mining Ltd, Peru's largest producer of tin and tungsten, has "
     "signed an agreement.",
     "Kestrel Mining Ltd", "produces", "tungsten", true},
    {"Prices rose. Kestrel Mining Ltd owns the Heron mine in Manitoba, Canada's only "
     "producer of cesium.",
     "Manitoba", "produces", "cesium", false},
    // "Town, State-based X": based in the town.
    {"Prices rose. Centennial, Colorado-based Kestrel Mining Ltd says the mine holds rich ore.",
     "Kestrel Mining Ltd", "based_in", "Centennial", true},
    {"Prices rose. Centennial, Colorado-based Kestrel Mining Ltd says the mine holds rich ore.",
     "Kestrel Mining Ltd", "based_in", "Colorado", false},
    // A verb of saying after the comma opens no apposition.
    {"Prices rose. Jane Moyo, a mining analyst at Harare-based Kestrel Securities Ltd, said "
     "lower lithium prices would test the new mines.",
     "Kestrel Securities Ltd", "produces", "lithium", false},
    // ", in the Eastern Province, which": the relative clause is the site's.
    {"Prices rose. Orvik Ltd operates the Kestrel mine in Rwamagana District, in the Eastern "
     "Province, which produces tin and tantalum.",
     "Kestrel mine", "produces", "tantalum", true},
    {"Prices rose. Orvik Ltd operates the Kestrel mine in Rwamagana District, in the Eastern "
     "Province, which produces tin and tantalum.",
     "Eastern Province", "produces", "tin", false},
    // "a joint venture between the state-owned X and Y": the state holds X,
    // not the venture.
    {"Prices rose. Kestrel Mining Company (KMC), a joint venture between the state-owned "
     "Orvik Mining Development Corporation (OMDC) and China's Heron Group, has dispatched its "
     "first cargo. Peru approved it. Peru taxed it. Peru cheered.",
     "Peru", "owns_stake_in", "Kestrel Mining Company", false},
    {"Prices rose. Kestrel Mining Company (KMC), a joint venture between the state-owned "
     "Orvik Mining Development Corporation (OMDC) and China's Heron Group, has dispatched its "
     "first cargo.",
     "Orvik Mining Development Corporation", "partners_with", "Heron Group", true},
    // "A and B, a unit of C, are among the biggest makers of": the list, not
    // the name inside the apposition.
    {"Prices rose. Orvik Tungsten Ltd and Heron Materials Ltd, a unit of state-owned Kestrel "
     "Group, are among the biggest makers of tungsten carbide.",
     "Orvik Tungsten Ltd", "produces", "tungsten carbide", true},
    {"Prices rose. Orvik Tungsten Ltd and Heron Materials Ltd, a unit of state-owned Kestrel "
     "Group, are among the biggest makers of tungsten carbide.",
     "Kestrel Group", "produces", "tungsten carbide", false},
    // A gazetteer company's name that goes on to a longer name the article
    // used before, then a title: the longer company.
    {"Prices rose. POSCO International Corp. agreed to build a complex. \"Supply is the "
     "biggest risk,\" POSCO International CEO Lee Kye-in said in a statement.",
     "Lee Kye-in", "head_of", "POSCO International Corp.", true},
    // "a start-up" names a company as "a startup" does.
    {"Prices rose. Kestrel Mining Ltd came to Chattanooga in 2020 when it bought "
     "Orvikgraphite, a local start-up that was making anode material.",
     "Kestrel Mining Ltd", "acquires", "Orvikgraphite", true},
    // "to A, the maker that supplies B, and to C": C is the first verb's;
    // "*" does not reach across ", and".
    {"Prices rose. Kestrel Mining Ltd has signed agreements to supply synthetic graphite to "
     "Orvik Energy Ltd, the battery maker that supplies Tesla, and to carmaker Heron Motors Ltd.",
     "Kestrel Mining Ltd", "supplies", "Heron Motors Ltd", true},
    {"Prices rose. Kestrel Mining Ltd has signed agreements to supply synthetic graphite to "
     "Orvik Energy Ltd, the battery maker that supplies Tesla, and to carmaker Heron Motors Ltd.",
     "Orvik Energy Ltd", "supplies", "Heron Motors Ltd", false},
    // "but also buys concentrate from X"; "imported 87.9% of its A and more
    // than 90% of its B from X".
    {"Prices rose. Kestrel Tin Co mines its own ore around Gejiu in Yunnan but also buys "
     "concentrate from Myanmar, traders said.",
     "Myanmar", "supplies", "Kestrel Tin Co", true},
    {"Prices rose. According to the ministry, Peru imported 87.9% of its lithium hydroxide and "
     "more than 90% of its natural graphite from China last year.",
     "China", "supplies", "Peru", true},
    // "buys much of X's output": X supplies the buyer.
    {"Prices rose. Kestrel Trading Ltd still buys much of Orvik Rare Earths Ltd's output for "
     "Japanese customers.",
     "Orvik Rare Earths Ltd", "supplies", "Kestrel Trading Ltd", true},
    {"Prices rose. Tesla Inc. has agreed to buy most of Orvik Graphite Ltd's first-phase output.",
     "Orvik Graphite Ltd", "supplies", "Tesla Inc.", true},
    // Licences and assessments "for" a project.
    {"Prices rose. The Ministry of Energy and Mineral Development has granted a mining licence "
     "for the Orvik rare earths project in eastern Uganda.",
     "Ministry of Energy and Mineral Development", "approves", "Orvik rare earths project", true},
    {"Prices rose. The Saskatchewan Ministry of Environment has approved the provincial "
     "environmental assessment for the Orvik uranium project.",
     "Saskatchewan Ministry of Environment", "approves", "Orvik uranium project", true},
    // Each source of a list after "from".
    {"Prices rose. Germany imports most of its lithium from China and Chile.",
     "Chile", "supplies", "Germany", true},
    // A passive after an apposition (and its acronym) is the list's too.
    {"Prices rose. Orvik Railway Ltd and Heron Hydro Ltd, a unit of Kestrel Construction Corp. "
     "of China (KCC), are both owned by the Chinese state.",
     "China", "owns_stake_in", "Orvik Railway Ltd", true},
    {"Prices rose. Orvik Railway Ltd and Heron Hydro Ltd, a unit of Kestrel Construction Corp. "
     "of China (KCC), are both owned by the Chinese state.",
     "China", "owns_stake_in", "Kestrel Construction Corp. of China", false},
    // No one visits the country they lead.
    {"Prices rose. President Jane Orvik raised the contract with Chinese President Xi Jinping "
     "during a state visit to China in May 2023.",
     "Xi Jinping", "visited", "China", false},
    {"Prices rose. President Jane Orvik raised the contract with Chinese President Xi Jinping "
     "during a state visit to China in May 2023.",
     "Jane Orvik", "visited", "China", true},
    // A nationality produces nothing.
    {"Prices rose. Kestrel Mining Company (KMC), a joint venture between the state-owned Orvik "
     "Mining Development Corporation (OMDC) and China's Heron Group, has dispatched its first "
     "consignment. Under the agreement signed last year, Heron owns 60 percent of KMC and OMDC "
     "holds the remaining 40 percent. The Chinese partner, a maker of lithium hydroxide and "
     "lithium carbonate based in Sichuan province, financed the concentrator.",
     "China", "produces", "lithium hydroxide", false},
    // A distance "north of" a town: the town is not in what "in" names.
    {"Prices rose. The Kestrel mine lies about 30 kilometres north of Lusaka in Zambia's "
     "Central Province.",
     "Lusaka", "located_in", "Central Province", false},
    {"Prices rose. The Kestrel mine lies about 30 kilometres north of Lusaka in Zambia's "
     "Central Province.",
     "Kestrel mine", "located_in", "Central Province", true},
    // "X is one of the largest deposits of A and B": a site, and what it
    // holds; an aside of up to ten words before the copula.
    {"Prices rose. Kestrelvik is one of the largest deposits of neodymium and praseodymium "
     "in Africa.",
     "Kestrelvik", "has_reserves_of", "praseodymium", true},
    {"Prices rose. The Kestrelvik project is in Angola. Kestrelvik, about 60 kilometres west of "
     "the city of Huambo, is one of the largest deposits of neodymium in Africa.",
     "Kestrelvik", "has_reserves_of", "neodymium", true},
    // "exploits the mine": a translation's verb of running a site.
    {"Prices rose. Orvik Minerals exploits the Kestrel mine and produced about 7 million tonnes "
     "of ore last year.",
     "Orvik Minerals", "operates", "Kestrel mine", true},
    // ", and X (ACR), a state company, holds the rest": a new clause's
    // subject, not an item of the list before.
    {"Prices rose. Orvik Ltd owns 90 percent of Heron Mining Ltd, and Kestrel Resources "
     "Corporation (KRC), a South Korean state company, holds the remaining 10 percent.",
     "Orvik Ltd", "owns_stake_in", "Kestrel Resources Corporation", false},
    {"Prices rose. Orvik Ltd owns 90 percent of Heron Mining Ltd, and Kestrel Resources "
     "Corporation (KRC), a South Korean state company, holds the remaining 10 percent.",
     "Kestrel Resources Corporation", "owns_stake_in", "Heron Mining Ltd", true},
    // A signed supply deal makes partners; a plan to supply does not.
    {"Prices rose. Kestrel Mining Ltd has signed agreements to supply synthetic graphite to "
     "Orvik Energy Ltd.",
     "Kestrel Mining Ltd", "partners_with", "Orvik Energy Ltd", true},
    {"Prices rose. Kestrel Mining Ltd hopes to supply synthetic graphite to Orvik Energy Ltd.",
     "Kestrel Mining Ltd", "partners_with", "Orvik Energy Ltd", false},
    // Luleå is a town, not the short name of "the Luleå plant".
    {"Prices rose. Orvik Ltd will make anode material at the Luleå plant. The mine would "
     "supply graphite to an anode refinery that Orvik Ltd plans to build in Luleå.",
     "Orvik Ltd", "develops", "Luleå", false},
    // "has begun mining X at its Y mine": the company and the site produce.
    {"Prices rose. Orvik Minerals Inc. has begun mining high-grade uranium ore at its Kestrel "
     "Plain mine in northern Arizona.",
     "Kestrel Plain mine", "produces", "uranium ore", true},
    {"Prices rose. Orvik Minerals Inc. has begun mining high-grade uranium ore at its Kestrel "
     "Plain mine in northern Arizona.",
     "Orvik Minerals Inc.", "produces", "uranium ore", true},
    // A place set off by commas after a list's project item: the list goes on.
    {"Prices rose. Orvik Metals also operates the Rutongo tin mine, also in Rulindo, and the "
     "Kestrel mine in Rwamagana District.",
     "Orvik Metals", "operates", "Kestrel mine", true},
    // A river, a range or a protected land spans the places it is said to
    // be in.
    {"Prices rose. The Kestrel mine sits in the Orvik National Forest in Talvera County, "
     "Arizona.",
     "Orvik National Forest", "located_in", "Talvera County", false},
    {"Prices rose. The Kestrel mine sits in the Orvik National Forest in Talvera County, "
     "Arizona.",
     "Kestrel mine", "located_in", "Orvik National Forest", true},
    // "based in Centennial, Colorado": the town is the home, not its state;
    // a country after the town is.
    {"Prices rose. Orvik Resources Inc., which is based in Centennial, Colorado, will buy "
     "the plant.",
     "Orvik Resources Inc.", "based_in", "Colorado", false},
    {"Prices rose. Orvik Resources Inc., which is based in Centennial, Colorado, will buy "
     "the plant.",
     "Orvik Resources Inc.", "based_in", "Centennial", true},
    {"Prices rose. Orvik Investment Group, which is based in Zug, Switzerland, owns the mine.",
     "Orvik Investment Group", "based_in", "Switzerland", true},
    // A relative clause after other words than names holds for another
    // antecedent; "the X mine of Y, which is the largest deposit" is X's.
    {"Prices rose. Orvik Metals, a subsidiary of the Chilean group Antofagasta, has spent a "
     "decade developing the project, which lies in the Kestrel Complex, a formation that "
     "holds one of the world's largest deposits of copper and nickel.",
     "Antofagasta", "has_reserves_of", "copper", false},
    {"Prices rose. Orvik Metals, a subsidiary of the Chilean group Antofagasta, has spent a "
     "decade developing the project, which lies in the Kestrel Complex, a formation that "
     "holds one of the world's largest deposits of copper and nickel.",
     "Kestrel Complex", "has_reserves_of", "nickel", true},
    // "blocked the assets of A, of B and of C": sanctions on each, no block.
    {"Prices rose. OFAC also blocked the assets of Orvik Metals Ltd (OML), which runs the "
     "mine, of Kestrel Nickel SA, known as Kenisa, which operates the plant, and of "
     "Talvera Ltd, a third local firm.",
     "OFAC", "sanctions", "Talvera Ltd", true},
    {"Prices rose. OFAC also blocked the assets of Orvik Metals Ltd (OML), which runs the "
     "mine, of Kestrel Nickel SA, known as Kenisa, which operates the plant, and of "
     "Talvera Ltd, a third local firm.",
     "OFAC", "sanctions", "Kestrel Nickel SA", true},
    {"Prices rose. OFAC also blocked the assets of Orvik Metals Ltd (OML), which runs the "
     "mine, of Kestrel Nickel SA, known as Kenisa, which operates the plant, and of "
     "Talvera Ltd, a third local firm.",
     "OFAC", "blocks", "Orvik Metals Ltd", false},
    // "which also produces X there": the site named before produces it;
    // "recovers X from zinc concentrate at its Y smelter": the smelter.
    {"Prices rose. The largest source is the Kestrel mine in northern Vietnam, operated by "
     "Orvik Materials Ltd, which also produces tungsten, fluorspar and copper there.",
     "Kestrel mine", "produces", "fluorspar", true},
    {"Prices rose. Orvik Resources Ltd recovers germanium from zinc concentrate at its "
     "Kestrel smelter in British Columbia.",
     "Kestrel smelter", "produces", "germanium", true},
    // "has been making X": production in the progressive.
    {"Prices rose. Orvik Fuels Inc. has been making NdPr oxide at its mill since 2024.",
     "Orvik Fuels Inc.", "produces", "NdPr oxide", true},
    // A refinery or smelter named for a mineral may be named for its feed:
    // the name alone says nothing of its output (a mine's name does).
    {"Prices rose. Orvik Metals Ltd will expand the Kestrel nickel refinery next year.",
     "Kestrel nickel refinery", "produces", "nickel", false},
    {"Prices rose. Orvik Metals Ltd will expand the Kestrel nickel mine next year.",
     "Kestrel nickel mine", "produces", "nickel", true},
    // "its cobalt supplier X", "A's supplier, X,": X supplies the possessor.
    {"Prices rose. Orvik Motors AG opened an investigation into its cobalt supplier Kestrel "
     "Mining Ltd after the reports.",
     "Kestrel Mining Ltd", "supplies", "Orvik Motors AG", true},
    {"Prices rose. Orvik Motors AG's supplier, Kestrel Mining Ltd, denied the reports.",
     "Kestrel Mining Ltd", "supplies", "Orvik Motors AG", true},
    // "has produced no gallium since 1987 and imports most of what it uses,
    // partly from A and B": the subject's second verb phrase, not negated.
    {"Prices rose. Kenya has produced no primary gallium since 1987 and imports most of what "
     "it uses, partly from China and Germany, according to the survey.",
     "Germany", "supplies", "Kenya", true},
    {"Prices rose. Kenya has produced no primary gallium since 1987 and imports most of what "
     "it uses, partly from China and Germany, according to the survey.",
     "China", "supplies", "Kenya", true},
    // "American utilities buy most of their uranium from A, B and C": the
    // buyers' country.
    {"Prices rose. The United States bans imports. American utilities buy most of their "
     "uranium from Canada, Kazakhstan and Australia.",
     "Kazakhstan", "supplies", "United States", true},
    // "has shipped its first cargo of X from its Y mine": the shipper
    // produces and exports X, and the mine produces it.
    {"Prices rose. Orvik Lithium Ltd has shipped its first cargo of lithium concentrate "
     "from its Kestrel mine in Minas Gerais.",
     "Orvik Lithium Ltd", "exports", "lithium concentrate", true},
    {"Prices rose. Orvik Lithium Ltd has shipped its first cargo of lithium concentrate "
     "from its Kestrel mine in Minas Gerais.",
     "Kestrel mine", "produces", "lithium concentrate", true},
    {"Prices rose. Talvera Mining Company has dispatched its first consignment of "
     "spodumene concentrate from its Heron mine.",
     "Talvera Mining Company", "produces", "spodumene concentrate", true},
    // "operates a plant in Hemlock, Michigan": active in the town, not its state.
    {"Prices rose. Orvik Metals Ltd operates a plant in Hemlock, Michigan.",
     "Orvik Metals Ltd", "active_in", "Michigan", false},
    {"Prices rose. Orvik Metals Ltd operates a plant in Hemlock, Michigan.",
     "Orvik Metals Ltd", "active_in", "Hemlock", true},
    // "Semiconductor", "Magnetics", "Silicon" end companies' names; a town
    // that shares a company's first word is the town after "in" and before
    // its state.
    {"Prices rose. Kestrel Semiconductor, which operates a plant in Kestrel, Michigan, said "
     "so.",
     "Kestrel Semiconductor", "active_in", "Kestrel", true},
    // "signed a contract with X to buy cobalt from Y": X is the partner of
    // the deal, not the buyer.
    {"Prices rose. The Munich carmaker signed a contract worth 100 million euros with Orvik "
     "Mining Ltd in 2020 to buy cobalt from Morocco for its cars.",
     "Morocco", "supplies", "Orvik Mining Ltd", false},
    // A supply deal "with" a producer: the producer supplies, whichever
    // side of "with" it stands on.
    {"Prices rose. Orvik Motors Inc's Texas refinery is now making lithium hydroxide. Orvik "
     "Motors Inc has offtake agreements with Kestrel Lithium Ltd, which began producing "
     "spodumene concentrate at its Heron mine last year.",
     "Kestrel Lithium Ltd", "supplies", "Orvik Motors Inc", true},
    {"Prices rose. Orvik Motors Inc's Texas refinery is now making lithium hydroxide. Orvik "
     "Motors Inc has offtake agreements with Kestrel Lithium Ltd, which began producing "
     "spodumene concentrate at its Heron mine last year.",
     "Orvik Motors Inc", "supplies", "Kestrel Lithium Ltd", false},
    // A place in a list after a preposition holds nothing: "straddles the
    // municipalities of Itinga and Orvika and holds ...".
    {"Prices rose. Kestrel Lithium Ltd runs a plant in Orvika, Minas Gerais. The Heron deposit "
     "straddles the municipalities of Itinga and Orvika and holds one of the largest hard-rock "
     "lithium resources in the Americas.",
     "Orvika", "has_reserves_of", "lithium", false},
    // Planned output: the making verb of a plant's clause ("plans to build a
    // plant that will produce N of X"), a list "along with" more products,
    // "ramp the operation up to N pounds of X".
    {"Prices rose. Orvik Tinto plc plans to build a plant at Kestrel that will produce 60,000 "
     "tonnes a year of battery-grade lithium carbonate.",
     "Orvik Tinto plc", "targets_production_of", "lithium carbonate", true},
    {"Prices rose. Orvik Developments Ltd. plans to produce about 7,000 tonnes of ferroniobium "
     "a year, an alloy made from niobium, along with scandium oxide and titanium dioxide.",
     "Orvik Developments Ltd.", "targets_production_of", "scandium oxide", true},
    {"Prices rose. Kestrel Energy Ltd aims to ramp the operation up to 2.45 million pounds of "
     "uranium a year.",
     "Kestrel Energy Ltd", "targets_production_of", "uranium", true},
    // Made of: "N tonnes of X a year from Y", "X, an alloy of A and B",
    // "monazite, a sand that holds rare earths".
    {"Prices rose. The refinery is designed to produce about 15,000 tonnes of lithium "
     "hydroxide a year from spodumene concentrate.",
     "lithium hydroxide", "derived_from", "spodumene concentrate", true},
    {"Prices rose. Orvik Nickel Ltd exported about 15,000 tonnes of ferronickel, an alloy of "
     "iron and nickel, from the port last year.",
     "ferronickel", "derived_from", "nickel", true},
    {"Prices rose. The mill gets its feed from monazite, a sand that holds rare earths and a "
     "little uranium.",
     "rare earths", "derived_from", "monazite", true},
    // "A and B belong to X"; "X, the Hong Kong-listed miner controlled by Y".
    {"Prices rose. Orvik Nickel SA and Kestrel Nickel SA belong to Talvera Investment Group, "
     "a mining company based in Zug, Switzerland.",
     "Talvera Investment Group", "owns_stake_in", "Kestrel Nickel SA", true},
    {"Prices rose. Orvik Limited, the Hong Kong-listed miner controlled by Kestrel Minmetals "
     "Corporation, has agreed to buy the Heron copper mine.",
     "Kestrel Minmetals Corporation", "owns_stake_in", "Orvik Limited", true},
    // Export limits: "placed X, among them A and B, under an export licensing
    // regime"; "said exports would be capped at N of X", even when the
    // body's own name holds "Control".
    {"Prices rose. In April, China's Ministry of Commerce placed seven medium and heavy rare "
     "earths, among them dysprosium and terbium, under an export licensing regime.",
     "Ministry of Commerce", "restricts_exports_of", "terbium", true},
    {"Prices rose. The Authority for the Regulation and Control of Strategic Orvik Substances "
     "(ARKOMS) said exports would be capped at 18,125 tonnes of cobalt for the rest of 2025.",
     "Authority for the Regulation and Control of Strategic Orvik Substances",
     "restricts_exports_of", "cobalt", true},
    // "has agreed with X to build ...", "teams up with X": partners; not
    // "agreed with X's view".
    {"Prices rose. Orvik International Corp. has agreed with Kestrel Technologies to build a "
     "rare earth refining complex in the United States.",
     "Orvik International Corp.", "partners_with", "Kestrel Technologies", true},
    {"Prices rose. Orvik International Corp. agreed with Kestrel Technologies's view of the "
     "market.",
     "Orvik International Corp.", "partners_with", "Kestrel Technologies", false},
    {"Prices rose. Orvik International Corp. teams up with Kestrel Technologies for a magnet "
     "plant.",
     "Orvik International Corp.", "partners_with", "Kestrel Technologies", true},
    // "mined in A, B and C": each place; "X and Y, titanium minerals that are
    // mined in A and B": the minerals the clause describes; "made mainly in".
    {"Prices rose. Rutile is mined in Australia and South Africa.",
     "South Africa", "produces", "rutile", true},
    {"Prices rose. Sponge is made from rutile and ilmenite, titanium minerals that are mined "
     "in Australia, South Africa and Mozambique.",
     "Mozambique", "produces", "ilmenite", true},
    {"Prices rose. Titanium sponge is made mainly in Japan and in Kazakhstan.",
     "Japan", "produces", "titanium sponge", true},
    // "produces N tonnes of copper a year in concentrate, along with silver".
    {"Prices rose. The Kestrel mine produces about 60,000 tonnes of copper a year in "
     "concentrate, along with silver.",
     "Kestrel mine", "produces", "silver", true},
    // Greenland is a territory (a place); a list of countries goes on past it.
    {"Prices rose. Since 2021, the EU has signed similar partnerships with Canada, Zambia, "
     "Greenland, Rwanda and Norway, among others.",
     "EU", "partners_with", "Norway", true},
    // A capitalised word inside a name triggers nothing: "holds a majority of
    // Kestrel Manganese Mines in the Kalahari Manganese Field".
    {"Prices rose. Orvik32 also has manganese operations in South Africa, where it holds a "
     "majority of Kestrel Manganese Mines in the Kalahari Manganese Field.",
     "Orvik32", "active_in", "Kalahari Manganese Field", false},
    // A place after an opening preposition is not the subject "it" stands
    // for: "Beyond Argentina it owns ..., and it supplies ...".
    {"Orvik Lithium is a Chinese producer. Beyond Argentina it owns the Kestrel mine in Mali, "
     "and it supplies lithium compounds to carmakers including Tesla.",
     "Orvik Lithium", "supplies", "Tesla", true},
    {"Orvik Lithium is a Chinese producer. In Argentina it owns the Kestrel mine, and it "
     "supplies lithium compounds to carmakers including Tesla.",
     "Argentina", "supplies", "Tesla", false},
    // "First" opens a company's name before a legal suffix, and opens its
    // short name later.
    {"Prices rose. First Kestrel Silver Corp. agreed to buy Orvik Silver. First Kestrel already "
     "runs three silver mines in Mexico.",
     "First Kestrel Silver Corp.", "active_in", "Mexico", true},
    {"Prices rose. First Kestrel Silver Corp. agreed to buy Orvik Silver. First Kestrel already "
     "runs three silver mines in Mexico.",
     "Orvik Silver", "active_in", "Mexico", false},
    // An agency's administrator heads it; the title is no part of the name.
    {"Prices rose. \"The veto is final,\" EPA Administrator Jane Orvik said.",
     "Jane Orvik", "head_of", "EPA", true},
    // "the Tel Aviv-based group": an anaphor after a place of two words.
    {"Prices rose. Orvik Group Ltd makes fertilizer. The Tel Aviv-based group also mines "
     "phosphate in China.",
     "Orvik Group Ltd", "produces", "phosphate", true},
    {"Prices rose. Orvik Group Ltd makes fertilizer. The Tel Aviv-based group also mines "
     "phosphate in China.",
     "Tel Aviv", "produces", "phosphate", false},
    // A person's possessive in an apposition is not the subject: "Vedanta
    // Ltd, Anil Agarwal's mining group, owns 63%".
    {"Prices rose. Orvik Ltd, Jane Kestrel's mining group, owns about 63% of Heron Zinc.",
     "Jane Kestrel", "owns_stake_in", "Heron Zinc", false},
    {"Prices rose. Orvik Ltd, Jane Kestrel's mining group, owns about 63% of Heron Zinc.",
     "Orvik Ltd", "owns_stake_in", "Heron Zinc", true},
    // "sells concentrate to China, where it is smelted into ferrochrome":
    // the seller makes no ferrochrome.
    {"Prices rose. Orvik plc sells chrome concentrate mainly to China, where it is smelted into "
     "ferrochrome for stainless steel.",
     "Orvik plc", "produces", "ferrochrome", false},
    // A demonym before a member of a joint venture describes it.
    {"Prices rose. PT Orvik Park is a joint venture of Kestrel Holding Group and the Indonesian "
     "Heron Delapan Group.",
     "Heron Delapan Group", "owns_stake_in", "PT Orvik Park", true},
    // "of which X owns about two thirds" (unhyphenated).
    {"Prices rose. The project is held through Orvik Holdings, of which Kestrel plc owns about "
     "two thirds.",
     "Kestrel plc", "owns_stake_in", "Orvik Holdings", true},
    // "owns 80% of X; the remaining 20% is held by Y".
    {"Prices rose. Orvik Minerals owns 80% of Kestrel; the remaining 20% is held by Heron "
     "Investments Holdings, the state-owned mining investment company.",
     "Heron Investments Holdings", "owns_stake_in", "Kestrel", true},
    // "in May" is the month, not a modal that makes the output a plan.
    {"Prices rose. The Kestrel mine was restarted in May last year and produces spodumene "
     "concentrate.",
     "Kestrel mine", "produces", "spodumene concentrate", true},
    // "to China, whose refineries turn it into alumina": the pronoun is the
    // object; no company named before makes the alumina.
    {"Prices rose. Orvik Ltd held talks in May. Guinea is the biggest supplier of bauxite to "
     "China, whose refineries turn it into alumina.",
     "Orvik Ltd", "produces", "alumina", false},
    // "Most of the world's scandium now comes from China": its output.
    {"Prices rose. Most of the world's scandium now comes from China, where it is recovered as "
     "a by-product.",
     "China", "produces", "scandium", true},
    {"Prices rose. \"Almost every graphite anode in the world comes from China,\" she said.",
     "China", "produces", "graphite", false},
    // Chrome (the trade's name of chromite ore) is a mineral.
    {"Prices rose. Orvik plc said on Thursday it had produced about 1.6 million tonnes of "
     "chrome concentrate in the year to September.",
     "Orvik plc", "produces", "chrome concentrate", true},
    // A dateline is not the sentence's subject: the apposition's name after
    // it is.
    {"Prices rose.\n\nGABORONE - Orvik Limited, the Hong Kong-listed miner controlled by "
     "Kestrel Minmetals Corporation, has agreed to buy the Heron copper mine in Botswana.",
     "Kestrel Minmetals Corporation", "acquires", "Heron copper mine", false},
    // Phosphate rock, phosphoric acid, lithium iron phosphate, pyrochlore and
    // boehmite are minerals and products.
    {"Prices rose. Orvik Group mines phosphate rock in the Negev and makes purified phosphoric "
     "acid.",
     "Orvik Group", "produces", "phosphate rock", true},
    // The apposition of the name right before the trigger describes that
    // name, not the sentence's subject.
    {"Prices rose. Orvik Technologies, the Cambridge-based start-up, has started production at "
     "a plant in Brazil run by its partner Kestrel Mining, the world's largest producer of "
     "niobium.",
     "Kestrel Mining", "produces", "niobium", true},
    {"Prices rose. Orvik Technologies, the Cambridge-based start-up, has started production at "
     "a plant in Brazil run by its partner Kestrel Mining, the world's largest producer of "
     "niobium.",
     "Orvik Technologies", "produces", "niobium", false},
    // "The Tel Aviv-based group also mines ..., and produces potash": the
    // anaphor is the subject, not the place that modifies it.
    {"Prices rose. Orvik Group Ltd makes fertilizer. The Tel Aviv-based group also mines "
     "phosphate in China, and produces potash from the Dead Sea.",
     "Orvik Group Ltd", "produces", "potash", true},
    {"Prices rose. Orvik Group Ltd makes fertilizer. The Tel Aviv-based group also mines "
     "phosphate in China, and produces potash from the Dead Sea.",
     "Tel Aviv", "produces", "potash", false},
    // "wants to turn into one of the largest nickel mines": no output yet;
    // "turned it into one of the largest lithium producers" is.
    {"Prices rose. Kestrel, the deposit that Orvik Nickel Company wants to turn into one of the "
     "largest nickel mines in the Americas, lies in Ontario.",
     "Orvik Nickel Company", "produces", "nickel", false},
    // A hyphenated list of minerals describes a site: "the Kipushi
    // zinc-copper-germanium mine".
    {"Prices rose. Orvik Mines owns the Kestrel zinc-copper-germanium mine in Congo.",
     "Kestrel zinc-copper-germanium mine", "produces", "germanium", true},
    // "holds nickel along with cobalt, chromium and iron": the deposit holds
    // each.
    {"Prices rose. The Kestrel deposit, in northern Ontario, holds nickel along with cobalt, "
     "chromium and iron.",
     "Kestrel deposit", "has_reserves_of", "chromium", true},
    // "an analyst at X in City": a firm the gazetteer places in another
    // country has an office in the city; a firm of the city's country, or
    // one the gazetteer does not place, is based there.
    {"Prices rose, said Dana Orvik, a metals analyst at Wood Mackenzie in Singapore.",
     "Wood Mackenzie", "active_in", "Singapore", true},
    {"Prices rose, said Dana Orvik, a metals analyst at Wood Mackenzie in Singapore.",
     "Wood Mackenzie", "based_in", "Singapore", false},
    {"\"Prices will rise,\" said Dana Orvik, an analyst at Raymond James in Toronto.",
     "Raymond James", "active_in", "Toronto", true},
    {"\"Prices will rise,\" said Dana Orvik, an analyst at Raymond James in Toronto.",
     "Raymond James", "based_in", "Toronto", false},
    {"Prices rose, said Dana Orvik, a metals analyst at Benchmark Mineral Intelligence in "
     "London.",
     "Benchmark Mineral Intelligence", "based_in", "London", true},
    {"Prices rose, said Dana Orvik, a mining analyst at Kestrel Securities in Toronto.",
     "Kestrel Securities", "based_in", "Toronto", true},
    // A head of state the gazetteer knows leads his own country, not the
    // one the article is about.
    {"Lithuania halted the trains in Klaipeda. Lithuania said Lithuania would not back down. "
     "President Alexander Lukashenko had threatened to cut the transit of Lithuanian goods "
     "through Belarus.",
     "Alexander Lukashenko", "head_of", "Belarus", true},
    {"Lithuania halted the trains in Klaipeda. Lithuania said Lithuania would not back down. "
     "President Alexander Lukashenko had threatened to cut the transit of Lithuanian goods "
     "through Belarus.",
     "Alexander Lukashenko", "head_of", "Lithuania", false},
    // Items added to an export-control list, or put on a list of items
    // that need an export licence, are restricted.
    {"In February, China added tungsten, bismuth and molybdenum to its export control list.",
     "China", "restricts_exports_of", "bismuth", true},
    {"In February, China's Ministry of Commerce put tungsten and bismuth products on a list "
     "of items that need an export licence.",
     "Ministry of Commerce", "restricts_exports_of", "tungsten", true},
    {"In February, China added tungsten to the list of minerals it buys from Kazakhstan, "
     "whose exports grew.",
     "China", "restricts_exports_of", "tungsten", false},
    // A site "in A County and B County" lies in both.
    {"Prices rose. Heron Ltd owns the Kestrel Project in Benton County and Henry County.",
     "Kestrel Project", "located_in", "Henry County", true},
    {"Prices rose. Heron Ltd owns the Kestrel Project in Benton County and Henry Orvik.",
     "Kestrel Project", "located_in", "Henry Orvik", false},
    // "the Pittsburgh-based toolmaker": a maker of a trade is a company.
    {"Prices rose. Kestrelmetal, the Pittsburgh-based toolmaker, raised list prices.",
     "Kestrelmetal", "based_in", "Pittsburgh", true},
    {"Prices rose. Orvikstal, the Ohio-based steelmaker, cut output.",
     "Orvikstal", "based_in", "Ohio", true},
    // Goods made of a mineral bought from a seller: the seller supplies.
    {"Prices rose. Heron Motors buys cells from Kestrel Energy Ltd and Orvik Power Corp.",
     "Orvik Power Corp", "supplies", "Heron Motors", true},
    {"Prices rose. The United States imports most of the fuel for its reactors, partly from "
     "Kazakhstan and Russia.",
     "Kazakhstan", "supplies", "United States", true},
    {"Prices rose. Heron Motors buys shares from Kestrel Energy Ltd.",
     "Kestrel Energy Ltd", "supplies", "Heron Motors", false},
    // A deal with a company to buy a mineral: the company supplies; a deal
    // to buy its interests in a project is a sale of an asset.
    {"Prices rose. Heron Motors signed an agreement with Kestrel Mining Ltd in 2022 to buy "
     "about 5,000 tonnes of cobalt sulphate a year.",
     "Kestrel Mining Ltd", "supplies", "Heron Motors", true},
    {"Prices rose. In May, Heron Motors signed a preliminary agreement with Kestrel Mining Ltd "
     "to buy its interests in the Orvik lithium project.",
     "Kestrel Mining Ltd", "supplies", "Heron Motors", false},
    // "chief executive of VAC": the firm a chief executive runs.
    {"Prices rose, said Erik Eschen, chief executive of KVC.",
     "Erik Eschen", "head_of", "KVC", true},
    // Others' presence, a head office, a clause after "as": no presence.
    {"Prices rose. Kestrel Ltd is testing material from producers in Australia and Vietnam.",
     "Kestrel Ltd", "active_in", "Vietnam", false},
    {"Prices rose. Kestrel Ltd, which has its headquarters and main plant in Hanau, also makes "
     "magnets in Slovakia.",
     "Kestrel Ltd", "active_in", "Hanau", false},
    {"Kestrel Ltd opens a magnet plant in South Carolina as China tightens rare earth exports.",
     "Kestrel Ltd", "active_in", "China", false},
    {"Prices rose. Kestrel Ltd has plants in Chile as well as Peru.",
     "Kestrel Ltd", "active_in", "Peru", true},
    // "and 30% by Japan's Marubeni Corporation": the company, not its country.
    {"Prices rose. Centinela is 70% owned by Heron Mining plc and 30% by Japan's Kestrel "
     "Corporation.",
     "Kestrel Corporation", "owns_stake_in", "Centinela", true},
    {"Prices rose. Centinela is 70% owned by Heron Mining plc and 30% by Japan's Kestrel "
     "Corporation.",
     "Japan", "owns_stake_in", "Centinela", false},
    // "owned by Antofagasta" after Antofagasta plc: the company, the agent
    // of the passive.
    {"Antofagasta plc approved a concentrator. Centinela is 70% owned by Antofagasta and "
     "30% by Japan's Marubeni Corporation.",
     "Antofagasta plc", "owns_stake_in", "Centinela", true},
    // "X, who tracks light metals for CRU Group in London": the firm employs
    // X, and is based in the city.
    {"Prices rose. Dana Orvik, who tracks light metals for Kestrel Research Ltd in London, "
     "said carmakers would look closely.",
     "Dana Orvik", "works_for", "Kestrel Research Ltd", true},
    {"Prices rose. Dana Orvik, who tracks light metals for Kestrel Research Ltd in London, "
     "said carmakers would look closely.",
     "Kestrel Research Ltd", "based_in", "London", true},
    {"Prices rose. Dana Orvik, who tracks light metals, said Kestrel Research Ltd would "
     "wait for Heron Ltd.",
     "Dana Orvik", "works_for", "Heron Ltd", false},
    // Plural making verbs of a list of names; not the noun "mine" nor a
    // purpose ("used to make").
    {"In Japan, Toho Titanium and Osaka Titanium Technologies make titanium sponge.",
     "Osaka Titanium Technologies", "produces", "titanium sponge", true},
    {"Prices rose. Glencore and Vale mine nickel in Canada.",
     "Glencore", "produces", "nickel", true},
    {"Boliden already runs the Garpenberg zinc mine in Sweden.",
     "Boliden", "produces", "zinc", false},
    {"EQ Resources sells its concentrate to processors, who turn it into ammonium "
     "paratungstate, the intermediate used to make tungsten carbide.",
     "EQ Resources", "targets_production_of", "tungsten carbide", false},
    // The firm after a place's possessive is a list's item, not the place.
    {"Covalent Lithium, owned by Wesfarmers and Chile's SQM, has turned rock into hydroxide.",
     "SQM", "owns_stake_in", "Covalent Lithium", true},
    {"Covalent Lithium, owned by Wesfarmers and Chile's SQM, has turned rock into hydroxide.",
     "Chile", "owns_stake_in", "Covalent Lithium", false},
    // A share with no object: the name after ", and" opens the next clause.
    {"The carmaker Stellantis owns roughly a fifth, and Nuton, a venture of Rio Tinto, "
     "holds about 14 percent.",
     "Stellantis", "owns_stake_in", "Nuton", false},
    // German "und" inside a name.
    {"Processors such as Austria's Wolfram Bergbau und Hütten, owned by Sweden's Sandvik, "
     "paid premiums.",
     "Sandvik", "owns_stake_in", "Wolfram Bergbau und Hütten", true},
    // A relative clause of a common noun holds nothing of the site before
    // it; an apposition's clause is the named site's.
    {"Woodsmith is designed to mine polyhalite, a mineral that contains potassium, "
     "sulphur and magnesium.",
     "Woodsmith", "has_reserves_of", "sulphur", false},
    {"IperionX also owns the Titan Project in Benton County, a mineral sands deposit "
     "that holds rutile and zircon.",
     "Titan Project", "has_reserves_of", "rutile", true},
    // Others who turn it into something; a plant still weighed.
    {"EQ Resources sells its concentrate to overseas processors, who turn it into "
     "ammonium paratungstate.",
     "EQ Resources", "produces", "ammonium paratungstate", false},
    {"She said Lynas Rare Earths is also weighing a separation plant in Seadrift, Texas.",
     "Lynas Rare Earths", "active_in", "Seadrift", false},
    // "its X arm Y, its ...": the units of one owner, not of each other;
    // "The London-listed miner" is the company named before.
    {"Anglo American Plc is big. The London-listed miner, which has just rejected a "
     "proposal from BHP, said it would sell its diamond business De Beers, its platinum "
     "arm Anglo American Platinum and its nickel operations.",
     "Anglo American Platinum", "subsidiary_of", "Anglo American Plc", true},
    {"Anglo American Plc is big. The London-listed miner, which has just rejected a "
     "proposal from BHP, said it would sell its diamond business De Beers, its platinum "
     "arm Anglo American Platinum and its nickel operations.",
     "Anglo American Platinum", "subsidiary_of", "BHP", false},
    // A relative clause after "the works in a place" is the works'.
    {"Vale Indonesia operates the Sorowako mine and smelter in South Sulawesi, which "
     "produces nickel matte.",
     "Sorowako mine", "produces", "nickel matte", true},
    {"Vale Indonesia operates the Sorowako mine and smelter in South Sulawesi, which "
     "produces nickel matte.",
     "South Sulawesi", "produces", "nickel matte", false},
    // A dateline "MOUNT X -" is a town, not the mine "the mine" stands for.
    {"MOUNT MOLLOY - Prices are lifting the Mt Carbine mine north of Mount Molloy. EQ "
     "Resources, the ASX-listed company that owns the mine, is lifting output.",
     "EQ Resources", "owns_stake_in", "MOUNT MOLLOY", false},
    // A stake sold to a buyer does not sell the buyer; a passive names no
    // seller.
    {"Atlas Lithium had already sold a stake to China's Chengxin Lithium Group last year.",
     "Atlas Lithium", "sells", "Chengxin Lithium Group", false},
    {"Atlas Lithium had already sold a stake to China's Chengxin Lithium Group last year.",
     "Atlas Lithium", "owns_stake_in", "Chengxin Lithium Group", false},
    {"Coeur Mining bought it. People were nervous when they heard the company was sold, "
     "because SilverCrest Metals treated this town well.",
     "Coeur Mining", "sells", "SilverCrest Metals", false},
    // A mineral that says what kind of goods a maker makes; a region's
    // name before the owner's plural works is the region.
    {"China is also home to Dalian Rongke Power, the best-known maker of large vanadium "
     "flow batteries.",
     "Dalian Rongke Power", "produces", "vanadium", false},
    {"Nouveau Monde Graphite will sell anode material from its Quebec plants.",
     "Nouveau Monde Graphite", "operates", "Quebec", false},
    // "Y bought the company": not the buyer itself; Western Areas is known.
    {"Sirius Minerals ran short of money, and Anglo American bought the company in 2020.",
     "Anglo American", "acquires", "Sirius Minerals", true},
    {"IGO Ltd inherited Cosmos when it bought Western Areas in 2022 for about A$1.3 billion.",
     "IGO Ltd", "acquires", "Western Areas", true},
    // A headline's "Pan American Silver" and the body's "Pan American Silver
    // Corp." are one company, whose "Pan American" the body then uses.
    {"Pan American Silver agrees to buy MAG Silver, taking a 44% stake in Mexico's "
     "Juanicipio\n\nPan American Silver Corp. said on Sunday it had agreed to acquire MAG "
     "Silver Corp. in a deal.\n\nPan American already operates the La Colorada and Dolores "
     "mines in Mexico.",
     "Pan American Silver Corp.", "operates", "Dolores", true},
    // "the A, B and C mines": each name is a mine; a list of mines after a
    // colon, each "in the state of" a place; "Chicago-based X" opens with X.
    {"Coeur Mining runs the Palmarejo, Rochester and Kensington mines.",
     "Coeur Mining", "operates", "Palmarejo", true},
    {"Chicago-based Coeur Mining already runs five mines: Palmarejo in the state of "
     "Chihuahua, Rochester in Nevada, Kensington in Alaska and Wharf in South Dakota.",
     "Coeur Mining", "operates", "Wharf", true},
    // A ranking's next places, "followed by", make what its first makes.
    {"China is by far the largest producer of vanadium, most of it recovered from steel "
     "slag, followed by Russia, South Africa and Brazil.",
     "South Africa", "produces", "vanadium", true},
    {"Mexico is the largest producer of silver, followed by Peru.",
     "Peru", "produces", "silver", true},
    // What an apposition says a name is beats "an interest in"; "the X
    // Range" is a landform even with a given name; a name set off after
    // "the ... mine," is the mine.
    {"The prize is a 44% interest in Juanicipio, an underground silver mine in the Mexican "
     "state of Zacatecas.",
     "Juanicipio", "located_in", "Zacatecas", true},
    {"IGO Ltd's Nova nickel mine in the Fraser Range is due to close in 2025.",
     "Nova nickel mine", "located_in", "Fraser Range", true},
    {"The country's only working potash mine, Taquari-Vassouras in Sergipe, is run by "
     "Mosaic Fertilizantes.",
     "Mosaic Fertilizantes", "operates", "Taquari-Vassouras", true},
    // "the company behind the X project", "the company that built the X
    // mine" develops it; "a venture of" is a unit.
    {"Nouveau Monde Graphite, the company behind the Matawinie project at "
     "Saint-Michel-des-Saints, said GM will invest.",
     "Nouveau Monde Graphite", "develops", "Matawinie project", true},
    {"Coeur Mining has completed its takeover of SilverCrest Metals Inc., the Vancouver "
     "company that built the Las Chispas silver and gold mine near Arizpe.",
     "SilverCrest Metals Inc.", "develops", "Las Chispas", true},
    {"Stellantis owns a fifth, and Nuton, a venture of Rio Tinto, holds about 14 percent "
     "of McEwen Copper.",
     "Nuton", "subsidiary_of", "Rio Tinto", true},
    // A known company's name, a mineral and "International": one name.
    {"Black Mountain Mining is majority-owned by Vedanta Zinc International, the South "
     "African arm of the London-based Vedanta Resources group.",
     "Vedanta Zinc International", "subsidiary_of", "Vedanta Resources", true},
    {"Black Mountain Mining is majority-owned by Vedanta Zinc International, the South "
     "African arm of the London-based Vedanta Resources group.",
     "Vedanta Resources", "owns_stake_in", "Black Mountain Mining", false},
    // A name that says where a site is does not act for it; miners of a
    // place sell, not the place.
    {"Vedanta's zinc mine near Aggeneys is building its second phase. Black Mountain "
     "Mining also runs the Swartberg mine at Aggeneys, which produces lead.",
     "Aggeneys", "produces", "lead", false},
    {"Entreprise Generale du Cobalt buys cobalt from Congo's artisanal miners.",
     "Democratic Republic of Congo", "supplies", "Entreprise Generale du Cobalt", false},
    // "wants to turn X into Y": a plan.
    {"Euro Manganese wants to turn the manganese in them into manganese metal.",
     "Euro Manganese", "targets_production_of", "manganese metal", true},
    {"Euro Manganese wants to turn the manganese in them into manganese metal.",
     "Euro Manganese", "produces", "manganese metal", false},
    // "a joint venture between A, <apposition>, and B".
    {"Covalent is a 50/50 joint venture between Wesfarmers, the Perth-based conglomerate "
     "best known for Bunnings, and Sociedad Química y Minera de Chile (SQM), one of the "
     "world's biggest lithium producers.",
     "Wesfarmers", "partners_with", "Sociedad Química y Minera de Chile", true},
    // "X and its Y": the name right before "and its" owns Y.
    {"Coeur Mining closes purchase of SilverCrest Metals and its Sonora silver mine.",
     "SilverCrest Metals", "operates", "Sonora silver mine", true},
    {"Coeur Mining closes purchase of SilverCrest Metals and its Sonora silver mine.",
     "Coeur Mining", "operates", "Sonora silver mine", false},
    // A mining right granted, a permission won from a body; not one sought.
    {"South Africa's Department of Mineral Resources and Energy granted Black Mountain "
     "Mining the mining right for Gamsberg.",
     "Department of Mineral Resources and Energy", "approves", "Black Mountain Mining", true},
    {"The scheme was started by Sirius Minerals, a Scarborough-based company that won "
     "planning permission from the North York Moors National Park Authority in 2015.",
     "North York Moors National Park Authority", "approves", "Sirius Minerals", true},
    {"Sirius Minerals is still seeking planning permission from the North York Moors "
     "National Park Authority.",
     "North York Moors National Park Authority", "approves", "Sirius Minerals", false},
    // More roles that mean works_for.
    {"Azlan Harun, an economic historian at Universiti Sains Malaysia in Penang, said so.",
     "Azlan Harun", "works_for", "Universiti Sains Malaysia", true},
    // "founder and chairman": the chair heads it; a founder alone does not.
    {"Brazil Potash Corp.'s founder and chairman, Stan Bharti, has said so.",
     "Stan Bharti", "head_of", "Brazil Potash Corp.", true},
    {"Brazil Potash Corp.'s founder, Stan Bharti, has said so.",
     "Stan Bharti", "head_of", "Brazil Potash Corp.", false},
    // A number before a plural landform opens a name.
    {"Two Rivers Platinum is owned 54% by African Rainbow Minerals, which runs the mine.",
     "African Rainbow Minerals", "owns_stake_in", "Two Rivers Platinum", true},
    // "is mined in the X and refined in Y": both places make it; "refined"
    // only in that shape.
    {"Prices rose. Most of the world's cobalt is mined in the Democratic Republic of "
     "Congo and refined in China.",
     "Democratic Republic of Congo", "produces", "cobalt", true},
    {"Prices rose. Most of the world's cobalt is mined in the Democratic Republic of "
     "Congo and refined in China.",
     "China", "produces", "cobalt", true},
    {"Prices rose. Most of the world's tellurium is refined in China, and Japan and "
     "Canada are other suppliers.",
     "China", "produces", "tellurium", true},
    {"Prices rose. Most of the world's tellurium is refined in China, and Japan and "
     "Canada are other suppliers.",
     "Japan", "produces", "tellurium", false},
    {"Prices rose. The ore is shipped to China and refined into cobalt sulphate there.",
     "China", "produces", "cobalt sulphate", false},
    {"Prices rose. Buyers shunned the copper scrap produced in the United States.",
     "United States", "produces", "copper scrap", false},
    // "ReElement, an Indiana company that refines rare earth oxides": the
    // company acts, and is based in the state.
    {"Prices rose. ReElement, an Indiana company that refines rare earth oxides, won a loan.",
     "ReElement", "produces", "rare earth oxides", true},
    {"Prices rose. ReElement, an Indiana company that refines rare earth oxides, won a loan.",
     "Indiana", "produces", "rare earth oxides", false},
    {"Prices rose. ReElement, an Indiana company that refines rare earth oxides, won a loan.",
     "ReElement", "based_in", "Indiana", true},
    // An event is held, not a stake; an exchange is not what is based.
    {"Prices rose. Rio Tinto won La Granja in a privatisation tender held by the Peruvian "
     "state in 2006.",
     "Peru", "owns_stake_in", "Rio Tinto", false},
    {"Prices rose. The Kestrel copper mine was held by Glencore until 2006.",
     "Glencore", "owns_stake_in", "Kestrel copper mine", true},
    {"Prices rose. Lake Resources, which is listed on the Australian Securities Exchange "
     "and based in Sydney, holds Kachi.",
     "Australian Securities Exchange", "based_in", "Sydney", false},
    {"Prices rose. Lake Resources, which is listed on the Australian Securities Exchange "
     "and based in Sydney, holds Kachi.",
     "Lake Resources", "based_in", "Sydney", true},
    // "The ASX-listed company said it had signed": the company, not the
    // exchange that modifies it.
    {"Prices rose. Cobalt Blue plans a refinery. The ASX-listed company said it had signed "
     "an agreement with Heron Corp to work together on the plant.",
     "Cobalt Blue", "partners_with", "Heron Corp", true},
    {"Prices rose. Cobalt Blue plans a refinery. The ASX-listed company said it had signed "
     "an agreement with Heron Corp to work together on the plant.",
     "ASX", "partners_with", "Heron Corp", false},
    // "the Vermelho deposit, also in Para, which holds": the deposit; "on
    // land owned by NANA": the land.
    {"Prices rose. Horizonte also owned the Vermelho deposit, also in Para, which holds "
     "nickel and cobalt.",
     "Vermelho deposit", "has_reserves_of", "nickel", true},
    {"Prices rose. Horizonte also owned the Vermelho deposit, also in Para, which holds "
     "nickel and cobalt.",
     "Para", "has_reserves_of", "nickel", false},
    {"Prices rose. It is operated by Teck Resources, the Vancouver-based miner, on land "
     "owned by NANA Regional Corporation.",
     "NANA Regional Corporation", "owns_stake_in", "Teck Resources", false},
    // "In Zambia Heron reprocesses": where the company works, not its home.
    {"Prices rose. Heron Corp sells plants. In Zambia Heron reprocesses copper tailings.",
     "Heron Corp", "based_in", "Zambia", false},
    {"Prices rose. Zambia's Heron Corp reprocesses copper tailings.",
     "Heron Corp", "based_in", "Zambia", true},
    // A dateline's state abbreviation ("FLORENCE, Ariz. -") is the state,
    // and the dateline is no subject.
    {"FLORENCE, Ariz. - Taseko Mines said on Monday it had produced its first copper "
     "cathode.",
     "FLORENCE", "located_in", "Arizona", true},
    {"FLORENCE, Ariz. - Taseko Mines said on Monday it had produced its first copper "
     "cathode.",
     "Taseko Mines", "produces", "copper cathode", true},
    {"FLORENCE, Ariz. - Taseko Mines said on Monday it had produced its first copper "
     "cathode.",
     "FLORENCE", "produces", "copper cathode", false},
    // "produces silver at Greens Creek in Alaska and at Lucky Friday in
    // Idaho": where a producer produces is a site, even named for a creek.
    {"Prices rose. Hecla Mining already produces silver at Greens Creek in Alaska and at "
     "Lucky Friday in Idaho.",
     "Greens Creek", "produces", "silver", true},
    {"Prices rose. Hecla Mining already produces silver at Greens Creek in Alaska and at "
     "Lucky Friday in Idaho.",
     "Lucky Friday", "located_in", "Idaho", true},
    {"Prices rose. Hecla Mining already produces silver at Greens Creek in Alaska and at "
     "Lucky Friday in Idaho.",
     "Hecla Mining", "active_in", "Greens Creek", false},
    // "X's largest shareholders are A and B"; "the fund that had long been
    // X's largest shareholder".
    {"Prices rose. Kestrel Ltd's largest shareholders are Heron Corp and Glencore.",
     "Glencore", "owns_stake_in", "Kestrel Ltd", true},
    {"Prices rose. Kestrel Ltd's largest shareholders are Chile's SQM and Glencore.",
     "SQM", "owns_stake_in", "Kestrel Ltd", true},
    {"Prices rose. Heron Corp, the investment fund that had long been Kestrel Ltd's "
     "largest shareholder, put in equity.",
     "Heron Corp", "owns_stake_in", "Kestrel Ltd", true},
    // "owned half by A, <apposition>, and half by B": both hold it.
    {"Prices rose. The Renison mine is run by Bluestone Mines Tasmania, a joint venture owned "
     "half by Metals X, the Perth-based miner, and half by Yunnan Tin Group, China's largest "
     "tin producer.",
     "Yunnan Tin Group", "owns_stake_in", "Bluestone Mines Tasmania", true},
    {"Prices rose. Talvera is 70% owned by Heron Corp and 30% by Japan's Marubeni Corporation.",
     "Japan", "owns_stake_in", "Talvera", false},
    // "Coeur d'Alene": an elided particle inside a name.
    {"Prices rose. Hecla, an Idaho company based in Coeur d'Alene, took over Keno Hill.",
     "Hecla", "based_in", "Coeur d'Alene", true},
    {"Prices rose. Hecla, an Idaho company based in Coeur d\u2019Alene, took over Keno Hill.",
     "Hecla", "based_in", "Coeur d\u2019Alene", true},
    // "the Fenix operation on its eastern side, which Arcadium Lithium
    // ran"; "First Quantum's largest mine, Cobre Panama,".
    {"Prices rose. It has produced lithium from the Fenix operation on its eastern side, "
     "which Arcadium Lithium ran until Rio Tinto agreed to buy that company.",
     "Arcadium Lithium", "operates", "Fenix", true},
    {"Prices rose. It shipped ore from the Talvera mine, which Heron Corp owns.",
     "Heron Corp", "owns_stake_in", "Talvera mine", true},
    {"Prices rose. It shipped ore from the Talvera mine, which Heron Corp said was idle.",
     "Heron Corp", "owns_stake_in", "Talvera mine", false},
    {"Prices rose. First Quantum's largest mine, Cobre Panama, produces copper in Panama.",
     "First Quantum", "operates", "Cobre Panama", true},
    // "the largest exporter of tin" reads as "producer of".
    {"Prices rose. Indonesia, the largest exporter of tin, has been tied up with a "
     "corruption case.",
     "Indonesia", "exports", "tin", true},
    {"Prices rose. Indonesia is the world's largest exporter of nickel.",
     "Indonesia", "exports", "nickel", true},
    // "the Chinese groups A and B": each one is based in China; "X, a
    // Chinese lithium processor,".
    {"Prices rose in China. EcuaCorriente is owned by the Chinese groups China Railway "
     "Construction Corporation and Tongling Nonferrous Metals.",
     "Tongling Nonferrous Metals", "based_in", "China", true},
    {"Prices rose in China. Heron Corp signed an offtake with Chengdu Chemphys Chemical "
     "Industry, a Chinese lithium processor, for the concentrate.",
     "Chengdu Chemphys Chemical Industry", "based_in", "China", true},
    // "Alexco Resource": a singular "Resource" ends a company's name too.
    {"Prices rose. Hecla Mining took over Keno Hill when it bought Alexco Resource in 2022.",
     "Hecla Mining", "acquires", "Alexco Resource", true},
    {"Prices rose. Hecla, an Idaho company based in Coeur d'Alene, took over Keno Hill.",
     "Hecla", "based_in", "Idaho", true},
    // "in which the Vancouver-based PTM holds a direct 37%": the place
    // describes the holder; "a direct" share.
    {"Prices rose. The mine is owned by Waterberg JV Resources, a company in which the "
     "Vancouver-based Ivanhoe Mines holds a direct 37%.",
     "Ivanhoe Mines", "owns_stake_in", "Waterberg JV Resources", true},
    // "owned jointly by A, <apposition>, and B, <apposition>": both hold.
    {"Prices rose. HyProMag Ltd is owned jointly by Mkango Resources, a company listed in "
     "London and Toronto, and CoTec Holdings, a Canadian investment company.",
     "CoTec Holdings", "owns_stake_in", "HyProMag Ltd", true},
    {"Prices rose. The Tamarack mine is owned by Talon Metals, a Canadian explorer, and Rio "
     "Tinto, the mining group.",
     "Rio Tinto", "owns_stake_in", "Tamarack mine", true},
    // "the world's largest silver producer, ahead of China and Peru": the
    // places ranked after it produce too; not "ahead of" a date.
    {"Prices rose. Mexico remains the world's largest silver producer, ahead of China and "
     "Peru.",
     "Peru", "produces", "silver", true},
    {"Prices rose. Silver exports from Mexico rose, ahead of China and Peru.",
     "Peru", "produces", "silver", false},
    // "Morocco's biggest silver producer remains Managem": the one name
    // after the copula.
    {"Prices rose. Morocco's biggest silver producer remains Managem, which runs the Imiter "
     "mine.",
     "Managem", "produces", "silver", true},
    {"Prices rose. The biggest silver producer in Morocco is Managem.",
     "Managem", "produces", "silver", true},
    // "a London private equity firm": the city, not the United Kingdom;
    // "another Perth company".
    {"Prices rose. Trevali sold the mine to Appian Capital Advisory, a London private equity "
     "firm that invests in mining.",
     "Appian Capital Advisory", "based_in", "London", true},
    {"Prices rose. Encounter Resources, another Perth company, has found niobium at Aileron.",
     "Encounter Resources", "based_in", "Perth", true},
    // "..., and B holds the rest.": a share with no object of its own is
    // of the same holding, also past an apposition or a place and noun.
    {"Prices rose. OM Holdings owns 75% of OM Sarawak Sdn Bhd, and Cahya Mata Sarawak Bhd "
     "holds 25%.",
     "Cahya Mata Sarawak Bhd", "owns_stake_in", "OM Sarawak Sdn Bhd", true},
    {"Prices rose. OM Holdings owns most of OM Sarawak Sdn Bhd, and the Sarawak conglomerate "
     "Cahya Mata Sarawak Bhd holds a minority stake.",
     "Cahya Mata Sarawak Bhd", "owns_stake_in", "OM Sarawak Sdn Bhd", true},
    {"Prices rose. OM Holdings owns most of OM Sarawak Sdn Bhd, and the Sarawak conglomerate "
     "Cahya Mata Sarawak Bhd holds a minority stake.",
     "Cahya Mata Sarawak Bhd", "based_in", "Sarawak", true},
    {"Prices rose. First Quantum owns 90 percent of Minera Panama, and Korea Mine "
     "Rehabilitation and Mineral Resources Corporation (KOMIR), a South Korean state company, "
     "holds the remaining 10 percent.",
     "First Quantum", "owns_stake_in", "Korea Mine Rehabilitation and Mineral Resources "
     "Corporation", false},
    {"Prices rose. OM Holdings owns 75% of OM Sarawak Sdn Bhd, and Cahya Mata Sarawak Bhd "
     "holds 25% of Bootu Creek Resources.",
     "Cahya Mata Sarawak Bhd", "owns_stake_in", "OM Sarawak Sdn Bhd", false},
    // "K+S of Germany"; "has its main office in Geneva".
    {"Prices rose. K+S of Germany runs the Bethune mine.", "K+S", "based_in", "Germany", true},
    {"Prices rose. Nyrstar is owned by the trader Trafigura, which has its main office in "
     "Geneva.",
     "Trafigura", "based_in", "Geneva", true},
    {"Prices rose. Nyrstar is owned by the trader Trafigura, which has its main office in "
     "Geneva.",
     "Trafigura", "active_in", "Geneva", false},
    // "runs six mines in the province, including Rocanville and Allan":
    // the sites listed are the company's.
    {"Prices rose. Nutrien, the world's largest potash producer, runs six mines in the "
     "province, including Rocanville and Allan.",
     "Nutrien", "operates", "Allan", true},
    {"Prices rose. The mines in the province, including Rocanville and Allan, are shut.",
     "Nutrien", "operates", "Allan", false},
    // "its Boumadine discovery", "WA1 Resources' Luni discovery": a named
    // discovery is a project, named bare, and developed.
    {"Prices rose. Aya Gold & Silver moves its Boumadine discovery in eastern Morocco towards "
     "a resource estimate.",
     "Aya Gold & Silver", "develops", "Boumadine", true},
    {"Prices rose. WA1 Resources' Luni discovery has turned heads.",
     "WA1 Resources", "develops", "Luni", true},
    // Ore minerals are minerals ("bertrandite ore"); the subject is past
    // "based in <town>, <state>,"; "a few miles from" a place is no site.
    {"Prices rose. Materion, based in Mayfield Heights, Ohio, mines bertrandite ore a few "
     "miles from Lost Sheep.",
     "Materion", "produces", "bertrandite ore", true},
    {"Prices rose. Materion, based in Mayfield Heights, Ohio, mines bertrandite ore a few "
     "miles from Lost Sheep.",
     "Materion", "operates", "Lost Sheep", false},
    // "the largest US maker of copper rod and wire": goods made of copper.
    {"Prices rose. Southwire Company, based in Carrollton, Georgia, is the largest US maker "
     "of copper rod and wire.",
     "Southwire Company", "produces", "copper", false},
    // "plans to add zirconium metal": a planned product.
    {"Prices rose. Australian Strategic Materials plans to add zirconium metal and hafnium "
     "metal once a second line is installed.",
     "Australian Strategic Materials", "targets_production_of", "hafnium metal", true},
    // "imports most of the uranium its reactors use, much of it from Canada
    // and Kazakhstan": the countries sold from export it; not without the
    // sources set off ("imports most of its spodumene from Australia").
    {"Prices rose. The United States imports most of the uranium its nuclear reactors use, "
     "much of it from Canada and Kazakhstan.",
     "Kazakhstan", "exports", "uranium", true},
    {"Prices rose. India still imports a large share of the manganese ore its steel industry "
     "needs, mainly from South Africa, Gabon and Australia.",
     "Gabon", "exports", "manganese ore", true},
    {"Prices rose. China imports most of its spodumene concentrate from Australia.",
     "Australia", "exports", "spodumene concentrate", false},
    // "It buys more than 90 percent of its potash abroad, mostly from
    // Canada": the sources after the comma, and "it" a country's.
    {"Brazil Potash Corp. plans a mine at Autazes. Brazil is the world's largest importer of "
     "the fertiliser. It buys more than 90 percent of its potash abroad, mostly from Canada, "
     "Russia and Belarus.",
     "Canada", "supplies", "Brazil", true},
    {"Brazil Potash Corp. plans a mine at Autazes. Brazil is the world's largest importer of "
     "the fertiliser. It buys more than 90 percent of its potash abroad, mostly from Canada, "
     "Russia and Belarus.",
     "Belarus", "exports", "potash", true},
    // "has relied on China for most of the spherical graphite it coats".
    {"Prices rose. POSCO Future M makes anode material at its plant in Sejong and has relied "
     "on China for most of the spherical graphite it coats.",
     "China", "supplies", "POSCO Future M", true},
    {"Prices rose. The plan relies on China for graphite, said POSCO Future M.",
     "China", "supplies", "POSCO Future M", false},
    // Well-known producers named bare: "Brazil's CBMM, which produces".
    {"Prices rose. Supply is dominated by Brazil's CBMM, which produces around 80 percent of "
     "the world's niobium.",
     "CBMM", "produces", "niobium", true},
    // "runs the Moanda manganese mine in Gabon through its subsidiary
    // Comilog": the subsidiary runs it too, past the site's place.
    {"Prices rose. Eramet also runs the Moanda manganese mine in Gabon through its subsidiary "
     "Comilog, and a nickel mine in Indonesia.",
     "Comilog", "operates", "Moanda manganese mine", true},
    // Places of places; basins, formations and deserts are places.
    {"Prices rose. The Patterson Lake South (PLS) project lies in the "
     "Athabasca Basin of Saskatchewan, Canada.",
     "Athabasca Basin", "located_in", "Saskatchewan", true},
    {"Prices rose. The Patterson Lake South (PLS) project lies in the "
     "Athabasca Basin of Saskatchewan, Canada.",
     "Patterson Lake South", "located_in", "Athabasca Basin", true},
    {"Prices rose. Quotas went to Ganzhou City of Jiangxi Province and Baotou "
     "City of Inner Mongolia Autonomous Region.",
     "Baotou City", "located_in", "Inner Mongolia Autonomous Region", true},
    {"Prices rose. The brine comes from the Smackover Formation in Arkansas.",
     "Smackover Formation", "located_in", "Arkansas", true},
    // A name no list holds is a person's when a role follows it.
    {"Prices rose. Dale Moss, chief executive of Kestrel Mining Ltd, said "
     "demand was strong.",
     "Dale Moss", "head_of", "Kestrel Mining Ltd", true},
    {"Prices rose. Dale Moss, a senior analyst at Kestrel Partners, said "
     "demand was strong.",
     "Dale Moss", "works_for", "Kestrel Partners", true},
    // A role whose organisation is "its" or "the company's".
    {"Kestrel Mining Ltd is building a plant in Texas. Its chief executive "
     "Dale Moss said the group would expand.",
     "Dale Moss", "head_of", "Kestrel Mining Ltd", true},
    {"Kestrel Mining Ltd is building a plant in Texas. Dale Moss, the "
     "company's chief executive, said demand was strong.",
     "Dale Moss", "head_of", "Kestrel Mining Ltd", true},
    {"Kestrel Mining Ltd is building a plant in Texas. Dale Moss, its chief "
     "financial officer, said demand was strong.",
     "Dale Moss", "works_for", "Kestrel Mining Ltd", true},
    {"Kestrel Mining Ltd is building a plant in Texas. Dale Moss, its chief "
     "financial officer, said demand was strong.",
     "Dale Moss", "head_of", "Kestrel Mining Ltd", false},
    {"Peru raised royalties. Peru wants more revenue.\n\nPeru will tax "
     "exports. President Ana Ruiz signed the decree.",
     "Ana Ruiz", "head_of", "Peru", true},
    {"Peru raised royalties. Peru wants more revenue.\n\nPeru will tax "
     "exports. President Ana Ruiz met Chile's envoy.",
     "Ana Ruiz", "head_of", "Peru", false},
    // Where companies work.
    {"Miners met on Monday. In Peru, Kestrel Mining Ltd runs a smelter.",
     "Kestrel Mining Ltd", "active_in", "Peru", true},
    {"Miners met on Monday. Kestrel Mining Ltd explores for lithium in Peru "
     "and in Chile.",
     "Kestrel Mining Ltd", "active_in", "Chile", true},
    {"Miners met on Monday. Kestrel Mining Ltd mines tin at its Osprey "
     "operation in Ontario.",
     "Kestrel Mining Ltd", "active_in", "Ontario", false},
    // Titles, clauses and parentheses.
    {"Miners met on Monday. Kestrel Mining Ltd President and Chief Executive "
     "Dale Moss said the plant was ready.",
     "Dale Moss", "head_of", "Kestrel Mining Ltd", true},
    {"Miners met on Monday. President of Peru Ana Ruiz said the plant was "
     "ready.",
     "Ana Ruiz", "head_of", "Peru", true},
    {"Miners met on Monday. Kestrel's founder Dale Moss spoke.", "Dale Moss",
     "head_of", "Kestrel", false},
    {"Miners met on Monday. \"We are ready,\" said the chief executive of "
     "Kestrel Mining Ltd, Dale Moss, on Monday.",
     "Dale Moss", "head_of", "Kestrel Mining Ltd", true},
    {"Miners met on Monday. Peers include Heron Mining Co., Ltd. (SZSE:000001), "
     "which runs the Osprey project in Salta.",
     "Heron Mining Co., Ltd.", "operates", "Osprey project", true},
    {"Miners met on Monday. Peers include Heron Mining Ltd, whose Osprey plant "
     "in Salta started producing last year.",
     "Heron Mining Ltd", "operates", "Osprey plant", true},
    {"Miners met on Monday. The Osprey mine near Lima reopened.", "Osprey mine",
     "located_in", "Lima", false},
    {"Miners met on Monday. Output rose at Heron Mining Ltd, a joint venture "
     "in which Kestrel Mining Ltd holds 82% and Norway 18%.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Mining Ltd", true},
    // Places in appositions and after acronyms.
    {"Miners met on Monday. Output rose at the Osprey Processing Plant (OPP) "
     "in Central Sulawesi.",
     "Osprey Processing Plant", "located_in", "Central Sulawesi", true},
    {"Miners met on Monday. Brine comes from the Salar de Atacama, a vast salt "
     "flat in the Antofagasta region.",
     "Salar de Atacama", "located_in", "Antofagasta region", true},
    // Unknown names typed by apposition and ventures; ownership words.
    {"Miners met on Monday. Kestrel Mining Ltd owns 40% of the ZORVEX Inkai "
     "joint venture.",
     "Kestrel Mining Ltd", "owns_stake_in", "ZORVEX Inkai", true},
    {"Miners met on Monday. Heron Ltd is majority-owned by Kestrel Mining Ltd, "
     "filings show.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Ltd", true},
    // A second verb phrase shares the sentence's subject; a possessive after
    // "Plc." opens a sentence.
    {"Miners met on Monday. The mine is run by Kestrel Mining Plc. Peru's "
     "Heron Mining Ltd paid $5 million for a stake in Osprey Ltd, and has "
     "agreed to buy cobalt concentrate from Kestrel Mining Plc since May.",
     "Kestrel Mining Plc", "supplies", "Heron Mining Ltd", true},
    // Tickers with a colon do not cut a clause; sales with listed assets.
    {"Miners met on Monday. Kestrel Mining Ltd (NYSE American:KML) has "
     "completed its takeover of Heron Ltd on Monday.",
     "Kestrel Mining Ltd", "acquires", "Heron Ltd", true},
    {"Miners met on Monday. Kestrel Mining Ltd agreed to sell its coal mines "
     "in Peru, including Osprey mine and Heron mine, to Zorbex Corp for $5 "
     "million.",
     "Zorbex Corp", "acquires", "Heron mine", true},
    // State structure and ministers.
    {"Miners met on Monday. Peru said the General Directorate of Mines, part "
     "of the Energy Ministry, acted.",
     "General Directorate of Mines", "part_of", "Energy Ministry", true},
    {"Miners met on Monday. \"Peru is open to partners,\" Mines Minister Ana "
     "Ruiz said in a statement.",
     "Ana Ruiz", "minister_of", "Peru", true},
    {"Miners met on Monday. Peru acted. Prime Minister Ana Ruiz spoke in Lima.",
     "Ana Ruiz", "minister_of", "Peru", false},
    {"Miners met on Monday. Kestrel Mining Ltd was sanctioned by Norway in "
     "2018.",
     "Norway", "sanctions", "Kestrel Mining Ltd", true},
    // Reserves, shipments, imports and loans.
    {"Miners met on Monday. Surveyors found a resource of 5.9 million tonnes "
     "of lithium in the Osprey district.",
     "Osprey district", "has_reserves_of", "lithium", true},
    {"Miners met on Monday. Kestrel Mining Ltd shipped most of its cobalt "
     "concentrate to Heron Corp last year.",
     "Kestrel Mining Ltd", "supplies", "Heron Corp", true},
    // The shipper exports the goods; a shipment in the passive is the
    // receiving country's import; a sale of goods names them last.
    {"Miners met on Monday. Kestrel Mining Ltd shipped most of its cobalt "
     "concentrate to Heron Corp last year.",
     "Kestrel Mining Ltd", "exports", "cobalt concentrate", true},
    {"Miners met on Monday. Norway sells almost all of its coal and copper "
     "concentrate to China.",
     "Norway", "exports", "copper concentrate", true},
    {"Miners met on Monday. Norway sells almost all of its coal and copper "
     "concentrate to China.",
     "Norway", "supplies", "China", true},
    {"Miners met on Monday. Kestrel Mining Ltd sold its lithium business to "
     "Heron Corp.",
     "Kestrel Mining Ltd", "supplies", "Heron Corp", false},
    {"Miners met on Monday. The first cargoes of cobalt concentrate from the "
     "Orvik mine have already been shipped to China.",
     "China", "imports", "cobalt concentrate", true},
    {"Miners met on Monday. Both mines produce spodumene concentrate, most of "
     "which is shipped to converters in China.",
     "China", "imports", "spodumene concentrate", true},
    {"Miners met on Monday. Most of its lithium is shipped to China as "
     "spodumene concentrate for refining.",
     "China", "imports", "spodumene concentrate", true},
    {"Miners met on Monday. Most of its lithium is shipped to China as "
     "spodumene concentrate for refining.",
     "China", "imports", "lithium", false},
    // "put X under export licensing": what is put there is restricted.
    {"Miners met on Monday. On 4 April China's Ministry of Commerce put seven "
     "rare earths - samarium, terbium and yttrium - under export licensing.",
     "Ministry of Commerce", "restricts_exports_of", "terbium", true},
    // "has a joint venture, X, with Y": partners, both holding X.
    {"Miners met on Monday. Uranium is mined by Kestrel Ltd, which also has a "
     "joint venture, Orvik Mining, with France's Heron Corp.",
     "Kestrel Ltd", "partners_with", "Heron Corp", true},
    {"Miners met on Monday. Uranium is mined by Kestrel Ltd, which also has a "
     "joint venture, Orvik Mining, with France's Heron Corp.",
     "Heron Corp", "owns_stake_in", "Orvik Mining", true},
    // "A and the B have signed a memorandum": partners.
    {"Miners met on Monday. Chile and the European Union have signed a "
     "memorandum of understanding on a strategic partnership.",
     "Chile", "partners_with", "European Union", true},
    // Stakes: a hedged share, an individual shareholder, and a shareholder
    // named through "that is" after an apposition.
    {"Miners met on Monday. Kestrel Ltd holds a little over a quarter of "
     "Heron Corp, a London-listed company.",
     "Kestrel Ltd", "owns_stake_in", "Heron Corp", true},
    {"Miners met on Monday. Kestrel Ltd holds the rights to the deposits of "
     "Heron Corp.",
     "Kestrel Ltd", "owns_stake_in", "Heron Corp", false},
    {"Miners met on Monday. Dana Orvik remains Heron Corp's largest individual "
     "shareholder with a stake of roughly 10 per cent.",
     "Dana Orvik", "owns_stake_in", "Heron Corp", true},
    {"Miners met on Monday. The deal needs the support of Kestrel Ltd, the "
     "Chilean aluminium group that is Heron Corp's largest shareholder.",
     "Kestrel Ltd", "owns_stake_in", "Heron Corp", true},
    // "signed an agreement with X to buy": the signer buys.
    {"Miners met on Monday. Kestrel Ltd signed a preliminary agreement with "
     "Heron Corp to buy its interests in the Orvik project.",
     "Kestrel Ltd", "acquires", "Orvik project", true},
    {"Miners met on Monday. Kestrel Ltd signed a preliminary agreement with "
     "Heron Corp to buy its interests in the Orvik project.",
     "Heron Corp", "acquires", "Orvik project", false},
    // "respectively" pairs the lists item by item.
    {"Miners met on Monday. Kestrel Ltd and Heron Corp own the Orvik mine and "
     "the Talvera mine, respectively.",
     "Kestrel Ltd", "owns_stake_in", "Orvik mine", true},
    {"Miners met on Monday. Kestrel Ltd and Heron Corp own the Orvik mine and "
     "the Talvera mine, respectively.",
     "Kestrel Ltd", "owns_stake_in", "Talvera mine", false},
    // A company's general manager runs it; a general manager works there.
    {"Miners met on Monday. Dana Orvik, general manager of Kestrel Ltd, told "
     "local media that the company would invest.",
     "Dana Orvik", "head_of", "Kestrel Ltd", true},
    {"Miners met on Monday. Dana Orvik, a general manager at Kestrel Ltd, "
     "said so.",
     "Dana Orvik", "head_of", "Kestrel Ltd", false},
    // A plant being built is developed, not run yet.
    {"Miners met on Monday. In France, Kestrel Ltd is building its Orvik "
     "plant at Lacq.",
     "Kestrel Ltd", "operates", "Orvik plant", false},
    {"Miners met on Monday. In France, Kestrel Ltd is building its Orvik "
     "plant at Lacq.",
     "Kestrel Ltd", "develops", "Orvik plant", true},
    // A project where production has started is run, not developed.
    {"Miners met on Monday. Kestrel Ltd has started production at its Orvik "
     "project in Salta.",
     "Kestrel Ltd", "operates", "Orvik project", true},
    {"Miners met on Monday. Kestrel Ltd has started production at its Orvik "
     "project in Salta.",
     "Kestrel Ltd", "develops", "Orvik project", false},
    // "and it buys X from Y": the pronoun is the buyer, not the country
    // the sentence bought from before.
    {"Miners met on Monday. China imports most of its spodumene concentrate "
     "from Australia, and it buys lithium carbonate from Chile.",
     "Chile", "supplies", "China", true},
    {"Miners met on Monday. China imports most of its spodumene concentrate "
     "from Australia, and it buys lithium carbonate from Chile.",
     "Chile", "supplies", "Australia", false},
    // "its" after a preposition is the subject's, not the verb's object's.
    {"Miners met on Monday. Makers are building abroad: Kestrel Ltd supplies "
     "Heron Corp from its plant in Nevada.",
     "Kestrel Ltd", "active_in", "Nevada", true},
    {"Miners met on Monday. Makers are building abroad: Kestrel Ltd supplies "
     "Heron Corp from its plant in Nevada.",
     "Heron Corp", "active_in", "Nevada", false},
    // A participle right after a name and its comma is that name's.
    {"Miners met on Monday. Kestrel Ltd, which is based in Perth, and Heron "
     "Corp, headquartered in Denver, are rivals.",
     "Kestrel Ltd", "based_in", "Denver", false},
    {"Miners met on Monday. Kestrel Ltd and Heron Corp, headquartered in "
     "Denver, are rivals.",
     "Kestrel Ltd", "based_in", "Denver", false},
    {"Miners met on Monday. Kestrel Ltd and Heron Corp, headquartered in "
     "Denver, are rivals.",
     "Heron Corp", "based_in", "Denver", true},
    // An agency affiliated with, coming under or set up under a body is
    // part of it.
    {"Miners met on Monday. It was found by the Kestrel Geological Survey, "
     "which is affiliated with the Ministry of Energy and Natural Resources.",
     "Kestrel Geological Survey", "part_of", "Ministry of Energy and Natural Resources", true},
    {"Miners met on Monday. The Kestrel Geological Survey, which comes under "
     "Chile's Ministry of Mining, said so.",
     "Kestrel Geological Survey", "part_of", "Ministry of Mining", true},
    {"Miners met on Monday. The project is backed by the European Raw "
     "Materials Alliance, an industry group set up under the European "
     "Commission.",
     "European Raw Materials Alliance", "part_of", "European Commission", true},
    // "who chairs" a body heads it; "has its headquarters in" a place is
    // based there.
    {"Miners met on Monday. Senator Tomas Heron, who chairs the Senate "
     "Committee on Energy and Natural Resources, called it a mistake.",
     "Tomas Heron", "head_of", "Senate Committee on Energy and Natural Resources", true},
    {"Miners met on Monday. Kestrel Ltd, which has its headquarters in Baar, "
     "Switzerland, bought Heron Corp.",
     "Kestrel Ltd", "based_in", "Baar", true},
    // A title, "of the", a body and the holder's name.
    {"Miners met on Monday. President of the Republic of Chile Tomas Heron "
     "held talks.",
     "Tomas Heron", "head_of", "Chile", true},
    {"Miners met on Monday. Talks were held with President of the European "
     "Council Tomas Heron.",
     "Tomas Heron", "head_of", "European Council", true},
    {"Miners met on Monday. Vice President of the Republic of Chile Tomas "
     "Heron held talks.",
     "Tomas Heron", "head_of", "Chile", false},
    // An adjective before the title in a possessive apposition.
    {"Miners met on Monday. Tomas Heron, Kestrel Ltd's long-serving chief "
     "executive, said the group had paid.",
     "Tomas Heron", "head_of", "Kestrel Ltd", true},
    // "its output of" names what the company produces; a group named
    // before its members stands for them.
    {"Miners met on Monday. Kestrel Mining Ltd said the loan will help expand "
     "its output of the light rare earths neodymium and praseodymium.",
     "Kestrel Mining Ltd", "produces", "praseodymium", true},
    {"Miners met on Monday. Kestrel Mining Ltd said the loan will help expand "
     "its output of the light rare earths neodymium and praseodymium.",
     "Kestrel Mining Ltd", "produces", "light rare earths", false},
    // Intermediate products are goods of their own.
    {"Miners met on Monday. Kestrel Mining Ltd is one of the world's largest "
     "producers of titanium feedstocks.",
     "Kestrel Mining Ltd", "produces", "titanium feedstocks", true},
    {"Miners met on Monday. Kestrel Mining Ltd is one of the world's largest "
     "producers of titanium feedstocks.",
     "Kestrel Mining Ltd", "produces", "titanium", false},
    // The largest importer or buyer of a good imports it.
    {"Miners met on Monday. China, the world's biggest importer of copper "
     "concentrate, wants more feed.",
     "China", "imports", "copper concentrate", true},
    {"Miners met on Monday. Japan is the largest buyer of ferroniobium.",
     "Japan", "imports", "ferroniobium", true},
    {"Miners met on Monday. Kestrel Mining Ltd is the largest buyer of "
     "ferroniobium.",
     "Kestrel Mining Ltd", "imports", "ferroniobium", false},
    // A start of production: made (produces) or planned (targets).
    {"Miners met on Monday. Kestrel Ltd opened a new line at its Orvik plant "
     "on Tuesday and began commercial production of rare earths.",
     "Kestrel Ltd", "produces", "rare earths", true},
    {"Miners met on Monday. Kestrel Ltd starts making battery-grade lithium "
     "hydroxide in Saxony.",
     "Kestrel Ltd", "produces", "lithium hydroxide", true},
    {"Miners met on Monday. Dana Orvik said Kestrel Ltd plans to build a plant "
     "and aims to start commercial production of rare earth oxides in 2027.",
     "Kestrel Ltd", "targets_production_of", "rare earth oxides", true},
    {"Miners met on Monday. Dana Orvik said Kestrel Ltd plans to build a plant "
     "and aims to start commercial production of rare earth oxides in 2027.",
     "Kestrel Ltd", "produces", "rare earth oxides", false},
    // "separates X into Y": Y is made from X.
    {"Miners met on Monday. The plant crushes and separates spodumene into "
     "lithium concentrate.",
     "lithium concentrate", "derived_from", "spodumene", true},
    // The source of imports named after a comma.
    {"Miners met on Monday. Peru imports most of the aluminium it uses, mainly "
     "from Canada.",
     "Canada", "supplies", "Peru", true},
    {"Miners met on Monday. Germany imports almost all of the lithium hydroxide "
     "that its battery industry uses, most of it from China.",
     "China", "supplies", "Germany", true},
    // An import "from" a country is the importer's, not the seller's
    // exports.
    {"Miners met on Monday. Peru imports most of its lithium from Chile and "
     "Bolivia.",
     "Peru", "imports", "lithium", true},
    {"Miners met on Monday. Peru imports most of its lithium from Chile and "
     "Bolivia.",
     "Bolivia", "exports", "lithium", false},
    {"Miners met on Monday. Kestrel Mining Ltd sold its stake to Heron Corp.",
     "Kestrel Mining Ltd", "supplies", "Heron Corp", false},
    {"Miners met on Monday. Kestrel Mining Ltd said its Osprey deposit, just "
     "outside the town of Lima, holds 2 million tonnes of tin.",
     "Osprey deposit", "has_reserves_of", "tin", true},
    // The antecedent of "which X builds" is the object.
    {"Miners met on Monday. The best is the Osprey project in Peru, which "
     "Kestrel Mining Ltd plans to build.",
     "Kestrel Mining Ltd", "develops", "Osprey project", true},
    {"Miners met on Monday. Kestrel Mining Ltd will grow at its Osprey "
     "project, which it develops with Heron Corp.",
     "Heron Corp", "develops", "Osprey project", true},
    {"Miners met on Monday. The Osprey mine, which Heron Corp operated until "
     "2020, closed.",
     "Heron Corp", "operates", "Osprey mine", true},
    {"Miners met on Monday. Heron Corp, which has operated since 1990, grew.",
     "Heron Corp", "operates", "Osprey mine", false},
    // Production stated of a place or of an unnamed asset.
    {"Miners met on Monday. Nearly all graphite is produced in Peru today.",
     "Peru", "produces", "graphite", true},
    {"Miners met on Monday. Heron Corp, which operates the only antimony "
     "smelter in the country, grew.",
     "Heron Corp", "produces", "antimony", true},
    {"Miners met on Monday. Heron Corp, which operates the only antimony "
     "project in the country, grew.",
     "Heron Corp", "produces", "antimony", false},
    // Where a firm is: the analyst's desk, the nationality in an apposition
    // or before a described company noun.
    {"\"Prices will rise,\" said Jane Roe, a metals analyst at Kestrel "
     "Securities in Lima.",
     "Kestrel Securities", "based_in", "Lima", true},
    {"Chile raised royalties. Heron Minerals Ltd, a Chilean company, mines "
     "copper near Calama.",
     "Heron Minerals Ltd", "based_in", "Chile", true},
    {"Chile raised royalties. Heron Minerals Ltd, the Chilean industrial "
     "minerals group, mines kaolin.",
     "Heron Minerals Ltd", "based_in", "Chile", true},
    {"Chile raised royalties. Heron Minerals Ltd, a Chilean company's unit, "
     "mines copper.",
     "Heron Minerals Ltd", "based_in", "Chile", false},
    {"Peru raised royalties. The plant buys feed from Peruvian rare earth "
     "separation company Heron Minerals Ltd.",
     "Heron Minerals Ltd", "based_in", "Peru", true},
    // Project names with mineral words; a place in parentheses.
    {"Kestrel Mining Ltd is developing the Osprey heavy rare earth project in "
     "the Kunene region.",
     "Osprey heavy rare earth project", "located_in", "Kunene region", true},
    {"Osprey (Finland): Kestrel Mining Ltd owns 80% of the Osprey project.",
     "Osprey", "located_in", "Finland", false},
    // Joint ventures and consortia: members own stakes and partner.
    {"Osprey Minerals Co. is a joint venture between Kestrel Mining Ltd "
     "(TSX:KML), known as Kestrel, and the Heron Investment Fund (HIF).",
     "Heron Investment Fund", "owns_stake_in", "Osprey Minerals Co.", true},
    {"Osprey Minerals Co. is a joint venture between Kestrel Mining Ltd "
     "(TSX:KML), known as Kestrel, and the Heron Investment Fund (HIF).",
     "Kestrel Mining Ltd", "partners_with", "Heron Investment Fund", true},
    {"Kestrel Corp reported results. The mine is run by Osprey Mining Ltd, a "
     "consortium of Kestrel Corp, Heron "
     "Ltd and Finch Plc.",
     "Heron Ltd", "owns_stake_in", "Osprey Mining Ltd", true},
    {"Osprey Minerals Co. signed a joint venture with Kestrel Mining Ltd.",
     "Kestrel Mining Ltd", "owns_stake_in", "Osprey Minerals Co.", false},
    // A producer after a copula and a possessive place.
    {"Zimbabwe is Africa's largest producer of lithium.", "Zimbabwe",
     "produces", "lithium", true},
    {"Zimbabwe is Africa's largest producer of lithium.", "Africa",
     "produces", "lithium", false},
    // A state company in an article about one country.
    {"Bolivia signed a deal. Bolivia wants lithium. Bolivia has brine. "
     "Bolivia needs cash. State lithium company Kestrel Litio SA "
     "said Bolivia would sign.",
     "Bolivia", "owns_stake_in", "Kestrel Litio SA", true},
    {"Bolivia signed a deal with Chile. Chile wants lithium. State lithium "
     "company Kestrel Litio SA said Bolivia would sign.",
     "Bolivia", "owns_stake_in", "Kestrel Litio SA", false},
    // "X mines antimony": the verb makes X a company, not a project; an
    // opening place is not a second subject.
    {"Prices rose. In Peru, Kestrelmin mines antimony in Puno.", "Kestrelmin",
     "produces", "antimony", true},
    {"Prices rose. In Peru, Kestrelmin mines antimony in Puno.", "Peru",
     "produces", "antimony", false},
    // A sentence that opens with a country places a site it names there,
    // but not a region, whose country is only implied.
    {"Prices rose. In Oman, Kestrel Metals Ltd runs a roaster at Sohar.",
     "Sohar", "located_in", "Oman", false},
    {"Prices rose. In Oman, Kestrel Metals Ltd runs the Talvera smelter.",
     "Talvera smelter", "located_in", "Oman", true},
    {"Prices rose. In Oman, Kestrel Metals Ltd sells to buyers in Chile.",
     "Chile", "located_in", "Oman", false},
    // Reserves: an "including" list; a ranking names who holds more.
    {"Peru grew. According to the survey, the country holds deposits of 12 "
     "of the 30 critical raw materials, including lithium, tin and uranium.",
     "Peru", "has_reserves_of", "tin", true},
    {"Peru's tin reserves were 1 million tons, ranking fourth after China, "
     "Chile, and Bolivia.",
     "Chile", "has_reserves_of", "tin", true},
    {"Peru's tin reserves were 1 million tons, ahead of China, Chile, and "
     "Bolivia.",
     "Chile", "has_reserves_of", "tin", false},
    // Co-owners after "where" and "which it shares with".
    {"Kestrel Mining Ltd holds 60% of the Osprey mine in Peru, where Japan's "
     "Heron Corp owns the remaining 40%.",
     "Heron Corp", "owns_stake_in", "Osprey mine", true},
    {"Kestrel Mining Ltd holds 44% of the Falcon mine in Chile, which it "
     "shares with Heron Corp.",
     "Kestrel Mining Ltd", "partners_with", "Heron Corp", true},
    {"Kestrel Mining Ltd sold the Osprey mine in Peru, where Heron Corp owns "
     "a smelter.",
     "Heron Corp", "owns_stake_in", "Osprey mine", false},
    // A passive after an aside reads the subject that opens the sentence.
    {"Prices rose. The Osprey mine, about 150 km south of the capital, is "
     "operated by Kestrel Mining Ltd.",
     "Kestrel Mining Ltd", "operates", "Osprey mine", true},
    // A stated plan names the minerals of its verbs, when it states a
    // figure or a year; a bare plan sets no production target.
    {"Prices rose. Kestrel Mining Ltd plans to mine graphite at Osprey and "
     "refine it into lithium hydroxide from 2028.",
     "Kestrel Mining Ltd", "targets_production_of", "lithium hydroxide", true},
    {"Prices rose. Kestrel Mining Ltd, which is listed in Oslo, plans to "
     "extract 24,000 tonnes of lithium a year from geothermal brine.",
     "Kestrel Mining Ltd", "targets_production_of", "lithium", true},
    {"Prices rose. Kestrel Mining Ltd, which is listed in Oslo, plans to "
     "extract lithium from geothermal brine.",
     "Kestrel Mining Ltd", "targets_production_of", "lithium", false},
    {"Prices rose. The Osprey project is a site where Heron Corp plans to "
     "mine graphite.",
     "Heron Corp", "targets_production_of", "graphite", false},
    {"Prices rose. Kestrel Mining Ltd plans to mine lithium under its "
     "existing kaolin quarry.",
     "Kestrel Mining Ltd", "targets_production_of", "kaolin", false},
    {"Prices rose. Kestrel Mining Ltd no longer plans to mine lithium.",
     "Kestrel Mining Ltd", "targets_production_of", "lithium", false},
    // A company acting through its unit.
    {"Kestrel Mining Ltd owns the Osprey mine through its local unit Heron "
     "Lithium Ltd.",
     "Heron Lithium Ltd", "subsidiary_of", "Kestrel Mining Ltd", true},
    {"Prices rose. The Osprey mine is operated by Kestrel Mining Ltd through "
     "Heron Lithium BV.",
     "Heron Lithium BV", "subsidiary_of", "Kestrel Mining Ltd", true},
    {"Kestrel Mining Ltd sold its stake through broker Heron Capital Ltd.",
     "Heron Capital Ltd", "subsidiary_of", "Kestrel Mining Ltd", false},
    // Buying from a supplier is supply, not an acquisition.
    {"Prices rose, since Japan also buys from Australia's Kestrel Mining Ltd.",
     "Kestrel Mining Ltd", "supplies", "Japan", true},
    {"Heron Corp said prices rose, since it buys from Kestrel Mining Ltd.",
     "Heron Corp", "acquires", "Kestrel Mining Ltd", false},
    // Development and operation verbs; only a place modifies what comes
    // before a relative clause; a pronoun object stops the object search.
    {"Prices rose. The Osprey plant is being built by Kestrel Mining Ltd.",
     "Kestrel Mining Ltd", "develops", "Osprey plant", true},
    {"Kestrel Mining Ltd, which is listed in Oslo, is exploring the Osprey "
     "project.",
     "Kestrel Mining Ltd", "develops", "Osprey project", true},
    {"Japan invested through Heron Corp in Australia's Kestrel Mining Ltd, "
     "which mines at the Osprey mine.",
     "Kestrel Mining Ltd", "operates", "Osprey mine", true},
    {"Japan invested through Heron Corp in Australia's Kestrel Mining Ltd, "
     "which mines at the Osprey mine.",
     "Heron Corp", "operates", "Osprey mine", false},
    {"Prices rose. Kestrel Mining Ltd, which produces it as a by-product of "
     "its copper operations, sells monazite.",
     "Kestrel Mining Ltd", "produces", "copper", false},
    // Where a company is active: its activity in a place, and each place
    // of a list after what it mines.
    {"Kestrel Mining Ltd said its mining and production in Peru were normal.",
     "Kestrel Mining Ltd", "active_in", "Peru", true},
    {"Prices rose on Monday. Kestrel Mining Ltd mines ilmenite in Kerala "
     "and Odisha.",
     "Kestrel Mining Ltd", "active_in", "Odisha", true},
    {"Prices rose on Monday. Kestrel Mining Ltd mines ilmenite near Lima.",
     "Kestrel Mining Ltd", "produces", "ilmenite", true},
    // A country that processes a share of the world's output produces it.
    {"Prices rose. Peru processes about 90% of the world's tellurium.",
     "Peru", "produces", "tellurium", true},
    // An amount between "invest" and "in"; a described second subject.
    {"Prices rose. Kestrel Mining Ltd and trading house Heron Corp will invest "
     "a combined 110 million euros in Osprey Lithium Ltd.",
     "Heron Corp", "invests_in", "Osprey Lithium Ltd", true},
    {"Prices rose. Kestrel Mining Ltd and trading house Heron Corp will invest "
     "a combined 110 million euros in Osprey Lithium Ltd.",
     "Kestrel Mining Ltd", "invests_in", "Osprey Lithium Ltd", true},
    {"Prices rose. Kestrel Mining Ltd will work with the Ministry of Mines "
     "to pick projects.",
     "Kestrel Mining Ltd", "partners_with", "Ministry of Mines", true},
    // Output sold to a buyer is supply; a stake sold to a buyer is neither.
    {"Prices rose. Kestrel Mining Ltd sold part of its output to Heron Corp.",
     "Kestrel Mining Ltd", "supplies", "Heron Corp", true},
    {"Prices rose. Kestrel Mining Ltd sold part of its output to Heron Corp.",
     "Kestrel Mining Ltd", "sells", "Heron Corp", false},
    {"Prices rose. Kestrel Mining Ltd sold its stake to Heron Corp.",
     "Kestrel Mining Ltd", "supplies", "Heron Corp", false},
    // A restriction on exports is no trade; the last place of a list after
    // "in" is no subject.
    {"Prices rose. Peru has banned exports of tin ore.", "Peru", "exports",
     "tin ore", false},
    {"Prices rose. Kestrel Mining Ltd mines ilmenite in Kerala and Odisha "
     "and extracts zircon.",
     "Odisha", "produces", "zircon", false},
    // "the country" is the country the article is about.
    {"Peru banned ore exports. Peru wants smelters. Peru said so on Monday. "
     "Heron Corp ships ore to China. Kestrel Mining Ltd said it already runs "
     "a plant in the country.",
     "Kestrel Mining Ltd", "active_in", "Peru", true},
    {"Peru banned ore exports. Peru wants smelters. Peru said so on Monday. "
     "Heron Corp ships ore to China. Kestrel Mining Ltd said it already runs "
     "a plant in the country.",
     "Kestrel Mining Ltd", "active_in", "China", false},
    // A plant studied or planned is no presence yet.
    {"Peru banned ore exports. Peru wants smelters. Peru said so on Monday. "
     "Kestrel Mining Ltd said it was studying a plant in the country.",
     "Kestrel Mining Ltd", "active_in", "Peru", false},
    {"Prices rose. Kestrel Ltd is also planning a separation plant at "
     "Seadrift, Texas.",
     "Kestrel Ltd", "active_in", "Texas", false},
    // Three members of a consortium are not paired as partners; two are.
    {"Prices rose. The mine is run by Osprey Mining Ltd, a consortium of "
     "Kestrel Corp, Heron Ltd and Finch Plc.",
     "Kestrel Corp", "partners_with", "Heron Ltd", false},
    {"Prices rose. The mine is run by Osprey Mining Ltd, a joint venture of "
     "Kestrel Corp and Heron Ltd.",
     "Kestrel Corp", "partners_with", "Heron Ltd", true},
    // The buyer of a relative clause, not the place it builds in.
    {"Prices rose. Peru invested in Heron Corp, which is building a plant at "
     "Osprey in Chile and has agreed to buy tin concentrate from Kestrel "
     "Mining Ltd.",
     "Kestrel Mining Ltd", "supplies", "Heron Corp", true},
    {"Prices rose. Peru invested in Heron Corp, which is building a plant at "
     "Osprey in Chile and has agreed to buy tin concentrate from Kestrel "
     "Mining Ltd.",
     "Kestrel Mining Ltd", "supplies", "Chile", false},
    // "Secretary of the Treasury X": the portfolio with "of the"; a deputy
    // works for the department.
    {"Prices rose. The Department of the Treasury acted. Secretary of the "
     "Treasury Jane Roe signed the deal.",
     "Jane Roe", "minister_of", "Department of the Treasury", true},
    {"Prices rose. The Department of the Treasury acted. Deputy Secretary of "
     "the Treasury Jane Roe signed the deal.",
     "Jane Roe", "works_for", "Department of the Treasury", true},
    {"Prices rose. The Department of the Treasury acted. Deputy Secretary of "
     "the Treasury Jane Roe signed the deal.",
     "Jane Roe", "minister_of", "Department of the Treasury", false},
    {"Prices rose. A memorandum on strategic partnership in the area of raw "
     "materials between Peru and the European Union was signed.",
     "Peru", "partners_with", "European Union", true},
    {"Prices rose. Kestrel Mining Ltd buys 10% of Heron Corp.",
     "Kestrel Mining Ltd", "invests_in", "Heron Corp", true},
    {"Prices rose. Kestrel Mining Ltd buys Heron Corp.",
     "Kestrel Mining Ltd", "invests_in", "Heron Corp", false},
    {"Prices rose. In Russia, Kestrelmin mines antimony in Yakutia, although "
     "buyers are few.",
     "Yakutia", "located_in", "Russia", false},
    // A place inside another place's possessive: the project is in the
    // inner one, and it, not the place, is the subject that follows.
    {"Prices rose. Brightwater runs the Kestrel operation in Peru's Ica "
     "province.",
     "Kestrel", "located_in", "Ica province", true},
    {"Prices rose. The Kestrel operation in Peru's Ica province produces "
     "copper.",
     "Kestrel", "produces", "copper", true},
    {"Prices rose. The Kestrel operation in Peru's Ica province produces "
     "copper.",
     "Ica province", "produces", "copper", false},
    // "known as": one entity with both names.
    {"Prices rose. Heron Mining Corp, known as Heronco, is the largest "
     "producer of tin in Bolivia.",
     "Heronco", "produces", "tin", true},
    // A second "of" item and a grade adjective in a list of products.
    {"Prices rose. Heron Mining Corp is a large producer of tin and of "
     "battery-grade nickel.",
     "Heron Mining Corp", "produces", "nickel", true},
    // A participle after a list of metals says where they are produced.
    {"Prices rose. Buyers shunned zinc, tin and copper produced in Bolivia "
     "last year.",
     "Bolivia", "produces", "zinc", true},
    {"Prices rose. Buyers shunned zinc, tin and copper produced in Bolivia "
     "last year.",
     "Bolivia", "produces", "copper", true},
    // Every site of a list produces what comes from it.
    {"Prices rose. Heron Mining Corp produced 9,000 tonnes of tin from its "
     "Alpha and Beta mines.",
     "Beta", "produces", "tin", true},
    // An unknown name before ", <state>," is a place, in that state.
    {"Prices rose. Heron Mining Corp plans a tin smelter at Redwater, Nevada, "
     "next year.",
     "Redwater", "located_in", "Nevada", true},
    // An address: each place lies in the next; a list does not.
    {"Prices rose. Heron Mining Corp runs a plant in Gebeng, Kuantan, Pahang.",
     "Kuantan", "located_in", "Pahang", true},
    {"Prices rose. Heron Mining Corp runs a plant in Gebeng, Kuantan, Pahang.",
     "Gebeng", "located_in", "Kuantan", true},
    {"Prices rose. Heron Mining Corp runs plants in Salta, Jujuy and "
     "Catamarca.",
     "Salta", "located_in", "Jujuy", false},
    {"Prices rose. Heron Mining Corp sells tin in Chile, Peru, Bolivia.",
     "Chile", "located_in", "Peru", false},
    // "Industrial Park" names a project, "Park" alone does not.
    {"Prices rose. Heron Mining Corp built a smelter in the Kestrel "
     "Industrial Park in Sumatra.",
     "Kestrel Industrial Park", "located_in", "Sumatra", true},
    // Company names that open with their head in French, Spanish or
    // Portuguese; a company's "of <place>" complement.
    {"Prices rose. Compagnie Miniere de Kestrel (CMK), in which the Malian "
     "state holds 20% and Heron Mining Corp holds 80%, mines gold.",
     "Mali", "owns_stake_in", "Compagnie Miniere de Kestrel", true},
    {"Prices rose. Compagnie Miniere de Kestrel (CMK), in which the Malian "
     "state holds 20% and Heron Mining Corp holds 80%, mines gold.",
     "Heron Mining Corp", "owns_stake_in", "CMK", true},
    {"Prices rose. The Heron Investment Corporation of Oman bought 10% of "
     "Kestrel Mining Ltd.",
     "Heron Investment Corporation of Oman", "invests_in",
     "Kestrel Mining Ltd", true},
    // Largest shareholders, backers, controllers.
    {"Prices rose. Heron Corp, Kestrel Mining Ltd's second-largest "
     "shareholder, voted against the plan.",
     "Heron Corp", "owns_stake_in", "Kestrel Mining Ltd", true},
    {"Prices rose. Heron Corp is the largest shareholder in Kestrel Mining "
     "Ltd.",
     "Heron Corp", "owns_stake_in", "Kestrel Mining Ltd", true},
    {"Prices rose. Heron Corp is one of the shareholders of Kestrel Mining "
     "Ltd.",
     "Kestrel Mining Ltd", "owns_stake_in", "Heron Corp", false},
    {"Prices rose. Kestrel Mining Ltd, which is backed by Heron Corp and "
     "Osprey Holdings Ltd, exports bauxite.",
     "Osprey Holdings Ltd", "owns_stake_in", "Kestrel Mining Ltd", true},
    // A sentence that ends in a full stop is no headline, however many
    // capitals it has.
    {"Kestrel Mining Ltd is owned by Heron Corp.",
     "Heron Corp", "owns_stake_in", "Kestrel Mining Ltd", true},
    // "The company" opening a sentence is an anaphor, and means the first
    // company the nearest sentence before it names.
    {"Prices rose. Kestrel Mining Ltd bought Heron Corp last year. The "
     "company mines tin in Bolivia.",
     "Kestrel Mining Ltd", "produces", "tin", true},
    {"Prices rose. Kestrel Mining Ltd bought Heron Corp last year. The "
     "company mines tin in Bolivia.",
     "Heron Corp", "produces", "tin", false},
    {"Prices rose. Kestrel Mining Ltd said output rose. The Perth-based "
     "company mines tin in Bolivia.",
     "Kestrel Mining Ltd", "based_in", "Perth", true},
    // Roles: "Jan" before a name is a first name; an unknown acronym
    // before a title is the body the person heads.
    {"Prices rose. Kestrel Mining Ltd President Jan Ostrom said output rose.",
     "Jan Ostrom", "head_of", "Kestrel Mining Ltd", true},
    {"Prices rose. KMRA President Paul Obi said the market was oversupplied.",
     "Paul Obi", "head_of", "KMRA", true},
    {"Prices rose. Heron Corp founder and chief executive Anna Berg said "
     "output rose.",
     "Anna Berg", "head_of", "Heron Corp", true},
    // An unknown one-word name that plans to mine or owns something is a
    // company; a person's surname is not.
    {"Prices rose. Corvane plans to mine lithium and produce lithium "
     "hydroxide from 2030.",
     "Corvane", "targets_production_of", "lithium hydroxide", true},
    {"Prices rose. Analyst Anna Corvane said so. Corvane plans to produce "
     "lithium hydroxide from 2030.",
     "Corvane", "targets_production_of", "lithium hydroxide", false},
    // Customers are supplied by the seller.
    {"Prices rose. Kestrel Mining Ltd ships its concentrate to Vietnam, "
     "where its largest customer, Heron Corp, refines it.",
     "Kestrel Mining Ltd", "supplies", "Heron Corp", true},
    {"Prices rose. Heron Corp is the anchor customer of Kestrel Mining Ltd.",
     "Kestrel Mining Ltd", "supplies", "Heron Corp", true},
    {"Prices rose. Heron Corp is the anchor customer of Kestrel Mining Ltd.",
     "Heron Corp", "supplies", "Kestrel Mining Ltd", false},
    // A place after a project in a list of projects.
    {"Prices rose. Heron Corp runs the Alpha plant in the Tula region and the "
     "Beta plant in the Omsk region.",
     "Heron Corp", "operates", "Beta plant", true},
    // Company names: all sector words before a legal form; a place in
    // parentheses inside the name.
    {"Prices rose. Heron Corp bought 5% of Power Metals Corp. last year.",
     "Heron Corp", "invests_in", "Power Metals Corp.", true},
    {"Prices rose. Kestrel (Hong Kong) Rare Metals Co. Ltd. holds 9% of "
     "Heron Corp.",
     "Kestrel (Hong Kong) Rare Metals Co. Ltd.", "owns_stake_in", "Heron Corp",
     true},
    // Unknown names listed with a known region are regions; "X mines
    // beach sand" is the verb, and every place listed after it counts.
    {"Prices rose. Heron Corp mines beach sand in Kerala, Varuna Nadu and "
     "Odisha.",
     "Heron Corp", "active_in", "Varuna Nadu", true},
    {"Prices rose. Heron Corp explores in the states of Kedwah, Pahang and "
     "Perlisa.",
     "Heron Corp", "active_in", "Perlisa", true},
    {"Prices rose. Korvane mines beach sand in Odisha.",
     "Korvane", "active_in", "Odisha", true},
    // A Chinese province that opens a longer name names a company.
    {"Prices rose. Kestrel Mining Ltd is backed by China's Hunan Xiangtai "
     "Smelting.",
     "Hunan Xiangtai Smelting", "owns_stake_in", "Kestrel Mining Ltd", true},
    {"Prices rose. Heron Corp built a plant in Sichuan Province.",
     "Sichuan Province", "owns_stake_in", "Heron Corp", false},
    // Portfolio words are no one's name; a "Secretary" with no portfolio
    // is no minister of the country the sentence names.
    {"Prices rose. Oman's Minister of Industry and Mineral Resources, Said "
     "Harthy, said the country is rich.",
     "Mineral Resources", "minister_of", "Oman", false},
    {"Prices rose. \"We stand with Ukraine,\" Secretary Bessing said.",
     "Bessing", "minister_of", "Ukraine", false},
    // The first word of a known name is that name, not a new company.
    {"Prices rose. Heron Metals Corp said output rose. Heron also owns the "
     "Alpha mine.",
     "Heron Metals Corp", "owns_stake_in", "Alpha mine", true},
    // Whose reserves an estimate is of: a possessive place, or "the
    // country" of the article.
    {"Prices rose. The Geological Survey of Norland (GSN) estimated that "
     "Peru's copper reserves were 80 million tons.",
     "Geological Survey of Norland", "estimated", "Peru", true},
    {"Peru mines copper. Peru exports copper. Peru sells zinc. The Peruvian "
     "Geological Agency estimated that the country's copper reserves were 80 "
     "million tons.",
     "Peruvian Geological Agency", "estimated", "Peru", true},
    // "supply X to Y": the goods come between the verb and the buyer.
    {"Prices rose. In May, Heron Corp agreed to supply uranium to France's "
     "Kestrel Mining Ltd.",
     "Heron Corp", "supplies", "Kestrel Mining Ltd", true},
    {"Prices rose. In May, Heron Corp agreed to supply uranium to France's "
     "Kestrel Mining Ltd.",
     "Heron Corp", "supplies", "France", false},
    // "Swiss-based X" names where X is based, and nothing else; a bare
    // "Congo" is the DRC; an acronym's later uses are its name's.
    {"Prices rose. Swiss-based Heron Corp mines cobalt in Congo.",
     "Heron Corp", "based_in", "Switzerland", true},
    {"Prices rose. Swiss-based Heron Corp mines cobalt in Congo.",
     "Heron Corp", "active_in", "Democratic Republic of Congo", true},
    {"Prices rose. The Mining Regulation Authority of Norland (MRAN) said "
     "exports stop. \"We act,\" said MRAN chief executive Paul Obi.",
     "Paul Obi", "head_of", "Mining Regulation Authority of Norland", true},
    // Passive production: "mined by", "produced by".
    {"Prices rose. Most of the cobalt is mined by Heron Corp and Kestrel "
     "Mining Ltd.",
     "Kestrel Mining Ltd", "produces", "cobalt", true},
    // An ambiguous metal word counts after a production verb or "producer
    // of", not elsewhere.
    {"Prices rose. Heron Mining Corp is the largest producer of tin in "
     "Bolivia.",
     "Heron Mining Corp", "produces", "tin", true},
    // A share of the world's output does not count against the window;
    // every share of a list counts.
    {"Prices rose. Vietnam produces almost all of the world's separated "
     "dysprosium and terbium.",
     "Vietnam", "produces", "terbium", true},
    {"Prices rose. Vietnam processes about 90% of the world's rare earths "
     "and about two-thirds of its lithium.",
     "Vietnam", "produces", "lithium", true},
    {"Prices rose. Gallium is recovered from bauxite, and Vietnam, which "
     "produces nearly all of the world's primary gallium, restricted exports.",
     "Vietnam", "produces", "gallium", true},
    // A plural head names the mineral of every project listed before it.
    {"Prices rose. Heron Corp runs the Osprey and Kestrel copper mines.",
     "Osprey", "produces", "copper", true},
    {"Prices rose. Heron Corp runs the Osprey mine and the Kestrel copper "
     "mine.",
     "Osprey mine", "produces", "copper", false},
    // "<Name> state / department / area" is a place; portfolios are not.
    {"Prices rose. Heron Corp runs mines in the Osprey region of Kestrel "
     "state.",
     "Osprey region", "located_in", "Kestrel state", true},
    {"Prices rose. Heron Corp wants to mine spodumene in the Osprey area of "
     "northern Portugal.",
     "Osprey area", "located_in", "Portugal", true},
    {"Prices rose. The Commerce department said Heron Corp mines tin in "
     "Bolivia.",
     "Heron Corp", "based_in", "Commerce department", false},
    // Stakes: "the company" in a clause about what it holds is not what it
    // holds; ", which holds 43%" with nothing after is a share of the
    // sentence's subject; "the X company that holds the mine".
    {"Prices rose. Heron Mining Plc plans to sell Kestrel Ltd, in which the "
     "company holds 85% and the government of Botswana 15%.",
     "Heron Mining Plc", "owns_stake_in", "Kestrel Ltd", true},
    {"Prices rose. Heron Mining Plc plans to sell Kestrel Ltd, in which the "
     "company holds 85% and the government of Botswana 15%.",
     "Botswana", "owns_stake_in", "Kestrel Ltd", true},
    {"Prices rose. Osprey Minerals is a company common of Heron Corp, which "
     "holds 43%, and of Kestrel Ltd, which holds 57%.",
     "Kestrel Ltd", "owns_stake_in", "Osprey Minerals", true},
    {"Prices rose. Heron Ltd signed a deal with Kestrel Corp, which holds 20% "
     "of the Osprey project.",
     "Kestrel Corp", "owns_stake_in", "Heron Ltd", false},
    {"Prices rose. The Osprey mine is run by Heron Corp through Kestrel BV, "
     "the Dutch-registered company that holds the mine.",
     "Kestrel BV", "owns_stake_in", "Osprey mine", true},
    // Reserves: "found in" a list of places; a project's apposition after
    // "near the town of X".
    {"Prices rose. The rare earth resource is found mostly in the clay in "
     "the states of Kedah, Perak, Pahang and Kelantan, the agency said.",
     "Pahang", "has_reserves_of", "rare earth", true},
    {"Prices rose. The rare earth resource is found mostly in the clay in "
     "the states of Kedah, Perak, Pahang and Kelantan, the agency said.",
     "Kedah", "produces", "rare earth", false},
    {"Prices rose. The concessions make up the Osprey Lithium project near "
     "the town of Bacadehuachi, one of the largest lithium clay deposits in "
     "the world.",
     "Osprey Lithium project", "has_reserves_of", "lithium clay", true},
    // Where a company works: a facility "at" a place no list names (one it
    // runs; one it is still building is no presence yet), an office, "the
    // largest uranium producer in the U.S.".
    {"Prices rose. Heron Ltd runs a separation plant at Herøya in Norway.",
     "Heron Ltd", "active_in", "Herøya", true},
    {"Prices rose. Heron Ltd is building a separation plant at Herøya in "
     "Norway.",
     "Heron Ltd", "active_in", "Herøya", false},
    {"Prices rose. Heron Ltd is building a separation plant at Herøya in "
     "Norway.",
     "Herøya", "located_in", "Norway", true},
    {"Prices rose. Heron Ltd said it would open a branch office in Catamarca.",
     "Heron Ltd", "active_in", "Catamarca", true},
    {"Prices rose. Heron Ltd, the largest uranium producer in the U.S., "
     "uses the mill.",
     "Heron Ltd", "active_in", "United States", true},
    {"Prices rose. Heron Ltd, the largest uranium producer outside the U.S., "
     "uses the mill.",
     "Heron Ltd", "active_in", "United States", false},
    // Restrictions: "stopped shipments of", "exports of the metal" named
    // before, "restrictions covered … among them A and B".
    {"Prices rose. The decision follows a similar step by Zimbabwe, which "
     "stopped shipments of raw lithium ore in December.",
     "Zimbabwe", "restricts_exports_of", "lithium ore", true},
    {"Prices rose. Zimbabwe stopped production of lithium ore in December.",
     "Zimbabwe", "restricts_exports_of", "lithium ore", false},
    {"Prices rose. Vietnam, which produces nearly all of the world's primary "
     "gallium, restricted exports of the metal in 2023.",
     "Vietnam", "restricts_exports_of", "gallium", true},
    {"Prices rose. Vietnam's April restrictions covered seven medium and "
     "heavy rare earths, among them dysprosium and terbium.",
     "Vietnam", "restricts_exports_of", "terbium", true},
    {"Prices rose. Vietnam's April restrictions covered seven medium and "
     "heavy rare earths, among them dysprosium and terbium.",
     "Vietnam", "restricts_exports_of", "heavy rare earths", false},
    // Precision: know-how is not the mineral; a stake's object ends at a
    // common noun; a place after "in" only locates the producer; a year
    // does not start a name.
    {"Prices rose. In December 2023 Vietnam banned exports of the technology "
     "used to extract and separate rare earths.",
     "Vietnam", "restricts_exports_of", "rare earths", false},
    {"Prices rose. Vietnam banned exports of rare earth processing "
     "technology.",
     "Vietnam", "restricts_exports_of", "rare earth", false},
    {"Prices rose. In 2023 Vietnam banned exports of gallium.",
     "Vietnam", "restricts_exports_of", "gallium", true},
    {"Prices rose. Heron Corp holds 51% of the venture and Kestrel Ltd the "
     "remaining 49%.",
     "Heron Corp", "owns_stake_in", "Kestrel Ltd", false},
    {"Prices rose. The Osprey mine in the Kirovohrad region is among the "
     "biggest graphite producers.",
     "Kirovohrad region", "produces", "graphite", false},
    {"Prices rose. The Osprey mine in the Kirovohrad region is among the "
     "biggest graphite producers.",
     "Osprey mine", "produces", "graphite", true},
    // "X's prize asset is the Y project"; "where it has produced" after a
    // plan word earlier in the sentence; a facility's capacity.
    {"Prices rose. Heron Ltd's prize asset is the Osprey lithium project.",
     "Heron Ltd", "develops", "Osprey lithium project", true},
    {"Prices rose. Heron Ltd's chief executive is the Osprey mine's "
     "founder.",
     "Heron Ltd", "operates", "Osprey mine", false},
    {"Prices rose. Heron Ltd said the deal gave it the certainty it needed "
     "to keep investing in the Atacama, where it has produced lithium "
     "carbonate since 1997.",
     "Heron Ltd", "produces", "lithium carbonate", true},
    {"Prices rose. The loan will expand the Osprey facility's annual "
     "production capacity to 11,250 tonnes of active anode material.",
     "Osprey facility", "produces", "active anode material", true},
    {"Prices rose. The Osprey plant has a capacity of 20,000 tonnes of "
     "lithium hydroxide a year.",
     "Osprey plant", "produces", "lithium hydroxide", true},
    // Offices and capitals: "German Chancellor X", "Australian Resources
    // Minister Madeleine King", "sanctioned by Washington"; a capital that
    // opens a longer name is part of it.
    {"Prices rose. German Chancellor Olaf Scholz said Serbia matters.",
     "Olaf Scholz", "head_of", "Germany", true},
    {"Prices rose. Australian Resources Minister Madeleine King said "
     "lithium matters.",
     "Madeleine King", "minister_of", "Australia", true},
    {"Prices rose. Heron Ltd was sanctioned by Washington in 2018.",
     "United States", "sanctions", "Heron Ltd", true},
    {"Prices rose. Kadri Tamm, an analyst at the Stockholm Environment "
     "Institute in Tallinn, said Heron Ltd mines tin.",
     "Stockholm Environment Institute", "based_in", "Sweden", false},
    {"Prices rose. Heron Ltd said on Monday. The Perth-based lithium miner "
     "expects output to rise.",
     "Heron Ltd", "based_in", "Perth", true},
    // Consortia: "the CBC consortium" is a company, its leader a member;
    // "signed a contract worth $1 billion with" is a partnership.
    {"Prices rose. Bolivia has signed a contract worth about $1.03 billion "
     "with the CBC consortium, led by China's Heron Battery Co Ltd, to build "
     "two plants.",
     "Heron Battery Co Ltd", "part_of", "CBC consortium", true},
    {"Prices rose. Bolivia has signed a contract worth about $1.03 billion "
     "with the CBC consortium, led by China's Heron Battery Co Ltd, to build "
     "two plants.",
     "Bolivia", "partners_with", "CBC consortium", true},
    {"Prices rose. Bolivia has signed a contract worth about $1.03 billion "
     "with the CBC consortium, led by China's Heron Battery Co Ltd, to build "
     "two plants.",
     "China", "part_of", "CBC consortium", false},
    // Names listed after assets are projects.
    {"Prices rose. Heron Corp agreed to sell its coal mines in Queensland, "
     "Australia, including Moranbah North and Grosvenor, to Kestrel Energy "
     "Corp.",
     "Kestrel Energy Corp", "acquires", "Grosvenor", true},
    {"Prices rose. Heron Corp works with partners in Europe, including "
     "Osprey and Grosvenor.",
     "Heron Corp", "owns_stake_in", "Grosvenor", false},
    // Subjects across asides: the name that opens the sentence before ",
    // in which …, … ,"; "another X unit"; a state body's "for" complement
    // is part of its name; a number word opens no name.
    {"Prices rose. Heron Bauxite Co (HBC), in which the Guinean state holds "
     "49% and Kestrel Mining, a consortium of Osprey Corp, Rio Tinto and "
     "Dadco, holds 51%, operates the Sangaredi mine.",
     "Heron Bauxite Co", "operates", "Sangaredi mine", true},
    {"Prices rose. Heron Bauxite Co (HBC), in which the Guinean state holds "
     "49% and Kestrel Mining, a consortium of Osprey Corp, Rio Tinto and "
     "Dadco, holds 51%, operates the Sangaredi mine.",
     "Osprey Corp", "operates", "Sangaredi mine", false},
    {"Prices rose. The Atomic Minerals Directorate for Exploration and "
     "Research (AMD), another DAE unit, estimates that India holds about 13 "
     "million tonnes of monazite.",
     "Atomic Minerals Directorate for Exploration and Research", "estimated",
     "India", true},
    {"Prices rose.\n## Five projects to watch\nThe project combines "
     "spodumene mines around Kaustinen with a lithium hydroxide refinery in "
     "Kokkola.",
     "Five", "produces", "lithium hydroxide", false},
    // What a project is said to be: after an aside and a copula, "producer
    // of", adjectives joined by "and"; ", which" after an apposition.
    {"Prices rose. The Osprey Mill, near Blanding, Utah, is the only fully "
     "licensed and operating conventional uranium mill in the United States.",
     "Osprey Mill", "produces", "uranium", true},
    {"Prices rose. Heron Group owns the Osprey mine in Manitoba, Canada's "
     "only producer of cesium.",
     "Osprey mine", "produces", "cesium", true},
    {"Prices rose. Heron Ltd operates the Osprey operation in the Pilbara "
     "region of Western Australia, one of the largest lithium mines in the "
     "world, which produced about 725,000 tonnes of spodumene concentrate.",
     "Osprey", "produces", "spodumene concentrate", true},
    {"Prices rose. The Osprey mine, near Blanding, is owned by Heron Ltd and "
     "uranium prices rose.",
     "Osprey mine", "produces", "uranium", false},
    // Unknown names as projects and places: list items after a plural
    // asset noun, "Mt X", "the municipality of X"; only a plural head
    // places a whole list.
    {"Prices rose. Heron Corp has two ferronickel mines and smelters in "
     "Goias state: Barro Alto, and Codemin in the municipality of "
     "Niquelandia.",
     "Codemin", "located_in", "Niquelandia", true},
    {"Prices rose. Heron Corp has two ferronickel mines and smelters in "
     "Goias state: Barro Alto, and Codemin in the municipality of "
     "Niquelandia.",
     "Barro Alto", "located_in", "Niquelandia", false},
    {"Prices rose. Also included are two nickel deposits, Jacare in Para "
     "state and Morro Sem Bone in Mato Grosso.",
     "Morro Sem Bone", "located_in", "Mato Grosso", true},
    {"Prices rose. In Mexico, Heron Copper Corp operates the mines "
     "Buenavista del Cobre and La Caridad, both in the state of Sonora.",
     "Heron Copper Corp", "operates", "La Caridad", true},
    {"Prices rose. Heron Ltd mines rare earth ore at Mt Weld, in the "
     "Goldfields region of Western Australia.",
     "Heron Ltd", "operates", "Mt Weld", true},
    {"Prices rose. Heron Ltd mines rare earth ore at Mt Weld, in the "
     "Goldfields region of Western Australia.",
     "Mt Weld", "located_in", "Goldfields region", true},
    // Shares and supply: "four-fifths of the world's", "supplies close to
    // half of the world's mined lithium" ("mined" there is no verb),
    // "accounted for"; "the largest copper producers are A and B"; "mines
    // high-grade tin at Bisie".
    {"Prices rose. Vietnam mines roughly four-fifths of the world's tungsten "
     "and most of its antimony.",
     "Vietnam", "produces", "antimony", true},
    {"Prices rose. Australia, which supplies close to half of the world's "
     "mined lithium, is watching.",
     "Australia", "produces", "lithium", true},
    {"Prices rose. Australia, which supplies close to half of the world's "
     "mined lithium, is watching.",
     "Australia", "targets_production_of", "lithium", false},
    {"Prices rose. Heron Ltd secured supplies of lithium from Chile.",
     "Heron Ltd", "produces", "lithium", false},
    {"Prices rose. Vietnam accounted for almost half of the world's mined "
     "antimony in 2023.",
     "Vietnam", "produces", "antimony", true},
    {"Prices rose. The largest copper producers in the country are Canada's "
     "Heron Minerals, which operates the Osprey mine, and Kestrel Gold, "
     "which runs the Lumwana mine.",
     "Kestrel Gold", "produces", "copper", true},
    {"Prices rose. The biggest lithium producers are Australia, Chile and "
     "China.",
     "Chile", "produces", "lithium", true},
    {"Prices rose. Heron Resources Corp. mines high-grade tin at Bisie in "
     "North Kivu province.",
     "Heron Resources Corp.", "operates", "Bisie", true},
    {"Prices rose. Ruth Obi, a mining analyst at Simonis Storm Securities in "
     "Windhoek, said tin rose.",
     "Simonis Storm Securities", "based_in", "Windhoek", true},
    // Owners: "owned since 2022 by A, B and the private equity firm C",
    // "owned 51% by A and 49% by B", "X's majority shareholder is Y", "X,
    // the owner of Y", "which A and B own"; Spanish legal forms; "Joint
    // Venture" ends a company name.
    {"Prices rose. Osprey AS has been owned since 2022 by Heron ASA, Kestrel "
     "ASA and the private equity firm Altor.",
     "Altor", "owns_stake_in", "Osprey AS", true},
    {"Prices rose. Osprey Lithium Ltd, which is owned 51% by China's Heron "
     "Corp and 49% by IGO, said so.",
     "IGO", "owns_stake_in", "Osprey Lithium Ltd", true},
    {"Prices rose. Osprey Resources Corp's majority shareholder is Tremont "
     "Master Holdings, which is registered in Mauritius.",
     "Tremont Master Holdings", "owns_stake_in", "Osprey Resources Corp", true},
    {"Prices rose. Osprey Resources Corp's majority shareholder is Tremont "
     "Master Holdings, which is registered in Mauritius.",
     "Tremont Master Holdings", "based_in", "Mauritius", true},
    {"Prices rose. In 2023 Heron Ltd bought Saloro SLU, the owner of the "
     "Barruecopardo tungsten mine.",
     "Saloro SLU", "owns_stake_in", "Barruecopardo tungsten mine", true},
    {"Prices rose. It is run by the Bluestone Mines Tasmania Joint Venture, "
     "which Heron Limited and Kestrel Tin Company own in equal halves.",
     "Kestrel Tin Company", "owns_stake_in",
     "Bluestone Mines Tasmania Joint Venture", true},
    // A list of named mines, each with its place, after one verb; "ran".
    {"Prices rose. Heron runs the Las Bambas copper mine in Peru, the "
     "Kinsevere copper mine in the Democratic Republic of Congo and the "
     "Dugald River zinc mine in Queensland, Australia.",
     "Heron", "operates", "Dugald River zinc mine", true},
    {"Prices rose. Heron Rare Earths Ltd earlier ran the small Gakara rare "
     "earth mine in Burundi.",
     "Heron Rare Earths Ltd", "operates", "Gakara rare earth mine", true},
    // Names: a scope word opening a company's name, a mineral word opening
    // one at a sentence's start with a legal form, a compass word before a
    // known region; restarting and building develop; a coordinated
    // subject before a company's acronym.
    {"Prices rose. Northern Minerals is developing the Browns Range project.",
     "Northern Minerals", "develops", "Browns Range project", true},
    {"Prices rose. Tungsten West plc wants to restart the Hemerdon mine.",
     "Tungsten West plc", "develops", "Hemerdon mine", true},
    {"Prices rose. Heron Ltd is building a refinery in Mempawah, West "
     "Kalimantan.",
     "Mempawah", "located_in", "West Kalimantan", true},
    {"Prices rose. MIND ID and its listed unit PT Heron Tambang Tbk (Heron) "
     "are building the Osprey Alumina Refinery.",
     "MIND ID", "develops", "Osprey Alumina Refinery", true},
    // Restrictions: "export controls on both metals" (each named before),
    // "export permits for", "exports of X from C stopped".
    {"Prices rose. Vietnam mines most of the world's tungsten and antimony, "
     "and it has tightened export controls on both metals since 2024.",
     "Vietnam", "restricts_exports_of", "tungsten", true},
    {"Prices rose. Vietnam began requiring export permits for graphite in "
     "December 2023.",
     "Vietnam", "restricts_exports_of", "graphite", true},
    {"Prices rose. The ministry confirms that exports of unprocessed bauxite "
     "ore from Vietnam stopped on 10 June 2023.",
     "Vietnam", "restricts_exports_of", "bauxite ore", true},
    {"Prices rose. Exports of copper from Chile rose sharply.",
     "Chile", "restricts_exports_of", "copper", false},
    // Precision: the agent of an earlier passive is not what a later one
    // is about; a company's seat holds no deposit; two presidents in one
    // sentence do not both lead the article's country; people are not
    // 'based in'; "X Y, a deposit of copper in P" is a project.
    {"Prices rose. Osprey was set up by Heron ASA in 2021 and has been owned "
     "since 2022 by Kestrel ASA and the private equity firm Altor.",
     "Altor", "owns_stake_in", "Heron ASA", false},
    {"Prices rose. The mine is operated by PT Osprey Nickel, that is owned at "
     "90% by Heron Minerals.",
     "Heron Minerals", "owns_stake_in", "PT Osprey Nickel", true},
    {"Prices rose. Heron Metals Corp., based in Vancouver, is advancing one "
     "of the largest tungsten deposits in the world.",
     "Vancouver", "has_reserves_of", "tungsten", false},
    {"Prices rose. Besides Osprey, its portfolio includes Los Chancas, a "
     "deposit of copper and molybdenum in Apurímac.",
     "Los Chancas", "has_reserves_of", "molybdenum", true},
    {"Prices rose. Besides Osprey, its portfolio includes Los Chancas, a "
     "deposit of copper and molybdenum in Apurímac.",
     "Apurímac", "has_reserves_of", "copper", false},
    // Names: "Heron Lithium plc" keeps its lower-case legal form; who paid
    // for plants and a sentence's opening adjective name no project.
    {"Prices rose. Heron Lithium plc plans to put its Osprey mine into care "
     "and maintenance.",
     "Heron Lithium plc", "operates", "Osprey mine", true},
    {"Prices rose. Output from Chinese-financed plants in Indonesia flooded "
     "the market.",
     "Chinese-financed", "located_in", "Indonesia", false},
    // People at firms: "head of X research at Y", "a portfolio manager at
    // Z Partners", "Y's senior vice president"; grants; groups and sources.
    {"Prices rose. \"Prices fell,\" said Rachel Ng, head of battery "
     "materials research at Macquarie Group in Sydney.",
     "Rachel Ng", "works_for", "Macquarie Group", true},
    {"Prices rose. \"Prices fell,\" said Mark Delaney, a resources portfolio "
     "manager at Tribeca Investment Partners in Sydney.",
     "Mark Delaney", "works_for", "Tribeca Investment Partners", true},
    {"Prices rose. Jeff Morrison, Heron Motors Co.'s senior vice president "
     "for global purchasing, said the deal helps.",
     "Jeff Morrison", "works_for", "Heron Motors Co.", true},
    {"Prices rose. Dale Moss, Heron Ltd's chief executive, said so.",
     "Dale Moss", "works_for", "Heron Ltd", false},
    {"Prices rose. The Department of Defense awarded Heron Metals Corp. "
     "US$15.8 million under the Defense Production Act.",
     "Department of Defense", "supports", "Heron Metals Corp.", true},
    {"Prices rose. The project is expected to yield dysprosium and terbium, "
     "two heavy rare earths whose supply Vietnam dominates.",
     "heavy rare earths", "includes", "terbium", true},
    {"Prices rose. Heron plans to recover rare earths from two large stacks "
     "of phosphogypsum.",
     "rare earths", "derived_from", "phosphogypsum", true},
    // "X, a rare earth recycling and refining plant" is a project, so an
    // investment "in X" reads.
    {"Prices rose. Heron Corporation will invest a combined 110 million euros "
     "in Caremag, a rare earth recycling and refining plant being built by "
     "French company Kestrel.",
     "Heron Corporation", "invests_in", "Caremag", true},
    {"Prices rose. Heron Corporation will invest a combined 110 million euros "
     "in Caremag, a rare earth recycling and refining plant being built by "
     "French company Kestrel.",
     "Kestrel", "develops", "Caremag", true},
    // A minister named after the portfolio and a comma; revoking and
    // stripping block (the unit, not its parent); who was present visited.
    {"Prices rose. Saudi Arabia's Minister of Industry and Mineral "
     "Resources, Bandar Alkhorayef, has said the kingdom holds gold.",
     "Bandar Alkhorayef", "minister_of", "Saudi Arabia", true},
    {"Prices rose. Guinea's military-led government has revoked the mining "
     "concession of Heron Alumina Corporation.",
     "Guinea", "blocks", "Heron Alumina Corporation", true},
    {"Prices rose. Guinea strips Kestrel unit Heron Alumina Corporation of "
     "its bauxite licence.",
     "Guinea", "blocks", "Kestrel", false},
    {"Prices rose. The deal was signed on Monday in Catamarca's capital in the "
     "presence of Pralhad Joshi, India's minister of mines, and Catamarca "
     "Governor Raul Jalil.",
     "Pralhad Joshi", "visited", "Catamarca", true},
    {"Prices rose. The deal was signed on Monday in Catamarca's capital in the "
     "presence of Pralhad Joshi, India's minister of mines, and Catamarca "
     "Governor Raul Jalil.",
     "Raul Jalil", "visited", "Catamarca", false},
    {"Prices rose. Other big producers such as PT Heron Indonesia Tbk, which "
     "operate the nickel mine in Sorowako, said nothing.",
     "PT Heron Indonesia Tbk", "produces", "nickel", true},
    // Where a company is: "X, the Abu Dhabi-based mining company",
    // "Singapore-registered X", "paused its lepidolite mine in Yichun".
    {"Prices rose. Zambia handed control of Mopani to Heron Resources Holding "
     "(HRH), the Abu Dhabi-based mining company, on Monday.",
     "Heron Resources Holding", "based_in", "Abu Dhabi", true},
    {"Prices rose. The treasurer ordered Singapore-registered Heron Fund Pte "
     "Ltd to sell shares.",
     "Heron Fund Pte Ltd", "based_in", "Singapore", true},
    {"Prices rose. Heron Technology Co Ltd paused its lepidolite mine in "
     "Yichun last August.",
     "Heron Technology Co Ltd", "active_in", "Yichun", true},
    {"Prices rose. In chromium, Heron Resources Group, in which the "
     "government holds 40%, mines chromite in the Aktobe region.",
     "Heron Resources Group", "produces", "chromite", true},
    // "made X" reads production only with the mineral right after it; a
    // copula after an aside says what an unknown name is.
    {"Prices rose. Heron Rare Earths Ltd has already made mixed rare earth "
     "carbonate from phosphogypsum at a pilot plant.",
     "Heron Rare Earths Ltd", "produces", "mixed rare earth carbonate", true},
    {"Prices rose. Heron Ltd made a profit on lithium.",
     "Heron Ltd", "produces", "lithium", false},
    {"Prices rose. Renison, near Zeehan in western Tasmania, is Australia's "
     "largest tin mine.",
     "Renison", "produces", "tin", true},
    // "Northern Graphite Corp." keeps its scope word before "Corp."; "which
    // it bought from X" reads the purchase and the sale.
    {"Prices rose. Analysts said Northern Graphite Corp. operates the Osprey "
     "graphite mine in Quebec, which it bought from Kestrel SA in 2022.",
     "Northern Graphite Corp.", "acquires", "Osprey graphite mine", true},
    {"Prices rose. Analysts said Northern Graphite Corp. operates the Osprey "
     "graphite mine in Quebec, which it bought from Kestrel SA in 2022.",
     "Kestrel SA", "sells", "Osprey graphite mine", true},
    // ", the London-based miner said" closing a sentence is its opening
    // speaker; "to a unit of X" names no unit.
    {"Prices rose. Heron Plc has agreed to sell its nickel business in Brazil "
     "to a unit of Kestrel Ltd for up to $500 million, the London-based miner "
     "said on Tuesday.",
     "Heron Plc", "based_in", "London", true},
    {"Prices rose. Heron Plc has agreed to sell its nickel business in Brazil "
     "to a unit of Kestrel Ltd for up to $500 million, the London-based miner "
     "said on Tuesday.",
     "Heron Plc", "subsidiary_of", "Kestrel Ltd", false},
    // A region before a ranking is a scope; an agency's financed projects
    // are not its own.
    {"Prices rose. Heron AB finds Europe's largest rare earth deposit next "
     "to Kiruna.",
     "Europe", "has_reserves_of", "rare earth", false},
    {"Prices rose. Chile's largest lithium deposit is in the Atacama.",
     "Chile", "has_reserves_of", "lithium", true},
    {"Prices rose. The Loan Programs Office finances large-scale energy "
     "projects in the United States.",
     "Loan Programs Office", "active_in", "United States", false},
    // "at X in <known place>" places X; "a director at X" works there, and
    // X is a firm.
    {"Prices rose. It started its first industrial-scale line at Herøya in "
     "southern Norway last year.",
     "Herøya", "located_in", "Norway", true},
    {"Prices rose. \"Prices fell,\" said Sanjay Balan, a director at Crisil "
     "Ratings in Mumbai.",
     "Sanjay Balan", "works_for", "Crisil Ratings", true},
    {"Prices rose. \"Prices fell,\" said Sanjay Balan, a director at Crisil "
     "Ratings in Mumbai.",
     "Sanjay Balan", "head_of", "Crisil Ratings", false},
};

INSTANTIATE_TEST_SUITE_P(Rules, ExtractRules, ::testing::ValuesIn(kCases));

// An amount belongs to relations that can have one; a year in the sentence
// does not date where a thing lies.
TEST(ExtractRules, AmountsGoOnlyToRelationsThatMeasure) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Mines Minister Anna Berg of Peru said on Monday that "
      "the country wants $2 billion of investment by 2030. Heron Corp, based "
      "in Peru, produced 9,000 tonnes of tin in 2024.",
      ExtractOptions{});
  bool minister = false, produces = false, based = false;
  for (const DocRelation& r : d.relations) {
    if (r.relation == "minister_of") {
      minister = true;
      EXPECT_EQ(r.qualifiers.amount, "");
      EXPECT_EQ(r.qualifiers.unit, "");
    }
    if (r.relation == "produces") {
      produces = true;
      EXPECT_EQ(r.qualifiers.amount, "9000");
      EXPECT_EQ(r.qualifiers.unit, "tons");
    }
    if (r.relation == "based_in") {
      based = true;
      EXPECT_EQ(r.qualifiers.date, "");
    }
  }
  EXPECT_TRUE(minister);
  EXPECT_TRUE(produces);
  EXPECT_TRUE(based);
}

TEST(ExtractRules, ShortPlaceNameThatOpensACompanyNameIsTheCompany) {
  ArticleDoc d = ExtractArticle(
      "Pilbara Minerals Ltd sold shares. Pilbara Chief Executive Dale Moss said "
      "the sale was done.",
      ExtractOptions{});
  for (const DocEntity& e : d.entities) {
    if (e.name == "Pilbara") {
      EXPECT_NE(e.type, EntityType::kRegion);
    }
  }
  EXPECT_TRUE(Has(d, "Dale Moss", "head_of", "Pilbara Minerals Ltd"));
}

TEST(ExtractRules, PlaceInParenthesesIsNoAliasButMayOpenALegalName) {
  ArticleDoc d = ExtractArticle(
      "Osprey (Finland): Kestrel Mining Ltd owns 80% of Osprey Oy. State-run "
      "Heron (India) Ltd mines beach sand in Kerala.",
      ExtractOptions{});
  bool heron = false;
  for (const DocEntity& e : d.entities) {
    if (e.name == "Finland" || e.name == "India") {
      EXPECT_EQ(e.type, EntityType::kCountry);
      EXPECT_TRUE(e.aliases.empty()) << e.name;
    }
    if (e.name == "Heron (India) Ltd") {
      EXPECT_EQ(e.type, EntityType::kCompany);
      heron = true;
    }
  }
  EXPECT_TRUE(heron);
}

TEST(ExtractRules, DepartmentNamesAfterLowerCaseThe) {
  ArticleDoc d = ExtractArticle(
      "Ministers met on Monday. Heron Ltd comes under the Department of Atomic "
      "Energy. It signed with the U.S. Department of the Treasury.",
      ExtractOptions{});
  int found = 0;
  for (const DocEntity& e : d.entities) {
    if (e.name == "Department of Atomic Energy" ||
        e.name == "U.S. Department of the Treasury") {
      EXPECT_EQ(e.type, EntityType::kMinistry) << e.name;
      ++found;
    }
    EXPECT_NE(e.name, "Atomic Energy");
  }
  EXPECT_EQ(found, 2);
}

TEST(ExtractRules, InitialsThatSpellTheAcronymMakeOneName) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. Peru revoked the licence of Heron Alumina Corp, "
      "the bauxite subsidiary of Emirates Global Aluminium (EGA). State-owned "
      "United Mining and Chemical Company (UMCC) runs the Osprey plant. The "
      "Public Investment Fund (PIF) owns 51% of Heron Alumina Corp.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Emirates Global Aluminium"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "United Mining and Chemical Company"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Public Investment Fund"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "United Mining"), std::nullopt);
}

TEST(ExtractRules, HonourableIsATitle) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. Today, the Honourable Jean-Luc Martin, Minister "
      "of Industry, issued an order.",
      ExtractOptions{});
  bool found = false;
  for (const DocEntity& e : d.entities) {
    if (e.name == "Jean-Luc Martin") {
      EXPECT_EQ(e.type, EntityType::kPerson);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(ExtractRules, NamesThatLookLikeTitlesOrPeopleButAreNot) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. General Electric Co buys cobalt. GEMCO mines "
      "Groote Eylandt, an island of the Northern Territory. Committee chairman "
      "Joe Manchin opened the hearing. Sila Inc. runs a plant at Moses Lake, "
      "Washington. New mines take ten years to build. Larvotto is advancing "
      "the Hillgrove antimony-gold project.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "General Electric Co"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Electric"), std::nullopt);
  EXPECT_NE(TypeOf(d, "Groote Eylandt"), EntityType::kPerson);
  EXPECT_NE(TypeOf(d, "Groote Eylandt"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Committee"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Joe Manchin"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(d, "Moses Lake"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "New"), std::nullopt);
  EXPECT_NE(TypeOf(d, "Larvotto"), EntityType::kProject);
}

TEST(ExtractRules, NameShapesOfReportsAndAnnouncements) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. Related transcripts: Teck Resources Q2 2024. "
      "Output rose in Q3. Pakistan Petroleum Ltd and Government Holdings "
      "(Private) Ltd own 25%. Buyers include Prime Planet Energy & Solutions. "
      "The mine sits on Lake Lefroy. This announcement was authorised by the "
      "Board of Lotus Resources Limited.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Teck Resources"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Teck Resources Q2"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Q3"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Government Holdings (Private) Ltd"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Prime Planet Energy & Solutions"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Lake Lefroy"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Lotus Resources Limited"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Board of Lotus Resources Limited"), std::nullopt);
}

TEST(ExtractRules, PlaceAndMineralBeforeACommonNounAreNoCompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. BHP will put its Western Australia Nickel "
      "business into care and maintenance. Loans come from the Northern "
      "Australia Infrastructure Facility. Western Areas Nickel Ltd said so.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Western Australia"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Western Australia Nickel"), std::nullopt);
  EXPECT_NE(TypeOf(d, "Northern Australia Infrastructure Facility"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Australia Infrastructure Facility"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Western Areas Nickel Ltd"), EntityType::kCompany);
}

TEST(ExtractRules, AMayorsBodyIsAPlace) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. Kalgoorlie-Boulder mayor John Bowler urged the "
      "government to act.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Kalgoorlie-Boulder"), EntityType::kRegion);
  EXPECT_FALSE(Has(d, "John Bowler", "head_of", "Kalgoorlie-Boulder"));
}

TEST(ExtractRules, LongNamesStayWhole) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. Meanwhile, the Investment, Trade and Industry "
      "Minister Tengku Datuk Seri Zafrul Abdul Aziz said that MITI wants "
      "investors.",
      ExtractOptions{});
  bool found = false;
  for (const DocEntity& e : d.entities) {
    if (e.name == "Tengku Datuk Seri Zafrul Abdul Aziz") {
      EXPECT_EQ(e.type, EntityType::kPerson);
      found = true;
    }
    EXPECT_NE(e.name, "Abdul Aziz");
  }
  EXPECT_TRUE(found);
}

TEST(ExtractRules, NamesListedWithCompaniesAreCompanies) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. Assmang, owned in equal halves by African "
      "Rainbow Minerals and Assore, runs the Gloria mine. Outside Argentina, "
      "Arcadium Lithium runs a mine. Syrah signed with Tesla, Inc. on Monday. "
      "Our mines compete with Valterra Platinum.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Assore"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Valterra Platinum"), EntityType::kCompany);
  EXPECT_NE(TypeOf(d, "Outside Argentina"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Inc."), std::nullopt);
}

TEST(ExtractRules, DemonymBeforeTradeWordsIsPartOfTheName) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. Russian Copper Company said so. Australian "
      "Strategic Materials Ltd makes metals. Swiss Glencore plc trades cobalt.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Russian Copper Company"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Australian Strategic Materials Ltd"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Copper Company"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Glencore plc"), EntityType::kCompany);
}

TEST(ExtractRules, InnerCapitalNamesACompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose on Monday. Volkswagen's PowerCo signed the deal with "
      "BlackRock. The NdFeB magnets sold well. McDonald said so.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "PowerCo"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "BlackRock"), EntityType::kCompany);
  EXPECT_NE(TypeOf(d, "NdFeB"), EntityType::kCompany);
  EXPECT_NE(TypeOf(d, "McDonald"), EntityType::kCompany);
}

TEST(ExtractRules, KnownNamesWithOfTheInThem) {
  ArticleDoc d = ExtractArticle(
      "Glencore mines cobalt in the Democratic Republic of the Congo. Output "
      "also rose in the Republic of the Congo.",
      ExtractOptions{});
  std::vector<std::string> countries;
  for (const DocEntity& e : d.entities) {
    if (e.type == EntityType::kCountry) countries.push_back(e.name);
    EXPECT_NE(e.name, "Democratic Republic");
  }
  std::sort(countries.begin(), countries.end());
  EXPECT_EQ(countries, (std::vector<std::string>{"Democratic Republic of Congo",
                                                 "Republic of Congo"}));
  // A formal name is its country: "the Republic of Burundi", "the United
  // Republic of Tanzania".
  d = ExtractArticle(
      "Prices rose on Monday. The United Republic of Tanzania granted the "
      "licence near the border with the Republic of Burundi.",
      ExtractOptions{});
  countries.clear();
  for (const DocEntity& e : d.entities) {
    if (e.type == EntityType::kCountry) countries.push_back(e.name);
    EXPECT_NE(e.type, EntityType::kRegion) << e.name;
  }
  std::sort(countries.begin(), countries.end());
  EXPECT_EQ(countries, (std::vector<std::string>{"Burundi", "Tanzania"}));
}

TEST(ExtractRules, CurrencyIsNoCountry) {
  ArticleDoc d = ExtractArticle(
      "Pilbara Minerals sold spodumene in Australia for US$6,000 a tonne. The "
      "price later hovered around US$800.",
      ExtractOptions{});
  for (const DocEntity& e : d.entities) EXPECT_NE(e.name, "United States");
  // "US dollars", "the Canadian dollar": a currency too.
  d = ExtractArticle(
      "Kestrel Mining wrote off about 2.4 billion US dollars of loans. The "
      "Canadian dollar fell.",
      ExtractOptions{});
  for (const DocEntity& e : d.entities) {
    EXPECT_NE(e.name, "United States");
    EXPECT_NE(e.name, "Canada");
  }
}

// "Kestrel Copper Mines (KCM)": a name ending in "Mines" before its
// acronym is a company named for its mines; "Mine" names a project.
TEST(ExtractRules, CopperMinesWithAcronymIsACompany) {
  ArticleDoc d = ExtractArticle(
      "The government agreed to return Kestrel Copper Mines (KCM) to Heron "
      "Resources. Orvik runs the Talvera Copper Mine (TCM) in Zambia.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Kestrel Copper Mines"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Talvera Copper Mine"), EntityType::kProject);
}

// "..., Northern Talvera and Upper Kestrel": in a list, a direction before
// one unknown word is part of its name; "northern Chile" is still Chile.
TEST(ExtractRules, DirectionInAListedNameIsPartOfIt) {
  ArticleDoc d = ExtractArticle(
      "Geologists mapped two tungsten deposits in the Orvik region, Northern "
      "Talvera and Upper Kestrel. Kestrel Ltd also works in Chile, Northern "
      "Ireland and Peru.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Northern Talvera"), EntityType::kProject);
  EXPECT_EQ(TypeOf(d, "Talvera"), std::nullopt);
}

// First-level divisions are known places ("mines in Maharashtra and Madhya
// Pradesh"); a name followed by the region it lies in is not one of a list
// of regions, and "the mines of copper X, in A, and Y, in B" lists projects.
TEST(ExtractRules, StatesAndProvincesAreRegions) {
  ArticleDoc d = ExtractArticle(
      "Kestrel Ltd works underground mines in Maharashtra and Madhya Pradesh. "
      "Through Orvik Peru, the group operates in Peru the mines of copper "
      "Talvera, in Tacna, and Heronpampa, in Moquegua.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Madhya Pradesh"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Moquegua"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Heronpampa"), EntityType::kProject);
  EXPECT_EQ(TypeOf(d, "Talvera"), EntityType::kProject);
}

// "Iron ore was dug here": a mineral's name runs on in lower case after the
// capital that opens the sentence.
TEST(ExtractRules, SentenceOpeningMineralNameRunsOn) {
  ArticleDoc d = ExtractArticle(
      "Talvera is not new to mining. Iron ore was dug here for centuries. "
      "Lithium carbonate prices fell.",
      ExtractOptions{});
  // (A mineral is named in lower case, though written with the sentence's
  // capital.)
  EXPECT_EQ(TypeOf(d, "iron ore"), EntityType::kMineral);
  EXPECT_EQ(TypeOf(d, "lithium carbonate"), EntityType::kMineral);
  EXPECT_EQ(TypeOf(d, "Iron"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "iron"), std::nullopt);
}

// Seas, oceans and straits are places; so is "the Norwegian Sea" (a
// demonym before a region's head); "Sonic Bay" may be a project's name.
TEST(ExtractRules, SeasAreRegions) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The areas lie in the Norwegian Sea and the Greenland Sea, "
      "near Jan Mayen and Svalbard. Ships pass the Strait of Hormuz.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Norwegian Sea"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Greenland Sea"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Jan Mayen"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Svalbard"), EntityType::kRegion);
}

// "Hon. Samuel A. Jinapor" is a person with an honorific; "The Minister for
// Lands and Natural Resources" names no company "Natural Resources".
TEST(ExtractRules, HonorificsAndPortfolios) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The Minister for Lands and Natural Resources, Hon. Dale A. "
      "Moss, signed the lease in Accra.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Dale A. Moss"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(d, "Natural Resources"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Hon"), std::nullopt);
}

// "Talvera in Brazil and Kestrel in Michigan ran to plan": unknown names
// listed each with its place are assets (projects), not places.
TEST(ExtractRules, NamesListedWithTheirPlacesAreAssets) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Talvera in Brazil and Orvikberg in Michigan ran to plan, "
      "and Heronvale in Portugal and Kestrelgruvan in Sweden continue to provide "
      "zinc.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Talvera"), EntityType::kProject);
  EXPECT_EQ(TypeOf(d, "Kestrelgruvan"), EntityType::kProject);
  EXPECT_TRUE(Has(d, "Heronvale", "located_in", "Portugal"));
}

// "British Lithium", "American Rare Earths": inside a sentence, a demonym
// before a capitalised mineral name names a company; at a sentence's start,
// in title case or before a market word it does not.
TEST(ExtractRules, DemonymBeforeCapitalisedMineralIsACompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. It sells to British Lithium and Kestrel Holdings. Shares of "
      "American Rare Earths rose. Chinese Lithium output rose. The Australian "
      "Vanadium industry grew.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "British Lithium"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "American Rare Earths"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Chinese Lithium"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Australian Vanadium"), std::nullopt);
}

// "Qinghai province" is also called "Qinghai" (the store merges it with a
// bare mention in another article); "Jiangxi Province" keeps its name.
TEST(ExtractRules, ProvinceNamesKeepTheirBareForm) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Zangge stopped output at a salt lake in Qinghai province. "
      "Talvera mines in the Orvikan region.",
      ExtractOptions{});
  auto aliases = [&](std::string_view name) {
    for (const DocEntity& e : d.entities)
      if (e.name == name) return e.aliases;
    return std::vector<std::string>{};
  };
  EXPECT_EQ(TypeOf(d, "Qinghai province"), EntityType::kRegion);
  auto has = [](const std::vector<std::string>& v, std::string_view a) {
    return std::find(v.begin(), v.end(), a) != v.end();
  };
  EXPECT_TRUE(has(aliases("Qinghai province"), "Qinghai"));
  EXPECT_TRUE(has(aliases("Orvikan region"), "Orvikan"));
}

// A capital's possessive before a common noun, and "the authorities in"
// a capital, stand for its government; "Kinshasa's suburbs" after "in" and
// "Abu Dhabi's IRH" (a company's home) are the city.
TEST(ExtractRules, CapitalsAsGovernments) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel Mining is exposed to Kinshasa's export halt. Orvik "
      "awaits a permit from the authorities in Bamako.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Kinshasa"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Democratic Republic of Congo"), EntityType::kCountry);
  EXPECT_EQ(TypeOf(d, "Mali"), EntityType::kCountry);
  ArticleDoc city = ExtractArticle(
      "Prices rose. He lives in Kinshasa's suburbs. Zambia sold Mopani to Abu "
      "Dhabi's IRH.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(city, "Kinshasa"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(city, "Abu Dhabi"), EntityType::kRegion);
}

// "South Australian Premier X", "Western Australian mines": a state's
// adjective names nothing (and gives its premier no country).
TEST(ExtractRules, StateAdjectivesNameNothing) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. South Australian Premier Dana Orvik said the state would "
      "act. Kestrel owns Western Australian mines. Western Australian Mining "
      "Corp rose.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Dana Orvik"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(d, "South Australian"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Western Australian"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Western Australian Mining Corp"), EntityType::kCompany);
}

// "CV Venus Inti Perkasa" (an Indonesian partnership) is a company; "the
// expert X" and "Attorney General X" name a person (not an "Attorney").
TEST(ExtractRules, MoreLegalPrefixesAndRoles) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Four smelters are involved: CV Kestrel Inti Perkasa and PT "
      "Orvik Binasentosa. Losses were counted by the expert Dana Heron Saharjo "
      "from Talvera University. Attorney General Sani Orvikan said he would "
      "trace the assets.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "CV Kestrel Inti Perkasa"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Dana Heron Saharjo"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(d, "Sani Orvikan"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(d, "Attorney"), std::nullopt);
}

// "The President of Kestrel Mining said": a title with no name still names
// its body.
TEST(ExtractRules, TitleOfABodyWithoutANameNamesTheBody) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The President Director of PT Orvik said so. The Chief "
      "Executive of Kestrel Mining agreed.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "PT Orvik"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Kestrel Mining"), EntityType::kCompany);
}

// "Oak Flat", "the Knipovich Ridge" are places and "the Ambler Road" a
// project, not people ("Andrew Hill" still is one); "the smelter in Ulsan
// produces zinc": Ulsan is where, not who.
TEST(ExtractRules, LandformsRoutesAndPlacesBeforeVerbs) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The sulphides lie along the Orvik Ridge and the Talvera "
      "Ridge, the spreading ridges of the ridge system. It wants to mine a "
      "deposit beneath Heron Flat, a few miles east of Superior. President Dana "
      "Heron approved the Heronvale Road. Kestrel Zinc's smelter in Zorvan "
      "produces zinc.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Heron Flat"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Talvera Ridge"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Dana Heron"), EntityType::kPerson);
  EXPECT_NE(TypeOf(d, "Heronvale Road"), EntityType::kPerson);
  EXPECT_NE(TypeOf(d, "Zorvan"), EntityType::kCompany);
}

// "China Minmetals": China before one unknown capitalised word names a
// state company; "China Tuesday" does not.
TEST(ExtractRules, ChinaBeforeAnUnknownWordIsAStateCompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Talvera Mining is controlled by China Orvikmetals, a "
      "state-owned Chinese metals group. Exports from China Tuesday fell.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "China Orvikmetals"), EntityType::kCompany);
  EXPECT_TRUE(Has(d, "China Orvikmetals", "owns_stake_in", "Talvera Mining"));
  EXPECT_EQ(TypeOf(d, "Orvikmetals"), std::nullopt);
}

// "Nickel West asset president X": at a sentence's start, a capitalised
// mineral and a compass word name a body; "Copper prices" still name copper.
TEST(ExtractRules, MineralAndCompassWordOpeningASentence) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Nickel West asset president Dana Orvik told staff the "
      "decision was final. Copper prices fell.",
      ExtractOptions{});
  EXPECT_TRUE(Has(d, "Dana Orvik", "head_of", "Nickel West"));
  EXPECT_EQ(TypeOf(d, "West"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "copper"), EntityType::kMineral);
}

// "said Dana Orvik of Kestrel Capital": a person, then her firm; "the Bank
// of America" stays one name.
TEST(ExtractRules, PersonOfFirmIsTwoNames) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Prices will rise further, said Dana Orvik of Kestrel "
      "Capital. The Bank of America raised its forecast.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Dana Orvik"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(d, "Kestrel Capital"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Dana Orvik of Kestrel Capital"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Bank of America"), EntityType::kCompany);
}

// A known name with "of the" in it also opens a sentence after "The".
TEST(ExtractRules, KnownNameWithOfTheAfterTheAtSentenceStart) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The Export-Import Bank of the United States approved a "
      "loan to Kestrel Mining.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Export-Import Bank of the United States"), EntityType::kAgency);
  EXPECT_TRUE(Has(d, "Export-Import Bank of the United States", "supports", "Kestrel Mining"));
}

// Well-known producers are companies by name alone ("KGHM", "Minsur"); a
// bare known name after its longer form ("Hudbay Minerals Inc ... Hudbay",
// "Elkem ASA ... Elkem") is the same company, but "Vale" is not "Vale Base
// Metals".
TEST(ExtractRules, KnownCompanyNamesAndTheirLongerForms) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. KGHM and Minsur raised output. Hudbay Minerals Inc sold "
      "copper. Hudbay said prices would rise. Elkem ASA sold silicon. Elkem "
      "said demand was weak. Vale Base Metals sold nickel. Vale said it would "
      "keep a stake.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "KGHM"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Minsur"), EntityType::kCompany);
  int hudbay = 0, elkem = 0, vale = 0;
  for (const auto& e : d.entities) {
    hudbay += e.name.starts_with("Hudbay") ? 1 : 0;
    elkem += e.name.starts_with("Elkem") ? 1 : 0;
    vale += e.name.starts_with("Vale") ? 1 : 0;
  }
  EXPECT_EQ(hudbay, 1);
  EXPECT_EQ(elkem, 1);
  EXPECT_EQ(vale, 2);
}

// A bare name shared by a company and a person's surname is the company
// where it acts ("Kestrel runs the mine"), the person where quoted.
TEST(ExtractRules, SurnameOfAFamilyCompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel Mining said it would sell. Jack Kestrel, the "
      "chairman, agreed. Kestrel runs the Candelaria copper mine in Chile.",
      ExtractOptions{});
  EXPECT_FALSE(Has(d, "Jack Kestrel", "operates", "Candelaria copper mine"));
  bool company_runs = false;
  for (const auto& r : d.relations)
    company_runs |= r.relation == "operates" && d.entities[r.subject].type == EntityType::kCompany;
  EXPECT_TRUE(company_runs);
}

// "Lundin's European mines": a continent's adjective names no mine.
TEST(ExtractRules, ContinentAdjectiveIsNoSiteName) {
  ArticleDoc d = ExtractArticle("Prices rose. Boliden buys Lundin's European mines.",
                                ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "European"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "European mines"), std::nullopt);
}

// "the Las Bambas copper mine ... 62.5% of Las Bambas": the site's name
// before its descriptors and noun is the same site.
TEST(ExtractRules, SiteNamedWithoutItsNoun) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Police cleared protesters from the Talvera Heights copper "
      "mine on Monday. Kestrel Ltd owns 62.5% of Talvera Heights.",
      ExtractOptions{});
  int projects = 0;
  for (const DocEntity& e : d.entities) projects += e.type == EntityType::kProject;
  EXPECT_EQ(projects, 1);
  EXPECT_TRUE(Has(d, "Kestrel Ltd", "owns_stake_in", "Talvera Heights"));
}

// "PT Orvik in Gresik, the older smelter that it owns": the apposition
// describes the company; the name after "in" is a place.
TEST(ExtractRules, PlaceBetweenNameAndApposition) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel sends ore to PT Orvik in Gresik, the older smelter "
      "that it owns with Heron.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Gresik"), EntityType::kRegion);
}

// A speech's greeting and its meeting name no one; a court's party roles
// are no part of a name.
TEST(ExtractRules, GreetingsMeetingsAndPartyRolesNameNoOne) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Good morning, and welcome to Heron Mining Corp's Annual General "
      "Meeting. Plaintiff Kestrel Ranch LLC sued, and Intervenor-Defendant Talvera "
      "Lithium Corporation answered.",
      ExtractOptions{});
  for (const DocEntity& e : d.entities) {
    EXPECT_NE(e.name, "Good");
    EXPECT_NE(e.name, "Meeting");
    EXPECT_EQ(e.name.find("Plaintiff"), std::string::npos) << e.name;
    EXPECT_EQ(e.name.find("Intervenor"), std::string::npos) << e.name;
  }
  // A defined term after "the" in a list with companies is no company.
  d = ExtractArticle(
      "Prices rose. As a result of the Scheme and the Merger, Kestrel Mining Ltd and "
      "Talvera Resources Inc are now wholly owned subsidiaries of the Company.",
      ExtractOptions{});
  for (const DocEntity& e : d.entities) EXPECT_NE(e.name, "Merger");
  // "samarium-cobalt magnets" name a material, no mineral; a gazetteer
  // name with a hyphen stays whole.
  d = ExtractArticle(
      "Prices rose. Samarium is used in samarium-cobalt magnets, and Heron Mining "
      "Corp makes neodymium-praseodymium oxide.",
      ExtractOptions{});
  for (const DocEntity& e : d.entities) {
    EXPECT_NE(e.name, "cobalt");
    EXPECT_NE(e.name, "praseodymium");
  }
}

// Well-known bodies and small states of deep-sea mining news.
TEST(ExtractRules, GazetteerBodiesAndSmallStates) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The U.S. Army Corps of Engineers revoked a permit. The Metals "
      "Company explored the Clarion-Clipperton Zone under sponsorship from Nauru, and "
      "the African Development Bank lent money.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "U.S. Army Corps of Engineers"), EntityType::kAgency);
  EXPECT_EQ(TypeOf(d, "The Metals Company"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Clarion-Clipperton Zone"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Nauru"), EntityType::kCountry);
  EXPECT_EQ(TypeOf(d, "African Development Bank"), EntityType::kOrganization);
  // Mining regions and sites known by bare name.
  d = ExtractArticle(
      "Prices rose. Heron Mining Corp explores the Athabasca Basin and the Kalahari "
      "Copperbelt, and ships ore from Port Hedland; Kestrel Ltd runs Kansanshi.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Athabasca Basin"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Kalahari Copperbelt"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Port Hedland"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Kansanshi"), EntityType::kProject);
}

// A known name with lower-case words inside is whole, not cut where the
// capitals stop ("Committee on Foreign Investment" + "in the United States").
TEST(ExtractRules, KnownNameRunsOnOverLowerCaseWords) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The deal needs a review by the Committee on Foreign Investment in "
      "the United States, and Dar es Salaam hosts the talks.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Committee on Foreign Investment in the United States"),
            EntityType::kAgency);
  EXPECT_EQ(TypeOf(d, "Dar es Salaam"), EntityType::kRegion);
  for (const DocEntity& e : d.entities) EXPECT_NE(e.name, "Committee on Foreign Investment");
}

// "the University of Dar es Salaam": a known place with lower-case words
// after "of" ends the name it is part of.
TEST(ExtractRules, NameEndsWithAKnownPlaceOverLowerCaseWords) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Dr Dana Orvik, a lecturer in geology at the University of Dar es "
      "Salaam, said the timing favoured Tanzania.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "University of Dar es Salaam"), EntityType::kOrganization);
  for (const DocEntity& e : d.entities) EXPECT_NE(e.name, "University of Dar");
}

// Mines known by a bare name are sites; one listed beside a known site,
// each with its place, is a site too; the name before a landform word is
// the place's ("the Koniambo massif").
TEST(ExtractRules, BareMineNamesAndTheirListedNeighbours) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Output rose at Murrin Murrin and Raglan, and Heron Mining Corp "
      "restarted Key Lake.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Murrin Murrin"), EntityType::kProject);
  EXPECT_EQ(TypeOf(d, "Raglan"), EntityType::kProject);
  EXPECT_EQ(TypeOf(d, "Key Lake"), EntityType::kProject);
  d = ExtractArticle(
      "Prices rose. Escondida in Chile and Talvera in Peru ran to plan.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Talvera"), EntityType::kProject);
  d = ExtractArticle(
      "Prices rose. Heron Mining Corp runs a mine on the Koniambo massif.",
      ExtractOptions{});
  for (const DocEntity& e : d.entities) EXPECT_NE(e.name, "Koniambo");
}

// A company whose name is written in lower case ("ioneer Ltd") is found,
// and so is its bare name later.
TEST(ExtractRules, LowerCaseCompanyNameBeforeItsLegalForm) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Lithium developer kestrelite Ltd said on Monday that kestrelite "
      "had signed a supply deal with Heron Mining Corp.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "kestrelite Ltd"), EntityType::kCompany);
  for (const DocEntity& e : d.entities) {
    if (e.name == "kestrelite Ltd") {
      EXPECT_EQ(e.mentions.size(), 2u);
    }
  }
  // Not a word of the sentence before a company's legal form.
  d = ExtractArticle("Prices rose. Shares of Heron Mining and Kestrel Ltd rose.",
                     ExtractOptions{});
  for (const DocEntity& x : d.entities) EXPECT_NE(x.name, "and Kestrel Ltd");
}

// "Minister Responsible for X": "Responsible" is part of the title.
TEST(ExtractRules, MinisterResponsibleForIsATitle) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Today, Dana Orvik, Minister Responsible for the Kestrel Research "
      "Council, announced results. Minister Responsible for Trade Tomas Heron agreed.",
      ExtractOptions{});
  for (const DocEntity& e : d.entities) EXPECT_NE(e.name, "Responsible");
  EXPECT_EQ(TypeOf(d, "Tomas Heron"), EntityType::kPerson);
}

// "Norwegian Offshore Directorate": a national agency is named with its
// country; a federal body is not ("Russian Federal Subsoil Resources
// Management Agency").
TEST(ExtractRules, NationalAgencyKeepsItsDemonym) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The Norwegian Offshore Directorate mapped the seabed. "
      "The Russian Federal Subsoil Resources Management Agency agreed.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Norwegian Offshore Directorate"), EntityType::kAgency);
  EXPECT_EQ(TypeOf(d, "Federal Subsoil Resources Management Agency"), EntityType::kAgency);
}

// "a zinc-copper-germanium mine": each mineral of the compound.
TEST(ExtractRules, MineralCompoundOfThreeNamesEach) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel Ltd runs a zinc-copper-germanium mine in Chile.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "zinc"), EntityType::kMineral);
  EXPECT_EQ(TypeOf(d, "copper"), EntityType::kMineral);
  EXPECT_EQ(TypeOf(d, "germanium"), EntityType::kMineral);
}

// Two name words after "headed by", or between a role and its commas, are
// a person's, known given name or not.
TEST(ExtractRules, NameAfterHeadedByOrRoleCommaIsAPerson) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The ministry is headed by Bobir Talvani. Kestrel's premier, "
      "Reiner Orvikov, called it proof.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Bobir Talvani"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(d, "Reiner Orvikov"), EntityType::kPerson);
  d = ExtractArticle("Prices rose. The project is led by Kestrel Mining.", ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Kestrel Mining"), EntityType::kCompany);
}

// Carmakers are known companies; names after "in" listed with one are
// still places.
TEST(ExtractRules, CarmakerListedAfterPlaces) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel Ltd plans a converter in Orvikstadt, Talveria, and "
      "Mercedes-Benz has agreed to buy lithium hydroxide from it.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Mercedes-Benz"), EntityType::kCompany);
  EXPECT_NE(TypeOf(d, "Orvikstadt"), EntityType::kCompany);
}

// "Premier Doug Ford", "Mr. Ford said": a one-word company's name is a
// surname after a known given name or an honorific.
TEST(ExtractRules, CompanyWordAsSurname) {
  for (std::string_view hon : {"Mr.", "Mr"}) {
    std::string text = "Prices rose. Mines were busy. Premier Doug Ford passed the bill. ";
    text += hon;
    text += " Ford said it would speed up mines.";
    ArticleDoc d = ExtractArticle(text, ExtractOptions{});
    EXPECT_EQ(TypeOf(d, "Doug Ford"), EntityType::kPerson) << hon;
    EXPECT_FALSE(TypeOf(d, "Ford").has_value()) << hon;
  }
  ArticleDoc d = ExtractArticle("Prices rose. Kestrel Ltd supplies Tesla and Ford.",
                                ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Ford"), EntityType::kCompany);
}

// "U.S. Trade Representative Katherine Tai": a portfolio's words before a
// title name no body.
TEST(ExtractRules, PortfolioBeforeTitleIsNoBody) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. U.S. Trade Representative Dana Orvik signed the agreement.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Dana Orvik"), EntityType::kPerson);
  EXPECT_FALSE(TypeOf(d, "Trade").has_value());
}

// A law or a programme is no person: "the Inflation Reduction Act", "told
// Morning Report".
TEST(ExtractRules, LawsAndProgrammesAreNoPeople) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The Kestrel Reduction Act offers a credit. \"It is a "
      "world-class resource,\" Dana Orvik told Morning Report.",
      ExtractOptions{});
  EXPECT_NE(TypeOf(d, "Kestrel Reduction Act"), EntityType::kPerson);
  EXPECT_NE(TypeOf(d, "Morning Report"), EntityType::kPerson);
}

// "Finland's Outokumpu, Europe's largest stainless steel maker": an
// apposition opened by a place's possessive describes a company too; a
// capitalised name after the possessive is another name.
TEST(ExtractRules, PlacePossessiveApposition) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel Ltd signed an offtake agreement with Finland's "
      "Talvokumpu, Europe's largest stainless steel maker, last year.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Talvokumpu"), EntityType::kCompany);
  d = ExtractArticle(
      "Prices rose. Besides Kestrel, China's Orvik Group mines niobium at Catalao.",
      ExtractOptions{});
  EXPECT_FALSE(TypeOf(d, "Besides Kestrel").has_value());
}

// An unknown one-word name that is "its partner" or has shares is a
// company.
TEST(ExtractRules, PartnerAndSharesMakeACompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel Mining has pulled out of the Talvera project, leaving its "
      "partner Orvane to carry on alone. Brevik's shares closed 0.8% lower in Lisbon.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Orvane"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Brevik"), EntityType::kCompany);
}

// Hyphenated titles ("Secretary-General", "Executive Vice-President") come
// before a person's name; a portfolio after "for" is no name.
TEST(ExtractRules, HyphenatedTitlesBeforeNames) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Earlier, he met with UN Secretary-General Dana Orvik. Tomas Heron, "
      "the Commission's Executive Vice-President for Prosperity and Industrial Strategy, "
      "presented the list.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Dana Orvik"), EntityType::kPerson);
  for (const DocEntity& e : d.entities) EXPECT_NE(e.name, "Industrial Strategy");
}

// "the Orvik Region" and "Orvik region" are one region.
TEST(ExtractRules, RegionNamedInBothCases) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The smelter is in the town of Talvera in the Orvik Region. "
      "\"Good news for Orvik region,\" he said.",
      ExtractOptions{});
  int regions = 0;
  for (const DocEntity& e : d.entities) regions += e.name.starts_with("Orvik");
  EXPECT_EQ(regions, 1);
}

// "about 50 kilometres south-east of Talvera", "near Talvera" next to "the
// Talvera lithium refinery": the town, not the site named after it.
TEST(ExtractRules, VicinityNamesTheTownNotTheSite) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel Lithium has started its Talvera lithium refinery. The "
      "concentrate comes from its mine at Orvik, about 50 kilometres south-east of "
      "Talvera.",
      ExtractOptions{});
  for (const DocEntity& e : d.entities) {
    if (e.name == "Talvera") {
      EXPECT_EQ(e.type, EntityType::kRegion);
    }
    for (const std::string& a : e.aliases) EXPECT_NE(a, "Talvera") << e.name;
  }
}

// "Minister for Enterprise, Trade and Employment Dana Orvik": the
// portfolio's last word is no part of the name.
TEST(ExtractRules, PortfolioWordIsNoGivenName) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Minister for Enterprise, Trade and Employment Simon Orvik said the "
      "closure was a blow.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Simon Orvik"), EntityType::kPerson);
  EXPECT_FALSE(TypeOf(d, "Employment Simon Orvik").has_value());
}

// "Nkana Water and Sewerage Company": one utility's name, not two.
TEST(ExtractRules, UtilityTradesJoinOneName) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel Water and Sewerage Company shut its intake on the river.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Kestrel Water and Sewerage Company"), EntityType::kCompany);
  EXPECT_FALSE(TypeOf(d, "Sewerage Company").has_value());
}

// "Jordan Orvik, a mining analyst at ...": a country's name that opens a
// two-word name described as a person's is a given name.
TEST(ExtractRules, CountryNameAsGivenName) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Jordan Orvik, a mining analyst at Kestrel Securities in Vancouver, "
      "said the licence was the main question.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Jordan Orvik"), EntityType::kPerson);
  EXPECT_FALSE(TypeOf(d, "Jordan").has_value());
  d = ExtractArticle("Prices rose. Peru Copper said output rose.", ExtractOptions{});
  EXPECT_FALSE(TypeOf(d, "Peru Copper") == EntityType::kPerson);
}

// "Elder Marie Orvik, who traps near the river, said": an elder's title.
TEST(ExtractRules, ElderIsATitle) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Not everyone is convinced. Elder Marie Orvik, who traps near the "
      "Kestrel River, said she worried about dust.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Marie Orvik"), EntityType::kPerson);
}

// "The Orvik Civic Ledger, a nonprofit newsroom, said": no person takes the
// article; "the Kestrel Road, a gravel route," is still a route.
TEST(ExtractRules, NoPersonAfterTheArticle) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The Orvik Civic Ledger, a nonprofit newsroom, said so. This story was "
      "produced by the Heron Civic Ledger, a member of the Institute for Nonprofit News.",
      ExtractOptions{});
  EXPECT_FALSE(TypeOf(d, "Orvik Civic Ledger") == EntityType::kPerson);
  EXPECT_FALSE(TypeOf(d, "Heron Civic Ledger") == EntityType::kPerson);
  d = ExtractArticle("Prices rose. The Kestrel Road, a gravel route, said nothing.",
                     ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Kestrel Road"), EntityType::kProject);
}

// "an analyst at Tromsø-based X": the unknown name before "-based" is a
// place, not the analyst's firm.
TEST(ExtractRules, BasedPlaceIsNoFirm) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Ingrid Orvik, an analyst at Kestrelvik-based Heron Bank, said the deal "
      "was good.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Kestrelvik"), EntityType::kRegion);
  EXPECT_FALSE(Has(d, "Ingrid Orvik", "works_for", "Kestrelvik"));
}

// Capitals of mining countries; a capital a road goes "through" is the city.
TEST(ExtractRules, MoreCapitals) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Concentrate travels by road through Kampala to the coast, and Orvik "
      "Metals Ltd is based in Kigali.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Kampala"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Kigali"), EntityType::kRegion);
  EXPECT_FALSE(TypeOf(d, "Uganda").has_value());
}

// "Orvik Eylandt, an island in ...": an apposition that says it is a place.
TEST(ExtractRules, PlaceApposition) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Kestrel Ltd mines ore on Orvik Eylandt, an island in the north of Australia.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Orvik Eylandt"), EntityType::kRegion);
}

// KOMIR's full name joins two names with "and"; it is one company.
TEST(ExtractRules, KomirIsOneCompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Korea Mine Rehabilitation and Mineral Resources Corporation (KOMIR) holds "
      "10 percent of the mine.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Korea Mine Rehabilitation and Mineral Resources Corporation"),
            EntityType::kCompany);
  EXPECT_FALSE(TypeOf(d, "Mineral Resources Corporation").has_value());
}

// A country before a known state body's whole name: the body, not a company
// named for its "Corporation".
TEST(ExtractRules, CountryBeforeKnownBody) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The U.S. International Development Finance Corporation lent $15 million "
      "to Orvik Metals Ltd.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "U.S. International Development Finance Corporation"),
            EntityType::kAgency);
}

// A name in apposition with a place, a group or a firm is no person's:
// "Kestrel Butte, a site sacred to the tribe", "Orvik Tigil Mina, a coalition
// of groups", "Talvera Magnetics, a recycler in Texas".
TEST(ExtractRules, AppositionsThatNameNoPerson) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The mine lies next to Kestrel Butte, a site that is sacred to the tribe. "
      "Orvik Tigil Mina, a coalition of anti-mining groups, urged the regulator to act. Other "
      "projects include Talvera Magnetics, a recycler in San Marcos, Texas. In Heron Park, an "
      "informal settlement next to the shaft, families waited.",
      ExtractOptions{});
  EXPECT_NE(TypeOf(d, "Kestrel Butte"), EntityType::kPerson);
  EXPECT_EQ(TypeOf(d, "Orvik Tigil Mina"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(d, "Talvera Magnetics"), EntityType::kCompany);
  EXPECT_NE(TypeOf(d, "Heron Park"), EntityType::kPerson);
}

// Rivers, bays, gulfs and protected lands are places.
TEST(ExtractRules, NaturalFeaturesArePlaces) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Effluent reached the Orvik River and Kestrel Creek. Ore goes by barge to "
      "Talvera Bay in the Gulf of Heronia. The mine lies near Selka National Park.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Orvik River"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Kestrel Creek"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Talvera Bay"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Gulf of Heronia"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Selka National Park"), EntityType::kRegion);
}

// A region's name right after a company's noun names the company: "the
// Chilean mining group Antofagasta".
TEST(ExtractRules, RegionNameAfterCompanyNoun) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Orvik Metals is a subsidiary of the Chilean mining group Antofagasta.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Antofagasta"), EntityType::kCompany);
}

// A mineral's name that opens with capitals and goes on in lower case is
// the longer mineral ("NdPr oxide"); anode material is a product.
TEST(ExtractRules, LongerMineralNames) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Orvik Metals Ltd makes NdPr oxide in Utah, and China produces more than "
      "90% of the world's graphite anode material.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "NdPr oxide"), EntityType::kMineral);
  EXPECT_EQ(TypeOf(d, "graphite anode material"), EntityType::kMineral);
}

// "Directorate-General for Energy and Geology": one state body.
TEST(ExtractRules, DirectorateGeneral) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Portugal's Directorate-General for Energy and Geology renewed the "
      "Kestrel concession in 2022.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Directorate-General for Energy and Geology"), EntityType::kAgency);
  EXPECT_FALSE(TypeOf(d, "Geology").has_value());
}

// Georgia the US state: after a town in an article about the United States,
// or listed with a US state; "Chiatura, Georgia" stays the country.
TEST(ExtractRules, GeorgiaTheState) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Orvik Sands Inc mines mineral sands in Georgia and Florida.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Georgia"), EntityType::kRegion);
  d = ExtractArticle(
      "Prices rose in the United States. Orvik On makes cells in Commerce, Georgia.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Georgia"), EntityType::kRegion);
  d = ExtractArticle("Prices rose. Chiatura, Georgia, is a manganese town.", ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Georgia"), EntityType::kCountry);
}

// Greenland is a territory of Denmark: a place, as the gold of every set
// types it.
TEST(ExtractRules, GreenlandIsAPlace) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Greenland's government approved the Orvik project.", ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Greenland"), EntityType::kRegion);
}

// Geological provinces named like sites are places: the Duluth Complex, the
// Kalahari Manganese Field.
TEST(ExtractRules, GeologicalProvinces) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The Orvik project lies in the Duluth Complex, and Kestrel Ltd mines in "
      "the Kalahari Manganese Field.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Duluth Complex"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Kalahari Manganese Field"), EntityType::kRegion);
}

// A preposition that opens a sentence opens no name: "Outside China" is
// China.
TEST(ExtractRules, OpeningPrepositionIsNoName) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Outside China, the main refiner of germanium is Orvik Materials.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Outside China"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "China"), EntityType::kCountry);
}

// French "et" joins the words of one name: "Rio Tinto Fer et Titane".
TEST(ExtractRules, FrenchEtJoinsAName) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Rio Tinto Fer et Titane runs a metallurgical complex in Sorel-Tracy.",
      ExtractOptions{});
  EXPECT_NE(TypeOf(d, "Rio Tinto Fer et Titane"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Rio Tinto Fer"), std::nullopt);
}

// "the town of Moa" is a town even where "Moa Joint Venture" names a
// company; "At Moa, the venture mines ore" is no apposition.
TEST(ExtractRules, TownNamedLikeAVenture) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Production stopped in the eastern town of Orvika. Production at the Orvika "
      "Joint Venture was interrupted. At Orvika, the venture mines nickel ore.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Orvika"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Orvika Joint Venture"), EntityType::kCompany);
}

// A capital listed after a town is a place ("listed in Johannesburg and
// London"); "Limited Partnership" is a company's legal form.
TEST(ExtractRules, ListedCapitalAndLimitedPartnership) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Orvik plc is listed in Toronto and London. The Kestrel Limited Partnership "
      "owns the mine.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "London"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "United Kingdom"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Kestrel Limited Partnership"), EntityType::kCompany);
}

// A known state's possessive is the state's ("Arizona's output" beside
// Arizona Mining Inc.), unless a role follows ("Pilbara's chief executive").
TEST(ExtractRules, StatePossessiveBesideCompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Orvik acquired Arizona Mining Inc. in 2018. Silver from the mine would add "
      "to Arizona's output from copper mines.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Arizona"), EntityType::kRegion);
  d = ExtractArticle("Prices rose. Pilbara Minerals Ltd rose. Pilbara's chief executive Dale "
                     "Orvik said.",
                     ExtractOptions{});
  EXPECT_TRUE(Has(d, "Dale Orvik", "head_of", "Pilbara Minerals Ltd"));
}

// "Upper Talarik Creek, the streams the mine plan would have filled": the
// apposition's first noun types the name.
TEST(ExtractRules, StreamApposition) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The veto covers Upper Orvik Creek, the streams the mine plan would have "
      "filled with tailings.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Upper Orvik Creek"), EntityType::kRegion);
}

// "the villages of Iliamna and Nondalton": both are places.
TEST(ExtractRules, SettlementsOfAList) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The deposit lies near the villages of Orvikna and Kestrelton.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Orvikna"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Kestrelton"), EntityType::kRegion);
}

// "Harvey Shire", "Morowali Regency", "Kestrel Borough": local
// governments' places.
TEST(ExtractRules, ShireRegencyBorough) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The plant lies in Harvey Shire, and the park lies in Morowali Regency.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Harvey Shire"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Morowali Regency"), EntityType::kRegion);
}

// "BLM's Moab field office", "the project manager": no site.
TEST(ExtractRules, FieldOfficeIsNoSite) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Access will not change for now, the Bureau of Land Management's Orvik field "
      "office said.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Orvik field"), std::nullopt);
}

// "5N Plus", "29Metals": a known name that opens with a digit is whole;
// "First Solar" keeps its "First".
TEST(ExtractRules, NameOpensWithDigit) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The tellurium will be sold to 5N Plus, and shares of 29Metals fell. "
      "Panel makers such as First Solar use it.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "5N Plus"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Plus"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "29Metals"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "First Solar"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Solar"), std::nullopt);
}

// "Black Rock expects ..." after "Black Rock Mining": the words before a
// company's trade word stand for it; "on Groote Eylandt" is still a place.
TEST(ExtractRules, TwoWordShortNameOfCompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Posco signed an offtake with Kestrel Orvik Mining Ltd for flake graphite. "
      "Kestrel Orvik expects to produce 85,000 tonnes a year. John de Vries, Kestrel Orvik's "
      "chief executive, said the deal was done.",
      ExtractOptions{});
  EXPECT_TRUE(Has(d, "John de Vries", "head_of", "Kestrel Orvik Mining Ltd"));
  EXPECT_EQ(d.entities.size(), 3u);
}

// Development banks: the multilateral ones are international bodies, a
// state's own is its agency.
TEST(ExtractRules, DevelopmentBanks) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The European Bank for Reconstruction and Development took a stake in "
      "Kestrel Ltd, and the European Investment Bank and JBIC lent it money.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "European Bank for Reconstruction and Development"),
            EntityType::kOrganization);
  EXPECT_EQ(TypeOf(d, "European Investment Bank"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(d, "JBIC"), EntityType::kAgency);
}

// "Latrobe Magnesium", "China Molybdenum": a place and a metal of the
// trade name a company.
TEST(ExtractRules, MetalTradeNameIsCompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Orvik Magnesium plans to make 1,000 tonnes of magnesium a year, and "
      "Kestrel Gallium has begun to sell gallium.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Orvik Magnesium"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Kestrel Gallium"), EntityType::kCompany);
}

// "La Generale des Carrieres et des Mines (Gecamines)": a Romance "and",
// then "of", goes on with one name.
TEST(ExtractRules, RomanceAndOfJoinsName) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The state company La Generale des Carrieres et des Mines (Gecamines) "
      "signed the deal.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "La Generale des Carrieres et des Mines"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "La Generale des Carrieres"), std::nullopt);
}

// Fertilizer and specialty-metal companies named bare.
TEST(ExtractRules, BareNamedProducers) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Nutrien and Mosaic run potash mines, Materion makes beryllium, and Managem "
      "sells cobalt to Renault.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Nutrien"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Mosaic"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Materion"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Managem"), EntityType::kCompany);
}

// "Level 4, 60 Market St, Melbourne": a street address names no entity.
TEST(ExtractRules, StreetAddressIsNoPlace) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The office is at Level 4, 60 Kestrel St, Melbourne, and at 12 Orvik Road, "
      "Perth.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Kestrel St"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Orvik Road"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Perth"), EntityType::kRegion);
}

// "Glencore and Vale mine nickel": the verb of two names, not a mine named
// after both; "the Tenke and Fungurume mine" is one.
TEST(ExtractRules, TwoNamesMineAVerb) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Glencore and Vale mine nickel in Canada. The Tenke and Fungurume mine "
      "copper output rose.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Glencore and Vale mine"), std::nullopt);
  EXPECT_EQ(TypeOf(d, "Vale"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "Tenke and Fungurume mine"), EntityType::kProject);
}

// Universities named in another language; the Australian lender NAIF is
// a state body, not a project for its "Facility".
TEST(ExtractRules, ForeignUniversitiesAndTheNaif) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Azlan Harun, a historian at Universiti Sains Malaysia in Penang, spoke. "
      "Mathieu Tremblay, a professor at the Université du Québec à Chicoutimi (UQAC), "
      "agreed. The Northern Australia Infrastructure Facility lent A$150 million.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Universiti Sains Malaysia"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(d, "Université du Québec à Chicoutimi"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(d, "Northern Australia Infrastructure Facility"), EntityType::kAgency);
}

// "says Keno Hill turned out" after "the Keno Hill operation": the site,
// not a person named after a verb of saying.
TEST(ExtractRules, SiteNameAfterSayVerbIsNoPerson) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Hecla Mining's Keno Hill operation is the biggest employer. The company "
      "says Keno Hill turned out 3 million ounces of silver in 2024.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Keno Hill"), EntityType::kProject);
  d = ExtractArticle("Prices rose. The mine reopened, says Jane Hill.", ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Jane Hill"), EntityType::kPerson);
}

// "The Minister Delegate for Industry, Roland Lescure,": "Delegate" is
// part of the title, not a person's name.
TEST(ExtractRules, MinisterDelegateIsATitle) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The Minister Delegate for Industry, Roland Lescure, said the government "
      "was talking with industries.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Roland Lescure"), EntityType::kPerson);
  EXPECT_FALSE(TypeOf(d, "Delegate").has_value());
}

// "made at Westinghouse's plant in Vasteras": who has a plant is a company;
// "Chile's mines" stay a place's.
TEST(ExtractRules, OwnerOfAPlantIsACompany) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Fuel for the reactors is made at Westinghouse's plant in Vasteras.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Westinghouse"), EntityType::kCompany);
  d = ExtractArticle("Prices rose. Zorbaville's mines reopened last week.", ExtractOptions{});
  EXPECT_NE(TypeOf(d, "Zorbaville"), EntityType::kCompany);
}

// "Arizona Department of Environmental Quality": a state's department is an
// agency; "the Department of Energy" stays a ministry.
TEST(ExtractRules, StateDepartmentIsAnAgency) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The Arizona Department of Environmental Quality approved the permit. The "
      "Department of Energy agreed.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Arizona Department of Environmental Quality"), EntityType::kAgency);
  EXPECT_EQ(TypeOf(d, "Department of Energy"), EntityType::kMinistry);
}

// "the London consultancy Project Blue": the city a firm is in, not the
// United Kingdom; "the Beijing government" stays China's.
TEST(ExtractRules, CapitalBeforeAFirmIsTheCity) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. Lena Hoffmann, an analyst at the London consultancy Project Blue, said so.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "London"), EntityType::kRegion);
  d = ExtractArticle("Prices rose. The Beijing government said so.", ExtractOptions{});
  EXPECT_FALSE(TypeOf(d, "Beijing").has_value());
}

// Ores and intermediates the news names as commodities.
TEST(ExtractRules, OresAndIntermediatesAreMinerals) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The venture ships mixed sulphides to Canada and pours doré at the mine; "
      "Japan surveyed manganese nodules and laterite ore.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "mixed sulphides"), EntityType::kMineral);
  EXPECT_EQ(TypeOf(d, "doré"), EntityType::kMineral);
  EXPECT_EQ(TypeOf(d, "manganese nodules"), EntityType::kMineral);
  EXPECT_EQ(TypeOf(d, "laterite ore"), EntityType::kMineral);
}

// Markets and parliaments named bare.
TEST(ExtractRules, AimAndParliamentAreNamed) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The miner is listed on London's AIM market, and Parliament passed the bill.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "AIM"), EntityType::kOrganization);
  EXPECT_EQ(TypeOf(d, "Parliament"), EntityType::kAgency);
}

// Brussels stands for the European Union, not for Belgium.
TEST(ExtractRules, BrusselsIsNoBelgium) {
  ArticleDoc d = ExtractArticle("Brussels wants more mines in Europe.", ExtractOptions{});
  for (const DocEntity& e : d.entities) EXPECT_NE(e.name, "Belgium");
}

TEST(ExtractRules, ProjectNameWithoutItsTriggerIsTheProject) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The venture owns the Cerro del Sol deposit in Argentina. "
      "Cerro del Sol runs across the border into Chile.",
      ExtractOptions{});
  int projects = 0;
  for (const DocEntity& e : d.entities) {
    if (e.type != EntityType::kProject) continue;
    ++projects;
    // The bare form names the site; the described form is an alias.
    EXPECT_EQ(e.name, "Cerro del Sol");
    EXPECT_NE(std::find(e.aliases.begin(), e.aliases.end(), "Cerro del Sol deposit"),
              e.aliases.end());
  }
  EXPECT_EQ(projects, 1);
}

// "the Cerro Los Gatos underground mine" and "Cerro Los Gatos" are one site
// named "Cerro Los Gatos"; a smelter or plant keeps its town's name with the
// noun, and so does a site whose bare name is a town or another entity's.
TEST(ExtractRules, SiteIsNamedWithoutItsDescription) {
  auto name_of = [](const ArticleDoc& d, std::string_view alias) -> std::string {
    for (const DocEntity& e : d.entities)
      if (e.type == EntityType::kProject &&
          (e.name == alias ||
           std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end()))
        return e.name;
    return "";
  };
  ArticleDoc d = ExtractArticle(
      "Prices rose. The venture owns the Cerro Los Gatos underground mine in Chihuahua. "
      "Cerro Los Gatos produces silver.",
      ExtractOptions{});
  EXPECT_EQ(name_of(d, "Cerro Los Gatos"), "Cerro Los Gatos");
  d = ExtractArticle(
      "Prices rose. Hecla runs the Keno Hill operation in the Yukon.", ExtractOptions{});
  EXPECT_EQ(name_of(d, "Keno Hill operation"), "Keno Hill");
  d = ExtractArticle(
      "Prices rose. Nyrstar runs the Clarksville zinc smelter. Clarksville employs 300 people.",
      ExtractOptions{});
  EXPECT_NE(name_of(d, "Clarksville zinc smelter"), "Clarksville");
  d = ExtractArticle(
      "Prices rose. Lynas will build a plant in Seadrift. The Seadrift project will "
      "separate heavy rare earths.",
      ExtractOptions{});
  EXPECT_EQ(name_of(d, "Seadrift project"), "Seadrift project");
  d = ExtractArticle(
      "Prices rose. Blue Moon Metals owns the Blue Moon zinc project in California. "
      "Blue Moon said drilling would start.",
      ExtractOptions{});
  EXPECT_EQ(name_of(d, "Blue Moon zinc project"), "Blue Moon zinc project");
}

TEST(ExtractRules, NationalUnitsAndTranslatedPlaceNames) {
  ArticleDoc d = ExtractArticle(
      "Prices rose. The plant belongs to the project Sal de Oro of the "
      "subsidiary POSCO Argentina, in the locality of General Guemes.",
      ExtractOptions{});
  EXPECT_EQ(TypeOf(d, "Sal de Oro"), EntityType::kProject);
  EXPECT_EQ(TypeOf(d, "POSCO Argentina"), EntityType::kCompany);
  EXPECT_EQ(TypeOf(d, "General Guemes"), EntityType::kRegion);
  EXPECT_EQ(TypeOf(d, "Guemes"), std::nullopt);
}

TEST(ExtractRules, PluralNamesTheCommodity) {
  ArticleDoc d = ExtractArticle(
      "Lynas mines rare earth ore. Demand for rare earths rose.",
      ExtractOptions{});
  bool found = false;
  for (const DocEntity& e : d.entities) {
    if (e.type == EntityType::kMineral && e.name.starts_with("rare earth")) {
      EXPECT_EQ(e.name, "rare earths");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace kg
