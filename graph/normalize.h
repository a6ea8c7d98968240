#pragma once

#include <string>
#include <string_view>

namespace kg {

/// The resolution key of a name: Unicode NFKC with case folding, accents
/// kept, "." and apostrophes removed (so "U.S." and "US" meet), other
/// punctuation and whitespace runs collapsed to one space, a leading "the "
/// dropped, trimmed. Invalid UTF-8 bytes are replaced by U+FFFD first.
/// Two surface forms name the same entity candidate iff their keys are equal.
std::string NameKey(std::string_view name);

/// NFC-normalised, valid UTF-8 with whitespace runs collapsed and trimmed:
/// the form in which names are stored and shown.
std::string CleanName(std::string_view name);

/// True when s is valid UTF-8.
bool IsValidUtf8(std::string_view s);

/// The byte offset of the first invalid UTF-8 sequence in s, or npos.
std::size_t FirstInvalidUtf8(std::string_view s);

/// Edit distance between the keys of a and b, for "did you mean" lists.
std::size_t NameDistance(std::string_view a, std::string_view b);

}  // namespace kg
