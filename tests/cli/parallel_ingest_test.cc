// Issues 3 and 6: `kg ingest` parses and extracts on worker threads and
// writes from one thread in input order, so any --jobs gives the store that
// --jobs 1 gives, with the same summary, the same errors and exit code.
#include <gtest/gtest.h>

#include <filesystem>

#include <fmt/format.h>

#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::Kg;
using kg::testing::TempDir;
using kg::testing::WriteFile;

namespace fs = std::filesystem;

/// A folder of every kind of input: article JSON, raw text, HTML and
/// Markdown pages, JSON Lines with a bad line, a bad file, an empty file, and
/// many small generated articles (more than the workers' window).
std::string MakeMixedCorpus(const TempDir& dir) {
  fs::path root = dir.path() / "corpus";
  std::string src = kg::testing::SourceDir();
  for (const char* sub : {"data/articles", "tests/extraction/dev", "tests/extraction/dev2"}) {
    fs::path to = root / fs::path(sub).filename();
    fs::create_directories(to);
    for (const auto& e : fs::directory_iterator(fs::path(src) / sub))
      if (e.is_regular_file()) fs::copy_file(e.path(), to / e.path().filename());
  }
  fs::create_directories(root / "small");
  for (int i = 0; i < 150; ++i) {
    WriteFile((root / "small" / fmt::format("s{:03d}.txt", i)).string(),
              fmt::format("Miner {0} Holdings Ltd said on Monday it would develop the "
                          "Tor{0} lithium project in Chile's Atacama region, where "
                          "Codelco operates.\n",
                          i % 40));
  }
  WriteFile((root / "small" / "lines.jsonl").string(),
            "{\"entities\": [{\"name\": \"Fine Co\", \"type\": \"Company\"}]}\n"
            "{\"entities\": 7}\n"
            "{\"text\": \"Rostec withdrew from the Tomtorskoye project in Yakutia.\"}\n");
  WriteFile((root / "small" / "bad.json").string(), "{\"title\": \"x\",\n \"entities\": [}");
  WriteFile((root / "small" / "empty.txt").string(), "  \n");
  return root.string();
}

TEST(Issue3, ParallelIngestGivesTheStoreOfOneJob) {
  TempDir dir;
  std::string corpus = MakeMixedCorpus(dir);
  std::string one = dir.File("one.db");
  auto r1 = Kg({"--db", one, "ingest", "-q", "--jobs", "1", corpus});
  EXPECT_EQ(r1.code, 2) << r1.err;  // the bad inputs
  std::string reference = Kg({"--db", one, "export", "--format", "json"}).out;
  ASSERT_GT(reference.size(), 10000u);
  for (const char* jobs : {"2", "3", "8"}) {
    std::string db = dir.File(fmt::format("jobs{}.db", jobs));
    auto r = Kg({"--db", db, "ingest", "-q", "--jobs", jobs, corpus});
    EXPECT_EQ(r.code, r1.code) << jobs;
    EXPECT_EQ(r.out, r1.out) << jobs;
    EXPECT_EQ(r.err, r1.err) << jobs;
    EXPECT_TRUE(Kg({"--db", db, "export", "--format", "json"}).out == reference)
        << "--jobs " << jobs << " gave another store";
    // Again: every article unchanged, the same errors.
    auto again = Kg({"--db", db, "ingest", "-q", "--jobs", jobs, corpus});
    auto again1 = Kg({"--db", one, "ingest", "-q", "--jobs", "1", corpus});
    EXPECT_EQ(again.out, again1.out);
    EXPECT_EQ(again.err, again1.err);
  }
  EXPECT_NE(r1.err.find("lines.jsonl:2:14: \"entities\" must be an array"), std::string::npos)
      << r1.err;
  EXPECT_NE(r1.err.find("bad.json:2:15: invalid JSON"), std::string::npos) << r1.err;
  EXPECT_NE(r1.err.find("empty.txt:1:1: empty file"), std::string::npos) << r1.err;
}

TEST(Issue3, ParallelIngestReadsStdin) {
  TempDir dir;
  std::string text =
      "Rostec withdrew from the Tomtorskoye project in Yakutia in 2019, the "
      "Ministry of Industry and Trade said.\n";
  std::string a = dir.File("a.db"), b = dir.File("b.db");
  auto r1 = Kg({"--db", a, "ingest", "-q", "--jobs", "1", "-"}, text);
  auto r2 = Kg({"--db", b, "ingest", "-q", "--jobs", "4", "-"}, text);
  EXPECT_EQ(r1.code, 0) << r1.err;
  EXPECT_EQ(r2.code, 0) << r2.err;
  EXPECT_EQ(r1.out, r2.out);
  EXPECT_EQ(Kg({"--db", a, "export", "--format", "json"}).out,
            Kg({"--db", b, "export", "--format", "json"}).out);
}

}  // namespace
}  // namespace kg
