package org.ruralguard;

/** {@code RG_EREFUSED}: a policy or business rule refuses the operation. The message is the library's {@code rg_last_error_message()}. */
public class RefusedException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public RefusedException(String message) {
    super(Status.EREFUSED.code(), message);
  }
}
