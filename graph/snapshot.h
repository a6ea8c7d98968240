#pragma once
// The CSR snapshot: a compact, read-only copy of a store's adjacency (and
// entity names) in a file next to it (<store>.csr), mapped with mmap by
// LocalGraph so that local searches run over in-memory arrays instead of SQLite
// index seeks.
//
// The snapshot records the store's store_id and generation (the meta table
// of schema v2, bumped by trigger on every change to entities or
// relations) and its largest entity and relation ids. It is used only while
// all four equal the store's; otherwise LocalGraph walks the store's
// indexes, so a stale snapshot never changes an answer.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace kg {

class Store;

/// What a snapshot was built from; equal for a snapshot and a store when
/// the snapshot is fresh.
struct StoreVersion {
  std::int64_t store_id = 0;
  std::int64_t generation = 0;
  std::int64_t max_entity_id = 0;
  std::int64_t max_relation_id = 0;
  bool operator==(const StoreVersion&) const = default;
};

/// The store's current version, read in one statement; std::nullopt for a
/// store without the meta table (a v1 store opened read-only).
std::optional<StoreVersion> ReadStoreVersion(const Store& store);

/// An immutable CSR adjacency: entities as dense indexes 0..n-1 in id
/// order with their canonical names, and for each one its outgoing and incoming
/// relations ordered by relation name, then the other end's id (the order of
/// the relations table's indexes). Thread-safe to read; shared by every
/// LocalGraph that uses it.
class Snapshot {
 public:
  using Index = std::uint32_t;
  static constexpr Index kNoIndex = 0xffffffffu;

  /// Relations at one entity in one direction: parallel arrays of size
  /// `size`, valid as long as the Snapshot.
  struct Edges {
    const Index* other = nullptr;
    const std::uint32_t* relation = nullptr;  ///< Relation ids.
    const std::uint16_t* code = nullptr;      ///< Relation name codes.
    std::size_t size = 0;
  };

  /// Reads store's entities and relations in one read transaction into a
  /// snapshot held in memory. std::nullopt-like nullptr when the store has
  /// no meta table, or ids or relation names exceed the format (relation
  /// ids above 2^32-1, more than 65,535 names), or a relation names a
  /// missing entity.
  static std::shared_ptr<const Snapshot> Build(const Store& store);

  /// Maps the snapshot file at path read-only. nullptr when it is missing,
  /// unreadable, or not a well-formed snapshot of this format.
  static std::shared_ptr<const Snapshot> Map(const std::string& path);

  /// The snapshot file of store (SnapshotPath) when it exists and is fresh
  /// for store; else nullptr.
  static std::shared_ptr<const Snapshot> OpenFresh(const Store& store);

  ~Snapshot();
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;

  /// Writes the snapshot to path through a temporary file and a rename, so
  /// readers see the old file or the new one, never a part. IoError on
  /// failure (nothing is left behind).
  Status WriteTo(const std::string& path) const;

  const StoreVersion& version() const { return version_; }
  /// True when version() equals the store's current version.
  bool FreshFor(const Store& store) const;

  std::size_t entity_count() const { return n_; }
  std::size_t relation_count() const { return m_; }
  EntityId id(Index i) const { return ids_[i]; }
  /// The canonical name of entity i, valid as long as the Snapshot;
  /// REQUIRES i < entity_count().
  std::string_view name(Index i) const;
  /// The dense index of id, or kNoIndex when no such entity.
  Index IndexOf(EntityId id) const;
  /// REQUIRES i < entity_count(). Empty for a damaged offset; other ends
  /// may still be out of range in a damaged file: callers check them
  /// against entity_count().
  Edges Out(Index i) const {
    return Slice(out_off_, out_other_, out_rel_, out_code_, i);
  }
  Edges In(Index i) const {
    return Slice(in_off_, in_other_, in_rel_, in_code_, i);
  }
  /// Relation names by code, in byte order (code order = name order).
  const std::vector<std::string>& relation_names() const { return names_; }
  /// The code of a relation name, or std::nullopt when no relation has it.
  std::optional<std::uint16_t> CodeOf(std::string_view name) const;
  /// True for a symmetric relation (partners_with): it reads both ways.
  bool symmetric(std::uint16_t code) const { return symmetric_[code] != 0; }

 private:
  Snapshot() = default;
  Edges Slice(const std::uint64_t* off, const Index* other,
              const std::uint32_t* rel, const std::uint16_t* code,
              Index i) const {
    const std::uint64_t b = off[i], e = off[i + 1];
    if (e < b || e > m_) return {};
    return {other + b, rel + b, code + b, static_cast<std::size_t>(e - b)};
  }
  /// Points the arrays into [data, data + size); false when malformed.
  bool Attach(const char* data, std::size_t size);

  std::vector<std::uint64_t> owned_;  // Build: the file image, 8-aligned
  void* mapped_ = nullptr;            // Map: the mapping, munmap'ed at the end
  std::size_t mapped_size_ = 0;
  const char* data_ = nullptr;
  std::size_t size_ = 0;

  StoreVersion version_;
  std::size_t n_ = 0;
  std::size_t m_ = 0;
  const std::int64_t* ids_ = nullptr;
  const std::uint64_t* out_off_ = nullptr;
  const Index* out_other_ = nullptr;
  const std::uint32_t* out_rel_ = nullptr;
  const std::uint16_t* out_code_ = nullptr;
  const std::uint64_t* in_off_ = nullptr;
  const Index* in_other_ = nullptr;
  const std::uint32_t* in_rel_ = nullptr;
  const std::uint16_t* in_code_ = nullptr;
  const std::uint64_t* entity_name_off_ = nullptr;
  const char* entity_names_ = nullptr;
  std::uint64_t entity_names_bytes_ = 0;
  std::vector<std::string> names_;
  std::vector<std::uint8_t> symmetric_;
};

/// Where the snapshot of the store at store_path lives: store_path +
/// ".csr"; "" for an in-memory store (":memory:" or "").
std::string SnapshotPath(const std::string& store_path);

/// Builds the snapshot of store and writes it to SnapshotPath unless the
/// file there is fresh already. Ok and nothing written for an in-memory
/// store; IoError when the file cannot
/// be written; Ok without a file when the store cannot have one (see
/// Snapshot::Build), after removing any old file.
Status RefreshSnapshot(const Store& store);

}  // namespace kg
