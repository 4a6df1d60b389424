package org.ruralguard;

/** {@code RG_ENOMEM}: memory allocation failed. The message is the library's {@code rg_last_error_message()}. */
public class NoMemoryException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public NoMemoryException(String message) {
    super(Status.ENOMEM.code(), message);
  }
}
