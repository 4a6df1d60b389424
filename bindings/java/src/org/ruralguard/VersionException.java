package org.ruralguard;

/** {@code RG_EVERSION}: an unsupported schema, format or library version. The message is the library's {@code rg_last_error_message()}. */
public class VersionException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public VersionException(String message) {
    super(Status.EVERSION.code(), message);
  }
}
