package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import org.ruralguard.internal.NativeHandle;
import org.ruralguard.internal.Text;

/**
 * Every number the risk rules use for one province and year ({@code rg_policy*}), immutable once
 * created. Threads: any number of threads may assess with one policy at the same time (this
 * class lets them run concurrently); {@link #close()} waits for running calls and is idempotent.
 */
public final class Policy extends NativeHandle {
  Policy(Pointer p, String what) {
    super(p, what, null);
  }

  /** The built-in policy for a 2-digit province code ("00" national) and year 2020..2100. */
  public static Policy defaultFor(String province, int year) {
    Store.requireNonNull(province, "province");
    byte[] b = Text.utf8(province);
    PointerByReference out = new PointerByReference();
    check(RG.rg_policy_default(out, b, b.length, year));
    return new Policy(out.getValue(), "policy " + province + "/" + year);
  }

  /** Parses and validates a policy in JSON form (docs/policy-format.md). */
  public static Policy fromJson(String json) {
    Store.requireNonNull(json, "json");
    byte[] b = Text.utf8(json);
    PointerByReference out = new PointerByReference();
    check(RG.rg_policy_from_json(out, b, b.length));
    return new Policy(out.getValue(), "policy (JSON)");
  }

  /** The policy's JSON form. */
  public String toJson() {
    return shared(p -> Text.read((out, cap, len) -> RG.rg_policy_to_json(out, cap, len, p), 8192));
  }

  /** The monitoring threshold (rg_money) for a household in {@code regionCode}. */
  public long threshold(long regionCode) {
    return shared(p -> {
      LongByReference out = new LongByReference();
      check(RG.rg_policy_threshold(out, p, regionCode));
      return out.getValue();
    });
  }

  @Override
  protected void free(Pointer p) {
    RG.rg_policy_free(p);
  }
}
