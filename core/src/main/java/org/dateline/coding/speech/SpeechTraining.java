package org.dateline.coding.speech;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.dateline.util.Tsv;

/**
 * Trains the speech model and writes it to resources; prints the cross-validated accuracy first.
 * Run from the repository root after {@code mvn -B -q package -DskipTests}:
 * <pre>java -cp 'core/target/dateline.jar:core/target/lib/*' org.dateline.coding.speech.SpeechTraining</pre>
 * Options: {@code --out PATH} (default core/src/main/resources/dateline/coding/speech-model.tsv),
 * {@code --folds N} (5), {@code --no-write}.
 */
public final class SpeechTraining {
  static final String DATA = "/dateline/coding/speech-acts.tsv";
  static final double L2 = Double.parseDouble(System.getProperty("speech.l2", "1e-4"));
  static final int EPOCHS = Integer.getInteger("speech.epochs", 300);
  static final double RATE = Double.parseDouble(System.getProperty("speech.rate", "0.05"));

  /** One labelled sentence and its embedding. */
  record Example(String label, String sentence, float[] x) {}

  private SpeechTraining() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of("core/src/main/resources/dateline/coding/speech-model.tsv");
    int folds = 5;
    boolean write = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--no-write" -> write = false;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long t0 = System.nanoTime();
    Encoder encoder = new Encoder();
    List<Example> data = examples(encoder);
    System.out.printf(Locale.ROOT, "%d sentences embedded in %.1f s%n", data.size(), (System.nanoTime() - t0) / 1e9);
    List<String> labels = new ArrayList<>(new TreeSet<>(data.stream().map(Example::label).toList()));
    crossValidate(data, labels, folds);
    if (!write) return;
    SoftmaxModel model = fit(data, labels);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      model.write(w, List.of(
          "Dateline's speech-act model: multinomial logistic regression over all-MiniLM-L6-v2 sentence",
          "embeddings (unit length). Derived numbers, not data: regenerate with",
          "java -cp 'core/target/dateline.jar:core/target/lib/*' org.dateline.coding.speech.SpeechTraining",
          "trained on speech-acts.tsv (" + data.size() + " sentences written for Dateline), L2 " + L2
              + ", " + EPOCHS + " epochs. Line: class, bias, " + Encoder.DIMENSION + " weights."));
    }
    System.out.println("wrote " + out);
  }

  /** The labelled sentences of speech-acts.tsv, embedded. */
  static List<Example> examples(Encoder encoder) {
    List<Example> out = new ArrayList<>();
    for (Tsv.Row r : Tsv.resource(DATA)) {
      String label = r.get("cameo");
      String sentence = r.get("sentence");
      if (label.isEmpty() || sentence.isEmpty()) {
        throw new IllegalStateException(DATA + ":" + r.line() + ": a row needs a cameo and a sentence");
      }
      out.add(new Example(label, sentence, encoder.embed(sentence)));
    }
    return out;
  }

  /** Fits on the examples, each class weighted to the same total so that no class wins by size. */
  static SoftmaxModel fit(List<Example> data, List<String> labels) {
    int[] ys = new int[data.size()];
    int[] count = new int[labels.size()];
    for (int n = 0; n < ys.length; n++) {
      ys[n] = labels.indexOf(data.get(n).label());
      count[ys[n]]++;
    }
    double[] weight = new double[ys.length];
    for (int n = 0; n < ys.length; n++) weight[n] = (double) ys.length / (labels.size() * count[ys[n]]);
    return SoftmaxModel.train(labels, data.stream().map(Example::x).toList(), ys, weight, L2, EPOCHS, RATE);
  }

  /** Prints k-fold accuracy (folds by a fixed shuffle) and each class's recall. */
  static void crossValidate(List<Example> data, List<String> labels, int folds) {
    List<Example> shuffled = new ArrayList<>(data);
    java.util.Collections.shuffle(shuffled, new Random(13));
    int right = 0;
    int[] classTotal = new int[labels.size()];
    int[] classRight = new int[labels.size()];
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (int n = 0; n < shuffled.size(); n++) (n % folds == f ? test : train).add(shuffled.get(n));
      SoftmaxModel m = fit(train, labels);
      for (Example e : test) {
        int gold = labels.indexOf(e.label());
        classTotal[gold]++;
        if (argmax(m.probabilities(e.x())) == gold) {
          right++;
          classRight[gold]++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d-fold cross-validation: accuracy %.3f (%d of %d)%n",
        folds, (double) right / data.size(), right, data.size());
    for (int c = 0; c < labels.size(); c++) {
      System.out.printf(Locale.ROOT, "  %-5s recall %.2f (%d of %d)%n", labels.get(c),
          (double) classRight[c] / Math.max(1, classTotal[c]), classRight[c], classTotal[c]);
    }
  }

  static int argmax(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
    return best;
  }
}
