// Issue 5, interruptions: the real `kg ingest` killed with SIGKILL at many
// random points, and stopped with SIGINT/SIGTERM. After each: `kg check`
// passes, every article is wholly in the store or not at all, and finishing
// the ingest gives exactly the store an uninterrupted run gives.
#include <gtest/gtest.h>

#include <chrono>
#include <random>

#include "tests/robustness/robustness_util.h"

namespace kg {
namespace {

using namespace std::chrono_literals;
using kg::testing::CheckAllOrNothing;
using kg::testing::Child;
using kg::testing::Kg;
using kg::testing::ReadFile;
using kg::testing::RunKg;
using kg::testing::TempDir;

// Under AddressSanitizer a third of the corpus still takes seconds to ingest.
constexpr int kArticles = kg::testing::kUnderAsan ? 1000 : 3000;
constexpr int kKills = 60;

/// One corpus and its uninterrupted store, shared by the tests below.
class InterruptTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    corpus_ = kg::testing::MakeCorpus(*dir_, "corpus", 0, kArticles);
    std::string ref = dir_->File("reference.db");
    auto start = std::chrono::steady_clock::now();
    auto r = RunKg(*dir_, {"--db", ref, "ingest", "-q", corpus_});
    full_time_ = std::chrono::steady_clock::now() - start;
    ASSERT_EQ(r.code, 0) << r.err;
    reference_ = Kg({"--db", ref, "export", "--format", "json"}).out;
    ASSERT_GT(reference_.size(), 1000u);
    std::printf("uninterrupted ingest of %d articles: %.2f s\n", kArticles,
                std::chrono::duration<double>(full_time_).count());
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static TempDir* dir_;
  static std::string corpus_;
  static std::string reference_;
  static std::chrono::steady_clock::duration full_time_;
};
TempDir* InterruptTest::dir_ = nullptr;
std::string InterruptTest::corpus_;
std::string InterruptTest::reference_;
std::chrono::steady_clock::duration InterruptTest::full_time_;

TEST_F(InterruptTest, SigkillAtRandomPointsLosesNothingAndResumes) {
  TempDir work;
  std::string db = work.File("killed.db");
  std::mt19937 rng(20261126);
  // Each run is killed at a random moment within a slice of the
  // uninterrupted time after it stored its first new article, so the kills
  // fall while articles are being written, spread over the whole corpus.
  // A slice of 1/80 leaves most of the corpus for later kills even when a
  // loaded machine runs the killed ingests faster than the reference run.
  auto slice = std::chrono::duration_cast<std::chrono::microseconds>(full_time_) / 80;
  std::uniform_int_distribution<long> delay(0, slice.count());
  int killed_mid_run = 0;
  std::size_t last = 0;
  for (int k = 0; k < kKills && last < static_cast<std::size_t>(kArticles); ++k) {
    Child c({"--db", db, "ingest", "-q", corpus_}, work.File("out"), work.File("err"));
    auto deadline = std::chrono::steady_clock::now() + 30s;
    while (kg::testing::StoredArticles(db) <= last && !c.Done() &&
           std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(500us);
    std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
    bool finished = c.Done();
    c.Signal(SIGKILL);
    int st = c.Wait();
    if (!finished && WIFSIGNALED(st)) ++killed_mid_run;
    auto check = Kg({"--db", db, "check"});
    ASSERT_EQ(check.code, 0) << "after kill " << k << ":\n" << check.out << check.err;
    std::string partial = CheckAllOrNothing(db, kArticles);
    ASSERT_EQ(partial, "") << "after kill " << k;
    std::size_t now = kg::testing::StoredArticles(db);
    EXPECT_GE(now, last) << "a kill lost committed articles";
    last = now;
  }
  std::printf("%d SIGKILLs during ingest; %zu of %d articles stored before the "
              "final run\n", killed_mid_run, last, kArticles);
  EXPECT_GE(killed_mid_run, 50);
  auto r = RunKg(work, {"--db", db, "ingest", "-q", corpus_});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Kg({"--db", db, "check"}).code, 0);
  EXPECT_EQ(CheckAllOrNothing(db, kArticles), "");
  EXPECT_EQ(kg::testing::StoredArticles(db), static_cast<std::size_t>(kArticles));
  std::string resumed = Kg({"--db", db, "export", "--format", "json"}).out;
  EXPECT_TRUE(resumed == reference_) << "export differs from the uninterrupted run";
}

/// SIGINT and SIGTERM stop after the current article, with a message and
/// 128 + signal, leaving a sound store the next run completes.
void StopsCleanly(const std::string& corpus, const std::string& reference,
                  int sig, int expected_code, const char* name) {
  TempDir work;
  std::string db = work.File("stopped.db");
  std::mt19937 rng(static_cast<unsigned>(sig));
  std::uniform_int_distribution<int> delay_ms(0, 150);
  for (int round = 0; round < 4; ++round) {
    std::size_t before = kg::testing::StoredArticles(db);
    if (before == static_cast<std::size_t>(kArticles)) break;
    Child c({"--db", db, "ingest", "-q", corpus}, work.File("out"), work.File("err"));
    // Signal once the ingest loop runs (the handlers are installed by then).
    auto deadline = std::chrono::steady_clock::now() + 20s;
    while (kg::testing::StoredArticles(db) <= before && !c.Done() &&
           std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(2ms);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(rng)));
    bool finished = c.Done();
    c.Signal(sig);
    int st = c.Wait();
    ASSERT_TRUE(WIFEXITED(st)) << name << " killed the process instead of stopping it";
    std::string err = ReadFile(work.File("err"));
    if (!finished) {
      EXPECT_EQ(WEXITSTATUS(st), expected_code) << err;
      EXPECT_NE(err.find(fmt::format("kg: stopped by {} after the last complete article", name)),
                std::string::npos) << err;
      EXPECT_NE(ReadFile(work.File("out")).find("articles: "), std::string::npos);
    }
    auto check = Kg({"--db", db, "check"});
    ASSERT_EQ(check.code, 0) << check.out << check.err;
    ASSERT_EQ(CheckAllOrNothing(db, kArticles), "");
  }
  auto r = RunKg(work, {"--db", db, "ingest", "-q", corpus});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(Kg({"--db", db, "export", "--format", "json"}).out == reference);
}

TEST_F(InterruptTest, SigintStopsAfterTheCurrentArticleWith130) {
  StopsCleanly(corpus_, reference_, SIGINT, 130, "SIGINT");
}

TEST_F(InterruptTest, SigtermStopsAfterTheCurrentArticleWith143) {
  StopsCleanly(corpus_, reference_, SIGTERM, 143, "SIGTERM");
}

}  // namespace
}  // namespace kg
