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
  private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "has", "have", "'s", "'ve", "'d");
  /** The date, the words that give it (null when none of the event's own), and how it was found. */
  record Dated(String date, String text, String how) {}

  private static final Set<String> PERFECT = Set.of("have", "has", "'ve");
  private static final int STORY_DAYS = 7;

  private EventDates() {}

  static Dated of(Document doc, Sentence s, Token p, Token governor) {
    // an event noun deeper in a phrase ("as part of its investigation") is dated by its clause's verb
    if (p.isNoun() && (governor == null || !governor.isVerb())) governor = clauseVerb(s, p, governor);
    TimeExpression own = dayOf(Attachment.time(doc, s, p));
    if (own == null && governor != null) own = dayOf(Attachment.time(doc, s, governor));
    // "shuttered and seized the site in March 2018": conjoined verbs share the first one's time
    // "began deploying troops yesterday": a verb's complement happens when its verb says
    boolean shares = p.deprel().equals("conj") || p.deprel().equals("xcomp");
    if (own == null && p.isVerb() && shares && p.head() >= 0) own = dayOf(Attachment.time(doc, s, s.tokens().get(p.head())));
    // "recaptured in 2016, in an operation supported by Russia": a bare participle on a noun,
    // with no time of its own, is of the time of the clause the noun stands in
    if (own == null && p.pos().equals("VBN") && p.deprel().equals("acl") && p.head() >= 0) {
      Token verb = clauseVerb(s, s.tokens().get(p.head()), null);
      if (verb != null) own = dayOf(Attachment.time(doc, s, verb));
    }
    String article = doc.article().date().toString();
    Integer shift = own == null ? null : anaphoric(own.text());
    if (shift != null) {
      // "on the same day", "the next day": the day the story last named, not the article's
      TimeExpression story = storyDay(doc, own.start(), doc.article().date());
      if (story == null) return new Dated(article, null, "the article's date ('" + own.text() + "' names no day before it)");
      String day = LocalDate.parse(value(story)).plusDays(shift).toString();
      return new Dated(day, own.text(), "its clause: '" + own.text() + "', after the day the story last named: '" + story.text() + "'");
    }
    Token verb = p.isVerb() ? p : governor;
    if (own != null) return ownDay(doc, s, p, verb, own);
    if (verb == null || !toldInThePast(s, verb)) return new Dated(article, null, "the article's date");
    TimeExpression story = storyDay(doc, p.start(), doc.article().date());
    if (story == null) return new Dated(article, null, "the article's date");
    return new Dated(value(story), null, "the day the story last named: '" + story.text() + "'");
  }

  /**
   * The day of the event's own time expression. "By Sunday afternoon, he said ...": a weekday
   * told in the past is the last one before the article, whatever way the time tagger turned it.
   */
  private static Dated ownDay(Document doc, Sentence s, Token p, Token verb, TimeExpression own) {
    String day = value(own);
    boolean weekday = !AHEAD.matcher(own.text()).find() && WEEKDAY.matcher(own.text()).find()
        && day.matches("\\d{4}-\\d{2}-\\d{2}") && verb != null;
    if (weekday) {
      LocalDate d = LocalDate.parse(day);
      LocalDate published = doc.article().date();
      if (toldInThePast(s, verb) && d.isAfter(published) && !d.isAfter(published.plusDays(7))) {
        return new Dated(d.minusDays(7).toString(), own.text(),
            "its clause: '" + own.text() + "', told in the past: the one before the article");
      }
      // "the minister meets his counterpart on Monday", "will vote on Tuesday" (the article of a
      // Thursday): a weekday told in the present or the future is the next one ("says Friday's
      // bombing was planned abroad": a noun's own day is not the tense of the verb it hangs on)
      if (p.isVerb() && toldAhead(s, verb) && d.isBefore(published) && !d.isBefore(published.minusDays(7))) {
        return new Dated(d.plusDays(7).toString(), own.text(),
            "its clause: '" + own.text() + "', told in the present or future: the one after the article");
      }
    }
    return new Dated(day, own.text(), "its clause: '" + own.text() + "'");
  }

  /**
   * Whether the event's own clause dates it well before the article: a day more than a week
   * before it ("on March 1" in a story of the 15th), or a longer period that ended before its day
   * ("last week", "in 2017", "in March 2018", "six months ago"). Such an event is the story's
   * background, not its news.
   */
  static boolean wellBefore(Dated when, LocalDate article) {
    if (when.text() == null) return false;
    String v = when.date();
    if (v == null) return false;
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(v).isBefore(article.minusDays(STORY_DAYS));
    // "last week", "last month": a writer who names the period rather than the day tells an
    // event before the story's own; "this week" and "earlier this month" hold the article's day
    LocalDate last = org.dateline.resolve.time.TimexSpans.lastDay(v);
    return last != null && last.isBefore(article);
  }

  /**
   * Whether an event dated after the article is still to come. A verb in the past tense happened
   * whatever its date says (the date may be misread; "announced his resignation effective next
   * Wednesday": the announcing is past, and news); a noun dated by its own words is to come
   * whatever the tense of its verb ("the May 11-13 meeting has taken on added significance"; not
   * an object, which takes its verb's time), and so is what comes "before" the telling ("was
   * speaking before hosting a meeting this weekend").
   */
  static boolean stillToCome(Document doc, Sentence s, Token p, Dated when) {
    if (!after(when, doc.article().date())) return false;
    if (!toldInPast(s, p)) return true;
    boolean ownDate = p.isNoun() && !p.deprel().equals("obj") && Attachment.time(doc, s, p) != null;
    return ownDate || Arguments.markOf(s, p).equals("before");
  }

  /**
   * "talks next week", "a vote on Thursday" (the article of a Monday): told by a time expression
   * of a day, week or month that begins after the article's day, the event has not happened yet.
   */
  static boolean after(Dated when, LocalDate article) {
    if (when.text() == null || when.date() == null) return false;
    String v = when.date();
    LocalDate first = null;
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) first = LocalDate.parse(v);
    else if (v.matches("\\d{4}-W\\d{2}")) first = org.dateline.resolve.time.TimexSpans.lastDay(v).minusDays(6);
    else if (v.matches("\\d{4}-\\d{2}")) first = LocalDate.parse(v + "-01");
    // "this weekend" (2024-W11-WE): the week's Saturday
    else if (v.matches("\\d{4}-W\\d{2}-WE")) first = org.dateline.resolve.time.TimexSpans.lastDay(v.substring(0, 8)).minusDays(1);
    return first != null && first.isAfter(article);
  }

  /**
   * Whether the clause that tells p is in the past: "announced", "has announced", "opened fire,
   * killing one" (a participle or a noun takes the tense of the verb it hangs on); not "are
   * scheduled" or "will meet".
   */
  static boolean toldInPast(Sentence s, Token p) {
    Token t = p;
    for (int depth = 0; depth < 8 && t != null; depth++) {
      if (t.pos().equals("VBD")) return true;
      if (t.isVerb()) {
        for (Token c : s.children(t.index())) {
          if (!c.deprel().startsWith("aux")) continue;
          return PAST_AUXILIARIES.contains(c.word().toLowerCase(java.util.Locale.ROOT));
        }
        if (t.pos().equals("VBZ") || t.pos().equals("VBP")) return false;
      }
      t = t.head() >= 0 ? s.tokens().get(t.head()) : null;
    }
    return false;
  }

  private static final java.util.regex.Pattern SAME = java.util.regex.Pattern.compile("(?i)(the )?(same|that) day");
  private static final java.util.regex.Pattern NEXT = java.util.regex.Pattern.compile("(?i)(the )?(next|following) day");
  private static final java.util.regex.Pattern BEFORE = java.util.regex.Pattern.compile("(?i)(the )?(previous|preceding) day|(the )?day before");
  private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final java.util.regex.Pattern AHEAD = java.util.regex.Pattern.compile("(?i)\\b(next|coming|following)\\b");
  // a part of a day that names no day ("that day" tagged as "day", "the morning"): the story's day
  private static final java.util.regex.Pattern PART_OF_DAY = java.util.regex.Pattern.compile(
      "(?i)(the )?(day|morning|afternoon|evening|night)");

  /** Days from the story's last named day a time expression points to ("the same day" 0, "the next day" 1), or null. */
  private static Integer anaphoric(String text) {
    if (text == null) return null;
    String t = text.strip();
    if (SAME.matcher(t).matches()) return 0;
    if (NEXT.matcher(t).matches()) return 1;
    if (BEFORE.matcher(t).matches()) return -1;
    if (PART_OF_DAY.matcher(t).matches()) return 0;
    return null;
  }

  // "at 10:39 a.m.", "about 7:45 p.m. local time", "1639 UTC": a clock time names no day
  private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
      "(?i)\\(?(at )?(about |around )?(\\d{1,2}([:.]\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?)?( local time)?|\\d{4}\\s*(UTC|GMT))\\)?");

  /** A time expression that names a day; a bare clock time ("at 10:39 a.m.") names none. */
  private static TimeExpression dayOf(TimeExpression x) {
    return x != null && x.type().equals("TIME") && CLOCK.matcher(x.text().strip()).matches() ? null : x;
  }

  /** The nearest verb above a noun, within four steps; else the noun's own head (or null). */
  private static Token clauseVerb(Sentence s, Token noun, Token head) {
    Token t = noun;
    for (int hops = 0; hops < 4 && t.head() >= 0; hops++) {
      t = s.tokens().get(t.head());
      if (t.isVerb()) return t;
    }
    return head;
  }

  /** A calendar value of a DATE, or the day of a TIME ("2019-01-04TAF" is 2019-01-04). */
  private static String value(TimeExpression x) {
    return x.type().equals("TIME") && x.value().length() >= 10 ? x.value().substring(0, 10) : x.value();
  }

  /** "arrested", "was sentenced"; not "has signed" (up to now) nor "will meet". */
  private static boolean toldInThePast(Sentence s, Token verb) {
    // "passed the resolution, with 231 Democrats supporting it": a participle takes its clause's tense
    for (int hops = 0; hops < 3 && verb.pos().equals("VBG") && verb.head() >= 0; hops++) {
      verb = s.tokens().get(verb.head());
    }
    if (!verb.pos().equals("VBD") && !verb.pos().equals("VBN")) return false;
    for (Token c : s.children(verb.index())) {
      if (c.deprel().startsWith("aux") && PERFECT.contains(c.word().toLowerCase(java.util.Locale.ROOT))) return false;
      // "are scheduled", "is expected": a passive in the present is no past
      if (c.deprel().startsWith("aux") && !c.pos().equals("VBD")) return false;
    }
    return true;
  }

  private static final Set<String> WILL = Set.of("will", "shall", "'ll");

  /** "meets", "will meet": a verb in the simple present or with "will", no auxiliary of a past. */
  private static boolean toldAhead(Sentence s, Token verb) {
    boolean present = verb.pos().equals("VBZ") || verb.pos().equals("VBP");
    boolean will = false;
    for (Token c : s.children(verb.index())) {
      if (!c.deprel().startsWith("aux")) continue;
      if (WILL.contains(c.word().toLowerCase(java.util.Locale.ROOT)) && verb.pos().equals("VB")) will = true;
      else return false;
    }
    return present || will;
  }

  /** The last full day named before this point of the text, if it lies in the week before the article. */
  private static TimeExpression storyDay(Document doc, int before, LocalDate article) {
    TimeExpression last = null;
    for (TimeExpression x : doc.times()) {
      if (x.start() >= before || last != null && x.start() < last.start()) continue;
      if (!x.type().equals("DATE") && !x.type().equals("TIME")) continue;
      // "the same day" is resolved against the article by the time tagger; it names no day itself,
      // nor does a clock time ("1639 UTC") that the tagger puts on the article's day
      if (anaphoric(x.text()) != null || dayOf(x) == null) continue;
      String v = value(x);
      if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) continue;
      LocalDate d = LocalDate.parse(v);
      if (!d.isAfter(article) && !d.isBefore(article.minusDays(STORY_DAYS))) last = x;
    }
    return last;
  }
}
