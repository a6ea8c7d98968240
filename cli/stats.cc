// kg stats: counts of the store, top entities by degree and PageRank, and
// connected components.
#include "cli/cli.h"
#include "graph/algorithms.h"
#include "query/format.h"
#include "query/ranking.h"

namespace kg::cli {

struct StatsOptions {
  OutputFormat format = OutputFormat::kTable;
  std::size_t top = 10;  ///< Entries in each ranking.
};

int RunStats(const StatsOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, false);
  if (!store) return kExitUsage;
  GraphMeasures measures = MeasureGraph(*store, opt.top);
  PrintStatsAndMeasures(ctx.out, *store, store->Stats(), measures, opt.format);
  return kExitOk;
}

void RegisterStats(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<StatsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "stats", "Counts of articles, entities and relations; top entities by "
               "degree and PageRank; connected components");
  AddFormatOption(*cmd, opt->format);
  cmd->add_option("--top", opt->top, "Entries in each ranking (default 10)")
      ->check(CLI::Range(1, 100000));
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunStats(*opt, c); }; });
}

}  // namespace kg::cli
