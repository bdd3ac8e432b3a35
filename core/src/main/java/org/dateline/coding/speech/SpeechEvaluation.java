package org.dateline.coding.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the speech model on real news: the gold events of wikinews-events-2019 whose trigger is
 * a speech verb or whose CAMEO root is a speech root (01 02 05 11 12 13), scored by root against
 * two baselines, "always 010" and a keyword rule. Prints totals and a confusion table only.
 * <pre>java -cp 'core/target/dateline.jar:core/target/lib/*' org.dateline.coding.speech.SpeechEvaluation [--model FILE] [GOLD_DIR]</pre>
 */
public final class SpeechEvaluation {
  private static final Set<String> SPEECH_ROOTS = Set.of("01", "02", "05", "11", "12", "13");
  private static final Pattern SPEECH_VERB = Pattern.compile("(?i)\\b(said|says|say|saying|told|tell|stated|"
      + "announc\\w*|urg\\w*|call\\w*|ask\\w*|appeal\\w*|warn\\w*|threat\\w*|accus\\w*|alleg\\w*|blam\\w*|"
      + "critici\\w*|condemn\\w*|denounc\\w*|prais\\w*|welcom\\w*|thank\\w*|commend\\w*|congratulat\\w*|"
      + "reject\\w*|refus\\w*|den(y|ied|ies)|claim\\w*|not(ed|es)|demand\\w*|promis\\w*|pledg\\w*|vow\\w*|"
      + "insist\\w*|describ\\w*|request\\w*|express\\w*|tweet\\w*|wrote|comment\\w*|argu\\w*)\\b");
  private static final double CONFIDENT = 0.5;

  private SpeechEvaluation() {}

  /** One gold event: its sentence, trigger and CAMEO root. */
  record Item(String sentence, String trigger, String root) {}

  public static void main(String[] args) throws IOException {
    Path gold = Path.of("../shared/eval/wikinews-events-2019/gold");
    Path modelFile = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--model")) modelFile = Path.of(args[++i]);
      else gold = Path.of(args[i]);
    }
    List<Item> items = items(gold);
    long t0 = System.nanoTime();
    SpeechActs model = modelFile == null ? SpeechActs.load() : new SpeechActs(new Encoder(), read(modelFile));
    System.out.printf(Locale.ROOT, "model loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    int n = items.size();
    int always = 0;
    int keyword = 0;
    int learned = 0;
    int learnedSpeechOnly = 0;
    int confident = 0;
    int confidentRight = 0;
    int noCue = 0;
    int noCueAlways = 0;
    int noCueLearned = 0;
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    for (Item it : items) {
      if (it.root().equals("01")) always++;
      if (keywordRoot(it.sentence()).equals(it.root())) keyword++;
      double[] p = model.probabilities(it.sentence());
      String best = root(model.labels().get(SpeechTraining.argmax(p)));
      if (best.equals(it.root())) learned++;
      String speech = root(model.labels().get(bestSpeech(model.labels(), p)));
      if (speech.equals(it.root())) learnedSpeechOnly++;
      Optional<SpeechAct> act = model.classify(it.sentence());
      if (act.isPresent() && act.get().probability() >= CONFIDENT) {
        confident++;
        if (act.get().root().equals(it.root())) confidentRight++;
      }
      if (!hasCue(it.sentence())) {
        noCue++;
        if (it.root().equals("01")) noCueAlways++;
        if (speech.equals(it.root())) noCueLearned++;
      }
      confusion.computeIfAbsent(it.root(), k -> new TreeMap<>()).merge(speech, 1, Integer::sum);
    }
    System.out.printf(Locale.ROOT, "%d gold events (speech trigger or root in %s) from %s%n", n, SPEECH_ROOTS, gold);
    print("always 010", always, n);
    print("keyword rule", keyword, n);
    print("speech model", learned, n);
    print("speech model, 'none' set aside", learnedSpeechOnly, n);
    System.out.printf(Locale.ROOT, "  speech model where p >= %.1f: answers %d of %d, root accuracy %.3f (%d of %d)%n",
        CONFIDENT, confident, n, (double) confidentRight / Math.max(1, confident), confidentRight, confident);
    System.out.println("where no keyword of the rule stands (what rules cannot decide):");
    print("always 010", noCueAlways, noCue);
    print("speech model, 'none' set aside", noCueLearned, noCue);
    System.out.println("gold root -> model root ('none' set aside): counts");
    confusion.forEach((g, row) -> System.out.println("  " + g + " -> " + row));
  }

  private static SoftmaxModel read(Path file) throws IOException {
    try (java.io.BufferedReader r = Files.newBufferedReader(file)) {
      return SoftmaxModel.read(r, file.toString(), SpeechActs.DIMENSION);
    }
  }

  private static void print(String name, int right, int n) {
    System.out.printf(Locale.ROOT, "  %-32s root accuracy %.3f (%d of %d)%n", name, (double) right / n, right, n);
  }

  static List<Item> items(Path gold) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Item> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(gold)) {
      files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      for (JsonNode e : json.readTree(f.toFile()).path("events")) {
        String root = e.path("cameo").asText("").length() >= 2 ? e.path("cameo").asText().substring(0, 2) : "";
        String trigger = e.path("trigger").asText("");
        if (root.isEmpty()) continue;
        if (SPEECH_ROOTS.contains(root) || SPEECH_VERB.matcher(trigger).find()) {
          out.add(new Item(e.path("sentence").asText(), trigger, root));
        }
      }
    }
    return out;
  }

  /** The keyword baseline's root: the category of the earliest keyword, else 01. */
  static String keywordRoot(String sentence) {
    return SpeechCues.earliest(sentence);
  }

  private static boolean hasCue(String sentence) {
    return !SpeechCues.earliest(sentence).equals(SpeechCues.NONE);
  }

  private static int bestSpeech(List<String> labels, double[] p) {
    int best = -1;
    for (int c = 0; c < p.length; c++) {
      if (!labels.get(c).equals(SpeechActs.NONE) && (best < 0 || p[c] > p[best])) best = c;
    }
    return best;
  }

  private static String root(String label) {
    return label.equals(SpeechActs.NONE) ? "none" : label.substring(0, 2);
  }
}
