package org.ruralguard.internal;

import com.sun.jna.Pointer;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.ruralguard.ClosedHandleException;

/**
 * An owned C handle. {@link #close()} frees it once (later calls do nothing); a call after close
 * throws {@link ClosedHandleException} instead of reaching the library.
 *
 * <p>Every call runs under the handle's lock: {@link #shared} for calls the C ABI allows to run
 * concurrently on one handle (assessing with a policy, reading a summary), {@link #exclusive} for
 * the others and for close. So a Java program that breaks the C rule "one thread at a time per
 * handle" is serialised instead of crashing, and close never frees a handle under a running call.
 * Handles that live on a store (ledger, assets) share the store's lock.
 */
public abstract class NativeHandle implements AutoCloseable {
  private volatile Pointer pointer;
  private final String what;
  private final ReentrantReadWriteLock lock;

  protected NativeHandle(Pointer pointer, String what, ReentrantReadWriteLock lock) {
    this.pointer = pointer;
    this.what = what;
    this.lock = lock == null ? new ReentrantReadWriteLock() : lock;
  }

  /** The lock, for handles that depend on this one. */
  protected final ReentrantReadWriteLock lock() {
    return lock;
  }

  /** Runs {@code body} with the live pointer, concurrently with other shared calls. */
  public final <T> T shared(Function<Pointer, T> body) {
    lock.readLock().lock();
    try {
      return body.apply(live());
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs {@code body} with the live pointer, alone. */
  public final <T> T exclusive(Function<Pointer, T> body) {
    lock.writeLock().lock();
    try {
      return body.apply(live());
    } finally {
      lock.writeLock().unlock();
    }
  }

  private Pointer live() {
    Pointer p = pointer;
    if (p == null) {
      throw new ClosedHandleException(what);
    }
    return p;
  }

  /** True once closed. */
  public final boolean isClosed() {
    return pointer == null;
  }

  /** Frees the C handle; idempotent. Dependent handles are closed first ({@link #closeDependents}). */
  @Override
  public final void close() {
    lock.writeLock().lock();
    try {
      Pointer p = pointer;
      if (p == null) {
        return;
      }
      closeDependents();
      pointer = null;
      free(p);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Closes handles that must not outlive this one (none by default). */
  protected void closeDependents() {}

  /** Calls the C function that frees the handle. */
  protected abstract void free(Pointer p);

  @Override
  public String toString() {
    return what + (isClosed() ? " (closed)" : "");
  }
}
