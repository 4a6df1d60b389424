#include "csv/rejects_writer.hpp"

#include <csv.h>

#include <cstring>
#include <filesystem>

#include "ruralguard/error.hpp"

namespace rg::csv {

void write_field(std::FILE* out, std::string_view field, bool first) {
  if (!first) std::fputc(',', out);
  if (field.find_first_of(",\"\r\n") == std::string_view::npos && (field.empty() || (field.front() != ' ' && field.back() != ' '))) {
    std::fwrite(field.data(), 1, field.size(), out);
  } else {
    csv_fwrite(out, field.data(), field.size());
  }
}

RejectsWriter::RejectsWriter(std::string input_path, std::string dir) {
  const std::filesystem::path in(input_path);
  const std::filesystem::path base = dir.empty() ? in.parent_path() : std::filesystem::path(dir);
  path_ = (base / (in.filename().string() + ".rejects.csv")).string();
}

RejectsWriter::~RejectsWriter() {
  if (out_ != nullptr) std::fclose(out_);
}

void RejectsWriter::write(const std::vector<std::string>& fields, int64_t line, const std::vector<CsvError>& errors) {
  if (out_ == nullptr) {
    out_ = std::fopen(path_.c_str(), "wb");
    if (out_ == nullptr) throw Error(ErrorCode::kIo, "cannot write rejects file " + path_ + ": " + std::strerror(errno));
    bool first = true;
    for (const auto& h : header_) {
      write_field(out_, h, first);
      first = false;
    }
    write_field(out_, "source_line", first);
    write_field(out_, "errors", false);
    std::fputs("\n", out_);
  }
  bool first = true;
  for (const auto& f : fields) {
    write_field(out_, f, first);
    first = false;
  }
  std::string joined;
  for (const auto& e : errors) {
    if (!joined.empty()) joined += "; ";
    joined += e.rule + " " + e.message;
  }
  write_field(out_, std::to_string(line), first);
  write_field(out_, joined, false);
  std::fputs("\n", out_);
  if (std::ferror(out_)) throw Error(ErrorCode::kIo, "cannot write rejects file " + path_);
}

}  // namespace rg::csv
