// kg retract ARTICLE…: takes articles back, with whatever only they support.
#include <fmt/ostream.h>

#include "cli/cli.h"

namespace kg::cli {

struct RetractOptions {
  std::vector<std::string> articles;  ///< Article ids, as `kg show` lists them.
};

int RunRetract(const RetractOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, true);
  if (!store) return kExitUsage;
  int missing = 0;
  for (const std::string& id : opt.articles) {
    if (store->RetractArticle(id)) {
      fmt::print(ctx.out, "retracted {}\n", id);
    } else {
      fmt::print(ctx.err, "kg: no article with id \"{}\"\n", id);
      ++missing;
    }
  }
  return missing == 0 ? kExitOk : kExitNoResult;
}

void RegisterRetract(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<RetractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "retract",
      "Take articles back: their evidence and mentions go, and every fact or "
      "entity only they supported; facts other articles also state stay, "
      "with one source less");
  cmd->add_option("article", opt->articles, "Article id (repeatable)")->required();
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunRetract(*opt, c); }; });
}

}  // namespace kg::cli
