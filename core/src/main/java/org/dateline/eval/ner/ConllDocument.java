package org.dateline.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One CoNLL document (the lines between two -DOCSTART- markers): its sentences of tagged tokens.
 *
 * @param id        "eng.testa#3": file name and 1-based document number, for messages
 * @param sentences the sentences in order, each a list of tokens
 */
public record ConllDocument(String id, List<List<Token>> sentences) {
  /** One token with its gold NER tag as written (I-PER, B-ORG, O, ...). */
  public record Token(String word, String tag) {}

  public ConllDocument {
    sentences = sentences.stream().map(List::copyOf).toList();
  }

  /**
   * The gold entities, chunked sentence by sentence: a sentence break ends an entity, as the blank
   * line does for conlleval (otherwise "... I-LOC" + "I-LOC ..." would join across it).
   */
  public List<Chunk> goldChunks() {
    List<Chunk> out = new ArrayList<>();
    int offset = 0;
    for (List<Token> s : sentences) {
      for (Chunk c : Chunks.fromTags(id, s.stream().map(Token::tag).toList())) {
        out.add(new Chunk(id, c.start() + offset, c.end() + offset, c.type()));
      }
      offset += s.size();
    }
    return out;
  }

  /** All tokens of the document in order; chunk offsets index into this list. */
  public List<Token> tokens() {
    return sentences.stream().flatMap(List::stream).toList();
  }
}
