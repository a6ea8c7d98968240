#include "query/explain.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "query/format_util.h"

namespace kg {
namespace {

bool DatesAgree(const std::string& a, const std::string& b) {
  return a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
}

}  // namespace

std::vector<QualifierConflict> FindConflicts(const std::vector<Evidence>& evidence) {
  std::vector<QualifierConflict> out;
  auto check = [&](std::string field, auto value_of, bool dates) {
    std::vector<std::pair<std::string, std::string>> stated;  // value, article
    for (const Evidence& e : evidence) {
      std::string v = value_of(e.qualifiers);
      if (!v.empty()) stated.emplace_back(v, e.article);
    }
    bool conflict = false;
    for (std::size_t i = 0; i < stated.size() && !conflict; ++i)
      for (std::size_t j = i + 1; j < stated.size() && !conflict; ++j) {
        if (stated[i].second == stated[j].second) continue;
        bool agree = dates ? DatesAgree(stated[i].first, stated[j].first)
                           : stated[i].first == stated[j].first;
        conflict = !agree;
      }
    if (!conflict) return;
    QualifierConflict c;
    c.field = std::move(field);
    for (const auto& said : stated) {
      // Not a structured binding: clang 14 cannot capture one in a lambda.
      const auto& v = said.first;
      const auto& article = said.second;
      auto it = std::find_if(c.values.begin(), c.values.end(),
                             [&](const auto& p) { return p.first == v; });
      if (it == c.values.end()) {
        c.values.push_back({v, {article}});
      } else if (std::find(it->second.begin(), it->second.end(), article) ==
                 it->second.end()) {
        it->second.push_back(article);
      }
    }
    out.push_back(std::move(c));
  };
  check("date", [](const Qualifiers& q) { return q.date; }, true);
  check("amount",
        [](const Qualifiers& q) {
          return q.amount.empty() || q.unit.empty() ? q.amount : q.amount + " " + q.unit;
        },
        false);
  check("percent", [](const Qualifiers& q) { return q.percent; }, false);
  return out;
}

std::string ConflictText(const QualifierConflict& c) {
  std::string s = c.field + ": ";
  for (std::size_t i = 0; i < c.values.size(); ++i) {
    if (i > 0) s += " vs ";
    std::string arts;
    for (const std::string& a : c.values[i].second) arts += (arts.empty() ? "" : ", ") + a;
    s += fmt::format("{} [{}]", c.values[i].first, arts);
  }
  return s;
}

Result<Explanation> ExplainFact(const Store& store, const Resolved& a,
                                std::string_view relation, const Resolved& b) {
  std::vector<Entity> as{a.entity}, bs{b.entity};
  as.insert(as.end(), a.others.begin(), a.others.end());
  bs.insert(bs.end(), b.others.begin(), b.others.end());
  for (const Entity& x : as)
    for (const Entity& y : bs) {
      std::optional<Relation> r = store.FindRelation(x.id, relation, y.id);
      if (!r) continue;
      Explanation e;
      e.fact.relation = *r;
      e.fact.subject = *store.GetEntity(r->subject);
      e.fact.object = *store.GetEntity(r->object);
      e.fact.evidence = store.EvidenceOf(r->id);
      std::set<std::string> articles, outlets;
      for (const Evidence& ev : e.fact.evidence) {
        articles.insert(ev.article);
        outlets.insert(ev.source.empty() ? "article " + ev.article : ev.source);
      }
      e.articles = static_cast<int>(articles.size());
      e.outlets = static_cast<int>(outlets.size());
      e.conflicts = FindConflicts(e.fact.evidence);
      return e;
    }
  std::string msg = fmt::format("the graph holds no fact {} -[{}]-> {}", a.entity.name,
                                relation, b.entity.name);
  for (const Entity& x : as)
    for (const Entity& y : bs)
      if (store.FindRelation(y.id, relation, x.id)) {
        msg += fmt::format("; it holds {} -[{}]-> {} (the other way round)", y.name,
                           relation, x.name);
        return Status::NotFound(msg);
      }
  return Status::NotFound(msg);
}

void PrintExplanation(std::ostream& out, const Explanation& e, OutputFormat format) {
  using namespace fmtutil;  // NOLINT: local helpers
  const FactView& f = e.fact;
  if (format == OutputFormat::kJson) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("subject");
    Str(w, f.subject.name);
    w.Key("relation");
    Str(w, f.relation.relation);
    w.Key("object");
    Str(w, f.object.name);
    WriteQualifiers(w, f.relation.qualifiers);
    w.Key("sources");
    w.Int(e.articles);
    w.Key("outlets");
    w.Int(e.outlets);
    w.Key("evidence");
    WriteEvidenceArray(w, f.evidence);
    w.Key("conflicts");
    w.StartArray();
    for (const QualifierConflict& c : e.conflicts) {
      w.StartObject();
      w.Key("field");
      Str(w, c.field);
      w.Key("values");
      w.StartArray();
      for (const auto& [v, arts] : c.values) {
        w.StartObject();
        w.Key("value");
        Str(w, v);
        w.Key("articles");
        w.StartArray();
        for (const std::string& a : arts) Str(w, a);
        w.EndArray();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    Flush(out, buf);
    return;
  }
  if (format == OutputFormat::kTsv) {
    out << "article\tpublished\tsource\tdate\tamount\tpercent\tstatus\trule\tsentence\n";
    for (const Evidence& ev : f.evidence) {
      const Qualifiers& q = ev.qualifiers;
      fmt::print(out, "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", Tsv(ev.article), ev.published,
                 Tsv(ev.source), q.date,
                 q.unit.empty() ? q.amount : q.amount + " " + q.unit, q.percent, q.status,
                 Tsv(ev.rule), Tsv(ev.sentence));
    }
    return;
  }
  std::string q = QualifierText(f.relation.qualifiers);
  fmt::print(out, "{} ({}) -[{}]-> {} ({}){}\n", f.subject.name,
             EntityTypeName(f.subject.type), f.relation.relation, f.object.name,
             EntityTypeName(f.object.type), q.empty() ? "" : "  " + q);
  fmt::print(out, "  stated by {} article{} from {} independent source{}\n", e.articles,
             e.articles == 1 ? "" : "s", e.outlets, e.outlets == 1 ? "" : "s");
  for (const QualifierConflict& c : e.conflicts)
    fmt::print(out, "  CONFLICT {}\n", ConflictText(c));
  fmt::print(out, "\nevidence ({}):\n", f.evidence.size());
  for (std::size_t i = 0; i < f.evidence.size(); ++i) {
    const Evidence& ev = f.evidence[i];
    fmt::print(out, "  {}. {}  {}  [{}] {}\n", i + 1,
               ev.published.empty() ? "----------" : ev.published,
               ev.source.empty() ? "(no source)" : ev.source, ev.article, ev.title);
    fmt::print(out, "     \"{}\"\n", ev.sentence);
    std::string stated = QualifierText(ev.qualifiers);
    fmt::print(out, "     stated: {}   rule: {}\n", stated.empty() ? "-" : stated,
               ev.rule.empty() ? "given in the article JSON" : ev.rule);
  }
}

}  // namespace kg
