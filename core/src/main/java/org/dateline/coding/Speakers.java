package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/** Who says a clause, and of whom a speaker speaks. */
final class Speakers {
  // Verbs of thinking whose clause carries what a speaker says ("said she believed ...")
  private static final Set<String> THINKING = Set.of("think", "believe", "feel", "fear", "suspect", "know", "hope", "expect");

  // sectors of the offices whose acts a speaker judges: governments, legislatures, courts, forces
  private static final Set<String> OFFICES = Set.of("GOV", "LEG", "JUD", "MIL", "COP");

  private final ActorFinder actors;

  Speakers(ActorFinder actors) {
    this.actors = actors;
  }

  /** Who says the clause of p: the subject of the verb p is the content of ("Britain said Libya must ..."). */
  List<Actor> sayer(Document doc, Sentence s, Token p) {
    if (!p.deprel().equals("ccomp") || p.head() < 0) return List.of();
    List<Token> subj = new ArrayList<>();
    for (Token c : s.children(p.head())) {
      if (c.deprel().equals("nsubj")) subj.add(c);
    }
    return actors.of(doc, s, subj);
  }

  /**
   * Of whom a speaker speaks: the subject, else the object, of what was said, whether reported
   * ("said ministers were prolonging the uncertainty") or quoted ("'Labour is wrong,' he said"),
   * else the first actor named deeper in it.
   */
  List<Actor> spokenOf(Document doc, Sentence s, Token speechVerb) {
    List<Token> clauses = new ArrayList<>();
    // "said voters have a lack of trust of Blair": the parser leaves some content clauses as "dep";
    // "said it was serious and said Hain should resign": one speaker's second saying is the same speech
    List<Token> verbs = new ArrayList<>(List.of(speechVerb));
    for (Token c : s.children(speechVerb.index())) {
      if (c.deprel().equals("conj") && c.lemma().equals(speechVerb.lemma())) verbs.add(c);
    }
    for (Token v : verbs) {
      for (Token c : s.children(v.index())) {
        boolean content = c.deprel().equals("ccomp") || (c.deprel().equals("parataxis") || c.deprel().equals("dep")) && c.isVerb();
        if (content) clauses.add(c);
      }
    }
    if (speechVerb.deprel().equals("parataxis") && speechVerb.head() >= 0) clauses.add(s.tokens().get(speechVerb.head()));
    // "said she thought the Tories were irrelevant": what the speaker thinks is what was said
    for (int i = 0; i < clauses.size(); i++) {
      Token clause = clauses.get(i);
      if (!THINKING.contains(clause.lemma().toLowerCase(Locale.ROOT))) continue;
      for (Token c : s.children(clause.index())) {
        if (c.deprel().equals("ccomp")) clauses.add(c);
      }
    }
    for (Token clause : clauses) {
      List<Token> subj = new ArrayList<>();
      List<Token> obj = new ArrayList<>();
      ArgumentHeads.collect(doc, s, clause, subj, obj);
      subj.removeIf(t -> t.pos().equals("PRP"));
      for (List<Token> side : List.of(subj, obj)) {
        List<Actor> found = actors.of(doc, s, side);
        if (!found.isEmpty()) return found;
      }
    }
    // "This is typical of Lib Dem hypocrisy", "trust is breaking down because Labour is not
    // straight": the first one the words name, deeper in what was said
    for (Token clause : clauses) {
      for (int i : Clauses.subtree(s, clause).stream().sorted().toList()) {
        Token t = s.tokens().get(i);
        if (ActorFinder.mentionAt(doc, t) == null || t.pos().equals("PRP")) continue;
        List<Actor> found = actors.of(doc, s, List.of(t)).stream().filter(a -> a.code() != null).toList();
        if (!found.isEmpty()) return found;
      }
    }
    // "the home secretary is dodging the issue", "undermines the government's claim": else the
    // first office the words name by its role, not the speaker's own ("the government has a duty",
    // said by a minister); parties are named, and "the party" is mostly the speaker's own
    List<Token> speaker = s.children(speechVerb.index()).stream().filter(c -> c.deprel().startsWith("nsubj")).toList();
    List<Actor> own = actors.of(doc, s, speaker);
    for (Token clause : clauses) {
      for (int i : Clauses.subtree(s, clause).stream().sorted().toList()) {
        Token t = s.tokens().get(i);
        if (!t.isNoun() || t.pos().equals("PRP")) continue;
        List<Actor> found = actors.of(doc, s, List.of(t)).stream()
            .filter(a -> a.code() != null && a.sector() != null && OFFICES.contains(a.sector()))
            .filter(a -> own.stream().noneMatch(b -> a.code().equals(b.code()))).toList();
        if (!found.isEmpty()) return found;
      }
    }
    return List.of();
  }
}
