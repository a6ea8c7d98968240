#include "ingest/article_json.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

Result<ArticleDoc> Parse(const std::string& json) {
  return ParseArticleJson(json, SourcePosition{"a.json", 1});
}

TEST(ArticleJson, ReadsDesignExample) {
  auto doc = Parse(R"({
  "id": "x1", "title": "T", "url": "http://u", "source": "S", "published": "2025-09-03",
  "text": "Rostec withdrew from the project in 2019",
  "entities": [
    {"id": "e1", "name": "Rostec", "type": "Company", "aliases": ["state-owned Rostec"], "attributes": {"b": 1, "a": [true, null]}},
    {"id": "e2", "name": "Tomtorskoye project", "type": "project"}
  ],
  "relations": [
    {"subject": "e1", "relation": "withdrew_from", "object": "Tomtorskoye Project",
     "date": "2019", "evidence": "Rostec withdrew from the project in 2019", "attributes": {"status": "completed"}}
  ]
})");
  ASSERT_TRUE(doc.has_value()) << doc.status().ToString();
  EXPECT_EQ(doc->id, "x1");
  ASSERT_EQ(doc->entities.size(), 2u);
  EXPECT_EQ(doc->entities[1].type, EntityType::kProject);
  EXPECT_EQ(doc->entities[0].attributes_json, R"({"a":[true,null],"b":1})");
  ASSERT_EQ(doc->relations.size(), 1u);
  const DocRelation& r = doc->relations[0];
  EXPECT_EQ(r.subject, 0u);
  EXPECT_EQ(r.object, 1u);
  EXPECT_EQ(r.qualifiers.date, "2019");
  EXPECT_EQ(r.qualifiers.status, "completed");
  ASSERT_TRUE(r.evidence_span.has_value());
  EXPECT_EQ(r.evidence_span->begin, 0u);
}

TEST(ArticleJson, WriteThenParseGivesTheSameArticle) {
  auto doc = Parse(R"({"title": "T", "text": "A \"quoted\" line\nand ünïcödé",
    "entities": [{"id": "a", "name": "A \"Co\"", "type": "Company"},
                 {"id": "b", "name": "B\\mine", "type": "Project"}],
    "relations": [{"subject": "a", "relation": "operates", "object": "b", "evidence": "x",
                   "evidence_span": [0, 1], "rule": "test", "percent": 51}]})");
  ASSERT_TRUE(doc.has_value()) << doc.status().ToString();
  ArticleDoc a = *doc;
  a.entities[0].mentions = {Span{0, 1}};
  FinalizeArticle(a);
  auto back = Parse(WriteArticleJson(a));
  ASSERT_TRUE(back.has_value()) << back.status().ToString();
  ArticleDoc b = *back;
  FinalizeArticle(b);
  EXPECT_EQ(WriteArticleJson(a), WriteArticleJson(b));
  EXPECT_EQ(a.content_hash, b.content_hash);
  EXPECT_EQ(b.relations[0].qualifiers.percent, "51");
  EXPECT_EQ(b.relations[0].rule, "test");
}

struct BadCase {
  const char* name;
  const char* json;
  const char* position;  // "a.json:line:col"
  const char* message;   // part of the message
};

class ArticleJsonErrors : public ::testing::TestWithParam<BadCase> {};

TEST_P(ArticleJsonErrors, NamesLineAndColumn) {
  const BadCase& c = GetParam();
  auto doc = Parse(c.json);
  ASSERT_FALSE(doc.has_value()) << c.name;
  const std::string& m = doc.error().message();
  EXPECT_TRUE(doc.error().IsInvalidInput());
  EXPECT_EQ(m.rfind(std::string(c.position) + ": ", 0), 0u) << m;
  EXPECT_NE(m.find(c.message), std::string::npos) << m;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ArticleJsonErrors,
    ::testing::Values(
        BadCase{"truncated", "{\"title\": \"x\",\n  \"entities\": [", "a.json:2:16",
                "invalid JSON"},
        BadCase{"trailing comma", "{\"title\": \"x\",}", "a.json:1:15", "invalid JSON"},
        BadCase{"not an object", "[1, 2]", "a.json:1:1", "must be a JSON object"},
        BadCase{"unknown type",
                "{\"entities\": [\n {\"name\": \"X\", \"type\": \"Planet\"}]}",
                "a.json:2:24", "unknown entity type \"Planet\""},
        BadCase{"missing entity",
                "{\"entities\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"Company\"}],\n"
                " \"relations\": [{\"subject\": \"a\", \"relation\": \"operates\", \"object\": \"zz\"}]}",
                "a.json:2:67", "object \"zz\" names no entity"},
        BadCase{"unknown relation",
                "{\"entities\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"Company\"},"
                "{\"id\": \"b\", \"name\": \"B\", \"type\": \"Project\"}],"
                "\"relations\": [{\"subject\": \"a\", \"relation\": \"likes\", \"object\": \"b\"}]}",
                "a.json:1:147", "unknown relation \"likes\""},
        BadCase{"types do not fit",
                "{\"entities\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"Mineral\"},"
                "{\"id\": \"b\", \"name\": \"B\", \"type\": \"Project\"}],"
                "\"relations\": [{\"subject\": \"a\", \"relation\": \"operates\", \"object\": \"b\"}]}",
                "a.json:1:147", "operates does not take a Mineral subject"},
        BadCase{"name not a string",
                "{\"entities\": [{\"name\": 5, \"type\": \"Company\"}]}", "a.json:1:24",
                "\"name\" must be a string, not a number"},
        BadCase{"empty name", "{\"entities\": [{\"name\": \"  \", \"type\": \"Company\"}]}",
                "a.json:1:24", "entity name is empty"},
        BadCase{"duplicate id",
                "{\"entities\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"Company\"},\n"
                "{\"id\": \"a\", \"name\": \"B\", \"type\": \"Company\"}]}",
                "a.json:2:8", "duplicate entity id \"a\""},
        BadCase{"bad date",
                "{\"published\": \"03/09/2025\", \"text\": \"x\"}", "a.json:1:15",
                "not YYYY-MM-DD"},
        BadCase{"empty article", "{}", "a.json:1:1", "neither"},
        BadCase{"deep nesting", "{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]", "a.json:1:70", "nested deeper"},
        BadCase{"invalid utf8", "{\"title\": \"\xff\xfe\", \"text\": \"x\"}", "a.json:1:12",
                "Invalid encoding"},
        BadCase{"multibyte column", "{\"title\": \"Ünïcödé\", \"published\": 5}",
                "a.json:1:35", "\"published\" must be a string"}),
    [](const ::testing::TestParamInfo<BadCase>& i) {
      std::string n = i.param.name;
      for (char& ch : n)
        if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

TEST(FormatPosition, CountsLinesFromTheFirstLineOfTheChunk) {
  EXPECT_EQ(FormatPosition(SourcePosition{"f.jsonl", 7}, "ab\ncd", 4), "f.jsonl:8:2");
}

}  // namespace
}  // namespace kg
