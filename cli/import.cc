// kg import NODES.csv RELATIONSHIPS.csv: bulk import of a graph held in
// tables (Neo4j's bulk-import layout or the plain id,name,type layout).
#include <fmt/ostream.h>

#include "cli/cli.h"
#include "ingest/graph_csv.h"

namespace kg::cli {

struct ImportOptions {
  std::string nodes;
  std::string relationships;
};

int RunImport(const ImportOptions& opt, Context& ctx) {
  Result<GraphTables> doc = ReadGraphTables(opt.nodes, opt.relationships);
  if (!doc) {
    fmt::print(ctx.err, "kg: {}\n", doc.error().message());
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStore(ctx, true);
  if (!store) return kExitUsage;
  AddResult r = store->ImportTables(*doc);  // one transaction
  const char* what = r.outcome == AddOutcome::kUnchanged ? "unchanged"
                     : r.outcome == AddOutcome::kReplaced ? "replaced"
                                                          : "imported";
  fmt::print(ctx.out,
             "{}: {} entities ({} new), {} relations ({} new) as article {}\n",
             what, doc->article.entities.size(), r.new_entities, doc->facts.size(),
             r.new_relations, doc->article.id);
  return kExitOk;
}

void RegisterImport(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<ImportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Bulk import of a graph held in two CSV tables: Neo4j's bulk-import "
      "layout (what `kg export --format csv` writes) or id,name,type / "
      "src_id,dst_id,relation; one transaction, every fact sourced to its "
      "file and line");
  cmd->add_option("nodes", opt->nodes, "NODES.csv")->required();
  cmd->add_option("relationships", opt->relationships, "RELATIONSHIPS.csv")->required();
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunImport(*opt, c); }; });
}

}  // namespace kg::cli
