package org.dateline.eval.events;

import org.dateline.eval.Skipped;
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
 * CASE 2021 task 2 snippets. Its 30 ACLED-like types are finer than CAMEO roots in some places
 * and coarser in others, so each type is read as one CAMEO root and one PLOVER type
 * (dateline/eval/case2021-types.tsv) and Dateline's most confident event of the snippet is
 * compared at both levels: {@code accuracy}/{@code macro_f1} on the CAMEO root, and
 * {@code plover_accuracy}/{@code plover_macro_f1} on the PLOVER type. A root is used rather than
 * QuadClass because nearly all types are material conflict, where QuadClass would tell nothing.
 */
public final class Case2021Evaluation implements Evaluation {
  // Snippets carry no dates; the newest are of spring 2021, when the shared task ran, so that
  // office holders named in them ("President Biden") resolve as in office.
  private static final LocalDate DATE = LocalDate.of(2021, 4, 30);

  @Override
  public String name() {
    return "case2021-task2-finegrained";
  }

  @Override
  public EvalResult run(Path setDir, Pipeline pipeline, Path errors, int limit) throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<Case2021.Snippet> items = EvalSupport.limit(Case2021.read(setDir.resolve(Case2021.FILE), skipped), limit);
    int unreadable = skipped.size();
    Labels roots = new Labels();
    Labels plovers = new Labels();
    try (EvalSupport.Errors out = new EvalSupport.Errors(errors)) {
      for (Case2021.Snippet s : items) {
        Case2021.TypeMapping type = Case2021.mapping(s.type());
        Document doc = EvalSupport.process(pipeline, EvalSupport.article(name(), s.id(), DATE, s.text()),
            null, Case2021.FILE + " (id " + s.id() + ")", skipped, out);
        if (doc == null) continue;
        String root = EventLabels.root(doc.events());
        String plover = EventLabels.plover(doc.events());
        boolean rootOk = roots.add(type == null ? null : type.cameoRoot(), root);
        boolean ploverOk = plovers.add(type == null ? null : type.plover(), plover);
        if (!rootOk || !ploverOk) out.write(error(s, type, root, plover, doc.events()));
      }
    }
    Map<String, Double> m = new LinkedHashMap<>();
    Map<String, Double> r = Classification.score(roots.gold, roots.predicted);
    Map<String, Double> p = Classification.score(plovers.gold, plovers.predicted);
    m.put("accuracy", r.get("accuracy"));
    m.put("macro_f1", r.get("macro_f1"));
    m.put("plover_accuracy", p.get("accuracy"));
    m.put("plover_macro_f1", p.get("macro_f1"));
    m.put("scored", (double) roots.gold.size());
    m.put("skipped", (double) (items.size() - roots.gold.size()));
    return new EvalResult(name(), items.size() - (skipped.size() - unreadable), m, skipped);
  }

  /** Gold and predicted labels of the snippets whose type has a reading at one level. */
  private static final class Labels {
    final List<String> gold = new ArrayList<>();
    final List<String> predicted = new ArrayList<>();

    /** Adds a pair unless the gold has no reading here; true when right or not scored. */
    boolean add(String goldLabel, String predictedLabel) {
      if (goldLabel == null || goldLabel.isEmpty() || goldLabel.equals(Case2021.SKIP)) return true;
      gold.add(goldLabel);
      predicted.add(predictedLabel);
      return goldLabel.equals(predictedLabel);
    }
  }

  private static ObjectNode error(Case2021.Snippet s, Case2021.TypeMapping type, String root, String plover,
                                  List<Event> events) {
    ObjectNode o = EvalSupport.JSON.createObjectNode();
    o.put("id", s.id());
    o.put("text", s.text());
    o.put("gold_type", s.type());
    o.put("gold_root", type == null ? null : type.cameoRoot());
    o.put("gold_plover", type == null ? null : type.plover());
    o.put("predicted_root", root);
    o.put("predicted_plover", plover);
    o.set("produced", EvalSupport.events(events));
    return o;
  }
}
