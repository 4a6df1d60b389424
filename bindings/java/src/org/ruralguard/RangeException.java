package org.ruralguard;

/** {@code RG_ERANGE}: a well-formed value outside the allowed domain (2023-02-29). The message is the library's {@code rg_last_error_message()}. */
public class RangeException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public RangeException(String message) {
    super(Status.ERANGE.code(), message);
  }
}
