package org.dateline.eval.events;

import org.dateline.eval.Skipped;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Evaluation;
import org.dateline.eval.events.ArticleEventScore.Level;
import org.dateline.eval.events.ArticleEventScore.Outcome;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.output.ArticleJson;
import org.dateline.pipeline.Pipeline;

/**
 * wikinews-events-2019: real news articles, each coded whole with its own date and title exactly as
 * {@code dateline code} reads the set's JSON Lines, and scored against every annotated event by
 * {@link ArticleEventScore}. The coded records are written beside the errors file
 * ({@code SET.records.jsonl}) so the set's reference scorer can be run on the same output.
 */
public final class WikinewsEvaluation implements Evaluation {
  static final String ARTICLES = "articles.jsonl";
  static final String GOLD = "gold";

  @Override
  public String name() {
    return "wikinews-events-2019";
  }

  /** Where the coded records of a run go: beside the errors file. */
  public static Path recordsFile(Path errors) {
    String name = errors.getFileName().toString().replaceFirst("\\.errors\\.jsonl$", "");
    return errors.resolveSibling(name + ".records.jsonl");
  }

  @Override
  public EvalResult run(Path setDir, Pipeline pipeline, Path errors, int limit) throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<WikinewsGold.Article> gold = EvalSupport.limit(WikinewsGold.readDir(setDir.resolve(GOLD), skipped), limit);
    Map<String, Article> articles = articles(setDir.resolve(ARTICLES));
    ArticleEventScore.Tally tally = new ArticleEventScore.Tally();
    int failed = 0;
    try (EvalSupport.Errors out = new EvalSupport.Errors(errors);
         BufferedWriter records = Files.newBufferedWriter(recordsFile(errors), StandardCharsets.UTF_8)) {
      for (WikinewsGold.Article g : gold) {
        Article a = articles.get(g.id());
        if (a == null) {
          failed++;
          skipped.add(Skipped.of(g.id(), "gold article is not in " + ARTICLES));
          continue;
        }
        Document doc = EvalSupport.process(pipeline, a, null, a.origin() + " (" + g.id() + ")", skipped, out);
        if (doc == null) {
          failed++;
          continue;
        }
        records.write(ArticleJson.line(doc));
        records.write('\n');
        // as the record has them: a code of the user's own scheme goes under otherEvents, not scored
        List<Event> produced = doc.events().stream().filter(ArticleJson::withinContract).toList();
        ArticleEventScore.Input in = new ArticleEventScore.Input(doc.text(), g, produced);
        writeErrors(out, doc, g, tally.add(in));
      }
    }
    Map<String, Double> metrics = tally.metrics();
    if (failed > 0) metrics.put("failed_articles", (double) failed);
    return new EvalResult(name(), gold.size() - failed, metrics, skipped);
  }

  /** The set's articles by id, read as `dateline code` reads them; a bad line is named and left out. */
  static Map<String, Article> articles(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new IOException(file + " is not there");
    Map<String, Article> out = new HashMap<>();
    Ingest ingest = new Ingest(IngestOptions.defaults());
    ingest.read(new Ingest.Source(file.toString(), file), item -> {
      if (item instanceof IngestItem.Ok ok) out.put(ok.article().id(), ok.article());
      else if (item instanceof IngestItem.Failed f) System.err.println("dateline: " + f.message());
    });
    return out;
  }

  /**
   * One line per wrong produced event and per missed gold event, at the dyad level (country), each
   * with the article id, the sentence, gold and produced codes and actors, and the loosest level
   * at which it did match ("type", "source") or null.
   */
  private static void writeErrors(EvalSupport.Errors out, Document doc, WikinewsGold.Article g,
                                  Map<Level, Outcome> byLevel) throws IOException {
    Outcome dyad = byLevel.get(Level.DYAD);
    for (int p = 0; p < dyad.news().size(); p++) {
      if (dyad.matchedTo()[p] >= 0) continue;
      Event e = dyad.news().get(p);
      ObjectNode o = EvalSupport.JSON.createObjectNode();
      o.put("id", g.id());
      o.put("kind", dyad.fitsNonNews()[p] ? "wrong: not news in gold" : "wrong");
      o.put("reached", reached(byLevel, p));
      o.put("sentence", sentence(doc, e));
      o.set("produced", produced(List.of(e)).get(0));
      ArrayNode there = o.putArray("gold");
      int start = e.evidence() == null ? -1 : e.evidence().start();
      for (int i = 0; i < g.events().size(); i++) {
        int[] s = dyad.spans()[i];
        if (s != null && start >= s[0] && start < s[1]) there.add(gold(g.events().get(i)));
      }
      out.write(o);
    }
    for (String unit : dyad.newsUnits()) {
      if (dyad.found().contains(unit)) continue;
      int first = firstNewsMention(g, dyad, unit);
      WikinewsGold.Mention m = g.events().get(first);
      ObjectNode o = EvalSupport.JSON.createObjectNode();
      o.put("id", g.id());
      o.put("kind", "missed");
      o.put("reached", byLevel.get(Level.SOURCE).found().contains(unit) ? "source"
          : byLevel.get(Level.TYPE).found().contains(unit) ? "type" : null);
      o.put("sentence", m.sentence());
      o.put("in_text", dyad.spans()[first] != null);
      o.set("gold", gold(m));
      List<Event> near = new ArrayList<>();
      for (int i = 0; i < g.events().size(); i++) {
        int[] s = dyad.spans()[i];
        if (!dyad.units()[i].equals(unit) || s == null) continue;
        for (Event e : dyad.news()) {
          if (e.evidence() != null && e.evidence().start() >= s[0] && e.evidence().start() < s[1] && !near.contains(e)) {
            near.add(e);
          }
        }
      }
      o.set("produced", produced(near));
      out.write(o);
    }
  }

  /** The events as the other sets' errors files give them, the actors with their code where it tells more. */
  private static ArrayNode produced(List<Event> events) {
    ArrayNode out = EvalSupport.events(events);
    for (int i = 0; i < events.size(); i++) {
      ObjectNode o = (ObjectNode) out.get(i);
      o.set("source", actors(events.get(i).source()));
      o.set("target", actors(events.get(i).target()));
      o.put("start", events.get(i).evidence() == null ? null : events.get(i).evidence().start());
    }
    return out;
  }

  /** "USA-GOV (NASA)", "?-IGO NATO (the alliance)": country and sector as scored, then a code that adds to them. */
  static ArrayNode actors(List<Actor> actors) {
    ArrayNode out = EvalSupport.JSON.createArrayNode();
    for (Actor a : actors) {
      String cs = (a.country() == null ? "" : a.country()) + (a.sector() == null ? "" : a.sector());
      String who = (a.country() == null ? "?" : a.country()) + (a.sector() == null ? "" : "-" + a.sector());
      boolean codeTells = a.code() != null && !a.code().equals(cs);
      out.add(who + (codeTells ? " " + a.code() : "") + " (" + a.text() + ")");
    }
    return out;
  }

  private static String reached(Map<Level, Outcome> byLevel, int p) {
    if (byLevel.get(Level.SOURCE).matchedTo()[p] >= 0) return "source";
    return byLevel.get(Level.TYPE).matchedTo()[p] >= 0 ? "type" : null;
  }

  private static int firstNewsMention(WikinewsGold.Article g, Outcome o, String unit) {
    for (int i = 0; i < g.events().size(); i++) {
      if (o.units()[i].equals(unit) && g.events().get(i).isNews()) return i;
    }
    throw new IllegalStateException("no news mention of " + unit);
  }

  private static String sentence(Document doc, Event e) {
    if (e.evidence() == null) return null;
    int i = e.evidence().sentence();
    return i >= 0 && i < doc.sentences().size() ? doc.sentences().get(i).text() : e.evidence().text();
  }

  private static ObjectNode gold(WikinewsGold.Mention m) {
    ObjectNode o = EvalSupport.JSON.createObjectNode();
    o.put("key", m.key());
    o.put("cameo", m.cameo());
    o.put("status", m.status());
    o.put("trigger", m.trigger());
    if (m.mutual()) o.put("mutual", true);
    o.set("source", parties(m.source()));
    o.set("target", parties(m.target()));
    return o;
  }

  private static ArrayNode parties(List<WikinewsGold.Party> parties) {
    ArrayNode out = EvalSupport.JSON.createArrayNode();
    for (WikinewsGold.Party p : parties) out.add(p.label() + " (" + p.text() + ")");
    return out;
  }
}
