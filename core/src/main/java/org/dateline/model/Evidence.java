package org.dateline.model;

/** The words that state an event: sentence index, character span in the analysed text, trigger. */
public record Evidence(int sentence, int start, int end, String text, String trigger) {}
