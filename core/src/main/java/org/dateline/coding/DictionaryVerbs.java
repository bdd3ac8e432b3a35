package org.dateline.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.coding.petrarch.PatternElement;
import org.dateline.coding.petrarch.PatternMatcher;
import org.dateline.coding.petrarch.VerbDictionary;
import org.dateline.coding.petrarch.VerbForm;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Codes verbs with a user's PETRARCH-format verb dictionary on Dateline's own parse. The patterns
 * see the verb's clause after it and, before it, its clause and the clauses that govern it
 * ("said they would begin talks"); {@code $}, {@code +} and {@code %} bind words that name actors,
 * and the sides a pattern leaves open come from the dependency parse as for Dateline's own lexicon.
 */
final class DictionaryVerbs {
  /** One event a dictionary match gives, with the argument heads for its evidence span. */
  record Coded(Token verb, String code, Arguments.Found args) {}

  // Relations under which a clause is a separate statement: "condemned X and promised Y".
  private static final Set<String> SEPARATE = Set.of("conj", "parataxis", "cc");
  // Dependents of a governing clause that its patterns may name: "X said it would", "failed to".
  private static final Set<String> GOVERNING = Set.of("nsubj", "nsubj:pass", "aux", "aux:pass", "advmod", "mark",
      "cop", "expl", "compound:prt", "neg");
  // Words of a noun phrase whose head tells who it is: "Gondor's government", "Arnor and Gondor",
  // "the European Union (EU)" (a bracketed short name hangs as "dep").
  private static final Set<String> IN_PHRASE = Set.of("compound", "flat", "amod", "nmod:poss", "det", "nummod",
      "conj", "appos", "dep");

  // Modifiers that come before their noun in a base noun phrase: "the Danish Islamist media".
  private static final Set<String> BEFORE_NOUN = Set.of("det", "amod", "compound", "nummod", "nmod:poss", "flat");

  // Words a verb form of several words spans at most, for a form split by the parse.
  private static final int LONGEST_FORM = 4;

  private final VerbDictionary dictionary;
  private final PatternMatcher matcher = new PatternMatcher();
  private final Arguments arguments;
  private final ActorFinder actors;

  DictionaryVerbs(VerbDictionary dictionary, Arguments arguments, ActorFinder actors) {
    this.dictionary = dictionary;
    this.arguments = arguments;
    this.actors = actors;
  }

  /**
   * Matches of the sentence's verbs by token index, including those that say "no event" ("---"),
   * so that Dateline's own lexicon leaves them alone. A verb that completes a coded verb ("vowed to
   * wage war", "urged X to help") is part of that verb's event and is left out.
   */
  Map<Integer, PatternMatcher.Match> match(Document doc, Sentence s) {
    Map<Integer, PatternMatcher.Match> out = new LinkedHashMap<>();
    Map<Integer, Boolean> cache = new HashMap<>(); // which words name actors, shared by the sentence's verbs
    for (Token t : s.tokens()) {
      if (!t.isVerb()) continue;
      View view = new View(doc, s, t, cache);
      List<VerbForm> forms = dictionary.forms(t.word(), t.lemma());
      PatternMatcher.Match m = forms.isEmpty() ? null : matcher.match(view, t.index(), forms);
      if (m == null) m = splitForm(view, s, t);
      if (m != null) out.put(t.index(), m);
    }
    out.keySet().removeIf(i -> {
      Token t = s.tokens().get(i);
      PatternMatcher.Match governing = t.head() >= 0 ? out.get(t.head()) : null;
      return t.deprel().equals("xcomp") && governing != null && governing.isEvent();
    });
    return out;
  }

  /**
   * A form of several words whose dictionary verb the parse took for another word: "will not
   * wire tap the links" parsed with "wire" as the verb and "tap" as its object. The form's verb
   * is looked for among the next words; the parse's verb keeps the sides.
   */
  private PatternMatcher.Match splitForm(View view, Sentence s, Token verb) {
    for (int i = verb.index() + 1; i < Math.min(s.tokens().size(), verb.index() + LONGEST_FORM); i++) {
      Token u = s.tokens().get(i);
      int at = i;
      List<VerbForm> forms = dictionary.forms(u.word(), u.lemma()).stream()
          .filter(f -> f.words().size() > 1 && at - f.head() <= verb.index()).toList();
      PatternMatcher.Match m = forms.isEmpty() ? null : matcher.match(view, at, forms);
      if (m != null) return m;
    }
    return null;
  }

  /**
   * The events of one match of the verb: one per direction of a paired code ("032:033"), per
   * pair of a compound. With {@code requireDyad} false (PETRARCH's {@code require_dyad}) one side
   * is enough.
   */
  List<Coded> events(Document doc, Sentence s, Token verb, PatternMatcher.Match m, boolean requireDyad) {
    List<Coded> out = new ArrayList<>();
    if (!m.isEvent()) return out;
    String[] codes = m.code().split(":", 2);
    String back = codes.length > 1 ? codes[1] : null;
    // "[---:100]": only the way back is an event; the sides are read as for its code
    Arguments.Found parsed = coded(arguments.find(doc, s, verb, codes[0].equals("---") ? back : codes[0]));
    if (m.compound() >= 0 && m.compound() < m.verbStart()) return compound(doc, s, verb, m.compound(), codes[0], back);
    int teller = m.source() >= 0 ? -1 : teller(doc, s, verb, m);
    int sourceWord = m.source() >= 0 ? m.source() : teller;
    List<Actor> source = sourceWord >= 0 ? actorsAt(doc, s, sourceWord) : parsed.source();
    List<Token> sourceHeads = sourceWord >= 0 ? List.of(s.tokens().get(sourceWord)) : parsed.sourceHeads();
    int sourceAt = source.isEmpty() ? lastActorBefore(doc, s, verb, m.verbStart()) : -1;
    if (sourceAt >= 0) {
      source = actorsAt(doc, s, sourceAt);
      sourceHeads = List.of(s.tokens().get(sourceAt));
    }
    int targetAt = m.target() >= 0 ? m.target() : m.compound();
    if (targetAt < 0 && parsed.target().isEmpty()) targetAt = firstActorAfter(doc, s, verb, m.verbEnd(), sourceHeads, source);
    List<Actor> target = targetAt >= 0 ? actorsAt(doc, s, targetAt) : parsed.target();
    List<Token> targetHeads = targetAt >= 0 ? List.of(s.tokens().get(targetAt)) : parsed.targetHeads();
    List<Actor> sources = source;
    List<Actor> others = target.stream().filter(t -> sources.stream().noneMatch(a -> a.text().equals(t.text()))).toList();
    if (others.isEmpty() && back != null && source.size() > 1) {
      // "Gondor and Osgiliath renewed ties" with a code for both directions: each acts on the other
      return compound(doc, s, verb, sourceHeads.get(0).index(), codes[0], back);
    }
    if (source.size() > 1 && others.size() < target.size()) {
      // "ties between Arnor and Gondor may spur reconciliation between Calenardhon and Gondor":
      // a party on both sides is no target of itself, but still of the others
      for (Actor a : source) {
        List<Actor> notSelf = target.stream().filter(t -> !t.text().equals(a.text())).toList();
        out.addAll(pairs(verb, codes[0], back, new Arguments.Found(List.of(a), notSelf, sourceHeads, targetHeads),
            requireDyad));
      }
      return out;
    }
    return pairs(verb, codes[0], back, new Arguments.Found(source, others, sourceHeads, targetHeads), requireDyad);
  }

  /** The event of a source and target, and its way back for a paired code ("032:033"). */
  private static List<Coded> pairs(Token verb, String code, String back, Arguments.Found sides, boolean requireDyad) {
    List<Coded> out = new ArrayList<>();
    boolean one = sides.source().isEmpty() || sides.target().isEmpty();
    // PETRARCH codes a pattern only with both sides (its default "require_dyad"); the dictionaries
    // users bring were written for that, and a verb they know codes far more often than Dateline's
    // own lexicon would, so a one-sided match is too weak to stand as an event unless asked for.
    if (requireDyad ? one : sides.empty()) return out;
    if (!code.equals("---")) out.add(new Coded(verb, code, sides));
    if (back != null && !back.equals("---") && !one) {
      out.add(new Coded(verb, back, new Arguments.Found(sides.target(), sides.source(), sides.targetHeads(),
          sides.sourceHeads())));
    }
    return out;
  }

  /**
   * The subject of a governing verb the pattern names, when the verb's own subject cannot be the
   * source: "Falastur noted that Cirith Ungol regretted ..." matched by {@code NOTED + *} (the
   * subject is the pattern's target), "Ethiopia indicated it would act" by {@code INDICATED WOULD *}
   * (the subject is a pronoun). The pattern tells of what the governing verb's subject says. -1
   * when there is none.
   */
  private int teller(Document doc, Sentence s, Token verb, PatternMatcher.Match m) {
    if (m.pattern() == null) return -1;
    Token own = subjectOf(s, verb);
    boolean ownIsTarget = own != null && m.target() >= 0 && Clauses.subtree(s, own).contains(m.target());
    if (own != null && !own.pos().startsWith("PRP") && !ownIsTarget) return -1;
    Set<String> named = new HashSet<>();
    for (PatternElement e : m.pattern().before()) {
      if (e.kind() == PatternElement.Kind.WORDS) e.phrases().forEach(named::addAll);
    }
    for (Token a = verb; a.head() >= 0; ) {
      a = s.tokens().get(a.head());
      if (!a.isVerb() || !named.contains(a.word().toUpperCase(Locale.ROOT))) continue;
      Token subject = subjectOf(s, a);
      return subject != null && names(doc, s, subject.index()) ? subject.index() : -1;
    }
    return -1;
  }

  private static Token subjectOf(Sentence s, Token verb) {
    for (Token c : s.children(verb.index())) {
      if (c.deprel().equals("nsubj")) return c;
    }
    return null;
  }

  /**
   * The sides the parse found, without actors no dictionary codes ("his trip", "An Eriadorian"
   * unresolved): a pattern dictionary's coder knows only the actors its dictionaries name, so
   * the side is looked for further on instead.
   */
  private static Arguments.Found coded(Arguments.Found f) {
    List<Actor> source = f.source().stream().filter(DictionaryVerbs::isCoded).toList();
    List<Actor> target = f.target().stream().filter(DictionaryVerbs::isCoded).toList();
    return new Arguments.Found(source, target, source.isEmpty() ? List.of() : f.sourceHeads(),
        target.isEmpty() ? List.of() : f.targetHeads());
  }

  private static boolean isCoded(Actor a) {
    return a.code() != null && !a.code().isBlank();
  }

  /**
   * The first word after the verb, in its own clause, that names an actor: the target a pattern
   * dictionary's coder takes from the verb phrase when the parse gives no object ("welcomed the
   * resumption of ties with X", "criticized the closure of guest houses in X"). Adverbial clauses
   * ("... after crowds trashed its embassy") tell other events and are left out.
   */
  private int firstActorAfter(Document doc, Sentence s, Token verb, int from, List<Token> sourceHeads,
                              List<Actor> sources) {
    boolean[] clause = new boolean[s.tokens().size()];
    markClause(s, verb, clause);
    for (Token h : sourceHeads) clause[h.index()] = false;
    for (int i = from + 1; i < clause.length; i++) {
      // "Frodo said he has ... toward Gondor": the source again is not its own target
      if (clause[i] && names(doc, s, i) && !sameActors(actorsAt(doc, s, i), sources)) return i;
    }
    return -1;
  }

  /**
   * The nearest word before the verb, in its own clause, that names an actor: the source a
   * pattern dictionary's coder takes when the parse gives the verb no subject ("Ethiopia
   * indicated it would act", parsed with "indicated" as the subject clause of "act").
   */
  private int lastActorBefore(Document doc, Sentence s, Token verb, int before) {
    boolean[] clause = new boolean[s.tokens().size()];
    markClause(s, verb, clause);
    for (int i = before - 1; i >= 0; i--) {
      if (clause[i] && names(doc, s, i)) return i;
    }
    return -1;
  }

  private static void markClause(Sentence s, Token t, boolean[] into) {
    into[t.index()] = true;
    for (Token c : s.children(t.index())) {
      // "signed an accord to supply Gondor": a purpose clause is the event's own aim
      boolean purpose = c.deprel().equals("advcl") && nearestMark(s, c).equals("to");
      if (!SEPARATE.contains(c.deprel()) && (purpose || !c.deprel().equals("advcl"))) markClause(s, c, into);
    }
  }

  /** The mark next to a clause's verb: "to" in "vowed on Thursday to wage war", parsed with two marks. */
  private static String nearestMark(Sentence s, Token clause) {
    String mark = "";
    for (Token c : s.children(clause.index())) {
      if (c.deprel().equals("mark") && c.index() < clause.index()) mark = c.word().toLowerCase(Locale.ROOT);
    }
    return mark;
  }

  private static boolean sameActors(List<Actor> found, List<Actor> sources) {
    return found.stream().allMatch(a -> a.code() != null && sources.stream().anyMatch(b -> a.code().equals(b.code())));
  }

  /** "Gondor and Osgiliath have delayed their meeting": each member acts on each other member. */
  private List<Coded> compound(Document doc, Sentence s, Token verb, int at, String code, String back) {
    List<Coded> out = new ArrayList<>();
    List<Actor> members = actorsAt(doc, s, at);
    List<Token> heads = List.of(s.tokens().get(at));
    for (int i = 0; i < members.size(); i++) {
      for (int j = 0; j < members.size(); j++) {
        if (i == j) continue;
        String c = i < j || back == null ? code : back;
        if (c.equals("---")) continue;
        out.add(new Coded(verb, c, new Arguments.Found(List.of(members.get(i)), List.of(members.get(j)), heads, heads)));
      }
    }
    return out;
  }

  /** The actors of the noun phrase the word belongs to, its conjuncts included. */
  private List<Actor> actorsAt(Document doc, Sentence s, int i) {
    Token t = s.tokens().get(i);
    while (t.head() >= 0 && IN_PHRASE.contains(t.deprel()) && isNominal(s.tokens().get(t.head()))) {
      t = s.tokens().get(t.head());
    }
    return actors.of(doc, s, List.of(t));
  }

  /**
   * Whether the word itself is (part of) the name of a coded actor: "Gondor", "government" in
   * "Gondor's government", but not "ties" in "ties with Mordor", which the actor finder reads as
   * Mordor's, nor "his" of someone no dictionary codes.
   */
  private boolean names(Document doc, Sentence s, int i) {
    Token t = s.tokens().get(i);
    if (!isNominal(t)) return false;
    return actorsAt(doc, s, i).stream().anyMatch(a -> isCoded(a) && a.text() != null && a.text().contains(t.word()));
  }

  /** The noun a word belongs to as a modifier or preposition before it ("the", "at" of "at the Gondor"), or null. */
  private static Token nounHead(Sentence s, Token t) {
    Token h = t;
    while ((BEFORE_NOUN.contains(h.deprel()) || h.deprel().equals("case")) && h.head() > h.index()) {
      h = s.tokens().get(h.head());
    }
    return isNominal(h) ? h : null;
  }

  /**
   * First and last word of a noun's base phrase: its preposition and modifiers before it, the
   * words of its name after it ("at the Gondor", "with the parliament" of "... of Gondor").
   */
  private static int[] baseNounPhrase(Sentence s, Token head) {
    int start = head.index();
    int end = head.index();
    for (Token c : s.children(head.index())) {
      if (c.index() < head.index() && (BEFORE_NOUN.contains(c.deprel()) || c.deprel().equals("case"))) {
        start = Math.min(start, Clauses.subtree(s, c).stream().mapToInt(Integer::intValue).min().orElse(c.index()));
      } else if (c.index() > head.index() && (c.deprel().equals("flat") || c.deprel().equals("compound"))) {
        end = Math.max(end, c.index());
      }
    }
    return new int[] {start, end};
  }

  private static boolean isNominal(Token t) {
    return t.isNoun() || t.pos().startsWith("PRP") || t.pos().equals("CD");
  }

  /** The sentence as the matcher sees it from one verb. */
  private final class View implements PatternMatcher.Words {
    private final Document doc;
    private final Sentence s;
    private final boolean[] before;
    private final boolean[] after;
    private final Map<Integer, Boolean> cache;

    View(Document doc, Sentence s, Token verb, Map<Integer, Boolean> cache) {
      this.doc = doc;
      this.s = s;
      this.cache = cache;
      int n = s.tokens().size();
      after = new boolean[n];
      before = new boolean[n];
      mark(verb, after, true);
      mark(verb, before, false);
      for (Token a = verb; a.head() >= 0; ) {
        a = s.tokens().get(a.head());
        before[a.index()] = true;
        for (Token c : s.children(a.index())) {
          if (GOVERNING.contains(c.deprel())) mark(c, before, false);
        }
      }
    }

    /** The token and its subtree, without separate clauses when {@code ownClause}. */
    private void mark(Token t, boolean[] into, boolean ownClause) {
      into[t.index()] = true;
      for (Token c : s.children(t.index())) {
        if (!ownClause || !SEPARATE.contains(c.deprel())) mark(c, into, ownClause);
      }
    }

    @Override public int size() { return s.tokens().size(); }

    @Override public String word(int i) { return s.tokens().get(i).word().toUpperCase(Locale.ROOT); }

    @Override public boolean reachableBefore(int i) { return before[i]; }

    @Override public boolean reachableAfter(int i) { return after[i]; }

    @Override
    public boolean preposition(int i) {
      return s.tokens().get(i).deprel().equals("case");
    }

    @Override
    public int skipped(int i, int dir) {
      Token h = nounHead(s, s.tokens().get(i));
      if (h == null) return 1;
      int[] span = baseNounPhrase(s, h);
      if (i < span[0] || i > span[1]) return 1;
      return dir > 0 ? span[1] - i + 1 : i - span[0] + 1;
    }

    @Override
    public boolean actor(int i) {
      return cache.computeIfAbsent(i, k -> names(doc, s, k));
    }
  }
}
