package org.ruralguard;

/** {@code RG_EBUSY}: the database is locked by another connection. The message is the library's {@code rg_last_error_message()}. */
public class BusyException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public BusyException(String message) {
    super(Status.EBUSY.code(), message);
  }
}
