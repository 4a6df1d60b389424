package org.ruralguard;

/** {@code RG_EOVERFLOW}: a result does not fit its type. The message is the library's {@code rg_last_error_message()}. */
public class OverflowException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public OverflowException(String message) {
    super(Status.EOVERFLOW.code(), message);
  }
}
