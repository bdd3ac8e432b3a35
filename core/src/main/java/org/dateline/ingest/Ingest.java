package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The ingest stage: turns paths (files, folders, "-" for standard input) into articles.
 * Formats: wire text with a dateline header, plain text, JSON Lines, HTML. Every input that
 * cannot be coded comes out as an {@link IngestItem.Failed} naming it; nothing is dropped.
 */
public final class Ingest {
  /** One thing to read: a file, or standard input. */
  public record Source(String name, Path path) {
    public boolean isStdin() { return path == null; }
  }

  private final IngestOptions options;
  private final InputStream stdin;

  public Ingest(IngestOptions options) {
    this(options, System.in);
  }

  public Ingest(IngestOptions options, InputStream stdin) {
    this.options = options;
    this.stdin = stdin;
  }

  /**
   * Expands the arguments into sources: folders recursively (hidden files left out), in a stable order.
   * Arguments that do not exist are reported to {@code missing}.
   */
  public List<Source> sources(List<String> args, Consumer<IngestItem.Failed> missing) {
    List<Source> out = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        out.add(new Source("-", null));
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !isHidden(p.relativize(f)))
              .sorted()
              .forEach(f -> out.add(new Source(f.toString(), f)));
        } catch (IOException e) {
          missing.accept(new IngestItem.Failed(arg, "unreadable", "cannot list folder: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        out.add(new Source(arg, p));
      } else {
        missing.accept(new IngestItem.Failed(arg, "not found", "no such file or folder"));
      }
    }
    return out;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }

  /** Reads one source; a JSON Lines source gives one item per line. */
  public void read(Source source, Consumer<IngestItem> sink) {
    try {
      if (isJsonLines(source)) {
        readJsonLines(source, sink);
        return;
      }
      byte[] bytes = readBytes(source);
      if (source.isStdin()) {
        String text = Decoding.utf8(bytes);
        if (text.stripLeading().startsWith("{")) {
          new JsonLinesReader(options).read(new ByteArrayInputStream(bytes), "-", "stdin", sink);
          return;
        }
      }
      sink.accept(document(source.name(), source.isStdin() ? null : source.path().getFileName().toString(), bytes));
    } catch (BadInputException e) {
      sink.accept(new IngestItem.Failed(source.name(), e.reason(), e.getMessage()));
    } catch (IOException e) {
      sink.accept(new IngestItem.Failed(source.name(), "unreadable", "cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads one whole text or HTML document from its bytes, for callers that fetch the bytes
   * themselves (Spark reads Hadoop paths). {@code fileName} (null for standard input) gives the id
   * and says whether it is HTML; {@code name} names the input in messages.
   */
  public IngestItem document(String name, String fileName, byte[] bytes) {
    try {
      checkSize(bytes.length);
      String text = Decoding.utf8(bytes);
      String id = fileName == null ? "stdin" : stem(fileName);
      if (isHtml(fileName, text)) return new IngestItem.Ok(new HtmlReader(options).read(text, id, name));
      return new IngestItem.Ok(Articles.build(text, Articles.Meta.of(id), name, options));
    } catch (BadInputException e) {
      return new IngestItem.Failed(name, e.reason(), e.getMessage());
    } catch (RuntimeException | Error e) {
      IngestItem.rethrowFatal(e);
      return IngestItem.Failed.of(name, "reading error", "reading failed", e);
    }
  }

  /**
   * Reads line {@code lineNo} (from 1) of a JSON Lines input, for callers that split files
   * themselves: the article, a failure naming the line, or null for a blank line.
   */
  public IngestItem jsonLine(String name, String fileName, long lineNo, byte[] line) {
    return new JsonLinesReader(options).line(line, name, stem(fileName), lineNo);
  }

  /** Whether a file of this name holds JSON Lines. */
  public static boolean isJsonLines(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
  }

  private void readJsonLines(Source source, Consumer<IngestItem> sink) throws IOException, BadInputException {
    if (Files.size(source.path()) == 0) throw new BadInputException("empty", "empty input (0 bytes)");
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(source.path()))) {
      new JsonLinesReader(options).read(in, source.name(), idOf(source), sink);
    }
  }

  private byte[] readBytes(Source source) throws IOException, BadInputException {
    if (source.isStdin()) {
      byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
      checkSize(bytes.length);
      return bytes;
    }
    checkSize(Files.size(source.path()));
    return Files.readAllBytes(source.path());
  }

  private void checkSize(long size) throws BadInputException {
    if (options.maxBytes() > 0 && size > options.maxBytes()) {
      throw new BadInputException("too large",
          "input of " + size + " bytes is over the limit of " + options.maxBytes() + " bytes (--max-bytes)");
    }
  }

  private static boolean isJsonLines(Source s) {
    return !s.isStdin() && isJsonLines(s.path().getFileName().toString());
  }

  private static boolean isHtml(String fileName, String text) {
    if (fileName != null) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return true;
    }
    String head = text.stripLeading();
    head = head.substring(0, Math.min(200, head.length())).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /** The file name without its extension; "stdin" for standard input. */
  static String idOf(Source s) {
    return s.isStdin() ? "stdin" : stem(s.path().getFileName().toString());
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** Reads every source into a list; for tests and small batches. */
  public List<IngestItem> readAll(List<String> args) {
    List<IngestItem> out = new ArrayList<>();
    for (Source s : sources(args, out::add)) read(s, out::add);
    return out;
  }
}
