package org.ruralguard;

/** {@code RG_EPRECISION}: more decimal places than allowed (finer than 1/10000 yuan, a sub-fen ledger amount). The message is the library's {@code rg_last_error_message()}. */
public class PrecisionException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public PrecisionException(String message) {
    super(Status.EPRECISION.code(), message);
  }
}
