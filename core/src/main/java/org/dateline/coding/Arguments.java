package org.dateline.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.Knowledge;

/** Finds the source and target actors of a predicate in its dependency tree. */
final class Arguments {
  private static final Set<String> TARGET_CASES = Set.of("with", "to", "against", "on", "at", "toward",
      "towards", "between", "among", "for");

  record Found(List<Actor> source, List<Actor> target, int start, int end) {}

  private final Knowledge kb;

  Arguments(Knowledge kb) {
    this.kb = kb;
  }

  Found find(Document doc, Sentence s, Token p) {
    List<Token> subj = new ArrayList<>();
    List<Token> obj = new ArrayList<>();
    for (Token c : s.children(p.index())) {
      String rel = c.deprel();
      if (rel.equals("nsubj") || rel.equals("nmod:poss") && p.isNoun()) {
        subj.add(c);
      } else if (rel.equals("nsubj:pass") || rel.equals("obj") || rel.equals("iobj")) {
        obj.add(c);
      } else if (rel.startsWith("obl") || rel.startsWith("nmod")) {
        String prep = caseOf(s, c);
        if (prep.equals("by") && !p.isNoun()) subj.add(c);
        else if (prep.equals("between") || prep.equals("among") || prep.equals("of") && p.isNoun()) subj.add(c);
        else if (TARGET_CASES.contains(prep)) obj.add(c);
      }
    }
    if (subj.isEmpty()) subj.addAll(controller(s, p));
    List<Actor> source = actors(doc, s, subj);
    List<Actor> target = actors(doc, s, obj);
    target.removeIf(t -> source.stream().anyMatch(a -> same(a, t)));
    int start = p.start();
    int end = p.end();
    for (Token t : subj) { start = Math.min(start, t.start()); end = Math.max(end, t.end()); }
    for (Token t : obj) { start = Math.min(start, t.start()); end = Math.max(end, t.end()); }
    return new Found(source, target, start, end);
  }

  /**
   * The subject a predicate shares with the clause that governs it: "agreed to push" (xcomp),
   * "held talks" (the noun's verb), "talks ... Park said after talks" (the clause's subject).
   */
  private static List<Token> controller(Sentence s, Token p) {
    Token cur = p;
    for (int hops = 0; hops < 4 && cur.head() >= 0; hops++) {
      String rel = cur.deprel();
      if (!(rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("obl") || rel.equals("advcl")
          || rel.equals("conj"))) {
        break;
      }
      cur = s.tokens().get(cur.head());
      List<Token> subj = new ArrayList<>();
      for (Token c : s.children(cur.index())) {
        if (c.deprel().equals("nsubj")) subj.add(c);
      }
      if (!subj.isEmpty()) return subj;
    }
    return List.of();
  }

  static String caseOf(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("case")) return c.word().toLowerCase(Locale.ROOT);
    }
    return "";
  }

  /** Actors of argument heads and their conjuncts ("China, Japan and South Korea"). */
  private List<Actor> actors(Document doc, Sentence s, List<Token> heads) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (Token h : heads) {
      for (Token t : withConjuncts(s, h)) {
        for (Actor a : actorsOf(doc, s, t)) out.putIfAbsent(a.text() + "|" + a.code(), a);
      }
    }
    return new ArrayList<>(out.values());
  }

  private static List<Token> withConjuncts(Sentence s, Token h) {
    List<Token> out = new ArrayList<>();
    out.add(h);
    for (Token c : s.children(h.index())) {
      if (c.deprel().equals("conj")) out.addAll(withConjuncts(s, c));
    }
    return out;
  }

  /**
   * The actor a noun phrase names: a resolved mention it holds, or a role noun with its
   * country ("the foreign ministers of China, Japan and South Korea", "Brazilian protesters").
   */
  private List<Actor> actorsOf(Document doc, Sentence s, Token head) {
    Mention m = mentionAt(doc, head);
    if (m != null && m.actor() != null && (m.actor().country() != null || m.actor().code() != null)) {
      return List.of(m.actor());
    }
    String sector = kb.sector(head.lemma());
    if (sector == null) {
      // "Foreign Minister Park Jin" resolved as an unknown person: keep the name as the actor.
      return m != null && m.actor() != null ? List.of(m.actor()) : List.of();
    }
    List<Actor> out = new ArrayList<>();
    for (Token c : s.children(head.index())) {
      boolean modifier = c.deprel().equals("amod") || c.deprel().equals("compound")
          || c.deprel().equals("nmod:poss") || c.deprel().equals("nmod") && caseOf(s, c).equals("of");
      if (!modifier) continue;
      for (Token t : withConjuncts(s, c)) {
        Mention cm = mentionAt(doc, t);
        if (cm != null && cm.actor() != null && cm.actor().country() != null) {
          String country = cm.actor().country();
          String text = doc.text().substring(Math.min(head.start(), cm.start()), Math.max(head.end(), cm.end()));
          out.add(new Actor(text, null, country + sector, country, sector, null));
        }
      }
    }
    return out;
  }

  private static Mention mentionAt(Document doc, Token t) {
    for (Mention m : doc.mentions()) {
      if (m.start() <= t.start() && t.end() <= m.end()) return m;
    }
    return null;
  }

  private static boolean same(Actor a, Actor b) {
    return a.text().equals(b.text()) && java.util.Objects.equals(a.code(), b.code());
  }
}
