#pragma once

#include <string_view>

#include "graph/model.h"

namespace kg {

/// How the raw bytes of an article are marked up.
enum class TextFormat { kPlain, kMarkdown, kHtml };

struct ExtractOptions {
  TextFormat format = TextFormat::kPlain;  ///< Decides the cleaning step.
};

/// The text extractor: a pure function from one raw article (a scraped page,
/// wire copy, HTML, Markdown) to design.md's article in memory.
///
/// The result's `text` is the cleaned article body (navigation, menus,
/// contact blocks and other page chrome removed); every mention span and
/// evidence span indexes that text. Entities carry their canonical name, type
/// and every surface form as alias; relations carry the evidence sentence,
/// qualifiers and the name of the rule that produced them. Title and
/// published date are filled when the page states them. `id` and
/// `content_hash` are left empty for the caller.
/// Never fails: a text with nothing to find gives an article with no
/// entities. Thread-safe (shared read-only gazetteers).
ArticleDoc ExtractArticle(std::string_view raw, const ExtractOptions& options);

}  // namespace kg
