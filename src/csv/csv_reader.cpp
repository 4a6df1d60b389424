#include "csv/csv_reader.hpp"

#include <cstring>

#include "ruralguard/error.hpp"

namespace rg::csv {
namespace {
constexpr std::size_t kBlockBytes = 1 << 16;
constexpr unsigned char kOptions = CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL;
}  // namespace

Reader::Reader(const std::string& path) : path_(path), block_(kBlockBytes) {
  file_ = std::fopen(path.c_str(), "rb");
  if (file_ == nullptr) throw Error(ErrorCode::kIo, "cannot open CSV file " + path + ": " + std::strerror(errno));
  if (csv_init(&parser_, kOptions) != 0) {
    std::fclose(file_);
    throw Error(ErrorCode::kNoMemory, "libcsv could not initialise a parser");
  }
}

Reader::~Reader() {
  csv_free(&parser_);
  if (file_ != nullptr) std::fclose(file_);
}

void Reader::reset_parser() {
  field_too_long_ = false;
  csv_free(&parser_);
  csv_init(&parser_, kOptions);
  current_fields_ = 0;
  between_records_ = true;
}

void Reader::push_current(bool parse_error, std::string error_text) {
  current_.fields.resize(current_fields_);
  current_.parse_error = parse_error;
  current_.error_text = std::move(error_text);
  // Every record has a line; one whose start was not seen (a caller's recycled record reaching
  // the end of file in an unterminated quote) is placed on the line being read.
  if (current_.line == 0) current_.line = line_no_;
  if (produced_ == slots_.size()) slots_.emplace_back();
  std::swap(current_, slots_[produced_++]);
  current_fields_ = 0;  // current_ now holds a recycled record's buffers
  current_.line = 0;    // ... and none of its line: the next record's start sets it
}

void Reader::add_field(const char* data, std::size_t len) {
  if (len > kFieldBytesMax) field_too_long_ = true;
  auto& fields = current_.fields;
  if (current_fields_ < fields.size()) {
    fields[current_fields_].assign(data, len);
  } else {
    fields.emplace_back(data, len);
  }
  ++current_fields_;
}

void Reader::on_field(void* data, size_t len, void* self_ptr) {
  static_cast<Reader*>(self_ptr)->add_field(static_cast<const char*>(data), len);
}

bool Reader::split_plain_line() {
  std::size_t end = line_.size();
  if (end > 0 && line_[end - 1] == '\n') --end;
  if (end > 0 && line_[end - 1] == '\r') --end;
  const char* p = line_.data();
  if (std::memchr(p, '"', end) != nullptr || std::memchr(p, '\r', end) != nullptr) return false;
  const char* const stop = p + end;
  while (true) {
    const char* comma = static_cast<const char*>(std::memchr(p, ',', static_cast<std::size_t>(stop - p)));
    const char* field_end = comma != nullptr ? comma : stop;
    const char* a = p;
    const char* b = field_end;
    while (a < b && (*a == ' ' || *a == '\t')) ++a;
    while (b > a && (b[-1] == ' ' || b[-1] == '\t')) --b;
    add_field(a, static_cast<std::size_t>(b - a));
    if (comma == nullptr) break;
    p = comma + 1;
  }
  current_.line = line_no_;
  end_record();
  return true;
}

void Reader::end_record() {
  const bool too_long = field_too_long_;
  field_too_long_ = false;
  push_current(too_long, too_long ? "a field is longer than 1 MiB" : std::string());
}

void Reader::on_row(int /*terminator*/, void* self_ptr) {
  auto* self = static_cast<Reader*>(self_ptr);
  self->end_record();
  self->current_.line = self->line_no_;  // for a record that starts after a bare CR on this line
  self->between_records_ = true;
}

bool Reader::read_line() {
  line_.clear();
  bool got = false;
  while (true) {
    if (block_pos_ == block_len_) {
      block_len_ = std::fread(block_.data(), 1, block_.size(), file_);
      block_pos_ = 0;
      if (block_len_ == 0) {
        if (std::ferror(file_)) throw Error(ErrorCode::kIo, "cannot read CSV file " + path_);
        break;
      }
    }
    got = true;
    const char* start = block_.data() + block_pos_;
    const std::size_t avail = block_len_ - block_pos_;
    const void* nl = std::memchr(start, '\n', avail);
    const std::size_t take = nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) + 1 : avail;
    if (line_.size() + take > kLineBytesMax) {
      line_too_long_ = true;  // the rest of this line is skipped, not buffered
    } else {
      line_.append(start, take);
    }
    block_pos_ += take;
    if (nl != nullptr) break;
  }
  if (!got) return false;
  ++line_no_;
  if (line_too_long_) {
    line_too_long_ = false;
    at_start_ = false;
    if (between_records_) current_.line = line_no_;
    push_current(true, "line " + std::to_string(line_no_) + " is longer than " + std::to_string(kLineBytesMax) +
                           " bytes (Reader::kLineBytesMax)");
    reset_parser();
    return true;
  }
  if (at_start_) {
    at_start_ = false;
    if (line_.size() >= 3 && std::memcmp(line_.data(), "\xEF\xBB\xBF", 3) == 0) line_.erase(0, 3);
  }
  // A line holding only a line end between records is skipped (libcsv would ignore it anyway),
  // so the next record's start line is known exactly.
  if (between_records_ && (line_ == "\n" || line_ == "\r\n" || line_ == "\r")) return true;
  if (between_records_) {
    if (split_plain_line()) return true;
    current_.line = line_no_;
    between_records_ = false;
  }
  const std::size_t used = csv_parse(&parser_, line_.data(), line_.size(), on_field, on_row, this);
  if (used != line_.size() || parser_.entry_pos > kFieldBytesMax) {
    push_current(true, parser_.entry_pos > kFieldBytesMax ? "a field is longer than 1 MiB"
                                                          : csv_strerror(csv_error(&parser_)));
    reset_parser();
  }
  return true;
}

bool Reader::next(Record& out) {
  if (consumed_ == produced_) consumed_ = produced_ = 0;
  while (consumed_ == produced_) {
    if (finished_) return false;
    if (!read_line()) {
      // End of file: a record without a final line end, or an unterminated quote.
      if (csv_fini(&parser_, on_field, on_row, this) != 0) {
        push_current(true, "unterminated quoted field at end of file");
      }
      finished_ = true;
    }
  }
  std::swap(out, slots_[consumed_++]);
  return true;
}

}  // namespace rg::csv
