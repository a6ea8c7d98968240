#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace kg {

/// One gold annotation file (issue 3's format):
/// {"article": "x.txt", "entities": [{"name", "type", "aliases": []}],
///  "relations": [{"subject", "relation", "object"}]}.
struct GoldArticle {
  struct Entity {
    std::string name;
    std::string type;
    std::vector<std::string> aliases;
  };
  struct Relation {
    std::string subject, relation, object;
  };
  std::string article;  ///< The article file name the gold belongs to.
  std::vector<Entity> entities;
  std::vector<Relation> relations;
};

/// Parses a gold file's JSON; an InvalidInput Status naming `source` and
/// the position on malformed input.
Result<GoldArticle> ParseGold(std::string_view json, std::string_view source);

/// The name key of the scorer (the same rules as
/// ../shared/peers/ner/score.py): accents removed, case-folded, a trailing
/// possessive 's removed, '.' and apostrophes deleted, other punctuation ->
/// space, whitespace collapsed, a leading "the" dropped.
std::string EvalNameKey(std::string_view name);

/// Counts of one score line.
struct PrfCounts {
  int tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0.0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

/// Micro-averaged scores over articles. Entity maps are keyed by type name
/// plus "ALL"; untyped per-type lines count TP/FN by gold type and FP by
/// predicted type (so only their recall is meaningful).
struct EvalReport {
  int articles = 0;
  int missing_predictions = 0;
  std::map<std::string, PrfCounts> typed;
  std::map<std::string, PrfCounts> untyped;
  PrfCounts relations_labeled;
  PrfCounts relations_unlabeled;
  bool any_gold_relations = false;
  bool any_predicted_relations = false;
  /// Relations are scored only when both sides have some (as score.py).
  bool relations_scored() const {
    return any_gold_relations && any_predicted_relations;
  }
};

/// Adds one article's scores to report. pred == nullptr counts the article
/// as having no prediction (every gold item a false negative).
void ScoreArticle(const GoldArticle& gold, const ArticleDoc* pred,
                  EvalReport* report);

/// A readable table like score.py's.
std::string FormatEvalTable(const EvalReport& report, std::string_view title);
/// The same numbers as a JSON object.
std::string FormatEvalJson(const EvalReport& report);

}  // namespace kg
