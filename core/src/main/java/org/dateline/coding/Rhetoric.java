package org.dateline.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Politicians' words told in words of force: "the Tory leader attacked the prime minister", "the
 * minister blasted the opposition". When both sides are named by a political office, party,
 * outlet or body, and the sentence names no weapon, an attack is criticism (CAMEO 111). Armed
 * parties, police, civilians and countries named bare keep the reading of force. The other way
 * round, "hit back" and "lashed out", criticism in a politician's mouth, are force when armed men
 * do them or a weapon is named. A party that beats or defeats another wins at the polls: no event.
 */
final class Rhetoric {
  private static final String CRITICISE = "111";
  private static final Set<String> WORDS_OF_FORCE = Set.of("attack", "blast", "assail");
  // a party's campaign told as a war: "went on the offensive", "an onslaught on the government"
  private static final Set<String> CAMPAIGNS = Set.of("offensive", "onslaught", "counteroffensive", "counter-offensive");
  private static final Set<String> CAMPAIGNERS = Set.of("PTY", "OPP", "LEG", "ELI", "MED", "NGO", "BUS", "LAB");
  private static final Set<String> SPEAKERS = Set.of("GOV", "PTY", "OPP", "LEG", "ELI", "MED", "NGO", "IGO", "BUS", "LAB", "JUD");
  // phrasal verbs of force that news uses for words ("hit back at", "lashed out at"): read as
  // criticism by the lexicon, they are force again when armed men do them or a weapon is named
  private static final Set<String> FORCE_FOR_WORDS = Set.of("hit", "lash", "strike");
  private static final Set<String> ARMED = Set.of("MIL", "REB", "UAF", "INS");
  private static final String FORCE = "190";
  // a contest won: "Labour beat the Tories", "the government defeated the opposition in the vote"
  private static final Set<String> CONTEST = Set.of("beat", "defeat", "trounce", "thrash", "rout", "crush", "outvote");
  private static final Set<String> RIVALS = Set.of("PTY", "OPP", "LEG");

  // a struggle told as a fight: against a disease or an ill ("the fight against AIDS", "its battle
  // with poverty") it is no force; a party's or a candidate's is an election ("a tough fight")
  private static final Set<String> STRUGGLES = Set.of("fight", "battle", "struggle", "war");
  private static final Set<String> OPPONENT_CASES = Set.of("", "against", "with", "on");
  private static final Set<Senses.Kind> ILLS = Set.of(Senses.Kind.DISEASE, Senses.Kind.ABSTRACTION, Senses.Kind.PHENOMENON);

  private Rhetoric() {}

  /** "The fight against AIDS", "waged war on poverty": a struggle with an ill, no party's force. */
  static boolean againstAnIll(Sentence s, Token p) {
    if (!STRUGGLES.contains(p.lemma().toLowerCase(Locale.ROOT))) return false;
    for (Token c : s.children(p.index())) {
      boolean opponent = c.deprel().equals("obj") || (c.deprel().startsWith("obl") || c.deprel().startsWith("nmod"))
          && OPPONENT_CASES.contains(Arguments.caseOf(s, c));
      if (!opponent || !c.isNoun() || "PERSON".equals(c.ner())) continue;
      Senses.Kind kind = Senses.get().kind(c.lemma());
      // a name is a party ("the fight against Boko Haram"), unless it names a disease ("AIDS", "Ebola")
      if (kind == Senses.Kind.DISEASE || !c.pos().startsWith("NNP") && ILLS.contains(kind)) return true;
    }
    return false;
  }

  /**
   * The code for p's act between these sides: 111 for a politician's verbal attack, null for a
   * party's campaign told as war ("Labour has gone on the offensive"), else cameo.
   */
  static String code(Sentence s, Token p, String cameo, List<Actor> source, List<Actor> target) {
    boolean force = cameo.startsWith("18") || cameo.startsWith("19");
    String lemma = p.lemma().toLowerCase(Locale.ROOT);
    if (cameo.equals(CRITICISE) && FORCE_FOR_WORDS.contains(lemma)
        && (Senses.get().namesWeapon(s) || source.stream().anyMatch(a -> a.sector() != null && ARMED.contains(a.sector())))) {
      return FORCE;
    }
    if (!force || Senses.get().namesWeapon(s) || armedWith(s, p)) return cameo;
    // "attacked the prime minister, saying he had misled parliament", "attacked ministers for
    // failing to act": an attack given with the words said or the fault named is criticism,
    // whoever is attacked, unless armed men did it
    boolean armed = source.stream().anyMatch(a -> a.sector() != null && ARMED.contains(a.sector()));
    if (WORDS_OF_FORCE.contains(lemma) && p.isVerb() && !armed && verbal(s, p)) return CRITICISE;
    // "Straw attacked on China arms", "minister attacked over visa row": a politician attacked over
    // a matter, by no one named, is criticised
    boolean politicianTargeted = !target.isEmpty() && (speakers(target.subList(0, 1)) || peopleNamed(s, target.subList(0, 1)));
    if (source.isEmpty() && WORDS_OF_FORCE.contains(lemma) && politicianTargeted && overAMatter(s, p)) {
      return CRITICISE;
    }
    if (source.isEmpty()) return cameo;
    // "Mr Howard attacked Gordon Brown": a person named bare against a politician is a speaker too
    boolean sourceSpeaks = speakers(source);
    if (!sourceSpeaks && !(peopleNamed(s, source) && !target.isEmpty() && speakers(target)
        && WORDS_OF_FORCE.contains(lemma))) {
      return cameo;
    }
    // one party beating another wins votes or seats, which CAMEO does not code
    if (CONTEST.contains(lemma) && !target.isEmpty() && target.stream().allMatch(a -> a.sector() != null && RIVALS.contains(a.sector()))) return null;
    // a government's or a body's offensive is its forces'; a party's or a paper's is a campaign
    boolean campaigners = source.stream().allMatch(a -> a.sector() != null && CAMPAIGNERS.contains(a.sector()));
    if (CAMPAIGNS.contains(lemma) && campaigners && (target.isEmpty() || speakers(target))) return null;
    // "faced a tough fight to keep her seat": a party's or candidate's fight with no armed side is an election
    boolean noSide = target.isEmpty() || target.stream().allMatch(a -> a.sector() == null || SPEAKERS.contains(a.sector()));
    if (STRUGGLES.contains(lemma) && p.isNoun() && campaigners && noSide) return null;
    boolean targetSpeaks = !target.isEmpty() && (speakers(target) || sourceSpeaks && peopleNamed(s, target));
    if (!WORDS_OF_FORCE.contains(lemma) || !targetSpeaks) return cameo;
    return CRITICISE;
  }

  // participles that give an attack's words or its charge: "saying", "calling it", "accusing them"
  private static final Set<String> SPEAKING = Set.of("say", "call", "accuse", "describe", "claim", "argue",
      "brand", "label", "dub", "insist", "warn", "charge", "complain", "suggest", "allege", "question");

  /** Whether p's clause gives the words of an attack or the fault it names: a participle of speech, or "for" and a gerund. */
  private static boolean verbal(Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      String rel = c.deprel();
      boolean clause = rel.startsWith("advcl") || rel.equals("xcomp") || rel.equals("conj") || rel.equals("dep") || rel.equals("parataxis");
      if (clause && c.pos().equals("VBG") && SPEAKING.contains(c.lemma().toLowerCase(Locale.ROOT))) return true;
      // the parser may make the participle the mark of what is said: "saying they had looted"
      List<Token> marks = s.children(c.index()).stream().filter(m -> m.deprel().equals("mark") || m.deprel().equals("case")).toList();
      if (clause && marks.stream().anyMatch(m -> m.pos().equals("VBG") && SPEAKING.contains(m.lemma().toLowerCase(Locale.ROOT)))) return true;
      // "for failing to protect jobs", "for allowing the deal" (a gerund, or the gerund the parser made a subject)
      boolean forClause = (clause || rel.startsWith("obl")) && marks.stream().anyMatch(m -> m.word().equalsIgnoreCase("for"));
      boolean gerund = c.pos().equals("VBG") || s.children(c.index()).stream()
          .anyMatch(g -> g.deprel().startsWith("nsubj") && g.pos().equals("VBG") && g.index() < c.index());
      if (forClause && gerund) return true;
    }
    return false;
  }

  /** "attacked him with a knife": an instrument that may be a weapon (a knife is first a tool). */
  private static boolean armedWith(Sentence s, Token p) {
    return s.children(p.index()).stream().anyMatch(c -> c.deprel().startsWith("obl") && c.isNoun()
        && Arguments.caseOf(s, c).equals("with") && Senses.get().mayBe(c.lemma(), Set.of(Senses.Kind.WEAPON)));
  }

  /** Whether every actor of a side is a person the sentence names, known by no office or group. */
  private static boolean peopleNamed(Sentence s, List<Actor> side) {
    return !side.isEmpty() && side.stream().allMatch(a -> a.sector() == null && a.name() != null
        && s.tokens().stream().anyMatch(t -> "PERSON".equals(t.ner()) && a.name().contains(t.word())));
  }

  private static boolean speakers(List<Actor> side) {
    return side.stream().allMatch(a -> a.sector() != null && SPEAKERS.contains(a.sector()));
  }

  private static final Set<String> MATTER_CASES = Set.of("over", "on", "about");

  /** An "over", "on" or "about" phrase naming no place: what the words were about. */
  private static boolean overAMatter(Sentence s, Token p) {
    return s.children(p.index()).stream().anyMatch(c -> c.deprel().startsWith("obl") && MATTER_CASES.contains(Arguments.caseOf(s, c))
        && !"LOCATION".equals(c.ner()) && Senses.get().kind(c.lemma()) != Senses.Kind.PLACE);
  }
}
