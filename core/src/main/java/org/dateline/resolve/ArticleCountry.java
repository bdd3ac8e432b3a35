package org.dateline.resolve;

import java.util.HashMap;
import java.util.Map;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Place;

/**
 * The country an article is about, which a role or sector named without a country belongs to
 * ("the police" in an article about Nigeria is Nigeria's): the dateline's country, else the
 * country named most often by the resolved actors and places (a country, a people, a town in
 * it, a known person of it, not a company or news outlet), when one is named more often than any other and at least twice.
 */
public final class ArticleCountry {
  private ArticleCountry() {}

  /**
   * @param datelineCountry the country of the article's dateline place, or null when it has none
   *     or the place is unknown
   */
  public static String of(Document doc, Knowledge kb, String datelineCountry) {
    if (datelineCountry != null) return datelineCountry;
    return mostNamed(doc, kb);
  }

  // Companies and news media work across borders: "signed a contract with Boeing", "told
  // Reuters" say nothing of where the story is
  private static final java.util.Set<String> BORDERLESS = java.util.Set.of("BUS", "MNC", "MED");

  /** Whether naming the actor names its country as a place of the story: not a company's or a news outlet's home. */
  public static boolean ofItsCountry(org.dateline.model.Actor a) {
    return a.sector() == null || !BORDERLESS.contains(a.sector());
  }

  /** The country named most often in the article, or null on a tie or with under two namings. */
  static String mostNamed(Document doc, Knowledge kb) {
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : doc.mentions()) {
      String c = m.actor() == null || !ofItsCountry(m.actor()) ? null : m.actor().country();
      if (c != null && kb.country(c) != null) counts.merge(c, 1, Integer::sum);
    }
    for (Place p : doc.places()) {
      // a place that stands for an actor is counted once, as its mention's actor
      if (p.country() != null && p.usedAs() == null) counts.merge(p.country(), 1, Integer::sum);
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > top) {
        second = top;
        top = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return top >= 2 && top > second ? best : null;
  }
}
