package org.dateline.resolve;

import static org.dateline.resolve.Knowledge.key;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.resolve.Knowledge.Country;
import org.dateline.resolve.Knowledge.Term;
import org.dateline.util.Tsv;

/**
 * Reads the built-in knowledge files under {@code dateline/knowledge/} into a Knowledge's
 * tables, Phoenix's last (see {@link PhoenixKnowledge}).
 */
final class KnowledgeFiles {
  private KnowledgeFiles() {}

  static void load(Knowledge kb, KnowledgeTables t) {
    loadCountries(t);
    loadOrganisations(t);
    loadLeaders(t);
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/ambiguous-adjectives.tsv")) {
      t.ambiguous.put(key(r.get("word")), r.list("candidates"));
    }
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/sectors.tsv")) {
      String w = key(r.get("word"));
      t.sectors.putIfAbsent(w, r.get("sector"));
      t.longestRole = Math.max(t.longestRole, w.split(" ").length);
    }
    PhoenixKnowledge.load(kb, t);
  }

  private static void loadCountries(KnowledgeTables t) {
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/countries.tsv")) {
      Country c = new Country(r.get("iso3"), r.get("iso2"), r.get("name"), r.get("capital"));
      t.countryByIso3.put(c.iso3(), c);
      t.countryByName.put(key(c.name()), c);
      for (String a : r.list("aliases")) t.countryByName.putIfAbsent(key(a), c);
      for (String a : r.list("adjectives")) t.countryByAdjective.putIfAbsent(key(a), c);
      // Only the curated seats stand for a government: many capitals are also common names elsewhere.
      for (String s : r.list("seats")) t.countryBySeat.putIfAbsent(key(s), c);
      t.seatNames.addAll(r.list("seats"));
    }
  }

  private static void loadOrganisations(KnowledgeTables t) {
    for (Tsv.Row r : Tsv.resource("/dateline/knowledge/organisations.tsv")) {
      Actor a = new Actor(r.get("name"), r.get("name"), r.get("code"), null, r.get("sector"), null);
      t.organisations.put(key(r.get("name")), a);
      for (String alias : r.list("aliases")) t.organisations.putIfAbsent(key(alias), a);
    }
    // armed and political groups; unions, business federations, broadcasters and other bodies of one country
    for (Tsv.Row r : Knowledge.BODY_FILES.stream().flatMap(f -> Tsv.resource(f).stream()).toList()) {
      Actor a = new Actor(r.get("name"), r.get("name"), r.get("code"), blankToNull(r.get("country")),
          r.get("sector"), null);
      t.organisations.putIfAbsent(key(r.get("name")), a);
      for (String alias : r.list("aliases")) t.organisations.putIfAbsent(key(alias), a);
    }
  }

  /**
   * Terms touching 2015 onwards, the earlier ones (1979-2014) for archive articles, party leaders
   * and ministers; the files have the same columns, and a name's terms are told apart by the
   * article's date. A person's names, from any of his or her rows, name all of that person's
   * terms: the party leader's "Farage" is also the MEP's, and a PM's alias finds the party office
   * too, so that holders() can choose between them.
   */
  private static void loadLeaders(KnowledgeTables t) {
    Map<String, List<Term>> byPerson = new LinkedHashMap<>();
    Map<String, Set<String>> names = new HashMap<>();
    for (String file : Knowledge.LEADER_FILES) {
      for (Tsv.Row r : Tsv.resource(file)) {
        Term term = new Term(r.get("name"), r.get("country"), r.get("sector"), r.get("role"),
            LocalDate.parse(r.get("start")), r.get("end").isEmpty() ? null : LocalDate.parse(r.get("end")));
        byPerson.computeIfAbsent(term.name(), k -> new ArrayList<>()).add(term);
        Set<String> keys = names.computeIfAbsent(term.name(), k -> new LinkedHashSet<>());
        keys.add(key(term.name()));
        for (String alias : r.list("aliases")) keys.add(key(alias));
      }
    }
    for (Map.Entry<String, List<Term>> e : byPerson.entrySet()) {
      for (String k : names.get(e.getKey())) t.termsOf(k).addAll(e.getValue());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
