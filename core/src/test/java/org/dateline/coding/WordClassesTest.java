package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rules' word classes come from coding/word-classes.tsv, and a class it lacks fails loudly. */
class WordClassesTest {
  @Test
  void aClassHoldsTheWordsOfItsRow() {
    assertTrue(WordClasses.of("believing").contains("think"));
    assertTrue(WordClasses.of("claims").contains("allegation"));
  }

  @Test
  void aClassTheFileLacksIsAnError() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordClasses.of("no-such-class"));
    assertTrue(e.getMessage().contains("no-such-class"), e.getMessage());
  }
}
