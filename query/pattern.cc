#include "query/pattern.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "query/format_util.h"

namespace kg {
namespace {

// ---- errors ----------------------------------------------------------------

/// Display width of text[0, n): UTF-8 continuation bytes take no column.
std::size_t Columns(std::string_view text, std::size_t n) {
  std::size_t c = 0;
  for (std::size_t i = 0; i < n && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++c;
  return c;
}

/// "column N: message", the pattern, and carets under [at, at + len).
std::string Pointed(std::string_view text, std::size_t at, std::size_t len,
                    std::string_view message) {
  std::size_t col = Columns(text, at);
  std::size_t width = std::max<std::size_t>(1, Columns(text.substr(std::min(at, text.size())), len));
  std::string flat(text);
  std::replace(flat.begin(), flat.end(), '\n', ' ');
  std::replace(flat.begin(), flat.end(), '\t', ' ');
  return fmt::format("column {}: {}\n  {}\n  {}{}", col + 1, message, flat,
                     std::string(col, ' '), std::string(width, '^'));
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t prev = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cur = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         prev + (a[i - 1] == b[j - 1] ? 0 : 1)});
      prev = cur;
    }
  }
  return row[b.size()];
}

template <typename Names>
std::string DidYouMean(std::string_view word, const Names& names) {
  std::string best;
  std::size_t best_d = std::numeric_limits<std::size_t>::max();
  for (std::string_view n : names) {
    std::size_t d = EditDistance(word, n);
    if (d < best_d) {
      best_d = d;
      best = std::string(n);
    }
  }
  if (best_d <= std::max<std::size_t>(2, word.size() / 3))
    return fmt::format("; did you mean \"{}\"?", best);
  return "";
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsDate(std::string_view s) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  if (s.size() == 4) return digits(0, 4);
  if (s.size() == 7) return digits(0, 4) && s[4] == '-' && digits(5, 2);
  if (s.size() == 10)
    return digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2);
  return false;
}

// ---- parser ----------------------------------------------------------------

struct ParseFailure {
  std::size_t at = 0;
  std::size_t len = 1;
  std::string message;
};

class Parser {
 public:
  explicit Parser(std::string_view text) : t_(text) {}

  std::optional<ParseFailure> Parse(Pattern& p) {
    p.text = std::string(t_);
    Ws();
    if (i_ >= t_.size()) return Fail(i_, 1, "empty pattern; start with a node such as (?c:Company)");
    NodePattern n;
    if (auto f = Node(n)) return f;
    p.nodes.push_back(std::move(n));
    for (;;) {
      Ws();
      if (i_ >= t_.size() || AtWord("where")) break;
      EdgePattern e;
      if (auto f = Edge(e)) return f;
      Ws();
      if (i_ >= t_.size() || t_[i_] != '(')
        return Fail(i_, 1, "expected a node such as (?x) after the edge");
      NodePattern m;
      if (auto f = Node(m)) return f;
      p.edges.push_back(std::move(e));
      p.nodes.push_back(std::move(m));
    }
    if (AtWord("where")) {
      i_ += 5;
      for (;;) {
        Ws();
        Condition c;
        if (auto f = Cond(c)) return f;
        p.where.push_back(std::move(c));
        Ws();
        if (i_ >= t_.size()) break;
        if (AtWord("and")) {
          i_ += 3;
          continue;
        }
        if (AtWord("or"))
          return Fail(i_, 2, "OR is not supported; run one pattern per alternative");
        return Fail(i_, 1, "expected AND or the end of the pattern");
      }
    }
    if (i_ < t_.size()) return Fail(i_, 1, "unexpected text after the pattern");
    return Check(p);
  }

 private:
  ParseFailure Fail(std::size_t at, std::size_t len, std::string msg) const {
    return ParseFailure{at, len, std::move(msg)};
  }
  void Ws() {
    while (i_ < t_.size() && std::isspace(static_cast<unsigned char>(t_[i_]))) ++i_;
  }
  bool Eat(std::string_view s) {
    if (t_.substr(i_, s.size()) == s) {
      i_ += s.size();
      return true;
    }
    return false;
  }
  /// A keyword, any case, not followed by a name character.
  bool AtWord(std::string_view w) const {
    if (i_ + w.size() > t_.size()) return false;
    if (Lower(t_.substr(i_, w.size())) != w) return false;
    std::size_t j = i_ + w.size();
    return j == t_.size() || !(std::isalnum(static_cast<unsigned char>(t_[j])) || t_[j] == '_');
  }
  static bool IdentChar(char c, bool first) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' ||
           (!first && std::isdigit(static_cast<unsigned char>(c)));
  }
  std::optional<ParseFailure> Ident(std::string& out) {
    std::size_t start = i_;
    while (i_ < t_.size() && IdentChar(t_[i_], i_ == start)) ++i_;
    if (i_ == start) return Fail(start, 1, "expected a variable name after '?'");
    out = std::string(t_.substr(start, i_ - start));
    return std::nullopt;
  }
  std::optional<ParseFailure> Type(std::optional<EntityType>& out) {
    Ws();
    std::size_t start = i_;
    while (i_ < t_.size() && IdentChar(t_[i_], false)) ++i_;
    std::string_view name = t_.substr(start, i_ - start);
    if (name.empty()) return Fail(start, 1, "expected an entity type after ':'");
    out = ParseEntityType(name);
    if (!out) {
      std::vector<std::string_view> names;
      for (EntityType ty : AllEntityTypes()) names.push_back(EntityTypeName(ty));
      std::string known;
      for (std::string_view n : names) known += (known.empty() ? "" : ", ") + std::string(n);
      std::string hint = DidYouMean(name, names);
      return Fail(start, name.size(),
                  fmt::format("unknown entity type \"{}\"{}", name,
                              hint.empty() ? "; known: " + known : hint));
    }
    return std::nullopt;
  }
  std::optional<ParseFailure> QuotedString(std::string& out) {
    std::size_t start = i_;
    ++i_;  // the opening quote
    out.clear();
    while (i_ < t_.size() && t_[i_] != '"') {
      if (t_[i_] == '\\' && i_ + 1 < t_.size()) ++i_;
      out += t_[i_++];
    }
    if (i_ >= t_.size()) return Fail(start, 1, "unterminated string: a closing \" is missing");
    ++i_;
    return std::nullopt;
  }

  std::optional<ParseFailure> Node(NodePattern& n) {
    n.column = i_;
    if (!Eat("(")) return Fail(i_, 1, "expected '(' to start a node");
    Ws();
    if (Eat(")")) {  // () = anonymous
      name_at_by_node_.push_back({n.column, 1});
      return std::nullopt;
    }
    if (i_ < t_.size() && t_[i_] == '?') {
      ++i_;
      if (auto f = Ident(n.var)) return f;
      Ws();
      if (Eat(":"))
        if (auto f = Type(n.type)) return f;
    } else if (i_ < t_.size() && t_[i_] == '"') {
      name_at_ = i_;
      if (auto f = QuotedString(n.name)) return f;
      if (n.name.empty()) return Fail(name_at_, 2, "empty entity name");
      Ws();
      if (Eat(":"))
        if (auto f = Type(n.type)) return f;
    } else {
      std::size_t start = i_;
      while (i_ < t_.size() && t_[i_] != ')' && t_[i_] != '(') ++i_;
      std::string_view raw = t_.substr(start, i_ - start);
      while (!raw.empty() && std::isspace(static_cast<unsigned char>(raw.back())))
        raw.remove_suffix(1);
      // "Yakutia:Region" names a type after the last ':' when it is one.
      std::size_t colon = raw.rfind(':');
      if (colon != std::string_view::npos) {
        std::string_view ty = raw.substr(colon + 1);
        while (!ty.empty() && std::isspace(static_cast<unsigned char>(ty.front())))
          ty.remove_prefix(1);
        if (auto parsed = ParseEntityType(ty)) {
          n.type = parsed;
          raw = raw.substr(0, colon);
          while (!raw.empty() && std::isspace(static_cast<unsigned char>(raw.back())))
            raw.remove_suffix(1);
        }
      }
      if (raw.empty()) return Fail(start, 1, "expected ?variable, a name or \"a quoted name\"");
      name_at_ = start;
      n.name = std::string(raw);
    }
    Ws();
    if (!Eat(")")) return Fail(i_, 1, "expected ')' to close the node");
    if (n.fixed()) name_at_by_node_.push_back({name_at_, n.name.size()});
    else name_at_by_node_.push_back({n.column, 1});
    return std::nullopt;
  }

  std::optional<ParseFailure> Edge(EdgePattern& e) {
    e.column = i_;
    bool back = false;
    if (Eat("<-[")) {
      back = true;
    } else if (!Eat("-[")) {
      return Fail(i_, 1,
                  "expected an edge: -[relation]->, <-[relation]- or -[relation]-");
    }
    Ws();
    if (i_ < t_.size() && t_[i_] == '?') {
      ++i_;
      if (auto f = Ident(e.var)) return f;
      Ws();
      if (!Eat(":")) {
        Ws();
        if (i_ < t_.size() && t_[i_] != ']' && t_[i_] != '*')
          return Fail(i_, 1, "expected ':' between the edge variable and its relations");
      }
      Ws();
    }
    while (i_ < t_.size() && IdentChar(t_[i_], true)) {
      std::size_t start = i_;
      while (i_ < t_.size() && IdentChar(t_[i_], false)) ++i_;
      std::string name(t_.substr(start, i_ - start));
      if (FindRelation(name) == nullptr) {
        std::vector<std::string_view> names;
        for (const RelationSpec& r : RelationVocabulary()) names.push_back(r.name);
        return Fail(start, name.size(),
                    fmt::format("unknown relation \"{}\"{}", name, DidYouMean(name, names)));
      }
      if (std::find(e.relations.begin(), e.relations.end(), name) == e.relations.end())
        e.relations.push_back(std::move(name));
      Ws();
      if (!Eat("|")) break;
      Ws();
      if (i_ >= t_.size() || !IdentChar(t_[i_], true))
        return Fail(i_, 1, "expected a relation name after '|'");
    }
    Ws();
    if (i_ < t_.size() && t_[i_] == '*') {
      std::size_t star = i_++;
      auto number = [&](int& out) {
        std::size_t start = i_;
        while (i_ < t_.size() && std::isdigit(static_cast<unsigned char>(t_[i_]))) ++i_;
        if (i_ == start) return false;
        auto [p, ec] = std::from_chars(t_.data() + start, t_.data() + i_, out);
        (void)p;
        if (ec != std::errc()) out = 1000;
        return true;
      };
      int lo = 1, hi = 0;
      bool has_lo = number(lo);
      bool has_hi = false;
      if (Eat("..")) {
        has_hi = number(hi);
      } else if (has_lo) {
        hi = lo;
        has_hi = true;
      }
      std::size_t len = i_ - star;
      if (!has_hi)
        return Fail(star, len,
                    fmt::format("a variable-length edge needs an upper bound, e.g. *1..3 "
                                "(at most {})", kMaxHops));
      if (lo < 1) return Fail(star, len, "the least number of hops is 1");
      if (hi < lo) return Fail(star, len, fmt::format("*{}..{}: the upper bound is below the lower", lo, hi));
      if (hi > kMaxHops)
        return Fail(star, len, fmt::format("at most {} hops in a variable-length edge", kMaxHops));
      e.min_hops = lo;
      e.max_hops = hi;
      Ws();
    }
    if (!Eat("]")) {
      if (i_ < t_.size() && std::isdigit(static_cast<unsigned char>(t_[i_])))
        return Fail(i_, 1, "expected ']'; write hop counts after '*', as in *1..3");
      return Fail(i_, 1, "expected ']' to close the edge");
    }
    if (back) {
      if (Eat("->")) return Fail(e.column, i_ - e.column,
                                 "an edge points one way: use -[...]-> or <-[...]-, "
                                 "or -[...]- for either");
      if (!Eat("-")) return Fail(i_, 1, "expected '-' to end the edge <-[...]-");
      e.direction = EdgeDirection::kBackward;
    } else if (Eat("->")) {
      e.direction = EdgeDirection::kForward;
    } else if (Eat("-")) {
      e.direction = EdgeDirection::kEither;
    } else {
      return Fail(i_, 1, "expected '->' or '-' to end the edge");
    }
    return std::nullopt;
  }

  std::optional<ParseFailure> Cond(Condition& c) {
    c.column = i_;
    if (i_ < t_.size() && t_[i_] == '?') {
      ++i_;
      if (auto f = Ident(c.edge_var)) return f;
      if (!Eat(".")) return Fail(i_, 1, "expected '.' and a field, as in ?r.year");
    }
    std::size_t fstart = i_;
    while (i_ < t_.size() && IdentChar(t_[i_], false)) ++i_;
    std::string field = Lower(t_.substr(fstart, i_ - fstart));
    static const std::map<std::string, ConditionField> kFields = {
        {"year", ConditionField::kYear},       {"date", ConditionField::kDate},
        {"source", ConditionField::kSource},   {"article", ConditionField::kArticle},
        {"sources", ConditionField::kSources}, {"status", ConditionField::kStatus}};
    auto f = kFields.find(field);
    if (f == kFields.end()) {
      std::vector<std::string_view> names;
      for (const auto& [k, v] : kFields) names.push_back(k);
      std::string hint = DidYouMean(field, names);
      return Fail(fstart, std::max<std::size_t>(1, field.size()),
                  field.empty() ? std::string("expected a field: year, date, source, "
                                              "article, sources or status")
                                : fmt::format("unknown field \"{}\"{}", field,
                                              hint.empty() ? "; fields: year, date, source, "
                                                             "article, sources, status"
                                                           : hint));
    }
    c.field = f->second;
    Ws();
    std::size_t op_at = i_;
    if (Eat("==") || Eat("=")) c.op = ConditionOp::kEq;
    else if (Eat("!=") || Eat("<>")) c.op = ConditionOp::kNe;
    else if (Eat("<=")) c.op = ConditionOp::kLe;
    else if (Eat(">=")) c.op = ConditionOp::kGe;
    else if (Eat("<")) c.op = ConditionOp::kLt;
    else if (Eat(">")) c.op = ConditionOp::kGt;
    else if (Eat("~")) c.op = ConditionOp::kContains;
    else return Fail(i_, 1, "expected an operator: = != < <= > >= or ~ (contains)");
    Ws();
    std::size_t vstart = i_;
    if (i_ < t_.size() && t_[i_] == '"') {
      if (auto fail = QuotedString(c.value)) return fail;
    } else {
      while (i_ < t_.size() && !std::isspace(static_cast<unsigned char>(t_[i_]))) ++i_;
      c.value = std::string(t_.substr(vstart, i_ - vstart));
    }
    std::size_t vlen = std::max<std::size_t>(1, i_ - vstart);
    if (c.value.empty() && i_ == vstart) return Fail(vstart, 1, "expected a value");
    bool numeric = c.field == ConditionField::kYear || c.field == ConditionField::kSources;
    if (numeric) {
      auto [p, ec] = std::from_chars(c.value.data(), c.value.data() + c.value.size(), c.number);
      if (ec != std::errc() || p != c.value.data() + c.value.size())
        return Fail(vstart, vlen, fmt::format("{} needs a whole number, not \"{}\"", field, c.value));
    }
    if (c.field == ConditionField::kDate && !IsDate(c.value))
      return Fail(vstart, vlen, "a date is YYYY, YYYY-MM or YYYY-MM-DD");
    if (c.op == ConditionOp::kContains && (numeric || c.field == ConditionField::kDate))
      return Fail(op_at, 1, fmt::format("~ (contains) is for text fields, not {}", field));
    return std::nullopt;
  }

  std::optional<ParseFailure> Check(Pattern& p) {
    std::map<std::string, std::size_t> node_vars, edge_vars;
    for (std::size_t k = 0; k < p.nodes.size(); ++k)
      if (!p.nodes[k].var.empty()) node_vars.emplace(p.nodes[k].var, k);
    for (const EdgePattern& e : p.edges) {
      if (e.var.empty()) continue;
      if (node_vars.count(e.var))
        return Fail(e.column, 1, fmt::format("?{} names both a node and an edge", e.var));
      if (!edge_vars.emplace(e.var, 0).second)
        return Fail(e.column, 1, fmt::format("edge variable ?{} is used twice", e.var));
    }
    for (const Condition& c : p.where) {
      if (c.edge_var.empty()) {
        if (p.edges.empty())
          return Fail(c.column, 1, "WHERE filters edges, and this pattern has none");
        continue;
      }
      if (node_vars.count(c.edge_var))
        return Fail(c.column, c.edge_var.size() + 1,
                    fmt::format("?{} is a node; WHERE fields belong to edges: name one "
                                "as in -[?r:located_in]->",
                                c.edge_var));
      if (!edge_vars.count(c.edge_var))
        return Fail(c.column, c.edge_var.size() + 1,
                    fmt::format("no edge is named ?{}", c.edge_var));
    }
    return std::nullopt;
  }

  std::string_view t_;
  std::size_t i_ = 0;
  std::size_t name_at_ = 0;

 public:
  /// Where each node's name (or its '(') starts, and its length.
  std::vector<std::pair<std::size_t, std::size_t>> name_at_by_node_;
};

// ---- matching --------------------------------------------------------------

bool CompareNumber(long long have, ConditionOp op, long long want) {
  switch (op) {
    case ConditionOp::kEq: return have == want;
    case ConditionOp::kNe: return have != want;
    case ConditionOp::kLt: return have < want;
    case ConditionOp::kLe: return have <= want;
    case ConditionOp::kGt: return have > want;
    case ConditionOp::kGe: return have >= want;
    case ConditionOp::kContains: return false;
  }
  return false;
}

/// Dates as periods: "2019" is all of 2019. '~' sorts after digits and '-'.
bool CompareDate(const std::string& have, ConditionOp op, const std::string& want) {
  if (have.empty()) return false;
  std::string have_end = have + "~", want_end = want + "~";
  switch (op) {
    case ConditionOp::kEq:
      return have.rfind(want, 0) == 0 || want.rfind(have, 0) == 0;
    case ConditionOp::kNe:
      return !(have.rfind(want, 0) == 0 || want.rfind(have, 0) == 0);
    case ConditionOp::kLt: return have < want && !(have.rfind(want, 0) == 0);
    case ConditionOp::kLe: return have <= want_end;
    case ConditionOp::kGt: return have > want_end;
    case ConditionOp::kGe: return have_end >= want;
    case ConditionOp::kContains: return false;
  }
  return false;
}

bool CompareText(const std::string& have, ConditionOp op, const std::string& want) {
  std::string h = Lower(have), w = Lower(want);
  switch (op) {
    case ConditionOp::kEq: return h == w;
    case ConditionOp::kNe: return h != w;
    case ConditionOp::kLt: return h < w;
    case ConditionOp::kLe: return h <= w;
    case ConditionOp::kGt: return h > w;
    case ConditionOp::kGe: return h >= w;
    case ConditionOp::kContains: return h.find(w) != std::string::npos;
  }
  return false;
}

std::string_view DirectionArrow(EdgeDirection d) {
  switch (d) {
    case EdgeDirection::kForward: return "->";
    case EdgeDirection::kBackward: return "<-";
    case EdgeDirection::kEither: return "--";
  }
  return "";
}

std::string NodeText(const NodePattern& n) {
  std::string s = n.fixed() ? fmt::format("({})", n.name)
                            : fmt::format("({}{})", n.var.empty() ? "" : "?" + n.var,
                                          n.type ? ":" + std::string(EntityTypeName(*n.type)) : "");
  if (n.fixed() && n.type) s = fmt::format("({}:{})", n.name, EntityTypeName(*n.type));
  return s;
}

std::string EdgeText(const EdgePattern& e) {
  std::string rels;
  for (const std::string& r : e.relations) rels += (rels.empty() ? "" : "|") + r;
  if (rels.empty()) rels = "any relation";
  if (e.variable_length()) rels += fmt::format(" *{}..{}", e.min_hops, e.max_hops);
  return fmt::format("[{}] {}", rels, DirectionArrow(e.direction));
}

class Matcher {
 public:
  Matcher(const Store& store, const Pattern& p, const MatchOptions& o)
      : store_(store), p_(p), opt_(o) {}

  /// Fixed nodes resolved to their entities (by name or alias, and type).
  std::optional<ParseFailure> Resolve(const std::vector<std::pair<std::size_t, std::size_t>>& at) {
    fixed_.assign(p_.nodes.size(), {});
    for (std::size_t k = 0; k < p_.nodes.size(); ++k) {
      const NodePattern& n = p_.nodes[k];
      if (!n.fixed()) continue;
      std::set<EntityId> ids;
      for (const Entity& e : store_.FindByName(n.name))
        if (!n.type || e.type == *n.type) ids.insert(e.id);
      if (ids.empty()) {
        std::vector<std::string> near = store_.SuggestNames(n.name, 3);
        std::string msg = fmt::format("no entity named \"{}\"{}", n.name,
                                      n.type ? fmt::format(" of type {}", EntityTypeName(*n.type)) : "");
        if (!near.empty()) {
          msg += "; did you mean ";
          for (std::size_t i = 0; i < near.size(); ++i)
            msg += fmt::format("{}\"{}\"", i == 0 ? "" : (i + 1 == near.size() ? " or " : ", "), near[i]);
          msg += "?";
        }
        return ParseFailure{at[k].first, at[k].second, msg};
      }
      fixed_[k] = std::move(ids);
    }
    return std::nullopt;
  }

  MatchPlan Plan() {
    MatchPlan plan;
    std::int64_t total_relations = -1;
    auto relations_total = [&] {
      if (total_relations < 0) {
        total_relations = 0;
        for (const RelationSpec& r : RelationVocabulary())
          total_relations += store_.CountRelationsNamed(r.name);
      }
      return total_relations;
    };
    auto edge_count = [&](const EdgePattern& e) {
      if (e.relations.empty()) return relations_total();
      std::int64_t n = 0;
      for (const std::string& r : e.relations) n += store_.CountRelationsNamed(r);
      return n;
    };
    // Candidates: (estimated rows, kind rank, index, description).
    struct Start {
      std::int64_t rows;
      int rank;
      std::size_t index;
      bool edge;
      std::string what;
    };
    std::vector<Start> starts;
    for (std::size_t k = 0; k < p_.nodes.size(); ++k) {
      const NodePattern& n = p_.nodes[k];
      if (n.fixed()) {
        auto rows = static_cast<std::int64_t>(fixed_[k].size());
        starts.push_back({rows, 0, k, false,
                          fmt::format("start at fixed entity {}: {} entit{}", NodeText(n),
                                      rows, rows == 1 ? "y" : "ies")});
      } else if (n.type) {
        std::int64_t rows = store_.CountEntities(n.type);
        starts.push_back({rows, 2, k, false,
                          fmt::format("start at {}: scan {} entities of type {}",
                                      NodeText(n), rows, EntityTypeName(*n.type))});
      }
    }
    for (std::size_t j = 0; j < p_.edges.size(); ++j) {
      const EdgePattern& e = p_.edges[j];
      if (e.variable_length() || e.relations.empty()) continue;
      std::int64_t rows = edge_count(e);
      starts.push_back({rows, 1, j, true,
                        fmt::format("start at edge {} {}: {} fact{} by the relation index",
                                    j + 1, EdgeText(e), rows, rows == 1 ? "" : "s")});
    }
    if (starts.empty()) {
      std::int64_t rows = store_.CountEntities(std::nullopt);
      starts.push_back({rows, 3, 0, false,
                        fmt::format("start at {}: scan all {} entities (the pattern names "
                                    "no entity, type or relation)",
                                    NodeText(p_.nodes[0]), rows)});
    }
    const Start& best = *std::min_element(starts.begin(), starts.end(),
                                          [](const Start& a, const Start& b) {
                                            return std::tie(a.rows, a.rank, a.index) <
                                                   std::tie(b.rows, b.rank, b.index);
                                          });
    plan.steps.push_back({best.what});
    std::size_t left, right;  // bound nodes [left, right]
    if (best.edge) {
      plan.start_edge = best.index;
      plan.order.push_back(best.index);
      left = best.index;
      right = best.index + 1;
    } else {
      plan.start_node = best.index;
      left = right = best.index;
    }
    // Grow the bound interval one edge at a time, cheapest side first: an
    // edge to a fixed entity is a check, else the rarer relation.
    auto cost = [&](std::size_t edge, std::size_t far) -> std::int64_t {
      if (p_.nodes[far].fixed()) return 0;
      return edge_count(p_.edges[edge]) * (p_.edges[edge].variable_length() ? 10 : 1);
    };
    while (left > 0 || right < p_.nodes.size() - 1) {
      bool go_left;
      if (left == 0) go_left = false;
      else if (right == p_.nodes.size() - 1) go_left = true;
      else go_left = cost(left - 1, left - 1) < cost(right, right + 1);
      std::size_t edge = go_left ? left - 1 : right;
      std::size_t from = go_left ? left : right;
      std::size_t to = go_left ? left - 1 : right + 1;
      plan.order.push_back(edge);
      const EdgePattern& e = p_.edges[edge];
      plan.steps.push_back({fmt::format(
          "follow edge {} {} from {} to {} by the adjacency index{}", edge + 1, EdgeText(e),
          NodeText(p_.nodes[from]), NodeText(p_.nodes[to]),
          p_.nodes[to].fixed() ? " (a check: the far end is fixed)" : "")});
      if (go_left) --left;
      else ++right;
    }
    if (!p_.where.empty())
      plan.steps.push_back({fmt::format("check {} WHERE condition{} on each edge as it is joined",
                                        p_.where.size(), p_.where.size() == 1 ? "" : "s")});
    return plan;
  }

  MatchResult Run(MatchPlan plan) {
    MatchResult result;
    bound_.assign(p_.nodes.size(), std::nullopt);
    edges_.assign(p_.edges.size(), {});
    want_ = opt_.limit + 1;
    if (plan.start_edge) {
      std::size_t j = *plan.start_edge;
      const EdgePattern& e = p_.edges[j];
      RelationFilter f = opt_.filter;
      f.relations.clear();
      for (const std::string& name : e.relations) {
        for (const Relation& r : store_.RelationsNamed(name, f)) {
          if (Done()) break;
          const RelationSpec* spec = FindRelation(r.relation);
          bool symmetric = spec != nullptr && spec->symmetric;
          bool forward_ok = e.direction != EdgeDirection::kBackward || symmetric;
          bool backward_ok = e.direction != EdgeDirection::kForward || symmetric;
          // Forward: node j is the subject; backward: node j + 1 is.
          if (forward_ok) TryEdge(plan, j, r, r.subject, r.object);
          if (backward_ok && !Done()) TryEdge(plan, j, r, r.object, r.subject);
        }
      }
    } else {
      std::size_t k = plan.start_node;
      std::vector<EntityId> ids;
      if (p_.nodes[k].fixed()) {
        ids.assign(fixed_[k].begin(), fixed_[k].end());
      } else {
        for (const Entity& e : store_.EntitiesOfType(p_.nodes[k].type)) {
          cache_.emplace(e.id, e);
          ids.push_back(e.id);
        }
      }
      for (EntityId id : ids) {
        if (Done()) break;
        if (!NodeOk(k, id)) continue;
        bound_[k] = id;
        Extend(plan, plan.start_edge ? 1 : 0);
        bound_[k].reset();
      }
    }
    result.truncated = rows_.size() > opt_.limit;
    if (result.truncated) rows_.resize(opt_.limit);
    std::vector<std::size_t> var_nodes;
    std::set<std::string> seen;
    for (std::size_t k = 0; k < p_.nodes.size(); ++k)
      if (!p_.nodes[k].var.empty() && seen.insert(p_.nodes[k].var).second) var_nodes.push_back(k);
    std::sort(rows_.begin(), rows_.end(), [&](const MatchRow& a, const MatchRow& b) {
      for (std::size_t k : var_nodes)
        if (a.nodes[k].name != b.nodes[k].name) return a.nodes[k].name < b.nodes[k].name;
      for (std::size_t k = 0; k < a.nodes.size(); ++k)
        if (a.nodes[k].name != b.nodes[k].name) return a.nodes[k].name < b.nodes[k].name;
      for (std::size_t j = 0; j < a.edges.size(); ++j) {
        const auto& x = a.edges[j].hops;
        const auto& y = b.edges[j].hops;
        for (std::size_t h = 0; h < std::min(x.size(), y.size()); ++h)
          if (x[h].relation.relation != y[h].relation.relation)
            return x[h].relation.relation < y[h].relation.relation;
        if (x.size() != y.size()) return x.size() < y.size();
      }
      return false;
    });
    result.rows = std::move(rows_);
    result.plan = std::move(plan);
    return result;
  }

 private:
  bool Done() const { return rows_.size() >= want_; }

  const Entity& Get(EntityId id) {
    auto it = cache_.find(id);
    if (it == cache_.end()) it = cache_.emplace(id, store_.GetEntity(id).value_or(Entity{})).first;
    return it->second;
  }

  /// id fits node k: its type, its fixed entity, and its variable's other
  /// occurrences.
  bool NodeOk(std::size_t k, EntityId id) {
    const NodePattern& n = p_.nodes[k];
    if (n.fixed() && !fixed_[k].count(id)) return false;
    if (n.type && Get(id).type != *n.type) return false;
    if (!n.var.empty())
      for (std::size_t m = 0; m < p_.nodes.size(); ++m)
        if (m != k && bound_[m] && p_.nodes[m].var == n.var && *bound_[m] != id) return false;
    return true;
  }

  const std::vector<Evidence>& EvidenceFor(RelationId id) {
    auto it = evidence_.find(id);
    if (it == evidence_.end()) it = evidence_.emplace(id, store_.EvidenceOf(id)).first;
    return it->second;
  }

  /// r passes the WHERE conditions that apply to edge j.
  bool EdgeOk(std::size_t j, const Relation& r) {
    const std::string& var = p_.edges[j].var;
    std::vector<const Condition*> per_row;
    for (const Condition& c : p_.where) {
      if (!c.edge_var.empty() && c.edge_var != var) continue;
      if (c.field == ConditionField::kSources) {
        if (!CompareNumber(r.sources, c.op, c.number)) return false;
      } else {
        per_row.push_back(&c);
      }
    }
    if (per_row.empty()) return true;
    for (const Evidence& ev : EvidenceFor(r.id)) {
      std::string date = ev.qualifiers.date.empty() ? ev.published : ev.qualifiers.date;
      bool all = true;
      for (const Condition* c : per_row) {
        bool ok = false;
        switch (c->field) {
          case ConditionField::kYear: {
            long long year = 0;
            auto [p, ec] = std::from_chars(date.data(), date.data() + std::min<std::size_t>(4, date.size()), year);
            (void)p;
            ok = date.size() >= 4 && ec == std::errc() && CompareNumber(year, c->op, c->number);
            break;
          }
          case ConditionField::kDate: ok = CompareDate(date, c->op, c->value); break;
          case ConditionField::kSource: ok = CompareText(ev.source, c->op, c->value); break;
          case ConditionField::kArticle: ok = CompareText(ev.article, c->op, c->value); break;
          case ConditionField::kStatus: ok = CompareText(ev.qualifiers.status, c->op, c->value); break;
          case ConditionField::kSources: ok = true; break;
        }
        if (!ok) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }

  FactView Fact(const Relation& r) {
    FactView f;
    f.relation = r;
    f.subject = Get(r.subject);
    f.object = Get(r.object);
    if (opt_.evidence) f.evidence = EvidenceFor(r.id);
    return f;
  }

  void TryEdge(const MatchPlan& plan, std::size_t j, const Relation& r, EntityId left,
               EntityId right) {
    if (!NodeOk(j, left)) return;
    bound_[j] = left;
    if (NodeOk(j + 1, right) && EdgeOk(j, r)) {
      bound_[j + 1] = right;
      edges_[j].hops = {Fact(r)};
      Extend(plan, 1);
      edges_[j].hops.clear();
      bound_[j + 1].reset();
    }
    bound_[j].reset();
  }

  Direction Dir(const EdgePattern& e, bool rightward) const {
    if (e.direction == EdgeDirection::kEither) return Direction::kBoth;
    bool out = (e.direction == EdgeDirection::kForward) == rightward;
    return out ? Direction::kOut : Direction::kIn;
  }

  void Extend(const MatchPlan& plan, std::size_t step) {
    if (Done()) return;
    if (step == plan.order.size()) {
      MatchRow row;
      for (std::size_t k = 0; k < p_.nodes.size(); ++k) row.nodes.push_back(Get(*bound_[k]));
      row.edges = edges_;
      rows_.push_back(std::move(row));
      return;
    }
    std::size_t j = plan.order[step];
    const EdgePattern& e = p_.edges[j];
    bool rightward = bound_[j].has_value() && !bound_[j + 1].has_value();
    std::size_t from = rightward ? j : j + 1;
    std::size_t to = rightward ? j + 1 : j;
    RelationFilter f = opt_.filter;
    // --relation narrows the edges that name no relation of their own.
    if (!e.relations.empty()) f.relations = e.relations;
    Direction dir = Dir(e, rightward);
    if (!e.variable_length()) {
      for (const Incident& inc : store_.RelationsOf(*bound_[from], dir, f)) {
        if (Done()) return;
        cache_.emplace(inc.other.id, inc.other);
        if (!NodeOk(to, inc.other.id) || !EdgeOk(j, inc.relation)) continue;
        bool was_bound = bound_[to].has_value();
        bound_[to] = inc.other.id;
        edges_[j].hops = {Fact(inc.relation)};
        Extend(plan, step + 1);
        edges_[j].hops.clear();
        if (!was_bound) bound_[to].reset();
      }
      return;
    }
    // Breadth-first: the first (shortest, name-ordered) chain to each end.
    EntityId start = *bound_[from];
    std::map<EntityId, std::vector<Relation>> chain{{start, {}}};
    std::vector<EntityId> frontier{start};
    std::vector<std::pair<EntityId, int>> ends;
    for (int d = 1; d <= e.max_hops && !frontier.empty(); ++d) {
      std::vector<EntityId> next;
      for (EntityId u : frontier) {
        for (const Incident& inc : store_.RelationsOf(u, dir, f)) {
          if (chain.count(inc.other.id) || !EdgeOk(j, inc.relation)) continue;
          cache_.emplace(inc.other.id, inc.other);
          std::vector<Relation> c = chain[u];
          c.push_back(inc.relation);
          chain.emplace(inc.other.id, std::move(c));
          next.push_back(inc.other.id);
          if (d >= e.min_hops) ends.emplace_back(inc.other.id, d);
        }
      }
      frontier = std::move(next);
    }
    for (const auto& [end, depth] : ends) {
      if (Done()) return;
      (void)depth;
      if (!NodeOk(to, end)) continue;
      bool was_bound = bound_[to].has_value();
      bound_[to] = end;
      edges_[j].hops.clear();
      std::vector<Relation> hops = chain[end];
      // Hops are listed from the left node to the right one.
      if (!rightward) std::reverse(hops.begin(), hops.end());
      for (const Relation& r : hops) edges_[j].hops.push_back(Fact(r));
      Extend(plan, step + 1);
      edges_[j].hops.clear();
      if (!was_bound) bound_[to].reset();
    }
  }

  const Store& store_;
  const Pattern& p_;
  const MatchOptions& opt_;
  std::vector<std::set<EntityId>> fixed_;
  std::vector<std::optional<EntityId>> bound_;
  std::vector<EdgeMatch> edges_;
  std::vector<MatchRow> rows_;
  std::size_t want_ = 0;
  std::unordered_map<EntityId, Entity> cache_;
  std::unordered_map<RelationId, std::vector<Evidence>> evidence_;
};

Result<Pattern> ParseWithPositions(std::string_view text,
                                   std::vector<std::pair<std::size_t, std::size_t>>* at) {
  Parser parser(text);
  Pattern p;
  if (std::optional<ParseFailure> f = parser.Parse(p))
    return Status::InvalidInput(Pointed(text, f->at, f->len, f->message));
  if (at != nullptr) *at = parser.name_at_by_node_;
  return p;
}

}  // namespace

std::vector<std::string> Pattern::variables() const {
  std::vector<std::string> out;
  for (const NodePattern& n : nodes)
    if (!n.var.empty() && std::find(out.begin(), out.end(), n.var) == out.end())
      out.push_back(n.var);
  for (const EdgePattern& e : edges)
    if (!e.var.empty()) out.push_back(e.var);
  return out;
}

Result<Pattern> ParsePattern(std::string_view text) {
  return ParseWithPositions(text, nullptr);
}

Result<MatchPlan> PlanMatch(const Store& store, const Pattern& pattern,
                            const MatchOptions& options) {
  std::vector<std::pair<std::size_t, std::size_t>> at;
  Result<Pattern> again = ParseWithPositions(pattern.text, &at);
  if (!again) return again.status();
  Matcher m(store, pattern, options);
  if (std::optional<ParseFailure> f = m.Resolve(at))
    return Status::NotFound(Pointed(pattern.text, f->at, f->len, f->message));
  return m.Plan();
}

Result<MatchResult> MatchPattern(const Store& store, const Pattern& pattern,
                                 const MatchOptions& options) {
  std::vector<std::pair<std::size_t, std::size_t>> at;
  Result<Pattern> again = ParseWithPositions(pattern.text, &at);
  if (!again) return again.status();
  Matcher m(store, pattern, options);
  if (std::optional<ParseFailure> f = m.Resolve(at))
    return Status::NotFound(Pointed(pattern.text, f->at, f->len, f->message));
  return m.Run(m.Plan());
}

// ---- output ----------------------------------------------------------------

namespace {

std::string Chain(const MatchRow& row) {
  std::string s = row.nodes.empty() ? "" : row.nodes[0].name;
  for (std::size_t j = 0; j < row.edges.size(); ++j) {
    EntityId at = row.nodes[j].id;
    for (const FactView& f : row.edges[j].hops) {
      bool forward = f.subject.id == at;
      const Entity& next = forward ? f.object : f.subject;
      const RelationSpec* spec = FindRelation(f.relation.relation);
      if (spec != nullptr && spec->symmetric)  // stored one way, read both
        s += fmt::format(" -[{}]- {}", f.relation.relation, next.name);
      else
        s += forward ? fmt::format(" -[{}]-> {}", f.relation.relation, next.name)
                     : fmt::format(" <-[{}]- {}", f.relation.relation, next.name);
      at = next.id;
    }
  }
  return s;
}

/// Index of the node that first binds each node variable.
std::vector<std::pair<std::string, std::size_t>> VarNodes(const Pattern& p) {
  std::vector<std::pair<std::string, std::size_t>> out;
  for (std::size_t k = 0; k < p.nodes.size(); ++k) {
    const std::string& v = p.nodes[k].var;
    if (v.empty()) continue;
    bool seen = false;
    for (const auto& [name, idx] : out) seen = seen || name == v;
    if (!seen) out.emplace_back(v, k);
  }
  return out;
}

}  // namespace

void PrintMatches(std::ostream& out, const Pattern& pattern, const MatchResult& result,
                  OutputFormat format, bool evidence) {
  using namespace fmtutil;  // NOLINT: local helpers
  auto vars = VarNodes(pattern);
  if (format == OutputFormat::kJson) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("pattern");
    Str(w, pattern.text);
    w.Key("variables");
    w.StartArray();
    for (const auto& [v, k] : vars) Str(w, v);
    w.EndArray();
    w.Key("rows");
    w.StartArray();
    for (const MatchRow& row : result.rows) {
      w.StartObject();
      w.Key("bindings");
      w.StartObject();
      for (const auto& [v, k] : vars) {
        w.Key(v.c_str());
        w.StartObject();
        w.Key("name");
        Str(w, row.nodes[k].name);
        w.Key("type");
        Str(w, EntityTypeName(row.nodes[k].type));
        w.EndObject();
      }
      w.EndObject();
      w.Key("edges");
      w.StartArray();
      for (std::size_t j = 0; j < row.edges.size(); ++j) {
        w.StartObject();
        if (!pattern.edges[j].var.empty()) {
          w.Key("var");
          Str(w, pattern.edges[j].var);
        }
        w.Key("hops");
        w.StartArray();
        for (const FactView& f : row.edges[j].hops) WriteFactObject(w, f, evidence);
        w.EndArray();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.Key("truncated");
    w.Bool(result.truncated);
    w.EndObject();
    Flush(out, buf);
    return;
  }
  if (format == OutputFormat::kTsv) {
    if (evidence) {
      out << "row\tedge\thop\tsubject\trelation\tobject\tdate\tsources\tarticle\tsentence\n";
      for (std::size_t i = 0; i < result.rows.size(); ++i)
        for (std::size_t j = 0; j < result.rows[i].edges.size(); ++j) {
          const auto& hops = result.rows[i].edges[j].hops;
          for (std::size_t h = 0; h < hops.size(); ++h)
            for (const Evidence& ev : hops[h].evidence)
              fmt::print(out, "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", i + 1, j + 1, h + 1,
                         Tsv(hops[h].subject.name), hops[h].relation.relation,
                         Tsv(hops[h].object.name), hops[h].relation.qualifiers.date,
                         hops[h].relation.sources, Tsv(ev.article), Tsv(ev.sentence));
        }
      return;
    }
    for (const auto& [v, k] : vars) out << '?' << v << '\t';
    out << "path\n";
    for (const MatchRow& row : result.rows) {
      for (const auto& [v, k] : vars) out << Tsv(row.nodes[k].name) << '\t';
      out << Tsv(Chain(row)) << '\n';
    }
    return;
  }
  if (evidence) {
    for (std::size_t i = 0; i < result.rows.size(); ++i) {
      const MatchRow& row = result.rows[i];
      std::string head;
      for (const auto& [v, k] : vars)
        head += fmt::format("{}?{} = {} ({})", head.empty() ? "" : ", ", v, row.nodes[k].name,
                            EntityTypeName(row.nodes[k].type));
      fmt::print(out, "{}. {}\n", i + 1, head.empty() ? Chain(row) : head);
      for (const EdgeMatch& em : row.edges)
        for (const FactView& f : em.hops) {
          std::string q = QualifierText(f.relation.qualifiers);
          fmt::print(out, "   {} -[{}]-> {}{}  [{} source{}]\n", f.subject.name,
                     f.relation.relation, f.object.name, q.empty() ? "" : "  " + q,
                     f.relation.sources, f.relation.sources == 1 ? "" : "s");
          for (const Evidence& ev : f.evidence)
            fmt::print(out, "       {}[{}] \"{}\"\n",
                       ev.published.empty() ? "" : ev.published + " ", ev.article,
                       Quote(ev.sentence));
        }
    }
  } else {
    std::vector<std::size_t> width;
    for (const auto& [v, k] : vars) {
      std::size_t wd = v.size() + 1;
      for (const MatchRow& row : result.rows) wd = std::max(wd, Columns(row.nodes[k].name, row.nodes[k].name.size()));
      width.push_back(wd);
    }
    auto pad = [](const std::string& s, std::size_t wd) {
      std::size_t c = Columns(s, s.size());
      return s + std::string(wd > c ? wd - c : 0, ' ');
    };
    std::string header;
    for (std::size_t c = 0; c < vars.size(); ++c) header += pad("?" + vars[c].first, width[c]) + "  ";
    fmt::print(out, "{}path\n", header);
    for (const MatchRow& row : result.rows) {
      std::string line;
      for (std::size_t c = 0; c < vars.size(); ++c)
        line += pad(row.nodes[vars[c].second].name, width[c]) + "  ";
      fmt::print(out, "{}{}\n", line, Chain(row));
    }
  }
  fmt::print(out, "{} match{}{}\n", result.rows.size(), result.rows.size() == 1 ? "" : "es",
             result.truncated ? " (more exist; raise --limit)" : "");
}

void PrintPlan(std::ostream& out, const MatchPlan& plan) {
  for (std::size_t i = 0; i < plan.steps.size(); ++i)
    fmt::print(out, "{}. {}\n", i + 1, plan.steps[i].what);
}

}  // namespace kg
