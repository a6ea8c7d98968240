// The gazetteers of data/gazetteer/, parsed once from their embedded copies.

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "ingest/gazetteer_internal.h"
#include "ingest/text_internal.h"

namespace kg::gazetteer_internal {
namespace {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  std::size_t pos = 0;
  while (true) {
    std::size_t t = line.find('\t', pos);
    if (t == std::string_view::npos) {
      cols.push_back(line.substr(pos));
      break;
    }
    cols.push_back(line.substr(pos, t - pos));
    pos = t + 1;
  }
  return cols;
}

}  // namespace

std::string SurfaceKey(std::string_view surface) {
  std::vector<text_internal::Token> toks = text_internal::Tokenize(surface);
  std::string key;
  for (const text_internal::Token& t : toks) {
    if (!key.empty()) key.push_back(' ');
    key.append(surface.substr(t.begin, t.end - t.begin));
  }
  return key;
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* instance = new Gazetteer();  // never destroyed
  return *instance;
}

Gazetteer::Gazetteer() {
  for (std::size_t i = 0; i < kEmbeddedFileCount; ++i) {
    Load(kEmbeddedFiles[i].name, kEmbeddedFiles[i].data);
  }
}

void Gazetteer::Load(std::string_view /*name*/, std::string_view data) {
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t e = data.find('\n', pos);
    if (e == std::string_view::npos) e = data.size();
    std::string_view line = data.substr(pos, e - pos);
    pos = e + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() < 2 || cols[0].empty()) continue;
    GazEntry g;
    g.surface = std::string(cols[0]);
    std::string_view type = cols[1];
    if (type == "FirstName") {
      first_names_.Insert(g.surface, 1);
      continue;
    }
    if (type == "Demonym") {
      g.kind = GazKind::kDemonym;
      g.type = EntityType::kCountry;
    } else {
      std::optional<EntityType> t = ParseEntityType(type);
      if (!t) continue;
      g.type = *t;
    }
    g.canonical = cols.size() > 2 && !cols[2].empty() ? std::string(cols[2])
                                                      : g.surface;
    if (cols.size() > 3) {
      std::string_view flags = cols[3];
      if (flags.find("group") != std::string_view::npos) g.flags |= kFlagGroup;
      if (flags.find("ambiguous") != std::string_view::npos) g.flags |= kFlagAmbiguous;
      if (flags.find("product") != std::string_view::npos) g.flags |= kFlagProduct;
      if (flags.find("capital") != std::string_view::npos) g.flags |= kFlagCapital;
    }
    if (cols.size() > 4) g.country = std::string(cols[4]);
    std::string key = SurfaceKey(g.surface);
    int ntok = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
    max_tokens_ = std::max(max_tokens_, ntok);
    int idx = static_cast<int>(entries_.size());
    // Every token-sequence prefix of the key is marked (-1) so that a
    // longest match can stop early; the key itself names its first entry.
    auto add_key = [idx](KeyTable& table, const std::string& k) {
      for (std::size_t sp = k.find(' '); sp != std::string::npos;
           sp = k.find(' ', sp + 1))
        table.Insert(std::string_view(k).substr(0, sp), -1);
      int& first = table.Insert(k, -1);
      if (first < 0) first = idx;
    };
    bool lower_mineral = g.kind == GazKind::kEntity &&
                         g.type == EntityType::kMineral &&
                         std::any_of(g.surface.begin(), g.surface.end(), [](char c) {
                           return std::islower(static_cast<unsigned char>(c));
                         });
    std::string_view first_token = std::string_view(key).substr(0, key.find(' '));
    if (lower_mineral) {
      mineral_pairs_[Pair(AsciiLower(first_token))] = true;
    } else {
      exact_pairs_[Pair(first_token)] = true;
    }
    if (g.kind == GazKind::kEntity && g.type == EntityType::kMineral) {
      // All-caps acronyms (REE, PGM, LARM) match exactly; words in any case.
      bool acronym = std::none_of(g.surface.begin(), g.surface.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c));
      });
      if (acronym) {
        add_key(exact_, key);
      } else {
        add_key(mineral_, AsciiLower(key));
      }
    } else {
      add_key(exact_, key);
    }
    entries_.push_back(std::move(g));
  }
}

int& KeyTable::Insert(std::string_view key, int init) {
  if ((keys_.size() + 1) * 2 > slots_.size())
    Rehash(std::max<std::size_t>(64, slots_.size() * 2));
  const std::uint64_t h = Hash(key);
  for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.key == kEmpty) {
      s.hash = h;
      s.key = static_cast<std::uint32_t>(keys_.size());
      s.value = init;
      keys_.emplace_back(key);
      return s.value;
    }
    if (s.hash == h && keys_[s.key] == key) return s.value;
  }
}

void KeyTable::Rehash(std::size_t capacity) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot());
  mask_ = capacity - 1;
  for (const Slot& s : old) {
    if (s.key == kEmpty) continue;
    std::size_t i = s.hash & mask_;
    while (slots_[i].key != kEmpty) i = (i + 1) & mask_;
    slots_[i] = s;
  }
}

}  // namespace kg::gazetteer_internal
