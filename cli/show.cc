// kg show NAME: the entity card.
#include <fmt/ostream.h>

#include "cli/cli.h"
#include "query/format.h"
#include "query/query.h"

namespace kg::cli {

struct ShowOptions {
  std::string name;
  OutputFormat format = OutputFormat::kTable;
  RelationFilter filter;
};

int RunShow(const ShowOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, false);
  if (!store) return kExitUsage;
  std::optional<Resolved> who = Lookup(ctx, *store, opt.name);
  if (!who) return kExitNoResult;
  PrintCard(ctx.out, ShowEntity(*store, *who, opt.filter), opt.format);
  return kExitOk;
}

void RegisterShow(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand(
      "show", "Everything about one entity: type, aliases, relations in and "
              "out with evidence, articles");
  cmd->add_option("name", opt->name, "Entity name or any alias")->required();
  AddFormatOption(*cmd, opt->format);
  AddFilterOptions(*cmd, opt->filter);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunShow(*opt, c); }; });
}

}  // namespace kg::cli
