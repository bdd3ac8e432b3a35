package org.dateline.resolve.places;

/** A place name in a text: its words and character offsets [start, end). */
public record Toponym(String text, int start, int end) {}
