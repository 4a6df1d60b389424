package org.ruralguard;

/** {@code RG_EBALANCE}: a balance limit would be exceeded. The message is the library's {@code rg_last_error_message()}. */
public class BalanceException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public BalanceException(String message) {
    super(Status.EBALANCE.code(), message);
  }
}
