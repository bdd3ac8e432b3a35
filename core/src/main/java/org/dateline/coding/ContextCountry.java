package org.dateline.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Sentence;
import org.dateline.resolve.Knowledge;

/**
 * The country of an actor known only by its role ("President Assad", "rebels", "the
 * opposition leader"): the one country its sentence names, else the country the article is about
 * ({@link org.dateline.resolve.ArticleCountry}: the dateline's, else the one it names most).
 * News names the country once and then speaks of its office holders and groups; when the
 * sentence names two or more countries the role could belong to any, and it stays unknown.
 */
final class ContextCountry {
  // Roles that belong to a country; international bodies and unnamed civilians do not.
  private static final Set<String> NATIONAL = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SPY",
      "PTY", "ELI", "UAF", "EDU", "LAB", "MED", "BUS", "HLH", "AGR", "REF", "CVL", "JRN", "SOC", "CRM", "REL");

  private static final Set<String> DOMESTIC = Set.of("OPP", "PTY", "LAB", "EDU", "REB");

  private final Knowledge kb;
  private final java.util.Map<String, java.util.Optional<String>> datelines = new java.util.concurrent.ConcurrentHashMap<>();

  ContextCountry(Knowledge kb) {
    this.kb = kb;
  }

  /**
   * @param counterparts the other side's actors: a country that is itself the counterpart
   *     ("threatened action against Russia") is not the home of a role on this side
   */
  List<Actor> fill(Document doc, Sentence s, List<Actor> actors, List<Actor> counterparts) {
    if (actors.stream().noneMatch(ContextCountry::lacksCountry)) return actors;
    // A state that is the other side is not this side's home ("threatened action against
    // Russia"), nor is a government's country another government's ("the president welcomed
    // the South African leader"); other roles may be of the same country (a government and its
    // rebels). Where the sentence names several countries, the other side's are set aside.
    Set<String> states = new java.util.HashSet<>();
    Set<String> governments = new java.util.HashSet<>();
    Set<String> all = new java.util.HashSet<>();
    for (Actor a : counterparts) {
      if (a.country() == null) continue;
      all.add(a.country());
      // ("met his Pakistani counterpart": a counterpart is of another country than the one met)
      if (a.sector() == null || Counterparts.isCounterpart(a)) states.add(a.country());
      if ("GOV".equals(a.sector())) governments.add(a.country());
    }
    Set<String> forGovernments = new java.util.HashSet<>(states);
    forGovernments.addAll(governments);
    // the sentence's country is looked up at most once per set of excluded countries
    java.util.Map<List<Set<String>>, java.util.Optional<String>> home = new java.util.HashMap<>();
    List<Actor> out = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      boolean government = "GOV".equals(a.sector());
      // an opposition, a party, workers, students or rebels act against their own state: "the
      // Umma party will boycott Algeria's elections", "the government accused Darfur rebels";
      // the state or government on the other side is their home
      boolean domestic = a.sector() != null && DOMESTIC.contains(a.sector());
      Set<String> excluded = government ? forGovernments : domestic ? Set.of() : states;
      Set<String> others = domestic ? Set.of() : all;
      String country = !lacksCountry(a) ? null : home.computeIfAbsent(List.of(excluded, others),
          k -> java.util.Optional.ofNullable(countryOf(doc, s, excluded, others))).orElse(null);
      out.add(country != null ? new Actor(a.text(), a.name(), Knowledge.code(country, a.sector()), country, a.sector(), a.role()) : a);
    }
    return out;
  }

  private static boolean lacksCountry(Actor a) {
    return a.country() == null && a.sector() != null && NATIONAL.contains(a.sector())
        && (a.code() == null || a.code().equals(a.sector())) || unknownName(a);
  }

  /**
   * A person or body named but known to no knowledge file ("Ricardo Llerandi said"): news names
   * a foreigner's country and leaves a local's to the story, so it is the story's, with no sector.
   */
  private static boolean unknownName(Actor a) {
    return a.name() != null && a.code() == null && a.country() == null && a.sector() == null;
  }

  /**
   * The only country the sentence names (as a country, a people, a place in it, an actor of it
   * other than a company or news outlet), else the article's.
   */
  private String countryOf(Document doc, Sentence s, Set<String> excluded, Set<String> counterparts) {
    Set<String> named = new LinkedHashSet<>();
    for (Mention m : doc.mentions()) {
      if (m.sentence() == s.index() && m.actor() != null && m.actor().country() != null
          && kb.country(m.actor().country()) != null && org.dateline.resolve.ArticleCountry.ofItsCountry(m.actor())) {
        named.add(m.actor().country());
      }
    }
    for (Place p : doc.locations()) {
      if (p.sentence() == s.index() && p.country() != null) named.add(p.country());
    }
    named.removeAll(excluded);
    if (named.size() > 1) named.removeAll(counterparts);
    if (named.size() == 1) return named.iterator().next();
    String story = storyCountry(doc);
    // a role left unqualified among several countries is of the story's own, when it is one of them
    // ("an Australian appeared in court in New Zealand, charged by police": New Zealand's police)
    if (!named.isEmpty()) return named.contains(story) ? story : null;
    return story;
  }

  private String storyCountry(Document doc) {
    var dl = doc.article().dateline();
    // Asked for every role without a country: look each dateline up once (few distinct cities)
    if (datelines.size() > 10_000) datelines.clear();
    String datelineCountry = dl == null || dl.place() == null ? null : datelines.computeIfAbsent(dl.place(),
        d -> java.util.Optional.ofNullable(Locations.datelinePlace(d).country())).orElse(null);
    return org.dateline.resolve.ArticleCountry.of(doc, kb, datelineCountry);
  }
}
