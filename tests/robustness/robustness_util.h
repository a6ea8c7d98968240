#pragma once
// Helpers of the robustness tests (issue 5): the real `kg` binary as a child
// process, a generated corpus whose per-article contents are known, and raw
// read-only looks into a store.

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "tests/test_util.h"

namespace kg::testing {

/// The real kg binary run as a child, its output in files.
class Child {
 public:
  /// Starts `kg args…` with stdin from /dev/null, stdout and stderr to files.
  Child(const std::vector<std::string>& args, const std::string& out_file,
        const std::string& err_file) {
    std::vector<std::string> argv_s = {Binary()};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    pid_ = fork();
    if (pid_ == 0) {
      int in = open("/dev/null", O_RDONLY);
      int out = open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(in, 0);
      dup2(out, 1);
      dup2(err, 2);
      std::vector<char*> argv;
      for (std::string& a : argv_s) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
  }
  ~Child() {
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      Wait();
    }
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  void Signal(int sig) const { kill(pid_, sig); }
  /// Waits for the child; returns the raw wait status. usage, when given,
  /// receives the child's resource use (peak RSS in ru_maxrss, KiB).
  int Wait(rusage* usage = nullptr) {
    if (waited_) return status_;
    wait4(pid_, &status_, 0, usage);
    waited_ = true;
    return status_;
  }
  /// True once the child has exited (does not block).
  bool Done() {
    if (waited_) return true;
    if (waitpid(pid_, &status_, WNOHANG) == pid_) waited_ = true;
    return waited_;
  }
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = -1;
  int status_ = 0;
  bool waited_ = false;
};

/// Runs the real binary to the end; returns its exit code (-signal if killed)
/// and its standard output and error.
inline CliResult RunKg(const TempDir& dir, const std::vector<std::string>& args) {
  Child c(args, dir.File("run.out"), dir.File("run.err"));
  int st = c.Wait();
  CliResult r;
  r.code = WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
  r.out = ReadFile(dir.File("run.out"));
  r.err = ReadFile(dir.File("run.err"));
  return r;
}

/// What article i of a generated corpus holds: 4 entities (a company and a
/// project of its own, a country and a mineral shared with other articles)
/// and 4 facts, one of them (country produces mineral) shared.
struct GeneratedArticle {
  std::string id;
  std::string company, project, country, mineral;
  static constexpr int kMentions = 4;
  static constexpr int kEvidence = 4;
};

inline constexpr const char* kCountries[] = {
    "Chile", "Australia", "Kazakhstan", "Greenland", "Vietnam", "Indonesia",
    "Canada", "Brazil", "Namibia", "Mongolia", "Argentina", "Finland"};
inline constexpr const char* kMinerals[] = {
    "lithium", "gallium", "germanium", "tungsten", "antimony", "cobalt",
    "nickel", "graphite", "neodymium", "dysprosium", "scandium"};
inline constexpr const char* kWords[] = {
    "Aurora", "Boreal", "Cobalt Ridge", "Delta", "Eagle", "Fjord", "Granite",
    "Horizon", "Iron Peak", "Jade", "Kestrel", "Lumen", "Meridian", "Nova"};

inline GeneratedArticle Generated(int i) {
  GeneratedArticle a;
  a.id = fmt::format("gen-{:05d}", i);
  std::string word = kWords[i % std::size(kWords)];
  a.company = fmt::format("{} Minerals {}", word, i);
  a.project = fmt::format("{} Deposit {}", kWords[(i / 7) % std::size(kWords)], i);
  a.country = kCountries[i % std::size(kCountries)];
  a.mineral = kMinerals[(i / 3) % std::size(kMinerals)];
  return a;
}

inline std::string GeneratedJson(int i) {
  GeneratedArticle a = Generated(i);
  std::string s1 = fmt::format("{} operates the {}.", a.company, a.project);
  std::string s2 = fmt::format("The {} lies in {} and holds {}.", a.project,
                               a.country, a.mineral);
  std::string s3 = fmt::format("{} produces {}.", a.country, a.mineral);
  return fmt::format(
      R"({{"id": "{}", "title": "Report {}", "published": "2025-{:02d}-{:02d}",)"
      R"( "source": "generated", "text": "{} {} {}",)"
      R"( "entities": [{{"id": "c", "name": "{}", "type": "Company"}},)"
      R"( {{"id": "p", "name": "{}", "type": "Project"}},)"
      R"( {{"id": "k", "name": "{}", "type": "Country"}},)"
      R"( {{"id": "m", "name": "{}", "type": "Mineral"}}],)"
      R"( "relations": [{{"subject": "c", "relation": "operates", "object": "p", "evidence": "{}"}},)"
      R"( {{"subject": "p", "relation": "located_in", "object": "k", "evidence": "{}"}},)"
      R"( {{"subject": "p", "relation": "has_reserves_of", "object": "m", "evidence": "{}"}},)"
      R"( {{"subject": "k", "relation": "produces", "object": "m", "evidence": "{}", "date": "{}"}}]}})",
      a.id, i, 1 + i % 12, 1 + i % 28, s1, s2, s3, a.company, a.project,
      a.country, a.mineral, s1, s2, s2, s3, 2000 + i % 25);
}

/// Writes articles [0, n) as one .json file each under dir/sub.
inline std::string MakeCorpus(const TempDir& dir, const std::string& sub, int from,
                              int to) {
  std::filesystem::path p = dir.path() / sub;
  std::filesystem::create_directories(p);
  for (int i = from; i < to; ++i)
    WriteFile((p / fmt::format("a{:05d}.json", i)).string(), GeneratedJson(i));
  return p.string();
}

/// Per article of a store: (mention rows, evidence rows), read through a
/// separate read-only connection.
struct ArticleRows {
  int mentions = 0;
  int evidence = 0;
};

inline std::map<std::string, ArticleRows> ArticlesInStore(const std::string& db_path) {
  std::map<std::string, ArticleRows> out;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return out;
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT a.ext_id, (SELECT COUNT(*) FROM mentions m WHERE "
                     "m.article_id = a.id), (SELECT COUNT(*) FROM evidence v "
                     "WHERE v.article_id = a.id) FROM articles a",
                     -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW)
    out[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = {
        sqlite3_column_int(st, 1), sqlite3_column_int(st, 2)};
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

/// How many articles a store holds (0 when there is no store yet).
inline std::size_t StoredArticles(const std::string& db_path) {
  sqlite3* db = nullptr;
  std::size_t n = 0;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM articles", -1, &st, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
      n = static_cast<std::size_t>(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return n;
}

/// The names of every entity of a store, read-only.
inline std::set<std::string> EntityNames(const std::string& db_path) {
  std::set<std::string> out;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return out;
  }
  sqlite3_busy_timeout(db, 10000);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM entities", -1, &st, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW)
    out.insert(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

/// Checks that the store holds each generated article wholly or not at all:
/// its rows, its own company and project, nothing of absent articles.
/// Returns "" when so, else the first discrepancy.
inline std::string CheckAllOrNothing(const std::string& db_path, int n) {
  std::map<std::string, ArticleRows> have = ArticlesInStore(db_path);
  std::set<std::string> names = EntityNames(db_path);
  for (int i = 0; i < n; ++i) {
    GeneratedArticle a = Generated(i);
    auto it = have.find(a.id);
    bool in = it != have.end();
    if (in && (it->second.mentions != GeneratedArticle::kMentions ||
               it->second.evidence != GeneratedArticle::kEvidence))
      return fmt::format("article {} is partial: {} mentions, {} evidence rows",
                         a.id, it->second.mentions, it->second.evidence);
    if (in != (names.count(a.company) == 1) || in != (names.count(a.project) == 1))
      return fmt::format("article {} is {} but its company/project is {}", a.id,
                         in ? "stored" : "absent",
                         names.count(a.company) ? "present" : "absent");
  }
  if (have.size() > static_cast<std::size_t>(n))
    return fmt::format("{} articles stored, only {} generated", have.size(), n);
  return "";
}

}  // namespace kg::testing
