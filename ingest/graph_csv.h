#pragma once
// Reading a graph held in two CSV tables (`kg import`).

#include <string>

#include "graph/model.h"
#include "graph/status.h"

namespace kg {

/// Reads NODES and RELATIONSHIPS CSV files (RFC 4180: quoted fields may hold
/// commas, doubled quotes and line breaks) in either layout:
///  - Neo4j bulk import, as `kg export --format csv` writes it: a node
///    header with `:ID` (or `name:ID`, `:ID(group)`), `:LABEL` and
///    `name`, optional `aliases:string[]` (';'-separated); a relationship
///    header with `:START_ID`, `:END_ID`, `:TYPE` and optional `date`,
///    `amount`, `unit`, `percent`, `status`. Other columns are ignored.
///  - plain (../shared/peers/graph/gen_graph.py): `id,name,type` and
///    `src_id,dst_id,relation`, columns in any order.
/// Types are kg's entity types (any case; the generator's "Facility" is a
/// Project). Relation names are kg's vocabulary in any case, or one of the
/// generator's twenty (OWNS → owns_stake_in, EMPLOYS → works_for reversed,
/// …; see kPeerRelations in graph_csv.cc); the original line is kept as the
/// evidence sentence, so nothing is lost.
///
/// The result is one synthetic article, id "import:" + the canonical path
/// of the relationships file, finalized (content_hash: FNV-1a over the two
/// files' bytes and the id, not over the serialised article, which costs
/// more than the parse on a million facts), and its facts in compact form,
/// each sourced to its file and line ("r.csv line 7: x,y,OWNS"): ready for
/// Store::ImportTables, so an import is one transaction and importing the
/// same files again changes nothing. On error: InvalidInput "file:line:
/// message" (the line where the bad record starts), and nothing is returned.
Result<GraphTables> ReadGraphTables(const std::string& nodes_path,
                                    const std::string& relationships_path);

/// ReadGraphTables as one article with a DocRelation per fact (what
/// AddArticle takes; GraphTables::ToArticle).
Result<ArticleDoc> ReadGraphCsv(const std::string& nodes_path,
                                const std::string& relationships_path);

}  // namespace kg
