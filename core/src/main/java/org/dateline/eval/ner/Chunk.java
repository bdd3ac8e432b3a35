package org.dateline.eval.ner;

/**
 * An entity as a run of tokens: tokens [start, end) of document {@code doc}, with its CoNLL type
 * (PER, ORG, LOC, MISC). Two chunks agree only when all four fields are equal (exact match).
 */
public record Chunk(String doc, int start, int end, String type) {}
