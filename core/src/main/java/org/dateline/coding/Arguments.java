package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Finds the source and target of a predicate in the Universal Dependencies parse: subject to
 * source, object and "with/to/against/on X" to target, passive "by X" to source, "talks between
 * X and Y" to both, and a subject shared with a governing clause ("agreed to push").
 * The common rules are {@link ArgumentHeads}', the readings an act's code gives {@link ActRoles}'.
 */
final class Arguments {
  // Lexicon of argument roles (argument-words.tsv), read once and taken by kind here and in
  // ArgumentHeads and ActRoles
  private static final java.util.Map<String, Set<String>> WORDS_BY_KIND = org.dateline.util.Tsv
      .resource("/dateline/coding/argument-words.tsv").stream()
      .collect(java.util.stream.Collectors.groupingBy(r -> r.get("kind"),
          java.util.stream.Collectors.mapping(r -> r.get("word"), java.util.stream.Collectors.toUnmodifiableSet())));
  static final Set<String> TELLING = words("telling");
  static final Set<String> TOLD = words("told");
  private static final Set<String> JUDGING = words("judging");
  private static final Set<String> JUDGED_BY = Set.of("for", "of", "with", "on");
  private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl", "acl", "acl:relcl", "conj",
      "parataxis", "csubj");

  /** The words of one kind in the lexicon of argument roles. */
  static Set<String> words(String kind) {
    return WORDS_BY_KIND.getOrDefault(kind, Set.of());
  }

  /** What was found: actors, and the argument head tokens (for evidence spans). */
  record Found(List<Actor> source, List<Actor> target, List<Token> sourceHeads, List<Token> targetHeads) {
    boolean empty() { return source.isEmpty() && target.isEmpty(); }
  }

  private final ActorFinder actors;

  Arguments(ActorFinder actors) {
    this.actors = actors;
  }

  /** @param cameo the predicate's code: how a yield or a protest takes its "from" and "of" phrases */
  Found find(Document doc, Sentence s, Token p, String cameo) {
    List<Token> subj = new ArrayList<>();
    List<Token> obj = new ArrayList<>();
    ArgumentHeads.collect(doc, s, p, subj, obj);
    // "police, criticised by rights groups, ...", "charged with murder, he ...": a passive
    // participle is done to the noun it hangs on, or to its clause's subject, when its doer is
    // known too ("by X", or the police who charge); "Asked about the vote, she said" is no act
    Token undergoer = ArgumentHeads.participleUndergoer(s, p);
    boolean doerKnown = ArgumentHeads.byWhom(s, p) || Unnamed.doer(p, cameo) != null;
    if (undergoer != null && doerKnown && !obj.contains(undergoer)) obj.add(undergoer);
    ActRoles.byCode(s, p, cameo, subj, obj);
    List<Token> about = cameo.startsWith("11") || cameo.startsWith("12") ? ActRoles.complained(s, p, obj) : List.of();
    if (p.isNoun() && obj.isEmpty() && p.head() >= 0) lightVerbTargets(s, p, obj);
    // "their first meeting": a possessive pronoun names no one; the clause's subject does
    // (a pronoun subject of a noun the tagger mistook for a verb's, "they would blockade Paris", stays)
    List<Token> possessors = p.isNoun() ? subj.stream().filter(t -> t.pos().startsWith("PRP") && !t.deprel().equals("nsubj")).toList() : List.of();
    subj.removeAll(possessors);
    List<Actor> source = actors.of(doc, s, subj);
    if (source.isEmpty()) {
      List<Token> doers = DoneBy.doers(s, p);
      if (doers.isEmpty()) doers = doersElsewhere(s, p, cameo, obj);
      if (!doers.isEmpty()) {
        subj = doers;
        source = actors.of(doc, s, subj);
      }
    }
    // "Their demands include ...": with no clause subject to ask, the pronoun stands for whom it refers to
    if (source.isEmpty() && !possessors.isEmpty()) {
      subj = new ArrayList<>(possessors);
      source = new ArrayList<>();
      for (Token t : possessors) source.addAll(actors.possessor(doc, s, t));
    }
    List<Actor> target = actors.of(doc, s, obj);
    List<Actor> complainedOf = about.isEmpty() ? List.of() : actors.of(doc, s, about);
    if (!complainedOf.isEmpty()) {
      target = new ArrayList<>(complainedOf);
      obj = about;
    }
    List<Actor> sources = source;
    target.removeIf(t -> sources.stream().anyMatch(a -> same(a, t)));
    if (cameo.compareTo("17") >= 0 && cameo.compareTo("21") < 0) target = ActRoles.citiesAsPeople(doc, s, target);
    return new Found(source, target, subj, obj);
  }

  /**
   * "staged rallies against the leader", "launched an investigation into the killings": the
   * light verb carries the noun's target
   */
  private static void lightVerbTargets(Sentence s, Token p, List<Token> obj) {
    Token verb = s.tokens().get(p.head());
    if (verb.isVerb() && (p.deprel().equals("obj") || p.deprel().startsWith("obl"))) {
      for (Token c : s.children(verb.index())) {
        if (c.deprel().startsWith("obl") && ArgumentHeads.TARGET_CASES.contains(caseOf(s, c)) && c != p) obj.add(c);
      }
    }
  }

  /**
   * With no source among p's own words: whom an act it undergoes comes from (its undergoers go to
   * the target), else the subject p shares with the clause that governs it.
   */
  private static List<Token> doersElsewhere(Sentence s, Token p, String cameo, List<Token> obj) {
    // "Police arrested two men after the riot": whoever answers a hostile act did not do it
    boolean answered = cameo.compareTo("11") >= 0 && EventNouns.circumstance(s, p);
    List<Token> undergoers = Undergoing.undergoers(s, p);
    if (!undergoers.isEmpty()) {
      // "Wiranto survived the attack (on his convoy)": he is its target, not its doer
      for (Token u : undergoers) if (!obj.contains(u)) obj.add(u);
      // "faced criticism from backbenchers", "received aid from Japan": whom it comes from did it
      return Undergoing.fromWhom(s, p);
    }
    if (answered) return List.of();
    // "their first meeting": neither the pronoun nor "first" names anyone; the clause's subject does
    return controller(s, p);
  }

  /**
   * The subject a predicate shares with the clause that governs it: "agreed to push" (xcomp),
   * "held talks" (the noun's verb), "Park said after talks" (the clause's subject).
   */
  static List<Token> controller(Sentence s, Token p) {
    // "left office, accused of corruption": the clause's subject undergoes the participle, not does it
    if (ArgumentHeads.participleUndergoer(s, p) != null) return List.of();
    // "eight were killed in the shooting, police said" (parsed as an adverbial clause of "said"):
    // a passive with a subject of its own is done by someone it does not name, not by the clause's subject
    if (p.isVerb() && s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("nsubj:pass"))) return List.of();
    Token cur = p;
    for (int hops = 0; hops < 4 && cur.head() >= 0; hops++) {
      String rel = cur.deprel();
      // "..., killing 20 people": a participle hung on the clause (often parsed "dep") acts with its subject
      boolean participle = rel.equals("dep") && cur.pos().equals("VBG");
      // "issued a declaration demanding that ...": the participle says what the declaration does,
      // and whoever issued it demands
      boolean onNoun = rel.equals("acl") && cur.pos().equals("VBG");
      boolean passesSubject = rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("obl")
          || rel.equals("advcl") || rel.equals("conj") || rel.equals("nsubj:pass") || participle || onNoun;
      if (!passesSubject) break;
      Token judged = judgedDoer(s, cur);
      if (judged != null) return List.of(judged);
      cur = s.tokens().get(cur.head());
      List<Token> subj = new ArrayList<>();
      List<Token> agent = new ArrayList<>();
      for (Token c : s.children(cur.index())) {
        // "Gollum was seen to break in", "X was asked to leave": the passive subject does the xcomp
        if (c.deprel().equals("nsubj") || rel.equals("xcomp") && c.deprel().equals("nsubj:pass")) subj.add(c);
        if (c.deprel().startsWith("obl") && caseOf(s, c).equals("by")) agent.add(c);
      }
      if (!subj.isEmpty()) return subj;
      // "a camp was attacked by militiamen, killing 156": the passive's agent did the killing
      if (!agent.isEmpty() && (participle || rel.equals("advcl"))) return agent;
    }
    return List.of();
  }

  /**
   * "praised the police for arresting them", "accused Kenya of expelling diplomats": the act a
   * verb of judging holds against its object is that object's, not the judge's; null otherwise.
   */
  private static Token judgedDoer(Sentence s, Token act) {
    if (!act.pos().equals("VBG") || !act.deprel().startsWith("advcl") && !act.deprel().startsWith("obl")) return null;
    String marker = caseOf(s, act).isEmpty() ? markOf(s, act) : caseOf(s, act);
    if (!JUDGED_BY.contains(marker)) return null;
    Token judge = s.tokens().get(act.head());
    if (!JUDGING.contains(judge.lemma().toLowerCase(Locale.ROOT))) return null;
    for (Token c : s.children(judge.index())) {
      if (c.deprel().equals("obj")) return c;
    }
    return null;
  }

  static String caseOf(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("case")) return c.word().toLowerCase(Locale.ROOT);
    }
    return "";
  }

  static String markOf(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("mark")) return c.word().toLowerCase(Locale.ROOT);
    }
    return "";
  }

  static boolean isClause(String deprel) {
    return CLAUSES.contains(deprel);
  }

  static boolean same(Actor a, Actor b) {
    if (a.text().equals(b.text()) && java.util.Objects.equals(a.code(), b.code())) return true;
    // "Ghana announced it would join": a pronoun for the same party is that party again
    boolean pronoun = Pronouns.isPronoun(a.text()) || Pronouns.isPronoun(b.text());
    return pronoun && a.name() != null && a.name().equals(b.name()) && java.util.Objects.equals(a.code(), b.code());
  }
}
