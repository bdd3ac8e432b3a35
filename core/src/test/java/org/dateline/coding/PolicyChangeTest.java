package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Changing a policy or a levy ("cut taxes", "scrap the scheme") is a change of policy (0832);
 * said as a plan it is an intent (0342), asked for an appeal (0242), refused a rejection (1232).
 * Sentences written for these tests.
 */
class PolicyChangeTest {
  @Test
  void aGovernmentSayingItWillChangeAPolicyIntendsIt() {
    Coded c = Coded.of("The Slovenian government said it would cut fuel taxes.");
    assertEquals("0342", c.trigger("cut").cameo(), c.describe());
    assertEquals("SVN", Coded.countries(c.trigger("cut").source()), c.describe());
    Coded d = Coded.of("The Slovenian finance minister pledged to abolish the property tax.");
    assertEquals("0342", d.trigger("pledged").cameo(), d.describe());
    Coded e = Coded.of("The Slovenian government will raise the minimum wage in October, ministers have announced.");
    assertEquals("0342", e.trigger("raise").cameo(), e.describe());
  }

  @Test
  void aPlanOrPledgeToActIsAnIntent() {
    Coded c = Coded.of("The Slovenian government announced plans to raise the minimum wage.");
    assertEquals("0342", c.trigger("raise").cameo(), c.describe());
    assertEquals("intent", c.trigger("raise").modality(), c.describe());
    Coded d = Coded.of("The Slovenian government announced plans to release the prisoners.");
    assertEquals("035", d.trigger("release").cameo(), d.describe());
  }

  @Test
  void askingOrRefusingAChangeOfPolicy() {
    Coded c = Coded.of("Slovenian opposition leaders urged the government to scrap the tax.");
    assertEquals("0242", c.trigger("urged").cameo(), c.describe());
    Coded d = Coded.of("The Slovenian government rejected calls to cut the fuel duty.");
    assertEquals("1232", d.trigger("rejected").cameo(), d.describe());
  }

  @Test
  void aChangeMadeIsAChangeOfPolicy() {
    Coded c = Coded.of("The Slovenian parliament repealed the hunting law on Tuesday.");
    assertEquals("0832", c.trigger("repealed").cameo(), c.describe());
  }

  @Test
  void cuttingWhatIsNoMeasureIsNoChangeOfPolicy() {
    Coded c = Coded.of("The Slovenian central bank cut interest rates on Thursday.");
    assertTrue(c.root("08").isEmpty() && c.root("03").isEmpty(), c.describe());
    Coded d = Coded.of("Slovenian farmers cut the grass along the border road.");
    assertTrue(d.root("08").isEmpty() && d.root("03").isEmpty(), d.describe());
  }

  @Test
  void restrictionsAnnouncedOrTightenedAreSanctions() {
    Coded announced = Coded.of("Ghana announced new restrictions on imports from Nigeria on Monday.");
    assertEquals("16", announced.trigger("announced").cameo().substring(0, 2), announced.describe());
    Coded tightened = Coded.of("The Chinese government tightened restrictions on foreign journalists in Tibet.");
    assertEquals("172", tightened.trigger("tightened").cameo(), tightened.describe());
  }
}
