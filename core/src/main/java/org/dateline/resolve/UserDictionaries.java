package org.dateline.resolve;

import static org.dateline.resolve.Knowledge.key;
import static org.dateline.resolve.Knowledge.titleCase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.coding.petrarch.Discards;
import org.dateline.coding.petrarch.VerbDictionary;
import org.dateline.model.Actor;
import org.dateline.resolve.Knowledge.Country;
import org.dateline.resolve.Knowledge.Term;

/**
 * PETRARCH-format actors and agents dictionaries (given with {@code --dict}) added to a
 * Knowledge's tables: their codes win for the names they give.
 */
final class UserDictionaries {
  // CAMEO's non-state prefixes, which are never countries.
  private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "MNC", "IMG", "UIS", "UAF",
      "REB", "OPP", "GOV", "MIL", "COP", "JUD", "LEG", "BUS", "MED", "CVL", "REF", "EDU", "ELI", "HLH", "LAB",
      "AGR", "CRM", "INS", "SPY", "SEP", "PTY", "NGM", "IRC", "RAD");

  private final KnowledgeTables t;

  UserDictionaries(KnowledgeTables t) {
    this.t = t;
  }

  /** The actors and agents files a --dict path names: the file itself, or those of a folder. */
  static List<Path> actorFiles(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return VerbDictionary.filesIn(p).isEmpty() && Discards.filesIn(p).isEmpty() ? List.of(p) : List.of();
    }
    try (var s = Files.list(p)) {
      return s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".actors.txt") || isAgents(f))
          .sorted().toList();
    }
  }

  static boolean isAgents(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.contains("agents") && n.endsWith(".txt");
  }

  /** The first agents dictionary replaces the built-in sectors; later ones add to it. */
  void addAgents(Map<String, String> agents) {
    if (!t.agents) {
      t.sectors.clear();
      t.longestRole = 1;
      t.agents = true;
    }
    for (Map.Entry<String, String> e : agents.entrySet()) {
      t.sectors.put(key(e.getKey()), e.getValue());
      t.longestRole = Math.max(t.longestRole, e.getKey().split(" ").length);
    }
  }

  void addDictionary(List<PetrarchActors.Entry> entries) {
    // A plain three-letter code that is no ISO country is a country the dictionary defines
    // (test suites use invented ones); it must be known before the codes built on it.
    for (PetrarchActors.Entry e : entries) {
      for (PetrarchActors.Coded c : e.codes()) {
        String code = c.code();
        if (code.length() == 3 && code.chars().allMatch(Character::isUpperCase) && !t.countryByIso3.containsKey(code)
            && !NON_STATE.contains(code)) {
          t.countryByIso3.put(code, new Country(code, null, titleCase(e.names().get(0)), ""));
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

  private Country country(String iso3) { return t.countryByIso3.get(iso3); }

  /**
   * "KUWAIT [KUW]": the user's code for a country name replaces the built-in one; "ZIMBABWE
   * [RHO <790606] [ZBW]" changes with the date; "THE_SHIRE [FRO/BIL/SAM]" names them all.
   */
  private void addCountryNames(PetrarchActors.Entry e) {
    List<Country> undated = new ArrayList<>();
    for (PetrarchActors.Coded c : e.codes()) {
      if (c.start() == null) undated.add(country(c.code()));
      else for (String n : e.names()) t.datedCountries.computeIfAbsent(key(n), k -> new ArrayList<>()).add(c);
    }
    for (String n : e.names()) {
      if (!undated.isEmpty()) t.countryByName.put(key(n), undated.get(0));
      if (undated.size() > 1) t.joint.put(key(n), undated);
    }
  }

  private void addOrganisation(PetrarchActors.Entry e) {
    String name = e.names().get(0);
    String code = e.codes().get(0).code();
    Actor org = new Actor(name, name, code, null, code.substring(0, Math.min(3, code.length())), null);
    for (String n : e.names()) t.organisations.put(key(n), org);
  }

  /** People and bodies with codes by date: the dictionary's terms replace built-in ones of that name. */
  private void addTerms(PetrarchActors.Entry e) {
    String name = titleCase(e.names().get(0));
    for (String n : e.names()) {
      if (t.fromDictionary.add(key(n))) t.terms.remove(key(n));
    }
    for (PetrarchActors.Coded c : e.codes()) {
      String code = c.code();
      // "[ORCHOB ...]" where ORC is no country: the whole code is the actor's, with no sector
      boolean ofCountry = code.length() >= 3 && country(code.substring(0, 3)) != null;
      String country = ofCountry ? code.substring(0, 3) : code;
      String sector = ofCountry && code.length() > 3 ? code.substring(3) : null;
      Term term = new Term(name, country, sector, null, c.start(), c.end());
      for (String n : e.names()) t.termsOf(key(n)).add(term);
    }
  }
}
