// kg export: the graph or a focus neighbourhood as DOT, SVG/PNG/PDF (through
// GraphViz), graph JSON, GraphML, Neo4j CSV or RDF N-Quads.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/ostream.h>

#include "cli/cli.h"
#include "query/export.h"
#include "query/format.h"
#include "query/query.h"

namespace kg::cli {

struct ExportOptions {
  std::string format = "dot";
  std::string focus;
  int depth = 1;
  std::string output;   ///< "" = standard output; a folder for csv.
  std::string cluster;  ///< "" = none; "country" boxes entities by country.
  std::size_t max_nodes = 0;  ///< 0 = no limit.
  RelationFilter filter;
};

namespace {

// Opens path for writing; prints the error and returns false on failure.
bool OpenOut(Context& ctx, const std::string& path, std::ofstream& file) {
  file.open(path, std::ios::binary | std::ios::trunc);
  if (!file) fmt::print(ctx.err, "kg: cannot write {}\n", path);
  return static_cast<bool>(file);
}

int Finish(Context& ctx, std::ostream& out, const std::string& name) {
  out.flush();
  if (!out) {
    fmt::print(ctx.err, "kg: writing {} failed\n", name);
    return kExitUsage;
  }
  return kExitOk;
}

int WriteCsv(Context& ctx, const Subgraph& sub, const std::string& dir) {
  if (dir.empty()) {
    fmt::print(ctx.err,
               "kg: --format csv writes two files; give a folder with -o DIR\n");
    return kExitUsage;
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string nodes = (std::filesystem::path(dir) / "nodes.csv").string();
  std::string rels = (std::filesystem::path(dir) / "relationships.csv").string();
  std::ofstream n, r;
  if (!OpenOut(ctx, nodes, n) || !OpenOut(ctx, rels, r)) return kExitUsage;
  WriteNeo4jNodes(n, sub);
  WriteNeo4jRelationships(r, sub);
  if (int rc = Finish(ctx, n, nodes); rc != kExitOk) return rc;
  return Finish(ctx, r, rels);
}

}  // namespace

int RunExport(const ExportOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, false);
  if (!store) return kExitUsage;
  std::optional<EntityId> focus;
  std::string title;
  if (!opt.focus.empty()) {
    std::optional<Resolved> who = Lookup(ctx, *store, opt.focus);
    if (!who) return kExitNoResult;
    focus = who->entity.id;
    title = fmt::format("{} and its neighbourhood ({} hop{})", who->entity.name,
                        opt.depth, opt.depth == 1 ? "" : "s");
  }
  Trimmed t = LimitNodes(SelectSubgraph(*store, focus, opt.depth, opt.filter),
                         opt.max_nodes, focus);
  if (!t.left_out.empty()) {
    std::string names;
    for (std::size_t i = 0; i < t.left_out.size() && i < 20; ++i)
      names += (i ? ", " : "") + t.left_out[i].name;
    if (t.left_out.size() > 20)
      names += fmt::format(", … ({} more)", t.left_out.size() - 20);
    fmt::print(ctx.err,
               "kg: --max-nodes {} kept the {} best-connected entities and "
               "left out {} (with {} relation{}): {}\n",
               opt.max_nodes, t.sub.entities.size(), t.left_out.size(),
               t.relations_dropped, t.relations_dropped == 1 ? "" : "s", names);
  }
  const Subgraph& sub = t.sub;
  if (opt.format == "csv") return WriteCsv(ctx, sub, opt.output);

  bool rendered = opt.format == "svg" || opt.format == "png" || opt.format == "pdf";
  if (rendered || opt.format == "dot") {
    std::vector<DotCluster> clusters;
    if (opt.cluster == "country") clusters = CountryClusters(*store, sub);
    std::ostringstream dot;
    WriteExportDot(dot, sub, title, clusters);
    if (rendered) {
      Status s = RenderWithGraphviz(dot.str(), opt.format, opt.output, ctx.out);
      if (!s.ok()) {
        fmt::print(ctx.err, "kg: {}\n", s.message());
        return kExitUsage;
      }
      return kExitOk;
    }
    std::ofstream file;
    if (!opt.output.empty() && !OpenOut(ctx, opt.output, file)) return kExitUsage;
    std::ostream& out = opt.output.empty() ? ctx.out : file;
    out << dot.str();
    return Finish(ctx, out, opt.output.empty() ? "standard output" : opt.output);
  }

  std::ofstream file;
  if (!opt.output.empty() && !OpenOut(ctx, opt.output, file)) return kExitUsage;
  std::ostream& out = opt.output.empty() ? ctx.out : file;
  if (opt.format == "json") {
    WriteGraphJson(out, sub);
  } else if (opt.format == "graphml") {
    WriteGraphMl(out, sub);
  } else {
    WriteNQuads(out, sub);
  }
  return Finish(ctx, out, opt.output.empty() ? "standard output" : opt.output);
}

void RegisterExport(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write the graph (or a focus neighbourhood) as DOT, SVG/PNG/PDF, graph "
      "JSON, GraphML, Neo4j CSV or RDF N-Quads");
  cmd->add_option("--format,-f", opt->format,
                  "dot (default), svg, png, pdf (run GraphViz), json, graphml, "
                  "csv (Neo4j bulk import; -o DIR), nquads")
      ->transform(CLI::IsMember(
          {"dot", "svg", "png", "pdf", "json", "graphml", "csv", "nquads"},
          CLI::ignore_case));
  cmd->add_option("--focus", opt->focus, "Only this entity and its neighbourhood");
  cmd->add_option("--depth,-d", opt->depth, "Hops around --focus (default 1)")
      ->check(CLI::Range(0, 10));
  cmd->add_option("--output,-o", opt->output,
                  "Write to FILE (a folder for csv) instead of standard output");
  cmd->add_option("--cluster", opt->cluster,
                  "dot/svg/png/pdf: box entities by the country they are in")
      ->check(CLI::IsMember({"country"}));
  cmd->add_option("--max-nodes", opt->max_nodes,
                  "Keep only the N best-connected entities (the focus always "
                  "stays); says on stderr what it left out")
      ->check(CLI::PositiveNumber);
  AddFilterOptions(*cmd, opt->filter);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunExport(*opt, c); }; });
}

}  // namespace kg::cli
