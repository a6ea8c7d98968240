#pragma once
// The CSR snapshot: a compact, read-only copy of a store's adjacency (and
// entity names) in a file next to it (<store>.csr), mapped with mmap by
// LocalGraph so that local searches run over in-memory arrays instead of SQLite
// index seeks.
//
// The snapshot records the store's store_id, generation and reshaped count
// (the meta table: generation is bumped by trigger on every change to
// entities or relations, reshaped by every change but an appended row) and
// its largest entity and relation ids. It answers for the store while all
// five equal the store's. When only generation and the largest ids moved
// on, the store only grew: the entities and relations past the file's
// largest ids are read from the tables when the file is opened (the
// overlay) and the snapshot answers for file and overlay together, up to a
// bounded overlay (MaxOverlayRows). Otherwise LocalGraph walks the store's
// indexes, so a stale snapshot never changes an answer.

#include <bit>
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
  /// Changes other than appended rows (schema v4); -1 for an older store,
  /// which never has an overlay.
  std::int64_t reshaped = -1;
  std::int64_t max_entity_id = 0;
  std::int64_t max_relation_id = 0;
  bool operator==(const StoreVersion&) const = default;
};

/// The store's current version, read in one statement; std::nullopt for a
/// store without the meta table (a v1 store opened read-only).
std::optional<StoreVersion> ReadStoreVersion(const Store& store);

/// The most overlay rows (entities plus relations past the file's largest
/// ids) a snapshot of base_entities and base_relations is opened with:
/// 1% of the file's rows, at least 1,000 and at most 20,000. Beyond it
/// OpenFresh gives nullptr and RefreshSnapshot writes the file again.
std::size_t MaxOverlayRows(std::size_t base_entities,
                           std::size_t base_relations);

/// An immutable CSR adjacency: entities as dense indexes 0..n-1 in id
/// order with their canonical names, and for each one its outgoing and incoming
/// relations ordered by relation name, then the other end's id (the order of
/// the relations table's indexes). With an overlay, the entities past the
/// file's come after its own (ids are ascending all through) and every
/// entity that gained a relation has its lists merged in the same order, so
/// readers see one graph. Thread-safe to read; shared by every LocalGraph
/// that uses it.
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

  /// The snapshot file of store (SnapshotPath) when it exists and answers
  /// for store: the file as it is when it is fresh; with the overlay when
  /// the store only grew since it was written (same store_id and reshaped
  /// count, generation and largest ids not lower) by at most MaxOverlayRows
  /// rows, the file's last entity and relation still reading the same. The
  /// version and the overlay are read in one read transaction. Else
  /// nullptr.
  static std::shared_ptr<const Snapshot> OpenFresh(const Store& store);

  ~Snapshot();
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;

  /// Writes the snapshot's file image (without any overlay, with the
  /// version it was built at) to path through a temporary file and a
  /// rename, so readers see the old file or the new one, never a part.
  /// IoError on failure (nothing is left behind).
  Status WriteTo(const std::string& path) const;

  /// The store version this snapshot answers for: the file's, or the
  /// store's when the overlay was read.
  const StoreVersion& version() const { return version_; }
  /// The version recorded in the file.
  const StoreVersion& base_version() const { return base_version_; }
  /// True when version() equals the store's current version.
  bool FreshFor(const Store& store) const;

  std::size_t entity_count() const { return n_ + extra_ids_.size(); }
  std::size_t relation_count() const { return m_ + extra_m_; }
  /// Entities and relations read into the overlay (0 and 0 without one).
  std::size_t overlay_entities() const { return extra_ids_.size(); }
  std::size_t overlay_relations() const { return extra_m_; }
  EntityId id(Index i) const { return i < n_ ? ids_[i] : extra_ids_[i - n_]; }
  /// The canonical name of entity i, valid as long as the Snapshot;
  /// REQUIRES i < entity_count().
  std::string_view name(Index i) const;
  /// The dense index of id, or kNoIndex when no such entity.
  Index IndexOf(EntityId id) const;
  /// REQUIRES i < entity_count(). Empty for a damaged offset; other ends
  /// may still be out of range in a damaged file: callers check them
  /// against entity_count().
  Edges Out(Index i) const {
    if (!patched_.empty() && Patched(i)) return PatchEdges(i, true);
    return Slice(out_off_, out_other_, out_rel_, out_code_, i);
  }
  Edges In(Index i) const {
    if (!patched_.empty() && Patched(i)) return PatchEdges(i, false);
    return Slice(in_off_, in_other_, in_rel_, in_code_, i);
  }
  /// Relation names by code: the file's in byte order (code order = name
  /// order), then any first seen in the overlay.
  const std::vector<std::string>& relation_names() const { return names_; }
  /// The code of a relation name, or std::nullopt when no relation has it.
  std::optional<std::uint16_t> CodeOf(std::string_view name) const;
  /// True for a symmetric relation (partners_with): it reads both ways.
  bool symmetric(std::uint16_t code) const { return symmetric_[code] != 0; }

 private:
  struct OverlayRows;
  struct Patch {
    std::uint64_t out_begin = 0, out_end = 0, in_begin = 0, in_end = 0;
  };

  Snapshot() = default;
  static std::shared_ptr<Snapshot> MapFile(const std::string& path);
  /// Reads what store gained since the file (version v, read in the caller's
  /// transaction); std::nullopt when the file cannot answer with an
  /// overlay of at most limit rows.
  std::optional<OverlayRows> ReadOverlay(const Store& store,
                                         const StoreVersion& v,
                                         std::size_t limit) const;
  /// Adds rows as the overlay; false when they do not fit the format.
  bool AddOverlay(OverlayRows rows);
  bool Patched(Index i) const { return (patched_[i >> 6] >> (i & 63)) & 1; }
  /// The merged lists of a patched entity: its rank among patched entities
  /// from the words' prefix counts and the bits below it in its word.
  Edges PatchEdges(Index i, bool out) const {
    const std::uint64_t below =
        patched_[i >> 6] & ((std::uint64_t{1} << (i & 63)) - 1);
    const Patch& p = patches_[patched_before_[i >> 6] +
                              static_cast<std::size_t>(std::popcount(below))];
    const std::uint64_t b = out ? p.out_begin : p.in_begin;
    const std::uint64_t e = out ? p.out_end : p.in_end;
    return {patch_other_.data() + b, patch_rel_.data() + b,
            patch_code_.data() + b, static_cast<std::size_t>(e - b)};
  }
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

  StoreVersion version_;       // what it answers for (with the overlay)
  StoreVersion base_version_;  // what the file records
  std::size_t n_ = 0;          // the file's entities and relations
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
  std::size_t file_names_ = 0;  // names_[0, file_names_) are the file's
  std::vector<std::uint8_t> symmetric_;

  // The overlay, empty without one: entities past the file's at indexes
  // n_.., and for every entity whose lists differ from the file's (each
  // overlay entity, each end of an overlay relation) a bit in patched_ and
  // its merged lists in patch_* (patches_ in index order).
  std::vector<std::int64_t> extra_ids_;
  std::vector<std::uint64_t> extra_name_off_;
  std::string extra_names_;
  std::size_t extra_m_ = 0;
  std::vector<std::uint64_t> patched_;
  std::vector<std::uint32_t> patched_before_;  // patched bits in earlier words
  std::vector<Patch> patches_;
  std::vector<Index> patch_other_;
  std::vector<std::uint32_t> patch_rel_;
  std::vector<std::uint16_t> patch_code_;
};

/// Where the snapshot of the store at store_path lives: store_path +
/// ".csr"; "" for an in-memory store (":memory:" or "").
std::string SnapshotPath(const std::string& store_path);

/// Builds the snapshot of store and writes it to SnapshotPath unless the
/// file there answers for the store already, fresh or with an overlay
/// within MaxOverlayRows (Snapshot::OpenFresh): after an append-only write
/// such as an ingest the file is left as it is. Ok and nothing written for
/// an in-memory store; IoError when the file cannot be written; Ok without
/// a file when the store cannot have one (see Snapshot::Build), after
/// removing any old file.
Status RefreshSnapshot(const Store& store);

}  // namespace kg
