package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Targets found beyond a predicate's own arguments: in the clause a frame verb takes as content,
 * in what an act is for or aims at, and in a condition put on it.
 */
final class ContentTargets {
  private static final String PROTEST = "140";
  private static final String FORCE = "190";

  private final ActorFinder actors;
  private final Arguments arguments;

  ContentTargets(ActorFinder actors, Arguments arguments) {
    this.actors = actors;
    this.arguments = arguments;
  }

  /**
   * Targets of the clause a frame verb takes as content, coded or not ("offered to hand over to
   * Britain", "agreed to lift embargoes on Iran").
   */
  List<Actor> contentTargets(Document doc, Sentence s, Token frameVerb, Token content, boolean addressed) {
    return contentTargets(doc, s, frameVerb, content, "", addressed);
  }

  /**
   * @param contentCameo the content's own code when it is coded, so that its arguments are read
   *     as that code reads them ("agreed to provide aid for Romania": aid is for its recipient)
   */
  List<Actor> contentTargets(Document doc, Sentence s, Token frameVerb, Token content, String contentCameo,
                             boolean addressed) {
    List<Token> clauses = new ArrayList<>();
    for (Token c : s.children(frameVerb.index())) {
      if (c.deprel().equals("ccomp") && addressed) {
        // "demanded that the US cancel the sale": who is to act is the one addressed
        List<Token> subj = new ArrayList<>();
        for (Token g : s.children(c.index())) {
          if (g.deprel().equals("nsubj") || g.deprel().equals("nsubj:pass")) subj.add(g);
        }
        List<Actor> found = actors.of(doc, s, subj);
        if (!found.isEmpty()) return found;
      }
      if (c.deprel().equals("xcomp") || c.deprel().equals("ccomp")) clauses.add(c);
    }
    if (content != null && !contentCameo.isEmpty()) {
      List<Actor> own = arguments.find(doc, s, content, contentCameo).target();
      if (!own.isEmpty()) return own;
    }
    if (content != null) clauses.add(content);
    for (Token clause : clauses) {
      List<Token> subj = new ArrayList<>();
      List<Token> obj = new ArrayList<>();
      ArgumentHeads.collect(doc, s, clause, subj, obj);
      List<Actor> found = actors.of(doc, s, obj);
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  /**
   * Whom a show of force or a threat is for: "mobilized reservists for a possible war against
   * Iraq" → Iraq.
   */
  List<Actor> forTargets(Document doc, Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      if (!c.isNoun() || !c.deprel().startsWith("obl") || !Arguments.caseOf(s, c).equals("for")) continue;
      List<Actor> found = arguments.find(doc, s, c, FORCE).target();
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  /**
   * The target of what an act is for: "began a hunger strike to protest against the deportations",
   * "a strike in protest of the government's refusal".
   */
  List<Actor> aimTargets(Document doc, Sentence s, Token p) {
    Token verb = p.isNoun() && p.head() >= 0 ? s.tokens().get(p.head()) : p;
    for (Token aim : Clauses.aims(s, verb, verb != p)) {
      List<Actor> found = contentTargets(doc, s, verb, aim, false);
      if (!found.isEmpty()) return found;
    }
    for (Token holder : verb == p ? List.of(p) : List.of(p, verb)) {
      for (Token c : s.children(holder.index())) {
        boolean inProtest = c.isNoun() && c.lemma().equalsIgnoreCase("protest") && Arguments.caseOf(s, c).equals("in");
        if (!inProtest) continue;
        List<Actor> found = arguments.find(doc, s, c, PROTEST).target();
        if (!found.isEmpty()) return found;
      }
    }
    return List.of();
  }

  /**
   * The parties a condition ("if X attacks", "unless X agrees") on one of the holders' clauses puts
   * to act, other than the given sources.
   */
  List<Actor> conditionParties(Document doc, Sentence s, List<Token> holders, Set<String> marks, List<Actor> sources) {
    for (Token h : holders) {
      for (Token c : s.children(h.index())) {
        if (!c.deprel().equals("advcl") || !marks.contains(Arguments.markOf(s, c))) continue;
        List<Token> subj = new ArrayList<>();
        for (Token g : s.children(c.index())) {
          if (g.deprel().equals("nsubj")) subj.add(g);
        }
        List<Actor> found = new ArrayList<>(actors.of(doc, s, subj));
        found.removeIf(t -> sources.stream()
            .anyMatch(a -> Arguments.same(a, t) || a.country() != null && a.country().equals(t.country())));
        if (!found.isEmpty()) return found;
      }
    }
    return List.of();
  }
}
