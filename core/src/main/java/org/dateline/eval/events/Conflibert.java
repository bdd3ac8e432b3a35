package org.dateline.eval.events;

import org.dateline.eval.Skipped;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ConfliBERT's CAMEO sets: {@code cameo_class/{test,train}.tsv} ("sentence TAB label",
 * label 0-4, see {@link EventLabels#conflibertClass(String)}; CRLF line ends) and
 * {@code cameo_ner/{test,train}.txt} (CoNLL "token tag" lines, blank line between sentences,
 * tags B-/I- with S source, T target, R reciprocal). The test files of both hold the same 451
 * sentences in the same order.
 */
public final class Conflibert {
  private Conflibert() {}

  /** One classified sentence; {@code id} is "split-lineNumber". */
  public record Labelled(String id, String text, String label) {}

  /** A tagged actor span: role S, T or R, token range [start, end), and its words. */
  public record Span(String role, int start, int end, String text) {}

  /** One span-tagged sentence. */
  public record Tagged(List<String> tokens, List<String> tags) {
    public Tagged {
      tokens = List.copyOf(tokens);
      tags = List.copyOf(tags);
      if (tokens.size() != tags.size()) throw new IllegalArgumentException("tokens and tags differ in length");
    }

    /** The spans in order; an I- tag without its B- starts a span, as conlleval reads it. */
    public List<Span> spans() {
      List<Span> out = new ArrayList<>();
      int start = -1;
      String role = null;
      for (int i = 0; i <= tags.size(); i++) {
        String tag = i < tags.size() ? tags.get(i) : "O";
        String r = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
        boolean continues = r != null && tag.startsWith("I-") && r.equals(role);
        if (role != null && !continues) {
          out.add(new Span(role, start, i, String.join(" ", tokens.subList(start, i))));
          role = null;
        }
        if (r != null && !continues) {
          role = r;
          start = i;
        }
      }
      return out;
    }
  }

  public static List<Labelled> readClasses(Path file, String split, List<Skipped> skipped) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readClasses(r, split, file.toString(), skipped);
    }
  }

  /** A line without its label column goes to {@code skipped} as "NAME:LINE". */
  public static List<Labelled> readClasses(BufferedReader in, String split, String name, List<Skipped> skipped)
      throws IOException {
    List<Labelled> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      line = line.strip();
      if (line.isEmpty()) continue;
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        skipped.add(Skipped.of(name + ":" + n, "no label column"));
        continue;
      }
      out.add(new Labelled(split + "-" + n, line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
    }
    return out;
  }

  public static List<Tagged> readTagged(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readTagged(r);
    }
  }

  public static List<Tagged> readTagged(BufferedReader in) throws IOException {
    List<Tagged> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      line = line.strip();
      if (line.isEmpty()) {
        flush(tokens, tags, out);
        continue;
      }
      // The tag is the last field; a token never holds a space, but split from the right anyway.
      int sp = line.lastIndexOf(' ');
      tokens.add(sp < 0 ? line : line.substring(0, sp));
      tags.add(sp < 0 ? "O" : line.substring(sp + 1));
    }
    flush(tokens, tags, out);
    return out;
  }

  private static void flush(List<String> tokens, List<String> tags, List<Tagged> out) {
    if (tokens.isEmpty()) return;
    out.add(new Tagged(tokens, tags));
    tokens.clear();
    tags.clear();
  }
}
