// kg merge A B, kg alias NAME ALIAS, kg split NAME ALIAS: human entity-
// resolution decisions, applied now and to every later article.
#include <fmt/ostream.h>

#include "cli/cli.h"

namespace kg::cli {

struct CurateOptions {
  std::string name;   ///< The entity kept / named / split from.
  std::string other;  ///< The entity merged in / the alias.
  bool list = false;  ///< kg alias --list: print the decisions in force.
};

namespace {

int RunMerge(const CurateOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, true);
  if (!store) return kExitUsage;
  std::optional<Resolved> keep = Lookup(ctx, *store, opt.name);
  if (!keep) return kExitNoResult;
  std::optional<Resolved> gone = Lookup(ctx, *store, opt.other);
  if (!gone) return kExitNoResult;
  if (keep->entity.id == gone->entity.id) {
    fmt::print(ctx.err, "kg: \"{}\" and \"{}\" are already one entity ({})\n",
               opt.name, opt.other, keep->entity.name);
    return kExitUsage;
  }
  Result<MergeReport> r = store->MergeEntities(keep->entity.id, gone->entity.id);
  if (!r) {
    fmt::print(ctx.err, "kg: {}\n", r.error().message());
    return kExitUsage;
  }
  fmt::print(ctx.out,
             "merged {} ({}) into {} ({}): {} names, {} mentions, {} relations "
             "re-pointed, {} folded into existing facts, {} between the two dropped\n",
             gone->entity.name, EntityTypeName(gone->entity.type), keep->entity.name,
             EntityTypeName(keep->entity.type), r->aliases, r->mentions,
             r->relations_moved, r->relations_folded, r->relations_dropped);
  return kExitOk;
}

int RunAlias(const CurateOptions& opt, Context& ctx) {
  if (opt.list) {
    std::unique_ptr<Store> store = OpenStore(ctx, false);
    if (!store) return kExitUsage;
    for (const Decision& d : store->Decisions())
      fmt::print(ctx.out, "{}\t{}\t{}\t{}\n", d.made_at, d.kind, d.name, d.other);
    return kExitOk;
  }
  if (opt.name.empty() || opt.other.empty()) {
    fmt::print(ctx.err, "kg alias: give NAME and ALIAS (or --list)\n");
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStore(ctx, true);
  if (!store) return kExitUsage;
  std::optional<Resolved> who = Lookup(ctx, *store, opt.name);
  if (!who) return kExitNoResult;
  Status s = store->AddAlias(who->entity.id, opt.other);
  if (!s.ok()) {
    fmt::print(ctx.err, "kg: {}\n", s.message());
    return kExitUsage;
  }
  fmt::print(ctx.out, "\"{}\" now names {} ({})\n", opt.other, who->entity.name,
             EntityTypeName(who->entity.type));
  return kExitOk;
}

int RunSplit(const CurateOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, true);
  if (!store) return kExitUsage;
  std::optional<Resolved> who = Lookup(ctx, *store, opt.name);
  if (!who) return kExitNoResult;
  Result<SplitReport> r = store->SplitAlias(who->entity.id, opt.other);
  if (!r) {
    fmt::print(ctx.err, "kg: {}\n", r.error().message());
    return r.error().IsNotFound() ? kExitNoResult : kExitUsage;
  }
  std::optional<Entity> e = store->GetEntity(r->fresh);
  fmt::print(ctx.out,
             "split \"{}\" off {}: now its own entity {} ({}), with {} mentions and "
             "{} facts ({} sentences name it alone); the rest stays with {}\n",
             opt.other, who->entity.name, e ? e->name : opt.other,
             EntityTypeName(who->entity.type), r->mentions, r->relations, r->evidence,
             who->entity.name);
  return kExitOk;
}

}  // namespace

void RegisterMerge(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<CurateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "merge",
      "Merge entity B into A (aliases, mentions, relations and evidence); "
      "later articles naming B resolve to A");
  cmd->add_option("a", opt->name, "The entity kept (name or alias)")->required();
  cmd->add_option("b", opt->other, "The entity merged into it")->required();
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunMerge(*opt, c); }; });
}

void RegisterAlias(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<CurateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "alias",
      "Make ALIAS a name of entity NAME, now and in later articles; --list "
      "prints every merge/alias/split decision");
  cmd->add_option("name", opt->name, "The entity (name or alias)");
  cmd->add_option("alias", opt->other, "The new name");
  cmd->add_flag("--list", opt->list, "List the decisions in force");
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunAlias(*opt, c); }; });
}

void RegisterSplit(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<CurateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "split",
      "Move ALIAS out of entity NAME into its own entity (same type); later "
      "articles naming ALIAS resolve to the new entity");
  cmd->add_option("name", opt->name, "The entity (name)")->required();
  cmd->add_option("alias", opt->other, "The alias to split off")->required();
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunSplit(*opt, c); }; });
}

}  // namespace kg::cli
