package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Place;
import org.junit.jupiter.api.Test;

class LocationsTest {
  @Test
  void aBareDatelineNamesACity() {
    Place p = Locations.datelinePlace("WASHINGTON");
    assertEquals("USA", p.country());
    assertEquals("P", p.featureClass());
    assertTrue(Math.abs(p.lat() - 38.9) < 0.5, "the capital, not the state: " + p);
  }

  @Test
  void aQualifiedDatelineNamesThePlaceInThatRegion() {
    Place p = Locations.datelinePlace("BUSAN, South Korea");
    assertEquals("KOR", p.country());
    assertTrue(Math.abs(p.lat() - 35.1) < 0.3, p.toString());
  }

  @Test
  void aCurfewShortenedWhereItWasImposedFallsOnThatPlace() {
    Coded c = Coded.of("The army shortened the curfew imposed in Tamale on Monday.");
    var e = c.trigger("shortened");
    assertEquals("Tamale", e.location() == null ? null : e.location().name(), c.describe());
    assertEquals("GHA", Coded.countries(e.target()), c.describe());
  }
}
