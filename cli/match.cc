// kg match PATTERN: pattern lookups with variables (README.md, "Patterns").
#include <fmt/ostream.h>

#include "cli/cli.h"
#include "query/pattern.h"

namespace kg::cli {

struct MatchCliOptions {
  std::string pattern;
  OutputFormat format = OutputFormat::kTable;
  MatchOptions query;
  bool explain_plan = false;  ///< Print the plan instead of matching.
};

int RunMatch(const MatchCliOptions& opt, Context& ctx) {
  Result<Pattern> pattern = ParsePattern(opt.pattern);
  if (!pattern) {
    fmt::print(ctx.err, "kg: bad pattern: {}\n", pattern.error().message());
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStore(ctx, false);
  if (!store) return kExitUsage;
  if (opt.explain_plan) {
    Result<MatchPlan> plan = PlanMatch(*store, *pattern, opt.query);
    if (!plan) {
      fmt::print(ctx.err, "kg: {}\n", plan.error().message());
      return plan.error().IsNotFound() ? kExitNoResult : kExitUsage;
    }
    PrintPlan(ctx.out, *plan);
    return kExitOk;
  }
  Result<MatchResult> result = MatchPattern(*store, *pattern, opt.query);
  if (!result) {
    fmt::print(ctx.err, "kg: {}\n", result.error().message());
    return result.error().IsNotFound() ? kExitNoResult : kExitUsage;
  }
  PrintMatches(ctx.out, *pattern, *result, opt.format, opt.query.evidence);
  return result->rows.empty() ? kExitNoResult : kExitOk;
}

void RegisterMatch(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<MatchCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "match",
      "Pattern lookups with variables, e.g. "
      "'(?c:Company)-[withdrew_from]->(?p:Project)-[located_in]->(Yakutia)' "
      "(grammar: README, \"Patterns\")");
  cmd->add_option("pattern", opt->pattern,
                  "Nodes (?var:Type), (?var), (), (Name), (\"Quoted name\"); edges "
                  "-[rel|rel]->, <-[rel]-, -[rel]-, -[]->, -[?r:rel]->, -[rel*1..3]->; "
                  "then WHERE [?r.]year|date|source|article|sources|status "
                  "=|!=|<|<=|>|>=|~ value [AND ...]")
      ->required();
  cmd->add_flag("--evidence,-e", opt->query.evidence, "Show each edge's evidence sentences");
  cmd->add_option("--limit", opt->query.limit, "At most N rows (default 1000)")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--explain-plan", opt->explain_plan,
                "Print where matching starts and the order it joins edges, then stop");
  AddFilterOptions(*cmd, opt->query.filter);
  AddFormatOption(*cmd, opt->format);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunMatch(*opt, c); }; });
}

}  // namespace kg::cli
