// Issue 6: `kg import` in Neo4j's bulk-import layout and in the plain layout
// of ../shared/peers/graph/gen_graph.py, including bad lines.
#include "ingest/graph_csv.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <sqlite3.h>

#include <filesystem>
#include <set>
#include <tuple>

#include "graph/snapshot.h"
#include "graph/store.h"
#include "tests/test_util.h"

namespace kg {
namespace {

using kg::testing::Kg;
using kg::testing::ReadFile;
using kg::testing::Shell;
using kg::testing::ShellQuote;
using kg::testing::TempDir;
using kg::testing::WriteFile;

rapidjson::Document Json(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  EXPECT_FALSE(d.HasParseError()) << text.substr(0, 300);
  return d;
}

using Fact = std::tuple<std::string, std::string, std::string, std::string>;

/// (subject, relation, object, date) of every relation, and name/type pairs.
std::pair<std::set<std::pair<std::string, std::string>>, std::set<Fact>> Graph(
    const std::string& db) {
  rapidjson::Document d = Json(Kg({"--db", db, "export", "--format", "json"}).out);
  std::set<std::pair<std::string, std::string>> entities;
  for (const auto& e : d["entities"].GetArray())
    entities.emplace(e["name"].GetString(), e["type"].GetString());
  std::set<Fact> facts;
  for (const auto& r : d["relations"].GetArray())
    facts.emplace(r["subject"].GetString(), r["relation"].GetString(), r["object"].GetString(),
                  r["date"].GetString());
  return {entities, facts};
}

TEST(ImportCsv, Neo4jLayoutRoundTripsTheCorpusAndHostileNames) {
  TempDir dir;
  std::string a = dir.File("a.db"), b = dir.File("b.db");
  ASSERT_EQ(Kg({"--db", a, "ingest", kg::testing::SourceDir() + "/data/articles"}).code, 0);
  WriteFile(dir.File("h.json"), R"({"id": "hostile", "entities": [
    {"id": "a", "name": "Quote \"Mining\", Co", "type": "Company", "aliases": ["Q&M <x>", "Back\\slash\\"]},
    {"id": "b", "name": "Çö Ñickel 北京", "type": "Project"}],
    "relations": [{"subject": "a", "relation": "operates", "object": "b", "date": "2020"}]})");
  ASSERT_EQ(Kg({"--db", a, "ingest", dir.File("h.json")}).code, 0);
  ASSERT_EQ(Kg({"--db", a, "export", "--format", "csv", "-o", dir.File("csv")}).code, 0);
  auto r = Kg({"--db", b, "import", dir.File("csv/nodes.csv"), dir.File("csv/relationships.csv")});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("imported: ", 0), 0u) << r.out;
  auto [ea, fa] = Graph(a);
  auto [eb, fb] = Graph(b);
  EXPECT_EQ(ea, eb);
  EXPECT_EQ(fa, fb);
  auto card = Json(Kg({"--db", b, "show", "Back\\slash\\", "--format", "json"}).out);
  EXPECT_STREQ(card["name"].GetString(), "Quote \"Mining\", Co");
  // Every imported fact has a source: the file and line it came from.
  std::string ev = card["outgoing"][0]["evidence"][0]["sentence"].GetString();
  EXPECT_EQ(ev.rfind("relationships.csv line ", 0), 0u) << ev;
  EXPECT_EQ(std::string(card["outgoing"][0]["evidence"][0]["article"].GetString()).rfind(
                "import:", 0),
            0u);
  // Importing the same files again changes nothing.
  auto again = Kg({"--db", b, "import", dir.File("csv/nodes.csv"),
                   dir.File("csv/relationships.csv")});
  EXPECT_EQ(again.out.rfind("unchanged: ", 0), 0u) << again.out;
}

TEST(ImportCsv, PlainLayoutOfThePeersGenerator) {
  TempDir dir;
  std::string gen = "/work/shared/peers/graph/gen_graph.py";
  if (!std::filesystem::exists(gen)) GTEST_SKIP() << gen << " not here";
  auto g = Shell("/usr/bin/python3 " + gen + " --out " + ShellQuote(dir.File("g")) +
                 " --entities 300 --relations 1500 --seed 7");
  ASSERT_EQ(g.code, 0) << g.out;
  std::string db = dir.File("kg.db");
  auto r = Kg({"--db", db, "import", dir.File("g/entities.csv"), dir.File("g/relations.csv")});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("300 entities (300 new), 1500 relations"), std::string::npos) << r.out;
  auto stats = Json(Kg({"--db", db, "stats", "--format", "json"}).out);
  EXPECT_EQ(stats["entities"].GetInt64(), 300);
  EXPECT_EQ(stats["articles"].GetInt64(), 1);
  EXPECT_GT(stats["relations"].GetInt64(), 1000);  // peer names that fold together
  EXPECT_EQ(stats["evidence"].GetInt64(), 1500);   // but every line is a source
  // EMPLOYS is stored as works_for from the employee.
  std::string csv = ReadFile(dir.File("g/relations.csv"));
  std::size_t at = csv.find(",EMPLOYS\n");
  ASSERT_NE(at, std::string::npos);
  std::size_t start = csv.rfind('\n', at) + 1;
  std::string line = csv.substr(start, at - start);
  std::string src = line.substr(0, line.find(','));
  std::string dst = line.substr(line.find(',') + 1);
  std::string ents = ReadFile(dir.File("g/entities.csv"));
  auto name_of = [&](const std::string& id) {
    std::size_t p = ents.find("\n" + id + ",");
    std::size_t b = p + id.size() + 2;
    return ents.substr(b, ents.find(',', b) - b);
  };
  auto card = Json(Kg({"--db", db, "show", name_of(dst), "--format", "json"}).out);
  bool found = false;
  for (const auto& f : card["outgoing"].GetArray())
    found |= std::string(f["relation"].GetString()) == "works_for" &&
             f["object"].GetString() == name_of(src);
  EXPECT_TRUE(found) << line;
}

TEST(ImportCsv, BadLinesNameFileAndLineAndChangeNothing) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  WriteFile(dir.File("ok_nodes.csv"), "id,name,type\n1,Acme,Company\n2,Salar,Facility\n");
  WriteFile(dir.File("ok_rels.csv"), "src_id,dst_id,relation\n1,2,OPERATES\n");
  ASSERT_EQ(Kg({"--db", db, "import", dir.File("ok_nodes.csv"), dir.File("ok_rels.csv")}).code, 0);
  std::string before = Kg({"--db", db, "export", "--format", "json"}).out;
  struct Case {
    const char* nodes;
    const char* rels;
    const char* error;  // after the directory
  } cases[] = {
      {"id,name,type\n1,Acme,Company\n2,Beta\n", "src_id,dst_id,relation\n",
       "n.csv:3: expected 3 fields, found 2"},
      {"id,name,type\n1,Acme,Company\n2,Beta,Starship\n", "src_id,dst_id,relation\n",
       "n.csv:3: unknown entity type \"Starship\""},
      {"id,name,type\n1,Acme,Company\n1,Beta,Company\n", "src_id,dst_id,relation\n",
       "n.csv:3: duplicate id \"1\" (first on line 2)"},
      {"id,name,type\n1,\"Acme\nCo,Company\n", "src_id,dst_id,relation\n",
       "n.csv:2: quoted field never closed"},
      {"id,name,type\n1,Ac\"me,Company\n", "src_id,dst_id,relation\n",
       "n.csv:2: a quote inside an unquoted field"},
      {"ident,label\n", "src_id,dst_id,relation\n",
       "n.csv:1: expected a header `id,name,type` or Neo4j's `:ID,name,:LABEL`"},
      {"id,name,type\n1,\"Two\nLines\",Company\n2,B,Company\n",
       "src_id,dst_id,relation\n1,2,OWNS\n\n1,9,OWNS\n", "r.csv:4: dst_id \"9\" is no id of"},
      {"id,name,type\n1,A,Company\n2,B,Company\n", "src_id,dst_id,relation\n1,2,LIKES\n",
       "r.csv:2: unknown relation \"LIKES\""},
      {"id,name,type\n1,A,Company\n", "src_id,dst_id,relation\n1,1,OWNS\n",
       "r.csv:2: a relation from an entity to itself"},
      {":ID,name,:LABEL\na,A,Company\nb,B,Company\n",
       ":START_ID,:END_ID,:TYPE\na,b,operates\nb,c,operates\n",
       "r.csv:3: :END_ID \"c\" is no id of"},
  };
  for (const Case& c : cases) {
    WriteFile(dir.File("n.csv"), c.nodes);
    WriteFile(dir.File("r.csv"), c.rels);
    auto r = Kg({"--db", db, "import", dir.File("n.csv"), dir.File("r.csv")});
    EXPECT_EQ(r.code, 2) << c.error;
    EXPECT_NE(r.err.find(dir.File(c.error)), std::string::npos) << r.err;
    EXPECT_EQ(Kg({"--db", db, "export", "--format", "json"}).out, before) << c.error;
  }
  EXPECT_EQ(Kg({"--db", db, "import", dir.File("none.csv"), dir.File("r.csv")}).code, 2);
}

TEST(ImportCsv, QuotedFieldsCrlfAndBom) {
  TempDir dir;
  WriteFile(dir.File("n.csv"),
            "\xEF\xBB\xBF:ID,name:string,:LABEL,aliases:string[]\r\n"
            "x,\"Comma, \"\"Quoted\"\" Co\",Company;Organization,\"A;B, b\"\r\n"
            "y,Yakutia,Region,\r\n");
  WriteFile(dir.File("r.csv"), ":START_ID,:END_ID,:TYPE,date\r\nx,y,ACTIVE_IN,2021\r\n");
  Result<ArticleDoc> doc = ReadGraphCsv(dir.File("n.csv"), dir.File("r.csv"));
  ASSERT_TRUE(doc.has_value()) << doc.status().ToString();
  ASSERT_EQ(doc->entities.size(), 2u);
  EXPECT_EQ(doc->entities[0].name, "Comma, \"Quoted\" Co");
  EXPECT_EQ(doc->entities[0].type, EntityType::kCompany);
  EXPECT_EQ(doc->entities[0].aliases, (std::vector<std::string>{"A", "B, b"}));
  ASSERT_EQ(doc->relations.size(), 1u);
  EXPECT_EQ(doc->relations[0].relation, "active_in");
  EXPECT_EQ(doc->relations[0].qualifiers.date, "2021");
  EXPECT_EQ(doc->id.rfind("import:", 0), 0u);
  EXPECT_FALSE(doc->content_hash.empty());
}

/// Every row of sql on the store at path, one line per row, "|" between
/// columns (NULL as "∅").
std::string Dump(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK) << sql;
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    for (int c = 0; c < sqlite3_column_count(st); ++c) {
      const unsigned char* t = sqlite3_column_text(st, c);
      out += t ? reinterpret_cast<const char*>(t) : "∅";
      out += "|";
    }
    out += "\n";
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// Issue 6: the bulk path of `kg import` (Store::ImportTables on an empty
// store) leaves the store AddArticle leaves, row for row but for the
// numbering of relations: names that fold
// together across types, a generic name, an Organization retyped, repeated
// and symmetric facts, and facts that collapse onto one entity.
TEST(ImportCsv, BulkPathWritesWhatAddArticleWrites) {
  TempDir dir;
  WriteFile(dir.File("n.csv"),
            ":ID,name,:LABEL,aliases:string[]\n"
            "1,Rostec,Company,State Rostec;Rostec\n"
            "2,ROSTEC,Organization,\n"
            "3,Tomtor,Project,Tomtorskoye\n"
            "4,Russia,Country,RF\n"
            "5,Tomtor,Region,\n"
            "6,the company,Company,\n"
            "7,Acme,Organization,\n"
            "8,ACME,Company,Acme Corp\n"
            "9,Tomtorskoye,Project,\n");
  WriteFile(dir.File("r.csv"),
            ":START_ID,:END_ID,:TYPE,date,amount\n"
            "1,3,OPERATES,2019,\n"
            "2,3,operates,2020,5\n"
            "1,2,OWNS,,\n"
            "4,1,PARTNERS_WITH,,\n"
            "1,4,partners_with,2021,\n"
            "3,5,LOCATED_IN,,\n"
            "6,7,SUPPLIES,,\n"
            "8,1,EMPLOYS,,\n"
            "9,4,located_in,,\n"
            "7,8,SANCTIONS,,\n");
  Result<GraphTables> tables = ReadGraphTables(dir.File("n.csv"), dir.File("r.csv"));
  ASSERT_TRUE(tables.has_value()) << tables.status().ToString();
  const ArticleDoc doc = tables->ToArticle();
  const std::string bulk = dir.File("bulk.db"), one = dir.File("one.db");
  {
    auto a = Store::Open(bulk);
    auto b = Store::Open(one);
    ASSERT_TRUE(a.has_value() && b.has_value());
    AddResult ra = (*a)->ImportTables(*tables);
    AddResult rb = (*b)->AddArticle(doc);
    EXPECT_EQ(ra.new_entities, rb.new_entities);
    EXPECT_EQ(ra.new_relations, rb.new_relations);
    EXPECT_GT(ra.new_relations, 3);
    // Importing again changes nothing (AddArticle on a store that is not empty).
    EXPECT_EQ((*a)->ImportTables(*tables).outcome, AddOutcome::kUnchanged);
  }
  for (const char* sql : {
           "SELECT ext_id, title, url, source, published, content_hash, text FROM articles",
           "SELECT id, name, type, key, attributes, first_seen, last_seen FROM entities "
           "ORDER BY id",
           "SELECT * FROM aliases ORDER BY entity_id, alias",
           "SELECT * FROM mentions ORDER BY rowid",
           // The bulk path numbers relations in index order, AddArticle in
           // the order of first occurrence: compare them by what they say.
           "SELECT subject_id, relation, object_id, date, amount, unit, percent, status "
           "FROM relations ORDER BY subject_id, relation, object_id",
           // Evidence rows go in relation order on the bulk path, in file
           // order on the other: the same rows, each relation's in file order.
           "SELECT r.subject_id, r.relation, r.object_id, v.article_id, v.sentence, "
           "v.start, v.end, v.date, v.amount, v.unit, v.percent, v.status, v.rule, "
           "v.attributes FROM evidence v JOIN relations r ON r.id = v.relation_id "
           "ORDER BY r.subject_id, r.relation, r.object_id, v.id",
           "SELECT rowid, name, aliases FROM entity_fts ORDER BY rowid",
           "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH 'line' ORDER BY rowid",
           "SELECT rowid FROM entity_fts WHERE entity_fts MATCH 'tomtorskoye' ORDER BY rowid",
           "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name",
       })
    EXPECT_EQ(Dump(bulk, sql), Dump(one, sql)) << sql;
  EXPECT_NE(Dump(bulk, "SELECT * FROM relations"), "");
  auto check = Kg({"--db", bulk, "check"});
  EXPECT_EQ(check.code, 0) << check.out;
  auto search = Kg({"--db", bulk, "search", "Tomtorskoye"});
  EXPECT_EQ(search.code, 0) << search.err;
}

// Schema v3: an imported fact's evidence is its file record, which stays
// out of the sentence index (kg search), on the bulk path and on the
// AddArticle path alike; a v2 store that indexed such records is cleaned
// when it is first opened for writing; retracting the import leaves the
// index sound (a wrong FTS delete would corrupt it).
int Count(const std::string& db, const char* sql) {
  std::string rows = Dump(db, sql);
  return rows.empty() ? -1 : std::stoi(rows);
}

TEST(ImportCsv, FileRecordsStayOutOfTheSentenceIndex) {
  TempDir dir;
  const std::string db = dir.File("kg.db");
  WriteFile(dir.File("n.csv"),
            "id,name,type\n1,Acme Lithium,Company\n2,Salar Norte,Facility\n3,Chile,Country\n");
  WriteFile(dir.File("r.csv"),
            "src_id,dst_id,relation\n1,2,OPERATES\n2,3,LOCATED_IN\n1,2,OPERATES\n");
  auto import = Kg({"--db", db, "import", dir.File("n.csv"), dir.File("r.csv")});
  ASSERT_EQ(import.code, 0) << import.err;
  // Both records of the repeated fact are its evidence, sourced by line.
  EXPECT_EQ(Dump(db, "SELECT sentence FROM evidence ORDER BY sentence"),
            "r.csv line 2: 1,2,OPERATES|\nr.csv line 3: 2,3,LOCATED_IN|\n"
            "r.csv line 4: 1,2,OPERATES|\n");
  EXPECT_EQ(Count(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'line'"), 0);
  // An article's sentences are indexed as before, and kg search finds both
  // the imported entity by name and the sentence.
  WriteFile(dir.File("a.json"),
            R"({"id": "a1", "title": "t", "published": "2024-05-01",
                "text": "Acme Lithium operates Salar Norte in Chile.",
                "entities": [{"name": "Acme Lithium", "type": "Company"},
                             {"name": "Salar Norte", "type": "Project"}],
                "relations": [{"subject": "Acme Lithium", "relation": "operates",
                               "object": "Salar Norte",
                               "evidence": "Acme Lithium operates Salar Norte in Chile."}]})");
  auto ingest = Kg({"--db", db, "ingest", dir.File("a.json")});
  ASSERT_EQ(ingest.code, 0) << ingest.err;
  EXPECT_EQ(Count(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'operates'"), 1);
  auto search = Kg({"--db", db, "search", "Salar"});
  EXPECT_EQ(search.code, 0) << search.err;
  EXPECT_NE(search.out.find("Salar Norte"), std::string::npos) << search.out;
  // Importing into a store that is not empty takes the AddArticle path:
  // its records stay out of the index too.
  WriteFile(dir.File("r2.csv"), "src_id,dst_id,relation\n3,1,SANCTIONS\n");
  ASSERT_EQ(Kg({"--db", db, "import", dir.File("n.csv"), dir.File("r2.csv")}).code, 0);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM evidence WHERE rule = 'import'"), 4);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'line'"), 0);
  // Retracting the imports leaves the article's facts and a sound index.
  std::string id = Dump(db, "SELECT ext_id FROM articles WHERE ext_id LIKE 'import:%r.csv'");
  id = id.substr(0, id.find('|'));
  auto retract = Kg({"--db", db, "retract", id});
  ASSERT_EQ(retract.code, 0) << retract.err;
  EXPECT_EQ(Count(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'operates'"), 1);
  auto check = Kg({"--db", db, "check"});
  EXPECT_EQ(check.code, 0) << check.out;
  EXPECT_EQ(Dump(db, "INSERT INTO evidence_fts(evidence_fts) VALUES('integrity-check')"), "");
}

TEST(ImportCsv, AV2StoreTakesImportedRecordsOutOfTheIndexOnUpgrade) {
  TempDir dir;
  const std::string db = dir.File("kg.db");
  WriteFile(dir.File("n.csv"), "id,name,type\n1,Acme,Company\n2,Salar,Facility\n");
  WriteFile(dir.File("r.csv"), "src_id,dst_id,relation\n1,2,OPERATES\n");
  ASSERT_EQ(Kg({"--db", db, "import", dir.File("n.csv"), dir.File("r.csv")}).code, 0);
  {  // Back to v2: its triggers, the record indexed as v2 indexed it, no v4.
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
    const char* v2 =
        "DROP TRIGGER evidence_fts_insert; DROP TRIGGER evidence_fts_delete;"
        "DROP TRIGGER evidence_fts_update_old; DROP TRIGGER evidence_fts_update_new;"
        "CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN "
        "INSERT INTO evidence_fts(rowid, sentence) VALUES(new.id, new.sentence); END;"
        "CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN "
        "INSERT INTO evidence_fts(evidence_fts, rowid, sentence) "
        "VALUES('delete', old.id, old.sentence); END;"
        "CREATE TRIGGER evidence_fts_update AFTER UPDATE OF sentence ON evidence BEGIN "
        "INSERT INTO evidence_fts(evidence_fts, rowid, sentence) "
        "VALUES('delete', old.id, old.sentence); "
        "INSERT INTO evidence_fts(rowid, sentence) VALUES(new.id, new.sentence); END;"
        "INSERT INTO evidence_fts(rowid, sentence) SELECT id, sentence FROM evidence;"
        "DROP TRIGGER entities_reshaped_insert; DROP TRIGGER entities_reshaped_delete;"
        "DROP TRIGGER entities_reshaped_update; DROP TRIGGER relations_reshaped_insert;"
        "DROP TRIGGER relations_reshaped_delete; DROP TRIGGER relations_reshaped_update;"
        "DELETE FROM meta WHERE key = 'reshaped';"
        "PRAGMA user_version = 2;";
    ASSERT_EQ(sqlite3_exec(h, v2, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(h);
    sqlite3_close(h);
  }
  EXPECT_EQ(Count(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'line'"), 1);
  ASSERT_EQ(Kg({"--db", db, "ingest", kg::testing::SourceDir() + "/data/articles"}).code, 0);  // a write open
  EXPECT_EQ(Count(db, "PRAGMA user_version"), kSchemaVersion);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'line'"), 0);
  std::string id = Dump(db, "SELECT ext_id FROM articles WHERE ext_id LIKE 'import:%'");
  ASSERT_EQ(Kg({"--db", db, "retract", id.substr(0, id.find('|'))}).code, 0);
  EXPECT_EQ(Dump(db, "INSERT INTO evidence_fts(evidence_fts) VALUES('integrity-check')"), "");
  auto check = Kg({"--db", db, "check"});
  EXPECT_EQ(check.code, 0) << check.out;
}

// `kg import` writes the CSR snapshot, and kg path answers from it.
TEST(ImportCsv, WritesTheSnapshot) {
  TempDir dir;
  std::string db = dir.File("kg.db");
  WriteFile(dir.File("n.csv"), "id,name,type\n1,Acme,Company\n2,Salar,Facility\n3,Chile,Country\n");
  WriteFile(dir.File("r.csv"), "src_id,dst_id,relation\n1,2,OPERATES\n2,3,LOCATED_IN\n");
  ASSERT_EQ(Kg({"--db", db, "import", dir.File("n.csv"), dir.File("r.csv")}).code, 0);
  ASSERT_TRUE(std::filesystem::exists(db + ".csr"));
  Store::Options o;
  o.read_only = true;
  auto store = Store::Open(db, o);
  ASSERT_TRUE(store.has_value());
  EXPECT_NE(Snapshot::OpenFresh(**store), nullptr);
  auto path = Kg({"--db", db, "path", "Acme", "Chile"});
  EXPECT_EQ(path.code, 0) << path.err;
  EXPECT_NE(path.out.find("Salar"), std::string::npos) << path.out;
}

}  // namespace
}  // namespace kg
