// kg ingest PATH…: add articles to the store.
#include <unistd.h>

#include <csignal>
#include <iostream>

#include <fmt/ostream.h>

#include "cli/cli.h"
#include "ingest/ingest.h"

namespace kg::cli {
namespace {

volatile std::sig_atomic_t g_signal = 0;

extern "C" void OnSignal(int sig) { g_signal = sig; }

/// Installs SIGINT/SIGTERM handlers for its lifetime, restoring the old ones.
class SignalGuard {
 public:
  SignalGuard() {
    g_signal = 0;
    old_int_ = std::signal(SIGINT, OnSignal);
    old_term_ = std::signal(SIGTERM, OnSignal);
  }
  ~SignalGuard() {
    std::signal(SIGINT, old_int_);
    std::signal(SIGTERM, old_term_);
  }
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;

 private:
  void (*old_int_)(int);
  void (*old_term_)(int);
};

}  // namespace

struct IngestCliOptions {
  std::vector<std::string> paths;
  bool quiet = false;
  unsigned jobs = 0;
};

int RunIngest(const IngestCliOptions& opt, Context& ctx) {
  std::unique_ptr<Store> store = OpenStore(ctx, true);
  if (!store) return kExitUsage;
  SignalGuard guard;
  IngestOptions io;
  io.should_stop = [] { return g_signal != 0; };
  io.jobs = opt.jobs;
  bool tty = &ctx.err == &std::cerr && isatty(STDERR_FILENO) && !opt.quiet;
  if (tty) {
    io.on_progress = [&ctx](const IngestProgress& p) {
      constexpr int kWidth = 30;
      int filled = p.files_total == 0
                       ? kWidth
                       : static_cast<int>(kWidth * p.files_done / p.files_total);
      fmt::print(ctx.err, "\r[{:=<{}}{: <{}}] {}/{} files, {} articles", "",
                 filled, "", kWidth - filled, p.files_done, p.files_total,
                 p.articles);
      ctx.err.flush();
    };
  }
  IngestSummary s = Ingest(*store, opt.paths, ctx.in, io);
  if (tty) ctx.err << "\r\033[K";
  for (const std::string& e : s.errors) fmt::print(ctx.err, "kg: {}\n", e);
  fmt::print(ctx.out,
             "articles: {} new, {} unchanged, {} replaced, {} rejected\n"
             "graph: {} new entities, {} new relations\n",
             s.added, s.unchanged, s.replaced, s.rejected, s.new_entities,
             s.new_relations);
  if (s.skipped_files > 0)
    fmt::print(ctx.out, "skipped {} file(s) that are not articles\n", s.skipped_files);
  if (s.stopped) {
    int sig = g_signal;
    fmt::print(ctx.err, "kg: stopped by {} after the last complete article; "
                        "run the same command again to continue\n",
               sig == SIGINT ? "SIGINT" : "SIGTERM");
    return 128 + sig;
  }
  return s.rejected > 0 ? kExitUsage : kExitOk;
}

void RegisterIngest(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<IngestCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Add articles (JSON, JSONL, text, Markdown, HTML; folders; - for stdin)");
  cmd->add_option("paths", opt->paths, "Files, folders, or - for standard input")
      ->required();
  cmd->add_flag("--quiet,-q", opt->quiet, "No progress bar");
  cmd->add_option("--jobs,-j", opt->jobs,
                  "Threads that parse and extract (default: one per hardware "
                  "thread; the store is the same whatever the number)");
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunIngest(*opt, c); }; });
}

}  // namespace kg::cli
