#include "ingest/ingest.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

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

/// JSON Lines read line by line, each line at most kMaxArticleBytes held in
/// memory: longer lines are skipped to their end and reported.
bool ForEachJsonLine(std::istream& in, const std::string& path,
                     const std::function<bool(ReadItem&)>& fn) {
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
    ReadItem item;
    if (length > kMaxArticleBytes) {
      item = ReadItem{origin, Status::InvalidInput(TooBig(origin, length))};
    } else if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    } else {
      item = OneJson(line, SourcePosition{path, line_no}, origin);
    }
    any = true;
    if (!fn(item)) return false;
  }
  if (!any) {
    ReadItem item{path, Status::InvalidInput(fmt::format("{}:1:1: no articles in file", path))};
    return fn(item);
  }
  return true;
}

}  // namespace

bool ForEachArticle(const std::string& path, std::istream& in,
                    const std::function<bool(ReadItem&)>& fn) {
  auto one = [&](ReadItem item) { return fn(item); };
  std::string origin = path;
  Kind kind = path == "-" ? Kind::kUnknown : KindOf(path);
  std::ifstream f;
  if (path != "-") {
    std::error_code ec;
    std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxArticleBytes && kind != Kind::kJsonLines &&
        kind != Kind::kUnknown)
      return one({origin, Status::InvalidInput(TooBig(path, size))});
    f.open(path, std::ios::binary);
    if (!f) return one({origin, Status::IoError(fmt::format("{}: cannot read file", path))});
    if (kind == Kind::kJsonLines) {
      if (!ForEachJsonLine(f, path, fn)) return false;
      if (f.bad()) return one({origin, Status::IoError(fmt::format("{}: read error", path))});
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
  if (src.bad()) return one({origin, Status::IoError(fmt::format("{}: read error", path))});
  data = StripBom(std::move(data));
  if (kind == Kind::kUnknown) kind = Sniff(data);

  if (kind == Kind::kJsonLines) {
    std::istringstream lines(std::move(data));
    return ForEachJsonLine(lines, path, fn);
  }
  if (data.size() > kMaxArticleBytes) return one({origin, Status::InvalidInput(TooBig(path, data.size()))});
  if (data.find_first_not_of(" \t\r\n") == std::string::npos)
    return one({origin, Status::InvalidInput(fmt::format(
                            "{}:1:1: empty file, expected {}", path,
                            kind == Kind::kJson ? "an article object" : "an article"))});
  if (kind == Kind::kJson) return one(OneJson(data, SourcePosition{path, 1}, origin));
  Result<std::string> text = PrepareText(std::move(data), path);
  if (!text) return one({origin, text.error()});
  TextFormat format = kind == Kind::kHtml       ? TextFormat::kHtml
                      : kind == Kind::kMarkdown ? TextFormat::kMarkdown
                                                : TextFormat::kPlain;
  ArticleDoc doc = FromText(*text, format, path);
  ReadItem item;
  item.origin = origin;
  FinalizeArticle(doc, &item.json);
  item.article = std::move(doc);
  return fn(item);
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
    if (fs::is_directory(p, ec)) {
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
    } else if (fs::exists(p, ec)) {
      list.files.push_back(p);
    } else {
      list.errors.push_back(fmt::format("{}: no such file or folder", p));
    }
  }
  return list;
}

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
  for (const std::string& file : inputs.files) {
    if (options.should_stop && options.should_stop()) {
      sum.stopped = true;
      break;
    }
    ForEachArticle(file, in, [&](ReadItem& item) {
      if (!item.article) {
        ++sum.rejected;
        sum.errors.push_back(item.article.error().message());
        return true;
      }
      AddResult r = store.AddArticle(*item.article);
      ++progress.articles;
      switch (r.outcome) {
        case AddOutcome::kAdded: ++sum.added; break;
        case AddOutcome::kUnchanged: ++sum.unchanged; break;
        case AddOutcome::kReplaced: ++sum.replaced; break;
      }
      sum.new_entities += static_cast<std::size_t>(r.new_entities);
      sum.new_relations += static_cast<std::size_t>(r.new_relations);
      if (options.should_stop && options.should_stop()) {
        sum.stopped = true;
        return false;
      }
      return true;
    });
    if (sum.stopped) break;
    ++progress.files_done;
    if (options.on_progress) options.on_progress(progress);
  }
  return sum;
}

}  // namespace kg
