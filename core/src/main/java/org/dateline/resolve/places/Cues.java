package org.dateline.resolve.places;

import java.util.List;

/**
 * What the words around a toponym say about it.
 *
 * @param qualifiers countries or divisions named right after it ("Paris, Texas"): the place lies in one
 * @param qualified  places named right before it with a comma ("Paris, Texas" seen from "Texas"):
 *                   then it is the area holding one of them
 * @param framing    countries or divisions of a framing phrase before it ("the Korean city of Busan")
 * @param state      the words call it a state or province ("Washington state", "state of Washington")
 */
record Cues(List<GazetteerEntry> qualifiers, List<GazetteerEntry> qualified, List<GazetteerEntry> framing,
            boolean state) {
  static final Cues NONE = new Cues(List.of(), List.of(), List.of(), false);
}
