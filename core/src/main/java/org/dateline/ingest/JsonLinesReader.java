package org.dateline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.dateline.model.Article;

/** JSON Lines with fields id, date, source, title, url, text; other fields are carried through. */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KNOWN = Set.of("id", "date", "source", "title", "url", "text");

  private final IngestOptions options;

  JsonLinesReader(IngestOptions options) {
    this.options = options;
  }

  /**
   * Reads every line; each bad line (invalid JSON, not UTF-8, no text, ...) is reported with its
   * number and the rest go on.
   */
  void read(InputStream in, String name, String idPrefix, Consumer<IngestItem> sink) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int lineNo = 0;
    long lineBytes = 0;
    boolean more = true;
    while (more) {
      int b = in.read();
      if (b != -1 && b != '\n') {
        // A line over the limit is not kept whole: reading on to its end is enough to report it.
        if (++lineBytes <= limit()) buf.write(b);
        continue;
      }
      more = b != -1;
      if (!more && lineBytes == 0) break;
      lineNo++;
      IngestItem item = lineBytes > limit()
          ? new IngestItem.Failed(name + ":" + lineNo, "too large", "line " + lineNo + ": record of " + lineBytes
              + " bytes is over the limit of " + options.maxBytes() + " bytes (--max-bytes)")
          : line(buf.toByteArray(), name, idPrefix, lineNo);
      buf.reset();
      lineBytes = 0;
      if (item != null) sink.accept(item);
    }
  }

  private long limit() {
    return options.maxBytes() > 0 ? options.maxBytes() : Long.MAX_VALUE;
  }

  /** One line: an article, a failure naming the line, or null for a blank line. */
  IngestItem line(byte[] line, String name, String idPrefix, long lineNo) {
    String origin = name + ":" + lineNo;
    try {
      String text = decode(line);
      if (text.isBlank()) return null;
      return new IngestItem.Ok(parse(text, idPrefix + ":" + lineNo, origin));
    } catch (BadInputException e) {
      return new IngestItem.Failed(origin, e.reason(), "line " + lineNo + ": " + e.getMessage());
    } catch (RuntimeException | Error e) {
      IngestItem.rethrowFatal(e);
      return IngestItem.Failed.of(origin, "reading error", "line " + lineNo + ": reading failed", e);
    }
  }

  private static String decode(byte[] line) throws BadInputException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException("not UTF-8", "text is not valid UTF-8; convert it to UTF-8 first");
    }
  }

  Article parse(String line, String fallbackId, String origin) throws BadInputException {
    if (options.maxBytes() > 0 && line.length() > options.maxBytes()) {
      throw new BadInputException("too large", "record of " + line.length()
          + " characters is over the limit of " + options.maxBytes() + " (--max-bytes)");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadInputException("invalid JSON", "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadInputException("invalid JSON", "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull() || !text.isTextual() || text.asText().isBlank()) {
      throw new BadInputException("no text", "record has no \"text\"");
    }
    String dateRaw = textOrNull(node, "date");
    LocalDate date = null;
    String unreadable = null;
    try {
      date = Dates.parse(dateRaw);
    } catch (Dates.UnreadableDateException e) {
      unreadable = "\"date\" field \"" + e.value() + "\"";
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    node.fields().forEachRemaining(f -> {
      if (!KNOWN.contains(f.getKey())) extra.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
    });
    String id = textOrNull(node, "id");
    Articles.Meta meta = new Articles.Meta(id == null ? fallbackId : id, date, unreadable, textOrNull(node, "source"),
        textOrNull(node, "title"), textOrNull(node, "url"), extra);
    return Articles.build(text.asText(), meta, origin, options);
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) return null;
    String s = v.asText();
    return s.isBlank() ? null : s;
  }
}
