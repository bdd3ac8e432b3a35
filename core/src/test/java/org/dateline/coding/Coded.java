package org.dateline.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.testing.Models;

/** Codes a text written for a test and offers readable views of its events. */
final class Coded {
  final Document doc;

  private Coded(Document doc) {
    this.doc = doc;
  }

  static Coded of(String text, String date) {
    Article a = new Article("t", LocalDate.parse(date), null, null, null, text, 0, null, null, "test");
    return new Coded(Models.pipeline().process(a));
  }

  /** A text an outlet published (the article's source). */
  static Coded published(String text, String date, String publisher) {
    Article a = new Article("t", LocalDate.parse(date), publisher, null, null, text, 0, null, null, "test");
    return new Coded(Models.pipeline().process(a));
  }

  static Coded of(String text) {
    return of(text, "2024-03-12");
  }

  /** The events whose CAMEO code starts with the root. */
  List<Event> root(String root) {
    return doc.events().stream().filter(e -> e.cameo().startsWith(root)).toList();
  }

  /** The first event with this trigger word, or fails. */
  Event trigger(String word) {
    return doc.events().stream().filter(e -> e.evidence().trigger().equalsIgnoreCase(word)).findFirst()
        .orElseThrow(() -> new AssertionError("no event triggered by '" + word + "' in " + describe()));
  }

  static String countries(List<Actor> actors) {
    return actors.stream().map(a -> a.country() == null ? "-" : a.country()).sorted().collect(Collectors.joining(","));
  }

  /** The countries of both sides: the parties of a mutual act stand on either. */
  static String parties(Event e) {
    List<Actor> all = new java.util.ArrayList<>(e.source());
    all.addAll(e.target());
    return countries(all);
  }

  String describe() {
    return doc.events().stream().map(e -> e.cameo() + " " + countries(e.source()) + "->" + countries(e.target())
        + " [" + e.evidence().trigger() + "]").collect(Collectors.joining("; "));
  }
}
