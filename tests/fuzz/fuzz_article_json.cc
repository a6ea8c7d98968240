// libFuzzer target: the article JSON reader (ingest/article_json.h).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kg::fuzz::FuzzArticleJson(data, size);
  return 0;
}
