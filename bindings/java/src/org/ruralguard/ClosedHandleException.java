package org.ruralguard;

/**
 * A call on a handle (store, policy, ledger, ...) after its {@code close()}. The C handle is gone,
 * so the call is refused before it reaches the library.
 */
public class ClosedHandleException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public ClosedHandleException(String what) {
    super(what + " is closed");
  }
}
