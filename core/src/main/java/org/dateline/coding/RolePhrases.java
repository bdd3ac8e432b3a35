package org.dateline.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.Knowledge;

/**
 * The sector a role phrase gives its actor ("foreign minister" GOV, "human rights activists"),
 * by the built-in sectors or, with an agents dictionary, as PETRARCH combines its agents.
 */
final class RolePhrases {
  private static final Set<String> GENERIC_HEADS = Set.of("group", "force", "faction", "movement", "unit", "wing",
      "camp", "organization", "organisation", "side");
  // roles of those who lead or speak for a body
  private static final Set<String> LEADS = Knowledge.OFFICES;
  private static final String LABOUR = "LAB";
  private static final Set<String> PLACES = Set.of("COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "NATIONALITY", "CITY");

  private final Knowledge kb;

  RolePhrases(Knowledge kb) {
    this.kb = kb;
  }

  // roles a party has too: "the Tory leader" is the party's
  private static final Set<String> PARTY_OFFICERS = WordClasses.of("party-officers");

  /** Whether the word names a political party ("Tory", "Labour", "Conservative"). */
  private boolean party(Token t) {
    Actor group = kb.body(t.word());
    if (group == null) group = kb.organisation(t.word());
    return group != null && "PTY".equals(group.sector()) || kb.party(t.word()) != null;
  }

  /** "The accused", "the wounded": an adjective or participle with an article stands for people. */
  private static boolean nominal(Sentence s, Token head) {
    boolean describing = head.pos().equals("JJ") || head.pos().equals("VBN");
    return describing && s.children(head.index()).stream().anyMatch(c -> c.deprel().equals("det"));
  }

  /** Sector of a role noun, by its compound phrase first ("foreign minister"), then the word. */
  String sectorOf(Sentence s, Token head) {
    if (!head.isNoun() && !nominal(s, head)) return null;
    // The longest role phrase ending in the head: "main opposition group" before "opposition
    // group", "human rights activists" before "rights activists".
    List<Token> words = modifiersBefore(s, head);
    String withOf = withOfPhrase(s, head);
    if (withOf != null) return withOf;
    for (int from = 0; from < words.size(); from++) {
      StringBuilder phrase = new StringBuilder();
      for (Token t : words.subList(from, words.size())) phrase.append(t.word()).append(' ');
      String sec = kb.sector(phrase.append(head.word()).toString());
      // "the shadow education secretary": the opposition's spokesman on a government's portfolio
      boolean shadow = words.subList(0, from).stream().anyMatch(t -> t.word().equalsIgnoreCase("shadow"));
      if ("GOV".equals(sec) && shadow) return "OPP";
      if (sec != null) return withOuterAgents(sec, words.subList(0, from));
    }
    for (Token c : s.children(head.index())) {
      if (c.deprel().equals("compound") || c.deprel().equals("amod")) {
        String sec = kb.sector(c.word() + " " + head.word());
        if (sec != null) return sec;
      }
    }
    String sec = kb.sector(head.word(), head.lemma());
    // "the Tory leader", "a Conservative spokeswoman": a party's own officer, not the government's
    if ("GOV".equals(sec) && PARTY_OFFICERS.contains(head.lemma().toLowerCase(Locale.ROOT))
        && words.stream().anyMatch(this::party)) {
      return "PTY";
    }
    String body = sec == null ? null : bodyLed(s, head);
    if (body != null) return body;
    if (sec != null) return withOuterAgents(sec, words);
    // "the official news agency said": PETRARCH codes a subject by the agent words it holds. Not
    // a name ("MSF Arnor" is Arnor's), nor other arguments: "an official visit" is no actor.
    String agents = kb.hasAgents() && head.deprel().equals("nsubj") && !head.pos().startsWith("NNP")
        ? agentsOf(words) : null;
    if (agents != null) return agents;
    if (!GENERIC_HEADS.contains(head.lemma().toLowerCase(Locale.ROOT))) return sec;
    // "opposition groups", "rebel forces": a generic head takes its modifier's sector
    boolean forces = head.lemma().equalsIgnoreCase("force");
    for (Token c : s.children(head.index())) {
      if (!c.deprel().equals("compound") && !c.deprel().equals("amod")) continue;
      // "legal and religious groups": each conjoined modifier may say the sector
      for (Token m : ActorFinder.withConjuncts(s, c)) {
        String mod = kb.sector(m.word().toLowerCase(Locale.ROOT));
        // "government forces" are the government's armed forces
        if (mod != null) return forces && mod.equals("GOV") ? "MIL" : mod;
      }
    }
    // "US forces", "Serbian forces": a state's forces are its military
    if (forces && s.children(head.index()).stream().anyMatch(c -> c.deprel().equals("compound") || c.deprel().equals("amod"))) {
      return "MIL";
    }
    return null;
  }

  /**
   * "An MSF Arnor diplomat": with an agents dictionary, agent words before the role phrase add
   * their codes to its own (NGO~ and GOV: "NGOARNGOV"), as PETRARCH's agents combine.
   */
  private String withOuterAgents(String sector, List<Token> before) {
    if (!kb.hasAgents()) return sector;
    String out = sector;
    for (int i = before.size() - 1; i >= 0; i--) {
      String agent = kb.sector(before.get(i).word());
      if (agent != null) out = Knowledge.withAgent(out, agent);
    }
    return out;
  }

  /** The agents of modifiers, combined as {@link #withOuterAgents}; null when none is an agent. */
  private String agentsOf(List<Token> modifiers) {
    for (int i = modifiers.size() - 1; i >= 0; i--) {
      String agent = kb.sector(modifiers.get(i).word());
      if (agent != null) return withOuterAgents(agent, modifiers.subList(0, i));
    }
    return null;
  }

  /**
   * "The party's leader", "the head of the army", "the Green Party's spokesman": one who leads or
   * speaks for a body is of the body's sector, not of the role word's own ("leader" alone is GOV).
   */
  private String bodyLed(Sentence s, Token head) {
    if (!LEADS.contains(head.lemma().toLowerCase(Locale.ROOT))) return null;
    for (Token c : s.children(head.index())) {
      boolean owner = c.deprel().equals("nmod:poss")
          || c.deprel().startsWith("nmod") && c.index() > head.index() && Set.of("of", "for").contains(Arguments.caseOf(s, c));
      if (!owner || !c.isNoun()) continue;
      String sec = kb.sector(c.word(), c.lemma());
      if (sec != null && !LEADS.contains(c.lemma().toLowerCase(Locale.ROOT))) return sec;
      if (namedUnion(s, c)) return LABOUR;
    }
    return null;
  }

  /**
   * "The leader of the Unison union": a union given a name of its own is a trade union, unless the
   * whole is a known body or a union of states ("the European Union", "the Soviet Union").
   */
  private boolean namedUnion(Sentence s, Token c) {
    if (!c.lemma().equalsIgnoreCase("union")) return false;
    List<Token> mods = modifiersBefore(s, c);
    // a name of its own, not a place's ("the Soviet Union", "the African Union" unite states)
    boolean named = mods.stream().anyMatch(m -> m.pos().startsWith("NNP") && !PLACES.contains(m.ner())
        && kb.countryByAdjective(m.word()) == null && kb.countryByName(m.word()) == null);
    if (!named || PLACES.contains(c.ner())) return false;
    StringBuilder phrase = new StringBuilder();
    for (Token m : mods) phrase.append(m.word()).append(' ');
    phrase.append(c.word());
    return kb.organisation(phrase.toString()) == null && kb.organisation("the " + phrase) == null
        && kb.countryByName(phrase.toString()) == null;
  }

  /**
   * Sector of a role phrase that goes on past its head with "of": "Ministry of Fisheries" where
   * a dictionary defines the whole phrase; null when none does. With an agents dictionary, whose
   * phrases PETRARCH matches as written, always; with the built-in sectors only for a head that is
   * no role by itself ("the US secretary of state": a secretary alone is no office), so that the
   * built-in reading of a role word stays its own.
   */
  private String withOfPhrase(Sentence s, Token head) {
    if (!kb.hasAgents() && kb.sector(head.word(), head.lemma()) != null) return null;
    for (Token c : s.children(head.index())) {
      if (!c.deprel().startsWith("nmod") || !Arguments.caseOf(s, c).equals("of") || c.index() < head.index()) continue;
      int end = Clauses.subtree(s, c).stream().mapToInt(Integer::intValue).max().orElse(c.index());
      StringBuilder phrase = new StringBuilder();
      for (Token t : s.tokens().subList(head.index(), end + 1)) phrase.append(t.word()).append(' ');
      String sec = kb.sector(phrase.toString().strip());
      if (sec != null) return sec;
    }
    return null;
  }

  /** The run of words just before a noun that modify it or one another ("human rights" of "activists"). */
  static List<Token> modifiersBefore(Sentence s, Token head) {
    List<Token> out = new ArrayList<>();
    Set<Integer> inside = new HashSet<>(Set.of(head.index()));
    for (int i = head.index() - 1; i >= 0; i--) {
      Token t = s.tokens().get(i);
      boolean modifies = t.deprel().equals("compound") || t.deprel().equals("amod");
      if (!modifies || !inside.contains(t.head())) break;
      inside.add(i);
      out.add(0, t);
    }
    return out;
  }
}
