package org.dateline.coding.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PETRARCH-format verb dictionary: verb families with their forms, default codes and patterns
 * (see {@link VerbDictionaryReader} for the format). Several files read together act as one
 * dictionary, the earlier file's families tried first.
 */
public final class VerbDictionary {
  private final List<VerbFamily> families;
  private final Map<String, List<VerbForm>> byHead = new HashMap<>();
  private final List<String> warnings;

  VerbDictionary(List<VerbFamily> families, List<VerbForm> forms, List<String> warnings) {
    this.families = List.copyOf(families);
    this.warnings = List.copyOf(warnings);
    for (VerbForm f : forms) byHead.computeIfAbsent(f.headWord(), k -> new ArrayList<>()).add(f);
    // Longer forms first: "broke down" is read as one verb before "broke" alone.
    for (List<VerbForm> l : byHead.values()) l.sort(Comparator.comparingInt((VerbForm f) -> -f.words().size()));
  }

  public static VerbDictionary read(Path file) throws IOException {
    return VerbDictionaryReader.read(file);
  }

  /** The dictionaries in these files, as one. */
  public static VerbDictionary read(List<Path> files) throws IOException {
    List<VerbFamily> fams = new ArrayList<>();
    List<VerbForm> forms = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Path f : files) {
      VerbDictionary d = read(f);
      fams.addAll(d.families);
      d.byHead.values().forEach(forms::addAll);
      warnings.addAll(d.warnings);
    }
    return new VerbDictionary(fams, forms, warnings);
  }

  /**
   * The verb dictionaries among PETRARCH-format files: a file itself, or in a folder the files
   * whose names hold "verbs" ({@code PETR.Validate.verbs.txt}) or start with "CAMEO"
   * ({@code CAMEO.2.0.txt}, Phoenix's verb dictionary). Empty when there are none.
   */
  public static List<Path> filesIn(Path p) throws IOException {
    if (!Files.isDirectory(p)) return isVerbFile(p) ? List.of(p) : List.of();
    try (var s = Files.list(p)) {
      return s.filter(Files::isRegularFile).filter(VerbDictionary::isVerbFile).sorted().toList();
    }
  }

  private static boolean isVerbFile(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") && (n.contains("verbs") || n.startsWith("cameo"));
  }

  public List<VerbFamily> families() { return families; }

  /** Patterns that could not be read and were skipped, each as "file:line: problem (pattern skipped)". */
  public List<String> warnings() { return warnings; }

  /**
   * Forms whose verb is this word: those written as the word itself first ("LEFT", which has a
   * family of its own), then those of its lemma ("LEAVE"); longer forms before shorter.
   */
  public List<VerbForm> forms(String word, String lemma) {
    Set<VerbForm> out = new LinkedHashSet<>(byHead.getOrDefault(word.toUpperCase(Locale.ROOT), List.of()));
    if (lemma != null) out.addAll(byHead.getOrDefault(lemma.toUpperCase(Locale.ROOT), List.of()));
    return new ArrayList<>(out);
  }

  public int size() {
    return byHead.values().stream().mapToInt(List::size).sum();
  }
}
