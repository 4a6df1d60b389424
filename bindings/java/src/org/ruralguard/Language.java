package org.ruralguard;

/** Languages of the explanations and reports the library writes (the C {@code language} 0/1). */
public enum Language {
  /** 0: Simplified Chinese. */
  ZH_CN,
  /** 1: English. */
  EN;

  int code() {
    return ordinal();
  }
}
