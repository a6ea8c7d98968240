#include "query/search.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "query/format_util.h"

namespace kg {

SearchResults Search(const Store& store, std::string_view text, std::size_t limit) {
  SearchResults out;
  for (Store::TextHit& h : store.SearchText(text, limit)) {
    if (h.entity) {
      std::optional<Entity> e = store.GetEntity(h.entity_id);
      if (!e) continue;
      out.entities.push_back({std::move(*e), std::move(h.snippet), h.score});
      continue;
    }
    SentenceHit s{h.article, h.published, h.source, std::move(h.snippet), h.score, {}};
    for (RelationId id : h.relations) {
      std::optional<Relation> r = store.GetRelation(id);
      if (!r) continue;
      FactView f;
      f.relation = *r;
      f.subject = store.GetEntity(r->subject).value_or(Entity{});
      f.object = store.GetEntity(r->object).value_or(Entity{});
      s.facts.push_back(std::move(f));
    }
    out.sentences.push_back(std::move(s));
  }
  return out;
}

void PrintSearch(std::ostream& out, const SearchResults& r, OutputFormat format) {
  using namespace fmtutil;  // NOLINT: local helpers
  if (format == OutputFormat::kJson) {
    rapidjson::StringBuffer buf;
    JsonWriter w(buf);
    w.StartObject();
    w.Key("entities");
    w.StartArray();
    for (const EntityHit& h : r.entities) {
      w.StartObject();
      w.Key("name");
      Str(w, h.entity.name);
      w.Key("type");
      Str(w, EntityTypeName(h.entity.type));
      w.Key("snippet");
      Str(w, h.snippet);
      w.Key("score");
      w.Double(h.score);
      w.EndObject();
    }
    w.EndArray();
    w.Key("sentences");
    w.StartArray();
    for (const SentenceHit& h : r.sentences) {
      w.StartObject();
      w.Key("article");
      Str(w, h.article);
      w.Key("published");
      Str(w, h.published);
      w.Key("source");
      Str(w, h.source);
      w.Key("snippet");
      Str(w, h.snippet);
      w.Key("score");
      w.Double(h.score);
      w.Key("facts");
      w.StartArray();
      for (const FactView& f : h.facts) WriteFactObject(w, f, false);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    Flush(out, buf);
    return;
  }
  if (format == OutputFormat::kTsv) {
    out << "kind\trank\tscore\tname_or_article\ttype_or_published\tsnippet\n";
    for (std::size_t i = 0; i < r.entities.size(); ++i)
      fmt::print(out, "entity\t{}\t{:.3f}\t{}\t{}\t{}\n", i + 1, r.entities[i].score,
                 Tsv(r.entities[i].entity.name), EntityTypeName(r.entities[i].entity.type),
                 Tsv(r.entities[i].snippet));
    for (std::size_t i = 0; i < r.sentences.size(); ++i)
      fmt::print(out, "sentence\t{}\t{:.3f}\t{}\t{}\t{}\n", i + 1, r.sentences[i].score,
                 Tsv(r.sentences[i].article), r.sentences[i].published,
                 Tsv(r.sentences[i].snippet));
    return;
  }
  fmt::print(out, "entities ({}):\n", r.entities.size());
  for (std::size_t i = 0; i < r.entities.size(); ++i) {
    const EntityHit& h = r.entities[i];
    fmt::print(out, "  {}. {} ({})  {}\n", i + 1, h.entity.name,
               EntityTypeName(h.entity.type), h.snippet);
  }
  fmt::print(out, "\nsentences ({}):\n", r.sentences.size());
  for (std::size_t i = 0; i < r.sentences.size(); ++i) {
    const SentenceHit& h = r.sentences[i];
    fmt::print(out, "  {}. {}  {}  [{}]\n     \"{}\"\n", i + 1,
               h.published.empty() ? "----------" : h.published,
               h.source.empty() ? "(no source)" : h.source, h.article, h.snippet);
    for (const FactView& f : h.facts)
      fmt::print(out, "     states: {} -[{}]-> {}\n", f.subject.name, f.relation.relation,
                 f.object.name);
  }
}

}  // namespace kg
