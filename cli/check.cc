// kg check [--repair]: is the store sound? SQLite's checks and kg's own.
#include <fmt/ostream.h>

#include "cli/cli.h"

namespace kg::cli {

struct CheckCliOptions {
  bool repair = false;  ///< Apply the lossless repairs (CheckOptions).
};

int RunCheck(const CheckCliOptions& opt, Context& ctx) {
  Store::Options so;
  so.read_only = !opt.repair;
  so.create_if_missing = false;
  Result<std::unique_ptr<Store>> store = Store::Open(ctx.db, so);
  if (!store) {
    fmt::print(ctx.err, "kg: {}\n", store.error().message());
    // A file that is not a sound kg store is a finding; a missing one is not.
    return store.error().IsCorrupt() ? kExitNoResult : kExitUsage;
  }
  if (opt.repair) ctx.wrote = true;  // the snapshot is refreshed after
  CheckOptions co;
  co.repair = opt.repair;
  CheckReport report = CheckStore(**store, co);
  for (const std::string& p : report.passed) fmt::print(ctx.out, "ok        {}\n", p);
  for (const std::string& r : report.repaired)
    fmt::print(ctx.out, "repaired  {}\n", r);
  for (const std::string& p : report.problems)
    fmt::print(ctx.out, "problem   {}\n", p);
  if (report.ok()) {
    fmt::print(ctx.out, "{}: sound\n", ctx.db);
    return kExitOk;
  }
  fmt::print(ctx.out, "{}: {} problem{}{}\n", ctx.db, report.problems.size(),
             report.problems.size() == 1 ? "" : "s",
             opt.repair ? " left (not repairable without loss)"
                        : "; `kg check --repair` fixes the lossless ones");
  return kExitNoResult;
}

void RegisterCheck(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<CheckCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Check the store: SQLite integrity and foreign keys, schema, and "
               "kg's invariants; exit 0 when sound, 1 with the problems");
  cmd->add_flag("--repair", opt->repair,
                "Also repair what is lossless: rows pointing at nothing, "
                "orphan entities, missing name aliases, stale name keys");
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunCheck(*opt, c); }; });
}

}  // namespace kg::cli
