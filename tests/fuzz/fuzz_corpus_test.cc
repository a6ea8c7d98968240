// Replays the fuzzers' regression inputs (tests/fuzz/corpus/<target>/) in the
// normal build: every input that once broke a target, and a few seeds, run
// through the same bodies as the libFuzzer targets (fuzz_targets.h).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "tests/fuzz/fuzz_pattern.h"
#include "tests/fuzz/fuzz_targets.h"
#include "tests/test_util.h"

namespace kg {
namespace {

std::size_t Replay(const std::string& target,
                   void (*body)(const std::uint8_t*, std::size_t)) {
  std::filesystem::path dir =
      std::filesystem::path(kg::testing::SourceDir()) / "tests/fuzz/corpus" / target;
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::string data = kg::testing::ReadFile(e.path().string());
    SCOPED_TRACE(e.path().filename().string());
    body(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
    ++n;
  }
  return n;
}

TEST(FuzzRegression, ArticleJsonInputs) {
  EXPECT_GT(Replay("article_json", kg::fuzz::FuzzArticleJson), 0u);
}

TEST(FuzzRegression, ExtractInputs) {
  EXPECT_GT(Replay("extract", kg::fuzz::FuzzExtract), 0u);
}

TEST(FuzzRegression, PatternInputs) {
  EXPECT_GT(Replay("pattern", kg::fuzz::FuzzPattern), 0u);
}

}  // namespace
}  // namespace kg
