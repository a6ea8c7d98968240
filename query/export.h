#pragma once
// The export formats of `kg export` beyond graph JSON: DOT with clusters,
// GraphML, Neo4j bulk-import CSV and RDF N-Quads, plus the --max-nodes
// guard and rendering through GraphViz. Every writer orders its output by
// entity and relation id (articles by id), so the same store gives
// byte-identical files.

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/dot.h"
#include "graph/status.h"
#include "graph/store.h"
#include "query/query.h"

namespace kg {

/// What LimitNodes kept and what it left out.
struct Trimmed {
  Subgraph sub;                 ///< At most max_nodes entities.
  std::vector<Entity> left_out; ///< Best connected first.
  std::size_t relations_dropped = 0;
};

/// Keeps the max_nodes entities of sub with the most relations inside sub
/// (ties: lower id), always keeping focus, and the relations among them.
/// max_nodes == 0 keeps everything.
Trimmed LimitNodes(Subgraph sub, std::size_t max_nodes,
                   std::optional<EntityId> focus);

/// One cluster per country: every entity of sub that is a Country, or that
/// reaches one within 3 hops of located_in / based_in / part_of (the
/// nearest; ties by country name), grouped under that country's name.
/// Clusters with fewer than two members of sub are left out. Ordered by
/// country name.
std::vector<DotCluster> CountryClusters(const Store& store, const Subgraph& sub);

/// GraphViz DOT of sub: styled by type with a legend, edge labels with
/// relation, year and source count, optional clusters.
void WriteExportDot(std::ostream& out, const Subgraph& sub,
                    const std::string& title,
                    const std::vector<DotCluster>& clusters);

/// GraphML for Gephi, Cytoscape, yEd and NetworkX. Node attributes (typed
/// with <key attr.type>): label, name, type, aliases (a JSON array as
/// text), first_seen, last_seen (strings), articles (int). Edge attributes:
/// label and relation, date, amount, unit, percent, status (strings),
/// sources and evidence (int), articles (a JSON array as text). Text is
/// XML-escaped; line breaks and tabs are written as character references
/// so they survive attribute normalisation; other control characters,
/// which XML 1.0 cannot carry, are dropped.
void WriteGraphMl(std::ostream& out, const Subgraph& sub);

/// Neo4j's bulk-import layout (neo4j-admin database import), RFC 4180
/// quoting (fields with a comma, quote, CR or LF are quoted, quotes
/// doubled; import with --multiline-fields=true when names hold line
/// breaks). Arrays use Neo4j's default ';' delimiter.
/// nodes.csv: `:ID,name,:LABEL,aliases:string[],first_seen,last_seen`.
void WriteNeo4jNodes(std::ostream& out, const Subgraph& sub);
/// relationships.csv: `:START_ID,:END_ID,:TYPE,date,amount,unit,percent,
/// status,sources:int,articles:string[]`.
void WriteNeo4jRelationships(std::ostream& out, const Subgraph& sub);

/// RDF N-Quads. Entities are <urn:kg:entity:ID> with rdf:type
/// <urn:kg:type:TYPE>, rdfs:label and skos:altLabel (default graph);
/// articles are <urn:kg:article:ID> with dcterms title, issued and source
/// (default graph); every fact is one quad per article stating it, in that
/// article's named graph: <S> <urn:kg:relation:NAME> <O> <urn:kg:article:ID>.
void WriteNQuads(std::ostream& out, const Subgraph& sub);

/// Runs GraphViz `dot -T<format>` on dot_text, writing to output_path, or
/// to out when output_path is empty. InvalidInput naming the Debian package
/// graphviz when `dot` is not on PATH; IoError when dot fails.
Status RenderWithGraphviz(std::string_view dot_text, const std::string& format,
                          const std::string& output_path, std::ostream& out);

}  // namespace kg
