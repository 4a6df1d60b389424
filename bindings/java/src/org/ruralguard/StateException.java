package org.ruralguard;

/** {@code RG_ESTATE}: a transition not allowed from the current state. The message is the library's {@code rg_last_error_message()}. */
public class StateException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public StateException(String message) {
    super(Status.ESTATE.code(), message);
  }
}
