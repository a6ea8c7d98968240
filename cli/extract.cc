// kg extract FILE…: the article JSON the extractor makes of each input.
#include <fmt/ostream.h>

#include "cli/cli.h"
#include "ingest/article_json.h"
#include "ingest/ingest.h"

namespace kg::cli {

struct ExtractOptions {
  std::vector<std::string> paths;
};

int RunExtract(const ExtractOptions& opt, Context& ctx) {
  InputList inputs = ListInputs(opt.paths);
  int errors = 0;
  for (const std::string& e : inputs.errors) {
    fmt::print(ctx.err, "kg: {}\n", e);
    ++errors;
  }
  for (const std::string& file : inputs.files) {
    for (ReadItem& item : ReadArticles(file, ctx.in)) {
      if (!item.article) {
        fmt::print(ctx.err, "kg: {}\n", item.article.error().message());
        ++errors;
        continue;
      }
      if (item.json.empty()) item.json = WriteArticleJson(*item.article);
      ctx.out << item.json << '\n';
    }
  }
  return errors ? kExitUsage : kExitOk;
}

void RegisterExtract(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Print the article JSON (one line per article) that the text extractor "
      "makes of each input; touches no store");
  cmd->add_option("paths", opt->paths, "Files or folders (- for stdin)")->required();
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunExtract(*opt, c); }; });
}

}  // namespace kg::cli
