package org.dateline.coding.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The speech model on sentences written for these tests (none is in speech-acts.tsv). */
class SpeechActsTest {
  private static final SpeechActs MODEL = SpeechActs.load();

  private static String root(String sentence) {
    return MODEL.classify(sentence).map(SpeechAct::root).orElse("none");
  }

  @Test
  void criticismIsDisapproval() {
    assertEquals("11", root("The Estonian opposition leader said the verdict against the journalist was a scandal."));
    assertEquals("11", root("Union leaders condemned the minister's plan to cut pensions as an outrage."));
  }

  @Test
  void praiseIsPraise() {
    assertEquals("05", root("The Portuguese president praised the lifeguards who saved the children."));
    assertEquals("05", root("The governor said the volunteers had done a wonderful job after the storm."));
  }

  @Test
  void praiseOrScornInAQuoteWithoutAVerbOfEither() {
    // the words' valence (valence.tsv) tells praise from scorn on the same topic
    assertEquals("05", root("\"The man has still got it, that was a brilliant address,\" the alderman said of the premier."));
    assertEquals("11", root("\"Frankly that address was a shambles and the man has lost his touch,\" the alderman said of the premier."));
  }

  @Test
  void appealIsAppeal() {
    assertEquals("02", root("The Icelandic prime minister urged fishing nations to respect the new quotas."));
  }

  @Test
  void accusationThreatAndRejection() {
    assertEquals("11", root("Tunisia accused its neighbour of arming the smugglers on the border."));
    assertEquals("13", root("The Malaysian government threatened to expel the foreign workers if the strike went on."));
    assertEquals("12", root("The Croatian parliament rejected the government's plan to sell the ports."));
  }

  @Test
  void plainAnnouncementIsAStatement() {
    assertEquals("01", root("A spokesman for the Slovak government said the minister would visit Vienna on Friday."));
  }

  @Test
  void explanationNamesCodeAndProbability() {
    SpeechAct act = MODEL.classify("The Latvian foreign minister condemned the attack on the embassy.").orElseThrow();
    assertTrue(act.probability() > 0 && act.probability() <= 1);
    assertTrue(act.runnerUpProbability() <= act.probability());
    assertTrue(act.explain().startsWith("speech model: " + act.cameo() + " p="), act.explain());
  }

  @Test
  void speakerAndContentReadAsWhatTheSpeakerSaid() {
    assertEquals(Optional.of("11"), MODEL.classify("The Chilean senator", "the new mining law was a shameful giveaway")
        .map(SpeechAct::root));
    assertTrue(MODEL.classify("The senator", " ").isEmpty());
  }

  @Test
  void noSpeechGivesNothing() {
    assertTrue(MODEL.classify("A landslide buried three houses in the valley after days of heavy rain.").isEmpty());
    assertTrue(MODEL.classify("The goalkeeper said he was delighted with his first clean sheet of the season.").isEmpty());
  }

  @Test
  void emptyInputGivesNothing() {
    assertTrue(MODEL.classify("").isEmpty());
    assertTrue(MODEL.classify("   ").isEmpty());
    assertTrue(MODEL.classify(null).isEmpty());
  }

  @Test
  void loadsOnceAndServesSeveralThreads() throws Exception {
    assertSame(MODEL, SpeechActs.load());
    String sentence = "The Bulgarian president welcomed the agreement on the gas pipeline.";
    Optional<SpeechAct> alone = MODEL.classify(sentence);
    assertFalse(alone.isEmpty());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Optional<SpeechAct>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) results.add(pool.submit(() -> SpeechActs.load().classify(sentence)));
      for (Future<Optional<SpeechAct>> f : results) {
        assertEquals(alone.get().cameo(), f.get().orElseThrow().cameo());
        assertEquals(alone.get().probability(), f.get().orElseThrow().probability(), 1e-6);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aRootIsChosenByAllItsCodesTogether() {
    List<String> labels = List.of("051", "111", "112", "none");
    // criticism and accusation (0.30 + 0.28) outweigh praise (0.32) though neither alone does
    SpeechAct act = SpeechActs.choose(labels, new double[] {0.32, 0.30, 0.28, 0.10}).orElseThrow();
    assertEquals("111", act.cameo());
    assertEquals(0.58, act.probability(), 1e-9);
    assertEquals("051", act.runnerUp());
    assertEquals(0.32, act.runnerUpProbability(), 1e-9);
  }

  @Test
  void noSpeechActWhenNoneOutweighsEveryRoot() {
    List<String> labels = List.of("051", "111", "112", "none");
    assertTrue(SpeechActs.choose(labels, new double[] {0.2, 0.2, 0.15, 0.45}).isEmpty());
  }
}
