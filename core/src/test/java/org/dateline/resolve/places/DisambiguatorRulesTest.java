package org.dateline.resolve.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The resolver's rules on sentences written for these tests, with the toponym spans given
 * (no NLP): names by their people, former names, regions and islands, abbreviations,
 * nearness of the places of one text, towns named after states.
 */
class DisambiguatorRulesTest {
  private static final Disambiguator D = new Disambiguator();

  @Test
  void aDivisionNamedByItsPeople() {
    GazetteerEntry texas = resolve("Texans went to the polls early on Tuesday.", "Texans").get(0);
    assertEquals("ADM1", texas.featureCode());
    assertEquals("TX", texas.admin1Code());
    GazetteerEntry ontario = resolve("Many Ontarians work across the border.", "Ontarians").get(0);
    assertEquals("CA", ontario.iso2());
    assertEquals("ADM1", ontario.featureCode());
  }

  @Test
  void formerAndLongerCountryNames() {
    assertEquals("CD", resolve("Mobutu renamed the country Zaire in 1971.", "Zaire").get(0).iso2());
    assertEquals("CG", resolve("Brazzaville is the capital of the Republic of Congo.", "Republic of Congo").get(0).iso2());
  }

  @Test
  void regionsAndIslandsWithoutACountryOfTheirOwn() {
    GazetteerEntry ossetia = resolve("South Ossetian militias held the road.", "South Ossetian").get(0);
    assertEquals("South Ossetia", ossetia.name());
    GazetteerEntry sumatra = resolve("Floods hit Sumatra after a week of rain.", "Sumatra").get(0);
    assertEquals(0, sumatra.lat(), 3);
    assertEquals(102, sumatra.lon(), 3);
  }

  @Test
  void aDirectionBeforeACityNamesAQuarterButNotBeforeAVillage() {
    GazetteerEntry philly = resolve("Flooding closed schools across North Philadelphia on Monday.", "North Philadelphia").get(0);
    assertEquals("Philadelphia", philly.name());
    String text = "Aides met in the West Wing before the vote.";
    Resolution wing = D.resolve(text, List.of(new Toponym("West Wing", 17, 26)), null, Set.of()).get(0);
    assertTrue(wing.best() == null || !wing.best().name().equals("Wing"), wing.toString());
  }

  @Test
  void aStateAbbreviationWithItsFullStopStandsAlone() {
    GazetteerEntry pa = assertPlace("Voters in Pa. lined up before dawn.", "Pa.", "US", "ADM1");
    assertEquals("PA", pa.admin1Code());
  }

  @Test
  void aProvinceCalledWithoutItsKindWord() {
    GazetteerEntry p = resolve("Farmers in Pangasinan lost their rice crop.", "Pangasinan").get(0);
    assertEquals("PH", p.iso2());
  }

  @Test
  void placesOfOneTextLieNearOneAnother() {
    // Paris, Tennessee is the seat of Henry County, Tennessee: neither name alone says so.
    List<GazetteerEntry> r = resolve("The fair opened in Paris on Friday. Farmers from all over Henry County "
        + "brought their cattle to Paris for the show.", "Paris", "Henry County");
    assertEquals("US", r.get(0).iso2());
    assertEquals("TN", r.get(0).admin1Code());
    assertEquals("TN", r.get(1).admin1Code());
  }

  @Test
  void aStateNameAloneIsTheStateNotATownNamedAfterIt() {
    assertEach("Health officials in California and Nevada reported new cases.", "US", "ADM1", "California", "Nevada");
  }

  @Test
  void divisionsNamedTogetherAreDivisions() {
    assertEach("Drought spread from Kansas to Virginia and Delaware this summer.", "US", "ADM1",
        "Kansas", "Virginia", "Delaware");
  }

  @Test
  void aDivisionWithoutListedTownsIsStillADivision() {
    // GeoNames merged Telemark and Vestfold (2020) and moved their towns to the new county.
    assertEach("Storms closed roads in Telemark and Vestfold overnight.", "NO", "ADM1", "Telemark", "Vestfold");
  }

  @Test
  void englishNamesOfForeignCities() {
    GazetteerEntry g = resolve("The ferry left Gothenburg at noon.", "Gothenburg").get(0);
    assertEquals("SE", g.iso2());
    GazetteerEntry a = resolve("Tourists returned to Acapulco after the storm.", "Acapulco").get(0);
    assertEquals("MX", a.iso2());
    // Another town's own name is not taken over by a namesake's other name.
    GazetteerEntry p = resolve("Steel mills once lined the rivers of Pittsburgh.", "Pittsburgh").get(0);
    assertEquals("PA", p.admin1Code());
  }

  @Test
  void aFormerDivisionStillNamedInNews() {
    assertPlace("Cholera spread through Nyanza Province near Lake Victoria.", "Nyanza Province", "KE", "ADM1H");
  }

  @Test
  void referencePointsNearTheUsualOnes() {
    GazetteerEntry england = resolve("Rain fell across England.", "England").get(0);
    assertTrue(england.distanceKm(D.gazetteer().lookup("London").get(0)) < 161, england.toString());
  }

  /** The one name of the text resolves to a place of this country and feature code. */
  private static GazetteerEntry assertPlace(String text, String name, String iso2, String featureCode) {
    return assertEach(text, iso2, featureCode, name).get(0);
  }

  /** Each name of the text resolves to a place of this country and feature code. */
  private static List<GazetteerEntry> assertEach(String text, String iso2, String featureCode, String... names) {
    List<GazetteerEntry> out = resolve(text, names);
    for (GazetteerEntry e : out) {
      assertEquals(iso2, e.iso2(), e.toString());
      assertEquals(featureCode, e.featureCode(), e.toString());
    }
    return out;
  }

  /** Each name's first occurrence as a toponym; the resolved places, in the names' order. */
  private static List<GazetteerEntry> resolve(String text, String... names) {
    List<Toponym> spans = new ArrayList<>();
    for (String n : names) {
      int at = text.indexOf(n);
      spans.add(new Toponym(n, at, at + n.length()));
    }
    List<GazetteerEntry> out = new ArrayList<>();
    for (Resolution r : D.resolve(text, spans, null, Set.of())) {
      assertNotNull(r.entry(), r.toString());
      out.add(r.entry());
    }
    return out;
  }
}
