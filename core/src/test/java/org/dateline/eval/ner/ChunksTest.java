package org.dateline.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {
  private static List<Chunk> chunks(String tags) {
    return Chunks.fromTags("d", List.of(tags.split(" ")));
  }

  @Test
  void iob1StartsAtIAfterOutsideOrOtherType() {
    assertEquals(List.of(new Chunk("d", 0, 2, "PER"), new Chunk("d", 2, 3, "ORG"), new Chunk("d", 4, 5, "LOC")),
        chunks("I-PER I-PER I-ORG O I-LOC"));
  }

  @Test
  void iob1UsesBOnlyBetweenTwoEntitiesOfOneType() {
    assertEquals(List.of(new Chunk("d", 0, 1, "LOC"), new Chunk("d", 1, 3, "LOC")), chunks("I-LOC B-LOC I-LOC"));
  }

  @Test
  void iob2GivesTheSameChunks() {
    assertEquals(chunks("I-PER I-PER I-ORG O I-LOC"), chunks("B-PER I-PER B-ORG O B-LOC"));
  }

  @Test
  void iobesEndsAndSingles() {
    assertEquals(List.of(new Chunk("d", 0, 2, "PER"), new Chunk("d", 2, 3, "PER"), new Chunk("d", 4, 5, "MISC")),
        chunks("B-PER E-PER S-PER O S-MISC"));
  }

  @Test
  void allOutsideGivesNone() {
    assertEquals(List.of(), chunks("O O O"));
  }
}
