// libFuzzer target: the pattern-query parser and matcher (query/pattern.h).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_pattern.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kg::fuzz::FuzzPattern(data, size);
  return 0;
}
