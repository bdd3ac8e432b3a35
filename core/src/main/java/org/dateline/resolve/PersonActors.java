package org.dateline.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Token;

/**
 * The actor a person's name stands for: the office the knowledge base gives the name on the
 * article's date, someone named in full earlier, the title before the name, or the person alone.
 */
final class PersonActors {
  // "Mr Hague", "Dr. Hamid": the name without the form of address
  private static final Pattern PEER = Pattern.compile("^(?:Lord|Baroness) +\\p{Lu}");
  private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr)\\.? +(?=\\S)");

  private final Knowledge kb;
  private final Titles titles;

  PersonActors(Knowledge kb, Titles titles) {
    this.kb = kb;
    this.titles = titles;
  }

  /** @param named name part -> actor of a person named in full earlier in the document */
  Actor person(Document doc, Mention m, LocalDate date, Map<String, Actor> named) {
    String name = withoutHonorific(m.text()); // "Mr Hague" is Hague
    List<Knowledge.Term> holders = kb.holders(name, date);
    if (holders.size() == 1 || (holders.size() > 1 && sameCountryAndSector(holders))) {
      Actor held = kb.actor(m.text(), holders.get(0));
      // Phoenix calls most politicians out of office elites; the title the article gives is newer
      Actor titled = "ELI".equals(held.sector()) && kb.knownOnlyFromPhoenix(name) ? titles.fromTitle(doc, m) : null;
      if (titled != null && titled.sector() != null && held.country() != null) {
        return new Actor(m.text(), held.name(), Knowledge.code(held.country(), titled.sector()), held.country(), titled.sector(), titled.role());
      }
      return held;
    }
    Actor earlier = named.get(Knowledge.key(name));
    if (earlier != null && !name.contains(" ")) return earlier.withText(m.text());
    Actor titled = titles.fromTitle(doc, m);
    List<Knowledge.Term> known = kb.allTerms(name);
    if (titled != null && titled.country() == null && !known.isEmpty() && kb.country(known.get(0).country()) != null) {
      // "President Obama" out of office on this date is still American: the title gives the
      // role the text claims, the knowledge base the country
      String c = known.get(0).country();
      return new Actor(m.text(), known.get(0).name(), Knowledge.code(c, titled.sector()), c, titled.sector(), titled.role());
    }
    if (titled != null && titled.country() == null) {
      // "King Hassan of Morocco", "Crown Prince Abdullah of Saudi Arabia": the title's country follows the name
      String after = countryAfter(doc, m);
      if (after != null) return new Actor(m.text(), m.text(), Knowledge.code(after, titled.sector()), after, titled.sector(), titled.role());
    }
    if (titled != null) return titled;
    // The NER takes rare country names for people ("Arnor said"): a one-word name that is a
    // country and no one known is the country.
    Knowledge.Country c = m.text().contains(" ") || kb.knowsPerson(m.text()) ? null : kb.countryByName(m.text());
    if (c != null) return ActorResolver.country(m.text(), c, null, null);
    // Known, but not in office on this date: a person of that country, not its government.
    if (!known.isEmpty()) {
      Knowledge.Term t = known.get(0);
      if (kb.country(t.country()) == null) return new Actor(m.text(), t.name(), null, null, null, null);
      return new Actor(m.text(), t.name(), t.country(), t.country(), null, null);
    }
    // "Lord Strathclyde", "Baroness Amos": a peer sits in the House of Lords
    if (PEER.matcher(name).find()) return new Actor(m.text(), name, "LEG", null, "LEG", "Peer");
    return new Actor(m.text(), name, null, null, null, null);
  }

  private static String withoutHonorific(String text) {
    return HONORIFIC.matcher(text).replaceFirst("");
  }

  private static boolean sameCountryAndSector(List<Knowledge.Term> terms) {
    return terms.stream().map(t -> t.country() + t.sector()).distinct().count() == 1;
  }

  /** The country named by "of" and a proper name right after the mention ("Hassan of Morocco"). */
  private String countryAfter(Document doc, Mention m) {
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    int i = MentionTokens.indexAfter(tokens, m);
    if (i >= tokens.size() || !tokens.get(i).word().equals("of")) return null;
    StringBuilder name = new StringBuilder();
    for (int j = i + 1; j < tokens.size() && j <= i + 3 && tokens.get(j).pos().startsWith("NNP"); j++) {
      if (name.length() > 0) name.append(' ');
      name.append(tokens.get(j).word());
      Knowledge.Country c = kb.countryByName(name.toString());
      if (c != null) return c.iso3();
    }
    return null;
  }
}
