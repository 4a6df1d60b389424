package org.ruralguard;

/** {@code RG_ECONFLICT}: an id is reused with different fields, or another writer changed the file. The message is the library's {@code rg_last_error_message()}. */
public class ConflictException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(Status.ECONFLICT.code(), message);
  }
}
