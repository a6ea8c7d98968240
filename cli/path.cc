// kg path A B: shortest paths between two entities.
#include <fmt/ostream.h>

#include "cli/cli.h"
#include "query/format.h"
#include "query/query.h"

namespace kg::cli {

struct PathCliOptions {
  std::string from;
  std::string to;
  PathOptions query;
  RelationFilter filter;
  PathConstraints constraints;
  std::vector<std::string> avoid_types;
  OutputFormat format = OutputFormat::kTable;
};

int RunPath(const PathCliOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, false);
  if (!store) return kExitUsage;
  std::optional<Resolved> a = Lookup(ctx, *store, opt.from);
  if (!a) return kExitNoResult;
  std::optional<Resolved> b = Lookup(ctx, *store, opt.to);
  if (!b) return kExitNoResult;
  PathConstraints c = opt.constraints;
  for (const std::string& t : opt.avoid_types) c.avoid_types.push_back(*ParseEntityType(t));
  std::vector<PathView> paths =
      FindPaths(*store, a->entity.id, b->entity.id, opt.query, opt.filter, c);
  if (paths.empty()) {
    fmt::print(ctx.err, "kg: no path from \"{}\" to \"{}\" within {} hops\n",
               a->entity.name, b->entity.name, opt.query.max_depth);
    return kExitNoResult;
  }
  PrintPaths(ctx.out, paths, opt.format);
  return kExitOk;
}

void RegisterPath(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<PathCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "path", "Shortest path(s) between two entities, each hop with its "
              "relation and evidence");
  cmd->add_option("from", opt->from, "First entity")->required();
  cmd->add_option("to", opt->to, "Second entity")->required();
  cmd->add_option("--max-depth", opt->query.max_depth,
                  "Longest path considered, in hops (default 6)")
      ->check(CLI::Range(1, 50));
  cmd->add_flag("--all", opt->query.all, "Every shortest path, not just one");
  cmd->add_option("--k", opt->constraints.k,
                  "The K shortest simple paths (Yen), not only the shortest")
      ->check(CLI::Range(1, 100));
  cmd->add_option("--via-relation", opt->constraints.via_relations,
                  "Only paths with at least one hop of these relations")
      ->delimiter(',')
      ->check([](const std::string& r) -> std::string {
        return FindRelation(r) ? "" : "unknown relation \"" + r + "\"";
      });
  cmd->add_option("--avoid-type", opt->avoid_types,
                  "No intermediate entity of these types (repeat or comma-separate)")
      ->delimiter(',')
      ->check([](const std::string& t) -> std::string {
        return ParseEntityType(t) ? "" : "unknown entity type \"" + t + "\"";
      });
  AddFilterOptions(*cmd, opt->filter);
  AddFormatOption(*cmd, opt->format);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunPath(*opt, c); }; });
}

}  // namespace kg::cli
