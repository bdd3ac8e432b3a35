package org.dateline.eval.events;

import org.dateline.eval.Skipped;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the article-level gold of wikinews-events-2019 ({@code gold/ID.json}): every political
 * event of an article with its sentence, CAMEO code, parties, status and {@code same_as} link.
 */
public final class WikinewsGold {
  private WikinewsGold() {}

  /** Statuses that are the news of the day: what happened and what was stated as intended. */
  public static final Set<String> NEWS = Set.of("asserted", "intent");

  /** The gold of one article. */
  public record Article(String id, String title, List<Mention> events) {
    public Article {
      events = List.copyOf(events);
    }
  }

  /**
   * One gold mention of an event.
   *
   * @param sentence the sentence as written in the text (or the title, for a few first mentions)
   * @param mutual   whether the parties act on each other alike, so either may stand on either side
   * @param status   asserted, intent, future, negated, hypothetical or background
   * @param sameAs   the key of an earlier mention of the same event, or null
   * @param date     when it happened (TIMEX3 value, as the annotator resolved it), or null
   */
  public record Mention(String key, String sentence, String trigger, String cameo, List<Party> source,
                        List<Party> target, boolean mutual, String status, String sameAs, String date) {
    public Mention {
      source = List.copyOf(source);
      target = List.copyOf(target);
    }

    /** A mention with no date given. */
    public Mention(String key, String sentence, String trigger, String cameo, List<Party> source,
                   List<Party> target, boolean mutual, String status, String sameAs) {
      this(key, sentence, trigger, cameo, source, target, mutual, status, sameAs, null);
    }

    public boolean isNews() {
      return NEWS.contains(status);
    }
  }

  /** A gold actor: any of the three may be null. */
  public record Party(String text, String country, String sector, String org) {
    /** "USA-GOV", "NATO", or "?" for a party with nothing coded. */
    public String label() {
      if (org != null) return org;
      String c = country == null ? "" : country;
      String s = sector == null ? "" : sector;
      return c.isEmpty() && s.isEmpty() ? "?" : c + (c.isEmpty() || s.isEmpty() ? "" : "-") + s;
    }
  }

  /** Every {@code *.json} of the folder, in file-name order. */
  public static List<Article> readDir(Path dir, List<Skipped> skipped) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(read(EvalSupport.JSON.readTree(f.toFile())));
      } catch (IOException | RuntimeException e) {
        skipped.add(Skipped.of(f.toString(), "not a gold article: " + e.getMessage()));
      }
    }
    return out;
  }

  static Article read(JsonNode root) {
    String id = text(root, "id");
    if (id == null) throw new IllegalArgumentException("no \"id\"");
    List<Mention> events = new ArrayList<>();
    for (JsonNode e : root.path("events")) {
      String key = text(e, "key");
      String cameo = text(e, "cameo");
      if (key == null || cameo == null || text(e, "sentence") == null) {
        throw new IllegalArgumentException("event " + events.size() + " lacks key, cameo or sentence");
      }
      events.add(new Mention(key, text(e, "sentence"), text(e, "trigger"), cameo, parties(e.get("source")),
          parties(e.get("target")), e.path("mutual").asBoolean(false), text(e, "status"), text(e, "same_as"),
          code(e, "date")));
    }
    return new Article(id, text(root, "title"), events);
  }

  private static List<Party> parties(JsonNode field) {
    List<Party> out = new ArrayList<>();
    if (field == null || !field.isArray()) return out;
    for (JsonNode a : field) {
      if (a.isObject()) out.add(new Party(text(a, "text"), code(a, "country"), code(a, "sector"), code(a, "org")));
    }
    return out;
  }

  /** A code field; blank means none, as in the reference scorer. */
  private static String code(JsonNode n, String field) {
    String v = text(n, field);
    return v == null || v.isBlank() ? null : v;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
