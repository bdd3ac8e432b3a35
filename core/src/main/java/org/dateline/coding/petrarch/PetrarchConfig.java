package org.dateline.coding.petrarch;

import java.util.Locale;
import java.util.Map;

/**
 * The options of PETRARCH's configuration that change what a verb dictionary codes, under their
 * PETRARCH names. They apply only where a user's verb dictionary codes ({@code --dict}); Dateline's
 * own lexicon ignores them. Of PETRARCH's options only {@code require_dyad} is heeded so far; the
 * others (comma-clause deletion {@code comma_*}, {@code new_actor_length}) change nothing.
 *
 * @param requireDyad {@code require_dyad}: a pattern codes only with both a source and a target;
 *                    when false, one side is enough and the other is written "---"
 */
public record PetrarchConfig(boolean requireDyad) {
  /** What Dateline does when no option is given: both sides required, as PETRARCH's default. */
  public static final PetrarchConfig DEFAULT = new PetrarchConfig(true);

  /** These options with one more set as PETRARCH's config names it; other names change nothing. */
  public PetrarchConfig with(String option, String value) {
    if (option.strip().equalsIgnoreCase("require_dyad")) {
      // PETRARCH reads the value as a Python boolean: "False", "false", "FALSE" all turn it off.
      String v = value.strip().toLowerCase(Locale.ROOT);
      return new PetrarchConfig(!v.equals("false") && !v.equals("0") && !v.equals("no"));
    }
    return this;
  }

  /** The default options with these set, in the map's order. */
  public static PetrarchConfig of(Map<String, String> options) {
    PetrarchConfig c = DEFAULT;
    for (Map.Entry<String, String> e : options.entrySet()) c = c.with(e.getKey(), e.getValue());
    return c;
  }
}
