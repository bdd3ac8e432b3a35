package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Event;
import org.junit.jupiter.api.Test;

/** What an actor expresses says which statement it makes: sympathy, disapproval, concern or hope. */
class ExpressedFeelingsTest {
  @Test
  void whatIsExpressedSaysWhichStatement() {
    assertCode("018", "The Chilean president expressed her sympathy to the families of the miners.", "expressed");
    assertCode("110", "The Swedish government expressed disappointment at the court's decision on Tuesday.", "expressed");
    assertCode("013", "The Kenyan foreign minister expressed hope that the border talks would succeed.", "expressed");
  }

  @Test
  void whatIsVoicedSaysWhichStatementAndWhatItIsOverCameFirst() {
    Coded c = Coded.of("The Dutch foreign minister voiced concern over the arrests of journalists in Minsk.");
    assertEquals("012", c.trigger("voiced").cameo(), c.describe());
    assertEquals("background", c.trigger("arrests").modality(), c.describe());
    assertCode("018", "The Irish prime minister voiced sympathy for the victims of the flood in Cork.", "voiced");
  }

  @Test
  void mourningADeathIsSympathy() {
    assertCode("018", "Lawmakers from both parties in Ottawa mourned the former premier's death on Sunday.", "mourned");
  }

  @Test
  void wantingToExpressSympathyExpressesItWantingToSupportIsAnIntent() {
    Coded c = Coded.of("The Peruvian president said: \"I want to express my sympathy to the families of the victims.\"");
    assertEquals("018", c.trigger("want").cameo(), c.describe());
    Coded support = Coded.of("The Peruvian opposition party wants to support the new mining law.");
    assertEquals("03", support.trigger("wants").cameo().substring(0, 2), support.describe());
  }

  private static void assertCode(String code, String text, String trigger) {
    Coded c = Coded.of(text);
    assertEquals(code, c.trigger(trigger).cameo(), c.describe());
  }

  @Test
  void payingTributeToSomeonePraisesThem() {
    Coded c = Coded.of("The Chilean president paid tribute to the firefighters who fought the blaze in Valparaiso.");
    Event e = c.trigger("paid");
    assertEquals("051", e.cameo(), c.describe());
    assertEquals("CHL", Coded.countries(e.target()), c.describe());
  }

  @Test
  void payingAFineIsNoTribute() {
    Coded c = Coded.of("The Chilean minister paid the parking fine on Monday.");
    assertTrue(c.root("05").isEmpty(), c.describe());
  }
}
