package org.dateline.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.coding.petrarch.Discards;
import org.dateline.coding.petrarch.VerbDictionary;
import org.dateline.model.Actor;
import org.dateline.util.Tsv;

/**
 * What Dateline knows of the world, from the data files under {@code dateline/knowledge/}:
 * countries (names, adjectives, capitals, seats of power), organisations, office holders with
 * their terms, armed and political groups, and role nouns with their sectors.
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

  private final Map<String, Country> countryByName = new HashMap<>();
  private final Map<String, Country> countryByAdjective = new HashMap<>();
  private final Map<String, Country> countryBySeat = new HashMap<>();
  private final Set<String> seatNames = new HashSet<>();
  private final Map<String, Country> countryByIso3 = new HashMap<>();
  private final Map<String, Actor> organisations = new HashMap<>();
  private final Map<String, List<Term>> terms = new HashMap<>();
  private final Map<String, String> sectors = new HashMap<>();
  private final Map<String, List<String>> ambiguous = new HashMap<>();
  private final Map<String, List<PetrarchActors.Coded>> datedCountries = new HashMap<>();
  private final Map<String, List<Country>> joint = new HashMap<>();
  private final java.util.Set<String> fromDictionary = new java.util.HashSet<>();
  // Phoenix's bodies and groups (phoenix-actors.tsv), and the names only Phoenix knows
  private final Map<String, Actor> bodies = new HashMap<>();
  private final java.util.Set<String> phoenixOnly = new java.util.HashSet<>();
  private int longestRole = 1;
  private boolean dictionaries;
  private final List<String> dictionaryProblems = new ArrayList<>();
  private boolean agents;
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
  // CAMEO's non-state prefixes, which are never countries.
  private static final java.util.Set<String> NON_STATE = java.util.Set.of("IGO", "NGO", "MNC", "IMG", "UIS", "UAF",
      "REB", "OPP", "GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "CVL", "REF", "EDU", "ELI", "HLH", "LAB",
      "AGR", "CRM", "INS", "SPY", "SEP", "PTY", "NGM", "IRC", "RAD");

  public static Knowledge get() { return DEFAULT; }

  private Knowledge() {
    loadBuiltIn();
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
    for (java.nio.file.Path p : paths) {
      for (java.nio.file.Path f : actorFiles(p)) {
        if (isAgents(f)) k.addAgents(PetrarchAgents.read(f, k.dictionaryProblems));
        else k.addDictionary(PetrarchActors.read(f, k.dictionaryProblems));
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
  public boolean hasAgents() { return agents; }

  private static List<java.nio.file.Path> actorFiles(java.nio.file.Path p) throws java.io.IOException {
    if (!java.nio.file.Files.isDirectory(p)) {
      return VerbDictionary.filesIn(p).isEmpty() && Discards.filesIn(p).isEmpty() ? List.of(p) : List.of();
    }
    try (var s = java.nio.file.Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".actors.txt") || isAgents(f))
          .sorted().toList();
    }
  }

  private static boolean isAgents(java.nio.file.Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.contains("agents") && n.endsWith(".txt");
  }

  private void addAgents(Map<String, String> agents) {
    if (!this.agents) {
      sectors.clear();
      longestRole = 1;
      this.agents = true;
    }
    for (Map.Entry<String, String> e : agents.entrySet()) {
      sectors.put(key(e.getKey()), e.getValue());
      longestRole = Math.max(longestRole, e.getKey().split(" ").length);
    }
  }

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

  private void addDictionary(List<PetrarchActors.Entry> entries) {
    // A plain three-letter code that is no ISO country is a country the dictionary defines
    // (test suites use invented ones); it must be known before the codes built on it.
    for (PetrarchActors.Entry e : entries) {
      for (PetrarchActors.Coded c : e.codes()) {
        String code = c.code();
        if (code.length() == 3 && code.chars().allMatch(Character::isUpperCase) && !countryByIso3.containsKey(code)
            && !NON_STATE.contains(code)) {
          countryByIso3.put(code, new Country(code, null, titleCase(e.names().get(0)), ""));
        }
      }
    }
    for (PetrarchActors.Entry e : entries) {
      boolean countries = e.codes().stream().allMatch(c -> c.code().length() == 3 && country(c.code()) != null);
      boolean dated = e.codes().stream().anyMatch(c -> c.start() != null);
      if (countries) addCountryNames(e);
      else if (!dated && country(e.codes().get(0).code().substring(0, Math.min(3, e.codes().get(0).code().length()))) == null) {
        addOrganisation(e);
      } else {
        addTerms(e);
      }
    }
  }

  /**
   * "KUWAIT [KUW]": the user's code for a country name replaces the built-in one; "ZIMBABWE
   * [RHO <790606] [ZBW]" changes with the date; "THE_SHIRE [FRO/BIL/SAM]" names them all.
   */
  private void addCountryNames(PetrarchActors.Entry e) {
    List<Country> undated = new ArrayList<>();
    for (PetrarchActors.Coded c : e.codes()) {
      if (c.start() == null) undated.add(country(c.code()));
      else for (String n : e.names()) datedCountries.computeIfAbsent(key(n), k -> new ArrayList<>()).add(c);
    }
    for (String n : e.names()) {
      if (!undated.isEmpty()) countryByName.put(key(n), undated.get(0));
      if (undated.size() > 1) joint.put(key(n), undated);
    }
  }

  private void addOrganisation(PetrarchActors.Entry e) {
    String name = e.names().get(0);
    String code = e.codes().get(0).code();
    Actor org = new Actor(name, name, code, null, code.substring(0, Math.min(3, code.length())), null);
    for (String n : e.names()) organisations.put(key(n), org);
  }

  /** People and bodies with codes by date: the dictionary's terms replace built-in ones of that name. */
  private void addTerms(PetrarchActors.Entry e) {
    String name = titleCase(e.names().get(0));
    for (String n : e.names()) {
      if (fromDictionary.add(key(n))) terms.remove(key(n));
    }
    for (PetrarchActors.Coded c : e.codes()) {
      String code = c.code();
      // "[ORCHOB ...]" where ORC is no country: the whole code is the actor's, with no sector
      boolean ofCountry = code.length() >= 3 && country(code.substring(0, 3)) != null;
      String country = ofCountry ? code.substring(0, 3) : code;
      String sector = ofCountry && code.length() > 3 ? code.substring(3) : null;
      Term t = new Term(name, country, sector, null, c.start(), c.end());
      for (String n : e.names()) terms.computeIfAbsent(key(n), k -> new ArrayList<>()).add(t);
    }
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : s.split(" ")) {
      if (w.isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return sb.toString();
  }

  private void loadBuiltIn() {
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/countries.tsv")) {
      Country c = new Country(r.get("iso3"), r.get("iso2"), r.get("name"), r.get("capital"));
      countryByIso3.put(c.iso3(), c);
      countryByName.put(key(c.name()), c);
      for (String a : r.list("aliases")) countryByName.putIfAbsent(key(a), c);
      for (String a : r.list("adjectives")) countryByAdjective.putIfAbsent(key(a), c);
      // Only the curated seats stand for a government: many capitals are also common names elsewhere.
      for (String s : r.list("seats")) countryBySeat.putIfAbsent(key(s), c);
      seatNames.addAll(r.list("seats"));
    }
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/organisations.tsv")) {
      Actor a = new Actor(r.get("name"), r.get("name"), r.get("code"), null, r.get("sector"), null);
      organisations.put(key(r.get("name")), a);
      for (String alias : r.list("aliases")) organisations.putIfAbsent(key(alias), a);
    }
    // armed and political groups; unions, business federations, broadcasters and other bodies of one country
    for (Tsv.Row r : BODY_FILES.stream().flatMap(f -> Tsv.resource(f).stream()).toList()) {
      Actor a = new Actor(r.get("name"), r.get("name"), r.get("code"), blankToNull(r.get("country")),
          r.get("sector"), null);
      organisations.putIfAbsent(key(r.get("name")), a);
      for (String alias : r.list("aliases")) organisations.putIfAbsent(key(alias), a);
    }
    // Terms touching 2015 onwards, the earlier ones (1979-2014) for archive articles, party leaders
    // and ministers; the files have the same columns, and a name's terms are told apart by the
    // article's date. A person's names, from any of his or her rows, name all of that person's
    // terms: the party leader's "Farage" is also the MEP's, and a PM's alias finds the party office
    // too, so that holders() can choose between them.
    Map<String, List<Term>> byPerson = new java.util.LinkedHashMap<>();
    Map<String, java.util.Set<String>> names = new HashMap<>();
    for (String file : LEADER_FILES) {
      for (Tsv.Row r : Tsv.resource(file)) {
        Term t = new Term(r.get("name"), r.get("country"), r.get("sector"), r.get("role"),
            LocalDate.parse(r.get("start")), r.get("end").isEmpty() ? null : LocalDate.parse(r.get("end")));
        byPerson.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
        java.util.Set<String> keys = names.computeIfAbsent(t.name(), k -> new java.util.LinkedHashSet<>());
        keys.add(key(t.name()));
        for (String alias : r.list("aliases")) keys.add(key(alias));
      }
    }
    for (Map.Entry<String, List<Term>> e : byPerson.entrySet()) {
      for (String k : names.get(e.getKey())) terms.computeIfAbsent(k, x -> new ArrayList<>()).addAll(e.getValue());
    }
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/ambiguous-adjectives.tsv")) {
      ambiguous.put(key(r.get("word")), r.list("candidates"));
    }
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/sectors.tsv")) {
      String w = key(r.get("word"));
      sectors.putIfAbsent(w, r.get("sector"));
      longestRole = Math.max(longestRole, w.split(" ").length);
    }
    loadPhoenix();
  }

  /**
   * Phoenix's people, bodies and groups, at the lowest priority: a name our own files give to a
   * person, country, seat or organisation keeps its meaning, and Phoenix adds only the rest.
   */
  private void loadPhoenix() {
    java.util.Set<String> own = new java.util.HashSet<>(terms.keySet());
    for (PhoenixFile.Entry e : PhoenixFile.read()) {
      for (String n : e.names()) {
        String k = key(n);
        if (own.contains(k) && !e.body()) {
          terms.get(k).addAll(gapsOf(terms.get(k), e.terms()));
          continue;
        }
        if (own.contains(k) || organisations.containsKey(k) || countryByName.containsKey(k)
            || countryByAdjective.containsKey(k) || countryBySeat.containsKey(k)) continue;
        if (e.body()) {
          Knowledge.Term t = e.terms().get(0);
          bodies.putIfAbsent(k, actor(titleCase(n), t));
        } else {
          terms.computeIfAbsent(k, x -> new ArrayList<>()).addAll(e.terms());
          phoenixOnly.add(k);
        }
      }
    }
  }

  private static final int MIN_GAP_DAYS = 90;

  /**
   * Phoenix's dated terms of a person our files know, for the dates our files leave open: a
   * Prime Minister in leaders-history.tsv keeps the office he held before it (Gordon Brown,
   * Chancellor before he led the government). Only terms of a country our files give the person,
   * so a namesake abroad stays out, and only offices; where the two overlap, our term wins.
   */
  static List<Term> gapsOf(List<Term> own, List<Term> phoenix) {
    java.util.Set<String> countries = new java.util.HashSet<>();
    for (Term t : own) countries.add(t.country());
    List<Term> out = new ArrayList<>();
    for (Term p : phoenix) {
      // Phoenix's elites are people out of office, which our files already say by knowing them
      if (!p.dated() || "ELI".equals(p.sector()) || !countries.contains(p.country())) continue;
      List<Term> pieces = List.of(p);
      for (Term o : own) {
        if (!o.dated()) continue;
        List<Term> next = new ArrayList<>();
        for (Term piece : pieces) next.addAll(minus(piece, o));
        pieces = next;
      }
      // a few days left between two sources' dates for one change of office are no term; an
      // open end left after our files' terms is Phoenix not knowing the office was lost
      for (Term piece : pieces) {
        if (piece.end() != null && piece.start().plusDays(MIN_GAP_DAYS).isBefore(piece.end())) out.add(piece);
      }
    }
    return out;
  }

  /** The parts of term {@code t} outside term {@code o}'s dates (zero, one or two). */
  private static List<Term> minus(Term t, Term o) {
    LocalDate far = LocalDate.MAX;
    LocalDate tEnd = t.end() == null ? far : t.end();
    LocalDate oEnd = o.end() == null ? far : o.end();
    if (oEnd.isBefore(t.start()) || o.start().isAfter(tEnd)) return List.of(t);
    List<Term> out = new ArrayList<>();
    if (t.start().isBefore(o.start())) {
      out.add(new Term(t.name(), t.country(), t.sector(), t.role(), t.start(), o.start().minusDays(1)));
    }
    if (oEnd.isBefore(tEnd)) {
      out.add(new Term(t.name(), t.country(), t.sector(), t.role(), oEnd.plusDays(1), t.end()));
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
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

  public Country countryByName(String text) { return countryByName.get(key(text)); }

  /** The country a name means on a date, for dictionaries whose codes change with it ("[RHO <790606]"). */
  public Country countryByName(String text, LocalDate date) {
    for (PetrarchActors.Coded c : datedCountries.getOrDefault(key(text), List.of())) {
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
    List<Country> all = a.sector() == null ? joint.get(key(a.text())) : null;
    if (all == null) return List.of(a);
    return all.stream().map(c -> new Actor(a.text(), c.name(), c.iso3(), c.iso3(), null, a.role())).toList();
  }
  public Country countryByAdjective(String text) { return countryByAdjective.get(key(text)); }
  /** A capital or seat of power used for its government ("Beijing", "the Kremlin"). */
  public Country countryBySeat(String text) { return countryBySeat.get(key(text)); }

  /** The seats of power as countries.tsv writes them ("Downing Street", "the Kremlin"). */
  public Set<String> seatNames() { return Set.copyOf(seatNames); }
  public Country country(String iso3) { return countryByIso3.get(iso3); }

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
  public List<String> ambiguousCountries(String text) { return ambiguous.getOrDefault(key(text), List.of()); }
  public Actor organisation(String text) { return organisations.get(key(text)); }

  /** A body or group only Phoenix names ("Afghan National Security Forces"), or null. */
  public Actor body(String text) { return bodies.get(key(text)); }

  /** Whether the person of this name is known only from Phoenix, not from Dateline's own files. */
  public boolean knownOnlyFromPhoenix(String name) {
    String k = key(name);
    return phoenixOnly.contains(k) && !fromDictionary.contains(k);
  }
  /** CAMEO sector of a role noun or phrase ("foreign minister" to GOV), or null. */
  public String sector(String roleWords) { return sectors.get(key(roleWords)); }

  /**
   * Sector of a role noun as written, else of its lemma; an agents dictionary lists the plurals
   * it means ("POLICE {}" has none), so with one the word alone counts.
   */
  public String sector(String word, String lemma) {
    String sec = sector(word);
    return sec != null || agents || lemma == null ? sec : sector(lemma);
  }
  public int longestRole() { return longestRole; }

  /**
   * Office holders known by this name whose term covers the date; the undated entries of
   * dictionaries only when no dated term fits.
   */
  public List<Term> holders(String name, LocalDate date) {
    List<Term> dated = new ArrayList<>();
    List<Term> undated = new ArrayList<>();
    for (Term t : terms.getOrDefault(key(name), List.of())) {
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
    return terms.containsKey(key(name));
  }

  public List<Term> allTerms(String name) {
    return terms.getOrDefault(key(name), List.of());
  }
}
