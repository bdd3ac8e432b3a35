package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/** Firms, public bodies and party officers the knowledge base does not know, read from their names (sentences written here). */
class UnknownBodiesTest {
  private static Document code(String text, String date) {
    return Models.pipeline().process(new Article("t", LocalDate.parse(date), null, null, null, text, 0, null, null, "t"));
  }

  private static List<Actor> all(Document d, String text) {
    return d.mentions().stream().filter(m -> m.text().equals(text) && m.actor() != null).map(Mention::actor).toList();
  }

  @Test
  void aFirmNamedAgainWithoutItsLegalFormIsTheFirm() {
    Document d = code("Brackwell Oil Co sued Denholm Refining Inc in a Texas court on Monday. "
        + "Brackwell said the refiner had broken the contract.", "1987-04-06");
    List<Actor> again = all(d, "Brackwell");
    assertFalse(again.isEmpty(), d.mentions().toString());
    assertEquals("BUS", again.get(0).sector(), again.toString());
  }

  @Test
  void aDepartmentForSomethingIsAGovernmentBodyWhetherOrNotTheTaggerFoundIt() {
    // the tagger leaves the first untagged, and cuts the second at "for"
    Document d = code("The Department for Rural Transport and Housing criticised the council's plan on Monday. "
        + "The Ministry for Coastal Fisheries rejected the claims.", "2005-04-06");
    for (String name : List.of("Department for Rural Transport and Housing", "Ministry for Coastal Fisheries")) {
      List<Actor> body = all(d, name);
      assertFalse(body.isEmpty(), d.mentions().toString());
      assertEquals("GOV", body.get(0).sector(), body.toString());
    }
  }

  @Test
  void aPlaceInsideABodysNameIsNoPlaceOfItsOwn() {
    Document d = code("The Department for Scotland and Wales welcomed the ruling on Monday.", "2005-04-06");
    assertTrue(all(d, "Scotland").isEmpty(), d.mentions().toString());
    assertFalse(all(d, "Department for Scotland and Wales").isEmpty(), d.mentions().toString());
  }

  @Test
  void aBodyNamedAgainByItsKindIsThatBody() {
    Document d = code("Brackwell Oil Co said on Monday it would close two refineries. The company said 300 jobs "
        + "would go. The Department for Coastal Fisheries fined three trawler owners. The department said the "
        + "fines were fair.", "1987-04-06");
    List<Actor> company = all(d, "company");
    assertFalse(company.isEmpty(), d.mentions().toString());
    assertEquals("Brackwell Oil Co", company.get(0).name(), company.toString());
    List<Actor> department = all(d, "department");
    assertFalse(department.isEmpty(), d.mentions().toString());
    assertEquals("GOV", department.get(0).sector(), department.toString());
  }

  @Test
  void aKindWithAModifierOrNoBodyBeforeItIsNoNamedBody() {
    Document d = code("Brackwell Oil Co said on Monday it would close two refineries. A rival oil company said "
        + "it would hire the workers.", "1987-04-06");
    assertTrue(all(d, "company").isEmpty(), d.mentions().toString());
    Document none = code("The company said on Monday it would close two refineries.", "1987-04-06");
    assertTrue(all(none, "company").isEmpty(), none.mentions().toString());
  }

  @Test
  void aMinistryUnknownByNameIsAGovernmentBody() {
    Document d = code("The Ministry of Mines banned open-pit mining near the coast.", "2018-04-06");
    List<Actor> ministry = all(d, "Ministry of Mines");
    assertFalse(ministry.isEmpty(), d.mentions().toString());
    assertEquals("GOV", ministry.get(0).sector(), ministry.toString());
  }

  @Test
  void aBodysNameGivesItsCountry() {
    Document d = code("The Lithuanian Administrative Court annulled the fine imposed on the Russian broadcaster.", "2018-04-06");
    List<Actor> court = all(d, "Lithuanian Administrative Court");
    assertFalse(court.isEmpty(), d.mentions().toString());
    assertEquals("LTUJUD", court.get(0).code(), court.toString());
  }

  @Test
  void aPartysOfficerIsThePartys() {
    Document d = code("Tory leader Rupert Ashcombe attacked the budget. Labour spokesman Gail Pennick defended it. "
        + "Labour MP Owen Tredegar abstained.", "2005-02-01");
    Actor leader = all(d, "Rupert Ashcombe").get(0);
    assertEquals("GBRPTY", leader.code(), leader.toString());
    assertEquals("GBRPTY", all(d, "Gail Pennick").get(0).code(), d.mentions().toString());
    assertEquals("GBRLEG", all(d, "Owen Tredegar").get(0).code(), d.mentions().toString());
  }

  @Test
  void aPartyTakenIntoTheNameMakesAMember() {
    Document d = code("Tory Felicity Marchbank attacked the plans. Marchbank said they were unworkable.", "2005-02-01");
    Actor member = all(d, "Tory Felicity Marchbank").get(0);
    assertEquals("GBRPTY", member.code(), member.toString());
    assertEquals("GBRPTY", all(d, "Marchbank").get(0).code(), d.mentions().toString());
  }

  @Test
  void bodiesOfTheEightiesAreKnown() {
    Document d = code("The EC Commission proposed lower farm prices. The Paris Club agreed to reschedule the debt. "
        + "GATT members met in Geneva.", "1987-04-06");
    assertEquals("EEC", all(d, "EC Commission").get(0).code(), d.mentions().toString());
    assertEquals("PCL", all(d, "Paris Club").get(0).code(), d.mentions().toString());
    assertEquals("WTO", all(d, "GATT").get(0).code(), d.mentions().toString());
  }
}
