package org.ruralguard;

/** {@code RG_EEXISTS}: the same record already exists. The message is the library's {@code rg_last_error_message()}. */
public class ExistsException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public ExistsException(String message) {
    super(Status.EEXISTS.code(), message);
  }
}
