// libFuzzer target: the text extractor (ingest/extract.h).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kg::fuzz::FuzzExtract(data, size);
  return 0;
}
