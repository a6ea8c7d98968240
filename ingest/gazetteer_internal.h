#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace kg::gazetteer_internal {

/// One data/gazetteer/*.tsv file compiled into the binary.
struct EmbeddedFile {
  const char* name;  ///< File name, e.g. "minerals.tsv"; nullptr ends the list.
  const char* data;  ///< Its whole text.
};
/// Generated at build time (ingest/embed_gazetteer.cmake).
extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

/// What a gazetteer line says a surface form is.
enum class GazKind : std::uint8_t {
  kEntity,     ///< One of the nine entity types (see GazEntry::type).
  kDemonym,    ///< "Russian": an adjective naming the country `canonical`.
  kFirstName,  ///< A common given name: a sign of a person.
};

inline constexpr std::uint8_t kFlagGroup = 1;      ///< Mineral group.
inline constexpr std::uint8_t kFlagAmbiguous = 2;  ///< Needs mineral context.
inline constexpr std::uint8_t kFlagProduct = 4;    ///< Processed product.
inline constexpr std::uint8_t kFlagCapital = 8;    ///< A capital city (metonym).

struct GazEntry {
  std::string surface;
  GazKind kind = GazKind::kEntity;
  EntityType type = EntityType::kOrganization;
  std::string canonical;  ///< Merge key and, for countries, the shown name.
  std::uint8_t flags = 0;
  std::string country;  ///< Country a region lies in / an organisation is based in.
};

/// A set of strings, each with an int, built once and then only read: open
/// addressing with linear probing over a power-of-two table, every slot
/// holding the key's full 64-bit hash so that a miss costs no string
/// comparison. Lookups take a string_view and build no string.
class KeyTable {
 public:
  /// The value stored under key; stores `init` first when key is new.
  int& Insert(std::string_view key, int init);
  /// The value stored under key, or nullptr. The pointer lives as long as
  /// the table is not changed.
  const int* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = Hash(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == kEmpty) return nullptr;
      if (s.hash == h && keys_[s.key] == key) return &s.value;
    }
  }

  /// Hashes 8 bytes at a time (a multiply-xorshift mix).
  static std::uint64_t Hash(std::string_view s) {
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
      std::uint64_t v = 0;
      for (std::size_t k = 0; k < n; ++k)
        v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
      h = (h ^ v) * kMul;
      h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t key = kEmpty;  ///< Index into keys_.
    int value = 0;
  };
  void Rehash(std::size_t capacity);

  std::vector<std::string> keys_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

/// The gazetteers, parsed once. Lookups are by a token-sequence key: the
/// tokens of a surface form joined by single spaces. Minerals are keyed in
/// lower case (they match in any case); everything else matches exactly.
/// Thread-safe after construction (read-only).
class Gazetteer {
 public:
  /// The process-wide instance, built on first use (thread-safe).
  static const Gazetteer& Get();

  /// Exact() and Mineral() of a key that starts no surface form.
  static constexpr int kNoKey = -2;
  /// What `key` is among the case-sensitive keys: kNoKey when no key starts
  /// with the token sequence `key`, -1 when some key starts with it but none
  /// is it, else the first entry (in file order) whose surface it is.
  int Exact(std::string_view key) const {
    const int* v = exact_.Find(key);
    return v ? *v : kNoKey;
  }
  /// The same among the mineral keys, for a lower-cased key.
  int Mineral(std::string_view lower_key) const {
    const int* v = mineral_.Find(lower_key);
    return v ? *v : kNoKey;
  }
  bool IsFirstName(std::string_view token) const {
    return first_names_.Find(token) != nullptr;
  }
  /// False when no exact key's first token starts with the first two bytes
  /// of `token` (a cheap filter before Exact()).
  bool MayStartExact(std::string_view token) const {
    return exact_pairs_[Pair(token)];
  }
  /// The same for mineral keys and a lower-cased token.
  bool MayStartMineral(std::string_view lower_token) const {
    return mineral_pairs_[Pair(lower_token)];
  }
  /// True when some exact key starts with the token sequence `prefix`.
  bool IsExactPrefix(std::string_view prefix) const {
    return exact_.Find(prefix) != nullptr;
  }
  /// True when some mineral key starts with the lower-cased `prefix`.
  bool IsMineralPrefix(std::string_view prefix) const {
    return mineral_.Find(prefix) != nullptr;
  }
  const GazEntry& entry(int i) const { return entries_[static_cast<std::size_t>(i)]; }
  /// Longest surface form, in tokens.
  int max_tokens() const { return max_tokens_; }

 private:
  Gazetteer();
  void Load(std::string_view name, std::string_view data);

  std::vector<GazEntry> entries_;
  /// Every token-sequence prefix of an exact key (the keys included), with
  /// the first entry of that key or -1 (see Exact()).
  KeyTable exact_;
  KeyTable mineral_;  ///< The same for the lower-cased mineral keys.
  KeyTable first_names_;
  std::vector<bool> exact_pairs_ = std::vector<bool>(1 << 16, false);
  std::vector<bool> mineral_pairs_ = std::vector<bool>(1 << 16, false);
  int max_tokens_ = 1;

  static std::size_t Pair(std::string_view s) {
    if (s.empty()) return 0;
    std::size_t a = static_cast<unsigned char>(s[0]);
    std::size_t b = s.size() > 1 ? static_cast<unsigned char>(s[1]) : 0;
    return (a << 8) | b;
  }
};

/// The token-sequence key of a surface form: tokens as the extractor's
/// tokenizer cuts them, joined by one space ("U.S. Geological Survey").
std::string SurfaceKey(std::string_view surface);

}  // namespace kg::gazetteer_internal
