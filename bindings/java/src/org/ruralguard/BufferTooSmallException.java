package org.ruralguard;

/** {@code RG_EBUFFER}: an output buffer is too small (the binding sizes buffers itself, so this means a bug). The message is the library's {@code rg_last_error_message()}. */
public class BufferTooSmallException extends RuralguardException {
  private static final long serialVersionUID = 1L;

  public BufferTooSmallException(String message) {
    super(Status.EBUFFER.code(), message);
  }
}
