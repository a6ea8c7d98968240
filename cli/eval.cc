// kg eval --gold DIR [FILE…]: extraction scores against gold annotations.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/ostream.h>

#include "cli/cli.h"
#include "ingest/eval.h"
#include "ingest/ingest.h"

namespace kg::cli {
namespace {

std::string Stem(std::string_view path) {
  std::string base = std::filesystem::path(std::string(path)).filename().string();
  // "x.txt", "x.json", "x.txt.json" -> "x".
  for (std::string_view ext : {".json", ".txt", ".html", ".htm", ".md", ".jsonl"}) {
    if (base.size() > ext.size() && base.ends_with(ext)) base.resize(base.size() - ext.size());
  }
  return base;
}

}  // namespace

struct EvalOptions {
  std::string gold;
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::kTable;
};

int RunEval(const EvalOptions& opt, Context& ctx) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(opt.gold, ec)) {
    fmt::print(ctx.err, "kg: {}: not a folder of gold files\n", opt.gold);
    return kExitUsage;
  }
  // Gold files by stem.
  std::map<std::string, GoldArticle> gold;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(opt.gold, ec)) {
    if (e.path().extension() == ".json") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& p : files) {
    std::ifstream f(p);
    std::stringstream ss;
    ss << f.rdbuf();
    Result<GoldArticle> g = ParseGold(ss.str(), p.string());
    if (!g) {
      fmt::print(ctx.err, "kg: {}\n", g.error().message());
      return kExitUsage;
    }
    std::string stem = g->article.empty() ? Stem(p.string()) : Stem(g->article);
    gold.emplace(stem, std::move(g).value());
  }
  // Articles: as given, or the gold files' "article" beside the gold folder.
  std::vector<std::string> paths = opt.paths;
  if (paths.empty()) {
    fs::path parent = fs::path(opt.gold).parent_path();
    for (const auto& [stem, g] : gold) {
      if (!g.article.empty() && fs::exists(parent / g.article))
        paths.push_back((parent / g.article).string());
    }
  }
  std::map<std::string, ArticleDoc> predicted;
  InputList inputs = ListInputs(paths);
  for (const std::string& e : inputs.errors) fmt::print(ctx.err, "kg: {}\n", e);
  for (const std::string& file : inputs.files) {
    for (ReadItem& item : ReadArticles(file, ctx.in)) {
      if (!item.article) {
        fmt::print(ctx.err, "kg: {}\n", item.article.error().message());
        continue;
      }
      predicted.emplace(Stem(file), std::move(item.article).value());
    }
  }
  EvalReport report;
  for (const auto& [stem, g] : gold) {
    auto it = predicted.find(stem);
    if (opt.paths.empty() || it != predicted.end())
      ScoreArticle(g, it == predicted.end() ? nullptr : &it->second, &report);
  }
  if (report.articles == 0) {
    fmt::print(ctx.err, "kg: no article matches a gold file in {}\n", opt.gold);
    return kExitNoResult;
  }
  if (opt.format == OutputFormat::kJson) {
    ctx.out << FormatEvalJson(report);
  } else {
    ctx.out << FormatEvalTable(report, "kg extract");
  }
  return kExitOk;
}

void RegisterEval(CLI::App& app, Runner& run) {
  auto opt = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "Score the text extractor against gold files: typed and untyped entity "
      "P/R/F1 per type, labelled and unlabelled relations");
  cmd->add_option("--gold", opt->gold, "Folder of gold <stem>.json files")->required();
  cmd->add_option("paths", opt->paths,
                  "Articles or folders (default: each gold file's article, "
                  "beside the gold folder)");
  AddFormatOption(*cmd, opt->format);
  cmd->callback([opt, &run] { run = [opt](Context& c) { return RunEval(*opt, c); }; });
}

}  // namespace kg::cli
