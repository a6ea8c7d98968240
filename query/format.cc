#include "query/format.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/dot.h"
#include "query/format_util.h"
#include "query/explain.h"

namespace kg {
namespace {

// The JSON, TSV and qualifier helpers shared with search and explain.
using fmtutil::Flush;
using fmtutil::JsonWriter;
using fmtutil::QualifierText;
using fmtutil::Quote;
using fmtutil::Str;
using fmtutil::Tsv;
using fmtutil::WriteQualifiers;

void WriteEntityRef(JsonWriter& w, const Entity& e) {
  w.StartObject();
  w.Key("name");
  Str(w, e.name);
  w.Key("type");
  Str(w, EntityTypeName(e.type));
  w.EndObject();
}

// A fact of a card or path: its evidence with titles and spans, and the
// qualifiers its sources disagree on.
void WriteFact(JsonWriter& w, const FactView& f) {
  fmtutil::FactFields fields;
  fields.evidence = true;
  fields.style = fmtutil::EvidenceStyle::kCard;
  for (const QualifierConflict& c : FindConflicts(f.evidence))
    fields.conflicts.push_back(ConflictText(c));
  fmtutil::WriteFactObject(w, f, fields);
}

void PrintFactTable(std::ostream& out, const FactView& f, bool outgoing) {
  std::string q = QualifierText(f.relation.qualifiers);
  if (outgoing) {
    fmt::print(out, "  {} → {} ({}){}  [{} source{}]\n", f.relation.relation,
               f.object.name, EntityTypeName(f.object.type),
               q.empty() ? "" : "  " + q, f.relation.sources,
               f.relation.sources == 1 ? "" : "s");
  } else {
    fmt::print(out, "  {} ({}) → {}{}  [{} source{}]\n", f.subject.name,
               EntityTypeName(f.subject.type), f.relation.relation,
               q.empty() ? "" : "  " + q, f.relation.sources,
               f.relation.sources == 1 ? "" : "s");
  }
  // Articles that state this fact with different qualifiers (explain.h).
  for (const QualifierConflict& c : FindConflicts(f.evidence))
    fmt::print(out, "      CONFLICT {}\n", ConflictText(c));
  for (const Evidence& e : f.evidence) {
    std::string when = e.published.empty() ? "" : e.published + " ";
    fmt::print(out, "      {}[{}] \"{}\"\n", when, e.article, Quote(e.sentence));
  }
}

}  // namespace

void PrintCard(std::ostream& out, const EntityCard& card, OutputFormat format) {
  const Entity& e = card.entity;
  if (format == OutputFormat::kJson) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("name");
    Str(w, e.name);
    w.Key("type");
    Str(w, EntityTypeName(e.type));
    w.Key("aliases");
    w.StartArray();
    for (const std::string& a : e.aliases) Str(w, a);
    w.EndArray();
    w.Key("first_seen");
    Str(w, e.first_seen);
    w.Key("last_seen");
    Str(w, e.last_seen);
    w.Key("outgoing");
    w.StartArray();
    for (const FactView& f : card.outgoing) WriteFact(w, f);
    w.EndArray();
    w.Key("incoming");
    w.StartArray();
    for (const FactView& f : card.incoming) WriteFact(w, f);
    w.EndArray();
    w.Key("articles");
    w.StartArray();
    for (const ArticleInfo& a : card.articles) {
      w.StartObject();
      w.Key("id");
      Str(w, a.id);
      w.Key("title");
      Str(w, a.title);
      w.Key("published");
      Str(w, a.published);
      w.Key("source");
      Str(w, a.source);
      w.EndObject();
    }
    w.EndArray();
    if (!card.others.empty()) {
      w.Key("same_name");
      w.StartArray();
      for (const Entity& o : card.others) WriteEntityRef(w, o);
      w.EndArray();
    }
    w.EndObject();
    Flush(out, buf);
    return;
  }
  if (format == OutputFormat::kTsv) {
    out << "direction\tsubject\trelation\tobject\tdate\tsources\tarticle\tsentence\n";
    auto rows = [&](const std::vector<FactView>& facts, std::string_view dir) {
      for (const FactView& f : facts) {
        for (const Evidence& ev : f.evidence)
          fmt::print(out, "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", dir,
                     Tsv(f.subject.name), f.relation.relation,
                     Tsv(f.object.name), f.relation.qualifiers.date,
                     f.relation.sources, Tsv(ev.article), Tsv(ev.sentence));
      }
    };
    rows(card.outgoing, "out");
    rows(card.incoming, "in");
    return;
  }
  fmt::print(out, "{} ({})\n", e.name, EntityTypeName(e.type));
  if (!e.aliases.empty()) {
    std::string al;
    for (const std::string& a : e.aliases) al += (al.empty() ? "" : "; ") + a;
    fmt::print(out, "  also: {}\n", al);
  }
  if (!e.first_seen.empty())
    fmt::print(out, "  seen: {} .. {}\n", e.first_seen, e.last_seen);
  for (const Entity& o : card.others)
    fmt::print(out, "  (another entity has this name: {} ({}))\n", o.name,
               EntityTypeName(o.type));
  fmt::print(out, "\nrelations out ({}):\n", card.outgoing.size());
  for (const FactView& f : card.outgoing) PrintFactTable(out, f, true);
  fmt::print(out, "\nrelations in ({}):\n", card.incoming.size());
  for (const FactView& f : card.incoming) PrintFactTable(out, f, false);
  fmt::print(out, "\narticles ({}):\n", card.articles.size());
  for (const ArticleInfo& a : card.articles)
    fmt::print(out, "  {}  {}  {}\n", a.published.empty() ? "----------" : a.published,
               a.id, a.title);
}

void PrintNeighbors(std::ostream& out, const Entity& start,
                    const std::vector<NeighborRow>& rows, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("start");
    WriteEntityRef(w, start);
    w.Key("neighbors");
    w.StartArray();
    for (const NeighborRow& r : rows) {
      w.StartObject();
      w.Key("name");
      Str(w, r.entity.name);
      w.Key("type");
      Str(w, EntityTypeName(r.entity.type));
      w.Key("depth");
      w.Int(r.depth);
      w.Key("via");
      w.StartObject();
      w.Key("subject");
      Str(w, r.via.subject.name);
      w.Key("relation");
      Str(w, r.via.relation.relation);
      w.Key("object");
      Str(w, r.via.object.name);
      WriteQualifiers(w, r.via.relation.qualifiers);
      w.Key("sources");
      w.Int(r.via.relation.sources);
      w.EndObject();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    Flush(out, buf);
    return;
  }
  if (format == OutputFormat::kTsv) {
    out << "depth\tname\ttype\tsubject\trelation\tobject\tdate\tsources\n";
    for (const NeighborRow& r : rows)
      fmt::print(out, "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", r.depth,
                 Tsv(r.entity.name), EntityTypeName(r.entity.type),
                 Tsv(r.via.subject.name), r.via.relation.relation,
                 Tsv(r.via.object.name), r.via.relation.qualifiers.date,
                 r.via.relation.sources);
    return;
  }
  fmt::print(out, "neighbours of {} ({}): {}\n", start.name,
             EntityTypeName(start.type), rows.size());
  std::size_t width = 4;
  for (const NeighborRow& r : rows) width = std::max(width, r.entity.name.size());
  for (const NeighborRow& r : rows) {
    std::string q = QualifierText(r.via.relation.qualifiers);
    fmt::print(out, "  {}  {:<{}}  {:<12}  {} -[{}]-> {}{}\n", r.depth,
               r.entity.name, width, EntityTypeName(r.entity.type),
               r.via.subject.name, r.via.relation.relation, r.via.object.name,
               q.empty() ? "" : "  (" + q + ")");
  }
}

void PrintPaths(std::ostream& out, const std::vector<PathView>& paths,
                OutputFormat format) {
  if (format == OutputFormat::kJson) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("paths");
    w.StartArray();
    for (const PathView& p : paths) {
      w.StartObject();
      w.Key("length");
      w.Uint64(p.hops.size());
      w.Key("entities");
      w.StartArray();
      for (const Entity& e : p.entities) WriteEntityRef(w, e);
      w.EndArray();
      w.Key("hops");
      w.StartArray();
      for (const FactView& f : p.hops) WriteFact(w, f);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    Flush(out, buf);
    return;
  }
  if (format == OutputFormat::kTsv) {
    out << "path\thop\tsubject\trelation\tobject\tdate\tarticle\tsentence\n";
    for (std::size_t i = 0; i < paths.size(); ++i)
      for (std::size_t h = 0; h < paths[i].hops.size(); ++h) {
        const FactView& f = paths[i].hops[h];
        const Evidence* ev = f.evidence.empty() ? nullptr : &f.evidence.front();
        fmt::print(out, "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", i + 1, h + 1,
                   Tsv(f.subject.name), f.relation.relation, Tsv(f.object.name),
                   f.relation.qualifiers.date, ev ? Tsv(ev->article) : "",
                   ev ? Tsv(ev->sentence) : "");
      }
    return;
  }
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const PathView& p = paths[i];
    std::string chain;
    for (std::size_t k = 0; k < p.entities.size(); ++k) {
      if (k > 0) {
        const FactView& f = p.hops[k - 1];
        bool forward = f.subject.id == p.entities[k - 1].id;
        chain += forward ? fmt::format(" -[{}]-> ", f.relation.relation)
                         : fmt::format(" <-[{}]- ", f.relation.relation);
      }
      chain += p.entities[k].name;
    }
    fmt::print(out, "path {} ({} hop{}): {}\n", i + 1, p.hops.size(),
               p.hops.size() == 1 ? "" : "s", chain);
    for (const FactView& f : p.hops) {
      std::string q = QualifierText(f.relation.qualifiers);
      fmt::print(out, "  {} -[{}]-> {}{}  [{} source{}]\n", f.subject.name,
                 f.relation.relation, f.object.name, q.empty() ? "" : "  " + q,
                 f.relation.sources, f.relation.sources == 1 ? "" : "s");
      for (const Evidence& e : f.evidence)
        fmt::print(out, "      {}[{}] \"{}\"\n",
                   e.published.empty() ? "" : e.published + " ", e.article,
                   Quote(e.sentence));
    }
  }
}

void PrintStats(std::ostream& out, const StoreStats& s, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    for (auto [k, v] : {std::pair{"articles", s.articles},
                        {"entities", s.entities},
                        {"relations", s.relations},
                        {"evidence", s.evidence}}) {
      w.Key(k);
      w.Int64(v);
    }
    w.Key("entities_by_type");
    w.StartObject();
    for (const auto& [k, v] : s.entities_by_type) {
      Str(w, k);
      w.Int64(v);
    }
    w.EndObject();
    w.Key("relations_by_name");
    w.StartObject();
    for (const auto& [k, v] : s.relations_by_name) {
      Str(w, k);
      w.Int64(v);
    }
    w.EndObject();
    w.EndObject();
    Flush(out, buf);
    return;
  }
  if (format == OutputFormat::kTsv) {
    out << "kind\tname\tcount\n";
    fmt::print(out, "total\tarticles\t{}\ntotal\tentities\t{}\ntotal\trelations\t{}\n"
                    "total\tevidence\t{}\n",
               s.articles, s.entities, s.relations, s.evidence);
    for (const auto& [k, v] : s.entities_by_type)
      fmt::print(out, "type\t{}\t{}\n", k, v);
    for (const auto& [k, v] : s.relations_by_name)
      fmt::print(out, "relation\t{}\t{}\n", k, v);
    return;
  }
  fmt::print(out, "articles   {}\nentities   {}\nrelations  {}\nevidence   {}\n",
             s.articles, s.entities, s.relations, s.evidence);
  fmt::print(out, "\nentities by type:\n");
  for (const auto& [k, v] : s.entities_by_type)
    fmt::print(out, "  {:<14}{:>8}\n", k, v);
  fmt::print(out, "\nrelations by name:\n");
  for (const auto& [k, v] : s.relations_by_name)
    fmt::print(out, "  {:<22}{:>8}\n", k, v);
}

void WriteGraphJson(std::ostream& out, const Subgraph& sub) {
  rapidjson::StringBuffer buf;
  JsonWriter w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("entities");
  w.StartArray();
  // Entity articles: every article that mentions it or states its facts.
  std::unordered_map<EntityId, std::set<std::string>> articles;
  for (const FactView& f : sub.relations)
    for (const Evidence& e : f.evidence) {
      articles[f.relation.subject].insert(e.article);
      articles[f.relation.object].insert(e.article);
    }
  std::vector<const Entity*> sorted;
  for (const Entity& e : sub.entities) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](const Entity* a, const Entity* b) {
    return std::tie(a->name, a->id) < std::tie(b->name, b->id);
  });
  for (const Entity* e : sorted) {
    w.StartObject();
    w.Key("name");
    Str(w, e->name);
    w.Key("type");
    Str(w, EntityTypeName(e->type));
    w.Key("aliases");
    w.StartArray();
    for (const std::string& a : e->aliases) Str(w, a);
    w.EndArray();
    w.Key("articles");
    w.StartArray();
    for (const std::string& a : articles[e->id]) Str(w, a);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  std::vector<const FactView*> facts;
  for (const FactView& f : sub.relations) facts.push_back(&f);
  std::sort(facts.begin(), facts.end(), [](const FactView* a, const FactView* b) {
    return std::tie(a->subject.name, a->relation.relation, a->object.name) <
           std::tie(b->subject.name, b->relation.relation, b->object.name);
  });
  for (const FactView* f : facts) {
    w.StartObject();
    w.Key("subject");
    Str(w, f->subject.name);
    w.Key("relation");
    Str(w, f->relation.relation);
    w.Key("object");
    Str(w, f->object.name);
    w.Key("date");
    Str(w, f->relation.qualifiers.date);
    Qualifiers rest = f->relation.qualifiers;
    rest.date.clear();
    WriteQualifiers(w, rest);
    w.Key("sources");
    w.Int(f->relation.sources);
    w.Key("evidence");
    w.StartArray();
    for (const Evidence& e : f->evidence) {
      w.StartObject();
      w.Key("article");
      Str(w, e.article);
      w.Key("sentence");
      Str(w, e.sentence);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  Flush(out, buf);
}

void WriteGraphDot(std::ostream& out, const Subgraph& sub,
                   const std::string& title) {
  std::vector<Relation> rels;
  for (const FactView& f : sub.relations) rels.push_back(f.relation);
  DotOptions opt;
  opt.title = title;
  WriteDot(out, sub.entities, std::move(rels), opt);
}

}  // namespace kg
