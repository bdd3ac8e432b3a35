package org.dateline.resolve.places;

/**
 * What a toponym was taken to mean.
 *
 * @param entry      the place, or null when no candidate was found or none was likely enough
 * @param best       the likeliest candidate even when it was not likely enough to be taken, or null
 * @param confidence how much of the candidates' weight the chosen one holds (0 when unresolved);
 *                   lower for a feature put at the place that holds it
 * @param feature    null when the toponym names the place itself; else the kind of local feature
 *                   it names ("street", "natural", "area", "facility", "other"), which the
 *                   gazetteer does not list: the place is then the town or country that holds it
 */
public record Resolution(Toponym toponym, GazetteerEntry entry, GazetteerEntry best, double confidence,
                         String feature) {
  public Resolution(Toponym toponym, GazetteerEntry entry, GazetteerEntry best, double confidence) {
    this(toponym, entry, best, confidence, null);
  }

  public boolean resolved() { return entry != null; }
}
