package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a speaker says of his own party promises or explains; blame needs someone else to fall on. */
class OwnSideTest {
  @Test
  void wordsAboutOnesOwnPartyBlameNoOne() {
    Coded c = Coded.of("Tory leader Michael Howard has said his party would cut 35 billion pounds in wasteful spending.", "2005-01-10");
    assertTrue(c.doc.events().stream().noneMatch(e -> e.cameo().startsWith("11")
        && e.target().stream().anyMatch(a -> a.text().contains("party"))), c.describe());
  }

  @Test
  void anotherPartyOrOnesOwnPartyNamedSoCanBeBlamed() {
    Coded own = Coded.of("Michael Howard said his own party had failed to listen to voters.", "2005-01-10");
    assertTrue(own.trigger("said").target().stream().anyMatch(a -> a.text().contains("party")), own.describe());
    Coded other = Coded.of("Michael Howard said the Labour government had wasted billions of pounds.", "2005-01-10");
    assertEquals("11", other.trigger("said").cameo().substring(0, 2), other.describe());
  }
}
