package org.dateline.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.coding.EventCoder.Found;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * What a frame takes as its content: the clause or noun of "agreed to meet", "called for
 * sanctions", "its demand that Israel ease restrictions". A noun of demand ({@code
 * dateline/coding/demanded.tsv}) is transparent: what is refused or conceded in "rejected calls
 * to hold talks" or "bowed to demands to release the prisoners" is the act asked for, and the
 * demand itself is no event of its own there.
 */
final class Contents {
  // Prepositions that can put a frame's content in a noun: "agreed to a truce", "called for
  // sanctions", "threatened with expulsion", "insisted on talks", "warned of reprisals".
  private static final Set<String> CONTENT_CASES = Set.of("", "to", "for", "with", "on", "of", "against", "about");
  // frames whose content is an act whose own code its content gives: "call off a strike" is 082
  private static final Set<String> NESTED = Set.of("halt", "concede");
  private static final Map<String, String> DEMANDED = new HashMap<>();
  // verbs that say what a demand consists of ("the demands include ...")
  private static final Set<String> NAMING = Set.of("include", "be", "remain", "involve", "comprise");
  // "one of the demands", "the first of their demands"
  private static final Set<String> ONE_OF = Set.of("one", "first", "chief", "main", "top", "most", "some", "another");

  static {
    for (Tsv.Row r : Tsv.resource("/dateline/coding/demanded.tsv")) DEMANDED.put(r.get("lemma"), r.get("frame"));
  }

  private final Frames frames;

  Contents(Frames frames) {
    this.frames = frames;
  }

  /** Whether the token is a noun of demand ("demands", "calls", "pressure"). */
  static boolean demanded(Token t) {
    return t.isNoun() && DEMANDED.containsKey(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** The nouns of demand, for the lexicon's "@demanded" particle. */
  static Set<String> demandNouns() {
    return DEMANDED.keySet();
  }

  /**
   * The first coded predicate inside the clause or noun a frame takes as its content, with the
   * code its own frame gives it ("refused to call off the strike": calling off a strike, 082). A
   * clause comes before a noun: in "despite warnings ..., the government is refusing to lift the
   * curfew" what is refused is the clause. A noun is content as an object or with a preposition
   * that can introduce one ("agreed to a ceasefire", "called for sanctions"); a noun frame
   * ("demands to release", "calls for a ceasefire") takes its own clause or noun.
   */
  Found of(Sentence s, Token frame, Map<Integer, Found> found) {
    Found f = first(s, frame, found);
    if (f == null || !NESTED.contains(f.entry().frame())) return f;
    Found inner = first(s, f.token(), found);
    String code = inner == null ? null : frames.code(f.entry().frame(), inner.entry().cameo());
    if (code == null || code.isEmpty()) return f;
    Predicates.Entry e = f.entry();
    return new Found(f.token(), new Predicates.Entry(e.lemma(), e.kind(), e.particle(), code, e.frame(), e.derivedFrom(), e.file()), f.why());
  }

  private Found first(Sentence s, Token frame, Map<Integer, Found> found) {
    for (Token c : namedBy(s, frame)) {
      Found f = firstUnder(s, c, frame, found);
      if (f != null) return f;
    }
    for (boolean clauses : new boolean[] {true, false}) {
      for (Token c : s.children(frame.index())) {
        if (clauses ? !isClause(s, frame, c) : !isNoun(s, frame, c)) continue;
        Found f = firstUnder(s, c, frame, found);
        if (f != null) return f;
      }
    }
    return null;
  }

  /** The first coded predicate under c other than the frame; a noun of demand is passed through to what it asks for. */
  private static Found firstUnder(Sentence s, Token c, Token frame, Map<Integer, Found> found) {
    for (int i : Clauses.subtree(s, c)) {
      Found f = found.get(i);
      if (f != null && i != frame.index() && !demanded(f.token())) return f;
    }
    return null;
  }

  /**
   * What a noun of demand is said to be, when it is the subject: "their demands include the
   * release of the prisoners", "one of the demands is an inquiry", "the main demand was new
   * elections". The demand names what it asks; it is not a release or an inquiry of its own.
   */
  static List<Token> namedBy(Sentence s, Token frame) {
    if (!demanded(frame) || frame.head() < 0) return List.of();
    Token subject = frame;
    Token head = s.tokens().get(frame.head());
    // "one of the demands is ...": the demand stands under the number that is the subject
    if (frame.deprel().startsWith("nmod") && ONE_OF.contains(head.lemma().toLowerCase(Locale.ROOT)) && head.head() >= 0) {
      subject = head;
      head = s.tokens().get(head.head());
    }
    if (!subject.deprel().equals("nsubj")) return List.of();
    if (head.isVerb() && NAMING.contains(head.lemma().toLowerCase(Locale.ROOT))) {
      return s.children(head.index()).stream().filter(c -> c.deprel().equals("obj")).toList();
    }
    boolean copula = s.children(head.index()).stream().anyMatch(c -> c.deprel().equals("cop"));
    return copula && head.isNoun() ? List.of(head) : List.of();
  }

  private static boolean isClause(Sentence s, Token frame, Token c) {
    String rel = c.deprel();
    // a noun's own clause ("demands to release them"), not a relative one ("demands, which are ...")
    return rel.equals("xcomp") || rel.equals("ccomp") || frame.isNoun() && rel.equals("acl") && !c.isNoun()
        || rel.equals("advcl") && askedBy(s, c) && Arguments.markOf(s, c).equals("to");
  }

  /** "Bow to demands to free them" parsed as a clause whose subject is the demand: the act asked for. */
  private static boolean askedBy(Sentence s, Token clause) {
    return s.children(clause.index()).stream().anyMatch(c -> c.deprel().startsWith("nsubj") && demanded(c));
  }

  private static boolean isNoun(Sentence s, Token frame, Token c) {
    // "ceased firing": the parser may take a gerund for the object noun it stands as
    if (!c.isNoun() && !(c.deprel().equals("obj") && c.pos().equals("VBG"))) return false;
    String rel = c.deprel();
    boolean argument = rel.equals("obj") || rel.startsWith("obl") || frame.isNoun() && rel.equals("nmod");
    return argument && CONTENT_CASES.contains(Arguments.caseOf(s, c));
  }

  /**
   * The nouns of demand in what a frame verb takes ("rejected calls to ...", "bowed to pressure",
   * "refused to respond to a demand"), with all below them: what they ask is the frame's
   * content, not another event.
   */
  static List<Integer> demandsTaken(Sentence s, Token frameVerb) {
    List<Integer> out = new ArrayList<>();
    if (!frameVerb.isVerb()) return out;
    for (Token c : s.children(frameVerb.index())) {
      String rel = c.deprel();
      boolean taken = rel.equals("obj") || rel.startsWith("obl") || rel.equals("xcomp")
          || (rel.equals("advcl") || rel.equals("ccomp")) && askedBy(s, c);
      if (!taken) continue;
      for (int i : Clauses.subtree(s, c)) {
        if (demanded(s.tokens().get(i))) out.addAll(Clauses.subtree(s, s.tokens().get(i)));
      }
    }
    return out;
  }
}
