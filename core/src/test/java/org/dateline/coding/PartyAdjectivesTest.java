package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** A party named by its adjective ("Tory", "Conservative", "Democratic") is that party, and its members in a role are of its country. */
class PartyAdjectivesTest {
  @Test
  void membersOfAPartyInARoleAreOfItsCountry() {
    Coded c = Coded.of("Tory MPs attacked the chancellor over the budget.", "2005-03-01");
    Event e = c.trigger("attacked");
    assertEquals("GBRLEG", e.source().get(0).code(), c.describe());
    Coded d = Coded.of("Democratic senators criticised the bill on health care.", "2009-03-01");
    assertEquals("USALEG", d.trigger("criticised").source().get(0).code(), d.describe());
  }

  @Test
  void aPartysLeaderNamedByItsAdjectiveIsThePartys() {
    Coded c = Coded.of("The Conservative leader attacked the government over crime.", "2005-03-01");
    assertEquals("GBRPTY", c.trigger("attacked").source().get(0).code(), c.describe());
  }

  @Test
  void proposalsOfAPartyNamedByItsAdjectiveAreAimedAtIt() {
    Coded c = Coded.of("The chancellor dismissed the Conservative proposals on tax.", "2005-03-01");
    assertEquals("GBRPTY", c.trigger("dismissed").target().get(0).code(), c.describe());
    Coded d = Coded.of("Democratic senators criticised the Republican bill on health care.", "2009-03-01");
    assertEquals("USAPTY", d.trigger("criticised").target().get(0).code(), d.describe());
  }

  @Test
  void aLowerCaseAdjectiveNamesNoParty() {
    Coded c = Coded.of("The minister rejected conservative estimates of the cost.", "2005-03-01");
    assertTrue(c.trigger("rejected").target().stream().noneMatch(a -> "GBRPTY".equals(a.code())), c.describe());
  }

  @Test
  void aPartysNameIsReadWhole() {
    // "Democrat" in "Liberal Democrat" is no American Democrat
    Coded c = Coded.of("A Liberal Democrat spokesman attacked the government over council tax.", "2005-03-01");
    Event e = c.trigger("attacked");
    assertEquals(1, e.source().size(), c.describe());
    assertEquals("GBRPTY", e.source().get(0).code(), c.describe());
  }

  @Test
  void aPartysRebelsAreNoArmedRebels() {
    Coded c = Coded.of("Labour rebels attacked the prime minister over tuition fees.", "2005-03-01");
    assertEquals("GBRPTY", c.trigger("attacked").source().get(0).code(), c.describe());
  }
}
