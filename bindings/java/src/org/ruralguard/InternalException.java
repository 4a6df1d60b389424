package org.ruralguard;

/** {@code RG_EINTERNAL}: a bug in ruralguard: please report it. The message is the library's {@code rg_last_error_message()}. */
public class InternalException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public InternalException(String message) {
    super(Status.EINTERNAL.code(), message);
  }
}
