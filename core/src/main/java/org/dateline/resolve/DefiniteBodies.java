package org.dateline.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * A body named again by its kind: "Kessler Motors AG said ... the company expects", "the
 * Department for Work and Pensions ... the department said". News names a body once and then
 * speaks of "the company", "the ministry", "the union"; each is the nearest body of that kind
 * named in the sentences just before, or nothing when none is. A modifier ("the oil company",
 * "the state department") or a name after it ("the ministry of health") makes it another body.
 */
final class DefiniteBodies {
  /** The noun and the sectors a body it stands for has (knowledge/definite-bodies.tsv, which says why not "the party"). */
  private static final Map<String, Set<String>> KINDS = new java.util.HashMap<>();

  static {
    for (org.dateline.util.Tsv.Row r : org.dateline.util.Tsv.resource("/dateline/knowledge/definite-bodies.tsv")) {
      KINDS.put(r.get("word"), Set.copyOf(r.list("sectors")));
    }
  }

  // how far back the body may be named: news repeats the name within a paragraph or two
  private static final int SENTENCES_BACK = 3;

  private DefiniteBodies() {}

  /** Adds a mention, with the body's actor, for each "the company" whose body was named just before. */
  static void add(Document doc) {
    List<Mention> bodies = doc.mentions().stream()
        .filter(m -> m.type().equals("ORGANIZATION") && m.actor() != null && m.actor().sector() != null).toList();
    if (bodies.isEmpty()) return;
    List<Mention> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        Token noun = tokens.get(i);
        Set<String> sectors = KINDS.get(noun.word().toLowerCase(Locale.ROOT));
        if (sectors == null || !tokens.get(i - 1).word().equalsIgnoreCase("the") || !alone(tokens, i)) continue;
        if (MissedNames.inside(doc.mentions(), noun)) continue;
        Mention body = nearest(bodies, s.index(), noun.start(), sectors, noun.word());
        if (body == null) continue;
        Actor a = body.actor();
        found.add(new Mention(noun.word(), "ORGANIZATION", noun.start(), noun.end(), s.index(),
            new Actor(noun.word(), a.name(), a.code(), a.country(), a.sector(), a.role())));
      }
    }
    if (found.isEmpty()) return;
    doc.mentions().addAll(found);
    doc.mentions().sort(Comparator.comparingInt(Mention::start));
  }

  /** "the company said", "the company's": not "the company secretary", "the ministry of health", "the Labour party". */
  private static boolean alone(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) return true;
    Token next = tokens.get(i + 1);
    return !next.isNoun() && !next.word().equalsIgnoreCase("of") && !next.pos().equals("CD");
  }

  /**
   * The body of those sectors named last before the offset, within a few sentences; a ministry,
   * department or agency must be named as one ("the department" is not a police force's short name).
   */
  private static Mention nearest(List<Mention> bodies, int sentence, int offset, Set<String> sectors, String noun) {
    Mention best = null;
    for (Mention m : bodies) {
      if (m.end() > offset || m.sentence() < sentence - SENTENCES_BACK) continue;
      if (!sectors.contains(m.actor().sector())) continue;
      boolean firm = sectors.contains("BUS") || sectors.contains("LAB");
      if (!firm && !m.text().toLowerCase(Locale.ROOT).contains(noun.toLowerCase(Locale.ROOT))) continue;
      best = m;
    }
    return best;
  }
}
