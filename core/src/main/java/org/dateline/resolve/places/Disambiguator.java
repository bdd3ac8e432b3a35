package org.dateline.resolve.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks one gazetteer place for each toponym of a document. Each candidate gets a prior score
 * from {@link Scorer}; then, over a few rounds, the document's names inform one another through
 * {@link Support}, each with the probabilities of its candidates in the round before, so that
 * "Paris" next to "Texas" is Paris, Texas and "Georgia" among Gainesville and Hall County is
 * the state. Names the gazetteer does not list are located, where their form allows, by a
 * place named inside them ({@link NamedInside}) or at the town the document is about
 * ({@link Localities}), and marked as local features.
 */
public final class Disambiguator {
  /** Below this share of the candidates' weight a toponym is left unresolved rather than guessed. */
  public static final double MIN_CONFIDENCE = 0.4;
  // The score of "some place not in the gazetteer, or not a place": about a town of 5,000 that
  // nothing else in the text supports. A lone small candidate has to beat it to be taken.
  private static final double UNLISTED = 3.7;
  // Rounds of letting the names of a document inform one another.
  private static final int ROUNDS = 3;
  private static final int MAX_CANDIDATES = 60;
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
      "northwestern", "southeastern", "southwestern", "upstate", "downstate", "downtown", "greater", "rural");
  private static final Set<String> KIND_WORDS = Set.of("state", "province", "city", "region");
  private static final long CITY_WITH_QUARTERS = 100_000;
  private static final double PART_DISCOUNT = 0.8;

  private final Gazetteer gazetteer;
  private final TextCues textCues;
  private final LocalFeatures features = LocalFeatures.get();
  private final NamedInside inside;

  public Disambiguator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.textCues = new TextCues(gazetteer);
    this.inside = new NamedInside(gazetteer, features);
  }

  public Disambiguator() {
    this(Gazetteer.get());
  }

  public Gazetteer gazetteer() { return gazetteer; }

  /** "North", "Central", "Upstate": a direction or part word, no place by itself. */
  public static boolean isDirection(String word) {
    return DIRECTIONS.contains(Gazetteer.key(word));
  }

  /** The kind of local feature a name's form says it is ("street", "facility"), or null. */
  public String featureKind(String name) {
    LocalFeatures.Kind k = features.kind(name);
    return k == null ? null : k.label();
  }

  /**
   * @param text      the document text the toponyms' offsets point into
   * @param dateline  the dateline's place as written ("BUSAN, South Korea"), or null
   * @param countries countries the document names by other words (nationalities), ISO alpha-2 or -3
   */
  public List<Resolution> resolve(String text, List<Toponym> toponyms, String dateline, Collection<String> countries) {
    int n = toponyms.size();
    List<Lookup> lookups = new ArrayList<>(n);
    for (Toponym t : toponyms) lookups.add(lookup(text, t));
    String[] keys = new String[n];
    List<List<GazetteerEntry>> cands = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keys[i] = lookups.get(i).key();
      cands.add(lookups.get(i).candidates());
    }
    Support known = new Support();
    for (String c : countries) {
      GazetteerEntry e = gazetteer.country(c);
      if (e != null) known.addCertain("\u0000country " + e.iso2(), e);
    }
    Resolution place = dateline(dateline);
    if (place != null && place.resolved()) known.addCertain("\u0000dateline", place.entry());

    double[][] score = new double[n][];
    for (int i = 0; i < n; i++) score[i] = lookups.get(i).prior();
    for (int round = 0; round < ROUNDS; round++) {
      Support support = sources(known, keys, cands, score);
      score = new double[n][];
      for (int i = 0; i < n; i++) {
        score[i] = lookups.get(i).prior().clone();
        for (int k = 0; k < score[i].length; k++) score[i][k] += support.score(cands.get(i).get(k), keys[i]);
      }
    }
    List<Resolution> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(resolution(toponyms.get(i), lookups.get(i), score[i]));
    return locate(out, lookups, place);
  }

  /** Puts the local features the gazetteer does not list at the towns that hold them. */
  private static List<Resolution> locate(List<Resolution> out, List<Lookup> lookups, Resolution dateline) {
    List<LocalFeatures.Kind> kinds = new ArrayList<>(lookups.size());
    List<Boolean> parts = new ArrayList<>(lookups.size());
    for (Lookup l : lookups) {
      kinds.add(l.kind());
      parts.add(l.part());
    }
    return Localities.locate(out, kinds, parts, dateline == null ? null : dateline.entry());
  }

  /**
   * How a toponym is looked up: by its own words, or, when the gazetteer does not know them and
   * they do not name a street or a natural feature, by a place named inside them.
   *
   * @param kind the local feature its form names, when the gazetteer does not know the words
   * @param part whether the candidates are those of a place named inside the words
   */
  private record Lookup(String key, List<GazetteerEntry> candidates, double[] prior, LocalFeatures.Kind kind,
                        boolean part) {}

  private Lookup lookup(String text, Toponym t) {
    Cues c = cues(text, t);
    String name = t.text();
    List<GazetteerEntry> list = candidates(name, c);
    LocalFeatures.Kind kind = list.isEmpty() ? features.kind(name) : null;
    boolean part = false;
    if (list.isEmpty() && (kind == null || kind.locatedByItsName())) {
      if (kind == null) kind = LocalFeatures.Kind.OTHER;
      String inner = inside.find(name, kind);
      if (inner != null) {
        name = inner;
        list = filter(Gazetteer.key(inner), inside.candidates(inner, kind), c);
        part = true;
      } else if (kind == LocalFeatures.Kind.OTHER) {
        kind = null;
      }
    }
    String key = Gazetteer.key(TextCues.stripPossessive(name));
    double[] prior = new double[list.size()];
    for (int k = 0; k < list.size(); k++) prior[k] = Scorer.prior(list.get(k), list, c, key);
    return new Lookup(key, list, prior, kind, part);
  }

  /**
   * Each distinct name of the document as a source of support, with its candidates'
   * probabilities under the scores so far (the surest of its mentions speaks for it).
   */
  private static Support sources(Support known, String[] keys, List<List<GazetteerEntry>> cands, double[][] score) {
    Map<String, Integer> surest = new HashMap<>();
    Map<String, double[]> probabilities = new HashMap<>();
    for (int i = 0; i < keys.length; i++) {
      if (cands.get(i).isEmpty()) continue;
      double[] p = probabilities(score[i]);
      double top = max(p);
      Integer seen = surest.get(keys[i]);
      if (seen == null || max(probabilities.get(keys[i])) < top) {
        surest.put(keys[i], i);
        probabilities.put(keys[i], p);
      }
    }
    Support s = known.copy();
    for (Map.Entry<String, Integer> e : surest.entrySet()) {
      s.add(e.getKey(), cands.get(e.getValue()), probabilities.get(e.getKey()));
    }
    return s;
  }

  private static double max(double[] p) {
    double m = 0;
    for (double x : p) m = Math.max(m, x);
    return m;
  }

  /**
   * Candidates' shares of the weight, on a log scale of scores. An unlisted place (not in the
   * gazetteer, or no place at all) takes a share too, so that one small candidate alone is not
   * certain just for being alone.
   */
  static double[] probabilities(double[] score) {
    double top = UNLISTED;
    for (double x : score) top = Math.max(top, x);
    double sum = Math.exp(UNLISTED - top);
    double[] p = new double[score.length];
    for (int k = 0; k < score.length; k++) {
      p[k] = Math.exp(score[k] - top);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) p[k] /= sum;
    return p;
  }

  private static Resolution resolution(Toponym t, List<GazetteerEntry> cands, double[] score) {
    if (cands.isEmpty()) return new Resolution(t, null, null, 0);
    double[] p = probabilities(score);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) best = k;
    }
    GazetteerEntry e = cands.get(best);
    return new Resolution(t, p[best] >= MIN_CONFIDENCE ? e : null, e, p[best]);
  }

  /**
   * A place named inside a feature's name holds it only most of the time ("Colchester General
   * Hospital" is in Colchester, "Russian Embassy" mostly not in Russia): its share is discounted.
   */
  private static Resolution resolution(Toponym t, Lookup l, double[] score) {
    Resolution r = resolution(t, l.candidates(), score);
    if (!l.part() || !r.resolved()) return r;
    return new Resolution(t, r.entry(), r.best(), r.confidence() * PART_DISCOUNT, l.kind().label());
  }

  /** The dateline's place, resolved on its own words: "SEOUL", "BUSAN, South Korea". */
  public Resolution dateline(String dateline) {
    if (dateline == null || dateline.isBlank()) return null;
    String name = dateline.strip();
    int comma = name.indexOf(',');
    Toponym t = new Toponym(comma > 0 ? name.substring(0, comma) : name, 0, comma > 0 ? comma : name.length());
    Cues c = textCues.cues(name, t);
    List<GazetteerEntry> list = candidates(t.text(), c);
    double[] score = new double[list.size()];
    String key = Gazetteer.key(t.text());
    for (int k = 0; k < score.length; k++) score[k] = Scorer.prior(list.get(k), list, c, key);
    return resolution(t, list, score);
  }

  private Cues cues(String text, Toponym t) {
    // A span that holds its own qualifier ("Paris, Texas") is read on its own words.
    int comma = t.text().indexOf(',');
    if (comma > 0) return textCues.cues(t.text(), new Toponym(t.text().substring(0, comma), 0, comma));
    return textCues.cues(text, t);
  }

  /** Places the words may name, trying plainer forms when the words as written name none. */
  List<GazetteerEntry> candidates(String text, Cues cues) {
    String name = TextCues.stripPossessive(text.strip());
    int comma = name.indexOf(',');
    if (comma > 0) name = name.substring(0, comma);
    // "the West", "the South": a direction alone is a political or cultural idea, not a place.
    if (DIRECTIONS.contains(Gazetteer.key(name))) return List.of();
    List<GazetteerEntry> found = new ArrayList<>(gazetteer.lookup(name));
    // "Canadian" is Canada before it is Canadian, Texas; "Russians" is Russia.
    if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
      List<GazetteerEntry> adjective = gazetteer.byAdjective(name);
      if (adjective.isEmpty() && name.endsWith("s")) adjective = gazetteer.byAdjective(name.substring(0, name.length() - 1));
      found.addAll(0, adjective);
    }
    if (found.isEmpty()) found = new ArrayList<>(plainer(name));
    // "Pa.", "Ill.": written with its full stop, a state's abbreviation is no ordinary word.
    if (found.isEmpty() && name.length() > 2 && name.endsWith(".")) found = new ArrayList<>(gazetteer.qualifier(name));
    // "Ind." or "Pa." after "Indianapolis, ": where a name qualifies a place, the states and
    // countries its abbreviations stand for are candidates too.
    if (!cues.qualified().isEmpty()) {
      for (GazetteerEntry e : gazetteer.qualifier(name)) {
        if (!found.contains(e)) found.add(e);
      }
    }
    return filter(Gazetteer.key(name), found, cues);
  }

  /** "northern Nigeria" is Nigeria, "Washington state" Washington, "Republic of Armenia" Armenia. */
  private List<GazetteerEntry> plainer(String name) {
    String[] words = name.split("\\s+");
    if (words.length < 2) return List.of();
    String first = words[0].toLowerCase();
    String last = words[words.length - 1].toLowerCase();
    if (DIRECTIONS.contains(first)) {
      // A part of a continent is not the continent: "North Africa" is not near Africa's middle.
      // Nor is a part of a village named so: "West Wing" and "South Side" are no quarters of
      // Wing or Side; a city has quarters news names so ("East London", "downtown Chicago").
      List<GazetteerEntry> out = new ArrayList<>();
      for (GazetteerEntry e : gazetteer.lookup(name.substring(words[0].length()).strip())) {
        if (!e.isRegion() && (!e.isCity() || e.population() >= CITY_WITH_QUARTERS)) out.add(e);
      }
      return out;
    }
    if (KIND_WORDS.contains(last)) return gazetteer.lookup(name.substring(0, name.length() - last.length()).strip());
    for (String prefix : new String[] {"Republic of ", "Kingdom of ", "State of ", "Commonwealth of "}) {
      if (name.startsWith(prefix)) return gazetteer.lookup(name.substring(prefix.length()));
    }
    return List.of();
  }

  private static List<GazetteerEntry> filter(String key, List<GazetteerEntry> found, Cues cues) {
    List<GazetteerEntry> out = new ArrayList<>(Math.min(found.size(), MAX_CANDIDATES));
    for (GazetteerEntry e : found) {
      if (out.size() == MAX_CANDIDATES) break;
      // Dateline's rule: "Washington" is the capital, never the state, unless the words say state
      // ("Washington state", "Spokane, Washington").
      if (key.equals("washington") && e.isAdmin1() && !cues.state() && cues.qualified().isEmpty()) continue;
      out.add(e);
    }
    return out;
  }
}
