#pragma once

#include <functional>
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "graph/status.h"
#include "graph/store.h"
#include "query/format.h"

namespace kg::cli {

/// Exit codes of every kg command (design.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitNoResult = 1;
inline constexpr int kExitUsage = 2;

/// What every command shares: streams, the store path, the exit code.
struct Context {
  std::ostream& out;
  std::ostream& err;
  std::istream& in;
  std::string db;  ///< --db, else $KG_DB, else "kg.db" (set before running).
  bool wrote = false;  ///< Set by OpenStore(ctx, true): refresh the snapshot.
};

/// A parsed subcommand, ready to run.
using Runner = std::function<int(Context&)>;

/// Each subcommand file defines one of these: it adds its CLI::App with its
/// options (held by the closure) and sets run when the subcommand is chosen.
using Registrar = void (*)(CLI::App& app, Runner& run);

void RegisterIngest(CLI::App& app, Runner& run);
void RegisterShow(CLI::App& app, Runner& run);
void RegisterNeighbors(CLI::App& app, Runner& run);
void RegisterPath(CLI::App& app, Runner& run);
void RegisterStats(CLI::App& app, Runner& run);
void RegisterExport(CLI::App& app, Runner& run);
void RegisterMatch(CLI::App& app, Runner& run);
void RegisterSearch(CLI::App& app, Runner& run);
void RegisterExplain(CLI::App& app, Runner& run);
void RegisterRetract(CLI::App& app, Runner& run);
void RegisterImport(CLI::App& app, Runner& run);
void RegisterMerge(CLI::App& app, Runner& run);
void RegisterAlias(CLI::App& app, Runner& run);
void RegisterSplit(CLI::App& app, Runner& run);
void RegisterExtract(CLI::App& app, Runner& run);
void RegisterEval(CLI::App& app, Runner& run);
void RegisterCheck(CLI::App& app, Runner& run);
void RegisterMigrate(CLI::App& app, Runner& run);

/// Runs kg with args (without the program name), in process.
int RunCli(const std::vector<std::string>& args, std::ostream& out,
           std::ostream& err, std::istream& in);

/// Opens the store of ctx; prints the error and returns nullptr on failure.
std::unique_ptr<Store> OpenStore(Context& ctx, bool write);

/// Adds --format table|json|tsv to a query command.
void AddFormatOption(CLI::App& cmd, OutputFormat& format);

/// Adds --relation (repeatable, comma-separated), --min-sources, and the
/// time bounds --as-of DATE and --since DATE (YYYY[-MM[-DD]]).
void AddFilterOptions(CLI::App& cmd, RelationFilter& filter);

/// Resolves a name, printing "no entity named …; did you mean …" on
/// failure. Returns nullopt then (exit 1).
std::optional<Resolved> Lookup(Context& ctx, const Store& store,
                               const std::string& name);

}  // namespace kg::cli
