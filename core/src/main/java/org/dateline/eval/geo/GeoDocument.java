package org.dateline.eval.geo;

import java.time.LocalDate;
import java.util.List;

/**
 * A geoparsing gold article.
 *
 * @param date   publication date, or a fixed date where the set gives none (see each reader)
 * @param notes  what the reader had to repair or leave out (shifted or broken offsets), for the
 *               errors file
 */
public record GeoDocument(String id, LocalDate date, String title, String url, String text,
                          List<GoldToponym> toponyms, List<String> notes) {
  public GeoDocument {
    toponyms = List.copyOf(toponyms);
    notes = List.copyOf(notes);
  }
}
