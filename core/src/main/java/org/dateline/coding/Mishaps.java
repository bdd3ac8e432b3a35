package org.dateline.coding;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * Accidents and disasters: "a minibus overturned, killing 14", "injured when a roof collapsed",
 * "a fire swept through the factory, killing 22". People die in them, but nobody acts: CAMEO
 * codes violence only between actors. A sentence tells of a mishap when a verb of accident
 * (coding/mishaps.tsv) carries it and it names no weapon; a doer that cannot act (a fire, a
 * storm) is refused before, by coding/Fit. Harm told with no doer at all ("twenty people were
 * killed") is a mishap when the story around it tells of one and of no violence (coding/HarmContext).
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

  /** Whether a verb's lemma tells of an accident ("crash", "capsize"). */
  static boolean accidentVerb(String lemma) {
    return ACCIDENT_VERBS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether p, coded as force (roots 18 to 20) with these sources, tells of deaths or harm in a
   * mishap, not of violence.
   */
  static boolean reported(Document doc, Sentence s, Token p, String cameo, List<Actor> source) {
    boolean force = cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20");
    if (!force) return false;
    Token doer = Fit.doer(s, p);
    // "the fire, which injured a man": the relative pronoun stands for the fire
    Token antecedent = doer == null ? null : Pronouns.relativeHead(s, doer);
    if (antecedent != null && cannotAct(s, antecedent) && !Senses.get().namesWeapon(s)) return true;
    // "twenty people were killed": with no doer in the words or found, the story says whether it was an attack
    if (doer == null && source.stream().allMatch(Unnamed::is) && HarmContext.harm(p)
        && HarmContext.of(doc, s) == HarmContext.Side.MISHAP) {
      return true;
    }
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
