package org.ruralguard.internal;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;

/** {@code rg_csv_error_fn}: called for every import error; {@code error} is an rg_csv_error. */
public interface CsvErrorCallback extends Callback {
  void invoke(Pointer context, Pointer error);
}
