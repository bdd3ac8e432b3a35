package org.dateline.model;

/**
 * A named-entity mention: a span of the analysed text with its type and, once resolved, its actor.
 *
 * @param type     PERSON, ORGANIZATION, LOCATION, COUNTRY, NATIONALITY, TITLE or MISC
 * @param sentence index of the sentence holding it
 * @param actor    the resolved actor, or null
 */
public record Mention(String text, String type, int start, int end, int sentence, Actor actor) {
  public Mention withActor(Actor a) {
    return new Mention(text, type, start, end, sentence, a);
  }

  public Mention withType(String newType) {
    return new Mention(text, newType, start, end, sentence, actor);
  }
}
