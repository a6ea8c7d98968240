#include "cli/cli.h"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "graph/snapshot.h"

namespace kg::cli {
namespace {

constexpr Registrar kCommands[] = {
    RegisterIngest, RegisterShow,  RegisterNeighbors,
    RegisterPath,   RegisterStats, RegisterExport,
    RegisterMatch,  RegisterSearch, RegisterExplain,
    RegisterRetract, RegisterImport, RegisterMerge, RegisterAlias, RegisterSplit,
    RegisterExtract, RegisterEval,
    RegisterCheck,  RegisterMigrate,
};

std::string RelationList() {
  std::string s;
  for (const RelationSpec& r : RelationVocabulary()) {
    if (!s.empty()) s += ", ";
    s += r.name;
  }
  return s;
}

}  // namespace

void AddFormatOption(CLI::App& cmd, OutputFormat& format) {
  static const std::map<std::string, OutputFormat> kFormats = {
      {"table", OutputFormat::kTable},
      {"json", OutputFormat::kJson},
      {"tsv", OutputFormat::kTsv}};
  cmd.add_option("--format", format, "Output: table (default), json or tsv")
      ->transform(CLI::CheckedTransformer(kFormats, CLI::ignore_case));
}

void AddFilterOptions(CLI::App& cmd, RelationFilter& filter) {
  cmd.add_option("--relation,-r", filter.relations,
                 "Only these relations (repeat or comma-separate)")
      ->delimiter(',')
      ->check([](const std::string& r) -> std::string {
        if (FindRelation(r) != nullptr) return "";
        return fmt::format("unknown relation \"{}\"; known: {}", r, RelationList());
      });
  cmd.add_option("--min-sources", filter.min_sources,
                 "Only facts stated by at least N articles (default 1)")
      ->check(CLI::PositiveNumber);
  auto date = [](const std::string& d) -> std::string {
    auto digits = [&](std::size_t from, std::size_t n) {
      for (std::size_t i = from; i < from + n; ++i)
        if (i >= d.size() || d[i] < '0' || d[i] > '9') return false;
      return true;
    };
    bool ok = (d.size() == 4 && digits(0, 4)) ||
              (d.size() == 7 && digits(0, 4) && d[4] == '-' && digits(5, 2)) ||
              (d.size() == 10 && digits(0, 4) && d[4] == '-' && digits(5, 2) &&
               d[7] == '-' && digits(8, 2));
    return ok ? "" : fmt::format("\"{}\" is not a date: YYYY, YYYY-MM or YYYY-MM-DD", d);
  };
  cmd.add_option("--as-of", filter.as_of,
                 "Only facts dated (sentence, else article) on or before DATE")
      ->check(date);
  cmd.add_option("--since", filter.since,
                 "Only facts dated (sentence, else article) on or after DATE")
      ->check(date);
}

std::unique_ptr<Store> OpenStore(Context& ctx, bool write) {
  Store::Options opt;
  opt.read_only = !write;
  opt.create_if_missing = write;
  Result<std::unique_ptr<Store>> store = Store::Open(ctx.db, opt);
  if (!store) {
    fmt::print(ctx.err, "kg: {}\n", store.error().message());
    return nullptr;
  }
  if (write) ctx.wrote = true;
  return std::move(store).value();
}

namespace {

// After a command that opened the store for writing: rewrite the CSR
// snapshot (graph/snapshot.h) unless it is fresh. A failure only costs
// speed (searches walk the store), so it is a warning.
void RefreshSnapshotOf(Context& ctx) {
  try {
    Store::Options opt;
    opt.read_only = true;
    Result<std::unique_ptr<Store>> store = Store::Open(ctx.db, opt);
    if (!store) return;
    Status s = RefreshSnapshot(**store);
    if (!s.ok())
      fmt::print(ctx.err, "kg: warning: {} (searches will read the store)\n",
                 s.message());
  } catch (const std::exception& e) {
    fmt::print(ctx.err, "kg: warning: snapshot not written: {}\n", e.what());
  }
}

}  // namespace

std::optional<Resolved> Lookup(Context& ctx, const Store& store,
                               const std::string& name) {
  Result<Resolved> r = ResolveName(store, name);
  if (!r) {
    fmt::print(ctx.err, "kg: {}\n", r.error().message());
    return std::nullopt;
  }
  return std::move(r).value();
}

int RunCli(const std::vector<std::string>& args, std::ostream& out,
           std::ostream& err, std::istream& in) {
  CLI::App app{"kg: a knowledge graph of critical-mineral news"};
  app.require_subcommand(1);
  app.fallthrough();
  std::string db;
  app.add_option("--db", db, "Store file (default $KG_DB, else ./kg.db)");
  Runner run;
  for (Registrar r : kCommands) r(app, run);
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);  // CLI11 2.1 takes the arguments in reverse order
  } catch (const CLI::ParseError& e) {
    // --help and --version exit 0 on out; parse errors (CLI11's 105/106
    // and the rest) exit 2 on err.
    if (e.get_exit_code() == 0) return app.exit(e, out, err);
    app.exit(e, err, err);
    return kExitUsage;
  }
  Context ctx{out, err, in, db};
  if (ctx.db.empty()) {
    const char* env = std::getenv("KG_DB");
    ctx.db = env != nullptr && *env != '\0' ? env : "kg.db";
  }
  if (!run) return kExitUsage;
  int code = run(ctx);
  if (ctx.wrote && code < 128) RefreshSnapshotOf(ctx);  // not after a signal
  return code;
}

}  // namespace kg::cli
