package org.dateline.resolve.places;

/**
 * What a toponym was taken to mean.
 *
 * @param entry      the place, or null when no candidate was found or none was likely enough
 * @param best       the likeliest candidate even when it was not likely enough to be taken, or null
 * @param confidence how much of the candidates' weight the chosen one holds (0 when unresolved)
 */
public record Resolution(Toponym toponym, GazetteerEntry entry, GazetteerEntry best, double confidence) {
  public boolean resolved() { return entry != null; }
}
