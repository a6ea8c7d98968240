#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "ingest/string_map_internal.h"

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
inline constexpr std::uint8_t kFlagMonarchy = 16;  ///< A country with no president.

struct GazEntry {
  std::string surface;
  GazKind kind = GazKind::kEntity;
  EntityType type = EntityType::kOrganization;
  std::string canonical;  ///< Merge key and, for countries, the shown name.
  std::uint8_t flags = 0;
  std::string country;  ///< Country a region lies in / an organisation is based in.
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
  /// The country a well-known head of state or government leads, by full
  /// name or surname ("Joe Biden", "Biden"), or nullptr.
  const std::string* LeaderCountry(std::string_view name) const {
    return leaders_.Find(name);
  }
  /// False when no exact key's first token has the first byte and the
  /// length of `token`, or the first two bytes, the last byte and the
  /// length (by a 16-bit hash of the four): a cheap filter before Exact().
  /// The first test alone turns away most lower-case words.
  bool MayStartExact(std::string_view token) const {
    return exact_first_.May(token) && exact_starts_[Signature(token)];
  }
  /// The same for mineral keys and a lower-cased token.
  bool MayStartMineral(std::string_view lower_token) const {
    return mineral_first_.May(lower_token) && mineral_starts_[Signature(lower_token)];
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
  ingest_internal::StringMap<int> exact_;
  /// The same for the lower-cased mineral keys.
  ingest_internal::StringMap<int> mineral_;
  ingest_internal::StringMap<int> first_names_;
  ingest_internal::StringMap<std::string> leaders_;
  /// First bytes and lengths of the keys' first tokens.
  ingest_internal::FirstByteLengths exact_first_, mineral_first_;
  std::vector<bool> exact_starts_ = std::vector<bool>(1 << 16, false);
  std::vector<bool> mineral_starts_ = std::vector<bool>(1 << 16, false);
  int max_tokens_ = 1;

  static std::size_t Signature(std::string_view s) {
    if (s.empty()) return 0;
    const std::uint64_t first = static_cast<unsigned char>(s[0]);
    const std::uint64_t second = s.size() > 1 ? static_cast<unsigned char>(s[1]) : 0;
    const std::uint64_t last = static_cast<unsigned char>(s.back());
    const std::uint64_t size = s.size() < 255 ? s.size() : 255;
    const std::uint64_t v = first | second << 8 | last << 16 | size << 24;
    return static_cast<std::size_t>((v * 0x9E3779B97F4A7C15ull) >> 48);
  }
};

/// The token-sequence key of a surface form: tokens as the extractor's
/// tokenizer cuts them, joined by one space ("U.S. Geological Survey").
std::string SurfaceKey(std::string_view surface);

}  // namespace kg::gazetteer_internal
