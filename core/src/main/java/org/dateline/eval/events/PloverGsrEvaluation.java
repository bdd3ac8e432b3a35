package org.dateline.eval.events;

import org.dateline.eval.Skipped;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Evaluation;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.pipeline.Pipeline;

/**
 * PLOVER gold-standard records (CAMEO-manual examples recoded in PLOVER): each sentence is coded
 * as an article of its own and its events are matched to the gold by {@link EventMatch}.
 */
public final class PloverGsrEvaluation implements Evaluation {
  // Every record is dated 2000-01-01 (see the set's readme); this is used only if one is not.
  private static final LocalDate FALLBACK_DATE = LocalDate.of(2000, 1, 1);

  @Override
  public String name() {
    return "plover-gsr-cameo";
  }

  @Override
  public EvalResult run(Path setDir, Pipeline pipeline, Path errors, int limit) throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<List<PloverGsr.Item>> sentences = EvalSupport.limit(
        bySentence(PloverGsr.read(setDir.resolve(PloverGsr.FILE), skipped)), limit);
    int scored = 0;
    EventMatch.Tally tally = new EventMatch.Tally();
    EventMatch.Tally all = new EventMatch.Tally();
    try (EvalSupport.Errors out = new EvalSupport.Errors(errors)) {
      for (List<PloverGsr.Item> records : sentences) {
        PloverGsr.Item first = records.get(0);
        LocalDate date = first.date() != null ? first.date() : FALLBACK_DATE;
        Document doc = EvalSupport.process(pipeline, EvalSupport.article(name(), first.id(), date, first.text()),
            null, PloverGsr.FILE + " (id " + first.id() + ")", skipped, out);
        if (doc == null) continue;
        scored++;
        List<GoldEvent> gold = records.stream().map(PloverGsr.Item::event).toList();
        // the gold annotates what each sentence reports; events told in passing are scored apart
        EventMatch.Sentence s = new EventMatch.Sentence(first.id(), gold,
            doc.events().stream().filter(Event::isNews).toList());
        tally.add(s);
        all.add(new EventMatch.Sentence(first.id(), gold, doc.events()));
        if (!EventMatch.perfect(s)) out.write(error(records, doc.events()));
      }
    }
    Map<String, Double> metrics = tally.metrics();
    Map<String, Double> withAll = all.metrics();
    for (String k : List.of("type_f1", "dyad_f1", "produced_events")) metrics.put(k + "_all", withAll.get(k));
    return new EvalResult(name(), scored, metrics, skipped);
  }

  /**
   * Records grouped by sentence text: the file gives a second event of a sentence as a second
   * record with the same text, and scoring is per sentence.
   */
  static List<List<PloverGsr.Item>> bySentence(List<PloverGsr.Item> items) {
    Map<String, List<PloverGsr.Item>> m = new LinkedHashMap<>();
    for (PloverGsr.Item i : items) m.computeIfAbsent(i.text(), k -> new ArrayList<>()).add(i);
    return new ArrayList<>(m.values());
  }

  private static ObjectNode error(List<PloverGsr.Item> records, List<Event> produced) {
    ObjectNode o = EvalSupport.JSON.createObjectNode();
    o.put("id", records.get(0).id());
    o.put("text", records.get(0).text());
    ArrayNode gold = o.putArray("gold");
    for (PloverGsr.Item r : records) {
      ObjectNode g = gold.addObject();
      g.put("id", r.id());
      g.put("plover", r.event().plover());
      g.put("as_given", r.rawType());
      if (r.cameo() != null) g.put("cameo", r.cameo());
      g.set("source", EvalSupport.goldActors(r.event().source()));
      g.set("target", EvalSupport.goldActors(r.event().target()));
    }
    o.set("produced", EvalSupport.events(produced));
    return o;
  }
}
