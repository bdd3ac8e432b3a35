package org.dateline.resolve;

import org.dateline.model.Document;
import org.dateline.resolve.time.TimeResolver;

/**
 * The resolve stage: actors, places and times of a document, in that order (places need to
 * know which names already stand for actors). Times: SUTime's spans from the NLP stage, read again
 * against the article date with the tense of their clause (see {@link TimeResolver}).
 */
public final class Resolver {
  private final ActorResolver actors;
  private final PlaceResolver places;
  private final TimeResolver times = new TimeResolver();

  public Resolver(Knowledge kb) {
    this.actors = new ActorResolver(kb);
    this.places = new PlaceResolver(kb);
  }

  public Resolver() {
    this(Knowledge.get());
  }

  public void resolve(Document doc) {
    actors.resolve(doc);
    places.resolve(doc);
    times.resolve(doc);
  }
}
