package org.dateline.eval.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Skipped;
import org.dateline.coding.petrarch.PetrarchConfig;
import org.dateline.eval.Evaluation;
import org.dateline.eval.events.PetrarchUnitTest.Coding;
import org.dateline.model.Document;
import org.dateline.pipeline.Pipeline;

/**
 * PETRARCH's unit-test records run through the normal pipeline. Their actors are fictional
 * countries ("Arnor", "Gondor") known only to the bundled PETR.Validate dictionaries (given with
 * {@code --dict}); without them the event codes alone ({@code codes_matched}) say the most. Each
 * record is coded with the PETRARCH options the file sets before it.
 */
public final class PetrarchEvaluation implements Evaluation {
  // Most records are dated 1995-01-01; this is used only for a record without a date.
  private static final LocalDate FALLBACK_DATE = LocalDate.of(1995, 1, 1);

  @Override
  public String name() {
    return "petrarch-unittest";
  }

  @Override
  public EvalResult run(Path setDir, Pipeline pipeline, Path errors, int limit) throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<PetrarchUnitTest.Item> items = EvalSupport.limit(
        PetrarchUnitTest.read(setDir.resolve(PetrarchUnitTest.FILE), skipped), limit);
    List<PetrarchScore.Result> results = new ArrayList<>();
    try (EvalSupport.Errors out = new EvalSupport.Errors(errors)) {
      for (PetrarchUnitTest.Item item : items) {
        LocalDate date = item.date() != null ? item.date() : FALLBACK_DATE;
        // The record's own options (require_dyad, comma_*), as PETRARCH's run of the file would set them.
        Document doc = EvalSupport.process(pipeline, EvalSupport.article(name(), item.id(), date, item.text()),
            PetrarchConfig.of(item.options()), PetrarchUnitTest.FILE + " (id " + item.id() + ")", skipped, out);
        if (doc == null) continue;
        PetrarchScore.Result r = new PetrarchScore.Result(item, PetrarchScore.codings(doc.events()));
        results.add(r);
        if (!PetrarchScore.passes(r)) out.write(error(r));
      }
      out.write(summary(PetrarchScore.byCategory(results)));
    }
    return new EvalResult(name(), results.size(), PetrarchScore.score(results), skipped);
  }

  private static ObjectNode error(PetrarchScore.Result r) {
    ObjectNode o = EvalSupport.JSON.createObjectNode();
    o.put("id", r.item().id());
    o.put("category", r.item().category());
    o.put("text", r.item().text());
    if (r.item().error() != null) o.put("expected_error", r.item().error());
    o.set("expected", codings(r.item().codings()));
    o.set("produced", codings(r.produced()));
    return o;
  }

  private static ArrayNode codings(List<Coding> codings) {
    ArrayNode out = EvalSupport.JSON.createArrayNode();
    for (Coding c : codings) out.add(c.source() + " " + c.target() + " " + c.cameo());
    return out;
  }

  /** The last line: failed of total records per category, so failing categories show at a glance. */
  private static ObjectNode summary(Map<String, int[]> byCategory) {
    ObjectNode o = EvalSupport.JSON.createObjectNode();
    ObjectNode failed = o.putObject("failed_by_category");
    byCategory.forEach((cat, c) -> failed.put(cat, c[0] + "/" + c[1]));
    return o;
  }
}
