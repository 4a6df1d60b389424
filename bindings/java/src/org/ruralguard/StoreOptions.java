package org.ruralguard;

/**
 * Options of {@link Store#open(String, StoreOptions)} ({@code rg_store_options}).
 *
 * @param synchronousFull true (default): durable commits; false: SQLite synchronous=NORMAL
 * @param readOnly open an existing file read-only
 * @param busyTimeoutMs how long a writer waits for another connection's lock (default 5000)
 */
public record StoreOptions(boolean synchronousFull, boolean readOnly, int busyTimeoutMs) {
  /** The library's defaults. */
  public static final StoreOptions DEFAULTS = new StoreOptions(true, false, 5000);
}
