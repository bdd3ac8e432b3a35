package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/** A role the article gives a person once holds for every mention of them (sentences written here). */
class ArticleRolesTest {
  private static Document code(String text) {
    return Models.pipeline().process(new Article("t", LocalDate.of(2021, 3, 9), null, null, null, text, 0, null, null, "t"));
  }

  private static List<Actor> all(Document d, String text) {
    return d.mentions().stream().filter(m -> m.text().equals(text)).map(Mention::actor).toList();
  }

  @Test
  void aTitleBeforeTheNameHoldsForLaterSurnames() {
    Document d = code("Senator Margaret Holloway opened the hearing on Tuesday. Holloway then questioned the "
        + "minister about the budget.");
    Actor later = all(d, "Holloway").get(0);
    assertEquals("LEG", later.sector(), later.toString());
  }

  @Test
  void anAppositionAfterTheNameHoldsBeforeAndAfter() {
    Document d = code("Dorothy Quarrington criticised the plan on Monday. Quarrington, the speaker of the house, "
        + "said the vote would wait. Quarrington left the chamber early.");
    for (String text : List.of("Dorothy Quarrington", "Quarrington")) {
      for (Actor a : all(d, text)) assertEquals("LEG", a.sector(), text + ": " + a);
    }
  }

  @Test
  void whoIsTheRoleOfACountryGivesTheCountry() {
    Document d = code("Tomasz Wielgosz, who is the prosecutor general of Poland, refused to comment. Wielgosz "
        + "later met reporters.");
    Actor later = all(d, "Wielgosz").get(0);
    assertEquals("JUD", later.sector(), later.toString());
    assertEquals("POL", later.country(), later.toString());
  }

  @Test
  void aRoleInAnotherBodyIsNotTheStates() {
    Document d = code("Henrietta Oduya, a spokeswoman for the Cobalt Foundation, declined to comment. Oduya "
        + "said the report was wrong.");
    for (Actor a : all(d, "Oduya")) assertNull(a.sector(), a.toString());
  }

  @Test
  void aChairmanOfAPartyIsTheParty() {
    Document d = code("Ignatius Fairbrother, chairman of the Green Union Party, called for calm. Fairbrother "
        + "spoke after the count.");
    Actor later = all(d, "Fairbrother").get(0);
    assertEquals("PTY", later.sector(), later.toString());
  }

  @Test
  void twoPeopleOfOneSurnameKeepTheirOwn() {
    Document d = code("Mayor Alice Penhallow met Robert Penhallow, her brother, on Friday. Penhallow said little.");
    Actor robert = all(d, "Robert Penhallow").get(0);
    assertNull(robert.sector(), robert.toString());
  }

  @Test
  void aFormerRoleIsNotTheCurrentOne() {
    Document d = code("Gwendolyn Ashcombe, a former judge, wrote to the paper. Ashcombe asked for a review.");
    for (Actor a : all(d, "Ashcombe")) assertNull(a.sector(), a.toString());
  }

  @Test
  void aLeaderNamedByAnUnknownBodyLeadsAParty() {
    Document d = code("Greenwood Alliance leader Oskar Thistlewood attacked the budget. Thistlewood wants lower taxes.");
    Actor later = all(d, "Thistlewood").get(0);
    assertEquals("PTY", later.sector(), later.toString());
  }

  @Test
  void aFormOfAddressDoesNotHideTheSurname() {
    Document d = code("Senator Margaret Holloway opened the hearing on Tuesday. Later Ms Holloway questioned the "
        + "minister about the budget.");
    Mention later = d.mentions().stream().filter(m -> m.text().endsWith("Holloway") && m.start() > 40).findFirst()
        .orElseThrow(() -> new AssertionError(d.mentions().toString()));
    assertEquals("LEG", later.actor().sector(), later.toString());
  }

  @Test
  void aVerbAfterTheCommaIsNoRole() {
    Document d = code("The interior minister, Oduya Kiprono, accused the opposition of lying on Monday. Kiprono "
        + "later met reporters.");
    for (Actor a : all(d, "Kiprono")) assertNull(a == null ? null : a.sector(), a == null ? "" : a.toString());
  }

  @Test
  void aPortfolioBetweenTheTitleAndTheNameKeepsTheTitle() {
    Document d = code("Shadow Secretary for Rural Affairs Gideon Marlowe criticised the plan on Monday. Minister for "
        + "Coastal Towns Edwina Farthingale defended it. Marlowe later met farmers.");
    assertEquals("OPP", all(d, "Gideon Marlowe").get(0).sector(), d.mentions().toString());
    assertEquals("GOV", all(d, "Edwina Farthingale").get(0).sector(), d.mentions().toString());
    assertEquals("OPP", all(d, "Marlowe").get(0).sector(), d.mentions().toString());
  }
}
