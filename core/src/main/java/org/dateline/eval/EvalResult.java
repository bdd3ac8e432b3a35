package org.dateline.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an evaluation measured: the number of items scored and named metrics, printed as one JSON
 * line {@code {"set": ..., "n": ..., "metrics": {...}}} and as a row of docs/QUALITY.md.
 */
public record EvalResult(String set, int n, Map<String, Double> metrics) {
  public EvalResult {
    metrics = new LinkedHashMap<>(metrics);
  }
}
