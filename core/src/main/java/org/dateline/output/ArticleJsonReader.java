package org.dateline.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.ingest.BadInputException;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Explanation;
import org.dateline.model.Evidence;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Plover;
import org.dateline.model.TimeExpression;

/**
 * Reads back one record that {@link ArticleJson} wrote, so that articles coded elsewhere (another
 * machine, a Spark job, an earlier {@code dateline code} run) can be stored without coding them
 * again. Sentences and tokens are not part of the record and stay empty.
 */
public final class ArticleJsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJsonReader() {}

  /** @throws BadInputException naming the field that is missing or malformed */
  public static Document read(String line, String origin) throws BadInputException {
    JsonNode o;
    try {
      o = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadInputException("invalid JSON", "not a JSON object: " + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) throw new BadInputException("invalid JSON", "not a JSON object");
    try {
      Document doc = new Document(article(o, origin));
      for (JsonNode m : array(o, "entities")) doc.mentions().add(mention(m));
      for (JsonNode p : array(o, "places")) doc.places().add(place(p));
      for (JsonNode t : array(o, "times")) doc.times().add(time(t));
      for (JsonNode e : array(o, "events")) doc.events().add(event(e));
      for (JsonNode e : array(o, "otherEvents")) doc.events().add(event(e));
      for (JsonNode n : array(o, "notes")) doc.notes().add(n.asText());
      return doc;
    } catch (IllegalArgumentException e) {
      throw new BadInputException("not a coded record", e.getMessage());
    }
  }

  private static Article article(JsonNode o, String origin) {
    String id = required(o, "id");
    LocalDate date = date(o, "date");
    if (date == null) throw new IllegalArgumentException("record " + id + " has no date");
    JsonNode d = o.get("dateline");
    Dateline dateline = d == null || d.isNull() ? null
        : new Dateline(text(d, "text"), text(d, "place"), date(d, "date"), text(d, "source"));
    return new Article(id, date, text(o, "source"), text(o, "title"), text(o, "url"), required(o, "text"),
        o.path("bodyOffset").asInt(0), dateline, extra(o), origin);
  }

  /** Fields the contract does not define were carried through from the input; they go back to extra. */
  private static Map<String, Object> extra(JsonNode o) {
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!ArticleJson.RESERVED.contains(f.getKey())) extra.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
    }
    JsonNode nested = o.get("extra");
    if (nested != null && nested.isObject()) extra.putAll(JSON.convertValue(nested, Map.class));
    return extra;
  }

  private static Mention mention(JsonNode m) {
    JsonNode a = m.get("actor");
    return new Mention(required(m, "text"), required(m, "type"), m.path("start").asInt(), m.path("end").asInt(),
        m.path("sentence").asInt(-1), a == null || a.isNull() ? null : actor(a));
  }

  private static Place place(JsonNode p) {
    return new Place(text(p, "text"), p.path("start").asInt(-1), p.path("end").asInt(-1), p.path("sentence").asInt(-1),
        text(p, "name"), text(p, "country"), text(p, "admin1"), text(p, "featureClass"), number(p, "lat"),
        number(p, "lon"), p.hasNonNull("geonameId") ? p.get("geonameId").asLong() : null,
        p.path("confidence").asDouble(0), text(p, "featureKind"), text(p, "usedAs"));
  }

  private static TimeExpression time(JsonNode t) {
    return new TimeExpression(required(t, "text"), t.path("start").asInt(), t.path("end").asInt(),
        t.path("sentence").asInt(-1), required(t, "type"), required(t, "value"), text(t, "mod"));
  }

  private static Event event(JsonNode e) {
    String id = required(e, "id");
    JsonNode pl = e.path("plover");
    List<String> context = new ArrayList<>();
    pl.path("context").forEach(c -> context.add(c.asText()));
    JsonNode ev = e.get("evidence");
    if (ev == null || !ev.isObject()) throw new IllegalArgumentException("event " + id + " has no evidence");
    JsonNode loc = e.get("location");
    return new Event(id, actors(e, "source"), actors(e, "target"), required(e, "cameo"),
        e.path("quadClass").asInt(), e.path("goldstein").asDouble(),
        new Plover(text(pl, "type"), text(pl, "mode"), context), text(e, "date"), text(e, "dateText"),
        loc == null || loc.isNull() ? null : place(loc), e.path("negated").asBoolean(false), text(e, "modality"),
        new Evidence(ev.path("sentence").asInt(), ev.path("start").asInt(), ev.path("end").asInt(),
            text(ev, "text"), text(ev, "trigger")),
        e.path("confidence").asDouble(0), explanation(e.get("explain")));
  }

  /** The explanation a record carries, kept so that a record read back writes out as it came in. */
  private static Explanation explanation(JsonNode x) {
    if (x == null || !x.isObject()) return null;
    List<String> source = new ArrayList<>();
    x.path("source").forEach(a -> source.add(a.asText()));
    List<String> target = new ArrayList<>();
    x.path("target").forEach(a -> target.add(a.asText()));
    return new Explanation(text(x, "type"), source, target, text(x, "date"));
  }

  private static List<Actor> actors(JsonNode e, String field) {
    List<Actor> out = new ArrayList<>();
    for (JsonNode a : array(e, field)) out.add(actor(a));
    return out;
  }

  private static Actor actor(JsonNode a) {
    return new Actor(text(a, "text"), text(a, "name"), text(a, "code"), text(a, "country"), text(a, "sector"),
        text(a, "role"));
  }

  private static Iterable<JsonNode> array(JsonNode o, String field) {
    JsonNode a = o.get(field);
    if (a == null || a.isNull()) return List.of();
    if (!a.isArray()) throw new IllegalArgumentException("field " + field + " is not an array");
    return a;
  }

  private static String required(JsonNode o, String field) {
    String s = text(o, field);
    if (s == null) throw new IllegalArgumentException("field " + field + " is missing");
    return s;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Double number(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static LocalDate date(JsonNode o, String field) {
    String s = text(o, field);
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("field " + field + " is not a date (YYYY-MM-DD): " + s);
    }
  }
}
