package org.dateline.coding.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The valence of sentences written for these tests. */
class ValenceTest {
  @Test
  void praiseWeighsPositiveAndScornNegative() {
    float[] praise = Valence.of("The councillor said the speech was brilliant and generous.");
    float[] scorn = Valence.of("The councillor said the speech was a shameful, dishonest disgrace.");
    assertTrue(praise[0] > 0.5 && praise[1] == 0, "praise: " + praise[0] + " / " + praise[1]);
    assertTrue(scorn[1] > 0.5 && scorn[0] == 0, "scorn: " + scorn[0] + " / " + scorn[1]);
  }

  @Test
  void aNegationTurnsTheWordsAfterIt() {
    float[] f = Valence.of("The governor said the settlement was not fair to the farmers.");
    assertEquals(0f, f[0]);
    assertTrue(f[1] > 0, "'not fair' weighs negative");
    float[] g = Valence.of("The governor said the settlement wasn't fair.");
    assertTrue(g[1] > 0 && g[0] == 0, "'wasn't fair' weighs negative");
    // three words on, a negation reaches no further
    float[] h = Valence.of("No one came to the meeting but the result was fair.");
    assertTrue(h[0] > 0 && h[1] == 0, "'fair' far from 'no' stays positive");
  }

  @Test
  void wordsTheLexiconDoesNotRateWeighNothing() {
    float[] f = Valence.of("The committee met on Tuesday in the town hall.");
    assertEquals(0f, f[0]);
    assertEquals(0f, f[1]);
    assertEquals(0.0, Valence.rating("parliament"));
    assertTrue(Valence.rating("betrayal") < -2);
  }

  @Test
  void weightsReachOneAtMost() {
    float[] f = Valence.of("great great great great great great great great great great wonderful superb");
    assertTrue(f[0] > 0.9 && f[0] <= 1, "weight " + f[0]);
  }
}
