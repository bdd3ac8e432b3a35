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
      String text = Decoding.utf8(bytes);
      String id = idOf(source);
      if (isHtml(source, text)) {
        sink.accept(new IngestItem.Ok(new HtmlReader(options).read(text, id, source.name())));
      } else if (source.isStdin() && text.stripLeading().startsWith("{")) {
        new JsonLinesReader(options).read(new ByteArrayInputStream(bytes), "-", "stdin", sink);
      } else {
        sink.accept(new IngestItem.Ok(Articles.build(text, Articles.Meta.of(id), source.name(), options)));
      }
    } catch (BadInputException e) {
      sink.accept(new IngestItem.Failed(source.name(), e.reason(), e.getMessage()));
    } catch (IOException e) {
      sink.accept(new IngestItem.Failed(source.name(), "unreadable", "cannot read: " + e.getMessage()));
    }
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
    if (s.isStdin()) return false;
    String n = s.path().getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
  }

  private static boolean isHtml(Source s, String text) {
    if (!s.isStdin()) {
      String n = s.path().getFileName().toString().toLowerCase(Locale.ROOT);
      if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return true;
    }
    String head = text.stripLeading();
    head = head.substring(0, Math.min(200, head.length())).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /** The file name without its extension; "stdin" for standard input. */
  static String idOf(Source s) {
    if (s.isStdin()) return "stdin";
    String n = s.path().getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** Reads every source into a list; for tests and small batches. */
  public List<IngestItem> readAll(List<String> args) {
    List<IngestItem> out = new ArrayList<>();
    for (Source s : sources(args, out::add)) read(s, out::add);
    return out;
  }
}
