// kg stats: counts of the store.
#include "cli/cli.h"
#include "query/format.h"

namespace kg::cli {

struct StatsOptions {
  OutputFormat format = OutputFormat::kTable;
};

int RunStats(const StatsOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, false);
  if (!store) return kExitUsage;
  PrintStats(ctx.out, store->Stats(), opt.format);
  return kExitOk;
}

void RegisterStats(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<StatsOptions>();
  CLI::App* cmd = app.add_subcommand("stats", "Counts of articles, entities and relations");
  AddFormatOption(*cmd, opt->format);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunStats(*opt, c); }; });
}

}  // namespace kg::cli
