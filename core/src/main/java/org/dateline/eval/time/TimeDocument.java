package org.dateline.eval.time;

import java.time.LocalDate;
import java.util.List;
import org.dateline.ingest.Dates;

/**
 * A gold document for time expressions.
 *
 * @param id         document id for messages
 * @param dct        the document creation time as a TIMEX3 value ("1998-01-08"), or null when
 *                   none could be found (the document is then not scored)
 * @param text       the text the systems read
 * @param gold       the TIMEX3 to find, in text order; never the DCT itself
 * @param scoredEnd  where the annotated part of the text ends: output after it is not scored
 * @param dctMention where the text states the DCT (MEANTIME's date line), or null: output
 *                   there is not scored, since the DCT is never scored
 */
public record TimeDocument(String id, String dct, String text, List<Timex> gold, int scoredEnd,
                           Timex dctMention) {
  public TimeDocument {
    gold = List.copyOf(gold);
  }

  /** The DCT as a date: what Dateline's article date and SUTime's document date can hold. */
  public LocalDate date() {
    return dct == null ? null : Dates.parse(dct);
  }

  /** Whether a produced expression falls in the scored part of the text. */
  public boolean scores(Timex t) {
    return t.start() < scoredEnd && (dctMention == null || !t.overlaps(dctMention));
  }
}
