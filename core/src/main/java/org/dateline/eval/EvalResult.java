package org.dateline.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation measured: the number of items scored and named metrics, printed as one JSON
 * line {@code {"set": ..., "n": ..., "skipped": ..., "metrics": {...}}} and as a row of
 * docs/QUALITY.md; and the records that were not scored, each with its reason.
 */
public record EvalResult(String set, int n, Map<String, Double> metrics, List<Skipped> skipped) {
  public EvalResult {
    metrics = new LinkedHashMap<>(metrics);
    skipped = List.copyOf(skipped);
  }

  public EvalResult(String set, int n, Map<String, Double> metrics) {
    this(set, n, metrics, List.of());
  }
}
