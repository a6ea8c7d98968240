// kg export --format dot|json: the graph or a focus neighbourhood.
#include <fstream>

#include <fmt/ostream.h>

#include "cli/cli.h"
#include "query/format.h"
#include "query/query.h"

namespace kg::cli {

struct ExportOptions {
  std::string format = "dot";
  std::string focus;
  int depth = 1;
  std::string output;  ///< "" = standard output.
  RelationFilter filter;
};

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
  Subgraph sub = SelectSubgraph(*store, focus, opt.depth, opt.filter);
  std::ofstream file;
  if (!opt.output.empty()) {
    file.open(opt.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      fmt::print(ctx.err, "kg: cannot write {}\n", opt.output);
      return kExitUsage;
    }
  }
  std::ostream& out = opt.output.empty() ? ctx.out : file;
  if (opt.format == "json") {
    WriteGraphJson(out, sub);
  } else {
    WriteGraphDot(out, sub, title);
  }
  out.flush();
  if (!out) {
    fmt::print(ctx.err, "kg: writing {} failed\n",
               opt.output.empty() ? "standard output" : opt.output);
    return kExitUsage;
  }
  return kExitOk;
}

void RegisterExport(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write the graph (or a focus neighbourhood) as GraphViz DOT or graph JSON");
  cmd->add_option("--format,-f", opt->format, "dot (default) or json")
      ->check(CLI::IsMember({"dot", "json"}, CLI::ignore_case));
  cmd->add_option("--focus", opt->focus, "Only this entity and its neighbourhood");
  cmd->add_option("--depth,-d", opt->depth, "Hops around --focus (default 1)")
      ->check(CLI::Range(0, 10));
  cmd->add_option("--output,-o", opt->output, "Write to FILE instead of standard output");
  AddFilterOptions(*cmd, opt->filter);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunExport(*opt, c); }; });
}

}  // namespace kg::cli
