package org.dateline.coding.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word cues beside the embedding, on sentences written for these tests. */
class SpeechCuesTest {
  @Test
  void theEarliestWordOfSpeechGivesTheRoot() {
    assertEquals("02", SpeechCues.earliest("The Norwegian minister said the fishing fleets should stay in port."));
    assertEquals("10", SpeechCues.earliest("The miners insisted that the owners reopen the shaft."));
    assertEquals("13", SpeechCues.earliest("The coast guard warned the smugglers, whom it later accused of piracy."));
    assertEquals("11", SpeechCues.earliest("The mayor condemned the vandals and urged calm."));
    assertEquals("05", SpeechCues.earliest("The senator thanked the nurses of the northern hospitals."));
    assertEquals("12", SpeechCues.earliest("The assembly REJECTED the budget."));
  }

  @Test
  void aSentenceWithoutSuchWordsIsAPlainStatement() {
    assertEquals(SpeechCues.NONE, SpeechCues.earliest("The minister said the bridge would open in May."));
    // a cue starts a word: "swarm" and "unthanked" are none
    assertEquals(SpeechCues.NONE, SpeechCues.earliest("The governor said a swarm of locusts had reached the unthanked farmers."));
    assertEquals(SpeechCues.NONE, SpeechCues.earliest(""));
  }

  @Test
  void featuresSetOnlyTheCuesRoot() {
    float[] f = SpeechCues.features("Rebels threatened to cut the road.");
    assertEquals(SpeechCues.SIZE, f.length);
    for (int i = 0; i < SpeechCues.ROOTS.size(); i++) {
      assertEquals(SpeechCues.ROOTS.get(i).equals("13") ? SpeechCues.WEIGHT : 0f, f[i], "feature " + SpeechCues.ROOTS.get(i));
    }
    assertEquals(SpeechCues.WEIGHT, SpeechCues.features("The clerk said the office was closed.")[0]);
  }

  @Test
  void theLastFeaturesAreTheSentencesValence() {
    int positive = SpeechCues.ROOTS.size();
    float[] threat = SpeechCues.features("Rebels threatened to cut the road.");
    assertEquals(0f, threat[positive]);
    assertTrue(threat[positive + 1] > 0, "a threat weighs negative");
    assertEquals(0f, SpeechCues.features("The clerk said the office was at the station.")[positive + 1]);
  }

  @Test
  void theVectorIsTheEmbeddingThenTheCues() {
    float[] embedding = {0.6f, 0.8f};
    float[] v = SpeechCues.vector(embedding, "The union demanded higher pay.");
    assertEquals(2 + SpeechCues.SIZE, v.length);
    assertArrayEquals(new float[] {0.6f, 0.8f}, java.util.Arrays.copyOf(v, 2));
    assertEquals(SpeechCues.WEIGHT, v[2 + SpeechCues.ROOTS.indexOf("10")]);
    assertEquals(SpeechActs.DIMENSION, Encoder.DIMENSION + SpeechCues.SIZE);
  }
}
