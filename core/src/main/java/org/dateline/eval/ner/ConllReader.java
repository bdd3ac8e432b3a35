package org.dateline.eval.ner;

import org.dateline.eval.Skipped;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 style files: one token a line with its columns separated by spaces, the
 * word first and the NER tag last; blank lines end sentences; "-DOCSTART-" lines start documents.
 * A file without any -DOCSTART- line is one document. The tag scheme (IOB1 or IOB2) is left as
 * written: {@link Chunks} reads both.
 */
public final class ConllReader {
  private static final String DOCSTART = "-DOCSTART-";

  private ConllReader() {}

  /** At most {@code limit} documents (0 for all). */
  public static List<ConllDocument> read(Path file, int limit, List<Skipped> skipped) throws IOException {
    String name = file.getFileName().toString();
    List<ConllDocument> docs = new ArrayList<>();
    List<List<ConllDocument.Token>> sentences = new ArrayList<>();
    List<ConllDocument.Token> sentence = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith(DOCSTART)) {
          endSentence(sentences, sentence);
          sentence = new ArrayList<>();
          if (trimmed.startsWith(DOCSTART) && !sentences.isEmpty()) {
            docs.add(new ConllDocument(name + "#" + (docs.size() + 1), sentences));
            sentences = new ArrayList<>();
            if (limit > 0 && docs.size() >= limit) return docs;
          }
          continue;
        }
        String[] cols = trimmed.split("\\s+");
        if (cols.length < 2) {
          // the line is left out, the rest of its sentence kept
          skipped.add(Skipped.of(name + ":" + lineNo, "expected 'word ... tag', got: " + line.strip()));
          continue;
        }
        sentence.add(new ConllDocument.Token(cols[0], cols[cols.length - 1]));
      }
    }
    endSentence(sentences, sentence);
    if (!sentences.isEmpty() && (limit <= 0 || docs.size() < limit)) {
      docs.add(new ConllDocument(name + "#" + (docs.size() + 1), sentences));
    }
    return docs;
  }

  private static void endSentence(List<List<ConllDocument.Token>> sentences, List<ConllDocument.Token> sentence) {
    if (!sentence.isEmpty()) sentences.add(sentence);
  }
}
