#pragma once

#include <ostream>
#include <vector>

#include "graph/store.h"
#include "query/query.h"

namespace kg {

/// How query answers are printed: a readable table for people, JSON or
/// tab-separated values for scripts.
enum class OutputFormat { kTable, kJson, kTsv };

void PrintCard(std::ostream& out, const EntityCard& card, OutputFormat format);
void PrintNeighbors(std::ostream& out, const Entity& start,
                    const std::vector<NeighborRow>& rows, OutputFormat format);
void PrintPaths(std::ostream& out, const std::vector<PathView>& paths,
                OutputFormat format);
void PrintStats(std::ostream& out, const StoreStats& stats,
                OutputFormat format);

/// design.md's graph JSON of sub, keys in a fixed order, pretty-printed.
void WriteGraphJson(std::ostream& out, const Subgraph& sub);
/// GraphViz DOT of sub (see graph/dot.h).
void WriteGraphDot(std::ostream& out, const Subgraph& sub,
                   const std::string& title);

}  // namespace kg
