// kg search TEXT: full-text search over names, aliases and sentences.
#include <fmt/ostream.h>

#include "cli/cli.h"
#include "query/search.h"

namespace kg::cli {

struct SearchOptions {
  std::vector<std::string> words;
  std::size_t limit = 10;
  OutputFormat format = OutputFormat::kTable;
};

int RunSearch(const SearchOptions& opt, Context& ctx) {
  std::string text;
  for (const std::string& w : opt.words) text += (text.empty() ? "" : " ") + w;
  std::unique_ptr<Store> store = OpenStore(ctx, false);
  if (!store) return kExitUsage;
  SearchResults r = Search(*store, text, opt.limit);
  PrintSearch(ctx.out, r, opt.format);
  return r.empty() ? kExitNoResult : kExitOk;
}

void RegisterSearch(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<SearchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "search", "Full-text search over entity names, aliases and evidence "
                "sentences, best first, matched words in [brackets]");
  cmd->add_option("text", opt->words,
                  "Words that must all occur (any case, accents ignored); "
                  "end a word with * to match it as a prefix")
      ->required();
  cmd->add_option("--limit,-n", opt->limit,
                  "At most N entities and N sentences (default 10)")
      ->check(CLI::PositiveNumber);
  AddFormatOption(*cmd, opt->format);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunSearch(*opt, c); }; });
}

}  // namespace kg::cli
