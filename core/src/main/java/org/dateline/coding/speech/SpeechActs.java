package org.dateline.coding.speech;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The speech-act model: reads a sentence that reports speech ("X said the ruling was a disgrace",
 * "X urged Y to ...") and gives the CAMEO code the speech expresses, at its root's generic level
 * or the few second-level codes that say a root's kinds of speech apart: 010 statement, 012
 * pessimistic and 013 optimistic comment (CAMEO's order), 016 denial, 018 sympathy, 020 appeal, 030 intent to
 * cooperate, 051 praise or support, 100 demand, 111 criticism, 112 accusation, 120 rejection,
 * 130 threat. A sentence the model reads as no political speech gives nothing.
 *
 * <p>It is the learned opinion the rules ask where they cannot judge the tone of a quote: sentence
 * embeddings (all-MiniLM-L6-v2), a few word cues and the words' valence ({@link SpeechCues},
 * {@link Valence}) fed to a logistic regression trained by {@link SpeechTraining} on
 * {@code speech-acts.tsv}. Load once with
 * {@link #load()}; {@link #classify} is safe from several threads.
 */
public final class SpeechActs {
  static final String MODEL = "/dateline/coding/speech-model.tsv";
  /** The label of sentences that are no speech act of politics. */
  static final String NONE = "none";
  /** What the model reads of a sentence: its embedding and its cues ({@link SpeechCues}). */
  static final int DIMENSION = Encoder.DIMENSION + SpeechCues.SIZE;

  private final Encoder encoder;
  private final SoftmaxModel model;

  SpeechActs(Encoder encoder, SoftmaxModel model) {
    this.encoder = encoder;
    this.model = model;
  }

  private static final class Holder {
    static final SpeechActs INSTANCE = new SpeechActs(new Encoder(), readModel());
  }

  /** The model, loaded on first use (a second or two) and shared afterwards. */
  public static SpeechActs load() {
    return Holder.INSTANCE;
  }

  private static SoftmaxModel readModel() {
    InputStream in = SpeechActs.class.getResourceAsStream(MODEL);
    if (in == null) throw new IllegalStateException("speech model missing from the build: " + MODEL);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return SoftmaxModel.read(r, MODEL, DIMENSION);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    }
  }

  /**
   * The speech act of a sentence, or empty when the sentence is blank or the model reads it as no
   * speech act of politics. The root is chosen by the mass of all its codes ("111" and "112" both
   * say criticism), then the likeliest code of that root; the probability given is the root's.
   */
  public Optional<SpeechAct> classify(String sentence) {
    if (sentence == null || sentence.isBlank()) return Optional.empty();
    return choose(model.labels, probabilities(sentence));
  }

  /** The act the class probabilities p (in the order of labels) give, by the mass of each root. */
  static Optional<SpeechAct> choose(java.util.List<String> labels, double[] p) {
    java.util.Map<String, Double> roots = new java.util.LinkedHashMap<>();
    for (int c = 0; c < p.length; c++) roots.merge(rootOf(labels.get(c)), p[c], Double::sum);
    String best = null;
    String next = null;
    for (String r : roots.keySet()) {
      if (best == null || roots.get(r) > roots.get(best)) {
        next = best;
        best = r;
      } else if (next == null || roots.get(r) > roots.get(next)) {
        next = r;
      }
    }
    if (best.equals(NONE)) return Optional.empty();
    return Optional.of(new SpeechAct(likeliest(labels, p, best), roots.get(best),
        next == null ? NONE : likeliest(labels, p, next), next == null ? 0 : roots.get(next)));
  }

  private static String rootOf(String label) {
    return label.equals(NONE) ? NONE : label.substring(0, 2);
  }

  /** The likeliest code of a root. */
  private static String likeliest(java.util.List<String> labels, double[] p, String root) {
    int best = -1;
    for (int c = 0; c < p.length; c++) {
      if (rootOf(labels.get(c)).equals(root) && (best < 0 || p[c] > p[best])) best = c;
    }
    return labels.get(best);
  }

  /** Every class's probability, in the order of {@link #labels()}. */
  double[] probabilities(String sentence) {
    String text = sentence.strip();
    return model.probabilities(SpeechCues.vector(encoder.embed(text), text));
  }

  java.util.List<String> labels() {
    return model.labels;
  }

  /** The speech act of what a speaker said: "speaker said content". */
  public Optional<SpeechAct> classify(String speaker, String content) {
    if (content == null || content.isBlank()) return Optional.empty();
    String who = speaker == null || speaker.isBlank() ? "An official" : speaker.strip();
    return classify(who + " said " + content.strip());
  }
}
