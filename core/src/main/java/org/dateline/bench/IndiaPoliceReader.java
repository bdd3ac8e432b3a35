package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;

/**
 * IndiaPoliceEvents (Times of India, March 2002): metadata.jsonl, one article a line with
 * doc_id, date (ISO), url and full_text (the same text as docs.jsonl's doc_text, which lacks the
 * date). The text is kept as published in the set: lower-cased, with some mojibake ("â€™") and
 * a first line "This story is from March 10, 2002".
 */
public final class IndiaPoliceReader {
  public static final String FILE = "metadata.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private IndiaPoliceReader() {}

  /** At most {@code limit} articles (0 for all), in file order. */
  public static List<Article> read(Path dir, int limit) throws IOException {
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(dir.resolve(FILE), StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null && (limit <= 0 || out.size() < limit)) {
        lineNo++;
        if (line.isBlank()) continue;
        JsonNode n = JSON.readTree(line);
        String text = n.path("full_text").asText("");
        if (text.isBlank()) continue;
        String id = "ipe-" + n.path("doc_id").asText();
        out.add(new Article(id, LocalDate.parse(n.path("date").asText()), "Times of India", null,
            n.path("url").asText(null), text, 0, null, Map.of(), FILE + ":" + lineNo));
      }
    }
    return out;
  }
}
