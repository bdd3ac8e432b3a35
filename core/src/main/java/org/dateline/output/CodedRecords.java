package org.dateline.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.ingest.BadInputException;
import org.dateline.model.Document;

/**
 * Reads files of coded records (the JSON Lines that {@code dateline code} writes), one document per
 * line. A bad line is reported with its file and line number and the rest go on.
 */
public final class CodedRecords {
  /** Receives each record read, or each line that could not be read. */
  public interface Handler {
    void document(Document doc) throws IOException;

    void failed(String origin, String reason, String message);
  }

  private CodedRecords() {}

  /** Files, folders (their *.jsonl files, recursively, in name order), or "-" for standard input. */
  public static void read(List<String> paths, Handler handler) throws IOException {
    for (String p : paths) {
      if (p.equals("-")) {
        read(new BufferedReader(new InputStreamReader(System.in, decoder())), "stdin", handler);
        continue;
      }
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        handler.failed(p, "not found", "no such file or folder");
        continue;
      }
      for (Path f : files(path)) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(f), decoder()))) {
          read(r, f.toString(), handler);
        } catch (CharacterCodingException e) {
          handler.failed(f.toString(), "not UTF-8", "not UTF-8 text; lines after the bad bytes were not read");
        }
      }
    }
  }

  /** The files of coded records a path names: itself, or a folder's *.jsonl files in name order. */
  public static List<Path> files(Path p) throws IOException {
    if (Files.isRegularFile(p)) return List.of(p);
    if (!Files.isDirectory(p)) return List.of();
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(p)) {
      s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted()
          .forEach(out::add);
    }
    return out;
  }

  private static void read(BufferedReader r, String name, Handler handler) throws IOException {
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank()) continue;
      String origin = name + ":" + lineNo;
      try {
        handler.document(ArticleJsonReader.read(line, origin));
      } catch (BadInputException e) {
        handler.failed(origin, e.reason(), "line " + lineNo + ": " + e.getMessage());
      }
    }
  }

  private static java.nio.charset.CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
