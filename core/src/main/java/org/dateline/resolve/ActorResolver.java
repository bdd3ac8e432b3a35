package org.dateline.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Resolves each named mention to an actor: organisations and groups, countries by name or
 * adjective, capitals and seats of power as their governments, office holders by the article's
 * date, unknown people by the title and adjective before their name, and short references
 * ("Park said") to someone already named in the document.
 */
final class ActorResolver {
  // Sectors of offices a person can leave; a former one is an elite (former.tsv)
  private static final java.util.Set<String> OFFICES = java.util.Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
  private static final java.util.Set<String> FORMER = new java.util.HashSet<>();
  // "Mr Hague", "Dr. Hamid": the name without the form of address
  private static final java.util.regex.Pattern PEER = java.util.regex.Pattern.compile("^(?:Lord|Baroness) +\\p{Lu}");
  private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr)\\.? +(?=\\S)");

  static {
    for (org.dateline.util.Tsv.Row r : org.dateline.util.Tsv.resource("/dateline/knowledge/former.tsv")) FORMER.add(r.get("word"));
  }

  private final Knowledge kb;
  private final KnownNames names;
  private final ArticleRoles roles;
  private final MissedSeats seats;

  private static final String MEDIA = "MED";
  private static final String PARTY = "PTY";

  ActorResolver(Knowledge kb) {
    this.kb = kb;
    this.names = new KnownNames(kb);
    this.roles = new ArticleRoles(kb);
    this.seats = new MissedSeats(kb.seatNames());
  }

  void resolve(Document doc) {
    names.add(doc);
    MissedNames.add(doc);
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
  }

  private Mention resolveOne(Document doc, Mention m, LocalDate date, Map<String, Actor> named, Bodies bodies) {
    String text = m.text();
    // "Pennzoil Co ... Pennzoil said": the tagger may take the short name for a person's
    boolean byName = m.type().equals("ORGANIZATION") || m.type().equals("PERSON");
    Actor firm = byName ? bodies.again(text) : null;
    if (firm != null) return m.withType("ORGANIZATION").withActor(firm);
    // "Tory Caroline Spelman", "Lib Dem Norman Baker": a party the tagger took into the name
    Actor member = m.type().equals("PERSON") ? partyMember(text) : null;
    if (member != null) return m.withActor(member);
    // A person called Jordan or Chad is not a country.
    if (m.type().equals("PERSON")) return m.withActor(formerly(doc, m, person(doc, m, date, named)));
    // the outlet that publishes the article is a news outlet, wherever its story is
    String publisher = doc.article().source();
    if (publisher != null && publisher.strip().equalsIgnoreCase(text.strip())) {
      return m.withType("ORGANIZATION").withActor(new Actor(text, publisher.strip(), MEDIA, null, MEDIA, null));
    }
    Actor org = kb.organisation(text);
    if (org == null) org = abbreviationAfter(doc, m); // "the International Labor Office (ILO)"
    if (org != null) return m.withActor(org.withText(text));
    Knowledge.Country c = kb.countryByName(text, date);
    Actor titled = c == null ? null : titledPerson(doc, m, c);
    if (titled != null) return m.withType("PERSON").withActor(titled);
    if (c != null) return m.withType("COUNTRY").withActor(country(text, c, null, null));
    c = kb.countryByAdjective(text);
    if (c != null) return m.withType("NATIONALITY").withActor(country(text, c, null, null));
    c = kb.countryBySeat(text);
    if (c != null) return m.withActor(country(text, c, "GOV", null));
    List<String> candidates = kb.ambiguousCountries(text);
    if (!candidates.isEmpty()) {
      c = kb.country(mostNamed(doc, candidates));
      return m.withType("NATIONALITY").withActor(country(text, c, null, null));
    }
    // Phoenix's bodies and people come last, and never for a place: places are not actors
    boolean place = m.type().equals("LOCATION");
    Actor body = place ? null : kb.body(text);
    if (body != null) return m.withActor(body.withText(text));
    // A name the NER did not take for a person but the knowledge base knows as one ("Gollum")
    if (kb.knowsPerson(text) && !(place && kb.knownOnlyFromPhoenix(text))) return m.withType("PERSON").withActor(person(doc, m, date, named));
    // "Ethnic Albanians" taken whole by the NER: a people
    String[] words = text.split(" ", 2);
    if (words.length == 2 && words[0].equalsIgnoreCase("ethnic")) {
      c = kb.countryByAdjective(words[1]);
      if (c != null) return m.withType("NATIONALITY").withActor(country(text, c, null, null));
    }
    // "Volkswagen AG", "Honam Petrochemical Corp", "Ministry of Mines": a firm or a public body,
    // of the country the story gives it
    Actor unknown = m.type().equals("ORGANIZATION") ? bodies.of(text) : null;
    if (unknown != null) return m.withActor(unknown);
    // "Vice-President Moody Awori" taken for an organisation: a name after a title is a person
    if (!m.type().equals("LOCATION")) {
      Actor holder = fromTitle(doc, m);
      if (holder != null && holder.role() != null && capitalisedBefore(doc, m)) {
        return m.withType("PERSON").withActor(formerly(doc, m, holder));
      }
    }
    return m;
  }

  /**
   * "Former Socialist prime minister Andreas Papandreou", "ousted President Askar Akayev": an
   * office no longer held makes one of the country's elites (ELI), not its government.
   */
  private static Actor formerly(Document doc, Mention m, Actor a) {
    if (a == null) return null;
    // an office sector, or a known person of a country with no sector on this date
    boolean office = a.sector() != null ? OFFICES.contains(a.sector()) : a.country() != null;
    if (!office) return a;
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    for (int i = indexBefore(tokens, m), seen = 0; i >= 0 && seen < 6; i--, seen++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(java.util.Locale.ROOT);
      if (FORMER.contains(w) || w.startsWith("ex-") && w.length() > 3) {
        return new Actor(a.text(), a.name(), code(a.country(), "ELI"), a.country(), "ELI", a.role());
      }
      boolean phraseEnds = t.pos().startsWith("VB") || t.pos().equals("IN") || t.pos().equals("DT") || !Character.isLetterOrDigit(w.charAt(0));
      if (phraseEnds) break;
    }
    return a;
  }

  /**
   * A name the knowledge base spells differently, followed by an abbreviation it knows:
   * "The International Labor Office (ILO)", "the Asia Pacific Economic Co-operation (APEC)".
   */
  private Actor abbreviationAfter(Document doc, Mention m) {
    if (!m.type().equals("ORGANIZATION")) return null;
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    int i = indexAfter(tokens, m);
    if (i + 2 >= tokens.size() || !tokens.get(i).word().equals("-LRB-") && !tokens.get(i).word().equals("(")) return null;
    String abbreviation = tokens.get(i + 1).word();
    boolean closed = tokens.get(i + 2).word().equals("-RRB-") || tokens.get(i + 2).word().equals(")");
    if (!closed || !abbreviation.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))) return null;
    return kb.organisation(abbreviation);
  }

  /** The country named by "of" and a proper name right after the mention ("Hassan of Morocco"). */
  private String countryAfter(Document doc, Mention m) {
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    int i = indexAfter(tokens, m);
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

  /** The candidate country the document names most often; the first on a tie. */
  private String mostNamed(Document doc, List<String> candidates) {
    String best = candidates.get(0);
    long bestCount = -1;
    for (String iso3 : candidates) {
      long n = doc.mentions().stream().filter(m -> iso3.equals(countryOf(m.text()))).count();
      if (n > bestCount) {
        best = iso3;
        bestCount = n;
      }
    }
    return best;
  }

  private String countryOf(String text) {
    Knowledge.Country c = kb.countryByName(text);
    if (c == null) c = kb.countryByAdjective(text);
    if (c == null) c = kb.countryBySeat(text);
    return c == null ? null : c.iso3();
  }

  private Actor person(Document doc, Mention m, LocalDate date, Map<String, Actor> named) {
    String name = withoutHonorific(m.text()); // "Mr Hague" is Hague
    List<Knowledge.Term> holders = kb.holders(name, date);
    if (holders.size() == 1 || (holders.size() > 1 && sameCountryAndSector(holders))) {
      Actor held = kb.actor(m.text(), holders.get(0));
      // Phoenix calls most politicians out of office elites; the title the article gives is newer
      Actor titled = "ELI".equals(held.sector()) && kb.knownOnlyFromPhoenix(name) ? fromTitle(doc, m) : null;
      if (titled != null && titled.sector() != null && held.country() != null) {
        return new Actor(m.text(), held.name(), code(held.country(), titled.sector()), held.country(), titled.sector(), titled.role());
      }
      return held;
    }
    Actor earlier = named.get(Knowledge.key(name));
    if (earlier != null && !name.contains(" ")) return earlier.withText(m.text());
    Actor titled = fromTitle(doc, m);
    List<Knowledge.Term> known = kb.allTerms(name);
    if (titled != null && titled.country() == null && !known.isEmpty() && kb.country(known.get(0).country()) != null) {
      // "President Obama" out of office on this date is still American: the title gives the
      // role the text claims, the knowledge base the country
      String c = known.get(0).country();
      return new Actor(m.text(), known.get(0).name(), code(c, titled.sector()), c, titled.sector(), titled.role());
    }
    if (titled != null && titled.country() == null) {
      // "King Hassan of Morocco", "Crown Prince Abdullah of Saudi Arabia": the title's country follows the name
      String after = countryAfter(doc, m);
      if (after != null) return new Actor(m.text(), m.text(), code(after, titled.sector()), after, titled.sector(), titled.role());
    }
    if (titled != null) return titled;
    // The NER takes rare country names for people ("Arnor said"): a one-word name that is a
    // country and no one known is the country.
    Knowledge.Country c = m.text().contains(" ") || kb.knowsPerson(m.text()) ? null : kb.countryByName(m.text());
    if (c != null) return country(m.text(), c, null, null);
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

  /**
   * "Swedish Prime Minister Olav Knutsen" where a dictionary codes the name with a country alone
   * ("OLAV_KNUTSEN [NRW]"): a capitalised title just before the name makes a person holding that
   * role, of the country the title names, else of the name's own.
   */
  private Actor titledPerson(Document doc, Mention m, Knowledge.Country c) {
    Actor titled = fromTitle(doc, m);
    if (titled == null || titled.sector() == null || titled.role() == null) return null;
    if (!capitalisedBefore(doc, m)) return null;
    String country = titled.country() != null ? titled.country() : c.iso3();
    return new Actor(m.text(), m.text(), code(country, titled.sector()), country, titled.sector(), titled.role());
  }

  /** Whether the word just before the mention is capitalised, as a title before a name is. */
  private static boolean capitalisedBefore(Document doc, Mention m) {
    List<Token> tokens = doc.sentences().get(m.sentence()).tokens();
    int i = indexBefore(tokens, m);
    return i >= 0 && Character.isUpperCase(tokens.get(i).word().charAt(0));
  }

  /** Index of the last token that ends before the mention, or -1. */
  private static int indexBefore(List<Token> tokens, Mention m) {
    int i = tokens.size() - 1;
    while (i >= 0 && tokens.get(i).end() > m.start()) i--;
    return i;
  }

  /** Index of the first token that starts at or after the mention's end (the size when none). */
  private static int indexAfter(List<Token> tokens, Mention m) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < m.end()) i++;
    return i;
  }

  private static boolean sameCountryAndSector(List<Knowledge.Term> terms) {
    return terms.stream().map(t -> t.country() + t.sector()).distinct().count() == 1;
  }

  /** "Korean Foreign Minister Park Jin", "China's Wang Yi": the words just before the name. */
  private Actor fromTitle(Document doc, Mention m) {
    Sentence s = doc.sentences().get(m.sentence());
    List<Token> before = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.end() <= m.start()) before.add(t);
    }
    int end = before.size();
    String sector = null;
    String role = null;
    for (int n = Math.min(kb.longestRole(), end); n >= 1 && sector == null; n--) {
      String phrase = join(before.subList(end - n, end));
      // "Howard accused him", "urged Smith": a verb before the name is no title
      sector = before.get(end - 1).isVerb() ? null : kb.sector(phrase);
      if (sector != null) {
        role = titleCase(phrase);
        end -= n;
      }
    }
    String country = countryBefore(doc, before, end);
    if ("GOV".equals(sector) && "Leader".equals(role) && country == null
        && partyBefore(before, end)) {
      sector = "PTY";
    }
    // "Tory leader Michael Howard", "Lib Dem spokesman Mark Oaten": a party's officers are the
    // party's, of its country; its members of parliament stay legislators
    // ("Tory Caroline Spelman", with no title: the party's own)
    Actor party = knownPartyBefore(before, end);
    if (party != null) {
      if (sector == null || "GOV".equals(sector)) sector = PARTY;
      if (country == null) country = party.country();
    }
    // "CBI director general Digby Jones", "Amnesty International spokesman Tim Hancock", "Hamas
    // leader Ismail Haniyeh": an officer a known body's name titles speaks for the body
    Actor body = party == null && sector != null ? knownBodyBefore(before, end) : null;
    if (body != null) return officer(m, body, role);
    if (sector == null && country == null) return null;
    return new Actor(m.text(), m.text(), code(country, sector), country, sector, role);
  }

  /** The party of one country these words name ("Tory", "Lib Dem"), or null. */
  private Actor party(String words) {
    Actor org = kb.organisation(words);
    return org != null && PARTY.equals(org.sector()) && org.country() != null ? org : null;
  }

  /** A name that begins with a party we know, the rest being the person's: the party's member. */
  private Actor partyMember(String text) {
    String[] words = text.strip().split("\\s+");
    for (int n = Math.min(3, words.length - 2); n >= 1; n--) {
      Actor org = party(String.join(" ", java.util.Arrays.copyOfRange(words, 0, n)));
      if (org == null) continue;
      String name = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
      return new Actor(text, name, code(org.country(), PARTY), org.country(), PARTY, null);
    }
    return null;
  }

  /** A party we know named just before a title: "Tory leader", "Labour party chairman", "Lib Dem home affairs spokesman". */
  private Actor knownPartyBefore(List<Token> before, int end) {
    for (int i = end - 1; i >= Math.max(0, end - 4); i--) {
      for (int n = Math.min(3, i + 1); n >= 1; n--) {
        Actor org = party(join(before.subList(i + 1 - n, i + 1)));
        if (org != null) return org;
      }
      if (!Character.isUpperCase(before.get(i).word().charAt(0)) && !before.get(i).pos().startsWith("NN")) return null;
    }
    return null;
  }

  /** The person of mention m as an officer who speaks for a body: the body's code, country and sector, with the role. */
  static Actor officer(Mention m, Actor body, String role) {
    return new Actor(m.text(), m.text(), body.code(), body.country(), body.sector(), role);
  }

  /** The organisation or body whose name ends just before a title ("CBI", "Amnesty International"), or null. */
  private Actor knownBodyBefore(List<Token> before, int end) {
    for (int n = Math.min(4, end); n >= 1; n--) {
      List<Token> words = before.subList(end - n, end);
      if (!Character.isUpperCase(words.get(0).word().charAt(0))) continue;
      Actor org = kb.organisation(join(words));
      if (org != null && org.sector() != null) return org;
    }
    return null;
  }

  /**
   * "Tory leader", "BNP leader": a leader named by a capitalised word that is no country, no
   * seat, no role and no body we know leads a party, not a government ("leader" alone is GOV).
   */
  private boolean partyBefore(List<Token> before, int end) {
    if (end < 1) return false;
    Token t = before.get(end - 1);
    String w = t.word();
    if (!Character.isUpperCase(w.charAt(0)) || !(t.pos().startsWith("NNP") || t.pos().startsWith("JJ"))) return false;
    return kb.countryByName(w) == null && kb.countryByAdjective(w) == null && kb.countryBySeat(w) == null
        && kb.sector(w) == null && kb.organisation(w) == null && kb.body(w) == null && kb.ambiguousCountries(w).isEmpty();
  }

  /**
   * A country named in the words before a title, within its noun phrase: "Korean Foreign
   * Minister", "China's Wang Yi", "French National Assembly president".
   */
  private String countryBefore(Document doc, List<Token> before, int end) {
    for (int i = end - 1; i >= Math.max(0, end - 6); i--) {
      Token t = before.get(i);
      if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("POS"))) break;
      for (int n = Math.min(3, i + 1); n >= 1; n--) {
        String phrase = join(before.subList(i + 1 - n, i + 1));
        Knowledge.Country c = kb.countryByAdjective(phrase);
        if (c == null) c = kb.countryByName(phrase);
        if (c != null) return c.iso3();
        List<String> ambiguous = kb.ambiguousCountries(phrase);
        if (!ambiguous.isEmpty()) return mostNamed(doc, ambiguous);
      }
    }
    return null;
  }

  static String join(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(t.word());
    }
    return sb.toString();
  }

  static String titleCase(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String w : phrase.split(" ")) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }

  static Actor country(String text, Knowledge.Country c, String sector, String role) {
    return new Actor(text, c.name(), code(c.iso3(), sector), c.iso3(), sector, role);
  }

  static String code(String country, String sector) {
    return Knowledge.code(country, sector);
  }
}
