package org.ruralguard;

/** {@code RG_ECORRUPT}: stored data failed an integrity check. The message is the library's {@code rg_last_error_message()}. */
public class CorruptException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public CorruptException(String message) {
    super(Status.ECORRUPT.code(), message);
  }
}
