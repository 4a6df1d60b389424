package org.ruralguard;

/** {@code RG_EIO}: file or database I/O failed. The message is the library's {@code rg_last_error_message()}. */
public class IoException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public IoException(String message) {
    super(Status.EIO.code(), message);
  }
}
