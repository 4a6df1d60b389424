package org.ruralguard.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ruralguard.RuralguardException;

/**
 * Loads libruralguard once per class loader and checks its major version.
 *
 * <p>Search order (docs/java.md): the system property {@code ruralguard.library}, then the
 * environment variable {@code RURALGUARD_LIBRARY} (a full path; when set it is the only candidate,
 * so a wrong path fails loudly instead of picking up another copy); otherwise JNA's search for
 * {@code ruralguard} ({@code jna.library.path}, then the system loader: {@code libruralguard.so}),
 * then the SONAME {@code libruralguard.so.0}.
 */
public final class Lib {
  /** The C ABI major version this binding speaks (RG_VERSION_MAJOR). */
  public static final int BINDING_MAJOR = 0;
  /** The system property naming the library file. */
  public static final String PROPERTY = "ruralguard.library";
  /** The environment variable naming the library file (shared with the Python binding). */
  public static final String ENVIRONMENT = "RURALGUARD_LIBRARY";

  private static final String[] FOUND = new String[1];
  /** Every C function, loaded. */
  public static final RgNative RG = load();

  private Lib() {}

  /** The library actually loaded (a path or a name given to the loader). */
  public static String libraryPath() {
    return FOUND[0];
  }

  private static RgNative load() {
    if (Native.SIZE_T_SIZE != 8) {
      throw new UnsatisfiedLinkError("ruralguard's Java binding needs a 64-bit JVM (size_t = long)");
    }
    List<String> candidates = new ArrayList<>();
    String chosen = System.getProperty(PROPERTY);
    if (chosen == null || chosen.isEmpty()) {
      chosen = System.getenv(ENVIRONMENT);
    }
    if (chosen != null && !chosen.isEmpty()) {
      candidates.add(chosen);
    } else {
      candidates.add("ruralguard");
      candidates.add("libruralguard.so.0");
    }
    StringBuilder tried = new StringBuilder();
    for (String candidate : candidates) {
      try {
        RgNative lib = Native.load(candidate, RgNative.class,
            Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));
        checkVersion(lib.rg_version_number(), candidate);
        FOUND[0] = candidate;
        return lib;
      } catch (UnsatisfiedLinkError e) {
        tried.append("\n  ").append(candidate).append(": ").append(e.getMessage());
      }
    }
    throw new UnsatisfiedLinkError("ruralguard: cannot load the shared library; tried" + tried
        + "\nSet -D" + PROPERTY + "=/path/to/libruralguard.so (or " + ENVIRONMENT + ").");
  }

  /** Refuses a library of another major version: its signatures may differ. */
  static void checkVersion(int number, String path) {
    int major = Integer.divideUnsigned(number, 10000);
    if (major != BINDING_MAJOR) {
      throw new UnsatisfiedLinkError("ruralguard: the library " + path + " is version " + major + "."
          + number / 100 % 100 + "." + number % 100 + " (major " + major
          + "), but this Java binding needs major version " + BINDING_MAJOR);
    }
  }

  /** Throws the exception of {@code status} with this thread's last error message unless RG_OK. */
  public static void check(int status) {
    if (status != 0) {
      throw RuralguardException.forStatus(status, lastErrorMessage());
    }
  }

  /** This thread's message for its most recent failing call ("" if none). */
  public static String lastErrorMessage() {
    return cString(RG.rg_last_error_message());
  }

  /** Static NUL-terminated UTF-8 text of the library ("" for NULL). */
  public static String cString(Pointer p) {
    return p == null ? "" : p.getString(0, StandardCharsets.UTF_8.name());
  }
}
