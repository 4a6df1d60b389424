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
  csv_free(&parser_);
  csv_init(&parser_, kOptions);
  current_ = Record{};
  between_records_ = true;
}

void Reader::on_field(void* data, size_t len, void* self_ptr) {
  auto* self = static_cast<Reader*>(self_ptr);
  self->current_.fields.emplace_back(static_cast<const char*>(data), len);
}

void Reader::on_row(int /*terminator*/, void* self_ptr) {
  auto* self = static_cast<Reader*>(self_ptr);
  self->ready_.push_back(std::move(self->current_));
  self->current_ = Record{};
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
    line_.append(start, take);
    block_pos_ += take;
    if (nl != nullptr) break;
  }
  if (!got) return false;
  ++line_no_;
  if (at_start_) {
    at_start_ = false;
    if (line_.size() >= 3 && std::memcmp(line_.data(), "\xEF\xBB\xBF", 3) == 0) line_.erase(0, 3);
  }
  // A line holding only a line end between records is skipped (libcsv would ignore it anyway),
  // so the next record's start line is known exactly.
  if (between_records_ && (line_ == "\n" || line_ == "\r\n" || line_ == "\r")) return true;
  if (between_records_) {
    current_.line = line_no_;
    between_records_ = false;
  }
  const std::size_t used = csv_parse(&parser_, line_.data(), line_.size(), on_field, on_row, this);
  if (used != line_.size() || parser_.entry_pos > kFieldBytesMax) {
    Record bad = std::move(current_);
    bad.parse_error = true;
    bad.error_text = parser_.entry_pos > kFieldBytesMax ? "a field is longer than 1 MiB"
                                                        : csv_strerror(csv_error(&parser_));
    reset_parser();
    ready_.push_back(std::move(bad));
  }
  return true;
}

bool Reader::next(Record& out) {
  while (ready_.empty()) {
    if (finished_) return false;
    if (!read_line()) {
      // End of file: a record without a final line end, or an unterminated quote.
      if (csv_fini(&parser_, on_field, on_row, this) != 0) {
        Record bad = std::move(current_);
        bad.parse_error = true;
        bad.error_text = "unterminated quoted field at end of file";
        ready_.push_back(std::move(bad));
      }
      finished_ = true;
    }
  }
  out = std::move(ready_.front());
  ready_.pop_front();
  return true;
}

}  // namespace rg::csv
