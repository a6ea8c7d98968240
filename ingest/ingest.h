#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"

namespace kg {

/// One article read from an input, or the error that stopped it.
struct ReadItem {
  ReadItem() = default;
  ReadItem(std::string from, Result<ArticleDoc> read)
      : origin(std::move(from)), article(std::move(read)) {}

  std::string origin;  ///< "file", "file:line" for JSON Lines, "-" for stdin.
  Result<ArticleDoc> article = Status::InvalidInput("unread");
  /// WriteArticleJson(*article), made while finalizing it; "" on error.
  std::string json;
};

/// Reads every article of one input: a file path, or "-" for `in`.
/// .json is one article object; .jsonl one per line (blank lines skipped);
/// .txt, .md, .html/.htm and article JSON with text but no entities go
/// through the text extractor. Other extensions are sniffed: '{' means JSON.
/// Each article comes back finalized (id and content_hash set) or with the
/// error that names file:line:col. A file that cannot be read at all gives
/// one item holding that error.
/// Articles larger than this are rejected unread ("file: article is N
/// bytes, more than the limit of 16 MiB"): ingest's memory stays bounded.
inline constexpr std::size_t kMaxArticleBytes = std::size_t{16} << 20;

std::vector<ReadItem> ReadArticles(const std::string& path, std::istream& in);

/// ReadArticles one article at a time: calls fn with each item in order and
/// stops when fn returns false (then returns false). Memory holds one
/// article: JSON Lines files are read line by line, and a line or file over
/// kMaxArticleBytes is reported without being held. Stdin and files of
/// unknown extension are read whole first (to sniff their kind). An empty
/// or whitespace-only file is an error ("file:1:1: empty file").
bool ForEachArticle(const std::string& path, std::istream& in,
                    const std::function<bool(ReadItem&)>& fn);

/// Lists the article files under paths: files as given, folders walked
/// recursively in name order keeping known extensions, "-" kept as is.
/// Missing paths become errors.
struct InputList {
  std::vector<std::string> files;
  std::vector<std::string> errors;
  std::size_t skipped = 0;  ///< Files in folders with other extensions.
};
InputList ListInputs(const std::vector<std::string>& paths);

struct IngestProgress {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::size_t articles = 0;
};

struct IngestOptions {
  /// Called after each file; default none. The library never prints.
  std::function<void(const IngestProgress&)> on_progress;
  /// Polled between articles; returning true stops the run cleanly after
  /// the current article (used for SIGINT/SIGTERM). Default never.
  std::function<bool()> should_stop;
  /// Threads that parse and extract articles while the calling thread
  /// stores them (in input order, in batched transactions: the store is the
  /// same whatever the number). 0, the default, means one per hardware
  /// thread; 1 does everything in the calling thread.
  unsigned jobs = 0;
};

struct IngestSummary {
  std::size_t added = 0;
  std::size_t unchanged = 0;
  std::size_t replaced = 0;
  std::size_t rejected = 0;
  std::size_t new_entities = 0;
  std::size_t new_relations = 0;
  std::size_t skipped_files = 0;
  bool stopped = false;             ///< should_stop ended the run early.
  std::vector<std::string> errors;  ///< One message per rejected input.
};

/// Reads and stores every article under paths: a bad article is rejected
/// (its error recorded) and the others go on; a rejected article leaves the
/// store untouched. Articles are written in input order in batched
/// transactions (Store::BeginBatch), each article all or nothing: a crash
/// loses at most the uncommitted batch, never a committed article, and a
/// stop (should_stop) commits what was written before it returns.
IngestSummary Ingest(Store& store, const std::vector<std::string>& paths,
                     std::istream& in, const IngestOptions& options);

}  // namespace kg
