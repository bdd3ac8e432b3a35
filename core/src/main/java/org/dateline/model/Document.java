package org.dateline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The one object that the pipeline stages annotate in turn: NLP adds sentences and mentions,
 * the resolvers add actors, places and times, the coder adds events.
 */
public final class Document {
  private final Article article;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Place> places = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public Document(Article article) {
    this.article = article;
  }

  public Article article() { return article; }
  public String text() { return article.text(); }
  public List<Sentence> sentences() { return sentences; }
  public List<Mention> mentions() { return mentions; }
  public List<Place> places() { return places; }

  /**
   * The places named as where something is or happens: the listed places less the names that
   * stand for an actor or are demonyms. Events take their locations from these only.
   */
  public List<Place> locations() {
    return places.stream().filter(Place::isLocation).toList();
  }
  public List<TimeExpression> times() { return times; }
  public List<Event> events() { return events; }

  /** What the record should say about how the text was analysed, e.g. a long sentence parsed in parts. */
  public List<String> notes() { return notes; }

  /** Number of tokens over all sentences. */
  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) n += s.tokens().size();
    return n;
  }
}
