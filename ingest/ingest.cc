#include "ingest/ingest.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "graph/normalize.h"
#include "ingest/article_json.h"
#include "ingest/extract.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

enum class Kind { kJson, kJsonLines, kText, kMarkdown, kHtml, kUnknown };

Kind KindOf(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".json") return Kind::kJson;
  if (ext == ".jsonl" || ext == ".ndjson") return Kind::kJsonLines;
  if (ext == ".txt" || ext == ".text") return Kind::kText;
  if (ext == ".md" || ext == ".markdown") return Kind::kMarkdown;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Kind::kHtml;
  return Kind::kUnknown;
}

Kind Sniff(std::string_view data) {
  std::size_t i = data.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return Kind::kText;
  if (data[i] == '{') {
    // One object per line is JSON Lines; a pretty-printed object is JSON.
    std::size_t nl = data.find('\n', i);
    if (nl != std::string_view::npos &&
        data.find_first_not_of(" \t\r\n", nl) != std::string_view::npos &&
        data.substr(i, nl - i).find_last_not_of(" \t\r") != std::string_view::npos &&
        data[data.substr(0, nl).find_last_not_of(" \t\r")] == '}')
      return Kind::kJsonLines;
    return Kind::kJson;
  }
  if (data[i] == '<') return Kind::kHtml;
  return Kind::kText;
}

std::string StripBom(std::string data) {
  if (data.size() >= 3 && data.compare(0, 3, "\xEF\xBB\xBF") == 0)
    data.erase(0, 3);
  return data;
}

/// Text input is normalised, not rejected: CRLF to LF, invalid UTF-8 bytes
/// to U+FFFD. NUL bytes mean a binary file, which is rejected.
Result<std::string> PrepareText(std::string data, const std::string& origin) {
  if (std::size_t nul = data.find('\0'); nul != std::string::npos)
    return Status::InvalidInput(fmt::format(
        "{}: binary data (NUL byte at offset {}), not an article", origin, nul));
  std::string out;
  if (data.find('\r') == std::string::npos) {
    out = std::move(data);
  } else {
    out.reserve(data.size());
    std::size_t i = 0;
    while (i < data.size()) {
      std::size_t cr = data.find('\r', i);
      if (cr == std::string::npos) cr = data.size();
      out.append(data, i, cr - i);
      if (cr == data.size()) break;
      out += '\n';
      i = cr + 1;
      if (i < data.size() && data[i] == '\n') ++i;
    }
  }
  // Plain ASCII (the common case) is valid UTF-8; check 8 bytes at a time.
  bool ascii = true;
  {
    std::size_t i = 0;
    for (; i + 8 <= out.size() && ascii; i += 8) {
      std::uint64_t v;
      std::memcpy(&v, out.data() + i, 8);
      ascii = (v & 0x8080808080808080ull) == 0;
    }
    for (; i < out.size() && ascii; ++i) ascii = static_cast<unsigned char>(out[i]) < 0x80;
  }
  if (!ascii && !IsValidUtf8(out)) {
    // Replace invalid bytes; CleanName would also collapse spaces, so do it
    // sequence by sequence.
    std::string fixed;
    std::size_t i = 0;
    while (i < out.size()) {
      std::size_t bad = FirstInvalidUtf8(std::string_view(out).substr(i));
      if (bad == std::string::npos) {
        fixed.append(out, i, std::string::npos);
        break;
      }
      fixed.append(out, i, bad);
      fixed += "\xEF\xBF\xBD";
      i += bad + 1;
    }
    out = std::move(fixed);
  }
  return out;
}

ArticleDoc FromText(std::string_view text, TextFormat format,
                    const std::string& path) {
  ExtractOptions opt;
  opt.format = format;
  ArticleDoc doc = ExtractArticle(text, opt);
  if (doc.title.empty() && path != "-") doc.title = fs::path(path).stem().string();
  return doc;
}

ReadItem OneJson(std::string_view json, const SourcePosition& where,
                 const std::string& origin) {
  ReadItem item;
  item.origin = origin;
  Result<ArticleDoc> parsed = ParseArticleJson(json, where);
  if (!parsed) {
    item.article = parsed.error();
    return item;
  }
  ArticleDoc doc = std::move(parsed).value();
  if (doc.entities.empty() && !doc.text.empty()) {
    // Text without annotations: the extractor reads it; given metadata wins.
    ArticleDoc ex = ExtractArticle(doc.text, ExtractOptions());
    ex.id = doc.id;
    if (!doc.title.empty()) ex.title = doc.title;
    ex.url = doc.url;
    ex.source = doc.source;
    if (!doc.published.empty()) ex.published = doc.published;
    doc = std::move(ex);
  }
  FinalizeArticle(doc, &item.json);
  item.article = std::move(doc);
  return item;
}

}  // namespace
namespace {

std::string TooBig(const std::string& where, std::uintmax_t bytes) {
  return fmt::format("{}: article is {} bytes, more than the limit of {} MiB per "
                     "article; nothing of it was stored",
                     where, bytes, kMaxArticleBytes >> 20);
}

/// One article as read from its input, before it is parsed or extracted:
/// the unit that ingest's worker threads take. `ready` holds an error found
/// while reading (then nothing else is set).
struct RawArticle {
  std::string origin;
  Kind kind = Kind::kText;  ///< kJson (one object), kText, kMarkdown or kHtml.
  std::string data;
  std::string path;  ///< The input it came from ("-" for stdin).
  std::size_t first_line = 1;  ///< Line of `data` in the input (JSON Lines).
  std::optional<ReadItem> ready;
};

using RawFn = std::function<bool(RawArticle&)>;

bool Ready(const RawFn& fn, std::string origin, Status error) {
  RawArticle raw;
  raw.ready.emplace(std::move(origin), std::move(error));
  return fn(raw);
}

/// Parses or extracts one raw article: the article finalized, or the error.
ReadItem Process(RawArticle& raw) {
  if (raw.ready) return std::move(*raw.ready);
  if (raw.kind == Kind::kJson)
    return OneJson(raw.data, SourcePosition{raw.path, raw.first_line}, raw.origin);
  Result<std::string> text = PrepareText(std::move(raw.data), raw.path);
  if (!text) return ReadItem(raw.origin, text.error());
  TextFormat format = raw.kind == Kind::kHtml       ? TextFormat::kHtml
                      : raw.kind == Kind::kMarkdown ? TextFormat::kMarkdown
                                                    : TextFormat::kPlain;
  ArticleDoc doc = FromText(*text, format, raw.path);
  ReadItem item;
  item.origin = raw.origin;
  FinalizeArticle(doc, &item.json);
  item.article = std::move(doc);
  return item;
}

/// JSON Lines read line by line, each line at most kMaxArticleBytes held in
/// memory: longer lines are skipped to their end and reported.
bool ForEachJsonLine(std::istream& in, const std::string& path, const RawFn& fn) {
  std::size_t line_no = 0;
  bool any = false;
  std::string line;
  char buf[1 << 16];
  bool more = true;
  while (more) {
    ++line_no;
    line.clear();
    std::uintmax_t length = 0;
    bool ended = false;
    while (!ended) {
      in.getline(buf, sizeof buf);
      std::streamsize got = in.gcount();
      if (in.eof()) {
        more = false;
        ended = true;
      } else if (in.fail()) {
        in.clear();  // a full buffer without a newline: the line goes on
      } else {
        ended = true;
        --got;  // the newline
      }
      length += static_cast<std::uintmax_t>(got);
      if (length <= kMaxArticleBytes) line.append(buf, static_cast<std::size_t>(got));
    }
    if (line_no == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    std::string origin = fmt::format("{}:{}", path, line_no);
    if (length > kMaxArticleBytes) {
      any = true;
      if (!Ready(fn, origin, Status::InvalidInput(TooBig(origin, length)))) return false;
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    any = true;
    RawArticle raw;
    raw.origin = std::move(origin);
    raw.kind = Kind::kJson;
    raw.data = line;
    raw.path = path;
    raw.first_line = line_no;
    if (!fn(raw)) return false;
  }
  if (!any)
    return Ready(fn, path, Status::InvalidInput(fmt::format("{}:1:1: no articles in file", path)));
  return true;
}

/// ForEachArticle without the parsing: calls fn with each raw article of
/// one input in order; stops when fn returns false (then returns false).
bool ForEachRawArticle(const std::string& path, std::istream& in, const RawFn& fn) {
  std::string origin = path;
  Kind kind = path == "-" ? Kind::kUnknown : KindOf(path);
  std::ifstream f;
  if (path != "-") {
    std::error_code ec;
    std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxArticleBytes && kind != Kind::kJsonLines &&
        kind != Kind::kUnknown)
      return Ready(fn, origin, Status::InvalidInput(TooBig(path, size)));
    f.open(path, std::ios::binary);
    if (!f) return Ready(fn, origin, Status::IoError(fmt::format("{}: cannot read file", path)));
    if (kind == Kind::kJsonLines) {
      if (!ForEachJsonLine(f, path, fn)) return false;
      if (f.bad()) return Ready(fn, origin, Status::IoError(fmt::format("{}: read error", path)));
      return true;
    }
  }
  std::istream& src = path == "-" ? in : f;
  std::string data;
  {
    // Block reads: a character iterator costs a call per byte.
    char buf[1 << 16];
    while (src.read(buf, sizeof buf) || src.gcount() > 0)
      data.append(buf, static_cast<std::size_t>(src.gcount()));
  }
  if (src.bad()) return Ready(fn, origin, Status::IoError(fmt::format("{}: read error", path)));
  data = StripBom(std::move(data));
  if (kind == Kind::kUnknown) kind = Sniff(data);

  if (kind == Kind::kJsonLines) {
    std::istringstream lines(std::move(data));
    return ForEachJsonLine(lines, path, fn);
  }
  if (data.size() > kMaxArticleBytes)
    return Ready(fn, origin, Status::InvalidInput(TooBig(path, data.size())));
  if (data.find_first_not_of(" \t\r\n") == std::string::npos)
    return Ready(fn, origin, Status::InvalidInput(fmt::format(
                                 "{}:1:1: empty file, expected {}", path,
                                 kind == Kind::kJson ? "an article object" : "an article")));
  RawArticle raw;
  raw.origin = std::move(origin);
  raw.kind = kind;
  raw.data = std::move(data);
  raw.path = path;
  return fn(raw);
}

}  // namespace

bool ForEachArticle(const std::string& path, std::istream& in,
                    const std::function<bool(ReadItem&)>& fn) {
  return ForEachRawArticle(path, in, [&](RawArticle& raw) {
    ReadItem item = Process(raw);
    return fn(item);
  });
}

std::vector<ReadItem> ReadArticles(const std::string& path, std::istream& in) {
  std::vector<ReadItem> items;
  ForEachArticle(path, in, [&](ReadItem& item) {
    items.push_back(std::move(item));
    return true;
  });
  return items;
}

InputList ListInputs(const std::vector<std::string>& paths) {
  InputList list;
  for (const std::string& p : paths) {
    if (p == "-") {
      list.files.push_back(p);
      continue;
    }
    std::error_code ec;
    // One stat per path: is_directory() and exists() would each make one.
    const fs::file_status status = fs::status(p, ec);
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        std::string f = it->path().string();
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') continue;
        if (KindOf(f) == Kind::kUnknown) {
          ++list.skipped;
          continue;
        }
        found.push_back(f);
      }
      if (ec) list.errors.push_back(fmt::format("{}: {}", p, ec.message()));
      std::sort(found.begin(), found.end());
      list.files.insert(list.files.end(), found.begin(), found.end());
    } else if (fs::exists(status)) {
      list.files.push_back(p);
    } else {
      list.errors.push_back(fmt::format("{}: no such file or folder", p));
    }
  }
  return list;
}

namespace {

/// The single writer of an ingest: stores items in input order, grouping
/// articles into batched transactions (Store::BeginBatch). The first
/// article a run adds or replaces is committed at once (a run shows progress
/// and keeps it at once, however many unchanged articles came before); later
/// batches commit when they hold kMaxBatch articles or are kMaxBatchAge old,
/// when the writer has waited that long for work, and before a stop is
/// reported. A kill loses at most about kMaxBatchAge of work.
class BatchWriter {
 public:
  static constexpr std::size_t kMaxBatch = 512;
  static constexpr std::chrono::milliseconds kMaxBatchAge{100};

  BatchWriter(Store& store, IngestSummary& sum, IngestProgress& progress,
              const IngestOptions& options)
      : store_(store), sum_(sum), progress_(progress), options_(options) {}
  BatchWriter(const BatchWriter&) = delete;
  BatchWriter& operator=(const BatchWriter&) = delete;

  /// Stores or rejects one item. Returns false when should_stop asks to
  /// stop (the batch is committed first).
  bool Write(ReadItem& item) {
    if (!item.article) {
      ++sum_.rejected;
      sum_.errors.push_back(item.article.error().message());
    } else {
      if (!open_) {
        store_.BeginBatch();
        open_ = true;
        opened_ = std::chrono::steady_clock::now();
      }
      AddResult r = store_.AddArticle(*item.article);
      ++in_batch_;
      if (r.outcome != AddOutcome::kUnchanged) ++changed_;
      ++progress_.articles;
      switch (r.outcome) {
        case AddOutcome::kAdded: ++sum_.added; break;
        case AddOutcome::kUnchanged: ++sum_.unchanged; break;
        case AddOutcome::kReplaced: ++sum_.replaced; break;
      }
      sum_.new_entities += static_cast<std::size_t>(r.new_entities);
      sum_.new_relations += static_cast<std::size_t>(r.new_relations);
      if (changed_ >= limit_ || in_batch_ >= kMaxBatch || Age() >= kMaxBatchAge)
        Commit();
    }
    if (options_.should_stop && options_.should_stop()) {
      Commit();
      sum_.stopped = true;
      return false;
    }
    return true;
  }

  /// Commits the open batch, if any.
  void Commit() {
    if (!open_) return;
    store_.CommitBatch();
    open_ = false;
    in_batch_ = 0;
    if (changed_ > 0) limit_ = kMaxBatch;
    changed_ = 0;
  }

  /// How long until the open batch must commit (max() when none is open).
  std::chrono::steady_clock::duration Due() const {
    if (!open_) return std::chrono::steady_clock::duration::max();
    return std::max(kMaxBatchAge - Age(), std::chrono::steady_clock::duration::zero());
  }

  /// After a file's last item.
  void FileDone() {
    ++progress_.files_done;
    if (options_.on_progress) options_.on_progress(progress_);
  }

 private:
  std::chrono::steady_clock::duration Age() const {
    return std::chrono::steady_clock::now() - opened_;
  }
  Store& store_;
  IngestSummary& sum_;
  IngestProgress& progress_;
  const IngestOptions& options_;
  bool open_ = false;
  std::size_t in_batch_ = 0;
  std::size_t changed_ = 0;  ///< Articles of the batch that wrote something.
  std::size_t limit_ = 1;    ///< Changed articles that commit the batch.
  std::chrono::steady_clock::time_point opened_;
};

/// A raw article on its way through the workers, or its result.
struct Slot {
  std::size_t file = 0;      ///< Index into the input list.
  std::size_t bytes = 0;     ///< Raw size, for the memory bound.
  std::optional<RawArticle> raw;
  std::optional<ReadItem> item;
  std::exception_ptr error;  ///< What Process threw, rethrown in order.
};

/// Parsing and extraction on `jobs` worker threads between one reader
/// thread (inputs in order) and the calling thread, the single writer,
/// which stores results in input order: the store is the one a sequential
/// run makes. At most kWindow articles and about kMaxBytes of raw input are
/// in flight, so memory stays bounded however large the corpus.
class Pipeline {
 public:
  static constexpr std::size_t kMaxBytes = std::size_t{64} << 20;

  Pipeline(const std::vector<std::string>& files, std::istream& in, unsigned jobs)
      : files_(files), in_(in), jobs_(jobs), window_(8 * std::size_t{jobs} + 8) {}
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  ~Pipeline() { Stop(); }

  /// Runs the whole input through writer. Exceptions of the reader, the
  /// workers or the writer reach the caller after every thread stopped.
  void Run(BatchWriter& writer) {
    threads_.emplace_back([this] { ReadAll(); });
    for (unsigned i = 0; i < jobs_; ++i) threads_.emplace_back([this] { Work(); });
    std::size_t file = 0;
    bool any = false;
    while (true) {
      std::unique_lock lock(mu_);
      auto ready = [&] {
        return (!slots_.empty() && (slots_.front().item || slots_.front().error)) ||
               (reader_done_ && slots_.empty());
      };
      while (!ready()) {
        std::chrono::steady_clock::duration due = writer.Due();
        if (due == std::chrono::steady_clock::duration::max()) {
          written_cv_.wait(lock);  // reused: the workers notify it too
        } else if (written_cv_.wait_for(lock, due) == std::cv_status::timeout &&
                   !ready()) {
          lock.unlock();
          writer.Commit();  // nothing to write for a while: make it durable
          lock.lock();
        }
      }
      if (slots_.empty()) {
        if (reader_error_) {
          lock.unlock();
          writer.Commit();
          std::rethrow_exception(reader_error_);
        }
        break;
      }
      Slot& slot = slots_.front();
      if (slot.error) {
        std::exception_ptr e = slot.error;
        lock.unlock();
        writer.Commit();
        std::rethrow_exception(e);
      }
      ReadItem item = std::move(*slot.item);
      std::size_t slot_file = slot.file;
      in_flight_bytes_ -= slot.bytes;
      slots_.pop_front();
      ++base_;
      lock.unlock();
      space_cv_.notify_one();
      while (any && file < slot_file) {
        writer.FileDone();
        ++file;
      }
      any = true;
      file = slot_file;
      if (!writer.Write(item)) return;
    }
    if (any) writer.FileDone();
  }

 private:
  void ReadAll() {
    try {
      for (std::size_t f = 0; f < files_.size(); ++f) {
        bool go = ForEachRawArticle(files_[f], in_, [&](RawArticle& raw) {
          std::size_t bytes = raw.data.size();
          std::unique_lock lock(mu_);
          space_cv_.wait(lock, [&] {
            return stop_ || slots_.empty() ||
                   (slots_.size() < window_ && in_flight_bytes_ + bytes <= kMaxBytes);
          });
          if (stop_) return false;
          Slot& slot = slots_.emplace_back();
          slot.file = f;
          slot.bytes = bytes;
          in_flight_bytes_ += bytes;
          if (raw.ready) {
            slot.item = std::move(*raw.ready);
            lock.unlock();
            written_cv_.notify_all();
          } else {
            slot.raw = std::move(raw);
            todo_.push_back(base_ + slots_.size() - 1);
            lock.unlock();
            work_cv_.notify_one();
          }
          return true;
        });
        if (!go) break;
      }
    } catch (...) {
      std::lock_guard lock(mu_);
      reader_error_ = std::current_exception();
    }
    {
      std::lock_guard lock(mu_);
      reader_done_ = true;
    }
    work_cv_.notify_all();
    written_cv_.notify_all();
  }

  void Work() {
    while (true) {
      std::unique_lock lock(mu_);
      work_cv_.wait(lock, [&] { return stop_ || !todo_.empty() || reader_done_; });
      if (stop_ || todo_.empty()) return;  // stopped, or the reader is done
      std::size_t seq = todo_.front();
      todo_.pop_front();
      // The writer pops a slot only once its result is in: seq stays valid.
      Slot* slot = &slots_[seq - base_];
      RawArticle raw = std::move(*slot->raw);
      slot->raw.reset();
      lock.unlock();
      std::optional<ReadItem> item;
      std::exception_ptr error;
      try {
        item = Process(raw);
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      slot = &slots_[seq - base_];
      slot->item = std::move(item);
      slot->error = error;
      lock.unlock();
      written_cv_.notify_all();
    }
  }

  /// Stops the reader and the workers and joins them.
  void Stop() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    space_cv_.notify_all();
    work_cv_.notify_all();
    for (std::thread& t : threads_) t.join();
    threads_.clear();
  }

  const std::vector<std::string>& files_;
  std::istream& in_;
  const unsigned jobs_;
  const std::size_t window_;
  std::vector<std::thread> threads_;
  std::mutex mu_;
  std::condition_variable work_cv_;     ///< Work queued, or the end.
  std::condition_variable written_cv_;  ///< A result is ready for the writer.
  std::condition_variable space_cv_;    ///< The writer made room.
  std::deque<Slot> slots_;              ///< Read, not yet written, in order.
  std::size_t base_ = 0;                ///< Sequence number of slots_.front().
  std::deque<std::size_t> todo_;        ///< Sequence numbers for the workers.
  std::size_t in_flight_bytes_ = 0;
  bool reader_done_ = false;
  bool stop_ = false;
  std::exception_ptr reader_error_;
};

}  // namespace

IngestSummary Ingest(Store& store, const std::vector<std::string>& paths,
                     std::istream& in, const IngestOptions& options) {
  IngestSummary sum;
  InputList inputs = ListInputs(paths);
  sum.skipped_files = inputs.skipped;
  for (std::string& e : inputs.errors) {
    sum.errors.push_back(std::move(e));
    ++sum.rejected;
  }
  IngestProgress progress;
  progress.files_total = inputs.files.size();
  BatchWriter writer(store, sum, progress, options);
  if (options.should_stop && options.should_stop()) {
    sum.stopped = true;
    return sum;
  }
  unsigned jobs = options.jobs != 0 ? options.jobs
                                    : std::max(1u, std::thread::hardware_concurrency());
  try {
    if (jobs <= 1) {
      for (const std::string& file : inputs.files) {
        bool go = ForEachRawArticle(file, in, [&](RawArticle& raw) {
          ReadItem item = Process(raw);
          return writer.Write(item);
        });
        if (!go) break;
        writer.FileDone();
      }
    } else {
      Pipeline pipeline(inputs.files, in, jobs);
      pipeline.Run(writer);
    }
    writer.Commit();
  } catch (...) {
    // What was stored before the failure stays stored (the failed
    // article's own writes were undone by its savepoint).
    try {
      writer.Commit();
    } catch (...) {
    }
    throw;
  }
  return sum;
}

}  // namespace kg
