#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg {

/// A group of entities drawn inside one box (a GraphViz cluster).
struct DotCluster {
  std::string label;              ///< Shown on the box, e.g. a country name.
  std::vector<EntityId> members;  ///< Entities drawn inside; absent ones skipped.
};

struct DotOptions {
  std::string title;    ///< Graph label shown on top; "" for none.
  bool legend = true;   ///< Add a legend of the entity types drawn.
  /// Boxes around groups of entities; an entity belongs to at most one
  /// (later clusters lose it). Empty by default: no boxes.
  std::vector<DotCluster> clusters;
};

/// Writes a GraphViz digraph of entities and the relations among them, in
/// the layout Boost's write_graphviz_dp writes (kg wrote it with Boost
/// until its regex-based quoting cost a third of a 500-node export; see
/// bench/README.md): node shape and colour by entity type, edge
/// label = relation (and year when stated), nodes in id order and edges by
/// subject, then id, so the same input gives byte-identical output. Every name is
/// escaped so that `dot` accepts it whatever characters it holds.
/// Relations whose ends are not among entities are skipped.
void WriteDot(std::ostream& out, std::vector<Entity> entities,
              std::vector<Relation> relations, const DotOptions& options);

/// The fill colour and shape WriteDot uses for a type, e.g. {"box", "#..."}.
struct TypeStyle {
  const char* shape;
  const char* fill;
};
TypeStyle StyleOf(EntityType type);

}  // namespace kg
