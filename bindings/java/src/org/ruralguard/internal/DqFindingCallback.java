package org.ruralguard.internal;

import com.sun.jna.Callback;
import com.sun.jna.Pointer;

/** {@code rg_dq_finding_fn}: called for each data-quality finding (an rg_dq_finding). */
public interface DqFindingCallback extends Callback {
  void invoke(Pointer context, Pointer finding);
}
