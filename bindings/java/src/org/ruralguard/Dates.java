package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import com.sun.jna.ptr.IntByReference;
import java.time.LocalDate;
import org.ruralguard.internal.Text;

/**
 * Dates: the C {@code rg_date} is days since 1970-01-01 ({@link LocalDate#toEpochDay()}), limited
 * to 1900-01-01..9999-12-31. Pure functions: any thread.
 */
public final class Dates {
  /** {@code RG_DATE_NONE}: "no date" in columns and records. */
  public static final int NONE = Integer.MIN_VALUE;
  /** The first supported date. */
  public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
  /** The last supported date. */
  public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  private Dates() {}

  /** The rg_date of {@code date}; {@link RangeException} outside 1900-01-01..9999-12-31. */
  public static int toRgDate(LocalDate date) {
    if (date == null) {
      throw new InvalidArgumentException("date: null");
    }
    if (date.isBefore(MIN) || date.isAfter(MAX)) {
      throw new RangeException("date " + date + " is outside 1900-01-01..9999-12-31");
    }
    return (int) date.toEpochDay();
  }

  /** The rg_date of {@code date}, or {@link #NONE} for null. */
  public static int toRgDateOrNone(LocalDate date) {
    return date == null ? NONE : toRgDate(date);
  }

  /** The date of an rg_date; {@link RangeException} outside the supported range. */
  public static LocalDate fromRgDate(int days) {
    if (days < MIN.toEpochDay() || days > MAX.toEpochDay()) {
      throw new RangeException("rg_date " + days + " is outside 1900-01-01..9999-12-31");
    }
    return LocalDate.ofEpochDay(days);
  }

  /** The date of an rg_date, or null for {@link #NONE}. */
  public static LocalDate fromRgDateOrNull(int days) {
    return days == NONE ? null : fromRgDate(days);
  }

  /** Strict ISO "YYYY-MM-DD" ({@code rg_date_parse}): "2024-2-3" is a {@link ParseException}. */
  public static LocalDate parse(String text) {
    if (text == null) {
      throw new InvalidArgumentException("text: null is not a date");
    }
    byte[] b = Text.utf8(text);
    IntByReference out = new IntByReference();
    check(RG.rg_date_parse(out, b, b.length));
    return LocalDate.ofEpochDay(out.getValue());
  }

  /** "YYYY-MM-DD" written by the library. */
  public static String format(LocalDate date) {
    byte[] out = new byte[16];
    check(RG.rg_date_format(out, out.length, toRgDate(date)));
    return Text.fromNul(out);
  }

  /** date + months, clamped to the target month's last day (01-31 + 1 month = 02-28 or 02-29). */
  public static LocalDate addMonths(LocalDate date, int months) {
    IntByReference out = new IntByReference();
    check(RG.rg_date_add_months(out, toRgDate(date), months));
    return LocalDate.ofEpochDay(out.getValue());
  }
}
