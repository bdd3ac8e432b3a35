package org.dateline.coding.speech;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.dateline.util.Tsv;

/**
 * Trains the speech model and writes it to resources; prints the cross-validated accuracy first.
 * Run from the repository root after {@code mvn -B -q package -DskipTests}:
 * <pre>java -cp 'core/target/dateline.jar:core/target/lib/*' org.dateline.coding.speech.SpeechTraining</pre>
 * Options: {@code --out PATH} (default core/src/main/resources/dateline/coding/speech-model.tsv),
 * {@code --folds N} (5), {@code --no-write}, {@code --conflibert PATH} (ConfliBERT's
 * {@code cameo_class/train.tsv}, coarse labels; used as training data, never committed).
 */
public final class SpeechTraining {
  static final String DATA = "/dateline/coding/speech-acts.tsv";
  static final double L2 = Double.parseDouble(System.getProperty("speech.l2", "1e-4"));
  static final int EPOCHS = Integer.getInteger("speech.epochs", 300);
  static final double RATE = Double.parseDouble(System.getProperty("speech.rate", "0.05"));

  /** ConfliBERT's five classes as the sets of our classes each stands for. */
  static final Map<String, List<String>> COARSE = Map.of(
      "0", List.of("010", "016", "020"),
      "1", List.of("030", "051"),
      "2", List.of(SpeechActs.NONE),
      "3", List.of("100", "111", "112", "120", "130"),
      "4", List.of(SpeechActs.NONE));
  static final double COARSE_WEIGHT = Double.parseDouble(System.getProperty("speech.coarse", "0.5"));

  /** One labelled sentence and its embedding. */
  record Example(String label, String sentence, float[] x) {}

  private SpeechTraining() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of("core/src/main/resources/dateline/coding/speech-model.tsv");
    int folds = 5;
    boolean write = true;
    Path conflibert = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--no-write" -> write = false;
        case "--conflibert" -> conflibert = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long t0 = System.nanoTime();
    Encoder encoder = new Encoder();
    List<Example> data = examples(encoder);
    List<Example> coarse = conflibert == null ? List.of() : coarseExamples(encoder, conflibert);
    System.out.printf(Locale.ROOT, "%d + %d coarse sentences embedded in %.1f s%n", data.size(), coarse.size(), (System.nanoTime() - t0) / 1e9);
    List<String> labels = new ArrayList<>(new TreeSet<>(data.stream().map(Example::label).toList()));
    crossValidate(data, coarse, labels, folds);
    if (!write) return;
    SoftmaxModel model = fit(data, coarse, labels);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      model.write(w, List.of(
          "Dateline's speech-act model: multinomial logistic regression over all-MiniLM-L6-v2 sentence",
          "embeddings (unit length) and " + SpeechCues.SIZE + " cues (SpeechCues: words, and the words' valence). Derived numbers, not data: regenerate with",
          "java -cp 'core/target/dateline.jar:core/target/lib/*' org.dateline.coding.speech.SpeechTraining "
              + String.join(" ", args),
          "trained on speech-acts.tsv (" + data.size() + " sentences written for Dateline)"
              + (coarse.isEmpty() ? "" : " and the " + coarse.size() + " sentences of ConfliBERT's cameo_class/train.tsv"
                  + " (GPL-3.0; its five coarse classes, each read as the set of our classes it covers;"
                  + " the sentences are not in the repository)") + ",",
          "L2 " + L2 + ", " + EPOCHS + " epochs of Adam at rate " + RATE + ", coarse weight " + COARSE_WEIGHT
              + ". Line: class, bias, " + SpeechActs.DIMENSION + " weights (embedding, then cues " + SpeechCues.ROOTS + ", then positive and negative valence)."));
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
      out.add(new Example(label, sentence, SpeechCues.vector(encoder.embed(sentence), sentence)));
    }
    return out;
  }

  /**
   * Fits on our examples, each class weighted to the same total so that no class wins by size,
   * and on the coarse ones (ConfliBERT's), each weighing {@link #COARSE_WEIGHT} of one of ours.
   */
  static SoftmaxModel fit(List<Example> data, List<Example> coarse, List<String> labels) {
    int[] count = new int[labels.size()];
    for (Example e : data) count[labels.indexOf(e.label())]++;
    List<Example> all = new ArrayList<>(data);
    all.addAll(coarse);
    int[][] ys = new int[all.size()][];
    double[] weight = new double[all.size()];
    for (int n = 0; n < all.size(); n++) {
      Example e = all.get(n);
      if (n < data.size()) {
        int y = labels.indexOf(e.label());
        ys[n] = new int[] {y};
        weight[n] = (double) data.size() / (labels.size() * count[y]);
      } else {
        ys[n] = COARSE.get(e.label()).stream().mapToInt(labels::indexOf).toArray();
        weight[n] = COARSE_WEIGHT;
      }
    }
    return SoftmaxModel.train(labels, all.stream().map(Example::x).toList(), ys, weight, L2, EPOCHS, RATE);
  }

  /**
   * ConfliBERT's cameo_class train split (sentence TAB coarse class), embedded. GPL-3.0 data:
   * used to train, never committed; only the weights derived from it are.
   */
  static List<Example> coarseExamples(Encoder encoder, Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    int line = 0;
    for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      int tab = row.lastIndexOf('\t');
      if (row.isBlank()) continue;
      if (tab < 0 || !COARSE.containsKey(row.substring(tab + 1).strip())) {
        throw new IOException(file + ":" + line + ": expected a sentence, a tab and a class 0-4");
      }
      String sentence = row.substring(0, tab);
      out.add(new Example(row.substring(tab + 1).strip(), sentence, SpeechCues.vector(encoder.embed(sentence), sentence)));
    }
    return out;
  }

  /** Prints k-fold accuracy (folds by a fixed shuffle) and each class's recall. */
  static void crossValidate(List<Example> data, List<Example> coarse, List<String> labels, int folds) {
    List<Example> shuffled = new ArrayList<>(data);
    java.util.Collections.shuffle(shuffled, new Random(13));
    int right = 0;
    int rootRight = 0;
    int[] classTotal = new int[labels.size()];
    int[] classRight = new int[labels.size()];
    for (int f = 0; f < folds; f++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (int n = 0; n < shuffled.size(); n++) (n % folds == f ? test : train).add(shuffled.get(n));
      SoftmaxModel m = fit(train, coarse, labels);
      for (Example e : test) {
        int gold = labels.indexOf(e.label());
        classTotal[gold]++;
        int guess = argmax(m.probabilities(e.x()));
        if (labels.get(guess).substring(0, 2).equals(e.label().substring(0, 2))) rootRight++;
        if (guess == gold) {
          right++;
          classRight[gold]++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d-fold cross-validation: accuracy %.3f (%d of %d)%n",
        folds, (double) right / data.size(), right, data.size());
    System.out.printf(Locale.ROOT, "  at root level (none as a root of its own): %.3f%n", (double) rootRight / data.size());
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
