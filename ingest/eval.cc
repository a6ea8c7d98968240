#include "ingest/eval.h"

#include <algorithm>
#include <array>
#include <set>
#include <tuple>
#include <utility>

#include <fmt/format.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <utf8proc.h>

namespace kg {
namespace {

constexpr std::array<std::string_view, 9> kTypeNames = {
    "Ministry", "Agency",  "Company", "Project",     "Mineral",
    "Person",   "Country", "Region",  "Organization"};

std::string Str(const rapidjson::Value& v, const char* key) {
  if (!v.IsObject()) return "";
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return "";
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

void AppendUtf8(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n));
}

struct GoldIndex {
  std::vector<std::string> types;
  std::vector<std::string> canon;
  std::map<std::string, std::vector<std::pair<bool, int>>> by_key;

  explicit GoldIndex(const GoldArticle& g) {
    for (const GoldArticle::Entity& e : g.entities) {
      std::vector<std::string> keys;
      for (const std::string& n : std::vector<std::string>{e.name}) {
        std::string k = EvalNameKey(n);
        if (!k.empty()) keys.push_back(k);
      }
      for (const std::string& a : e.aliases) {
        std::string k = EvalNameKey(a);
        if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end())
          keys.push_back(k);
      }
      if (keys.empty()) continue;
      int idx = static_cast<int>(types.size());
      types.push_back(e.type);
      canon.push_back(keys.front());
      for (const std::string& k : keys) by_key[k].push_back({k == keys.front(), idx});
    }
  }

  // Gold indexes a name refers to, canonical-name hits first.
  std::vector<int> Lookup(const std::string& key) const {
    std::vector<int> out;
    auto it = by_key.find(key);
    if (it == by_key.end()) return out;
    std::vector<std::pair<bool, int>> hits = it->second;
    std::stable_sort(hits.begin(), hits.end(),
                     [](auto& a, auto& b) { return a.first > b.first; });
    for (auto& h : hits) out.push_back(h.second);
    return out;
  }
};

struct Pred {
  std::string key, type;
};

void MatchEntities(const GoldIndex& gold, const std::vector<Pred>& preds,
                   bool typed, std::map<std::string, PrfCounts>& counts) {
  std::vector<bool> matched(gold.types.size(), false);
  std::vector<int> status(preds.size(), -1);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t pi = 0; pi < preds.size(); ++pi) {
      if (status[pi] >= 0) continue;
      auto it = gold.by_key.find(preds[pi].key);
      if (it == gold.by_key.end()) continue;
      std::vector<std::pair<bool, int>> hits = it->second;
      std::stable_sort(hits.begin(), hits.end(),
                       [](auto& a, auto& b) { return a.first > b.first; });
      for (auto& [canon, gi] : hits) {
        if (pass == 0 && !canon) continue;
        if (typed && gold.types[static_cast<std::size_t>(gi)] != preds[pi].type) continue;
        if (!matched[static_cast<std::size_t>(gi)]) {
          matched[static_cast<std::size_t>(gi)] = true;
          status[pi] = gi;
          break;
        }
      }
    }
  }
  for (std::size_t pi = 0; pi < preds.size(); ++pi) {
    if (status[pi] >= 0) {
      const std::string& t = gold.types[static_cast<std::size_t>(status[pi])];
      counts[t].tp++;
      counts["ALL"].tp++;
      continue;
    }
    bool names_matched = false;
    auto it = gold.by_key.find(preds[pi].key);
    if (it != gold.by_key.end()) {
      for (auto& [canon, gi] : it->second) {
        (void)canon;
        if (!typed || gold.types[static_cast<std::size_t>(gi)] == preds[pi].type)
          names_matched = true;
      }
    }
    if (names_matched) continue;  // another name of a matched entity: ignored
    counts[preds[pi].type].fp++;
    counts["ALL"].fp++;
  }
  for (std::size_t gi = 0; gi < matched.size(); ++gi) {
    if (matched[gi]) continue;
    counts[gold.types[gi]].fn++;
    counts["ALL"].fn++;
  }
}

using RelKey = std::tuple<std::string, std::string, std::string>;

std::string EndKey(const GoldIndex& gold, const std::string& name) {
  std::string k = EvalNameKey(name);
  std::vector<int> hits = gold.Lookup(k);
  return hits.empty() ? "S:" + k : "E:" + std::to_string(hits.front());
}

void RelSets(const GoldIndex& gold,
             const std::vector<GoldArticle::Relation>& rels,
             std::set<RelKey>* labeled,
             std::set<std::pair<std::string, std::string>>* unlabeled) {
  for (const GoldArticle::Relation& r : rels) {
    std::string s = EndKey(gold, r.subject), o = EndKey(gold, r.object);
    if (r.relation == "partners_with" && s > o) std::swap(s, o);
    labeled->insert({s, r.relation, o});
    unlabeled->insert(s < o ? std::make_pair(s, o) : std::make_pair(o, s));
  }
}

template <typename Set>
void CountSets(const Set& gold, const Set& pred, PrfCounts* c) {
  for (const auto& p : pred) {
    if (gold.count(p)) c->tp++; else c->fp++;
  }
  for (const auto& g : gold) {
    if (!pred.count(g)) c->fn++;
  }
}

std::string Line(std::string_view name, const PrfCounts& c) {
  return fmt::format("{:<13}{:>5}{:>5} | {:>4}{:>7.3f}{:>7.3f}{:>7.3f}", name,
                     c.tp + c.fn, c.tp + c.fp, c.tp, c.precision(), c.recall(),
                     c.f1());
}

std::string JsonPrf(const PrfCounts& c) {
  return fmt::format(
      "{{\"tp\": {}, \"fp\": {}, \"fn\": {}, \"gold\": {}, \"pred\": {}, "
      "\"precision\": {:.4f}, \"recall\": {:.4f}, \"f1\": {:.4f}}}",
      c.tp, c.fp, c.fn, c.tp + c.fn, c.tp + c.fp, c.precision(), c.recall(),
      c.f1());
}

}  // namespace

std::string EvalNameKey(std::string_view name) {
  // Curly apostrophes become straight ones before decomposition.
  std::string in;
  in.reserve(name.size());
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name.compare(i, 3, "\xE2\x80\x99") == 0 || name.compare(i, 3, "\xE2\x80\x98") == 0) {
      in.push_back('\'');
      i += 2;
    } else if (name.compare(i, 2, "\xCA\xBC") == 0) {
      in.push_back('\'');
      i += 1;
    } else {
      in.push_back(name[i]);
    }
  }
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(in.data()),
      static_cast<utf8proc_ssize_t>(in.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  std::string s;
  if (n >= 0 && mapped) s.assign(reinterpret_cast<char*>(mapped), static_cast<std::size_t>(n));
  else s = in;
  std::free(mapped);
  // Trim, then drop a trailing possessive.
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  std::size_t b = s.find_first_not_of(" \t");
  s = b == std::string::npos ? "" : s.substr(b);
  if (s.size() >= 2 && s.compare(s.size() - 2, 2, "'s") == 0) s.resize(s.size() - 2);
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(
        reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (len <= 0) {
      ++i;
      continue;
    }
    i += static_cast<std::size_t>(len);
    if (cp == '.' || cp == '\'' || cp == '`') continue;
    utf8proc_category_t cat = utf8proc_category(cp);
    bool word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
                (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME);
    if (!word) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    AppendUtf8(out, cp);
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

Result<GoldArticle> ParseGold(std::string_view json, std::string_view source) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError()) {
    return Status::InvalidInput(fmt::format(
        "{}: offset {}: {}", source, d.GetErrorOffset(),
        rapidjson::GetParseError_En(d.GetParseError())));
  }
  if (!d.IsObject()) return Status::InvalidInput(fmt::format("{}: not a JSON object", source));
  GoldArticle g;
  g.article = Str(d, "article");
  if (auto it = d.FindMember("entities"); it != d.MemberEnd() && it->value.IsArray()) {
    for (const rapidjson::Value& e : it->value.GetArray()) {
      GoldArticle::Entity ge;
      ge.name = Str(e, "name");
      ge.type = Str(e, "type");
      if (e.IsObject()) {
        if (auto a = e.FindMember("aliases"); a != e.MemberEnd() && a->value.IsArray()) {
          for (const rapidjson::Value& v : a->value.GetArray()) {
            if (v.IsString()) ge.aliases.emplace_back(v.GetString(), v.GetStringLength());
          }
        }
      }
      g.entities.push_back(std::move(ge));
    }
  }
  if (auto it = d.FindMember("relations"); it != d.MemberEnd() && it->value.IsArray()) {
    for (const rapidjson::Value& r : it->value.GetArray()) {
      g.relations.push_back({Str(r, "subject"), Str(r, "relation"), Str(r, "object")});
    }
  }
  return g;
}

void ScoreArticle(const GoldArticle& gold, const ArticleDoc* pred,
                  EvalReport* report) {
  report->articles++;
  if (!pred) report->missing_predictions++;
  GoldIndex index(gold);
  std::vector<Pred> preds;
  std::set<std::pair<std::string, std::string>> seen;
  if (pred) {
    for (const DocEntity& e : pred->entities) {
      Pred p{EvalNameKey(e.name), std::string(EntityTypeName(e.type))};
      if (p.key.empty() || !seen.insert({p.key, p.type}).second) continue;
      preds.push_back(std::move(p));
    }
  }
  MatchEntities(index, preds, true, report->typed);
  std::vector<Pred> untyped;
  std::set<std::string> keys;
  for (const Pred& p : preds) {
    if (keys.insert(p.key).second) untyped.push_back(p);
  }
  MatchEntities(index, untyped, false, report->untyped);

  std::vector<GoldArticle::Relation> prels;
  if (pred) {
    for (const DocRelation& r : pred->relations) {
      if (r.subject >= pred->entities.size() || r.object >= pred->entities.size()) continue;
      prels.push_back({pred->entities[r.subject].name, r.relation,
                       pred->entities[r.object].name});
    }
  }
  if (!gold.relations.empty()) report->any_gold_relations = true;
  if (!prels.empty()) report->any_predicted_relations = true;
  std::set<RelKey> gl, pl;
  std::set<std::pair<std::string, std::string>> gu, pu;
  RelSets(index, gold.relations, &gl, &gu);
  RelSets(index, prels, &pl, &pu);
  CountSets(gl, pl, &report->relations_labeled);
  CountSets(gu, pu, &report->relations_unlabeled);
}

std::string FormatEvalTable(const EvalReport& r, std::string_view title) {
  std::string out = fmt::format("== {}: {} article(s)", title, r.articles);
  if (r.missing_predictions) out += fmt::format(", {} without prediction", r.missing_predictions);
  out += "\n";
  out += fmt::format("{:<13}{:>5}{:>5} | {:>4}{:>7}{:>7}{:>7} | {:>4}{:>7}\n", "type",
                     "gold", "pred", "TP", "P", "R", "F1", "TP", "R");
  out += fmt::format("{:<23} | {:^25} | {:^11}\n", "", "typed (name+type)", "untyped");
  for (std::string_view t : kTypeNames) {
    auto it = r.typed.find(std::string(t));
    auto ut = r.untyped.find(std::string(t));
    PrfCounts a = it == r.typed.end() ? PrfCounts{} : it->second;
    PrfCounts b = ut == r.untyped.end() ? PrfCounts{} : ut->second;
    if (a.tp + a.fp + a.fn == 0 && b.tp == 0) continue;
    out += Line(t, a) + fmt::format(" | {:>4}{:>7.3f}\n", b.tp, b.recall());
  }
  out += std::string(79, '-') + "\n";
  PrfCounts all = r.typed.count("ALL") ? r.typed.at("ALL") : PrfCounts{};
  PrfCounts uall = r.untyped.count("ALL") ? r.untyped.at("ALL") : PrfCounts{};
  out += Line("ALL", all) + fmt::format(" | {:>4}{:>7.3f}  (untyped P {:.3f} F1 {:.3f})\n",
                                        uall.tp, uall.recall(), uall.precision(), uall.f1());
  if (!r.relations_scored()) {
    out += "relations: not scored (no predicted or no gold relations)\n";
  } else {
    for (auto [name, c] : {std::pair<const char*, PrfCounts>{"labeled", r.relations_labeled},
                           {"unlabeled", r.relations_unlabeled}}) {
      out += fmt::format("relations {:<9} gold {:>4} pred {:>4} TP {:>4}  P {:.3f} R {:.3f} F1 {:.3f}\n",
                         name, c.tp + c.fn, c.tp + c.fp, c.tp, c.precision(), c.recall(), c.f1());
    }
  }
  return out;
}

std::string FormatEvalJson(const EvalReport& r) {
  auto block = [](const std::map<std::string, PrfCounts>& m) {
    std::string per;
    for (std::string_view t : kTypeNames) {
      auto it = m.find(std::string(t));
      if (!per.empty()) per += ", ";
      per += fmt::format("\"{}\": {}", t, JsonPrf(it == m.end() ? PrfCounts{} : it->second));
    }
    auto all = m.find("ALL");
    return fmt::format("{{\"overall\": {}, \"per_type\": {{{}}}}}",
                       JsonPrf(all == m.end() ? PrfCounts{} : all->second), per);
  };
  std::string rel = r.relations_scored()
                        ? fmt::format("{{\"labeled\": {}, \"unlabeled\": {}}}",
                                      JsonPrf(r.relations_labeled),
                                      JsonPrf(r.relations_unlabeled))
                        : "null";
  return fmt::format(
      "{{\"articles\": {}, \"missing_predictions\": {}, \"entities\": "
      "{{\"typed\": {}, \"untyped\": {}}}, \"relations\": {}}}\n",
      r.articles, r.missing_predictions, block(r.typed), block(r.untyped), rel);
}

}  // namespace kg
