package org.dateline.coding.speech;

/**
 * What the speech model read a sentence as: a CAMEO code at its root's generic level ("111",
 * "051", "020", ...), the model's probability for its root (all of the root's codes together), and
 * the runner-up root's likeliest code and probability, so that a caller can
 * demand a margin and a reader can see how close the call was.
 */
public record SpeechAct(String cameo, double probability, String runnerUp, double runnerUpProbability) {
  /** The code's root, its first two digits ("11" for 111). */
  public String root() {
    return cameo.substring(0, 2);
  }

  /** One line for {@code --explain}: "speech model: 111 p=0.82 (next 112 p=0.09)". */
  public String explain() {
    return String.format(java.util.Locale.ROOT, "speech model: %s p=%.2f (next %s p=%.2f)",
        cameo, probability, runnerUp, runnerUpProbability);
  }
}
