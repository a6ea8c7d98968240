#include "graph/model.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

namespace kg {
namespace {

constexpr std::array<EntityType, kEntityTypeCount> kTypes = {
    EntityType::kMinistry, EntityType::kAgency,  EntityType::kCompany,
    EntityType::kProject,  EntityType::kMineral, EntityType::kPerson,
    EntityType::kCountry,  EntityType::kRegion,  EntityType::kOrganization,
};

constexpr std::array<std::string_view, kEntityTypeCount> kTypeNames = {
    "Ministry", "Agency",  "Company", "Project",     "Mineral",
    "Person",   "Country", "Region",  "Organization",
};

constexpr std::uint16_t Bit(EntityType t) {
  return static_cast<std::uint16_t>(1u << static_cast<unsigned>(t));
}

constexpr std::uint16_t kMinistry = Bit(EntityType::kMinistry);
constexpr std::uint16_t kAgency = Bit(EntityType::kAgency);
constexpr std::uint16_t kCompany = Bit(EntityType::kCompany);
constexpr std::uint16_t kProject = Bit(EntityType::kProject);
constexpr std::uint16_t kMineral = Bit(EntityType::kMineral);
constexpr std::uint16_t kPerson = Bit(EntityType::kPerson);
constexpr std::uint16_t kCountry = Bit(EntityType::kCountry);
constexpr std::uint16_t kRegion = Bit(EntityType::kRegion);
constexpr std::uint16_t kOrg = Bit(EntityType::kOrganization);
// "any organisation" of design.md.
constexpr std::uint16_t kAnyOrg = kMinistry | kAgency | kCompany | kOrg;
constexpr std::uint16_t kPlace = kCountry | kRegion;

// design.md's table, in its order.
constexpr std::array<RelationSpec, 34> kVocabulary = {{
    {"head_of", "president, CEO, chairman, director, chief, leader", kPerson,
     kAnyOrg | kPlace | kProject},
    {"minister_of", "minister, secretary of a department", kPerson,
     kMinistry | kCountry},
    {"works_for", "analyst, official, expert, spokesperson, employee", kPerson,
     kAnyOrg},
    {"subsidiary_of", "unit, subsidiary; parent written from the child",
     kCompany | kOrg, kCompany | kOrg},
    {"owns_stake_in", "stakes, ownership, control (percent qualifier)",
     kCompany | kCountry | kPerson | kAgency | kOrg | kMinistry,
     kCompany | kProject},
    {"acquires", "takeover, purchase of a stake or asset", kCompany | kOrg,
     kCompany | kProject},
    {"sells", "sale of a stake or asset", kCompany | kOrg, kCompany | kProject},
    {"invests_in", "investment (amount qualifier)",
     kCompany | kCountry | kAgency | kMinistry | kOrg,
     kProject | kCompany | kCountry},
    {"partners_with", "partnership, joint venture, MoU, agreement, talks",
     kAnyOrg | kCountry, kAnyOrg | kCountry, true},
    {"supplies", "supply and offtake agreements, deliveries",
     kCompany | kCountry, kCompany | kCountry},
    {"won_bid_for", "tenders, licences", kCompany | kOrg, kProject},
    {"withdrew_from", "exits from projects", kCompany | kOrg, kProject},
    {"operates", "running a mine, plant, deposit", kCompany | kOrg, kProject},
    {"develops", "building or developing a mine, plant, deposit",
     kCompany | kOrg, kProject},
    {"active_in", "operating in, facilities in", kAnyOrg, kPlace},
    {"located_in", "where a project or place is", kProject | kRegion, kPlace},
    {"based_in", "headquarters, home country", kAnyOrg | kPerson, kPlace},
    {"part_of", "structure: agency of a ministry, region of a country",
     kAgency | kRegion | kAnyOrg, kMinistry | kAgency | kPlace | kAnyOrg},
    {"produces", "mines, extracts, refines, makes",
     kCompany | kProject | kCountry | kRegion, kMineral},
    {"has_reserves_of", "deposits, reserves, resources",
     kProject | kCountry | kRegion, kMineral},
    {"exports", "trade in a commodity (partner country as qualifier)",
     kCountry | kCompany, kMineral},
    {"imports", "trade in a commodity (partner country as qualifier)",
     kCountry | kCompany, kMineral},
    {"includes", "a group and its members", kMineral, kMineral},
    {"derived_from", "by-products, intermediates", kMineral, kMineral},
    {"targets_production_of", "production goals (amount, year)",
     kCountry | kMinistry | kCompany, kMineral},
    {"restricts_exports_of", "export controls, bans, halts, quotas",
     kCountry | kMinistry | kAgency, kMineral},
    {"supports", "subsidies, loans, state support",
     kAgency | kMinistry | kCountry, kProject | kCompany},
    {"approves", "regulatory approval of deals and projects",
     kAgency | kMinistry | kPerson | kCountry, kCompany | kProject},
    {"blocks", "regulatory block of deals and projects",
     kAgency | kMinistry | kPerson | kCountry, kCompany | kProject},
    {"estimated", "an estimate of reserves or output (amount qualifier)",
     kAgency | kOrg | kMinistry, kCountry | kRegion | kProject},
    {"sanctions", "sanctions", kCountry | kAgency | kMinistry,
     kCountry | kCompany | kPerson},
    {"lobbied", "pressure, lobbying", kCountry | kAnyOrg | kPerson,
     kAnyOrg | kPerson},
    {"visited", "official visits", kPerson, kPlace},
    {"", "", 0, 0},  // sentinel, never returned
}};

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  return kTypeNames[static_cast<std::size_t>(type)];
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (std::size_t i = 0; i < kTypeNames.size(); ++i) {
    if (EqualsIgnoreAsciiCase(kTypeNames[i], name)) return kTypes[i];
  }
  return std::nullopt;
}

std::span<const EntityType> AllEntityTypes() { return kTypes; }

std::span<const RelationSpec> RelationVocabulary() {
  return std::span<const RelationSpec>(kVocabulary.data(),
                                       kVocabulary.size() - 1);
}

const RelationSpec* FindRelation(std::string_view name) {
  for (const RelationSpec& spec : RelationVocabulary()) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

bool RelationFits(const RelationSpec& spec, EntityType subject,
                  EntityType object) {
  if ((spec.subject_types & Bit(subject)) && (spec.object_types & Bit(object)))
    return true;
  return spec.symmetric && (spec.subject_types & Bit(object)) &&
         (spec.object_types & Bit(subject));
}

std::string GraphTables::Evidence(std::size_t i) const {
  const TableFact& f = facts[i];
  return fmt::format("{} line {}: {}", file, f.line,
                     std::string_view(raw).substr(f.begin, sizes[i]));
}

ArticleDoc GraphTables::ToArticle() const {
  ArticleDoc a = article;
  a.relations.reserve(facts.size());
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const TableFact& f = facts[i];
    DocRelation d;
    d.subject = f.subject;
    d.object = f.object;
    d.relation = std::string(f.relation->name);
    d.qualifiers = qualifiers[f.qualifiers];
    d.evidence = Evidence(i);
    d.rule = "import";
    a.relations.push_back(std::move(d));
  }
  return a;
}

}  // namespace kg
