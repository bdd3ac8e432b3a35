package org.dateline.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Explanation;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.TimeExpression;

/** Writes a coded document as one JSON object of the output contract (spec/article.schema.json). */
public final class ArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();
  // Input fields carried through keep their name unless the contract already uses it.
  static final Set<String> RESERVED = Set.of("id", "date", "source", "title", "url", "dateline",
      "bodyOffset", "text", "entities", "places", "times", "events", "otherEvents", "extra", "notes");

  private static final java.util.regex.Pattern CAMEO = java.util.regex.Pattern.compile("[0-2][0-9]{1,3}");

  private ArticleJson() {}

  public static String line(Document doc) {
    try {
      return JSON.writeValueAsString(tree(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + doc.article().id(), e);
    }
  }

  public static ObjectNode tree(Document doc) {
    Article a = doc.article();
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("date", a.date() == null ? null : a.date().toString());
    o.put("source", a.source());
    o.put("title", a.title());
    o.put("url", a.url());
    if (a.dateline() == null) {
      o.putNull("dateline");
    } else {
      ObjectNode d = o.putObject("dateline");
      d.put("text", a.dateline().text());
      d.put("place", a.dateline().place());
      d.put("date", a.dateline().date() == null ? null : a.dateline().date().toString());
      d.put("source", a.dateline().source());
    }
    o.put("bodyOffset", a.bodyOffset());
    ObjectNode extra = null;
    for (Map.Entry<String, Object> e : a.extra().entrySet()) {
      if (RESERVED.contains(e.getKey())) {
        if (extra == null) extra = o.putObject("extra");
        extra.set(e.getKey(), JSON.valueToTree(e.getValue()));
      } else {
        o.set(e.getKey(), JSON.valueToTree(e.getValue()));
      }
    }
    o.put("text", a.text());
    entities(o.putArray("entities"), doc.mentions());
    places(o.putArray("places"), doc.places());
    times(o.putArray("times"), doc.times());
    // Codes from a user's own dictionary scheme (903, 174K) have no QuadClass or PLOVER type: they
    // go beside the contract's events, so every record stays valid against it.
    events(o.putArray("events"), doc.events().stream().filter(ArticleJson::withinContract).toList());
    List<Event> other = doc.events().stream().filter(e -> !withinContract(e)).toList();
    if (!other.isEmpty()) events(o.putArray("otherEvents"), other);
    // Only records whose text was analysed differently carry it (a long sentence parsed in parts).
    if (!doc.notes().isEmpty()) {
      ArrayNode notes = o.putArray("notes");
      doc.notes().forEach(notes::add);
    }
    return o;
  }

  private static void entities(ArrayNode arr, List<Mention> mentions) {
    for (Mention m : mentions) {
      ObjectNode e = arr.addObject();
      e.put("text", m.text());
      e.put("type", m.type());
      e.put("start", m.start());
      e.put("end", m.end());
      e.put("sentence", m.sentence());
      if (m.actor() != null) e.set("actor", actor(m.actor()));
    }
  }

  private static void places(ArrayNode arr, List<Place> places) {
    for (Place p : places) place(arr.addObject(), p);
  }

  private static void place(ObjectNode o, Place p) {
    o.put("text", p.text());
    o.put("start", p.start());
    o.put("end", p.end());
    o.put("sentence", p.sentence());
    o.put("name", p.name());
    o.put("country", p.country());
    o.put("admin1", p.admin1());
    o.put("featureClass", p.featureClass());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("geonameId", p.geonameId());
    o.put("confidence", p.confidence());
    // Only features carry it, so that records of ordinary places stay as they were.
    if (p.featureKind() != null) o.put("featureKind", p.featureKind());
    // Likewise only names standing for an actor or demonyms carry it: "actor" or "demonym".
    if (p.usedAs() != null) o.put("usedAs", p.usedAs());
  }

  private static void times(ArrayNode arr, List<TimeExpression> times) {
    for (TimeExpression t : times) {
      ObjectNode o = arr.addObject();
      o.put("text", t.text());
      o.put("start", t.start());
      o.put("end", t.end());
      o.put("sentence", t.sentence());
      o.put("type", t.type());
      o.put("value", t.value());
      o.put("mod", t.mod());
    }
  }

  /** Whether an event is written under {@code events} (a CAMEO code with QuadClass and PLOVER type). */
  public static boolean withinContract(Event e) {
    return e.cameo() != null && CAMEO.matcher(e.cameo()).matches() && e.quadClass() >= 1 && e.quadClass() <= 4
        && e.plover() != null && e.plover().type() != null && !e.plover().type().isEmpty();
  }

  private static void events(ArrayNode arr, List<Event> events) {
    for (Event ev : events) {
      ObjectNode o = arr.addObject();
      o.put("id", ev.id());
      ArrayNode src = o.putArray("source");
      ev.source().forEach(a -> src.add(actor(a)));
      ArrayNode tgt = o.putArray("target");
      ev.target().forEach(a -> tgt.add(actor(a)));
      o.put("cameo", ev.cameo());
      o.put("quadClass", ev.quadClass());
      o.put("goldstein", ev.goldstein());
      ObjectNode pl = o.putObject("plover");
      pl.put("type", ev.plover().type());
      pl.put("mode", ev.plover().mode());
      ArrayNode ctx = pl.putArray("context");
      ev.plover().context().forEach(ctx::add);
      o.put("date", ev.date());
      o.put("dateText", ev.dateText());
      // The whole place, so that a stored record keeps admin1 and the GeoNames id.
      if (ev.location() == null) o.putNull("location");
      else place(o.putObject("location"), ev.location());
      o.put("negated", ev.negated());
      o.put("modality", ev.modality());
      ObjectNode evd = o.putObject("evidence");
      evd.put("sentence", ev.evidence().sentence());
      evd.put("start", ev.evidence().start());
      evd.put("end", ev.evidence().end());
      evd.put("text", ev.evidence().text());
      evd.put("trigger", ev.evidence().trigger());
      o.put("confidence", ev.confidence());
      if (ev.explain() != null) explain(o.putObject("explain"), ev.explain());
    }
  }

  private static void explain(ObjectNode o, Explanation x) {
    o.put("type", x.type());
    ArrayNode src = o.putArray("source");
    x.source().forEach(src::add);
    ArrayNode tgt = o.putArray("target");
    x.target().forEach(tgt::add);
    o.put("date", x.date());
  }

  /** The events of a document as text a person reads: each with its evidence and why it was coded so. */
  public static String explained(Document doc) {
    StringBuilder b = new StringBuilder("# ").append(doc.article().id());
    if (doc.article().title() != null) b.append(": ").append(doc.article().title());
    b.append('\n');
    for (Event ev : doc.events()) {
      b.append(ev.id()).append("  ").append(ev.cameo()).append(' ')
          .append(ev.plover() == null || ev.plover().type() == null ? "-" : ev.plover().type())
          .append(ev.modality() == null ? "" : " (" + ev.modality() + ")").append(ev.negated() ? " (negated)" : "")
          .append("  \"").append(ev.evidence().text()).append("\" [").append(ev.evidence().trigger()).append("]\n");
      Explanation x = ev.explain();
      if (x == null) continue;
      b.append("    type:   ").append(x.type()).append('\n');
      x.source().forEach(a -> b.append("    source: ").append(a).append('\n'));
      x.target().forEach(a -> b.append("    target: ").append(a).append('\n'));
      b.append("    date:   ").append(ev.date()).append(" from ").append(x.date()).append('\n');
    }
    return b.toString();
  }

  private static ObjectNode actor(Actor a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("text", a.text());
    o.put("name", a.name());
    o.put("code", a.code());
    o.put("country", a.country());
    o.put("sector", a.sector());
    o.put("role", a.role());
    return o;
  }
}
