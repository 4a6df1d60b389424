package org.ruralguard.internal;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;

/**
 * The structs of one section of ruralguard.h as JNA structures: field for field, C names and
 * order, so the layout is the C layout ({@code StructLayoutTest} compares every size with the C
 * compiler's). Generated once from the header; edit by hand when the header changes.
 */
@SuppressWarnings("checkstyle:MemberName")
public final class MeasuresStructs {
  private MeasuresStructs() {}

  /** {@code rg_af_input}. */
  @FieldOrder({"struct_size", "flags", "people", "indicators", "achievements", "cutoffs", "denominator", "weights", "person_weights", "k_numerator", "k_denominator"})
  public static class AfInput extends Structure {
    public int struct_size;
    public int flags;
    public long people;
    public long indicators;
    public Pointer achievements;
    public Pointer cutoffs;
    public long denominator;
    public Pointer weights;
    public Pointer person_weights;
    public long k_numerator;
    public long k_denominator;

    public AfInput() {}

    public AfInput(Pointer p) {
      super(p);
      read();
    }
  }
}
