package org.ruralguard;

import org.ruralguard.internal.Lib;

/**
 * The loaded library: version and status names. Loading happens on first use of any class of
 * this package (docs/java.md, "How the library is found").
 */
public final class Ruralguard {
  private Ruralguard() {}

  /** {@code rg_version_number()}: major * 10000 + minor * 100 + patch. */
  public static int versionNumber() {
    return Lib.RG.rg_version_number();
  }

  /** {@code rg_version_string()}, e.g. "0.1.0". */
  public static String version() {
    return Lib.cString(Lib.RG.rg_version_string());
  }

  /** The library's name of a status ("RG_EPARSE"; "RG_E?" for unknown values). */
  public static String statusName(int status) {
    return Lib.cString(Lib.RG.rg_status_name(status));
  }

  /** The path or name the library was loaded from. */
  public static String libraryPath() {
    return Lib.libraryPath();
  }

  /**
   * This thread's message for its most recent failing call. The binding reads it for you into
   * every {@link RuralguardException}; it is thread-local, so only the failing thread sees it.
   */
  public static String lastErrorMessage() {
    return Lib.lastErrorMessage();
  }
}
