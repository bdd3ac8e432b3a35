package org.dateline.resolve;

import org.dateline.model.Document;

/**
 * The resolve stage: actors, places and times of a document, in that order (places need to
 * know which names already stand for actors). Times come normalised from the NLP stage.
 */
public final class Resolver {
  private final ActorResolver actors;
  private final PlaceResolver places;

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
  }
}
