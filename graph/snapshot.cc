#include "graph/snapshot.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>
#include <tuple>
#include <unordered_map>

#include "graph/model.h"
#include "graph/name_order_internal.h"
#include "graph/sqlite_internal.h"
#include "graph/store.h"

namespace kg {

using sqlite::Stmt;

namespace {

// File layout (native byte order, every section 8-byte aligned):
//   Header
//   int64  ids[n]                 entity ids, ascending
//   uint64 out_off[n + 1]         out_other[out_off[i] .. out_off[i+1])
//   uint32 out_other[m], uint32 out_rel[m], uint16 out_code[m]
//   uint64 in_off[n + 1]
//   uint32 in_other[m],  uint32 in_rel[m],  uint16 in_code[m]
//   names: name_count × (uint16 length, bytes)
//   uint64 entity_name_off[n + 1], then the entity names' bytes
constexpr char kMagic[8] = {'K', 'G', 'C', 'S', 'R', '\x03', '\n', '\0'};

struct Header {
  char magic[8];
  std::int64_t store_id;
  std::int64_t generation;
  std::int64_t reshaped;
  std::int64_t max_entity_id;
  std::int64_t max_relation_id;
  std::uint64_t n;
  std::uint64_t m;
  std::uint64_t names_bytes;
  std::uint64_t entity_names_bytes;
  std::uint32_t name_count;
  std::uint32_t reserved;
};
static_assert(sizeof(Header) % 8 == 0);

constexpr std::size_t Pad8(std::size_t x) { return (x + 7) & ~std::size_t{7}; }

// Byte offsets of the sections for n entities, m relations.
struct Layout {
  std::size_t ids, out_off, out_other, out_rel, out_code;
  std::size_t in_off, in_other, in_rel, in_code, names;
  std::size_t entity_name_off, entity_names, total;

  Layout(std::uint64_t n, std::uint64_t m, std::uint64_t names_bytes,
         std::uint64_t entity_names_bytes) {
    std::size_t at = sizeof(Header);
    auto take = [&](std::size_t bytes) {
      std::size_t here = at;
      at += Pad8(bytes);
      return here;
    };
    ids = take(8 * n);
    out_off = take(8 * (n + 1));
    out_other = take(4 * m);
    out_rel = take(4 * m);
    out_code = take(2 * m);
    in_off = take(8 * (n + 1));
    in_other = take(4 * m);
    in_rel = take(4 * m);
    in_code = take(2 * m);
    names = take(names_bytes);
    entity_name_off = take(8 * (n + 1));
    entity_names = take(entity_names_bytes);
    total = at;
  }
};

// A deferred read transaction when none is open, so that the version and
// the rows come from one committed state. Never throws from the destructor.
class ReadTxn {
 public:
  explicit ReadTxn(sqlite3* db)
      : db_(db), own_(sqlite3_get_autocommit(db) != 0) {
    if (own_) sqlite::Exec(db_, "BEGIN");
  }
  ~ReadTxn() {
    if (own_) sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  }
  ReadTxn(const ReadTxn&) = delete;
  ReadTxn& operator=(const ReadTxn&) = delete;

 private:
  sqlite3* db_;
  bool own_;
};

struct BuildEdge {
  Snapshot::Index s;
  Snapshot::Index o;
  std::uint32_t rid;
  std::uint16_t code;
};

}  // namespace

std::optional<StoreVersion> ReadStoreVersion(const Store& store) {
  sqlite3* db = store.handle();
  Stmt has(
      db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'");
  if (!has.Step()) return std::nullopt;
  has.Reset();
  Stmt s(db,
         "SELECT (SELECT value FROM meta WHERE key = 'store_id'), "
         "(SELECT value FROM meta WHERE key = 'generation'), "
         "(SELECT value FROM meta WHERE key = 'reshaped'), "
         "(SELECT max(id) FROM entities), (SELECT max(id) FROM relations)");
  if (!s.Step() || s.IsNull(0) || s.IsNull(1)) return std::nullopt;
  return StoreVersion{s.Int(0), s.Int(1), s.IsNull(2) ? -1 : s.Int(2), s.Int(3),
                      s.Int(4)};
}

Snapshot::~Snapshot() {
  if (mapped_ != nullptr) munmap(mapped_, mapped_size_);
}

bool Snapshot::Attach(const char* data, std::size_t size) {
  if (size < sizeof(Header)) return false;
  Header h;
  std::memcpy(&h, data, sizeof h);
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return false;
  if (h.n >= kNoIndex || h.m >= (std::uint64_t{1} << 40) ||
      h.names_bytes >= (std::uint64_t{1} << 32) ||
      h.entity_names_bytes >= (std::uint64_t{1} << 40))
    return false;
  Layout l(h.n, h.m, h.names_bytes, h.entity_names_bytes);
  if (l.total != size) return false;
  version_ = base_version_ = StoreVersion{h.store_id, h.generation, h.reshaped,
                                          h.max_entity_id, h.max_relation_id};
  n_ = h.n;
  m_ = h.m;
  ids_ = reinterpret_cast<const std::int64_t*>(data + l.ids);
  out_off_ = reinterpret_cast<const std::uint64_t*>(data + l.out_off);
  out_other_ = reinterpret_cast<const Index*>(data + l.out_other);
  out_rel_ = reinterpret_cast<const std::uint32_t*>(data + l.out_rel);
  out_code_ = reinterpret_cast<const std::uint16_t*>(data + l.out_code);
  in_off_ = reinterpret_cast<const std::uint64_t*>(data + l.in_off);
  in_other_ = reinterpret_cast<const Index*>(data + l.in_other);
  in_rel_ = reinterpret_cast<const std::uint32_t*>(data + l.in_rel);
  in_code_ = reinterpret_cast<const std::uint16_t*>(data + l.in_code);
  entity_name_off_ =
      reinterpret_cast<const std::uint64_t*>(data + l.entity_name_off);
  entity_names_ = data + l.entity_names;
  entity_names_bytes_ = h.entity_names_bytes;
  if (out_off_[0] != 0 || out_off_[n_] != m_ || in_off_[0] != 0 ||
      in_off_[n_] != m_ || entity_name_off_[0] != 0 ||
      entity_name_off_[n_] != entity_names_bytes_)
    return false;
  const char* p = data + l.names;
  const char* end = p + h.names_bytes;
  for (std::uint32_t i = 0; i < h.name_count; ++i) {
    std::uint16_t len;
    if (end - p < 2) return false;
    std::memcpy(&len, p, 2);
    p += 2;
    if (end - p < len) return false;
    names_.emplace_back(p, len);
    p += len;
  }
  if (p != end) return false;
  file_names_ = names_.size();
  symmetric_.resize(names_.size());
  for (std::size_t c = 0; c < names_.size(); ++c) {
    const RelationSpec* spec = FindRelation(names_[c]);
    symmetric_[c] = spec != nullptr && spec->symmetric;
  }
  data_ = data;
  size_ = size;
  return true;
}

std::shared_ptr<const Snapshot> Snapshot::Build(const Store& store) {
  sqlite3* db = store.handle();
  ReadTxn txn(db);
  std::optional<StoreVersion> version = ReadStoreVersion(store);
  if (!version || version->max_relation_id > 0xffffffffLL) return nullptr;

  std::vector<std::int64_t> ids;
  std::vector<std::uint64_t> name_off{0};
  std::string entity_names;
  {
    Stmt s(db, "SELECT id, name FROM entities ORDER BY id");
    while (s.Step()) {
      ids.push_back(s.Int(0));
      entity_names += s.TextView(1);
      name_off.push_back(entity_names.size());
    }
  }
  const std::size_t n = ids.size();
  if (n >= kNoIndex) return nullptr;
  // Entity id → dense index: a table when ids are dense enough, else a
  // binary search.
  std::vector<Index> table;
  const std::int64_t max_id = ids.empty() ? 0 : ids.back();
  if (max_id >= 0 && static_cast<std::uint64_t>(max_id) <= 4 * n + 1024) {
    table.assign(static_cast<std::size_t>(max_id) + 1, kNoIndex);
    for (std::size_t i = 0; i < n; ++i)
      table[static_cast<std::size_t>(ids[i])] = static_cast<Index>(i);
  }
  auto index_of = [&](std::int64_t id) -> Index {
    if (!table.empty())
      return id >= 0 && id <= max_id ? table[static_cast<std::size_t>(id)]
                                     : kNoIndex;
    auto it = std::lower_bound(ids.begin(), ids.end(), id);
    return it != ids.end() && *it == id ? static_cast<Index>(it - ids.begin())
                                        : kNoIndex;
  };

  // In the order of the (subject_id, relation, object_id) index: the
  // outgoing lists come out sorted once codes follow name order.
  std::vector<BuildEdge> edges;
  std::vector<std::string> names;
  {
    std::unordered_map<std::string, std::uint16_t> code_of;
    Stmt s(db,
           "SELECT subject_id, relation, object_id, id FROM relations "
           "ORDER BY subject_id, relation, object_id");
    while (s.Step()) {
      Index si = index_of(s.Int(0));
      Index oi = index_of(s.Int(2));
      std::int64_t rid = s.Int(3);
      if (si == kNoIndex || oi == kNoIndex || rid < 0 || rid > 0xffffffffLL)
        return nullptr;
      std::string_view name = s.TextView(1);
      auto it = code_of.find(std::string(name));
      if (it == code_of.end()) {
        if (names.size() >= 0xffff) return nullptr;
        it = code_of
                 .emplace(std::string(name),
                          static_cast<std::uint16_t>(names.size()))
                 .first;
        names.emplace_back(name);
      }
      edges.push_back(
          BuildEdge{si, oi, static_cast<std::uint32_t>(rid), it->second});
    }
  }
  // Codes in name order: a name's code becomes its rank (names are
  // distinct and at most 0xffff, so the ranks fit and are a permutation).
  const std::vector<std::uint32_t> rank = NameRanks(names);
  std::vector<std::string> sorted_names(names.size());
  for (std::size_t c = 0; c < names.size(); ++c)
    sorted_names[rank[c]] = std::move(names[c]);
  for (BuildEdge& e : edges) e.code = static_cast<std::uint16_t>(rank[e.code]);
  // Same order as the index, whatever plan SQLite chose.
  auto out_less = [](const BuildEdge& a, const BuildEdge& b) {
    return std::tie(a.s, a.code, a.o) < std::tie(b.s, b.code, b.o);
  };
  if (!std::is_sorted(edges.begin(), edges.end(), out_less))
    std::sort(edges.begin(), edges.end(), out_less);

  std::uint64_t names_bytes = 0;
  for (const std::string& s : sorted_names)
    names_bytes += 2 + std::min<std::size_t>(s.size(), 0xffff);
  const std::size_t m = edges.size();
  Layout l(n, m, names_bytes, entity_names.size());
  auto snap = std::shared_ptr<Snapshot>(new Snapshot());
  snap->owned_.assign(l.total / 8, 0);
  char* data = reinterpret_cast<char*>(snap->owned_.data());
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.store_id = version->store_id;
  h.generation = version->generation;
  h.reshaped = version->reshaped;
  h.max_entity_id = version->max_entity_id;
  h.max_relation_id = version->max_relation_id;
  h.n = n;
  h.m = m;
  h.names_bytes = names_bytes;
  h.entity_names_bytes = entity_names.size();
  h.name_count = static_cast<std::uint32_t>(sorted_names.size());
  std::memcpy(data, &h, sizeof h);
  // memcpy from an empty vector's data() (null) is undefined: an empty store.
  if (n > 0) std::memcpy(data + l.ids, ids.data(), 8 * n);

  auto fill = [&](std::size_t off_at, std::size_t other_at, std::size_t rel_at,
                  std::size_t code_at, bool out) {
    auto* off = reinterpret_cast<std::uint64_t*>(data + off_at);
    auto* other = reinterpret_cast<Index*>(data + other_at);
    auto* rel = reinterpret_cast<std::uint32_t*>(data + rel_at);
    auto* code = reinterpret_cast<std::uint16_t*>(data + code_at);
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
      off[i] = k;
      while (k < m && (out ? edges[k].s : edges[k].o) == i) {
        other[k] = out ? edges[k].o : edges[k].s;
        rel[k] = edges[k].rid;
        code[k] = edges[k].code;
        ++k;
      }
    }
    off[n] = k;
  };
  fill(l.out_off, l.out_other, l.out_rel, l.out_code, true);
  std::sort(edges.begin(), edges.end(),
            [](const BuildEdge& a, const BuildEdge& b) {
              return std::tie(a.o, a.code, a.s) < std::tie(b.o, b.code, b.s);
            });
  fill(l.in_off, l.in_other, l.in_rel, l.in_code, false);
  char* p = data + l.names;
  for (const std::string& s : sorted_names) {
    auto len =
        static_cast<std::uint16_t>(std::min<std::size_t>(s.size(), 0xffff));
    std::memcpy(p, &len, 2);
    std::memcpy(p + 2, s.data(), len);
    p += 2 + len;
  }
  std::memcpy(data + l.entity_name_off, name_off.data(), 8 * (n + 1));
  if (!entity_names.empty())
    std::memcpy(data + l.entity_names, entity_names.data(), entity_names.size());
  if (!snap->Attach(data, l.total)) return nullptr;
  return snap;
}

std::shared_ptr<const Snapshot> Snapshot::Map(const std::string& path) {
  return MapFile(path);
}

std::shared_ptr<Snapshot> Snapshot::MapFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat st {};
  if (::fstat(fd, &st) != 0 ||
      st.st_size < static_cast<off_t>(sizeof(Header))) {
    ::close(fd);
    return nullptr;
  }
  auto size = static_cast<std::size_t>(st.st_size);
  void* addr = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (addr == MAP_FAILED) return nullptr;
  auto snap = std::shared_ptr<Snapshot>(new Snapshot());
  snap->mapped_ = addr;  // unmapped by the destructor from here on
  snap->mapped_size_ = size;
  if (!snap->Attach(static_cast<const char*>(addr), size)) return nullptr;
  return snap;
}

struct Snapshot::OverlayRows {
  struct Row {
    std::int64_t id = 0;
    std::int64_t subject = 0;
    std::int64_t object = 0;
    std::string relation;
  };
  StoreVersion version;           // the store's, read with the rows
  std::vector<std::int64_t> ids;  // entities past the file's, ascending
  std::vector<std::uint64_t> name_off{0};
  std::string names;
  std::vector<Row> relations;  // past the file's, ascending ids
};

std::size_t MaxOverlayRows(std::size_t base_entities,
                           std::size_t base_relations) {
  // Measured at M (100,000 entities, 1M relations, Release): a rebuild
  // costs about 0.65 us a row (0.7 s), an overlay row about 1 us on every
  // cold open (a kg path of 9 ms took 15 ms with 1,200 overlay rows and
  // 23 ms with 12,000). So 1% of the file's rows costs a reader at most
  // ~2% of a rebuild, and puts a rebuild off for ~1,000 small articles at
  // M; the 20,000 cap keeps a cold read within ~25 ms of its usual time on
  // larger stores (a rebuild every ~2,000 small articles at L), and below
  // 1,000 rows the overlay costs readers about a millisecond.
  return std::clamp<std::size_t>((base_entities + base_relations) / 100, 1000,
                                 20000);
}

std::shared_ptr<const Snapshot> Snapshot::OpenFresh(const Store& store) {
  std::string path = SnapshotPath(store.path());
  if (path.empty()) return nullptr;
  std::shared_ptr<Snapshot> snap = MapFile(path);
  if (snap == nullptr) return nullptr;
  ReadTxn txn(store.handle());
  std::optional<StoreVersion> v = ReadStoreVersion(store);
  if (!v) return nullptr;
  if (*v == snap->version_) return snap;
  std::optional<OverlayRows> rows =
      snap->ReadOverlay(store, *v, MaxOverlayRows(snap->n_, snap->m_));
  if (!rows || !snap->AddOverlay(std::move(*rows))) return nullptr;
  return snap;
}

std::optional<Snapshot::OverlayRows> Snapshot::ReadOverlay(
    const Store& store, const StoreVersion& v, std::size_t limit) const {
  const StoreVersion& b = base_version_;
  if (v.store_id != b.store_id || v.reshaped < 0 || v.reshaped != b.reshaped ||
      v.generation < b.generation || v.max_entity_id < b.max_entity_id ||
      v.max_relation_id < b.max_relation_id)
    return std::nullopt;
  if ((n_ > 0 && ids_[n_ - 1] != b.max_entity_id) || extra_m_ != 0 ||
      !extra_ids_.empty())
    return std::nullopt;  // a damaged header, or an overlay already
  sqlite3* db = store.handle();
  OverlayRows rows;
  rows.version = v;
  std::size_t count = 0;
  // Each read starts at the file's last row, which must read as the file
  // has it: a check that this is the store the file was made from (a copy
  // restored from before it, grown back past its ids, is not).
  {
    Stmt s(db, "SELECT id, name FROM entities WHERE id >= ?1 ORDER BY id");
    s.Bind(1,
           n_ > 0 ? b.max_entity_id : std::numeric_limits<std::int64_t>::min());
    bool first = n_ > 0;
    while (s.Step()) {
      if (first) {
        if (s.Int(0) != b.max_entity_id ||
            s.TextView(1) != name(static_cast<Index>(n_ - 1)))
          return std::nullopt;
        first = false;
        continue;
      }
      if (++count > limit) return std::nullopt;
      rows.ids.push_back(s.Int(0));
      rows.names += s.TextView(1);
      rows.name_off.push_back(rows.names.size());
    }
    if (first) return std::nullopt;
  }
  {
    Stmt s(db,
           "SELECT id, subject_id, relation, object_id FROM relations "
           "WHERE id >= ?1 ORDER BY id");
    s.Bind(1, m_ > 0 ? b.max_relation_id
                     : std::numeric_limits<std::int64_t>::min());
    bool first = m_ > 0;
    while (s.Step()) {
      if (first) {
        const Index si = IndexOf(s.Int(1));
        const Index oi = IndexOf(s.Int(3));
        const std::optional<std::uint16_t> code = CodeOf(s.TextView(2));
        if (s.Int(0) != b.max_relation_id || si == kNoIndex || oi == kNoIndex ||
            !code)
          return std::nullopt;
        const Edges out = Out(si);
        bool same = false;
        for (std::size_t k = 0; k < out.size && !same; ++k)
          same = out.relation[k] == b.max_relation_id && out.other[k] == oi &&
                 out.code[k] == *code;
        if (!same) return std::nullopt;
        first = false;
        continue;
      }
      if (++count > limit) return std::nullopt;
      rows.relations.push_back(
          OverlayRows::Row{s.Int(0), s.Int(1), s.Int(3), s.Text(2)});
    }
    if (first) return std::nullopt;
  }
  return rows;
}

bool Snapshot::AddOverlay(OverlayRows rows) {
  const std::size_t n = n_ + rows.ids.size();
  if (n >= kNoIndex) return false;
  extra_ids_ = std::move(rows.ids);
  extra_name_off_ = std::move(rows.name_off);
  extra_names_ = std::move(rows.names);
  // Ends as indexes (overlay entities included), names as codes: a name
  // the file lacks gets the next code.
  std::vector<BuildEdge> edges;
  edges.reserve(rows.relations.size());
  for (const OverlayRows::Row& r : rows.relations) {
    const Index si = IndexOf(r.subject);
    const Index oi = IndexOf(r.object);
    if (si == kNoIndex || oi == kNoIndex || r.id < 0 || r.id > 0xffffffffLL)
      return false;
    std::optional<std::uint16_t> code = CodeOf(r.relation);
    if (!code) {
      if (names_.size() >= 0xffff) return false;
      code = static_cast<std::uint16_t>(names_.size());
      names_.push_back(r.relation);
      const RelationSpec* spec = FindRelation(r.relation);
      symmetric_.push_back(spec != nullptr && spec->symmetric);
    }
    edges.push_back(BuildEdge{si, oi, static_cast<std::uint32_t>(r.id), *code});
  }
  extra_m_ = edges.size();
  version_ = rows.version;
  if (extra_ids_.empty() && edges.empty()) return true;

  // Lists are ordered by relation name, then the other end's index: the
  // file's codes are in name order, and rank places new names among them.
  const std::vector<std::uint32_t> rank = NameRanks(names_);
  auto rank_of = [&](std::uint16_t c) -> std::uint32_t {
    return c < rank.size() ? rank[c] : 0xffffffffu;  // only in a damaged file
  };

  // Entities whose lists change: every overlay entity, both ends of every
  // overlay relation.
  patched_.assign((n + 63) / 64, 0);
  auto mark = [&](Index i) {
    patched_[i >> 6] |= std::uint64_t{1} << (i & 63);
  };
  for (std::size_t i = n_; i < n; ++i) mark(static_cast<Index>(i));
  for (const BuildEdge& e : edges) {
    mark(e.s);
    mark(e.o);
  }
  patched_before_.resize(patched_.size());
  std::uint32_t total = 0;
  for (std::size_t w = 0; w < patched_.size(); ++w) {
    patched_before_[w] = total;
    total += static_cast<std::uint32_t>(std::popcount(patched_[w]));
  }
  patches_.reserve(total);

  std::vector<BuildEdge> out_new = edges, in_new = std::move(edges);
  std::sort(out_new.begin(), out_new.end(),
            [&](const BuildEdge& a, const BuildEdge& b) {
              return std::make_tuple(a.s, rank_of(a.code), a.o) <
                     std::make_tuple(b.s, rank_of(b.code), b.o);
            });
  std::sort(in_new.begin(), in_new.end(),
            [&](const BuildEdge& a, const BuildEdge& b) {
              return std::make_tuple(a.o, rank_of(a.code), a.s) <
                     std::make_tuple(b.o, rank_of(b.code), b.s);
            });
  // Appends the file's list of i merged with the new relations at i from
  // list[at..) (advancing at), in (name, other end) order.
  auto merge = [&](Index i, bool out, const std::vector<BuildEdge>& list,
                   std::size_t& at) {
    const Edges base =
        i < n_ ? (out ? Slice(out_off_, out_other_, out_rel_, out_code_, i)
                      : Slice(in_off_, in_other_, in_rel_, in_code_, i))
               : Edges{};
    auto push = [&](Index other, std::uint32_t rel, std::uint16_t code) {
      patch_other_.push_back(other);
      patch_rel_.push_back(rel);
      patch_code_.push_back(code);
    };
    std::size_t k = 0;
    for (; at < list.size() && (out ? list[at].s : list[at].o) == i; ++at) {
      const BuildEdge& e = list[at];
      const Index other = out ? e.o : e.s;
      const auto key = std::make_pair(rank_of(e.code), other);
      for (; k < base.size &&
             std::make_pair(rank_of(base.code[k]), base.other[k]) < key;
           ++k)
        push(base.other[k], base.relation[k], base.code[k]);
      push(other, e.rid, e.code);
    }
    for (; k < base.size; ++k)
      push(base.other[k], base.relation[k], base.code[k]);
  };
  std::size_t at_out = 0, at_in = 0;
  for (std::size_t w = 0; w < patched_.size(); ++w) {
    for (std::uint64_t bits = patched_[w]; bits != 0; bits &= bits - 1) {
      const auto i = static_cast<Index>(
          w * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
      Patch p;
      p.out_begin = patch_other_.size();
      merge(i, true, out_new, at_out);
      p.out_end = p.in_begin = patch_other_.size();
      merge(i, false, in_new, at_in);
      p.in_end = patch_other_.size();
      patches_.push_back(p);
    }
  }
  return true;
}

bool Snapshot::FreshFor(const Store& store) const {
  std::optional<StoreVersion> v = ReadStoreVersion(store);
  return v && *v == version_;
}

Snapshot::Index Snapshot::IndexOf(EntityId id) const {
  if (!extra_ids_.empty() && id >= extra_ids_.front()) {
    auto it = std::lower_bound(extra_ids_.begin(), extra_ids_.end(), id);
    return it != extra_ids_.end() && *it == id
               ? static_cast<Index>(
                     n_ + static_cast<std::size_t>(it - extra_ids_.begin()))
               : kNoIndex;
  }
  // Ids are ascending and distinct, so id's index is at most id - 1, and is
  // exactly that in a store that never lost an entity (the usual case).
  if (id < 1) return kNoIndex;
  const std::size_t bound =
      std::min(n_, static_cast<std::size_t>(std::min<std::int64_t>(
                       id, static_cast<std::int64_t>(n_))));
  if (bound > 0 && ids_[bound - 1] == id) return static_cast<Index>(bound - 1);
  const std::int64_t* end = ids_ + bound;
  const std::int64_t* it = std::lower_bound(ids_, end, id);
  return it != end && *it == id ? static_cast<Index>(it - ids_) : kNoIndex;
}

std::string_view Snapshot::name(Index i) const {
  if (i >= n_) {
    const std::size_t j = i - n_;
    return std::string_view(extra_names_)
        .substr(extra_name_off_[j],
                extra_name_off_[j + 1] - extra_name_off_[j]);
  }
  const std::uint64_t b = entity_name_off_[i], e = entity_name_off_[i + 1];
  if (e < b || e > entity_names_bytes_) return {};
  return std::string_view(entity_names_ + b, static_cast<std::size_t>(e - b));
}

std::optional<std::uint16_t> Snapshot::CodeOf(std::string_view name) const {
  const auto file_end =
      names_.begin() + static_cast<std::ptrdiff_t>(file_names_);
  auto it = std::lower_bound(names_.begin(), file_end, name);
  if (it == file_end || *it != name)
    it = std::find(file_end, names_.end(), name);
  if (it == names_.end()) return std::nullopt;
  return static_cast<std::uint16_t>(it - names_.begin());
}

Status Snapshot::WriteTo(const std::string& path) const {
  std::string tmp = fmt::format("{}.tmp.{}", path, ::getpid());
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr)
    return Status::IoError(
        fmt::format("cannot write {}: {}", tmp, std::strerror(errno)));
  bool ok = std::fwrite(data_, 1, size_, f) == size_;
  ok = std::fclose(f) == 0 && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    std::remove(tmp.c_str());
    return Status::IoError(
        fmt::format("cannot write {}: {}", path, std::strerror(err)));
  }
  return Status::Ok();
}

std::string SnapshotPath(const std::string& store_path) {
  if (store_path.empty() || store_path == ":memory:" ||
      store_path.rfind("file:", 0) == 0)
    return "";
  return store_path + ".csr";
}

Status RefreshSnapshot(const Store& store) {
  std::string path = SnapshotPath(store.path());
  // Kept while readers would use it, fresh or with its overlay (the
  // overlay is read and dropped: bounded by MaxOverlayRows, it costs a
  // small part of a rebuild).
  if (path.empty() || Snapshot::OpenFresh(store) != nullptr)
    return Status::Ok();
  std::shared_ptr<const Snapshot> snap = Snapshot::Build(store);
  if (snap == nullptr) {
    std::error_code ec;
    std::filesystem::remove(path, ec);
    return Status::Ok();
  }
  return snap->WriteTo(path);
}

}  // namespace kg
