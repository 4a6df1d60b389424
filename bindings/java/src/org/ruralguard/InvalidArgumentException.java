package org.ruralguard;

/** {@code RG_EINVAL}: a NULL or malformed argument, a bad size, a parameter outside its documented range. The message is the library's {@code rg_last_error_message()}. */
public class InvalidArgumentException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public InvalidArgumentException(String message) {
    super(Status.EINVAL.code(), message);
  }
}
