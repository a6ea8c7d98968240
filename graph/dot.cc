#include "graph/dot.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <sstream>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "graph/normalize.h"

namespace kg {
namespace {

// True when Boost's escape_dot_string would write s bare: an ID of
// letters, digits and '_' not starting with a digit, or a numeral
// ("-"? ("." digits* | digits+ ("." digits*)?)). Kept so that the output is
// the one write_graphviz_dp wrote before (tests and users diff it).
bool BareId(std::string_view s) {
  auto alpha = [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
  };
  auto digit = [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  };
  if (s.empty()) return false;
  if (alpha(s[0]) || s[0] == '_')
    return std::all_of(s.begin(), s.end(),
                       [&](char c) { return alpha(c) || digit(c) || c == '_'; });
  std::size_t i = s[0] == '-' ? 1 : 0;
  if (i < s.size() && s[i] == '.') {
    ++i;
  } else {
    std::size_t d = i;
    while (i < s.size() && digit(s[i])) ++i;
    if (i == d) return false;
    if (i < s.size() && s[i] == '.') ++i;
  }
  while (i < s.size() && digit(s[i])) ++i;
  return i == s.size();
}

// Appends s as a DOT ID: bare when it may be, else quoted with its quotes
// escaped (DotText has already made the rest safe).
void AppendId(std::string& out, std::string_view s) {
  if (BareId(s)) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '\\';
    out += c;
  }
  out += '"';
}

// Appends ` [k1=v1, k2=v2]` (keys in the order given: alphabetical, as
// Boost's dynamic_properties writer wrote them).
void AppendAttributes(
    std::string& out,
    std::initializer_list<std::pair<std::string_view, std::string_view>> kv) {
  bool first = true;
  for (const auto& [k, v] : kv) {
    out += first ? " [" : ", ";
    first = false;
    out += k;
    out += '=';
    AppendId(out, v);
  }
  out += ']';
}

constexpr std::array<TypeStyle, kEntityTypeCount> kStyles = {{
    {"box", "#9ecae1"},          // Ministry
    {"box", "#c6dbef"},          // Agency
    {"ellipse", "#fdd0a2"},      // Company
    {"hexagon", "#c7e9c0"},      // Project
    {"diamond", "#fff7bc"},      // Mineral
    {"oval", "#f2f0f7"},         // Person
    {"doubleoctagon", "#fcbba1"},  // Country
    {"octagon", "#fee0d2"},      // Region
    {"component", "#d9d9d9"},    // Organization
}};

// Makes text safe inside a quoted DOT string once AppendId has escaped
// its quotes: backslashes doubled (AppendId leaves them, so a trailing one
// would swallow the closing quote), line breaks as "\n", other control
// characters dropped, invalid UTF-8 replaced. A label that is a DOT keyword
// gets a trailing space, since AppendId would write it bare.
std::string DotText(std::string_view raw) {
  std::string out;
  std::size_t begin = 0;
  while (begin <= raw.size()) {
    std::size_t nl = raw.find('\n', begin);
    if (nl == std::string_view::npos) nl = raw.size();
    if (begin > 0) out += "\\n";
    for (char c : CleanName(raw.substr(begin, nl - begin))) {
      if (c == '\\') out += '\\';
      out += c;
    }
    begin = nl + 1;
  }
  std::string lower;
  for (char c : out)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::array<std::string_view, 6> kKeywords = {
      "node", "edge", "graph", "digraph", "subgraph", "strict"};
  if (std::find(kKeywords.begin(), kKeywords.end(), lower) != kKeywords.end())
    out += ' ';
  return out;
}

}  // namespace

TypeStyle StyleOf(EntityType type) {
  return kStyles[static_cast<std::size_t>(type)];
}

void WriteDot(std::ostream& out, std::vector<Entity> entities,
              std::vector<Relation> relations, const DotOptions& options) {
  std::sort(entities.begin(), entities.end(),
            [](const Entity& a, const Entity& b) { return a.id < b.id; });
  // Edges grouped by subject in node order, each group in relation-id order
  // (the order write_graphviz_dp gave, walking out-edges node by node).
  std::sort(relations.begin(), relations.end(),
            [](const Relation& a, const Relation& b) {
              return std::tie(a.subject, a.id) < std::tie(b.subject, b.id);
            });
  std::unordered_set<EntityId> drawn;
  bool present[kEntityTypeCount] = {};
  for (const Entity& e : entities) {
    drawn.insert(e.id);
    present[static_cast<int>(e.type)] = true;
  }
  std::string text = "digraph G {\n";
  if (!options.title.empty()) {
    text += "label=";
    AppendId(text, DotText(options.title));
    text += ";\n";
  }
  if (!options.clusters.empty()) {
    // dot's default ranking fails on clusters that edges cross ("trouble
    // in init_rank"); newrank ranks the whole graph at once.
    text += "newrank=true;\n";
  }
  text += "rankdir=LR;\n";
  for (const Entity& e : entities) {
    TypeStyle st = StyleOf(e.type);
    text += 'n';
    text += std::to_string(e.id);
    AppendAttributes(
        text, {{"fillcolor", st.fill},
               {"label", DotText(e.name)},
               {"shape", st.shape},
               {"style", "filled"},
               {"tooltip",
                DotText(std::string(EntityTypeName(e.type)) + ": " + e.name)}});
    text += ";\n";
  }
  std::vector<std::string> legend;  // legend node ids, in column order
  if (options.legend) {
    // One node per type drawn, chained by invisible edges into a column.
    text += "legend [fillcolor=white, label=Legend, shape=plaintext, "
            "style=solid, tooltip=Legend];\n";
    legend.push_back("legend");
    for (EntityType t : AllEntityTypes()) {
      if (!present[static_cast<int>(t)]) continue;
      TypeStyle st = StyleOf(t);
      std::string name(EntityTypeName(t));
      legend.push_back("legend_");
      legend.back() += name;
      text += legend.back();
      AppendAttributes(text, {{"fillcolor", st.fill},
                              {"label", name},
                              {"shape", st.shape},
                              {"style", "filled,dashed"},
                              {"tooltip", name}});
      text += ";\n";
    }
  }
  for (const Relation& r : relations) {
    if (!drawn.count(r.subject) || !drawn.count(r.object)) continue;
    std::string label = r.relation;
    if (!r.qualifiers.date.empty()) label += " (" + r.qualifiers.date + ")";
    if (r.sources > 1) label += " ×" + std::to_string(r.sources);
    text += 'n';
    text += std::to_string(r.subject);
    text += "->n";
    text += std::to_string(r.object);
    text += ' ';
    AppendAttributes(text, {{"color", "#555555"},
                            {"label", DotText(label)},
                            {"style", "solid"}});
    text += ";\n";
  }
  for (std::size_t i = 1; i < legend.size(); ++i) {
    text += legend[i - 1];
    text += "->";
    text += legend[i];
    text += "  [color=white, label=\"\", style=invis];\n";
  }
  // Clusters list node ids ("n<id>", safe by construction) under a label
  // that goes through DotText and quote escaping; GraphViz puts a node in
  // every subgraph that names it, even after its declaration.
  std::unordered_set<EntityId> taken;
  std::size_t n = 0;
  for (const DotCluster& c : options.clusters) {
    std::string ids;
    for (EntityId id : c.members) {
      if (!drawn.count(id) || !taken.insert(id).second) continue;
      ids += 'n';
      ids += std::to_string(id);
      ids += ";\n";
    }
    if (ids.empty()) continue;
    text += "subgraph cluster_";
    text += std::to_string(n++);
    text += " {\nlabel=\"";
    for (char ch : DotText(c.label)) {
      if (ch == '"') text += '\\';
      text += ch;
    }
    text += "\";\nstyle=\"rounded,dashed\";\ncolor=\"#888888\";\n";
    text += ids;
    text += "}\n";
  }
  text += "}\n";
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace kg
