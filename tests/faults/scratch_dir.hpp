// A scratch directory on tmpfs when there is one (/dev/shm): the fault tests run thousands of
// short trials, each with durable (fsync'd) commits, and the shim decides what a power loss keeps,
// not the disk. Removed with its contents at the end.
#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace rg::faults {

class ScratchDir {
 public:
  explicit ScratchDir(const std::string& tag) {
    std::random_device rd;
    const std::filesystem::path root =
        std::filesystem::is_directory("/dev/shm") ? std::filesystem::path("/dev/shm") : std::filesystem::temp_directory_path();
    path_ = root / ("ruralguard-" + tag + "-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }
  [[nodiscard]] std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace rg::faults
