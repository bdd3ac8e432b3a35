package org.dateline.resolve.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Names the gazetteer does not list, on sentences written for these tests: local features put
 * at the town the text is about, and longer names located by a place named inside them.
 */
class LocalFeaturesTest {
  private static final Disambiguator D = new Disambiguator();

  @Test
  void aStreetLiesInTheTownNamedBeforeIt() {
    Resolution lane = resolve("Firefighters in Leeds closed Quarrybank Lane after a gas leak.", null,
        "Leeds", "Quarrybank Lane").get(1);
    assertEquals("Leeds", lane.entry().name());
    assertEquals("GB", lane.entry().iso2());
    assertEquals("street", lane.feature());
    assertEquals(Localities.CONFIDENCE, lane.confidence());
  }

  @Test
  void withoutATownAFeatureStaysUnresolved() {
    assertFalse(resolve("Quarrybank Lane was closed after a gas leak.", null, "Quarrybank Lane").get(0).resolved());
    // A state is too large to stand for a street in it.
    Resolution lane = resolve("Police in Ohio closed Quarrybank Lane on Sunday.", null, "Ohio", "Quarrybank Lane").get(1);
    assertFalse(lane.resolved());
  }

  @Test
  void theDatelineTownHoldsTheFeaturesOfTheText() {
    Resolution creek = resolve("Two kayakers were pulled from Blackwattle Creek on Sunday.", "ADELAIDE",
        "Blackwattle Creek").get(0);
    assertEquals("AU", creek.entry().iso2());
    assertEquals("natural", creek.feature());
  }

  @Test
  void anAddressOrRoadNumberLiesInTheTownTheTextNamesMost() {
    List<Resolution> r = resolve("Officers were called to 2231 Marlowe Street, and later closed the A417. "
        + "Gloucester police said Gloucester roads reopened by noon.", null, "2231 Marlowe Street", "A417", "Gloucester");
    assertEquals("Gloucester", r.get(0).entry().name());
    assertEquals("street", r.get(0).feature());
    assertEquals("Gloucester", r.get(1).entry().name());
  }

  @Test
  void someonesPremisesAreALocalFeature() {
    Resolution kitchen = resolve("In Galway, volunteers at Maura's Kitchen served dinner.", null,
        "Galway", "Maura's Kitchen").get(1);
    assertEquals("IE", kitchen.entry().iso2());
    assertEquals("facility", kitchen.feature());
  }

  @Test
  void aBuildingLiesInTheCityItsNameHolds() {
    Resolution court = resolve("The Delhi High Court heard the petition on Monday.", null, "Delhi High Court").get(0);
    assertEquals("IN", court.entry().iso2());
    assertTrue(court.entry().isCity());
    assertEquals("facility", court.feature());
  }

  @Test
  void aBuildingNamedAfterAStateLiesInTheTownOfThatStateTheTextIsAbout() {
    Resolution campus = resolve("Students in Fresno rallied outside California State University on Friday.", null,
        "Fresno", "California State University").get(1);
    assertEquals("Fresno", campus.entry().name());
    assertEquals("facility", campus.feature());
    // Not a town of another state.
    Resolution other = resolve("Students in Reno rallied outside California State University on Friday.", null,
        "Reno", "California State University").get(1);
    assertEquals("ADM1", other.entry().featureCode());
  }

  @Test
  void anOrganisationLiesInTheCountryItsNameHolds() {
    Resolution bank = resolve("The Bank of Japan left its rates unchanged.", null, "Bank of Japan").get(0);
    assertEquals("JP", bank.entry().iso2());
    assertTrue(bank.entry().isCountry());
    assertEquals("other", bank.feature());
  }

  @Test
  void aHamletsNameInsideANameIsMostlyAPersons() {
    // Carnegie, Pennsylvania is a small town; the library is named after a man.
    assertFalse(resolve("Visitors queued outside the Carnegie Library all morning.", null, "Carnegie Library")
        .get(0).resolved());
    // Nor does a county's short name, which is also a person's, locate a building.
    assertFalse(resolve("Readers filled the Hennepin Carver Library on Saturday.", null, "Hennepin Carver Library")
        .get(0).resolved());
  }

  @Test
  void aPlaceNameEndingANameIsANamesake() {
    Resolution italy = resolve("Crowds filled Little Italy for the feast.", null, "Little Italy").get(0);
    assertFalse(italy.resolved(), italy.toString());
    // Nor is a delta at its river's namesake country's point.
    Resolution delta = resolve("Oil spills have fouled the Niger Delta for decades.", null, "Niger Delta").get(0);
    assertFalse(delta.resolved(), delta.toString());
  }

  @Test
  void aDirectionNextToThePlaceMakesItAPartOfIt() {
    assertNull(resolve("Storms battered South West England overnight.", null, "South West England").get(0).entry());
  }

  @Test
  void formsOfFeatureNames() {
    LocalFeatures f = LocalFeatures.get();
    assertEquals(LocalFeatures.Kind.STREET, f.kind("Rue des Lilas"));
    assertEquals(LocalFeatures.Kind.STREET, f.kind("I-95"));
    assertEquals(LocalFeatures.Kind.STREET, f.kind("Dunmore Avenue West"));
    assertEquals(LocalFeatures.Kind.NATURAL, f.kind("Mount Kenya"));
    assertEquals(LocalFeatures.Kind.AREA, f.kind("Brookfield Estate"));
    assertNull(f.kind("Capitol"));
    assertNull(f.kind("Springfield"));
  }

  /** Each name's first occurrence as a toponym; the resolutions, in the names' order. */
  private static List<Resolution> resolve(String text, String dateline, String... names) {
    List<Toponym> spans = new ArrayList<>();
    for (String n : names) {
      int at = text.indexOf(n);
      spans.add(new Toponym(n, at, at + n.length()));
    }
    return D.resolve(text, spans, dateline, Set.of());
  }
}
