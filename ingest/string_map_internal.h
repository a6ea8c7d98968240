#pragma once

// A small hash map from strings, for the extractor's per-article tables,
// and a cheap filter in front of word lists (private to ingest/).

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::ingest_internal {

/// Hashes 8 bytes at a time (a multiply-xorshift mix); not for untrusted
/// keys chosen to collide, only for speed on words and names.
inline std::uint64_t HashBytes(std::string_view s) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = s.size() * kMul;
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    // The last n bytes as one number (on a little-endian machine byte k at
    // bit 8k, as a byte loop would build it) in at most three reads: the
    // eight bytes that end the string when it has eight, else two
    // overlapping four-byte reads or three one-byte ones.
    std::uint64_t v = 0;
    if (s.size() >= 8) {
      std::memcpy(&v, p + n - 8, 8);
      v >>= 8 * (8 - n);
    } else if (n >= 4) {
      std::uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      v = lo | static_cast<std::uint64_t>(hi) << (8 * (n - 4));
    } else {
      v = static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
          static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << (8 * (n / 2)) |
          static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << (8 * (n - 1));
    }
    h = (h ^ v) * kMul;
    h ^= h >> 29;
  }
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

/// Per first byte, a bit per length (31: 31 bytes or more) of the words of
/// a list: most words that are not in the list differ from all of them
/// there, and are turned away without a hash. The empty word counts as
/// first byte 0 and length 0.
class FirstByteLengths {
 public:
  void Add(std::string_view w) { bits_[First(w)] |= Bit(w.size()); }
  bool May(std::string_view w) const { return (bits_[First(w)] & Bit(w.size())) != 0; }

 private:
  static unsigned char First(std::string_view w) {
    return w.empty() ? 0 : static_cast<unsigned char>(w[0]);
  }
  static std::uint32_t Bit(std::size_t n) { return 1u << std::min<std::size_t>(n, 31); }
  std::array<std::uint32_t, 256> bits_{};
};

/// A map from strings to V with std::unordered_map's find / emplace /
/// operator[] behaviour, in flat vectors: keys (end to end in one string)
/// and values in insertion order, and an open-addressing index (linear probing, power-of-two size)
/// with one tag byte per slot (7 bits of the hash), so that a miss reads a
/// few bytes of a small array and compares no string. Lookups take a
/// string_view. Unlike std::unordered_map, a pointer to a value lives only
/// until the next insertion. V is not bool (std::vector<bool> holds no
/// addressable values); a set is a StringMap<std::uint8_t>. Const lookups may run
/// concurrently; an insertion may not.
template <typename V>
class StringMap {
 public:
  StringMap() = default;
  /// Room for `keys` keys (of 16 bytes on average) without growing.
  explicit StringMap(std::size_t keys) {
    std::size_t capacity = 16;
    while (capacity < 2 * keys) capacity *= 2;
    Rehash(capacity);
    keys_.reserve(keys);
    values_.reserve(keys);
    arena_.reserve(16 * keys);
  }

  /// The value under key, or nullptr.
  V* Find(std::string_view key) {
    const std::size_t i = Index(key, HashBytes(key));
    return i == kNone ? nullptr : &values_[i];
  }
  const V* Find(std::string_view key) const {
    const std::size_t i = Index(key, HashBytes(key));
    return i == kNone ? nullptr : &values_[i];
  }
  bool Contains(std::string_view key) const { return Find(key) != nullptr; }

  /// Stores value under key when key is absent. Returns the value under key
  /// and whether it was stored.
  std::pair<V*, bool> Emplace(std::string_view key, V value) {
    const std::uint64_t h = HashBytes(key);
    if (std::size_t i = Index(key, h); i != kNone) return {&values_[i], false};
    if ((keys_.size() + 1) * 2 > slots_.size())
      Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    Place(h, static_cast<std::uint32_t>(keys_.size()));
    keys_.push_back(KeySpan{arena_.size(), key.size()});
    arena_.append(key);
    values_.push_back(std::move(value));
    return {&values_.back(), true};
  }

  /// The value under key, value-initialised first when key is absent.
  V& operator[](std::string_view key) { return *Emplace(key, V()).first; }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t index = kEmpty;  ///< Into keys_ and values_.
  };

  /// A used slot's tag: the hash's top 7 bits, with the high bit set.
  static std::uint8_t Tag(std::uint64_t h) {
    return static_cast<std::uint8_t>((h >> 57) | 0x80);
  }

  std::size_t Index(std::string_view key, std::uint64_t h) const {
    if (slots_.empty()) return kNone;
    const std::uint8_t tag = Tag(h);
    for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
      const std::uint8_t t = tags_[s];
      if (t == 0) return kNone;
      if (t != tag) continue;
      const Slot& slot = slots_[s];
      if (slot.hash == h && KeyAt(slot.index) == key) return slot.index;
    }
  }

  void Place(std::uint64_t h, std::uint32_t index) {
    std::size_t s = h & mask_;
    while (tags_[s] != 0) s = (s + 1) & mask_;
    tags_[s] = Tag(h);
    slots_[s] = Slot{h, index};
  }

  void Rehash(std::size_t capacity) {
    slots_.assign(capacity, Slot());
    tags_.assign(capacity, 0);
    mask_ = capacity - 1;
    for (std::size_t k = 0; k < keys_.size(); ++k)
      Place(HashBytes(KeyAt(k)), static_cast<std::uint32_t>(k));
  }

  struct KeySpan {
    std::size_t offset = 0;
    std::size_t size = 0;
  };
  std::string_view KeyAt(std::size_t i) const {
    return std::string_view(arena_).substr(keys_[i].offset, keys_[i].size);
  }

  std::string arena_;            ///< The keys, end to end.
  std::vector<KeySpan> keys_;    ///< Each key's place in arena_.
  std::vector<V> values_;
  std::vector<std::uint8_t> tags_;  ///< Per slot: 0 = empty, else Tag().
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace kg::ingest_internal
