// `kg ingest x.txt` and `kg extract x.txt | kg ingest -` give the same store
// (issue 3): the extractor is a pure per-article filter.

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace {

using kg::testing::Kg;
using kg::testing::TempDir;

// The graph a store holds, as kg exports it (no ids, no ingest times).
std::string Graph(const std::string& db) {
  return Kg({"--db", db, "export", "--format", "json"}).out;
}

TEST(ExtractRoundTrip, IngestOfTextEqualsExtractPipedToIngest) {
  TempDir dir;
  const std::vector<std::string> kArticles = {
      "/tests/extraction/dev/d08_drc_cobalt_export_suspension_wire.txt",
      "/tests/extraction/dev/d11_lynas_malaysia_dysprosium.html",
      "/tests/extraction/dev2/e11_lkab_per_geijer_rare_earths.md",
  };
  for (const std::string& rel : kArticles) {
    const std::string path = kg::testing::SourceDir() + rel;
    const std::string direct = dir.File("direct.db");
    const std::string piped = dir.File("piped.db");
    ASSERT_EQ(Kg({"--db", direct, "ingest", path}).code, 0) << rel;
    kg::testing::CliResult extracted = Kg({"extract", path});
    ASSERT_EQ(extracted.code, 0) << extracted.err;
    ASSERT_FALSE(extracted.out.empty());
    ASSERT_EQ(Kg({"--db", piped, "ingest", "-"}, extracted.out).code, 0) << rel;
    std::string a = Graph(direct), b = Graph(piped);
    EXPECT_FALSE(a.empty());
    EXPECT_EQ(a, b) << rel;
  }
}

}  // namespace
