#pragma once
// Helpers shared by kg's tests: temporary folders, files, the real binary.

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace kg::testing {

// Built with AddressSanitizer (.ci/sanitize)? g++ defines
// __SANITIZE_ADDRESS__, clang answers __has_feature. Tests use it to skip
// memory bounds (ASan's shadow memory and quarantine) and to shrink corpora
// that only need to be large enough to interrupt (sanitized code is slower).
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KG_TEST_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(KG_TEST_UNDER_ASAN)
inline constexpr bool kUnderAsan = true;
#else
inline constexpr bool kUnderAsan = false;
#endif

/// A fresh folder under the system temp dir, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("kg_test_" + std::to_string(getpid()) + "_" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string File(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << data;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

struct CliResult {
  int code = 0;
  std::string out;
  std::string err;
};

/// Runs kg in process, like the binary would with these arguments.
inline CliResult Kg(const std::vector<std::string>& args, const std::string& stdin_text = "") {
  std::ostringstream out, err;
  std::istringstream in(stdin_text);
  CliResult r;
  r.code = kg::cli::RunCli(args, out, err, in);
  r.out = out.str();
  r.err = err.str();
  return r;
}

/// Runs a shell command; returns its exit status and standard output.
inline CliResult Shell(const std::string& command) {
  CliResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (p == nullptr) {
    r.code = -1;
    return r;
  }
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline std::string SourceDir() { return KG_SOURCE_DIR; }
inline std::string Binary() { return KG_BINARY; }
/// The sample articles that ship with kg: data/articles, one JSON file each.
// One literal, not a runtime append: g++ 12 -O2 reports a false
// -Warray-bounds on `SourceDir() + "/data/articles"` when it inlines both.
inline std::string DataDir() { return KG_SOURCE_DIR "/data/articles"; }

/// Single-quotes s for /bin/sh.
inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

}  // namespace kg::testing
