package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.Ingest;
import org.dateline.ingest.IngestItem;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;

/**
 * The documents a benchmark runs over. An input that names one of the known corpora
 * ("reuters-21578", "bbc-news-2225", "india-police-events"), either by that name (looked up under
 * shared/corpora) or as a folder so named, is read by its own reader; anything else is read the
 * way {@code dateline code} reads it.
 *
 * @param skipped inputs that could not be read as articles, with the reason
 */
public record Corpus(String name, List<Article> articles, List<String> skipped) {
  public static final List<String> KNOWN = List.of("reuters-21578", "bbc-news-2225", "india-police-events");
  /** For inputs without a date of their own (plain text) read through ingest. */
  public static final LocalDate FALLBACK_DATE = LocalDate.of(2024, 1, 1);

  public Corpus {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }

  /** At most {@code limit} articles (0 for all); {@code sharedDir} may be null. */
  public static Corpus read(List<String> inputs, Path sharedDir, int limit) throws IOException {
    if (inputs.size() == 1) {
      Path p = known(inputs.get(0), sharedDir);
      if (p != null) return new Corpus(p.getFileName().toString(), readKnown(p, limit), List.of());
    }
    return ingest(inputs, limit);
  }

  private static Path known(String input, Path sharedDir) {
    if (KNOWN.contains(input) && sharedDir != null && Files.isDirectory(sharedDir.resolve("corpora").resolve(input))) {
      return sharedDir.resolve("corpora").resolve(input);
    }
    Path p = Path.of(input);
    return Files.isDirectory(p) && p.getFileName() != null && KNOWN.contains(p.getFileName().toString()) ? p : null;
  }

  private static List<Article> readKnown(Path dir, int limit) throws IOException {
    return switch (dir.getFileName().toString()) {
      case "reuters-21578" -> ReutersReader.read(dir, limit);
      case "bbc-news-2225" -> BbcReader.read(dir, limit);
      default -> IndiaPoliceReader.read(dir, limit);
    };
  }

  /** Through Dateline's ingest: files, folders, JSON Lines, HTML; failures are listed, not fatal. */
  static Corpus ingest(List<String> inputs, int limit) {
    Ingest ingest = new Ingest(new IngestOptions(FALLBACK_DATE, null, IngestOptions.DEFAULT_MAX_BYTES));
    List<Article> articles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Ingest.Source s : ingest.sources(inputs, f -> skipped.add(f.message()))) {
      if (limit > 0 && articles.size() >= limit) break;
      ingest.read(s, item -> {
        if (item instanceof IngestItem.Ok ok && (limit <= 0 || articles.size() < limit)) articles.add(ok.article());
        if (item instanceof IngestItem.Failed f) skipped.add(f.message());
      });
    }
    return new Corpus(String.join(" ", inputs), articles, skipped);
  }
}
