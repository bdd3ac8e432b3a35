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
          + "|(?:early|late)-[a-z]+|(?:the )?'?\\d0s|the (?:twenties|thirties|forties|fifties|sixties|seventies"
          + "|eighties|nineties)|(?:the )?(?:year-earlier|year-ago)(?: (?:quarter|period))?)\\b");

  private final TimeLexicon lex = TimeLexicon.get();

  /** Expressions in the sentence that overlap none of {@code known}. */
  List<TimeExpression> extra(Sentence s, List<TimeExpression> known) {
    List<TimeExpression> out = new ArrayList<>();
    Matcher m = EXTRA.matcher(s.text());
    while (m.find()) {
      int start = s.start() + m.start();
      int end = s.start() + m.end();
      if (overlaps(known, start, end) || !fits(s, start, end, m.group())) continue;
      out.add(new TimeExpression(m.group(), start, end, s.index(), "DATE", null, null));
    }
    return out;
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

  private static boolean overlaps(List<TimeExpression> known, int start, int end) {
    for (TimeExpression t : known) if (t.start() < end && start < t.end()) return true;
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
