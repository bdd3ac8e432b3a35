package org.dateline.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.coding.petrarch.Discards;
import org.dateline.coding.petrarch.VerbDictionary;
import org.dateline.model.Actor;

/**
 * What Dateline knows of the world, from the data files under {@code dateline/knowledge/}:
 * countries (names, adjectives, capitals, seats of power), organisations, office holders with
 * their terms, armed and political groups, and role nouns with their sectors. Loading is the
 * loaders' ({@link KnowledgeFiles}, {@link PhoenixKnowledge}, {@link UserDictionaries}); this
 * class answers the lookups.
 */
public final class Knowledge {
  /** A country: its codes and capital. */
  public record Country(String iso3, String iso2, String name, String capital) {}

  /**
   * An office holder's term; {@code end} null while in office. An undated term ({@code start}
   * null, from a PETRARCH dictionary's plain code) says who someone is when no dated term fits.
   */
  public record Term(String name, String country, String sector, String role, LocalDate start, LocalDate end) {
    boolean covers(LocalDate d) {
      if (start == null) return true;
      return d == null || (!d.isBefore(start) && (end == null || !d.isAfter(end)));
    }

    boolean dated() { return start != null; }
  }

  private final KnowledgeTables tables = new KnowledgeTables();
  private boolean dictionaries;
  private final List<String> dictionaryProblems = new ArrayList<>();
  private VerbDictionary verbs;
  private Discards discards = Discards.NONE;

  /**
   * The office-holder files: terms touching 2015 onwards, the earlier ones from 1979, party leaders
   * (with the other offices of the same people), and the G7's finance and interior ministers.
   */
  static final List<String> LEADER_FILES = List.of("/dateline/knowledge/leaders.tsv",
      "/dateline/knowledge/leaders-history.tsv", "/dateline/knowledge/party-leaders.tsv",
      "/dateline/knowledge/ministers-g7.tsv");
  /** Roles of those who lead or speak for a body: "the party's leader", "chairman of the Police Federation". */
  public static final java.util.Set<String> OFFICES = java.util.Set.of("leader", "head", "chief", "spokesman",
      "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "president", "secretary", "director", "official");
  /** Bodies of one country: armed and political groups; unions, business federations, broadcasters and the like. */
  static final List<String> BODY_FILES = List.of("/dateline/knowledge/groups.tsv",
      "/dateline/knowledge/national-bodies.tsv");

  // Compiled once: key() runs for every name loaded and every name looked up. Declared before
  // DEFAULT, whose construction uses it.
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static final Knowledge DEFAULT = new Knowledge();

  public static Knowledge get() { return DEFAULT; }

  private Knowledge() {
    KnowledgeFiles.load(this, tables);
  }

  /**
   * The built-in knowledge plus PETRARCH-format actor and agents dictionaries (files, or folders
   * whose {@code *.actors.txt} and {@code *agents*.txt} files are read). Agents replace the built-in
   * sectors altogether: the user's dictionary says how their data is coded, and a role noun it
   * does not define ("mayor", "leaders") is no agent there, as PETRARCH would not code it.
   */
  public static Knowledge withDictionaries(List<java.nio.file.Path> paths) throws java.io.IOException {
    Knowledge k = new Knowledge();
    k.dictionaries = true;
    List<java.nio.file.Path> verbFiles = new ArrayList<>();
    List<java.nio.file.Path> discardFiles = new ArrayList<>();
    UserDictionaries user = new UserDictionaries(k.tables);
    for (java.nio.file.Path p : paths) {
      for (java.nio.file.Path f : UserDictionaries.actorFiles(p)) {
        if (UserDictionaries.isAgents(f)) user.addAgents(PetrarchAgents.read(f, k.dictionaryProblems));
        else user.addDictionary(PetrarchActors.read(f, k.dictionaryProblems));
      }
      verbFiles.addAll(VerbDictionary.filesIn(p));
      discardFiles.addAll(Discards.filesIn(p));
    }
    if (!verbFiles.isEmpty()) {
      k.verbs = VerbDictionary.read(verbFiles);
      k.dictionaryProblems.addAll(k.verbs.warnings());
    }
    k.discards = Discards.read(discardFiles);
    return k;
  }

  /**
   * The PETRARCH-format verb dictionary given with {@code --dict} (a {@code *verbs*.txt} or
   * {@code CAMEO*.txt} file), or null: the event coder then uses its own lexicon alone.
   */
  public VerbDictionary verbs() { return verbs; }

  /** Each problem met reading the --dict files, as "FILE:LINE: problem"; what it concerns was left out. */
  public List<String> dictionaryProblems() { return List.copyOf(dictionaryProblems); }

  /** The PETRARCH discards given with {@code --dict} ({@code *discards*.txt}); none by default. */
  public Discards discards() { return discards; }

  /**
   * Whether user dictionaries were given: only then are multi-word names looked for past the
   * NER, so that default runs keep their behaviour.
   */
  public boolean hasDictionaries() { return dictionaries; }

  /** Whether an agents dictionary replaced the built-in sectors (see {@link #withDictionaries}). */
  public boolean hasAgents() { return tables.agents; }

  /**
   * The actor code of a country (or none) with a sector: "ARN" + "GOV" is "ARNGOV"; an agents
   * dictionary's prefix code ("NGO~") goes before the country instead ("NGOARN"), and agents
   * combined ("NGO~GOV", see {@link #withAgent}) go on both sides ("NGOARNGOV"). A code that
   * already ends with the sector does not take it again: the body "Quibbler" (HGWGOVMED) as a
   * "government newspaper" (GOVMED) stays HGWGOVMED.
   */
  public static String code(String country, String sector) {
    if (country == null && sector == null) return null;
    String c = country == null ? "" : country;
    if (sector == null) return c;
    String[] parts = agentParts(sector);
    return parts[0] + c + (c.endsWith(parts[1]) ? "" : parts[1]);
  }

  /**
   * Two agents on one role phrase, as PETRARCH combines them, in the order of the words: "MSF"
   * (NGO~) on "diplomat" (GOV) is "NGO~GOV", which {@link #code} puts on both sides of the
   * country; "Islamist" (MUS) on "media" (MED) is "MUSMED".
   */
  public static String withAgent(String sector, String outer) {
    String[] in = agentParts(sector);
    String[] out = agentParts(outer);
    String prefix = in[0].startsWith(out[0]) ? in[0] : out[0] + in[0];
    String suffix = in[1].startsWith(out[1]) ? in[1] : out[1] + in[1];
    return prefix.isEmpty() ? suffix : prefix + "~" + suffix;
  }

  /** "NGO~GOV" as prefix and suffix; "GOV" is a suffix, "NGO~" a prefix. */
  private static String[] agentParts(String sector) {
    int mark = sector.indexOf('~');
    return mark < 0 ? new String[] {"", sector} : new String[] {sector.substring(0, mark), sector.substring(mark + 1)};
  }

  /** Each word of a name from a dictionary or Phoenix begun with a capital; empty words dropped. */
  static String titleCase(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split(" ")) {
      if (w.isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }

  /** See {@link PhoenixKnowledge#gapsOf}. */
  static List<Term> gapsOf(List<Term> own, List<Term> phoenix) {
    return PhoenixKnowledge.gapsOf(own, phoenix);
  }

  /**
   * Lower case, straight apostrophes, single spaces, no leading "the". An underscore joins words
   * as in the dictionaries' names ("Dol_Amroth" is "Dol Amroth").
   */
  public static String key(String s) {
    String k = SPACES.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('_', ' ')).replaceAll(" ").strip();
    if (k.startsWith("the ")) k = k.substring(4);
    return k;
  }

  public Country countryByName(String text) { return tables.countryByName.get(key(text)); }

  /** The country a name means on a date, for dictionaries whose codes change with it ("[RHO <790606]"). */
  public Country countryByName(String text, LocalDate date) {
    for (PetrarchActors.Coded c : tables.datedCountries.getOrDefault(key(text), List.of())) {
      boolean covers = date != null && !date.isBefore(c.start()) && (c.end() == null || !date.isAfter(c.end()));
      if (covers && country(c.code()) != null) return country(c.code());
    }
    return countryByName(text);
  }

  /**
   * The actors a country actor stands for: itself, or each of the countries a dictionary gives
   * its name ("THE_SHIRE [FRO/BIL/SAM]").
   */
  public List<Actor> joint(Actor a) {
    List<Country> all = a.sector() == null ? tables.joint.get(key(a.text())) : null;
    if (all == null) return List.of(a);
    return all.stream().map(c -> new Actor(a.text(), c.name(), c.iso3(), c.iso3(), null, a.role())).toList();
  }
  public Country countryByAdjective(String text) { return tables.countryByAdjective.get(key(text)); }
  /** A capital or seat of power used for its government ("Beijing", "the Kremlin"). */
  public Country countryBySeat(String text) { return tables.countryBySeat.get(key(text)); }

  /** The seats of power as countries.tsv writes them ("Downing Street", "the Kremlin"). */
  public Set<String> seatNames() { return Set.copyOf(tables.seatNames); }
  public Country country(String iso3) { return tables.countryByIso3.get(iso3); }

  /**
   * The actor an office holder is while in office: of a country ("USAGOV"), or of an
   * organisation (the UN Secretary-General is the UN: code UNO, no country).
   */
  public Actor actor(String text, Term t) {
    if (t.country() == null) return new Actor(text, t.name(), t.sector(), null, t.sector(), t.role());
    if (country(t.country()) == null) return new Actor(text, t.name(), t.country(), null, t.sector(), t.role());
    String code = code(t.country(), t.sector());
    return new Actor(text, t.name(), code, t.country(), t.sector(), t.role());
  }
  /** Countries a word may mean ("Korean": KOR, PRK), most likely first; empty when it is not ambiguous. */
  public List<String> ambiguousCountries(String text) { return tables.ambiguous.getOrDefault(key(text), List.of()); }
  public Actor organisation(String text) { return tables.organisations.get(key(text)); }

  /**
   * The party of one country a capitalised word names ("Tory", "Labour"), also as the adjective of
   * what its members are called ("Conservative", "Republican", "Democratic": Conservatives,
   * Republicans, Democrats), or null.
   */
  public Actor party(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return null;
    Actor org = organisation(word);
    if (org == null) org = organisation(word + "s");
    // "Democratic": the Democrats
    if (org == null && word.endsWith("ic")) org = organisation(word.substring(0, word.length() - 2) + "s");
    return org != null && "PTY".equals(org.sector()) && org.country() != null ? org : null;
  }

  /** A body or group only Phoenix names ("Afghan National Security Forces"), or null. */
  public Actor body(String text) { return tables.bodies.get(key(text)); }

  /** Whether the person of this name is known only from Phoenix, not from Dateline's own files. */
  public boolean knownOnlyFromPhoenix(String name) {
    String k = key(name);
    return tables.phoenixOnly.contains(k) && !tables.fromDictionary.contains(k);
  }
  /** CAMEO sector of a role noun or phrase ("foreign minister" to GOV), or null. */
  public String sector(String roleWords) { return tables.sectors.get(key(roleWords)); }

  /** The sector of a role with this word before it: an elite (ELI) when it says the office is no longer held ("former police chief"). */
  public static String formerly(String word, String sector) { return Titles.formerSector(word, sector); }

  /**
   * Sector of a role noun as written, else of its lemma; an agents dictionary lists the plurals
   * it means ("POLICE {}" has none), so with one the word alone counts.
   */
  public String sector(String word, String lemma) {
    String sec = sector(word);
    return sec != null || tables.agents || lemma == null ? sec : sector(lemma);
  }
  public int longestRole() { return tables.longestRole; }

  /**
   * Office holders known by this name whose term covers the date; the undated entries of
   * dictionaries only when no dated term fits.
   */
  public List<Term> holders(String name, LocalDate date) {
    List<Term> dated = new ArrayList<>();
    List<Term> undated = new ArrayList<>();
    for (Term t : tables.terms.getOrDefault(key(name), List.of())) {
      if (t.covers(date)) (t.dated() ? dated : undated).add(t);
    }
    return dated.isEmpty() ? undated : innermost(officeOverParty(dated));
  }

  /**
   * A party leader who also holds an office on the date (prime minister, minister, speaker) acts
   * in the office: the person's party term is dropped while another of his or her terms covers
   * the date. Done before innermost(), which would keep a party term nested in a premiership.
   */
  private static List<Term> officeOverParty(List<Term> dated) {
    List<Term> out = new ArrayList<>(dated.size());
    for (Term t : dated) {
      boolean inOffice = "PTY".equals(t.sector()) && dated.stream()
          .anyMatch(u -> u != t && !"PTY".equals(u.sector()) && u.name().equals(t.name()));
      if (!inOffice) out.add(t);
    }
    return out;
  }

  /** Of dated terms that all cover a date, those holding no narrower one: the more specific fact. */
  private static List<Term> innermost(List<Term> dated) {
    List<Term> out = new ArrayList<>();
    for (Term t : dated) {
      boolean holdsAnother = dated.stream().anyMatch(u -> u != t && !u.start().isBefore(t.start())
          && (t.end() == null || u.end() != null && !u.end().isAfter(t.end())) && !u.equals(t));
      if (!holdsAnother) out.add(t);
    }
    return out.isEmpty() ? dated : out;
  }

  /** Whether anyone of this name is known at all, in or out of office. */
  public boolean knowsPerson(String name) {
    return tables.terms.containsKey(key(name));
  }

  public List<Term> allTerms(String name) {
    return tables.terms.getOrDefault(key(name), List.of());
  }
}
