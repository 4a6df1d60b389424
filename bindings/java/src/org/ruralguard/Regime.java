package org.ruralguard;

/** Policy regimes 政策阶段 (C {@code RG_REGIME_*}, DOMAIN-2026 §7.3). */
public enum Regime {
  /** 0: the 2021-2025 transition 过渡期. */
  TRANSITION_2021_2025,
  /** 1: the 2026 normalised regime 常态化帮扶 (from 2026-01-01 unless a policy says otherwise). */
  NORMALISED_2026;

  static Regime of(int code) {
    return values()[code];
  }
}
