// kg migrate [--dry-run] [--backup FILE]: upgrade a store's schema.
#include <fmt/ostream.h>

#include "cli/cli.h"

namespace kg::cli {

struct MigrateCliOptions {
  bool dry_run = false;  ///< Print the plan only.
  std::string backup;    ///< "" = <db>.v<N>.bak.
};

int RunMigrate(const MigrateCliOptions& opt, Context& ctx) {
  MigrateOptions mo;
  mo.dry_run = opt.dry_run;
  mo.backup_path = opt.backup;
  Result<MigrationPlan> plan = MigrateStore(ctx.db, mo);
  if (!plan) {
    fmt::print(ctx.err, "kg: {}\n", plan.error().message());
    return kExitUsage;
  }
  if (plan->steps.empty()) {
    fmt::print(ctx.out, "{} is at schema version {}, the current one; nothing to do\n",
               ctx.db, plan->from_version);
    return kExitOk;
  }
  for (const std::string& s : plan->steps) fmt::print(ctx.out, "{}\n", s);
  if (opt.dry_run) {
    fmt::print(ctx.out, "dry run: {} would go from schema version {} to {} "
                        "(backup first to {}); nothing was changed\n",
               ctx.db, plan->from_version, plan->to_version, plan->backup_path);
  } else {
    fmt::print(ctx.out, "{} migrated from schema version {} to {}; the old store "
                        "is in {}\n",
               ctx.db, plan->from_version, plan->to_version, plan->backup_path);
  }
  return kExitOk;
}

void RegisterMigrate(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<MigrateCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "migrate", "Upgrade an older store to this kg's schema in one transaction, "
                 "after a backup copy");
  cmd->add_flag("--dry-run,-n", opt->dry_run, "Print the steps; change nothing");
  cmd->add_option("--backup", opt->backup,
                  "Backup file (default DB.vN.bak; never overwritten)");
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunMigrate(*opt, c); }; });
}

}  // namespace kg::cli
