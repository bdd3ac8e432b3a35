package org.dateline.coding;

import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/** Whom a pronoun stands for: the subject of the clause it reports, or the last actor of its kind. */
final class Pronouns {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> THING_PRONOUNS = Set.of("it");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we");

  private Pronouns() {}

  /**
   * "Palestinian leaders said they would boycott ...": the subject pronoun of a clause that
   * reports or continues another is that clause's subject; null when t is no such pronoun.
   */
  static Token speaker(Sentence s, Token t) {
    if (!SUBJECT_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) || !t.deprel().startsWith("nsubj")) {
      return null;
    }
    Token clause = s.tokens().get(t.head());
    boolean embedded = clause.deprel().equals("ccomp") || clause.deprel().equals("advcl")
        || clause.deprel().equals("conj");
    if (!embedded || clause.head() < 0) return null;
    // "King Hassan was quoted as saying he would ...": up through the participle to the passive's subject
    Token governor = s.tokens().get(clause.head());
    for (int hops = 0; hops < 2; hops++) {
      for (Token c : s.children(governor.index())) {
        boolean subject = c.deprel().equals("nsubj") || c.deprel().equals("nsubj:pass");
        if (subject && c.index() != t.index() && !c.pos().startsWith("PRP")) return c;
      }
      boolean participle = governor.pos().equals("VBG") && (governor.deprel().equals("advcl") || governor.deprel().equals("xcomp"));
      if (!participle || governor.head() < 0) break;
      governor = s.tokens().get(governor.head());
    }
    return null;
  }

  /** "he" and "it" as the last person, or the last country or organisation, named before them. */
  static Actor antecedent(Document doc, Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    boolean person = PERSON_PRONOUNS.contains(w);
    if (!person && !THING_PRONOUNS.contains(w)) return null;
    Actor last = null;
    for (Mention m : doc.mentions()) {
      if (m.start() >= t.start()) break;
      if (m.actor() == null || m.actor().country() == null && m.actor().code() == null) continue;
      boolean isPerson = m.type().equals("PERSON");
      boolean isThing = m.type().equals("COUNTRY") || m.type().equals("ORGANIZATION")
          || m.type().equals("LOCATION") && m.actor().sector() != null;
      if (person ? isPerson : isThing) last = m.actor();
    }
    return last == null ? null : last.withText(t.word());
  }
}
