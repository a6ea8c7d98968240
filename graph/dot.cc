#include "graph/dot.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>

#include "graph/normalize.h"

namespace kg {
namespace {

struct DotVertex {
  std::string node_id;
  std::string label;
  std::string shape;
  std::string fillcolor;
  std::string style;
  std::string tooltip;
};

struct DotEdge {
  std::string label;
  std::string style;
  std::string color;
};

struct DotGraph {
  std::string label;
  std::string rankdir = "LR";
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS,
                                    boost::directedS, DotVertex, DotEdge,
                                    DotGraph>;

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

// Makes text safe inside a quoted DOT string once write_graphviz_dp has
// escaped its quotes: backslashes doubled (Boost 1.74 leaves them, so a
// trailing one would swallow the closing quote), line breaks as "\n",
// other control characters dropped, invalid UTF-8 replaced. A label that
// is a DOT keyword gets a trailing space, since Boost would write it bare.
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
  std::sort(relations.begin(), relations.end(),
            [](const Relation& a, const Relation& b) { return a.id < b.id; });
  Graph g;
  g[boost::graph_bundle].label = DotText(options.title);
  std::unordered_map<EntityId, Graph::vertex_descriptor> index;
  bool present[kEntityTypeCount] = {};
  for (const Entity& e : entities) {
    TypeStyle st = StyleOf(e.type);
    present[static_cast<int>(e.type)] = true;
    auto v = boost::add_vertex(
        DotVertex{"n" + std::to_string(e.id), DotText(e.name), st.shape,
                  st.fill, "filled",
                  DotText(std::string(EntityTypeName(e.type)) + ": " + e.name)},
        g);
    index.emplace(e.id, v);
  }
  for (const Relation& r : relations) {
    auto s = index.find(r.subject);
    auto o = index.find(r.object);
    if (s == index.end() || o == index.end()) continue;
    std::string label = r.relation;
    if (!r.qualifiers.date.empty()) label += " (" + r.qualifiers.date + ")";
    if (r.sources > 1) label += " ×" + std::to_string(r.sources);
    boost::add_edge(s->second, o->second, DotEdge{DotText(label), "solid", "#555555"},
                    g);
  }
  if (options.legend) {
    // One node per type drawn, chained by invisible edges into a column.
    Graph::vertex_descriptor title = boost::add_vertex(
        DotVertex{"legend", "Legend", "plaintext", "white", "solid", "Legend"}, g);
    Graph::vertex_descriptor prev = title;
    for (EntityType t : AllEntityTypes()) {
      if (!present[static_cast<int>(t)]) continue;
      TypeStyle st = StyleOf(t);
      auto v = boost::add_vertex(
          DotVertex{"legend_" + std::string(EntityTypeName(t)),
                    std::string(EntityTypeName(t)), st.shape, st.fill,
                    "filled,dashed", std::string(EntityTypeName(t))},
          g);
      boost::add_edge(prev, v, DotEdge{"", "invis", "white"}, g);
      prev = v;
    }
  }
  boost::dynamic_properties dp;
  dp.property("node_id", boost::get(&DotVertex::node_id, g));
  dp.property("label", boost::get(&DotVertex::label, g));
  dp.property("shape", boost::get(&DotVertex::shape, g));
  dp.property("fillcolor", boost::get(&DotVertex::fillcolor, g));
  dp.property("style", boost::get(&DotVertex::style, g));
  dp.property("tooltip", boost::get(&DotVertex::tooltip, g));
  dp.property("label", boost::get(&DotEdge::label, g));
  dp.property("style", boost::get(&DotEdge::style, g));
  dp.property("color", boost::get(&DotEdge::color, g));
  dp.property("rankdir", boost::ref_property_map<Graph*, std::string>(
                             g[boost::graph_bundle].rankdir));
  if (!options.title.empty())
    dp.property("label", boost::ref_property_map<Graph*, std::string>(
                             g[boost::graph_bundle].label));
  if (options.clusters.empty()) {
    boost::write_graphviz_dp(out, g, dp, "node_id");
    return;
  }
  // write_graphviz_dp cannot emit subgraphs, and Boost's subgraph<> writer
  // needs property<> chains and writes labels unescaped. GraphViz puts a
  // node in every subgraph that names it, even after its declaration, so
  // the graph is written by write_graphviz_dp as usual (all escaping stays
  // Boost's plus DotText) and each cluster is appended as a subgraph that
  // only lists node ids ("n<id>", safe by construction) under a label that
  // goes through DotText and quote escaping.
  // dot's default ranking fails on clusters that edges cross ("trouble in
  // init_rank"); newrank ranks the whole graph at once and handles them.
  std::string newrank = "true";
  dp.property("newrank", boost::ref_property_map<Graph*, std::string>(newrank));
  std::ostringstream body;
  boost::write_graphviz_dp(body, g, dp, "node_id");
  std::string text = body.str();
  std::size_t close = text.rfind('}');
  out << text.substr(0, close);
  std::unordered_map<EntityId, bool> taken;
  std::size_t n = 0;
  for (const DotCluster& c : options.clusters) {
    std::string ids;
    for (EntityId id : c.members) {
      if (!index.count(id) || taken[id]) continue;
      taken[id] = true;
      ids += "n" + std::to_string(id) + ";\n";
    }
    if (ids.empty()) continue;
    std::string label;
    for (char ch : DotText(c.label)) {
      if (ch == '"') label += '\\';
      label += ch;
    }
    out << "subgraph cluster_" << n++ << " {\nlabel=\"" << label
        << "\";\nstyle=\"rounded,dashed\";\ncolor=\"#888888\";\n" << ids
        << "}\n";
  }
  out << text.substr(close);
}

}  // namespace kg
