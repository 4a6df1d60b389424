package org.ruralguard;

/** {@code RG_EPARSE}: malformed text: amount, date, code, CSV field, JSON. The message is the library's {@code rg_last_error_message()}. */
public class ParseException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public ParseException(String message) {
    super(Status.EPARSE.code(), message);
  }
}
