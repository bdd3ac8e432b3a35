package org.dateline.coding;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * Accidents and disasters: "a minibus overturned, killing 14", "injured when a roof collapsed",
 * "a fire swept through the factory, killing 22". People die in them, but nobody acts: CAMEO
 * codes violence only between actors. A sentence tells of a mishap when a verb of accident
 * (coding/mishaps.tsv) carries it and it names no weapon; a doer that cannot act (a fire, a
 * storm) is refused before, by coding/Fit.
 */
final class Mishaps {
  private static final Set<String> ACCIDENT_VERBS = Tsv.resource("/dateline/coding/mishaps.tsv").stream()
      .map(r -> r.get("lemma")).collect(Collectors.toUnmodifiableSet());
  private static final Set<Senses.Kind> NO_DOERS = EnumSet.of(Senses.Kind.PHENOMENON, Senses.Kind.VEHICLE,
      Senses.Kind.DISEASE);

  // named modifiers that make a thing a party's ("army fire", "Russian jets"), unlike "a second fire"
  private static final Set<String> PARTY_NAMES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY",
      "NATIONALITY", "CITY", "STATE_OR_PROVINCE", "MISC");

  private Mishaps() {}

  /** Whether p, coded as force (roots 18 to 20), tells of deaths or harm in a mishap, not of violence. */
  static boolean reported(Sentence s, Token p, String cameo) {
    boolean force = cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20");
    if (!force) return false;
    Token doer = Fit.doer(s, p);
    // "the fire, which injured a man": the relative pronoun stands for the fire
    Token antecedent = doer == null ? null : Pronouns.relativeHead(s, doer);
    if (antecedent != null && cannotAct(s, antecedent) && !Senses.get().namesWeapon(s)) return true;
    if (doer != null && !cannotAct(s, doer)) return false;
    // a verb of accident tells how the harm came ("injured when a roof collapsed"); a subject that
    // cannot act, here or in another clause, was tried and left out: it cost real-news reports
    // of violence (CASE 2021 accuracy 0.452 -> 0.430), the accident verbs nothing
    if (Senses.get().namesWeapon(s)) return false;
    return s.tokens().stream().anyMatch(t -> t.isVerb() && ACCIDENT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT)));
  }

  /** A common noun that names no one who acts, and is said to be no party's ("a fire", not "army fire"). */
  private static boolean cannotAct(Sentence s, Token t) {
    if (!t.pos().equals("NN") && !t.pos().equals("NNS")) return false;
    if (!NO_DOERS.contains(Senses.get().kind(t.lemma()))) return false;
    return s.children(t.index()).stream().noneMatch(c -> c.deprel().equals("nmod:poss")
        || (c.deprel().equals("compound") || c.deprel().equals("amod")) && PARTY_NAMES.contains(c.ner()));
  }
}
