package org.ruralguard;

/**
 * A failed ruralguard call. Each {@code rg_status} code has its subclass (named after the status:
 * {@link InvalidArgumentException} for {@code RG_EINVAL}, {@link LimitException} for
 * {@code RG_ELIMIT}, ...); a code this binding does not know (from a newer library) is a plain
 * {@code RuralguardException}. The message is the calling thread's {@code rg_last_error_message()},
 * read on the same thread right after the failing call, so it names the field and the value.
 *
 * <p>Unchecked, like {@link IllegalArgumentException}: most calls can fail only on bad input.
 */
public class RuralguardException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public RuralguardException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The negative {@code rg_status} code. */
  public int status() {
    return status;
  }

  /** The library's name of the status ({@code "RG_EPARSE"}), or {@code "RG_E?"} if unknown. */
  public String statusName() {
    for (Status s : Status.values()) {
      if (s.code() == status) {
        return s.macro();
      }
    }
    return "RG_E?";
  }

  /** The exception of the class named after {@code status}, carrying {@code message}. */
  public static RuralguardException forStatus(int status, String message) {
    if (status == Status.EINVAL.code()) {
      return new InvalidArgumentException(message);
    }
    if (status == Status.EPARSE.code()) {
      return new ParseException(message);
    }
    if (status == Status.EOVERFLOW.code()) {
      return new OverflowException(message);
    }
    if (status == Status.ERANGE.code()) {
      return new RangeException(message);
    }
    if (status == Status.EPRECISION.code()) {
      return new PrecisionException(message);
    }
    if (status == Status.ENOTFOUND.code()) {
      return new NotFoundException(message);
    }
    if (status == Status.EEXISTS.code()) {
      return new ExistsException(message);
    }
    if (status == Status.ECONFLICT.code()) {
      return new ConflictException(message);
    }
    if (status == Status.ESTATE.code()) {
      return new StateException(message);
    }
    if (status == Status.ELIMIT.code()) {
      return new LimitException(message);
    }
    if (status == Status.EIO.code()) {
      return new IoException(message);
    }
    if (status == Status.ECORRUPT.code()) {
      return new CorruptException(message);
    }
    if (status == Status.EBUSY.code()) {
      return new BusyException(message);
    }
    if (status == Status.EVERSION.code()) {
      return new VersionException(message);
    }
    if (status == Status.EBALANCE.code()) {
      return new BalanceException(message);
    }
    if (status == Status.EREFUSED.code()) {
      return new RefusedException(message);
    }
    if (status == Status.EBUFFER.code()) {
      return new BufferTooSmallException(message);
    }
    if (status == Status.ENOMEM.code()) {
      return new NoMemoryException(message);
    }
    if (status == Status.EINTERNAL.code()) {
      return new InternalException(message);
    }
    return new RuralguardException(status, message);
  }
}
