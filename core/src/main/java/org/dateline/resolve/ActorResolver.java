package org.dateline.resolve;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Token;

/**
 * Resolves each named mention to an actor: organisations and groups, countries by name or
 * adjective, capitals and seats of power as their governments, office holders by the article's
 * date ({@link PersonActors}), unknown people by the title and adjective before their name
 * ({@link Titles}), and short references ("Park said") to someone already named in the document.
 */
final class ActorResolver {
  private final Knowledge kb;
  private final KnownNames names;
  private final ArticleRoles roles;
  private final MissedSeats seats;
  private final Titles titles;
  private final PersonActors people;
  private final Nationality nationality;

  private static final String MEDIA = "MED";

  ActorResolver(Knowledge kb) {
    this.kb = kb;
    this.names = new KnownNames(kb);
    this.roles = new ArticleRoles(kb);
    this.seats = new MissedSeats(kb.seatNames());
    this.titles = new Titles(kb);
    this.people = new PersonActors(kb, titles);
    this.nationality = new Nationality(kb);
  }

  void resolve(Document doc) {
    names.add(doc);
    MissedNames.add(doc);
    MissedBodies.add(doc);
    seats.add(doc);
    LocalDate date = doc.article().date();
    Map<String, Actor> named = new HashMap<>(); // name part -> actor of a person named in full earlier
    Bodies bodies = new Bodies(kb); // firms and bodies the knowledge base does not know, as this article names them
    Set<String> storms = NamedStorms.of(doc);
    List<Mention> mentions = doc.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      // "Hurricane Humberto", then "Humberto": a storm the NER took for a person is no actor
      if (m.type().equals("PERSON") && NamedStorms.named(m.text(), storms)) continue;
      Mention resolved = resolveOne(doc, m, date, named, bodies);
      mentions.set(i, resolved);
      Actor a = resolved.actor();
      if (resolved.type().equals("PERSON") && a != null && a.name() != null) {
        for (String part : a.name().split("\\s+")) named.putIfAbsent(Knowledge.key(part), a);
      }
    }
    roles.spread(doc);
    DefiniteBodies.add(doc);
  }

  private Mention resolveOne(Document doc, Mention m, LocalDate date, Map<String, Actor> named, Bodies bodies) {
    String text = m.text();
    // "Pennzoil Co ... Pennzoil said": the tagger may take the short name for a person's
    boolean byName = m.type().equals("ORGANIZATION") || m.type().equals("PERSON");
    Actor firm = byName ? bodies.again(text) : null;
    if (firm != null) return m.withType("ORGANIZATION").withActor(firm);
    // "Tory Caroline Spelman", "Lib Dem Norman Baker": a party the tagger took into the name
    Actor member = m.type().equals("PERSON") ? titles.partyMember(text) : null;
    if (member != null) return m.withActor(member);
    // A person called Jordan or Chad is not a country.
    if (m.type().equals("PERSON")) return m.withActor(nationality.of(doc, m, Titles.formerly(doc, m, people.person(doc, m, date, named))));
    // the outlet that publishes the article is a news outlet, wherever its story is
    String publisher = doc.article().source();
    if (publisher != null && publisher.strip().equalsIgnoreCase(text.strip())) {
      return m.withType("ORGANIZATION").withActor(new Actor(text, publisher.strip(), MEDIA, null, MEDIA, null));
    }
    Mention known = organisationOrCountry(doc, m, date);
    if (known != null) return known;
    // Phoenix's bodies and people come last, and never for a place: places are not actors
    boolean place = m.type().equals("LOCATION");
    Actor body = place ? null : kb.body(text);
    if (body != null) return m.withActor(body.withText(text));
    // A name the NER did not take for a person but the knowledge base knows as one ("Gollum")
    if (kb.knowsPerson(text) && !(place && kb.knownOnlyFromPhoenix(text))) return m.withType("PERSON").withActor(people.person(doc, m, date, named));
    return unknownName(doc, m, bodies);
  }

  /** An organisation, a country by name, adjective or seat, or a person titled by a country's name; else null. */
  private Mention organisationOrCountry(Document doc, Mention m, LocalDate date) {
    String text = m.text();
    Actor org = kb.organisation(text);
    if (org == null) org = abbreviationAfter(doc, m); // "the International Labor Office (ILO)"
    if (org != null) return m.withActor(org.withText(text));
    Knowledge.Country c = kb.countryByName(text, date);
    Actor titled = c == null ? null : titles.titledPerson(doc, m, c);
    if (titled != null) return m.withType("PERSON").withActor(titled);
    if (c != null) return m.withType("COUNTRY").withActor(country(text, c, null, null));
    c = kb.countryByAdjective(text);
    if (c != null) return m.withType("NATIONALITY").withActor(country(text, c, null, null));
    c = kb.countryBySeat(text);
    if (c != null) return m.withActor(country(text, c, "GOV", null));
    List<String> candidates = kb.ambiguousCountries(text);
    if (!candidates.isEmpty()) {
      c = kb.country(mostNamed(kb, doc, candidates));
      return m.withType("NATIONALITY").withActor(country(text, c, null, null));
    }
    return null;
  }

  /** A name the knowledge base does not know, read by its form: a people, a firm or body, a titled person; else m as it is. */
  private Mention unknownName(Document doc, Mention m, Bodies bodies) {
    String text = m.text();
    // "Ethnic Albanians" taken whole by the NER: a people
    String[] words = text.split(" ", 2);
    if (words.length == 2 && words[0].equalsIgnoreCase("ethnic")) {
      Knowledge.Country c = kb.countryByAdjective(words[1]);
      if (c != null) return m.withType("NATIONALITY").withActor(country(text, c, null, null));
    }
    // "Volkswagen AG", "Honam Petrochemical Corp", "Ministry of Mines": a firm or a public body,
    // of the country the story gives it
    Actor unknown = m.type().equals("ORGANIZATION") ? bodies.of(text) : null;
    if (unknown != null) return m.withActor(unknown);
    // "Vice-President Moody Awori" taken for an organisation: a name after a title is a person
    if (!m.type().equals("LOCATION")) {
      Actor holder = titles.fromTitle(doc, m);
      if (holder != null && holder.role() != null && MentionTokens.capitalisedBefore(doc, m)) {
        return m.withType("PERSON").withActor(Titles.formerly(doc, m, holder));
      }
    }
    return m;
  }

  /**
   * A name the knowledge base spells differently, followed by an abbreviation it knows:
   * "The International Labor Office (ILO)", "the Asia Pacific Economic Co-operation (APEC)".
   */
  private Actor abbreviationAfter(Document doc, Mention m) {
    if (!m.type().equals("ORGANIZATION")) return null;
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    int i = MentionTokens.indexAfter(tokens, m);
    if (i + 2 >= tokens.size() || !tokens.get(i).word().equals("-LRB-") && !tokens.get(i).word().equals("(")) return null;
    String abbreviation = tokens.get(i + 1).word();
    boolean closed = tokens.get(i + 2).word().equals("-RRB-") || tokens.get(i + 2).word().equals(")");
    if (!closed || !abbreviation.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))) return null;
    return kb.organisation(abbreviation);
  }

  /** The candidate country the document names most often; the first on a tie. */
  static String mostNamed(Knowledge kb, Document doc, List<String> candidates) {
    String best = candidates.get(0);
    long bestCount = -1;
    for (String iso3 : candidates) {
      long n = doc.mentions().stream().filter(m -> iso3.equals(countryOf(kb, m.text()))).count();
      if (n > bestCount) {
        best = iso3;
        bestCount = n;
      }
    }
    return best;
  }

  private static String countryOf(Knowledge kb, String text) {
    Knowledge.Country c = kb.countryByName(text);
    if (c == null) c = kb.countryByAdjective(text);
    if (c == null) c = kb.countryBySeat(text);
    return c == null ? null : c.iso3();
  }

  static Actor country(String text, Knowledge.Country c, String sector, String role) {
    return new Actor(text, c.name(), Knowledge.code(c.iso3(), sector), c.iso3(), sector, role);
  }
}
