// Issue 4 exports opened by their real consumers: GraphViz `dot`, NetworkX's
// read_graphml (Debian's python3-networkx under /usr/bin/python3), raptor's
// `rapper` for N-Quads, and a check of Neo4j's CSV header rules. Hostile
// names (quotes, line breaks, <, &, backslashes, non-ASCII) must survive.
#include "query/export.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <map>
#include <set>
#include <sstream>

#include "ingest/graph_csv.h"
#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::Kg;
using kg::testing::ReadFile;
using kg::testing::Shell;
using kg::testing::ShellQuote;
using kg::testing::TempDir;
using kg::testing::WriteFile;

// Names no exporter may mangle, including what the store never holds
// (line breaks, tabs, control characters), since writers must not rely on
// ingest having cleaned them.
const std::vector<std::string> kHostile = {
    "Quote \"Mining\" Co",
    "Back\\slash\\",
    "Tags <b> & 'apos' ; -> --",
    "Çö Ñickel 北京 Ярославль 🚀",
    "multi\nline\r\nname\ttab",
    "comma, separated",
    "node",
};

Subgraph HostileSubgraph() {
  Subgraph sub;
  for (std::size_t i = 0; i < kHostile.size(); ++i) {
    Entity e;
    e.id = static_cast<EntityId>(i + 1);
    e.name = kHostile[i];
    e.type = i % 2 ? EntityType::kCompany : EntityType::kProject;
    e.aliases = {kHostile[(i + 1) % kHostile.size()] + " alias"};
    e.first_seen = "2024-01-0" + std::to_string(i + 1);
    e.last_seen = "2025-01-01";
    sub.entities.push_back(e);
  }
  for (std::size_t i = 0; i + 1 < kHostile.size(); ++i) {
    FactView f;
    f.relation.id = static_cast<RelationId>(10 + i);
    f.relation.subject = static_cast<EntityId>(i + 1);
    f.relation.object = static_cast<EntityId>(i + 2);
    f.relation.relation = i % 2 ? "operates" : "partners_with";
    f.relation.qualifiers.date = "2019";
    f.relation.sources = 2;
    f.subject = sub.entities[i];
    f.object = sub.entities[i + 1];
    Evidence a;
    a.article = "art <1> & \"x\" é";
    a.title = "Title with \"quotes\"\nand a line break \\ \x01";
    a.published = "2025-09-03";
    a.sentence = "s";
    Evidence b = a;
    b.article = "kg-sample-02";
    f.evidence = {a, b};
    sub.relations.push_back(f);
  }
  return sub;
}

std::string Python() { return "/usr/bin/python3"; }

/// Decodes an N-Triples string body (\t \n \r \" \\ \uXXXX \UXXXXXXXX).
std::string UnescapeNTriples(const std::string& s) {
  std::string out;
  auto utf8 = [&](unsigned long cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    if (c == 't') out += '\t';
    else if (c == 'n') out += '\n';
    else if (c == 'r') out += '\r';
    else if (c == 'u' || c == 'U') {
      std::size_t n = c == 'u' ? 4 : 8;
      utf8(std::stoul(s.substr(i + 1, n), nullptr, 16));
      i += n;
    } else {
      out += c;
    }
  }
  return out;
}

// ---- GraphML through NetworkX ------------------------------------------------

TEST(ExportGraphMl, NetworkxReadsNamesTypesAndIntAttributes) {
  TempDir dir;
  std::ostringstream out;
  WriteGraphMl(out, HostileSubgraph());
  std::string path = dir.File("g.graphml");
  WriteFile(path, out.str());
  WriteFile(dir.File("read.py"), R"(
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
nodes = {n: {k: v for k, v in d.items()} for n, d in g.nodes(data=True)}
edges = [dict(d, source=u, target=v) for u, v, d in g.edges(data=True)]
assert all(isinstance(e["sources"], int) and isinstance(e["evidence"], int) for e in edges)
assert all(isinstance(d["articles"], int) for d in nodes.values())
json.dump({"directed": g.is_directed(), "nodes": nodes, "edges": edges},
          open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
)");
  auto r = Shell(Python() + " " + ShellQuote(dir.File("read.py")) + " " + ShellQuote(path) +
                 " " + ShellQuote(dir.File("out.json")));
  ASSERT_EQ(r.code, 0) << r.out;
  rapidjson::Document d;
  std::string json = ReadFile(dir.File("out.json"));
  d.Parse(json.c_str());
  ASSERT_FALSE(d.HasParseError()) << json;
  EXPECT_TRUE(d["directed"].GetBool());
  ASSERT_EQ(d["nodes"].MemberCount(), kHostile.size());
  // XML turns a lone CR into LF unless it is a character reference; the
  // writer must have used references so every byte comes back.
  for (std::size_t i = 0; i < kHostile.size(); ++i) {
    std::string id = "n" + std::to_string(i + 1);
    ASSERT_TRUE(d["nodes"].HasMember(id.c_str()));
    const auto& n = d["nodes"][id.c_str()];
    EXPECT_EQ(std::string(n["name"].GetString()), kHostile[i]);
    EXPECT_EQ(std::string(n["label"].GetString()), kHostile[i]);
    EXPECT_STREQ(n["type"].GetString(), i % 2 ? "Company" : "Project");
    rapidjson::Document aliases;
    aliases.Parse(n["aliases"].GetString());
    ASSERT_TRUE(aliases.IsArray());
    EXPECT_EQ(std::string(aliases[0].GetString()),
              kHostile[(i + 1) % kHostile.size()] + " alias");
    EXPECT_EQ(n["articles"].GetInt(), i == 0 || i + 1 == kHostile.size() ? 2 : 2);
  }
  ASSERT_EQ(d["edges"].Size(), kHostile.size() - 1);
  EXPECT_STREQ(d["edges"][0]["relation"].GetString(), "partners_with");
  EXPECT_EQ(d["edges"][0]["sources"].GetInt(), 2);
  EXPECT_EQ(d["edges"][0]["evidence"].GetInt(), 2);
  EXPECT_STREQ(d["edges"][0]["date"].GetString(), "2019");
}

// ---- N-Quads through rapper --------------------------------------------------

TEST(ExportNQuads, RapperParsesEveryQuadAndLiteralsRoundTrip) {
  TempDir dir;
  std::ostringstream out;
  Subgraph sub = HostileSubgraph();
  WriteNQuads(out, sub);
  std::string path = dir.File("g.nq");
  WriteFile(path, out.str());
  auto count = Shell("rapper -i nquads -c " + ShellQuote(path));
  ASSERT_EQ(count.code, 0) << count.out << out.str();
  // Entities: type + label + one alias; two articles with title and
  // issued; each fact once per article.
  std::size_t want = kHostile.size() * 3 + 2 * 2 + (kHostile.size() - 1) * 2;
  EXPECT_NE(count.out.find("returned " + std::to_string(want) + " triples"),
            std::string::npos)
      << count.out;
  // Re-serialised by rapper as N-Triples (its JSON writer emits invalid
  // \U escapes), the literals decode to the original bytes.
  auto nt = Shell("rapper -q -i nquads -o ntriples " + ShellQuote(path) + " > " +
                  ShellQuote(dir.File("g.nt")));
  ASSERT_EQ(nt.code, 0) << nt.out;
  std::map<std::string, std::map<std::string, std::string>> literal;  // s → p → value
  std::istringstream lines(ReadFile(dir.File("g.nt")));
  for (std::string line; std::getline(lines, line);) {
    std::size_t s_end = line.find("> <");
    std::size_t p_end = line.find("> \"", s_end + 3);
    if (s_end == std::string::npos || p_end == std::string::npos) continue;
    std::string subject = line.substr(1, s_end - 1);
    std::string predicate = line.substr(s_end + 3, p_end - s_end - 3);
    std::size_t q = p_end + 3, q_end = line.rfind("\" .");
    literal[subject][predicate] = UnescapeNTriples(line.substr(q, q_end - q));
  }
  for (std::size_t i = 0; i < kHostile.size(); ++i) {
    std::string s = "urn:kg:entity:" + std::to_string(i + 1);
    EXPECT_EQ(literal[s]["http://www.w3.org/2000/01/rdf-schema#label"], kHostile[i]);
  }
  // The article with a hostile id is one percent-encoded IRI, title intact.
  std::string article = "urn:kg:article:art%20%3C1%3E%20%26%20%22x%22%20%C3%A9";
  EXPECT_EQ(literal[article]["http://purl.org/dc/terms/title"],
            "Title with \"quotes\"\nand a line break \\ \x01");
  // Provenance: the fact quads name the article's graph.
  EXPECT_NE(out.str().find("<urn:kg:entity:1> <urn:kg:relation:partners_with> "
                           "<urn:kg:entity:2> <urn:kg:article:kg-sample-02> .\n"),
            std::string::npos);
}

// ---- Neo4j CSV ---------------------------------------------------------------

/// RFC 4180 records of text (a test-local parser, independent of kg's).
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      EXPECT_TRUE(field.empty()) << "quote inside an unquoted field";
      quoted = any = true;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
    } else if (c == '\n') {
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
    } else {
      EXPECT_NE(c, '\r') << "bare CR outside quotes";
      field += c;
    }
  }
  EXPECT_FALSE(quoted) << "unterminated quote";
  EXPECT_TRUE(row.empty() && field.empty()) << "missing final newline";
  return rows;
}

/// Neo4j's header rules (neo4j-admin database import): every column is
/// `name`, `name:type` or a special `:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
/// `:TYPE` (with an optional id group); types from Neo4j's list, arrays
/// as `type[]`; node files have one :ID; relationship files one each of
/// :START_ID, :END_ID and :TYPE.
void CheckNeo4jHeader(const std::vector<std::string>& header, bool nodes) {
  static const std::set<std::string> kTypes = {
      "int",  "long", "float",  "double", "boolean", "byte", "short", "char",
      "string", "point", "date", "localtime", "time", "localdatetime", "datetime",
      "duration"};
  std::map<std::string, int> special;
  std::set<std::string> names;
  for (const std::string& h : header) {
    std::size_t colon = h.find(':');
    std::string name = h.substr(0, colon);
    if (colon == std::string::npos) {
      EXPECT_FALSE(name.empty());
      EXPECT_TRUE(names.insert(name).second) << "duplicate column " << h;
      continue;
    }
    std::string type = h.substr(colon + 1);
    std::size_t paren = type.find('(');
    if (paren != std::string::npos) {
      EXPECT_EQ(type.back(), ')') << h;
      type = type.substr(0, paren);
    }
    if (type == "ID" || type == "LABEL" || type == "START_ID" || type == "END_ID" ||
        type == "TYPE") {
      ++special[type];
      continue;
    }
    if (type.size() > 2 && type.substr(type.size() - 2) == "[]")
      type = type.substr(0, type.size() - 2);
    EXPECT_TRUE(kTypes.count(type)) << "unknown Neo4j type in " << h;
    EXPECT_FALSE(name.empty()) << h;
    EXPECT_TRUE(names.insert(name).second) << "duplicate column " << h;
  }
  if (nodes) {
    EXPECT_EQ(special["ID"], 1);
    EXPECT_EQ(special["LABEL"], 1);
    EXPECT_EQ(special.count("START_ID") + special.count("TYPE"), 0u);
  } else {
    EXPECT_EQ(special["START_ID"], 1);
    EXPECT_EQ(special["END_ID"], 1);
    EXPECT_EQ(special["TYPE"], 1);
    EXPECT_EQ(special.count("ID"), 0u);
  }
}

void CheckNeo4jFiles(const std::string& nodes_text, const std::string& rels_text,
                     std::vector<std::string>* names) {
  auto nodes = ParseCsv(nodes_text);
  auto rels = ParseCsv(rels_text);
  ASSERT_FALSE(nodes.empty());
  ASSERT_FALSE(rels.empty());
  CheckNeo4jHeader(nodes[0], true);
  CheckNeo4jHeader(rels[0], false);
  std::set<std::string> ids;
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    ASSERT_EQ(nodes[i].size(), nodes[0].size()) << "nodes.csv record " << i;
    EXPECT_TRUE(ids.insert(nodes[i][0]).second) << "duplicate :ID " << nodes[i][0];
    EXPECT_TRUE(ParseEntityType(nodes[i][2]).has_value()) << nodes[i][2];
    if (names) names->push_back(nodes[i][1]);
  }
  for (std::size_t i = 1; i < rels.size(); ++i) {
    ASSERT_EQ(rels[i].size(), rels[0].size()) << "relationships.csv record " << i;
    EXPECT_TRUE(ids.count(rels[i][0])) << ":START_ID " << rels[i][0] << " undefined";
    EXPECT_TRUE(ids.count(rels[i][1])) << ":END_ID " << rels[i][1] << " undefined";
    EXPECT_FALSE(rels[i][2].empty());
  }
}

TEST(ExportNeo4jCsv, HeaderRulesIdsAndHostileNames) {
  std::ostringstream nodes, rels;
  Subgraph sub = HostileSubgraph();
  WriteNeo4jNodes(nodes, sub);
  WriteNeo4jRelationships(rels, sub);
  EXPECT_EQ(nodes.str().substr(0, nodes.str().find('\n')),
            ":ID,name,:LABEL,aliases:string[],first_seen,last_seen");
  EXPECT_EQ(rels.str().substr(0, rels.str().find('\n')),
            ":START_ID,:END_ID,:TYPE,date,amount,unit,percent,status,sources:int,"
            "articles:string[]");
  std::vector<std::string> names;
  CheckNeo4jFiles(nodes.str(), rels.str(), &names);
  EXPECT_EQ(names, kHostile);
}

// ---- DOT ---------------------------------------------------------------------

TEST(ExportDot, ClustersAndHostileNamesPassRealDot) {
  TempDir dir;
  Subgraph sub = HostileSubgraph();
  std::vector<DotCluster> clusters = {{"Land \"of\" <&> \\ Ω", {1, 2, 3}}, {"B", {4, 5}}};
  std::ostringstream out;
  WriteExportDot(out, sub, "t", clusters);
  WriteFile(dir.File("g.dot"), out.str());
  auto r = Shell("dot -Tsvg " + ShellQuote(dir.File("g.dot")) + " -o " +
                 ShellQuote(dir.File("g.svg")));
  ASSERT_EQ(r.code, 0) << r.out << out.str();
  std::string svg = ReadFile(dir.File("g.svg"));
  EXPECT_NE(svg.find("<title>cluster_0</title>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("<title>cluster_1</title>"), std::string::npos);
  EXPECT_NE(svg.find("Land &quot;of&quot; &lt;&amp;&gt; \\ Ω"), std::string::npos);
  EXPECT_NE(svg.find("Quote &quot;Mining&quot; Co"), std::string::npos);
  EXPECT_NE(svg.find("Çö Ñickel 北京 Ярославль 🚀"), std::string::npos);
  EXPECT_NE(svg.find("partners_with (2019) ×2"), std::string::npos);
}

TEST(ExportLimit, KeepsBestConnectedAndFocus) {
  Subgraph sub = HostileSubgraph();  // a chain 1-2-3-4-5-6-7
  Trimmed t = LimitNodes(sub, 3, EntityId{7});
  ASSERT_EQ(t.sub.entities.size(), 3u);
  EXPECT_EQ(t.sub.entities[0].id, 2);  // degree 2, lowest ids
  EXPECT_EQ(t.sub.entities[1].id, 3);
  EXPECT_EQ(t.sub.entities[2].id, 7);  // the focus, degree 1
  EXPECT_EQ(t.left_out.size(), 4u);
  ASSERT_EQ(t.sub.relations.size(), 1u);  // 2-3 only
  EXPECT_EQ(t.relations_dropped, 5u);
  EXPECT_EQ(LimitNodes(sub, 0, std::nullopt).sub.entities.size(), kHostile.size());
}

// ---- through the CLI on the corpus --------------------------------------------

class ExportCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = dir_->File("corpus.db");
    auto r = Kg({"--db", db_, "ingest", kg::testing::DataDir()});
    ASSERT_EQ(r.code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static kg::testing::CliResult Run(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return Kg(args);
  }
  static TempDir* dir_;
  static std::string db_;
};
TempDir* ExportCorpus::dir_ = nullptr;
std::string ExportCorpus::db_;

TEST_F(ExportCorpus, EveryFormatIsByteIdenticalTwice) {
  TempDir out;
  for (std::string f : {"dot", "json", "graphml", "nquads"}) {
    ASSERT_EQ(Run({"export", "--format", f, "-o", out.File("a." + f)}).code, 0) << f;
    ASSERT_EQ(Run({"export", "--format", f, "-o", out.File("b." + f)}).code, 0) << f;
    EXPECT_EQ(ReadFile(out.File("a." + f)), ReadFile(out.File("b." + f))) << f;
    EXPECT_GT(ReadFile(out.File("a." + f)).size(), 100u) << f;
  }
  ASSERT_EQ(Run({"export", "--format", "csv", "-o", out.File("c1")}).code, 0);
  ASSERT_EQ(Run({"export", "--format", "csv", "-o", out.File("c2")}).code, 0);
  EXPECT_EQ(ReadFile(out.File("c1/nodes.csv")), ReadFile(out.File("c2/nodes.csv")));
  EXPECT_EQ(ReadFile(out.File("c1/relationships.csv")),
            ReadFile(out.File("c2/relationships.csv")));
  EXPECT_EQ(Run({"export", "--format", "csv"}).code, 2) << "csv needs -o DIR";
}

TEST_F(ExportCorpus, CorpusExportsOpenInEveryConsumer) {
  TempDir out;
  ASSERT_EQ(Run({"export", "--format", "graphml", "-o", out.File("g.graphml")}).code, 0);
  auto nx = Shell(Python() + " -c " +
                  ShellQuote("import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); "
                             "print(g.number_of_nodes(), g.number_of_edges())") +
                  " " + ShellQuote(out.File("g.graphml")));
  ASSERT_EQ(nx.code, 0) << nx.out;
  rapidjson::Document stats;
  std::string sj = Run({"stats", "--format", "json"}).out;
  stats.Parse(sj.c_str());
  ASSERT_TRUE(stats.IsObject()) << sj;
  EXPECT_EQ(nx.out, std::to_string(stats["entities"].GetInt64()) + " " +
                        std::to_string(stats["relations"].GetInt64()) + "\n");

  ASSERT_EQ(Run({"export", "--format", "nquads", "-o", out.File("g.nq")}).code, 0);
  auto rap = Shell("rapper -i nquads -c " + ShellQuote(out.File("g.nq")));
  EXPECT_EQ(rap.code, 0) << rap.out;

  ASSERT_EQ(Run({"export", "--format", "csv", "-o", out.File("csv")}).code, 0);
  CheckNeo4jFiles(ReadFile(out.File("csv/nodes.csv")),
                  ReadFile(out.File("csv/relationships.csv")), nullptr);

  auto svg = Run({"export", "--format", "svg", "--cluster", "country", "-o", out.File("g.svg")});
  ASSERT_EQ(svg.code, 0) << svg.err;
  std::string s = ReadFile(out.File("g.svg"));
  EXPECT_NE(s.find("<svg"), std::string::npos);
  EXPECT_NE(s.find("<title>cluster_"), std::string::npos) << "clusters drawn";
  auto png = Run({"export", "--format", "png", "--focus", "gallium"});
  ASSERT_EQ(png.code, 0) << png.err;
  EXPECT_EQ(png.out.substr(0, 8), "\x89PNG\r\n\x1a\n");
  auto pdf = Run({"export", "--format", "pdf", "-o", out.File("g.pdf")});
  ASSERT_EQ(pdf.code, 0) << pdf.err;
  EXPECT_EQ(ReadFile(out.File("g.pdf")).substr(0, 5), "%PDF-");
}

TEST_F(ExportCorpus, ClustersGroupByCountry) {
  auto r = Run({"export", "--cluster", "country"});
  ASSERT_EQ(r.code, 0) << r.err;
  // Tomtorskoye is located in Yakutia, located in Russia.
  std::size_t russia = r.out.find("label=\"Russia\";");
  ASSERT_NE(russia, std::string::npos) << r.out;
  std::size_t end = r.out.find('}', russia);
  auto member = [&](const std::string& name) {
    std::size_t at = r.out.find(": " + name + "\"];");  // the tooltip, always quoted
    EXPECT_NE(at, std::string::npos) << name;
    std::size_t id_start = r.out.rfind('\n', at) + 1;
    std::string id = r.out.substr(id_start, r.out.find(' ', id_start) - id_start);
    std::string block = r.out.substr(russia, end - russia);
    return block.find("\n" + id + ";") != std::string::npos;
  };
  EXPECT_TRUE(member("Tomtorskoye project"));
  EXPECT_TRUE(member("Yakutia"));
  EXPECT_TRUE(member("Russia"));
  EXPECT_FALSE(member("gallium"));
  EXPECT_EQ(Run({"export", "--cluster", "continent"}).code, 2);
}

TEST_F(ExportCorpus, MaxNodesSaysWhatItLeftOut) {
  auto r = Run({"export", "--focus", "Russia", "--depth", "2", "--max-nodes", "5",
                "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  ASSERT_EQ(d["entities"].Size(), 5u);
  bool has_focus = false;
  for (const auto& e : d["entities"].GetArray())
    has_focus |= std::string(e["name"].GetString()) == "Russia";
  EXPECT_TRUE(has_focus);
  EXPECT_NE(r.err.find("kg: --max-nodes 5 kept the 5 best-connected entities and left out"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(Run({"export", "--max-nodes", "0"}).code, 2);
}

TEST(ExportRender, MissingDotNamesTheDebianPackage) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  ASSERT_EQ(Kg({"--db", db, "ingest",
                kg::testing::DataDir() + "/01_russia_rare_metals_plan.json"})
                .code,
            0);
  auto r = Shell("env PATH=" + ShellQuote(dir.path().string()) + " " +
                 ShellQuote(kg::testing::Binary()) + " --db " + ShellQuote(db) +
                 " export --format svg -o " + ShellQuote(dir.File("x.svg")));
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_NE(r.out.find("install the Debian package graphviz"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace kg
