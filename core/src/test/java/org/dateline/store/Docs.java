package org.dateline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.TimeExpression;
import org.dateline.model.Mention;
import org.dateline.model.Dateline;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Evidence;
import org.dateline.model.Place;
import org.dateline.model.Plover;

/** Coded documents made by hand, so store tests need no CoreNLP. */
public final class Docs {
  private Docs() {}

  public static Actor actor(String code) {
    String country = code.length() >= 3 ? code.substring(0, 3) : null;
    String sector = code.length() > 3 ? code.substring(3) : null;
    return new Actor(code, code + " name", code, country, sector, null);
  }

  public static Place place(String name, String country, Double lat, Double lon) {
    return new Place(name, 0, name.length(), 0, name, country, null, "P", lat, lon, null, 0.9);
  }

  public static Event event(String src, String tgt, String cameo, String date, Place where, String text) {
    int quad = cameo.startsWith("1") && cameo.compareTo("14") < 0 ? 3 : cameo.compareTo("14") >= 0 ? 4 : 1;
    return new Event("e", src == null ? List.of() : List.of(actor(src)), tgt == null ? List.of() : List.of(actor(tgt)),
        cameo, quad, quad >= 3 ? -2.0 : 3.0, new Plover(quad >= 3 ? "ACCUSE" : "CONSULT", null, List.of()), date,
        null, where, false, null, new Evidence(0, 0, Math.min(text.length(), 40), text.substring(0, Math.min(text.length(), 40)), "said"),
        0.8);
  }

  /** The same event told otherwise: denied, or with a modality such as "future". */
  public static Event told(Event e, boolean negated, String modality) {
    return new Event(e.id(), e.source(), e.target(), e.cameo(), e.quadClass(), e.goldstein(), e.plover(), e.date(),
        e.dateText(), e.location(), negated, modality, e.evidence(), e.confidence());
  }

  public static Document doc(String id, String date, String source, String text, Event... events) {
    Article a = new Article(id, LocalDate.parse(date), source, "Title " + id, "https://example.org/" + id, text, 0,
        null, null, id + ".txt");
    Document d = new Document(a);
    d.events().addAll(List.of(events));
    return d;
  }

  /** A document with every part of the record filled: mentions, places, times, an event with a full location. */
  public static Document coded() {
    String text = "Officials of Chile and Peru met in Lima on Tuesday to settle a fishing dispute.";
    Place lima = new Place("Lima", 35, 39, 0, "Lima", "PER", "15", "P", -12.04, -77.03, 3936456L, 0.93);
    Article a = new Article("wire-7", LocalDate.of(2025, 3, 4), "Wire", "Neighbours meet", null, text, 12,
        new Dateline("LIMA, March 4 (Wire) -", "LIMA", LocalDate.of(2025, 3, 4), "Wire"),
        Map.of("section", "world", "text", "an input field that collides with the contract"), "feed.jsonl:3");
    Document d = new Document(a);
    d.mentions().add(new Mention("Chile", "COUNTRY", 13, 18, 0, actor("CHL")));
    d.places().add(lima);
    d.times().add(new TimeExpression("Tuesday", 43, 50, 0, "DATE", "2025-03-04", null));
    d.events().add(event("CHL", "PER", "040", "2025-03-04", lima, text));
    return d;
  }
}
