package org.dateline.resolve.time;

/**
 * What the grammar made of a time expression: TIMEX3 type (DATE, TIME, DURATION, SET), value,
 * and mod (START, END, MID, ...) or null.
 */
record Reading(String type, String value, String mod) {
  static Reading date(String value) {
    return new Reading("DATE", value, null);
  }

  static Reading time(String value) {
    return new Reading("TIME", value, null);
  }

  static Reading duration(String value) {
    return new Reading("DURATION", value, null);
  }

  static Reading set(String value) {
    return new Reading("SET", value, null);
  }

  Reading withMod(String m) {
    return m == null || mod != null ? this : new Reading(type, value, m);
  }
}
