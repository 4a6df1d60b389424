// Private: the tiny option parser of the `ruralguard` tool ("--name value" and "--flag").
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace rg::cli {

// Exit codes (docs/reports.md): 0 success, 1 a library error (message on stderr), 2 wrong usage,
// 3 the data was refused (import errors, validation findings of error severity).
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitDataRefused = 3;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  // `flags` are options without a value; every other "--name" takes the next argument.
  Args(int argc, char** argv, const std::set<std::string>& known, const std::set<std::string>& flags = {}) {
    for (int i = 1; i < argc; ++i) {
      std::string a = argv[i];
      if (a == "--help" || a == "-h") {
        help_ = true;
        continue;
      }
      if (a.rfind("--", 0) != 0) {
        positional_.push_back(a);
        continue;
      }
      const std::string name = a.substr(2);
      if (!known.contains(name) && !flags.contains(name)) throw UsageError("unknown option '" + a + "'");
      if (flags.contains(name)) {
        values_[name] = "1";
      } else {
        if (i + 1 >= argc) throw UsageError("option '" + a + "' needs a value");
        values_[name] = argv[++i];
      }
    }
  }
  [[nodiscard]] bool help() const { return help_; }
  [[nodiscard]] bool has(const std::string& name) const { return values_.contains(name); }
  [[nodiscard]] std::optional<std::string> get(const std::string& name) const {
    auto it = values_.find(name);
    return it == values_.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  [[nodiscard]] std::string get_or(const std::string& name, const std::string& fallback) const {
    return get(name).value_or(fallback);
  }
  [[nodiscard]] std::string required(const std::string& name) const {
    auto v = get(name);
    if (!v) throw UsageError("option '--" + name + "' is required");
    return *v;
  }
  [[nodiscard]] int64_t integer(const std::string& name, int64_t fallback) const {
    auto v = get(name);
    if (!v) return fallback;
    try {
      std::size_t used = 0;
      const long long n = std::stoll(*v, &used);
      if (used != v->size()) throw std::invalid_argument("trailing");
      return n;
    } catch (const std::exception&) {
      throw UsageError("option '--" + name + "' needs an integer, got '" + *v + "'");
    }
  }
  [[nodiscard]] const std::vector<std::string>& positional() const { return positional_; }

 private:
  bool help_ = false;
  std::map<std::string, std::string> values_;
  std::vector<std::string> positional_;
};

}  // namespace rg::cli
