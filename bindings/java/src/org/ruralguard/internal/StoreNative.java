package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The store handle: open, close, schema version, transactions and the ID-number key.
 *
 * <p>One Java method per C function of {@code include/ruralguard/ruralguard.h}: same name, same
 * parameters in the same order (docs/java.md, "Adding a C function"). See {@link RgNative} for
 * the type mapping.
 */
public interface StoreNative {
  void rg_store_options_init(Pointer options);
  int rg_store_open(PointerByReference outStore, byte[] path, long pathLen, Pointer options);
  void rg_store_close(Pointer store);
  int rg_store_schema_version(IntByReference outVersion, Pointer store);
  int rg_store_begin(Pointer store);
  int rg_store_commit(Pointer store);
  int rg_store_rollback(Pointer store);
  int rg_store_set_id_key(Pointer store, byte[] key, long keyLen);
}
