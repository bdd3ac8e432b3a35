package org.dateline.resolve.places;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Development measurement of place resolution on the shared geoparsing gold sets: given each
 * gold toponym span, which place does the resolver pick? Prints acc@161 km, mean error and
 * country accuracy per set. Run by hand (not part of the test suite):
 *
 * <pre>
 * mvn -q -B -o test-compile -pl core
 * java -cp core/target/classes:core/target/test-classes:$(cat cp.txt) \
 *   org.dateline.resolve.places.PlaceAccuracyRunner [../shared] [--forced]
 * </pre>
 *
 * "--forced" also counts the likeliest candidate of toponyms left unresolved for low confidence.
 * "--ner" runs the whole pipeline instead (slow: CoreNLP) and scores the places Dateline lists,
 * and all the LOCATION and COUNTRY mentions its NER found, against the gold toponyms.
 */
public final class PlaceAccuracyRunner {
  private static final String[][] SETS = {
      {"LGL", "eval/geo-lgl/lgl.xml"}, {"GeoVirus", "eval/geo-geovirus/GeoVirus.xml"},
      {"GeoWebNews", "eval/geo-geowebnews/GWN.xml"}};

  private PlaceAccuracyRunner() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared");
    boolean forced = List.of(args).contains("--forced");
    long t0 = System.nanoTime();
    Disambiguator d = new Disambiguator();
    System.out.printf(Locale.ROOT, "gazetteer: %d places, loaded in %.2f s%n", d.gazetteer().size(),
        (System.nanoTime() - t0) / 1e9);
    Countries countries = new Countries(d.gazetteer());
    for (String[] set : SETS) {
      Path file = shared.resolve(set[1]);
      if (!Files.exists(file)) {
        System.out.println(set[0] + ": skipped, " + file + " not present");
        continue;
      }
      Score score = new Score();
      if (List.of(args).contains("--ner")) {
        Score all = new Score();
        ner(set[0], GoldToponyms.read(file), score, all, countries, d);
        System.out.println(score.report(set[0] + " listed"));
        System.out.println(all.report(set[0] + " all NER"));
        continue;
      }
      for (GoldToponyms.Article a : GoldToponyms.read(file)) {
        List<Toponym> spans = new ArrayList<>();
        for (GoldToponyms.Gold g : a.toponyms()) spans.add(new Toponym(g.text(), g.start(), g.end()));
        List<Resolution> rs = d.resolve(a.text(), spans, null, Set.of());
        for (int i = 0; i < rs.size(); i++) {
          GoldToponyms.Gold g = a.toponyms().get(i);
          Resolution r = rs.get(i);
          GazetteerEntry e = forced ? r.best() : r.entry();
          score.add(e, g, countries.of(g));
          score.calibrate(r, g);
          if (System.getenv("PLACES_DEBUG") != null) debug(set[0], g, r, e);
        }
        String trace = System.getenv("PLACES_TRACE");
        if (trace != null && spans.stream().anyMatch(t -> t.text().equals(trace))) {
          System.out.println("DOC " + set[0]);
          for (int i = 0; i < rs.size(); i++) {
            Resolution r = rs.get(i);
            GoldToponyms.Gold g = a.toponyms().get(i);
            System.out.printf(Locale.ROOT, "  %-20s gold %.2f,%.2f -> %s %.2f%n", g.text(), g.lat(), g.lon(),
                r.best() == null ? "-" : r.best().name() + "/" + r.best().featureCode() + "/" + r.best().iso2() + "/"
                + r.best().admin1Code() + " " + r.best().lat() + "," + r.best().lon(), r.confidence());
          }
        }
      }
      System.out.println(score.report(set[0]));
    }
  }

  /**
   * Dateline as it runs: the pipeline finds and resolves the places itself; each gold toponym
   * is matched to the listed place whose span overlaps it (none: a miss). Countries and
   * capitals used as actors are not listed (by design), so they count as misses in "listed";
   * "all" resolves every LOCATION or COUNTRY mention the NER found, actors included.
   */
  private static void ner(String set, List<GoldToponyms.Article> articles, Score score, Score all,
                          Countries countries, Disambiguator d) {
    org.dateline.pipeline.Pipeline pipeline = new org.dateline.pipeline.Pipeline(org.dateline.nlp.NlpConfig.defaults());
    int done = 0;
    for (GoldToponyms.Article a : articles) {
      var article = new org.dateline.model.Article("a" + done, java.time.LocalDate.of(2010, 1, 1), set, null, null,
          a.text(), 0, null, java.util.Map.of(), set);
      org.dateline.model.Document doc = pipeline.process(article);
      for (GoldToponyms.Gold g : a.toponyms()) {
        org.dateline.model.Place found = null;
        for (org.dateline.model.Place p : doc.places()) {
          if (p.start() < g.end() && g.start() < p.end() && p.lat() != null) found = p;
        }
        GazetteerEntry e = found == null ? null : new GazetteerEntry(found.geonameId(), found.name(),
            found.featureClass(), "", null, found.country(), null, found.admin1(), found.lat(), found.lon(), 0);
        score.add(e, g, countries.of(g));
      }
      List<Toponym> found = new ArrayList<>();
      for (org.dateline.model.Mention m : doc.mentions()) {
        if (m.type().equals("LOCATION") || m.type().equals("COUNTRY")) found.add(new Toponym(m.text(), m.start(), m.end()));
      }
      List<Resolution> rs = d.resolve(doc.text(), found, null, Set.of());
      for (GoldToponyms.Gold g : a.toponyms()) {
        GazetteerEntry e = null;
        for (Resolution r : rs) {
          if (r.toponym().start() < g.end() && g.start() < r.toponym().end() && r.resolved()) e = r.entry();
        }
        all.add(e, g, countries.of(g));
      }
      if (++done % 50 == 0) System.err.println(set + ": " + done + " articles");
    }
  }

  private static void debug(String set, GoldToponyms.Gold g, Resolution r, GazetteerEntry e) {
    double km = e == null ? -1 : GazetteerEntry.distanceKm(g.lat(), g.lon(), e.lat(), e.lon());
    boolean all = "all".equals(System.getenv("PLACES_DEBUG"));
    if (e != null && km < 161 && !all) return;
    System.out.printf(Locale.ROOT, (e != null && km < 161 ? "HIT" : "MISS") + "\t%s\t%s\t%.2f,%.2f\t%s\t%.0f km\t%.2f\t%s%n", set, g.text(), g.lat(), g.lon(),
        r.best() == null ? "-" : r.best().name() + "/" + r.best().featureCode() + "/" + r.best().iso2()
        + "/" + r.best().lat() + "," + r.best().lon(), km,
        r.confidence(), r.feature() == null ? "" : r.feature());
  }

  /** Gold country: named in the set (LGL), else that of the nearest gazetteer city. */
  private static final class Countries {
    private final Gazetteer g;
    private final List<GazetteerEntry> cities = new ArrayList<>();

    Countries(Gazetteer g) {
      this.g = g;
    }

    String of(GoldToponyms.Gold gold) {
      if (gold.country() != null) {
        for (GazetteerEntry e : g.lookup(gold.country())) {
          if (e.isCountry()) return e.country();
        }
      }
      return nearest(gold.lat(), gold.lon());
    }

    private String nearest(double lat, double lon) {
      if (cities.isEmpty()) {
        for (GazetteerEntry e : g.entries()) {
          if (e.isCity()) cities.add(e);
        }
      }
      GazetteerEntry best = null;
      double bestKm = Double.MAX_VALUE;
      for (GazetteerEntry c : cities) {
        if (Math.abs(c.lat() - lat) > 5) continue;
        double km = GazetteerEntry.distanceKm(lat, lon, c.lat(), c.lon());
        if (km < bestKm) {
          bestKm = km;
          best = c;
        }
      }
      return best == null ? null : best.country();
    }
  }

  private static final class Score {
    int n, resolved, within, countryKnown, countryRight;
    double km;
    final int[] binN = new int[5];
    final int[] binRight = new int[5];

    void calibrate(Resolution r, GoldToponyms.Gold g) {
      if (r.best() == null) return;
      int b = Math.min(4, (int) (r.confidence() * 5));
      binN[b]++;
      if (GazetteerEntry.distanceKm(g.lat(), g.lon(), r.best().lat(), r.best().lon()) <= 161) binRight[b]++;
    }

    void add(GazetteerEntry e, GoldToponyms.Gold g, String goldCountry) {
      n++;
      if (goldCountry != null) countryKnown++;
      if (e == null) return;
      resolved++;
      double d = GazetteerEntry.distanceKm(g.lat(), g.lon(), e.lat(), e.lon());
      km += d;
      if (d <= 161) within++;
      if (goldCountry != null && goldCountry.equals(e.country())) countryRight++;
    }

    String report(String set) {
      return String.format(Locale.ROOT,
          "%-10s toponyms %5d  resolved %5.1f%%  acc@161 %5.1f%%  mean error %6.0f km  country %5.1f%%",
          set, n, 100.0 * resolved / n, 100.0 * within / n, resolved == 0 ? 0 : km / resolved,
          100.0 * countryRight / Math.max(1, countryKnown)) + calibration();
    }

    /** How often the likeliest candidate is right, by its confidence: 0-0.2, ..., 0.8-1. */
    private String calibration() {
      StringBuilder sb = new StringBuilder("\n           right by confidence:");
      for (int b = 0; b < 5; b++) {
        sb.append(String.format(Locale.ROOT, "  %.1f+ %d/%d", b / 5.0, binRight[b], binN[b]));
      }
      return sb.toString();
    }
  }
}
