package org.dateline.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A measure judged with no owner named is the government's. */
class PoliciesTest {
  @Test
  void rejectingOwnerlessPlansTargetsTheGovernment() {
    Coded c = Coded.of("The Kenyan opposition rejected the plans on Monday. "
        + "Kenyan teachers called for the bill to be dropped.", "2016-03-01");
    assertEquals("GOV", c.trigger("rejected").target().get(0).sector(), c.describe());
    assertEquals("KEN", Coded.countries(c.trigger("rejected").target()), c.describe());
    assertEquals("GOV", c.trigger("called").target().get(0).sector(), c.describe());
  }

  @Test
  void praiseOfAnOwnerlessMeasureIsOfTheGovernment() {
    // a business federation welcoming a budget speaks of politics; it is not trading
    Coded c = Coded.of("Kenyan employers' groups welcomed the budget on Thursday. "
        + "The Confederation of British Industry welcomed the budget.", "2016-03-01");
    assertEquals("GOV", c.trigger("welcomed").target().get(0).sector(), c.describe());
    assertEquals(2, c.root("05").size(), c.describe());
  }

  @Test
  void anOwnerNamedIsTheTarget() {
    Coded c = Coded.of("The Kenyan opposition criticised the ruling party's plans.", "2016-03-01");
    assertTrue(c.trigger("criticised").target().stream().noneMatch(a -> "GOV".equals(a.sector())), c.describe());
  }

  @Test
  void aGovernmentJudgingIsNotItsOwnTarget() {
    Coded c = Coded.of("The Kenyan government rejected the proposals on Monday.", "2016-03-01");
    assertTrue(c.trigger("rejected").target().isEmpty(), c.describe());
  }

  @Test
  void aMeasureJudgedAsTheSubjectOfAPassiveIsTheGovernments() {
    Coded c = Coded.of("The move was criticised by Kenyan church leaders on Monday.", "2016-03-01");
    assertEquals("GOV", c.trigger("criticised").target().get(0).sector(), c.describe());
  }

  @Test
  void aDecisionJudgedIsTheGovernments() {
    Coded c = Coded.of("Kenyan teachers' unions condemned the decision to close twelve schools.", "2016-03-01");
    assertEquals("GOV", c.trigger("condemned").target().get(0).sector(), c.describe());
  }

  @Test
  void spokenOfAMeasureTheGovernmentComesBeforeThoseItWouldHurt() {
    // the speech model reads criticism; whom it is of is the measure's owner, not the families
    Coded c = Coded.of("Kenyan opposition leaders said the cuts were a disgrace that would hurt the poorest families.", "2016-03-01");
    assertEquals("GOV", c.trigger("said").target().get(0).sector(), c.describe());
  }
}
