package org.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.model.Article;

/**
 * BBC News 2225 (Greene &amp; Cunningham): a folder per topic, one UTF-8 .txt per article, the
 * title on the first line, then a blank line and the body.
 */
public final class BbcReader {
  /**
   * The data holds no dates: the articles are from 2004-2005, so every one is given this fixed
   * date. It only anchors relative times ("on Tuesday"), which does not change the work done.
   */
  public static final LocalDate DATE = LocalDate.of(2005, 1, 1);

  private BbcReader() {}

  /** At most {@code limit} articles (0 for all): topic folders in name order, files in name order. */
  public static List<Article> read(Path dir, int limit) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir, 2)) {
      files = walk.filter(p -> p.getFileName().toString().matches("\\d+\\.txt")).sorted().toList();
    }
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      if (limit > 0 && out.size() >= limit) break;
      String raw = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
      int nl = raw.indexOf('\n');
      String title = (nl < 0 ? raw : raw.substring(0, nl)).strip();
      String body = nl < 0 ? "" : raw.substring(nl + 1).strip();
      if (body.isEmpty()) continue;
      String topic = f.getParent().getFileName().toString();
      String stem = f.getFileName().toString().replace(".txt", "");
      out.add(new Article("bbc-" + topic + "-" + stem, DATE, "BBC", title, null, body, 0, null,
          Map.of("topic", topic), dir.relativize(f).toString()));
    }
    return out;
  }
}
