package org.ruralguard.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;
import java.nio.charset.StandardCharsets;
import org.ruralguard.BufferTooSmallException;
import org.ruralguard.Status;

/** UTF-8 text across the C ABI: text in as bytes, text out under the sizing convention. */
public final class Text {
  private Text() {}

  /** The UTF-8 bytes of {@code s}, or null for null. */
  public static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  /** The length of {@link #utf8} bytes (0 for null). */
  public static long length(byte[] b) {
    return b == null ? 0 : b.length;
  }

  /** Native memory holding the UTF-8 bytes of {@code s} and a NUL, or null for null. */
  public static Memory memory(String s) {
    if (s == null) {
      return null;
    }
    byte[] b = utf8(s);
    Memory m = new Memory(b.length + 1L);
    m.write(0, b, 0, b.length);
    m.setByte(b.length, (byte) 0);
    return m;
  }

  /** The NUL-terminated text at the start of {@code buffer}. */
  public static String fromNul(byte[] buffer) {
    int n = 0;
    while (n < buffer.length && buffer[n] != 0) {
      n++;
    }
    return new String(buffer, 0, n, StandardCharsets.UTF_8);
  }

  /** Writes {@code s} NUL-padded into a fixed char array of a struct; LimitException if too long. */
  public static byte[] fixed(String s, int capacity, String field) {
    byte[] b = utf8(s == null ? "" : s);
    if (b.length >= capacity) {
      throw new org.ruralguard.LimitException(
          field + ": " + b.length + " bytes of UTF-8, at most " + (capacity - 1) + " allowed");
    }
    byte[] out = new byte[capacity];
    System.arraycopy(b, 0, out, 0, b.length);
    return out;
  }

  /** One C call that writes text: {@code (out, capacity, length) -> status}. */
  @FunctionalInterface
  public interface Fill {
    int call(byte[] out, long capacity, LongByReference length);
  }

  /**
   * Text out: calls {@code fill} with a buffer; on RG_EBUFFER (the length is always set) calls it
   * once more with a buffer of the exact size.
   */
  public static String read(Fill fill, int capacity) {
    LongByReference length = new LongByReference();
    byte[] buf = new byte[capacity];
    int status = fill.call(buf, buf.length, length);
    if (status == Status.EBUFFER.code()) {
      long needed = length.getValue() + 1;
      if (needed > Integer.MAX_VALUE - 8) {
        throw new BufferTooSmallException("text of " + needed + " bytes does not fit a Java array");
      }
      buf = new byte[(int) needed];
      status = fill.call(buf, buf.length, length);
    }
    Lib.check(status);
    return new String(buf, 0, (int) length.getValue(), StandardCharsets.UTF_8);
  }

  /** Reads a pointer + length string field of a library struct. */
  public static String at(Pointer p, long length) {
    if (p == null || length == 0) {
      return "";
    }
    return new String(p.getByteArray(0, (int) length), StandardCharsets.UTF_8);
  }
}
