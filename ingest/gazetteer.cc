// The gazetteers of data/gazetteer/, parsed once from their embedded copies.

#include <algorithm>
#include <array>
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

/// The first columns of a tab-separated line (Load() reads five), without
/// a vector per line.
struct Columns {
  static constexpr std::size_t kMax = 5;
  std::array<std::string_view, kMax> col;
  std::size_t count = 0;  ///< Columns in the line (those after kMax unkept).
};

Columns SplitTabs(std::string_view line) {
  Columns cols;
  std::size_t pos = 0;
  while (true) {
    std::size_t t = line.find('\t', pos);
    std::string_view c = line.substr(pos, t == std::string_view::npos ? t : t - pos);
    if (cols.count < Columns::kMax) cols.col[cols.count] = c;
    ++cols.count;
    if (t == std::string_view::npos) break;
    pos = t + 1;
  }
  return cols;
}

/// True when the tokenizer cuts `surface` into its space-separated words:
/// ASCII letters and digits, single spaces between them. Its SurfaceKey()
/// is then the surface itself.
bool PlainWords(std::string_view surface) {
  if (surface.empty() || surface.front() == ' ' || surface.back() == ' ')
    return false;
  bool after_space = false;
  for (char c : surface) {
    const bool space = c == ' ';
    if (space ? after_space
              : !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (c >= '0' && c <= '9')))
      return false;
    after_space = space;
  }
  return true;
}

}  // namespace

std::string SurfaceKey(std::string_view surface) {
  if (PlainWords(surface)) return std::string(surface);
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
  std::string_view last_type;  // and its ParseEntityType()
  std::optional<EntityType> last_parsed;
  while (pos < data.size()) {
    std::size_t e = data.find('\n', pos);
    if (e == std::string_view::npos) e = data.size();
    std::string_view line = data.substr(pos, e - pos);
    pos = e + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const Columns cols = SplitTabs(line);
    if (cols.count < 2 || cols.col[0].empty()) continue;
    std::string_view type = cols.col[1];
    if (type == "FirstName") {
      first_names_.Emplace(cols.col[0], 1);
      continue;
    }
    if (type == "Leader") {
      // name, Leader, -, -, country: a head of state or government.
      if (cols.count > 4 && !cols.col[4].empty())
        leaders_.Emplace(cols.col[0], std::string(cols.col[4]));
      continue;
    }
    GazEntry g;
    g.surface = std::string(cols.col[0]);
    if (type == "Demonym") {
      g.kind = GazKind::kDemonym;
      g.type = EntityType::kCountry;
    } else {
      // A file's lines mostly share their type: it is parsed once per run.
      if (type != last_type) {
        last_type = type;
        last_parsed = ParseEntityType(type);
      }
      if (!last_parsed) continue;
      g.type = *last_parsed;
    }
    g.canonical = cols.count > 2 && !cols.col[2].empty() ? std::string(cols.col[2])
                                                         : g.surface;
    if (cols.count > 3) {
      std::string_view flags = cols.col[3];
      if (flags.find("group") != std::string_view::npos) g.flags |= kFlagGroup;
      if (flags.find("ambiguous") != std::string_view::npos) g.flags |= kFlagAmbiguous;
      if (flags.find("product") != std::string_view::npos) g.flags |= kFlagProduct;
      if (flags.find("capital") != std::string_view::npos) g.flags |= kFlagCapital;
      if (flags.find("monarchy") != std::string_view::npos) g.flags |= kFlagMonarchy;
    }
    if (cols.count > 4) g.country = std::string(cols.col[4]);
    std::string key = SurfaceKey(g.surface);
    int ntok = 1 + static_cast<int>(std::count(key.begin(), key.end(), ' '));
    max_tokens_ = std::max(max_tokens_, ntok);
    int idx = static_cast<int>(entries_.size());
    // Every token-sequence prefix of the key is marked (-1) so that a
    // longest match can stop early; the key itself names its first entry.
    auto add_key = [idx](ingest_internal::StringMap<int>& table,
                         const std::string& k) {
      for (std::size_t sp = k.find(' '); sp != std::string::npos;
           sp = k.find(' ', sp + 1))
        table.Emplace(std::string_view(k).substr(0, sp), -1);
      int& first = *table.Emplace(k, -1).first;
      if (first < 0) first = idx;
    };
    bool lower_mineral = g.kind == GazKind::kEntity &&
                         g.type == EntityType::kMineral &&
                         std::any_of(g.surface.begin(), g.surface.end(), [](char c) {
                           return std::islower(static_cast<unsigned char>(c));
                         });
    std::string_view first_token = std::string_view(key).substr(0, key.find(' '));
    if (lower_mineral) {
      const std::string lower = AsciiLower(first_token);
      mineral_starts_[Signature(lower)] = true;
      mineral_first_.Add(lower);
    } else {
      exact_starts_[Signature(first_token)] = true;
      exact_first_.Add(first_token);
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

}  // namespace kg::gazetteer_internal
