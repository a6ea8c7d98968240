// kg neighbors NAME: the neighbourhood of an entity.
#include "cli/cli.h"
#include "query/format.h"
#include "query/query.h"

namespace kg::cli {

struct NeighborsOptions {
  std::string name;
  OutputFormat format = OutputFormat::kTable;
  NeighborOptions query;
  std::vector<std::string> types;
};

int RunNeighbors(const NeighborsOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, false);
  if (!store) return kExitUsage;
  std::optional<Resolved> who = Lookup(ctx, *store, opt.name);
  if (!who) return kExitNoResult;
  NeighborOptions q = opt.query;
  for (const std::string& t : opt.types) q.types.push_back(*ParseEntityType(t));
  std::vector<NeighborRow> rows = Neighbors(*store, who->entity.id, q);
  PrintNeighbors(ctx.out, who->entity, rows, opt.format);
  return rows.empty() ? kExitNoResult : kExitOk;
}

void RegisterNeighbors(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<NeighborsOptions>();
  CLI::App* cmd = app.add_subcommand("neighbors", "Entities related to one entity");
  cmd->alias("neighbours");
  cmd->add_option("name", opt->name, "Entity name or any alias")->required();
  AddFilterOptions(*cmd, opt->query.filter);
  cmd->add_option("--type,-t", opt->types,
                  "Only neighbours of these types (repeat or comma-separate)")
      ->delimiter(',')
      ->check([](const std::string& t) -> std::string {
        return ParseEntityType(t) ? "" : "unknown entity type \"" + t + "\"";
      });
  cmd->add_option("--depth,-d", opt->query.depth, "Hops from the entity (default 1)")
      ->check(CLI::Range(1, 10));
  static const std::map<std::string, Direction> kDirections = {
      {"out", Direction::kOut}, {"in", Direction::kIn}, {"both", Direction::kBoth}};
  cmd->add_option("--direction", opt->query.direction,
                  "Follow relations out of, into, or both ways (default both)")
      ->transform(CLI::CheckedTransformer(kDirections, CLI::ignore_case));
  AddFormatOption(*cmd, opt->format);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunNeighbors(*opt, c); }; });
}

}  // namespace kg::cli
