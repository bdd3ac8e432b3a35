package org.dateline.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Actor;
import org.dateline.model.Event;

/**
 * Article-level event scoring as wikinews-events-2019's README says (its score.py is the
 * reference this must agree with): a produced news event matches a gold mention when its evidence
 * starts inside the gold sentence and the CAMEO root is equal; source and dyad levels ask in
 * addition that the parties agree. Matching is greedy in the order of the produced events, each
 * taking the first gold mention it fits, as the reference scorer does.
 */
public final class ArticleEventScore {
  private ArticleEventScore() {}

  /** The three levels, loosest first. */
  public enum Level { TYPE, SOURCE, DYAD }

  /** Produced modalities that are not the news of the day. */
  static final Set<String> NOT_NEWS = Set.of("background", "hypothetical", "conditional", "future");

  /**
   * One annotated article: the analysed text (where the gold sentences are looked up and the
   * evidence offsets point), its gold and the events produced for it.
   */
  public record Input(String text, WikinewsGold.Article gold, List<Event> produced) {
    public Input {
      produced = List.copyOf(produced);
    }
  }

  /**
   * How one article scored at one level.
   *
   * @param news      the produced events counted as news, in order
   * @param matchedTo for each of {@code news}, the index of the gold mention it took, or -1; a
   *                  produced event that fits a non-news mention has -1 (it is wrong) and
   *                  {@code fitsNonNews} set
   * @param units     the event each gold mention belongs to (the first mention of its same_as chain)
   * @param newsUnits the distinct events that are news
   * @param found     the news events matched through some mention
   */
  public record Outcome(List<Event> news, int[] matchedTo, boolean[] fitsNonNews, int[][] spans, String[] units,
                        Set<String> newsUnits, Set<String> found) {
    public int truePositives() {
      int n = 0;
      for (int m : matchedTo) {
        if (m >= 0) n++;
      }
      return n;
    }
  }

  /** Whether a produced event is counted as news. */
  public static boolean isNews(Event e) {
    return !e.negated() && (e.modality() == null || !NOT_NEWS.contains(e.modality()));
  }

  /** Scores one article at a level; {@code sector} asks the gold sector of a country actor too. */
  public static Outcome score(Input in, Level level, boolean sector) {
    List<WikinewsGold.Mention> gold = in.gold().events();
    int[][] spans = new int[gold.size()][];
    for (int i = 0; i < gold.size(); i++) spans[i] = span(in.text(), gold.get(i).sentence());
    String[] units = units(gold);
    Set<String> newsUnits = new LinkedHashSet<>();
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i).isNews()) newsUnits.add(units[i]);
    }
    List<Event> news = in.produced().stream().filter(ArticleEventScore::isNews).toList();
    int[] matchedTo = new int[news.size()];
    boolean[] fitsNonNews = new boolean[news.size()];
    boolean[] used = new boolean[gold.size()];
    Set<String> found = new LinkedHashSet<>();
    for (int p = 0; p < news.size(); p++) {
      matchedTo[p] = -1;
      Event e = news.get(p);
      int start = e.evidence() == null ? -1 : e.evidence().start();
      for (int g = 0; g < gold.size(); g++) {
        if (used[g] || spans[g] == null || start < spans[g][0] || start >= spans[g][1]) continue;
        if (!agrees(gold.get(g), e, level, sector)) continue;
        // the first fitting mention decides: one that is not news makes the event wrong
        if (gold.get(g).isNews()) {
          used[g] = true;
          matchedTo[p] = g;
          found.add(units[g]);
        } else {
          fitsNonNews[p] = true;
        }
        break;
      }
    }
    return new Outcome(news, matchedTo, fitsNonNews, spans, units, newsUnits, found);
  }

  /**
   * Where the gold sentence lies in the text, as [start, end), or null when it is not there
   * (a title). Spaces match any run of whitespace; when the whole sentence is not found, its first
   * 60 characters are looked for. The end is the match's end for a match over 60 characters, else
   * the start plus the sentence's length (the reference scorer's rule, kept so the figures agree).
   */
  static int[] span(String text, String sentence) {
    String s = sentence.strip();
    Matcher m = loose(s).matcher(text);
    boolean hit = m.find();
    if (!hit) {
      m = loose(s.substring(0, Math.min(60, s.length()))).matcher(text);
      hit = m.find();
    }
    if (!hit) return null;
    int end = m.end() - m.start() > 60 ? m.end() : m.start() + sentence.length();
    return new int[] {m.start(), end};
  }

  private static Pattern loose(String s) {
    StringBuilder re = new StringBuilder();
    String[] parts = s.split(" ", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) re.append("\\s+");
      if (!parts[i].isEmpty()) re.append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re.toString(), Pattern.UNICODE_CHARACTER_CLASS);
  }

  /** Each mention's event: follows same_as links to the first mention (a broken or circular link stops). */
  static String[] units(List<WikinewsGold.Mention> gold) {
    Map<String, String> link = new HashMap<>();
    for (WikinewsGold.Mention m : gold) link.put(m.key(), m.sameAs() != null ? m.sameAs() : m.key());
    String[] out = new String[gold.size()];
    for (int i = 0; i < gold.size(); i++) {
      WikinewsGold.Mention m = gold.get(i);
      String u = m.sameAs() != null ? m.sameAs() : m.key();
      Set<String> seen = new HashSet<>();
      while (seen.add(u) && link.containsKey(u) && !link.get(u).equals(u)) u = link.get(u);
      out[i] = u;
    }
    return out;
  }

  static boolean agrees(WikinewsGold.Mention g, Event e, Level level, boolean sector) {
    if (e.cameo() == null || e.cameo().length() < 2 || !g.cameo().startsWith(e.cameo().substring(0, 2))) {
      return false;
    }
    if (level == Level.TYPE) return true;
    List<WikinewsGold.Party> gs = g.source();
    List<WikinewsGold.Party> gt = g.target();
    if (level == Level.SOURCE) {
      if (g.mutual()) {
        List<WikinewsGold.Party> both = new ArrayList<>(gs);
        both.addAll(gt);
        List<Actor> produced = new ArrayList<>(e.source());
        produced.addAll(e.target());
        return side(both, produced, sector);
      }
      return side(gs, e.source(), sector);
    }
    boolean straight = side(gs, e.source(), sector) && side(gt, e.target(), sector);
    return straight || g.mutual() && side(gs, e.target(), sector) && side(gt, e.source(), sector);
  }

  /** An empty gold side asks nothing; otherwise some produced actor agrees with some gold one. */
  static boolean side(List<WikinewsGold.Party> gold, List<Actor> produced, boolean sector) {
    if (gold.isEmpty()) return true;
    for (WikinewsGold.Party g : gold) {
      for (Actor a : produced) {
        if (agrees(g, a, sector)) return true;
      }
    }
    return false;
  }

  /** By org (the produced code contains it), else by country (and sector), else by sector alone. */
  static boolean agrees(WikinewsGold.Party g, Actor a, boolean sector) {
    String code = a.code() == null ? "" : a.code();
    if (g.org() != null) {
      String org = g.org().toUpperCase(Locale.ROOT);
      return code.toUpperCase(Locale.ROOT).contains(org) || org.equals(upper(a.country()));
    }
    if (g.country() != null) {
      if (!g.country().equals(a.country())) return false;
      return !sector || g.sector() == null || g.sector().equals(a.sector());
    }
    if (g.sector() != null) return g.sector().equals(a.sector()) || code.endsWith(g.sector());
    return true;
  }

  private static String upper(String s) {
    return s == null ? "" : s.toUpperCase(Locale.ROOT);
  }

  /** Running counts over articles, for the country and the country+sector variants at once. */
  public static final class Tally {
    private int articles;
    private int produced;
    private int producedAll;
    private int withSource;
    private int bothSides;
    private int goldEvents;
    private int dated;
    private int datedRight;
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    /** Adds an article; returns its outcomes by level, country variant, for the errors file. */
    public Map<Level, Outcome> add(Input in) {
      articles++;
      producedAll += in.produced().size();
      Map<Level, Outcome> out = new LinkedHashMap<>();
      for (boolean sector : new boolean[] {false, true}) {
        for (Level level : Level.values()) {
          if (sector && level == Level.TYPE) continue; // the sector variant changes only the actors
          Outcome o = score(in, level, sector);
          int[] c = counts.computeIfAbsent(key(level, sector), k -> new int[2]);
          c[0] += o.truePositives();
          c[1] += o.found().size();
          if (!sector) out.put(level, o);
        }
      }
      Outcome type = out.get(Level.TYPE);
      produced += type.news().size();
      goldEvents += type.newsUnits().size();
      for (Event e : type.news()) {
        if (!e.source().isEmpty()) withSource++;
        if (!e.source().isEmpty() && !e.target().isEmpty()) bothSides++;
      }
      // of the events found at type level whose gold mention has a date: those dated the same
      for (int p = 0; p < type.news().size(); p++) {
        int g = type.matchedTo()[p];
        String gold = g < 0 ? null : in.gold().events().get(g).date();
        if (gold == null) continue;
        dated++;
        if (sameDate(gold, type.news().get(p).date())) datedRight++;
      }
      return out;
    }

    /**
     * The same date, or a day within the month or year the gold gives (the annotator gave "2019-10"
     * where the text names no day; the coder then gives the story's or the article's day).
     */
    static boolean sameDate(String gold, String produced) {
      if (produced == null) return false;
      if (gold.equals(produced)) return true;
      boolean period = gold.matches("\\d{4}(-\\d{2})?");
      return period && produced.matches("\\d{4}-\\d{2}-\\d{2}") && produced.startsWith(gold + "-");
    }

    private static String key(Level level, boolean sector) {
      return level.name().toLowerCase(Locale.ROOT) + "%s" + (sector ? "_sector" : "");
    }

    /**
     * {@code type_p/_r/_f1}, {@code source_...}, {@code dyad_...} (country level), the same with
     * {@code _sector} for source and dyad, then the shares of produced news events with a source
     * and with both sides, news events per article, the share of events found at type level that
     * carry their gold mention's date or a day within its month ({@code date_acc}, over those whose
     * mention has one) and the
     * counts.
     */
    public Map<String, Double> metrics() {
      Map<String, Double> m = new LinkedHashMap<>();
      for (var e : counts.entrySet()) {
        double p = EventMatch.ratio(e.getValue()[0], produced);
        double r = EventMatch.ratio(e.getValue()[1], goldEvents);
        m.put(String.format(e.getKey(), "_p"), p);
        m.put(String.format(e.getKey(), "_r"), r);
        m.put(String.format(e.getKey(), "_f1"), p + r == 0 ? 0 : 2 * p * r / (p + r));
      }
      m.put("with_source", EventMatch.ratio(withSource, produced));
      m.put("both_sides", EventMatch.ratio(bothSides, produced));
      m.put("events_per_article", EventMatch.ratio(produced, articles));
      m.put("date_acc", EventMatch.ratio(datedRight, dated));
      m.put("gold_events", (double) goldEvents);
      m.put("produced_events", (double) produced);
      m.put("produced_events_all", (double) producedAll);
      return m;
    }
  }
}
