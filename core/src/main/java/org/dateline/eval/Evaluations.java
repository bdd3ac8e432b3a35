package org.dateline.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of evaluations by set name; a set of a known format placed later joins by name. */
public final class Evaluations {
  private Evaluations() {}

  /** All known evaluations, in the order `dateline eval all` runs them. */
  public static Map<String, Evaluation> all() {
    Map<String, Evaluation> m = new LinkedHashMap<>();
    for (Evaluation e : list()) m.put(e.name(), e);
    return m;
  }

  private static List<Evaluation> list() {
    List<Evaluation> out = new ArrayList<>();
    // Registered by each evaluation's author; keep one line per set.
    out.add(new org.dateline.eval.events.WikinewsEvaluation());
    out.add(new org.dateline.eval.events.PloverGsrEvaluation());
    out.add(new org.dateline.eval.events.PetrarchEvaluation());
    out.add(new org.dateline.eval.events.ConflibertEvaluation());
    out.add(new org.dateline.eval.events.Case2021Evaluation());
    out.add(new org.dateline.eval.ner.ConllEvaluation());
    out.add(org.dateline.eval.time.TimeEvaluation.tempEval());
    out.add(org.dateline.eval.time.TimeEvaluation.meantime());
    out.add(org.dateline.eval.geo.GeoEvaluation.lgl());
    out.add(org.dateline.eval.geo.GeoEvaluation.geoVirus());
    out.add(org.dateline.eval.geo.GeoEvaluation.geoWebNews());
    return out;
  }
}
