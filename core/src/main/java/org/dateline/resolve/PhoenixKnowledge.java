package org.dateline.resolve;

import static org.dateline.resolve.Knowledge.key;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.resolve.Knowledge.Term;

/**
 * Phoenix's people, bodies and groups, at the lowest priority: a name our own files give to a
 * person, country, seat or organisation keeps its meaning, and Phoenix adds only the rest.
 */
final class PhoenixKnowledge {
  private static final int MIN_GAP_DAYS = 90;

  private PhoenixKnowledge() {}

  /** Adds phoenix-actors.tsv to tables our own files have filled; bodies become actors of {@code kb}. */
  static void load(Knowledge kb, KnowledgeTables t) {
    Set<String> own = new HashSet<>(t.terms.keySet());
    for (PhoenixFile.Entry e : PhoenixFile.read()) {
      for (String n : e.names()) {
        String k = key(n);
        if (own.contains(k) && !e.body()) {
          t.terms.get(k).addAll(gapsOf(t.terms.get(k), e.terms()));
          continue;
        }
        if (own.contains(k) || t.organisations.containsKey(k) || t.countryByName.containsKey(k)
            || t.countryByAdjective.containsKey(k) || t.countryBySeat.containsKey(k)) continue;
        if (e.body()) {
          Term term = e.terms().get(0);
          t.bodies.putIfAbsent(k, kb.actor(Knowledge.titleCase(n), term));
        } else {
          t.termsOf(k).addAll(e.terms());
          t.phoenixOnly.add(k);
        }
      }
    }
  }

  /**
   * Phoenix's dated terms of a person our files know, for the dates our files leave open: a
   * Prime Minister in leaders-history.tsv keeps the office he held before it (Gordon Brown,
   * Chancellor before he led the government). Only terms of a country our files give the person,
   * so a namesake abroad stays out, and only offices; where the two overlap, our term wins.
   */
  static List<Term> gapsOf(List<Term> own, List<Term> phoenix) {
    Set<String> countries = new HashSet<>();
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
}
