package org.ruralguard;

/** {@code RG_ENOTFOUND}: an unknown id. The message is the library's {@code rg_last_error_message()}. */
public class NotFoundException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(Status.ENOTFOUND.code(), message);
  }
}
