#include "query/ranking.h"

#include <sstream>
#include <string>

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace kg {
namespace {

struct Named {
  std::string name;
  std::string type;
};

Named NameOf(const Store& store, EntityId id) {
  std::optional<Entity> e = store.GetEntity(id);
  if (!e) return {"?", "?"};
  return {e->name, std::string(EntityTypeName(e->type))};
}

}  // namespace

void PrintStatsAndMeasures(std::ostream& out, const Store& store,
                           const StoreStats& stats,
                           const GraphMeasures& measures, OutputFormat format) {
  if (format == OutputFormat::kJson) {
    // The counts' JSON comes from PrintStats; the measures are added to the
    // same object so scripts read one document.
    std::ostringstream base;
    PrintStats(base, stats, format);
    rapidjson::Document d;
    d.Parse(base.str().c_str());
    auto& alloc = d.GetAllocator();
    auto str = [&](const std::string& s) {
      return rapidjson::Value(s.c_str(), static_cast<rapidjson::SizeType>(s.size()),
                              alloc);
    };
    auto ranked = [&](const std::vector<RankedEntity>& list) {
      rapidjson::Value arr(rapidjson::kArrayType);
      for (const RankedEntity& r : list) {
        Named n = NameOf(store, r.id);
        rapidjson::Value o(rapidjson::kObjectType);
        o.AddMember("name", str(n.name), alloc);
        o.AddMember("type", str(n.type), alloc);
        o.AddMember("score", r.score, alloc);
        arr.PushBack(o, alloc);
      }
      return arr;
    };
    d.AddMember("top_by_degree", ranked(measures.by_degree), alloc);
    d.AddMember("top_by_pagerank", ranked(measures.by_pagerank), alloc);
    d.AddMember("components", static_cast<std::uint64_t>(measures.components),
                alloc);
    rapidjson::Value comps(rapidjson::kArrayType);
    for (const Component& c : measures.largest) {
      rapidjson::Value o(rapidjson::kObjectType);
      o.AddMember("size", static_cast<std::uint64_t>(c.size), alloc);
      o.AddMember("representative", str(NameOf(store, c.representative).name),
                  alloc);
      comps.PushBack(o, alloc);
    }
    d.AddMember("largest_components", comps, alloc);
    rapidjson::StringBuffer buf;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
    d.Accept(w);
    out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
    out << '\n';
    return;
  }
  PrintStats(out, stats, format);
  if (format == OutputFormat::kTsv) {
    for (const RankedEntity& r : measures.by_degree)
      fmt::print(out, "degree\t{}\t{}\n", NameOf(store, r.id).name, r.score);
    for (const RankedEntity& r : measures.by_pagerank)
      fmt::print(out, "pagerank\t{}\t{:.6f}\n", NameOf(store, r.id).name, r.score);
    fmt::print(out, "total\tcomponents\t{}\n", measures.components);
    for (const Component& c : measures.largest)
      fmt::print(out, "component\t{}\t{}\n",
                 NameOf(store, c.representative).name, c.size);
    return;
  }
  fmt::print(out, "\ntop entities by degree:\n");
  for (const RankedEntity& r : measures.by_degree) {
    Named n = NameOf(store, r.id);
    fmt::print(out, "  {:<40} {:<13}{:>6}\n", n.name, n.type, r.score);
  }
  fmt::print(out, "\ntop entities by PageRank:\n");
  for (const RankedEntity& r : measures.by_pagerank) {
    Named n = NameOf(store, r.id);
    fmt::print(out, "  {:<40} {:<13}{:>8.4f}\n", n.name, n.type, r.score);
  }
  fmt::print(out, "\nconnected components: {}\n", measures.components);
  for (const Component& c : measures.largest)
    fmt::print(out, "  {:>6} entities, around {}\n", c.size,
               NameOf(store, c.representative).name);
}

}  // namespace kg
