#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace kg {

/// The outcome of an operation a user can make fail: ok, or an error with a
/// message that already names the file, line and column where there is one.
class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kInvalidInput, kNotFound, kIo, kCorrupt, kBusy };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status IoError(std::string msg) {
    return Status(Code::kIo, std::move(msg));
  }
  static Status Corrupt(std::string msg) {
    return Status(Code::kCorrupt, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  bool IsInvalidInput() const { return code_ == Code::kInvalidInput; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsIoError() const { return code_ == Code::kIo; }
  bool IsCorrupt() const { return code_ == Code::kCorrupt; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  /// "ok", or the message alone (it is written to be shown to a user).
  std::string ToString() const { return ok() ? "ok" : message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

/// A value or a non-ok Status; the subset of std::expected's API kg needs
/// (g++ 12 has no <expected> in C++20).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit like expected
  Result(Status status) : v_(std::move(status)) {}  // NOLINT
  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  /// REQUIRES: !has_value().
  const Status& error() const { return std::get<1>(v_); }
  /// Ok when a value is held.
  Status status() const { return has_value() ? Status::Ok() : error(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace kg
