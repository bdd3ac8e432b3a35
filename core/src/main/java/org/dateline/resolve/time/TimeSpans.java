package org.dateline.resolve.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

/**
 * Where the time expressions are. CoreNLP's SUTime spans come with the NLP stage; this adds the
 * few kinds it does not mark (vague "recent", "soon", "the near term", "mid-2024", "the '90s",
 * earnings-report "year-earlier" periods) and drops its marks that are no time expression
 * ("6-year-old", "quarterly" profit, a lone "the", "fall" the verb).
 */
final class TimeSpans {
  // Grammar, not vocabulary: the words themselves come from the lexicon where they vary.
  private static final Pattern EXTRA = Pattern.compile(
      "(?i)\\b(?:recent|soon|the (?:near|short|long) term|the time being|mid-(?:\\d{4}|[a-z]+)"
          + "|the (?:same|corresponding|comparable) (?:period|month|quarter|time)(?: of| in)?"
          + " (?:a year (?:ago|earlier)|last year|the (?:last|previous) year)"
          + "|(?:the )?year(?:'s)?[ -]end|these days|(?:recent|past|coming) (?:days|weeks|months|years|decades)"
          + "|(?:every|each) (?:other )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
          + "|(?:early|late)-[a-z]+|(?:the )?'?\\d0s|the (?:twenties|thirties|forties|fifties|sixties|seventies"
          + "|eighties|nineties)|(?:the )?(?:year-earlier|year-ago)(?: (?:quarter|period))?)\\b");

  private final TimeLexicon lex = TimeLexicon.get();
  private final Pattern length = lengthPattern(lex);

  /**
   * The sentence's expressions with Dateline's own: a length that holds SUTime spans replaces
   * them ("the past" + "five trading days"), and the extra kinds are added where SUTime has none.
   */
  List<TimeExpression> complete(Sentence s, List<TimeExpression> known) {
    List<TimeExpression> out = new ArrayList<>(known);
    for (Pattern p : List.of(length, EXTRA)) {
      Matcher m = p.matcher(s.text());
      while (m.find()) {
        int start = s.start() + m.start();
        int end = s.start() + m.end();
        if (!fits(s, start, end, m.group()) || crosses(out, start, end)) continue;
        out.removeIf(t -> t.start() >= start && t.end() <= end);
        out.add(new TimeExpression(m.group(), start, end, s.index(), "DATE", null, null));
      }
    }
    return out;
  }

  /**
   * The span with the word after it when that word completes it: "12:00" + "UTC". Null when
   * nothing is to be added.
   */
  TimeExpression widen(Sentence s, TimeExpression t, String text) {
    Token next = null;
    for (Token k : s.tokens()) {
      if (k.start() >= t.end()) {
        next = k;
        break;
      }
    }
    if (next == null || !text.substring(t.end(), next.start()).isBlank()) return null;
    String w = next.word().toLowerCase(Locale.ROOT);
    // Only a zone: "Friday night" would be truer, but news annotation (TimeBank) marks "Friday"
    // alone far more often, and the day is right either way.
    if (!w.matches("utc|gmt")) return null;
    return new TimeExpression(text.substring(t.start(), next.end()), t.start(), next.end(), t.sentence(), t.type(),
        null, null);
  }

  // "the past two months", "almost two and a half years", "six straight days", "a few weeks".
  private static Pattern lengthPattern(TimeLexicon lex) {
    String count = "(?:\\d+(?:\\.\\d+)?|" + lex.alternatives("number") + "|" + lex.alternatives("fewword") + ")";
    // After the first number word no "a": "15 a year" is a rate, not a length.
    String more = "(?:" + lex.alternatives("number", java.util.Set.of("a", "an")) + ")";
    String counts = count + "(?:[ -](?:\\d+|" + more + "))*(?: and a half| \\d/\\d)?";
    String unit = lex.alternatives("unit");
    return Pattern.compile("(?i)\\b(?:(?:the )?(?:" + lex.alternatives("lastword") + "|" + lex.alternatives("nextword")
        + "|first) )?(?:(?:about|nearly|almost|over|more than|less than|at least) )?" + counts
        + "(?: (?:" + lex.alternatives("filler") + "))* (?:" + unit + ")\\b(?!-)");
  }

  // A match that cuts through a known span without holding it would split an expression.
  private static boolean crosses(List<TimeExpression> known, int start, int end) {
    for (TimeExpression t : known) {
      boolean overlap = t.start() < end && start < t.end();
      boolean inside = t.start() >= start && t.end() <= end;
      if (overlap && !inside) return true;
    }
    return false;
  }

  // The match must sit on token boundaries, and "mid-x"/"early-x" must name a month or a year.
  private boolean fits(Sentence s, int start, int end, String text) {
    List<Token> in = s.tokensIn(start, end);
    if (in.isEmpty() || in.get(0).start() != start || in.get(in.size() - 1).end() != end) return false;
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.matches("(mid|early|late)-[a-z]+")) return lex.is("month", lower.substring(lower.indexOf('-') + 1));
    if (lower.equals("recent")) return in.get(0).pos().startsWith("JJ");
    return true;
  }

  /**
   * "the year ended March 31", "the fiscal year ending June 30": a business year, which no
   * calendar value names; only its length is known.
   */
  boolean businessYear(Sentence s, TimeExpression t) {
    if (!t.text().toLowerCase(Locale.ROOT).matches("(the )?(fiscal |full |latest )?year")) return false;
    for (Token k : s.tokens()) {
      if (k.start() >= t.end()) return k.word().toLowerCase(Locale.ROOT).matches("ended|ending");
    }
    return false;
  }

  /** Whether a marked span is no time expression on its own. */
  boolean noise(TimeExpression t, Sentence s) {
    List<String> w = Words.split(t.text());
    if (w.isEmpty()) return true;
    String last = w.get(w.size() - 1);
    if (last.equals("old") || last.equals("olds")) return true; // ages: "6-year-old"
    if (w.size() == 1 && lex.is("drop", w.get(0))) return true;
    if (w.size() == 1 && w.get(0).matches("\\d{4}") && Integer.parseInt(w.get(0)) >= 2100) return true;
    if (w.size() == 1 && w.get(0).matches("falls?")) {
      for (Token k : s.tokensIn(t.start(), t.end())) if (k.isVerb()) return true;
    }
    return false;
  }
}
