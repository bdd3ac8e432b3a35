package org.dateline.model;

import java.util.ArrayList;
import java.util.List;

/** A sentence of the analysed text with its tokens and dependency tree. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** Dependents of token {@code head}, in order. */
  public List<Token> children(int head) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head) out.add(t);
    }
    return out;
  }

  /** The tokens whose offsets lie within [start, end). */
  public List<Token> tokensIn(int from, int to) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.start() >= from && t.end() <= to) out.add(t);
    }
    return out;
  }
}
