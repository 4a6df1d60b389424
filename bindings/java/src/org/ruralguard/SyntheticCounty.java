package org.ruralguard;

import static org.ruralguard.internal.Lib.RG;
import static org.ruralguard.internal.Lib.check;

import java.util.ArrayList;
import java.util.List;
import org.ruralguard.internal.HouseholdsStructs;

/**
 * The deterministic synthetic county (docs/households.md): same options, same county. Written
 * into a store ({@link #generate}) or as the four CSV files ({@link #writeCsv}).
 */
public final class SyntheticCounty {
  private SyntheticCounty() {}

  /**
   * Options ({@code rg_synthetic_county_options}); {@link #defaults()} are the library's
   * (100,000 households, 300 villages, 13 townships, county 500230000000, ...).
   */
  public record Options(long households, int villages, int townships, long seed, long countyCode,
      int formerlyPoorPermille, int monitoredPermille, int errorPermille, int incomeYear) {
    public static Options defaults() {
      HouseholdsStructs.SyntheticCountyOptions o = new HouseholdsStructs.SyntheticCountyOptions();
      RG.rg_synthetic_county_options_init(o.getPointer());
      o.read();
      return new Options(o.households, o.villages, o.townships, o.seed, o.county_code,
          o.formerly_poor_permille, o.monitored_permille, o.error_permille, o.income_year);
    }

    /** The same options with another size and seed. */
    public Options with(long households, int villages, long seed) {
      return new Options(households, villages, townships, seed, countyCode, formerlyPoorPermille,
          monitoredPermille, errorPermille, incomeYear);
    }

    HouseholdsStructs.SyntheticCountyOptions toNative() {
      HouseholdsStructs.SyntheticCountyOptions o = new HouseholdsStructs.SyntheticCountyOptions();
      o.struct_size = o.size();
      o.households = households;
      o.villages = villages;
      o.townships = townships;
      o.seed = seed;
      o.county_code = countyCode;
      o.formerly_poor_permille = formerlyPoorPermille;
      o.monitored_permille = monitoredPermille;
      o.error_permille = errorPermille;
      o.income_year = incomeYear;
      o.write();
      return o;
    }
  }

  /** What was written ({@code rg_synthetic_county_summary}). */
  public record Summary(long regions, long households, long members, long incomeStatements,
      long formerlyPoor, long monitoredProfile, long injectedErrors) {
    static Summary of(HouseholdsStructs.SyntheticCountySummary s) {
      return new Summary(s.regions, s.households, s.members, s.income_statements, s.formerly_poor,
          s.monitored_profile, s.injected_errors);
    }
  }

  /** Writes the county into the store in one transaction (none may be open). */
  public static Summary generate(Store store, Options options) {
    Store.requireNonNull(store, "store");
    Store.requireNonNull(options, "options");
    HouseholdsStructs.SyntheticCountyOptions o = options.toNative();
    return store.exclusive(s -> {
      HouseholdsStructs.SyntheticCountySummary out = summary();
      check(RG.rg_synthetic_county_generate(out.getPointer(), s, o.getPointer()));
      out.read();
      return Summary.of(out);
    });
  }

  /** Writes the county as the four CSV files of docs/csv-format.md. */
  public static Summary writeCsv(CsvFiles files, Options options) {
    Store.requireNonNull(files, "files");
    Store.requireNonNull(options, "options");
    List<Object> keep = new ArrayList<>();
    HouseholdsStructs.CsvFiles f = files.toNative(keep);
    HouseholdsStructs.SyntheticCountySummary out = summary();
    HouseholdsStructs.SyntheticCountyOptions o = options.toNative();
    check(RG.rg_synthetic_county_write_csv(out.getPointer(), f.getPointer(), o.getPointer()));
    java.lang.ref.Reference.reachabilityFence(keep);
    java.lang.ref.Reference.reachabilityFence(f);
    out.read();
    return Summary.of(out);
  }

  private static HouseholdsStructs.SyntheticCountySummary summary() {
    HouseholdsStructs.SyntheticCountySummary out = new HouseholdsStructs.SyntheticCountySummary();
    out.struct_size = out.size();
    out.write();
    return out;
  }
}
