// Reads a small text file (policy, indicator set) with a named maximum size, so a wrong path to a
// huge file fails fast with Error(kLimit) instead of filling memory.
#pragma once

#include <cstddef>
#include <fstream>
#include <string>

#include "ruralguard/error.hpp"

namespace rg::cli {

inline std::string read_file(const std::string& path, std::size_t max_bytes, const char* limit_name) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIo, "cannot read '" + path + "'");
  std::string text(max_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) throw Error(ErrorCode::kIo, "cannot read '" + path + "'");
  const auto got = static_cast<std::size_t>(in.gcount());
  if (got > max_bytes) {
    throw Error(ErrorCode::kLimit, "'" + path + "' is larger than " + limit_name + " (" + std::to_string(max_bytes) +
                                       " bytes)");
  }
  text.resize(got);
  return text;
}

}  // namespace rg::cli
