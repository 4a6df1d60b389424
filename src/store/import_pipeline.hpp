// Private: a two-stage pipeline for bulk imports. A worker thread produces rows (reads, parses,
// validates: no store access) while the calling thread consumes them in order (store checks and
// SQLite writes on the caller's connection). The machine's second core parses the next rows while
// SQLite writes the previous ones (docs/decisions.md, "the import pipeline").
//
// - Order: rows are consumed exactly in the order they were produced.
// - Memory: a fixed pool of batches (kBatches x kRowsPerBatch rows) is recycled, so a row's
//   buffers (strings, vectors) keep their capacity and steady state allocates nothing.
// - Errors: an exception thrown by `produce` is rethrown on the calling thread after every row
//   produced before it has been consumed (so the import fails at the same row and in the same way
//   as a sequential one). An exception thrown by `consume` stops the worker, joins it and
//   propagates.
// - The calling thread keeps the connection, the callbacks (error reports) and the transaction:
//   only pure work runs on the worker.
// - When no thread can be started (std::system_error), or `threaded` is false, the same rows are
//   produced and consumed one by one on the calling thread.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace rg::store {

template <typename Row>
class ImportPipeline {
 public:
  static constexpr std::size_t kRowsPerBatch = 256;
  static constexpr std::size_t kBatches = 8;

  explicit ImportPipeline(bool threaded = true) : threaded_(threaded && threads_enabled().load()) {}

  // Tests only: false makes every pipeline constructed afterwards run on the calling thread (the
  // sequential reference the threaded import is compared with).
  static std::atomic<bool>& threads_enabled() {
    static std::atomic<bool> enabled{true};
    return enabled;
  }

  // produce(Row&) fills the next row and returns true, or returns false at the end (the row is
  // then not consumed). consume(Row&) handles one row. Returns once every row is consumed.
  template <typename Produce, typename Consume>
  void run(Produce&& produce, Consume&& consume) {
    if (pool_.empty()) {
      for (std::size_t i = 0; i < (threaded_ ? kBatches : 1); ++i) {
        pool_.push_back(std::make_unique<Batch>());
        pool_.back()->rows.resize(threaded_ ? kRowsPerBatch : 1);
      }
    }
    if (threaded_) {
      std::thread worker;
      reset_queues();
      try {
        worker = std::thread([this, &produce] { work(produce); });
      } catch (const std::system_error&) {
        worker = std::thread();
      }
      if (worker.joinable()) {
        consume_all(worker, consume);
        return;
      }
    }
    Row& row = pool_.front()->rows.front();
    while (produce(row)) consume(row);
  }

 private:
  struct Batch {
    std::vector<Row> rows;
    std::size_t used = 0;
    bool last = false;
    std::exception_ptr error;
  };

  void reset_queues() {
    full_.clear();
    free_.clear();
    stop_ = false;
    for (auto& b : pool_) free_.push_back(b.get());
  }

  template <typename Produce>
  void work(Produce& produce) {
    for (;;) {
      Batch* b = nullptr;
      {
        std::unique_lock lock(mu_);
        free_ready_.wait(lock, [this] { return stop_ || !free_.empty(); });
        if (stop_) return;
        b = free_.front();
        free_.pop_front();
      }
      b->used = 0;
      b->last = false;
      b->error = nullptr;
      try {
        while (b->used < b->rows.size()) {
          if (!produce(b->rows[b->used])) {
            b->last = true;
            break;
          }
          ++b->used;
        }
      } catch (...) {
        b->error = std::current_exception();
        b->last = true;
      }
      const bool last = b->last;
      {
        std::lock_guard lock(mu_);
        full_.push_back(b);
      }
      full_ready_.notify_one();
      if (last) return;
    }
  }

  template <typename Consume>
  void consume_all(std::thread& worker, Consume& consume) {
    try {
      for (;;) {
        Batch* b = nullptr;
        {
          std::unique_lock lock(mu_);
          full_ready_.wait(lock, [this] { return !full_.empty(); });
          b = full_.front();
          full_.pop_front();
        }
        for (std::size_t i = 0; i < b->used; ++i) consume(b->rows[i]);
        if (b->error) std::rethrow_exception(b->error);
        if (b->last) break;
        {
          std::lock_guard lock(mu_);
          free_.push_back(b);
        }
        free_ready_.notify_one();
      }
    } catch (...) {
      {
        std::lock_guard lock(mu_);
        stop_ = true;
      }
      free_ready_.notify_all();
      worker.join();
      throw;
    }
    worker.join();
  }

  bool threaded_;
  std::vector<std::unique_ptr<Batch>> pool_;
  std::mutex mu_;
  std::condition_variable full_ready_, free_ready_;
  std::deque<Batch*> full_, free_;
  bool stop_ = false;
};

}  // namespace rg::store
