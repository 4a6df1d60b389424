package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.ptr.ByteByReference;
import com.sun.jna.ptr.LongByReference;
import org.ruralguard.internal.Text;

/**
 * A 12-digit administrative division code (province 2, city 2, county 2, township 3, village 3
 * digits) and its level. Pure functions: any thread.
 */
public record RegionCode(long code, RegionLevel level) {
  /** Parses exactly 12 ASCII digits ({@code rg_region_parse}). */
  public static RegionCode parse(String text) {
    if (text == null) {
      throw new InvalidArgumentException("text: null is not a region code");
    }
    byte[] b = Text.utf8(text);
    LongByReference code = new LongByReference();
    ByteByReference level = new ByteByReference();
    check(RG.rg_region_parse(code, level, b, b.length));
    return new RegionCode(code.getValue(), RegionLevel.of(level.getValue()));
  }

  /** The code of the enclosing region; {@link RangeException} for a province. */
  public static long parent(long code) {
    LongByReference out = new LongByReference();
    check(RG.rg_region_parent(out, code));
    return out.getValue();
  }

  /** True when {@code code} lies in the region given by a 2, 4, 6, 9 or 12-digit prefix. */
  public static boolean isWithin(long code, String prefix) {
    if (prefix == null) {
      throw new InvalidArgumentException("prefix: null");
    }
    byte[] b = Text.utf8(prefix);
    ByteByReference out = new ByteByReference();
    check(RG.rg_region_is_within(out, code, b, b.length));
    return out.getValue() != 0;
  }

  /** The 12-digit text of a code. */
  public static String format(long code) {
    return String.format("%012d", code);
  }
}
