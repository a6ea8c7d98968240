#include "graph/normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace kg {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

/// Replaces invalid sequences by U+FFFD so utf8proc never rejects input.
std::string Sanitize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(
        reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, static_cast<std::size_t>(n)));
      i += static_cast<std::size_t>(n);
    }
  }
  return out;
}

std::string Map(std::string_view s, int options) {
  std::string valid = Sanitize(s);
  utf8proc_uint8_t* raw = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                        static_cast<utf8proc_ssize_t>(valid.size()), &raw,
                        static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owned(raw);
  if (n < 0) return valid;
  return std::string(reinterpret_cast<const char*>(raw),
                     static_cast<std::size_t>(n));
}

std::vector<utf8proc_int32_t> Decode(std::string_view s) {
  std::vector<utf8proc_int32_t> cps;
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(
        reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      cps.push_back(0xFFFD);
      ++i;
    } else {
      cps.push_back(cp);
      i += static_cast<std::size_t>(n);
    }
  }
  return cps;
}

void AppendUtf8(std::string& out, utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  auto n = utf8proc_encode_char(cp, buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool IsSpaceCategory(utf8proc_int32_t cp) {
  auto cat = utf8proc_category(cp);
  return cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
         cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_CC;
}

bool IsDroppedPunct(utf8proc_int32_t cp) {
  return cp == '.' || cp == '\'' || cp == 0x2019 || cp == 0x2018 ||
         cp == 0x02BC;
}

bool IsPunct(utf8proc_int32_t cp) {
  auto cat = utf8proc_category(cp);
  return cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_PO;
}

}  // namespace

bool IsValidUtf8(std::string_view s) { return FirstInvalidUtf8(s) == std::string_view::npos; }

std::size_t FirstInvalidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // An ASCII byte is a valid one-byte sequence: no call needed.
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(
        reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) return i;
    i += static_cast<std::size_t>(n);
  }
  return std::string_view::npos;
}

std::string CleanName(std::string_view name) {
  std::string nfc = Map(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  std::string out;
  out.reserve(nfc.size());
  bool pending_space = false;
  for (utf8proc_int32_t cp : Decode(nfc)) {
    if (IsSpaceCategory(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    AppendUtf8(out, cp);
  }
  return out;
}

namespace {

/// NameKey of ASCII text without utf8proc: NFKC changes no ASCII character
/// and case folding lowers A-Z only, so the classes below (read from the
/// same predicates) give the same key byte for byte.
std::string AsciiNameKey(std::string_view name) {
  enum : std::uint8_t { kKeep, kDrop, kSpace };
  static const std::array<std::uint8_t, 128> kClass = [] {
    std::array<std::uint8_t, 128> t{};
    for (utf8proc_int32_t cp = 0; cp < 128; ++cp) {
      t[static_cast<std::size_t>(cp)] =
          IsDroppedPunct(cp)                                    ? kDrop
          : IsSpaceCategory(cp) || (IsPunct(cp) && cp != '&')   ? kSpace
                                                                : kKeep;
    }
    return t;
  }();
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (char ch : name) {
    char c = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    std::uint8_t cls = kClass[static_cast<unsigned char>(c)];
    if (cls == kDrop) continue;
    if (cls == kSpace) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  constexpr std::string_view kThe = "the ";
  if (out.size() > kThe.size() && out.compare(0, kThe.size(), kThe) == 0)
    out.erase(0, kThe.size());
  return out;
}

}  // namespace

std::string NameKey(std::string_view name) {
  if (std::all_of(name.begin(), name.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return AsciiNameKey(name);
  std::string folded = Map(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                     UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  for (utf8proc_int32_t cp : Decode(folded)) {
    if (IsDroppedPunct(cp)) continue;
    if (IsSpaceCategory(cp) || (IsPunct(cp) && cp != '&')) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    AppendUtf8(out, cp);
  }
  constexpr std::string_view kThe = "the ";
  if (out.size() > kThe.size() && out.compare(0, kThe.size(), kThe) == 0)
    out.erase(0, kThe.size());
  return out;
}

std::size_t NameDistance(std::string_view a, std::string_view b) {
  std::vector<utf8proc_int32_t> x = Decode(NameKey(a));
  std::vector<utf8proc_int32_t> y = Decode(NameKey(b));
  std::vector<std::size_t> prev(y.size() + 1), cur(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[y.size()];
}

}  // namespace kg
