package org.dateline.coding.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A PETRARCH discards dictionary: phrases whose presence says a text is not political news
 * ("BASEBALL", "AFRICAN NATIONS CUP"). A sentence holding a phrase is not coded; a phrase written
 * with a leading {@code +} discards the whole story ("+TYPHOON"). One phrase a line, words
 * separated by spaces or underscores, {@code #} starting a comment; case does not matter.
 */
public final class Discards {
  /** What a phrase found in a sentence discards. */
  public enum Scope { NONE, SENTENCE, STORY }

  private record Phrase(List<String> words, boolean story) {}

  private final List<Phrase> phrases;

  private Discards(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  public static final Discards NONE = new Discards(List.of());

  public static Discards read(List<Path> files) throws IOException {
    List<Phrase> out = new ArrayList<>();
    for (Path f : files) {
      // Latin-1 like the other PETRARCH files: it reads any byte, where UTF-8 failed the whole --dict
      for (String line : Files.readAllLines(f, StandardCharsets.ISO_8859_1)) {
        Phrase p = phrase(line);
        if (p != null) out.add(p);
      }
    }
    return new Discards(out);
  }

  private static Phrase phrase(String line) {
    int hash = line.indexOf('#');
    String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
    if (s.isEmpty() || s.startsWith("<!--")) return null;
    boolean story = s.startsWith("+");
    if (story) s = s.substring(1).strip();
    List<String> words = Arrays.stream(s.toUpperCase(Locale.ROOT).split("[\\s_]+")).filter(w -> !w.isEmpty()).toList();
    return words.isEmpty() ? null : new Phrase(words, story);
  }

  /** The discards files among PETRARCH-format files: a file, or a folder's files named "*discards*.txt". */
  public static List<Path> filesIn(Path p) throws IOException {
    if (!Files.isDirectory(p)) return isDiscardFile(p) ? List.of(p) : List.of();
    try (var s = Files.list(p)) {
      return s.filter(Files::isRegularFile).filter(Discards::isDiscardFile).sorted().toList();
    }
  }

  static boolean isDiscardFile(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.contains("discards") && n.endsWith(".txt");
  }

  /**
   * The widest scope a phrase found among the sentence's words discards (a story phrase wins);
   * a word joined by underscores ("Golf_Championships") counts as its parts.
   */
  public Scope scope(List<String> words) {
    if (phrases.isEmpty()) return Scope.NONE;
    List<String> upper = words.stream().flatMap(w -> Arrays.stream(w.toUpperCase(Locale.ROOT).split("_")))
        .filter(w -> !w.isEmpty()).toList();
    Scope found = Scope.NONE;
    for (Phrase p : phrases) {
      if (Collections.indexOfSubList(upper, p.words()) < 0) continue;
      if (p.story()) return Scope.STORY;
      found = Scope.SENTENCE;
    }
    return found;
  }

  public int size() { return phrases.size(); }
}
