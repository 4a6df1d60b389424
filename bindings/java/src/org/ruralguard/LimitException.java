package org.ruralguard;

/** {@code RG_ELIMIT}: a named maximum (batch size, text length, ...) is exceeded. The message is the library's {@code rg_last_error_message()}. */
public class LimitException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public LimitException(String message) {
    super(Status.ELIMIT.code(), message);
  }
}
