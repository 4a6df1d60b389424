package org.ruralguard;

import com.sun.jna.Memory;
import org.ruralguard.internal.RiskStructs;

/**
 * Output columns of {@link Risk#assessBatch} ({@code rg_assessment_columns}), in native memory:
 * read a whole column with one bulk copy ({@link #level()}, ...) or one row in place
 * ({@link #level(long)}, ...). A row whose data was refused has a non-zero {@link #status(long)}
 * (its {@code rg_status}) and zero outputs. Close to free the memory at once.
 */
public final class AssessmentResults implements AutoCloseable {
  private final long count;
  private final Memory within;
  private final Memory category;
  private final Memory riskMask;
  private final Memory score;
  private final Memory level;
  private final Memory nextVisit;
  private final Memory status;
  long failed;
  private volatile boolean closed;

  AssessmentResults(long count) {
    this.count = count;
    long n = Math.max(1, count);
    within = new Memory(n);
    category = new Memory(n);
    riskMask = new Memory(4 * n);
    score = new Memory(4 * n);
    level = new Memory(n);
    nextVisit = new Memory(4 * n);
    status = new Memory(4 * n);
  }

  RiskStructs.AssessmentColumns toNative() {
    live();
    RiskStructs.AssessmentColumns c = new RiskStructs.AssessmentColumns();
    c.struct_size = c.size();
    c.within_monitoring = within;
    c.category = category;
    c.risk_mask = riskMask;
    c.score = score;
    c.level = level;
    c.next_visit = nextVisit;
    c.status = status;
    c.write();
    return c;
  }

  /** Rows. */
  public long count() {
    return count;
  }

  /** Rows refused for bad data (their status is non-zero). */
  public long failed() {
    return failed;
  }

  private int n() {
    live();
    if (count > Integer.MAX_VALUE - 8) {
      throw new LimitException("assessmentResults: " + count + " rows do not fit a Java array");
    }
    return (int) count;
  }

  /** 1 within monitoring, else 0, per row. */
  public byte[] withinMonitoring() {
    return within.getByteArray(0, n());
  }

  /** RG_CATEGORY_* per row. */
  public byte[] category() {
    return category.getByteArray(0, n());
  }

  /** RG_LEVEL_* per row. */
  public byte[] level() {
    return level.getByteArray(0, n());
  }

  /** Risk masks (bit {@link RiskType#code()}) per row. */
  public int[] riskMask() {
    return riskMask.getIntArray(0, n());
  }

  public int[] score() {
    return score.getIntArray(0, n());
  }

  /** rg_date of the next visit per row, {@link Dates#NONE} when none is due. */
  public int[] nextVisit() {
    return nextVisit.getIntArray(0, n());
  }

  /** 0 or the row's rg_status. */
  public int[] status() {
    return status.getIntArray(0, n());
  }

  private void live() {
    if (closed) {
      throw new ClosedHandleException("assessment results");
    }
  }

  private long at(long row) {
    live();
    if (row < 0 || row >= count) {
      throw new IndexOutOfBoundsException("row " + row + " of " + count);
    }
    return row;
  }

  public boolean withinMonitoring(long row) {
    return within.getByte(at(row)) != 0;
  }

  public Category category(long row) {
    return Category.of(category.getByte(at(row)));
  }

  public Level level(long row) {
    return Level.of(level.getByte(at(row)));
  }

  public int score(long row) {
    return score.getInt(4 * at(row));
  }

  public int status(long row) {
    return status.getInt(4 * at(row));
  }

  /** Frees the columns; idempotent. Reading afterwards throws {@link ClosedHandleException}. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (Memory m : new Memory[] {within, category, riskMask, score, level, nextVisit, status}) {
      m.close();
    }
  }
}
