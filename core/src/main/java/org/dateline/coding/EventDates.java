package org.dateline.coding;

import java.time.LocalDate;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

/**
 * When an event happened. A date in the event's own clause wins ("on Wednesday", "yesterday
 * afternoon", "in 2017"). Without one, a past event takes the day the story last named, if that
 * day falls in the week before the article: news tells its main event's day once, in the lead
 * ("On Friday, police arrested ..."), and the sentences after it speak of that day. Anything else
 * is dated by the article.
 */
final class EventDates {
  /** The date, the words that give it (null when none of the event's own), and how it was found. */
  record Dated(String date, String text, String how) {}

  private static final Set<String> PERFECT = Set.of("have", "has", "'ve");
  private static final int STORY_DAYS = 7;
  private static final int PERIOD_DAYS = 31;

  private EventDates() {}

  static Dated of(Document doc, Sentence s, Token p, Token governor) {
    TimeExpression own = Attachment.time(doc, s, p);
    if (own == null && governor != null) own = Attachment.time(doc, s, governor);
    // "shuttered and seized the site in March 2018": conjoined verbs share the first one's time
    if (own == null && p.isVerb() && p.deprel().equals("conj") && p.head() >= 0) own = Attachment.time(doc, s, s.tokens().get(p.head()));
    if (own != null) return new Dated(value(own), own.text(), "its clause: '" + own.text() + "'");
    String article = doc.article().date().toString();
    Token verb = p.isVerb() ? p : governor;
    if (verb == null || !toldInThePast(s, verb)) return new Dated(article, null, "the article's date");
    TimeExpression story = storyDay(doc, p.start(), doc.article().date());
    if (story == null) return new Dated(article, null, "the article's date");
    return new Dated(value(story), null, "the day the story last named: '" + story.text() + "'");
  }

  /**
   * Whether the event's own clause dates it well before the article: a day more than a week
   * before it ("on March 1" in a story of the 15th), or a longer period that ended over a month
   * before it ("in 2017", "in March 2018", "six months ago"). Such an event is the story's background, not its news.
   */
  static boolean wellBefore(Dated when, LocalDate article) {
    if (when.text() == null) return false;
    String v = when.date();
    if (v == null) return false;
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(v).isBefore(article.minusDays(STORY_DAYS));
    // "last week", "last month", "last year" on New Year's Day: wire news reports them as its own
    // news, so a period is background only once it ended more than a month before the article
    LocalDate last = org.dateline.resolve.time.TimexSpans.lastDay(v);
    return last != null && last.isBefore(article.minusDays(PERIOD_DAYS));
  }

  /** A calendar value of a DATE, or the day of a TIME ("2019-01-04TAF" is 2019-01-04). */
  private static String value(TimeExpression x) {
    return x.type().equals("TIME") && x.value().length() >= 10 ? x.value().substring(0, 10) : x.value();
  }

  /** "arrested", "was sentenced"; not "has signed" (up to now) nor "will meet". */
  private static boolean toldInThePast(Sentence s, Token verb) {
    if (!verb.pos().equals("VBD") && !verb.pos().equals("VBN")) return false;
    for (Token c : s.children(verb.index())) {
      if (c.deprel().startsWith("aux") && PERFECT.contains(c.word().toLowerCase(java.util.Locale.ROOT))) return false;
      if (c.deprel().equals("aux") && !c.pos().equals("VBD")) return false;
    }
    return true;
  }

  /** The last full day named before this point of the text, if it lies in the week before the article. */
  private static TimeExpression storyDay(Document doc, int before, LocalDate article) {
    TimeExpression last = null;
    for (TimeExpression x : doc.times()) {
      if (x.start() >= before || last != null && x.start() < last.start()) continue;
      if (!x.type().equals("DATE") && !x.type().equals("TIME")) continue;
      String v = value(x);
      if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) continue;
      LocalDate d = LocalDate.parse(v);
      if (!d.isAfter(article) && !d.isBefore(article.minusDays(STORY_DAYS))) last = x;
    }
    return last;
  }
}
