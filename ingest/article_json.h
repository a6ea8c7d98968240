#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace kg {

/// Where an input came from, for error messages: "file.jsonl" plus the line
/// of the file on which the parsed text starts (1 for a whole file).
struct SourcePosition {
  std::string file = "-";
  std::size_t first_line = 1;
};

/// Parses one article object of design.md's Article JSON and validates it:
/// required fields, field types, known entity types and relation names,
/// relations naming an entity id or name of the same article and fitting
/// the relation's subject and object types, unique entity ids.
/// Entities of one article whose names fold to the same key are merged.
/// On error the Status is InvalidInput with "file:line:col: message".
/// The result's id may be empty (Finalize fills it); text with no
/// entities is returned as is, for the caller to run the extractor on.
Result<ArticleDoc> ParseArticleJson(std::string_view json,
                                    const SourcePosition& where);

/// Serialises a to Article JSON, one line, no trailing newline. Entity ids
/// are "e1", "e2", … in order; mention and evidence spans and rules are
/// written too, so Parse(Write(a)) gives back a.
std::string WriteArticleJson(const ArticleDoc& a);

/// Fills content_hash from the canonical form of a (every field but id and
/// content_hash) and, when id is empty, sets id to that hash. When json is
/// given it receives WriteArticleJson(a) of the finalized article, made from
/// the canonical form already written (one serialisation instead of two).
void FinalizeArticle(ArticleDoc& a, std::string* json = nullptr);

/// "file:line:col" for the byte offset in text, lines and columns 1-based,
/// columns counted in characters.
std::string FormatPosition(const SourcePosition& where, std::string_view text,
                           std::size_t offset);

}  // namespace kg
