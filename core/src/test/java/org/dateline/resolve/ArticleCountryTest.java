package org.dateline.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.testing.Models;
import org.junit.jupiter.api.Test;

/** The country an article is about (sentences written here). */
class ArticleCountryTest {
  private static Document doc(String... countries) {
    Document d = new Document(new Article("t", LocalDate.of(2020, 1, 1), null, null, null, "x", 0, null, null, "t"));
    for (String c : countries) d.mentions().add(new Mention(c, "COUNTRY", 0, 1, 0, new Actor(c, c, c, c, null, null)));
    return d;
  }

  @Test
  void theDatelineComesFirst() {
    assertEquals("KEN", ArticleCountry.of(doc("NGA", "NGA", "NGA"), Knowledge.get(), "KEN"));
  }

  @Test
  void elseTheCountryNamedMostOften() {
    assertEquals("NGA", ArticleCountry.of(doc("NGA", "GHA", "NGA"), Knowledge.get(), null));
  }

  @Test
  void aTieOrASingleNamingDecidesNothing() {
    assertNull(ArticleCountry.of(doc("NGA", "GHA", "NGA", "GHA"), Knowledge.get(), null));
    assertNull(ArticleCountry.of(doc("NGA"), Knowledge.get(), null));
    // an organisation's code is no country
    assertNull(ArticleCountry.of(doc("UNO", "UNO", "UNO"), Knowledge.get(), null));
  }

  @Test
  void aSectorWithoutCountryTakesTheArticlesCountry() {
    String text = "Nigeria's electoral commission delayed the vote in Nigeria by a week. Officials in Abuja blamed "
        + "the weather.\n\nOn Sunday the police arrested forty protesters outside the commission's office.";
    Document d = Models.pipeline().process(new Article("t", LocalDate.of(2019, 2, 17), null, null, null, text, 0,
        null, null, "t"));
    var e = d.events().stream().filter(x -> x.evidence().trigger().equals("arrested")).findFirst()
        .orElseThrow(() -> new AssertionError(d.events().toString()));
    assertEquals("NGACOP", e.source().get(0).code(), e.toString());
  }

  @Test
  void aFirmNamedAfterAPlaceIsTheFirmWhenCalledByThatWordAlone() {
    String text = "A takeover bid for Dome Petroleum Ltd by a rival pipeline company may upset Dome's plan to "
        + "refinance its debt, analysts in Calgary said. Dome said its board would study the bid. "
        + "Dome has asked its creditors to approve the plan. Dome shares rose in Toronto.";
    Document d = Models.pipeline().process(new Article("t", LocalDate.of(1987, 4, 1), null, null, null, text, 0, null, null, "t"));
    int firm = text.indexOf("Dome Petroleum");
    assertEquals(java.util.List.of(), d.places().stream().filter(p -> "GHA".equals(p.country()) && p.start() > firm)
        .map(p -> p.name() + "@" + p.start()).toList());
    assertEquals("CAN", ArticleCountry.of(d, Knowledge.get(), null));
  }
}
