package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;
import org.ruralguard.internal.NativeHandle;
import org.ruralguard.internal.StoreStructs;
import org.ruralguard.internal.Text;

/**
 * The embedded SQLite database ({@code rg_store*}). Open with {@link #open(String)} in a
 * try-with-resources block; {@link #close()} is idempotent, and a call after it throws
 * {@link ClosedHandleException}.
 *
 * <p>Threads: the C rule is one thread at a time per handle (separate handles may be used
 * concurrently on one file). This class serialises its calls (and those of the {@link Ledger} and
 * {@link Assets} handles opened on it), so misuse cannot crash, but concurrent work wants one
 * store per thread. Closing a store first closes the ledger and assets handles opened on it.
 */
public final class Store extends NativeHandle {
  private final String path;
  private final List<NativeHandle> dependents = new ArrayList<>();

  private Store(Pointer p, String path) {
    super(p, "store " + path, null);
    this.path = path;
  }

  /** Opens or creates the database at {@code path} with the default options. */
  public static Store open(String path) {
    return open(path, StoreOptions.DEFAULTS);
  }

  /** A private in-memory database (":memory:"), gone when closed. */
  public static Store inMemory() {
    return open(":memory:");
  }

  /**
   * Opens or creates the database at {@code path} and migrates it to the current schema
   * ({@code rg_store_open}). {@link IoException} (cannot open), {@link VersionException} (a newer
   * ruralguard wrote it), {@link CorruptException} (not a ruralguard database),
   * {@link BusyException}.
   */
  public static Store open(String path, StoreOptions options) {
    if (path == null) {
      throw new InvalidArgumentException("path: null");
    }
    if (options == null) {
      throw new InvalidArgumentException("options: null");
    }
    StoreStructs.StoreOptions o = new StoreStructs.StoreOptions();
    RG.rg_store_options_init(o.getPointer());
    o.read();
    o.synchronous_full = (byte) (options.synchronousFull() ? 1 : 0);
    o.read_only = (byte) (options.readOnly() ? 1 : 0);
    o.busy_timeout_ms = options.busyTimeoutMs();
    o.write();
    byte[] b = Text.utf8(path);
    PointerByReference out = new PointerByReference();
    check(RG.rg_store_open(out, b, b.length, o.getPointer()));
    return new Store(out.getValue(), path);
  }

  /** The path this store was opened with. */
  public String path() {
    return path;
  }

  /** The schema version (PRAGMA user_version). */
  public int schemaVersion() {
    return exclusive(s -> {
      IntByReference out = new IntByReference();
      check(RG.rg_store_schema_version(out, s));
      return out.getValue();
    });
  }

  /** BEGIN IMMEDIATE: writes until {@link #commit()} are all or nothing. */
  public void begin() {
    exclusive(s -> {
      check(RG.rg_store_begin(s));
      return null;
    });
  }

  /** Commits the open transaction ({@link StateException} without one). */
  public void commit() {
    exclusive(s -> {
      check(RG.rg_store_commit(s));
      return null;
    });
  }

  /** Rolls the open transaction back ({@link StateException} without one). */
  public void rollback() {
    exclusive(s -> {
      check(RG.rg_store_rollback(s));
      return null;
    });
  }

  /**
   * Supplies the 32-byte key under which ID numbers are hashed (default: a key file beside the
   * database). Call before the first member is written or looked up.
   */
  public void setIdKey(byte[] key) {
    if (key == null) {
      throw new InvalidArgumentException("key: null");
    }
    exclusive(s -> {
      check(RG.rg_store_set_id_key(s, key, key.length));
      return null;
    });
  }

  /** Stores the policy under its (id, version); other content under a stored pair is a conflict. */
  public void savePolicy(Policy policy) {
    requireNonNull(policy, "policy");
    exclusive(s -> policy.shared(p -> {
      check(RG.rg_store_save_policy(s, p));
      return null;
    }));
  }

  /** Loads policy {@code id} at {@code version} (0: the highest stored version). */
  public Policy loadPolicy(String id, int version) {
    requireNonNull(id, "id");
    byte[] b = Text.utf8(id);
    return exclusive(s -> {
      PointerByReference out = new PointerByReference();
      check(RG.rg_store_load_policy(out, s, b, b.length, version));
      return new Policy(out.getValue(), "policy " + id);
    });
  }

  /** Registers a handle that must be closed before this store (ledger, assets). */
  void addDependent(NativeHandle h) {
    exclusive(s -> dependents.add(h));
  }

  void removeDependent(NativeHandle h) {
    dependents.remove(h);
  }

  /** The lock shared with the handles opened on this store. */
  java.util.concurrent.locks.ReentrantReadWriteLock sharedLock() {
    return lock();
  }

  /** Closes the assets handles opened on {@code ledger} (before the ledger itself). */
  void closeDependentsOf(Ledger ledger) {
    List<NativeHandle> copy = new ArrayList<>(dependents);
    for (int i = copy.size() - 1; i >= 0; i--) {
      if (copy.get(i) instanceof Assets a && a.ledger() == ledger) {
        a.close();
      }
    }
  }

  @Override
  protected void closeDependents() {
    List<NativeHandle> copy = new ArrayList<>(dependents);
    for (int i = copy.size() - 1; i >= 0; i--) {
      copy.get(i).close();  // newest first: assets before their ledger; each removes itself
    }
    dependents.clear();
  }

  @Override
  protected void free(Pointer p) {
    RG.rg_store_close(p);
  }

  static void requireNonNull(Object o, String name) {
    if (o == null) {
      throw new InvalidArgumentException(name + ": null");
    }
  }
}
