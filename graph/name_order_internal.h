#pragma once
// The order of relation names that the snapshot file's codes
// (Snapshot::Build), its overlay's merged lists (Snapshot::AddOverlay) and
// `kg import`'s relation ids (Store::ImportTables) all follow: byte order,
// as SQLite's BINARY collation sorts the relations table's index. For
// graph/*.cc only.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

/// Returns rank, where rank[c] is the position of name_of(c) among the names
/// of codes 0..count-1 sorted in byte order (std::string_view's operator<).
/// For distinct names that is how many names sort before it; equal names
/// (only in a damaged snapshot) get distinct positions in an unspecified but
/// repeatable order. name_of(c) must return something convertible to
/// std::string_view that stays valid for the call.
template <typename NameOf>
std::vector<std::uint32_t> NameRanks(std::size_t count, NameOf name_of) {
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::string_view(name_of(a)) < std::string_view(name_of(b));
  });
  std::vector<std::uint32_t> rank(count);
  for (std::size_t k = 0; k < order.size(); ++k)
    rank[order[k]] = static_cast<std::uint32_t>(k);
  return rank;
}

/// NameRanks of names by code: rank[c] is names[c]'s place in byte order.
inline std::vector<std::uint32_t> NameRanks(std::span<const std::string> names) {
  return NameRanks(names.size(),
                   [&](std::size_t c) -> const std::string& { return names[c]; });
}

}  // namespace kg
