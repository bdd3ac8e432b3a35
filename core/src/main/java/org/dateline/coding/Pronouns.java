package org.dateline.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final Set<String> ALL_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "it", "its",
      "they", "them", "their", "we", "us", "our", "i", "me", "my", "you", "your", "itself", "himself", "herself",
      "themselves");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their");
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");

  /** Whether an actor's words are a personal pronoun ("it", "them", "himself"), not a name. */
  static boolean isPronoun(String text) {
    return ALL_PRONOUNS.contains(text.toLowerCase(Locale.ROOT));
  }

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

  /**
   * "In his speech, the president said ...", "as part of her admonition, Judge Jackson stated":
   * a possessive in a phrase put before the clause's subject is that subject's; null otherwise.
   */
  static Token fronted(Sentence s, Token t) {
    if (!POSSESSIVES.contains(t.word().toLowerCase(Locale.ROOT)) || !t.deprel().equals("nmod:poss")) return null;
    Token top = s.tokens().get(t.head());
    for (int hops = 0; hops < 4 && top.head() >= 0 && !s.tokens().get(top.head()).isVerb(); hops++) {
      top = s.tokens().get(top.head());
    }
    if (top.head() < 0 || !(top.deprel().startsWith("obl") || top.deprel().startsWith("advcl"))) return null;
    Token verb = s.tokens().get(top.head());
    for (Token c : s.children(verb.index())) {
      boolean subject = c.deprel().equals("nsubj") && !c.pos().startsWith("PRP");
      if (subject && c.index() > top.index()) return c;
    }
    return null;
  }

  /**
   * "he" as the last person named before it outside quotation marks (the people quoted words
   * speak of are not who the narrative's "he" is), known or not: a person the knowledge files
   * lack is still who "he" is, not someone named earlier. A surname named again ("Mr Balls" after
   * "Ed Balls") is the person named in full before. Null when t is no such pronoun.
   */
  static Mention person(Document doc, Token t) {
    if (!PERSON_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) return null;
    List<int[]> quoted = Quotes.spans(doc.text());
    Map<String, Mention> known = new HashMap<>();
    Mention last = null;
    Mention lastSubject = null;
    for (Mention m : doc.mentions()) {
      if (m.start() >= t.start()) break;
      // the NER may list "his" as a person of its own
      boolean name = Character.isUpperCase(m.text().charAt(0)) && !ALL_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT));
      if (!m.type().equals("PERSON") || !name || Quotes.inside(quoted, m.start()) != null) continue;
      boolean coded = m.actor() != null && m.actor().code() != null;
      if (coded) known.put(surname(m.text()), m);
      last = coded ? m : known.getOrDefault(surname(m.text()), m);
      if (isSubject(doc, m)) lastSubject = last;
    }
    // "Mr Hain said Mr Howard's stance was wrong. He then accused ...": the subject before is
    // who "he" goes on being, over a person named in passing, if named in this or the last sentence
    Sentence here = sentenceOf(doc, t);
    boolean near = lastSubject != null && here != null && here.index() - lastSubject.sentence() <= 1;
    return near ? lastSubject : last;
  }

  /**
   * "The Chinese foreign minister arrived in Nairobi. He met ...": the last subject before a
   * personal pronoun, in its sentence or the one before, that names a person by role rather than
   * by name; null when t is no such pronoun or there is none.
   */
  static Token roleSubject(Document doc, Token t) {
    if (!PERSON_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) return null;
    Sentence here = sentenceOf(doc, t);
    if (here == null) return null;
    List<Token> roles = new java.util.ArrayList<>();
    for (int k = Math.max(0, here.index() - 1); k <= here.index(); k++) {
      for (Token c : doc.sentences().get(k).tokens()) {
        if (c.start() >= t.start()) break;
        boolean role = c.isNoun() && c.deprel().startsWith("nsubj") && !"PERSON".equals(c.ner())
            && !c.pos().endsWith("S") && Senses.get().kind(c.lemma()) == Senses.Kind.PERSON;
        if (role) roles.add(c);
      }
    }
    if (roles.isEmpty()) return null;
    // the quotation marks of the whole text are found only when there is a role to check
    List<int[]> quoted = Quotes.spans(doc.text());
    for (int i = roles.size() - 1; i >= 0; i--) {
      if (Quotes.inside(quoted, roles.get(i).start()) == null) return roles.get(i);
    }
    return null;
  }

  /**
   * "Thousands of students marched on Monday. They demanded ...": "they" as the last plural
   * active subject before it, in its sentence or the one before, outside quotation marks (quoted "they"
   * are the speaker's people); null when t is no such pronoun or there is none.
   */
  static Token group(Document doc, Token t) {
    if (!GROUP_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) return null;
    Sentence here = sentenceOf(doc, t);
    if (here == null) return null;
    List<int[]> quoted = Quotes.spans(doc.text());
    if (Quotes.inside(quoted, t.start()) != null) return null;
    Token last = null;
    for (int k = Math.max(0, here.index() - 1); k <= here.index(); k++) {
      for (Token c : doc.sentences().get(k).tokens()) {
        if (c.start() >= t.start()) break;
        boolean plural = c.pos().equals("NNS") || c.pos().equals("NNPS")
            || doc.sentences().get(k).children(c.index()).stream().anyMatch(g -> g.deprel().equals("conj") && g.isNoun());
        // an active subject only: "journalists were arrested. They detained ..." are not the journalists
        // "members of their party": a pronoun inside the subject's own phrase is not that subject
        boolean contains = k == here.index() && Clauses.subtree(here, c).contains(t.index());
        if (c.isNoun() && c.deprel().equals("nsubj") && plural && !contains && Quotes.inside(quoted, c.start()) == null) last = c;
      }
    }
    return last;
  }

  private static boolean isSubject(Document doc, Mention m) {
    List<Token> words = doc.sentences().get(m.sentence()).tokensIn(m.start(), m.end());
    return words.stream().anyMatch(w -> w.deprel().startsWith("nsubj"));
  }

  private static Sentence sentenceOf(Document doc, Token t) {
    for (Sentence s : doc.sentences()) {
      if (t.start() >= s.start() && t.start() < s.end()) return s;
    }
    return null;
  }

  /** "it" as the last country or organisation named before it. */
  static Actor antecedent(Document doc, Token t) {
    if (!THING_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) return null;
    Actor last = null;
    for (Mention m : doc.mentions()) {
      if (m.start() >= t.start()) break;
      if (m.actor() == null || m.actor().country() == null && m.actor().code() == null) continue;
      boolean isThing = m.type().equals("COUNTRY") || m.type().equals("ORGANIZATION")
          || m.type().equals("LOCATION") && m.actor().sector() != null;
      if (isThing) last = m.actor();
    }
    return last == null ? null : last.withText(t.word());
  }

  private static String surname(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }

  /**
   * "Tom Hardwicke, who chairs the committee, criticised ...": a relative pronoun stands for the
   * noun its clause describes; null when t is no relative pronoun.
   */
  static Token relativeHead(Sentence s, Token t) {
    boolean relative = t.pos().equals("WP") || t.pos().equals("WDT");
    if (!relative || t.head() < 0) return null;
    Token clause = s.tokens().get(t.head());
    if (!clause.deprel().equals("acl:relcl") || clause.head() < 0) return null;
    Token noun = s.tokens().get(clause.head());
    return noun.isNoun() || noun.pos().equals("PRP") ? noun : null;
  }
}
