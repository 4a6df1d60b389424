#include "csv/rejects_writer.hpp"


#include <cstring>
#include <filesystem>

#include "ruralguard/csv_text.hpp"
#include "ruralguard/error.hpp"

namespace rg::csv {

void write_field(std::FILE* out, std::string_view field, bool first) {
  thread_local std::string text;
  text.clear();
  append_csv_field(text, field, first, CsvQuoting::kWhenNeeded);
  std::fwrite(text.data(), 1, text.size(), out);
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
