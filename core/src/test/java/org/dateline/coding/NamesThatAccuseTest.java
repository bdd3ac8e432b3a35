package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** Giving someone a name that accuses (labels.tsv) is an accusation, on sentences written for these tests. */
class NamesThatAccuseTest {
  @Test
  void namingOrDesignatingAGroupTerroristsAccusesIt() {
    Coded c = Coded.of("The Moldovan president named the breakaway militia as terrorists on Monday.");
    Event e = c.trigger("named");
    assertEquals("112", e.cameo(), c.describe());
    assertEquals("MDA", Coded.countries(e.source()), c.describe());
    assertTrue(!e.target().isEmpty(), c.describe());
    Coded d = Coded.of("The Chilean government designated the cartel a terrorist organisation.");
    assertEquals("112", d.trigger("designated").cameo(), d.describe());
    Coded l = Coded.of("Bolivia has listed the armed group as a terrorist organisation.");
    assertEquals("112", l.trigger("listed").cameo(), l.describe());
  }

  @Test
  void aNameGivenInAnotherShapeOfTheSentence() {
    Coded c = Coded.of("The Slovak opposition leader called the prime minister a liar in parliament.");
    assertEquals("112", c.trigger("called").cameo(), c.describe());
    Coded d = Coded.of("The Georgian interior minister branded the protesters criminals and vandals.");
    assertEquals("112", d.trigger("branded").cameo(), d.describe());
    Coded e = Coded.of("The Colombian senator described the rebels as mercenaries.");
    assertEquals("112", e.trigger("described").cameo(), e.describe());
  }

  @Test
  void namingWithoutAnAccusingNameIsNoAccusation() {
    Coded c = Coded.of("Irish police named the killer as a local carpenter.");
    assertTrue(c.root("11").isEmpty(), c.describe());
    Coded d = Coded.of("Irish police named the terrorist suspect on Tuesday.");
    assertTrue(d.root("11").isEmpty(), d.describe());
    Coded e = Coded.of("The Kenyan president described the minister as a friend.");
    assertTrue(e.root("11").isEmpty(), e.describe());
    Coded f = Coded.of("The council named the new stadium after a footballer.");
    assertTrue(f.root("11").isEmpty(), f.describe());
  }
}
