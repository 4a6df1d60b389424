package org.ruralguard;

import java.util.EnumSet;
import java.util.Set;

/**
 * An enum of one {@code RG_*} macro group of ruralguard.h: each constant knows its C value and
 * its macro name. {@link #of(Class, int)} maps a C value back and refuses unknown values with
 * {@link InvalidArgumentException}; {@link #mask(Set)} and {@link #fromMask(Class, long)} convert
 * sets of flags (bit values) and of bit positions ({@link RiskType}, {@link EliminationCondition}).
 */
public interface CodedEnum {
  /** The C value (for {@link RiskType} and {@link EliminationCondition}: the bit position). */
  int code();

  /** The C macro name, e.g. {@code "RG_LEVEL_RED"}. */
  String macro();

  /** True for the groups whose codes are bit positions rather than values or bit values. */
  private static boolean isBitPosition(Class<?> type) {
    return type == RiskType.class || type == EliminationCondition.class;
  }

  /** The constant of {@code type} with C value {@code code}. */
  static <E extends Enum<E> & CodedEnum> E of(Class<E> type, int code) {
    for (E e : type.getEnumConstants()) {
      if (e.code() == code) {
        return e;
      }
    }
    throw new InvalidArgumentException(
        type.getSimpleName() + ": " + code + " is not a value of this enum (ruralguard.h)");
  }

  /** The C mask of a set: bit values or'ed, or {@code 1 << position} for bit-position groups. */
  static <E extends Enum<E> & CodedEnum> long mask(Set<E> values) {
    long mask = 0;
    for (E e : values) {
      mask |= isBitPosition(e.getDeclaringClass()) ? 1L << e.code() : e.code();
    }
    return mask;
  }

  /** The set of constants whose bits are in {@code mask}; unknown bits are refused. */
  static <E extends Enum<E> & CodedEnum> EnumSet<E> fromMask(Class<E> type, long mask) {
    EnumSet<E> set = EnumSet.noneOf(type);
    long known = 0;
    for (E e : type.getEnumConstants()) {
      long bit = isBitPosition(type) ? 1L << e.code() : e.code();
      known |= bit;
      if ((mask & bit) != 0) {
        set.add(e);
      }
    }
    if ((mask & ~known) != 0) {
      throw new InvalidArgumentException(
          type.getSimpleName() + ": mask 0x" + Long.toHexString(mask) + " has unknown bits");
    }
    return set;
  }
}
