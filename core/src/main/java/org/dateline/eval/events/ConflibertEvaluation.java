package org.dateline.eval.events;

import org.dateline.eval.Skipped;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Evaluation;
import org.dateline.model.Document;
import org.dateline.pipeline.Pipeline;

/**
 * ConfliBERT's CAMEO test sentences in five coarse classes: each sentence is coded alone and
 * its class is the class of its most confident event (see {@link EventLabels}), or "none".
 */
public final class ConflibertEvaluation implements Evaluation {
  static final String TEST = "cameo_class/test.tsv";
  // The sentences carry no dates; most are CAMEO-manual examples of the 1980s-2000s, which the
  // PLOVER GSR dates 2000-01-01, so the same date is used for the office holders they name.
  private static final LocalDate DATE = LocalDate.of(2000, 1, 1);

  @Override
  public String name() {
    return "conflibert-cameo";
  }

  @Override
  public EvalResult run(Path setDir, Pipeline pipeline, Path errors, int limit) throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<Conflibert.Labelled> items = EvalSupport.limit(Conflibert.readClasses(setDir.resolve(TEST), "test", skipped),
        limit);
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    try (EvalSupport.Errors out = new EvalSupport.Errors(errors)) {
      for (Conflibert.Labelled item : items) {
        Document doc = EvalSupport.process(pipeline, EvalSupport.article(name(), item.id(), DATE, item.text()),
            null, TEST + " (id " + item.id() + ")", skipped, out);
        if (doc == null) continue;
        String p = EventLabels.conflibertClass(doc.events());
        gold.add(item.label());
        predicted.add(p);
        if (!p.equals(item.label())) {
          ObjectNode o = EvalSupport.JSON.createObjectNode();
          o.put("id", item.id());
          o.put("text", item.text());
          o.put("gold", item.label());
          o.put("predicted", p);
          o.set("produced", EvalSupport.events(doc.events()));
          out.write(o);
        }
      }
    }
    return new EvalResult(name(), gold.size(), Classification.score(gold, predicted), skipped);
  }
}
