package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;

import com.sun.jna.Memory;
import java.util.Set;
import org.ruralguard.internal.MeasuresStructs;
import org.ruralguard.internal.Text;

/**
 * Poverty measures (docs/poverty-measures.md), exact: Foster-Greer-Thorbecke and Alkire-Foster.
 * Results are text: a reduced fraction ({@code decimals = }{@link #FRACTION}) or a decimal rounded
 * once. Pure functions: any thread; each is one C call over whole arrays.
 */
public final class Measures {
  /** {@code RG_MEASURES_FRACTION}: ask for exact reduced fractions. */
  public static final int FRACTION = -1;

  private Measures() {}

  /**
   * The FGT index P_alpha of per-capita {@code incomes} (rg_money) against {@code line};
   * {@code weights} may be null (each weighs 1) or hold one positive weight per income.
   */
  public static String fgt(long[] incomes, long[] weights, long line, int alpha,
      Set<MeasuresFlag> flags, int decimals, Rounding rounding) {
    Store.requireNonNull(incomes, "incomes");
    Store.requireNonNull(flags, "flags");
    int n = incomes.length;
    if (weights != null && weights.length != n) {
      throw new InvalidArgumentException("weights: " + weights.length + " values for " + n
          + " incomes");
    }
    try (Memory in = new Memory(8L * n + 8); Memory w = weights == null ? null : new Memory(8L * n + 8)) {
      in.write(0, incomes, 0, n);
      if (w != null) {
        w.write(0, weights, 0, n);
      }
      return Text.read((out, cap, len) -> RG.rg_measures_fgt(out, cap, len, in, w, n, line, alpha,
          (int) CodedEnum.mask(flags), decimals, Money.code(rounding)), 128);
    }
  }

  /**
   * Alkire-Foster H, A, M0, M1, M2 separated by spaces. {@code achievements} is people x
   * indicators, row-major; achievements and cutoffs share {@code denominator}; k =
   * kNumerator / kDenominator; {@code weights} and {@code personWeights} may be null.
   */
  public static String alkireFoster(long people, long indicators, long[] achievements,
      long[] cutoffs, long denominator, long[] weights, long[] personWeights, long kNumerator,
      long kDenominator, Set<MeasuresFlag> flags, int decimals, Rounding rounding) {
    return alkireFosterCall(people, indicators, achievements, cutoffs, denominator, weights,
        personWeights, kNumerator, kDenominator, flags, (in, out, cap, len) ->
            RG.rg_measures_alkire_foster(out, cap, len, in, decimals, Money.code(rounding)), 256);
  }

  /** One of the two Alkire-Foster C calls on a filled rg_af_input. */
  private interface AfCall {
    int apply(com.sun.jna.Pointer input, byte[] out, long capacity,
        com.sun.jna.ptr.LongByReference length);
  }

  private static String alkireFosterCall(long people, long indicators, long[] achievements,
      long[] cutoffs, long denominator, long[] weights, long[] personWeights, long kNumerator,
      long kDenominator, Set<MeasuresFlag> flags, AfCall call, int capacity) {
    Store.requireNonNull(achievements, "achievements");
    Store.requireNonNull(cutoffs, "cutoffs");
    Store.requireNonNull(flags, "flags");
    if (people < 0 || indicators < 0 || achievements.length != people * indicators) {
      throw new InvalidArgumentException("achievements: " + achievements.length + " values for "
          + people + " people x " + indicators + " indicators");
    }
    if (cutoffs.length != indicators) {
      throw new InvalidArgumentException("cutoffs: " + cutoffs.length + " values for "
          + indicators + " indicators");
    }
    if (weights != null && weights.length != indicators) {
      throw new InvalidArgumentException("weights: " + weights.length + " values for "
          + indicators + " indicators");
    }
    if (personWeights != null && personWeights.length != people) {
      throw new InvalidArgumentException("personWeights: " + personWeights.length
          + " values for " + people + " people");
    }
    try (Memory a = copy(achievements); Memory c = copy(cutoffs); Memory w = copy(weights);
        Memory pw = copy(personWeights)) {
      MeasuresStructs.AfInput in = new MeasuresStructs.AfInput();
      RG.rg_af_input_init(in.getPointer());
      in.read();
      in.flags = (int) CodedEnum.mask(flags);
      in.people = people;
      in.indicators = indicators;
      in.achievements = a;
      in.cutoffs = c;
      in.denominator = denominator;
      in.weights = w;
      in.person_weights = pw;
      in.k_numerator = kNumerator;
      in.k_denominator = kDenominator;
      in.write();
      return Text.read((out, cap, len) -> call.apply(in.getPointer(), out, cap, len), capacity);
    }
  }

  /**
   * Alkire-Foster with its decomposition, as the JSON text of {@code rg_measures_alkire_foster_detail}:
   * {@code {"total": M, "subgroups": [{"group", "population_share", "contribution", "measures": M}]}}
   * where M holds H, A, M0, M1, M2 and the per-indicator headcounts and contributions. Arguments
   * as {@link #alkireFoster}; {@code groupOfPerson} (one group id per person) may be null for no
   * subgroups.
   */
  public static String alkireFosterDetail(long people, long indicators, long[] achievements,
      long[] cutoffs, long denominator, long[] weights, long[] personWeights, long kNumerator,
      long kDenominator, long[] groupOfPerson, Set<MeasuresFlag> flags, int decimals,
      Rounding rounding) {
    if (groupOfPerson != null && groupOfPerson.length != people) {
      throw new InvalidArgumentException("groupOfPerson: " + groupOfPerson.length + " values for "
          + people + " people");
    }
    try (Memory g = copy(groupOfPerson)) {
      return alkireFosterCall(people, indicators, achievements, cutoffs, denominator, weights,
          personWeights, kNumerator, kDenominator, flags, (in, out, cap, len) ->
              RG.rg_measures_alkire_foster_detail(out, cap, len, in, g, decimals, Money.code(rounding)),
          1024);
    }
  }

  private static Memory copy(long[] v) {
    if (v == null) {
      return null;
    }
    Memory m = new Memory(8L * v.length + 8);
    m.write(0, v, 0, v.length);
    return m;
  }
}
