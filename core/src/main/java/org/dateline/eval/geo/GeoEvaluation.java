package org.dateline.eval.geo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Skipped;
import org.dateline.eval.Evaluation;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Place;
import org.dateline.pipeline.Pipeline;
import org.dateline.resolve.Knowledge;

/**
 * Geoparsing: runs Dateline on each gold article and compares its places (doc.places()) with the
 * gold toponyms by {@link GeoScorer}'s conventions; the "_locations" figures count only the places
 * named as places (doc.locations(): no actors or demonyms). Gold countries are names ("United States");
 * they are turned into ISO alpha-3 codes, as Dateline's places carry, by Dateline's own country
 * list; a name it does not know leaves that toponym out of country accuracy (counted in the
 * errors file).
 */
public final class GeoEvaluation implements Evaluation {
  /** Reads a set's documents from its folder. */
  @FunctionalInterface
  public interface Reader {
    List<GeoDocument> read(Path setDir, int limit, List<Skipped> skipped) throws IOException;
  }

  private final String name;
  private final Reader reader;

  public GeoEvaluation(String name, Reader reader) {
    this.name = name;
    this.reader = reader;
  }

  public static GeoEvaluation lgl() { return new GeoEvaluation("geo-lgl", LglReader::read); }
  public static GeoEvaluation geoVirus() { return new GeoEvaluation("geo-geovirus", GeoVirusReader::read); }
  public static GeoEvaluation geoWebNews() { return new GeoEvaluation("geo-geowebnews", GeoWebNewsReader::read); }

  @Override public String name() { return name; }

  @Override
  public EvalResult run(Path setDir, Pipeline pipeline, Path errors, int limit) throws IOException {
    return run(setDir, pipeline::process, GeoEvaluation::iso3, errors, limit);
  }

  static String iso3(String countryName) {
    Knowledge.Country c = Knowledge.get().countryByName(countryName);
    return c == null ? null : c.iso3();
  }

  /** The run with any article-to-document function and country-name-to-code mapping. */
  public EvalResult run(Path setDir, Function<Article, Document> process, UnaryOperator<String> countryCode,
                        Path errors, int limit) throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<GeoDocument> docs = reader.read(setDir, limit, skipped);
    int scored = 0;
    GeoScorer.Counts counts = new GeoScorer.Counts();
    // The same over the places named as places alone (no actors or demonyms), as before those
    // were listed, so that figures stay comparable across versions.
    GeoScorer.Counts located = new GeoScorer.Counts();
    Map<String, Integer> unknownCountries = new TreeMap<>();
    try (Writer w = open(errors)) {
      for (GeoDocument doc : docs) {
        List<GoldToponym> gold = mapCountries(doc.toponyms(), countryCode, unknownCountries);
        Article a = new Article(doc.id(), doc.date(), null, doc.title(), doc.url(), doc.text(), 0, null, Map.of(),
            doc.id());
        Document d;
        try {
          d = process.apply(a);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          skipped.add(Skipped.of(doc.id(), e)); // one article that cannot be analysed costs only itself
          continue;
        }
        scored++;
        List<Place> places = d.places();
        List<GeoScorer.Outcome> outcomes = GeoScorer.align(gold, places);
        counts.add(outcomes, places.size());
        List<Place> locations = d.locations();
        located.add(GeoScorer.align(gold, locations), locations.size());
        GeoErrors.write(w, doc, outcomes, places);
      }
      for (Map.Entry<String, Integer> e : unknownCountries.entrySet()) {
        GeoErrors.unknownCountry(w, e.getKey(), e.getValue());
      }
    }
    Map<String, Double> metrics = counts.metrics();
    Map<String, Double> strict = located.metrics();
    for (String k : List.of("acc161", "recall", "precision")) metrics.put(k + "_locations", strict.get(k));
    return new EvalResult(name, scored, metrics, skipped);
  }

  private static List<GoldToponym> mapCountries(List<GoldToponym> gold, UnaryOperator<String> code,
                                                Map<String, Integer> unknown) {
    List<GoldToponym> out = new ArrayList<>(gold.size());
    for (GoldToponym g : gold) {
      if (g.country() == null) {
        out.add(g);
        continue;
      }
      String c = code.apply(g.country());
      if (c == null) unknown.merge(g.country(), 1, Integer::sum);
      out.add(g.withCountry(c));
    }
    return out;
  }

  private static Writer open(Path errors) throws IOException {
    if (errors == null) return Writer.nullWriter();
    if (errors.getParent() != null) Files.createDirectories(errors.getParent());
    return Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
  }
}
