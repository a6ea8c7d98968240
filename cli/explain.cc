// kg explain A RELATION B: every source of one fact, and its conflicts.
#include <fmt/ostream.h>

#include "cli/cli.h"
#include "query/explain.h"

namespace kg::cli {

struct ExplainOptions {
  std::string subject;
  std::string relation;
  std::string object;
  OutputFormat format = OutputFormat::kTable;
};

int RunExplain(const ExplainOptions& opt, Context& ctx) {
  if (FindRelation(opt.relation) == nullptr) {
    std::string known;
    for (const RelationSpec& r : RelationVocabulary())
      known += (known.empty() ? "" : ", ") + std::string(r.name);
    fmt::print(ctx.err, "kg: unknown relation \"{}\"; known: {}\n", opt.relation, known);
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStore(ctx, false);
  if (!store) return kExitUsage;
  std::optional<Resolved> a = Lookup(ctx, *store, opt.subject);
  if (!a) return kExitNoResult;
  std::optional<Resolved> b = Lookup(ctx, *store, opt.object);
  if (!b) return kExitNoResult;
  Result<Explanation> e = ExplainFact(*store, *a, opt.relation, *b);
  if (!e) {
    fmt::print(ctx.err, "kg: {}\n", e.error().message());
    return kExitNoResult;
  }
  PrintExplanation(ctx.out, *e, opt.format);
  return kExitOk;
}

void RegisterExplain(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand(
      "explain", "Why the graph believes a fact: every article and sentence, "
                 "dates, rule, number of independent sources, conflicts");
  cmd->add_option("subject", opt->subject, "Subject entity (name or alias)")->required();
  cmd->add_option("relation", opt->relation, "Relation name, e.g. withdrew_from")->required();
  cmd->add_option("object", opt->object, "Object entity (name or alias)")->required();
  AddFormatOption(*cmd, opt->format);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunExplain(*opt, c); }; });
}

}  // namespace kg::cli
