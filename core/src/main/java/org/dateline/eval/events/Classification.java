package org.dateline.eval.events;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Accuracy and macro-averaged F1 of one label per item. The macro average runs over the classes
 * that occur in the gold: a class only ever predicted (such as "none" on a set where every
 * sentence has an event) costs precision of nothing and recall of the true class, but adds no
 * class of its own, which would otherwise pull the average down by a constant.
 */
public final class Classification {
  private Classification() {}

  /** Label for "the system found no event"; it is a class like any other when the gold uses it. */
  public static final String NONE = "none";

  /** {@code accuracy}, {@code macro_f1} and {@code f1_<class>} per gold class; both lists aligned. */
  public static Map<String, Double> score(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) throw new IllegalArgumentException("gold and predicted differ in length");
    Map<String, Double> m = new LinkedHashMap<>();
    int right = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (gold.get(i).equals(predicted.get(i))) right++;
    }
    m.put("accuracy", EventMatch.ratio(right, gold.size()));
    Set<String> classes = new LinkedHashSet<>(gold.stream().sorted().toList());
    double sum = 0;
    Map<String, Double> perClass = new LinkedHashMap<>();
    for (String c : classes) {
      double f1 = f1(c, gold, predicted);
      perClass.put("f1_" + c, f1);
      sum += f1;
    }
    m.put("macro_f1", classes.isEmpty() ? 0 : sum / classes.size());
    m.putAll(perClass);
    return m;
  }

  static double f1(String c, List<String> gold, List<String> predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      boolean g = gold.get(i).equals(c);
      boolean p = predicted.get(i).equals(c);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
}
