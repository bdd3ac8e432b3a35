package org.dateline.coding.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a verb's patterns against the words of a sentence, TABARI-style: the elements after
 * {@code *} are looked for rightwards from the verb, those before it leftwards, each either
 * touching its neighbour ({@code _}) or with other words between. The first pattern of the family
 * that matches gives the code; when none does, the verb's default code does.
 *
 * <p>The sentence is seen through {@link Words}, so the caller decides which words a pattern may
 * reach (Dateline: the verb's clause and the clauses that govern it) and which words name actors.
 */
public final class PatternMatcher {
  /** The words of a sentence as the matcher needs them. */
  public interface Words {
    int size();

    /** The word at i, upper case. */
    String word(int i);

    /** Whether an element before the verb may match the word at i. */
    boolean reachableBefore(int i);

    /** Whether an element after the verb may match the word at i. */
    boolean reachableAfter(int i);

    /** Whether the word at i names an actor (for {@code $}, {@code +} and {@code %}). */
    boolean actor(int i);

    /** Whether the word at i is used as a preposition; without a parse, any word may be. */
    default boolean preposition(int i) {
      return true;
    }

    /**
     * How many words a skip ({@code ^}) at i passes over, going in direction {@code dir}: PETRARCH
     * skips a phrase, so the rest of the noun phrase the word is in (with the preposition that
     * opens it). Without a parse, the word alone.
     */
    default int skipped(int i, int dir) {
      return 1;
    }
  }

  /**
   * The outcome for one verb.
   *
   * @param pattern  the pattern that matched, or null when the default code applies
   * @param code     "---" when the dictionary says there is no event here
   * @param source   word index bound to {@code $}, or -1; likewise {@code target} ({@code +}) and
   *                 {@code compound} ({@code %})
   */
  public record Match(VerbForm form, VerbPattern pattern, String code, int verbStart, int verbEnd,
                      int source, int target, int compound) {
    public boolean isEvent() { return !code.equals("---"); }
  }

  private static final int SOURCE = 0;
  private static final int TARGET = 1;
  private static final int COMPOUND = 2;

  /**
   * The match for the verb at {@code verb}, whose word or lemma gave {@code forms}; null when no
   * form fits the words around it, or none codes here.
   */
  public Match match(Words w, int verb, List<VerbForm> forms) {
    List<int[]> spans = new ArrayList<>();
    List<VerbForm> fitting = new ArrayList<>();
    for (VerbForm f : forms) {
      int[] span = fit(w, verb, f);
      if (span != null) {
        spans.add(span);
        fitting.add(f);
      }
    }
    for (int i = 0; i < fitting.size(); i++) {
      for (VerbPattern p : fitting.get(i).family().patterns()) {
        if (!usable(p.code())) continue;
        Match m = tryPattern(w, fitting.get(i), p, spans.get(i));
        if (m != null) return m;
      }
    }
    for (int i = 0; i < fitting.size(); i++) {
      VerbForm f = fitting.get(i);
      if (!f.defaultCode().equals("---")) {
        return new Match(f, null, f.defaultCode(), spans.get(i)[0], spans.get(i)[1], -1, -1, -1);
      }
    }
    return null;
  }

  /**
   * Whether a pattern's code is one PETRARCH codes with: "---" (no event) or a code with letters
   * or digits. Marks of TABARI features PETRARCH does not implement, such as "+++" (complex
   * events) or "###", are passed over, so the family's next pattern decides.
   */
  private static boolean usable(String code) {
    return code.equals("---") || code.chars().anyMatch(Character::isLetterOrDigit);
  }

  /** The words a multi-word form covers around its verb ("wire" before "tapped"), or null. */
  private static int[] fit(Words w, int verb, VerbForm f) {
    int start = verb - f.head();
    int end = start + f.words().size() - 1;
    if (start < 0 || end >= w.size()) return null;
    for (int j = 0; j < f.words().size(); j++) {
      if (j != f.head() && !w.word(start + j).equals(f.words().get(j))) return null;
    }
    return new int[] {start, end};
  }

  private static Match tryPattern(Words w, VerbForm f, VerbPattern p, int[] span) {
    int[] bind = {-1, -1, -1};
    if (!elements(w, p.before(), 0, span[0] - 1, -1, bind)) return null;
    if (!elements(w, p.after(), 0, span[1] + 1, 1, bind)) return null;
    return new Match(f, p, p.code(), span[0], span[1], bind[SOURCE], bind[TARGET], bind[COMPOUND]);
  }

  /** Elements k.. matched from {@code pos} in direction {@code dir}, trying every gap (backtracking). */
  private static boolean elements(Words w, List<PatternElement> els, int k, int pos, int dir, int[] bind) {
    if (k == els.size()) return true;
    PatternElement e = els.get(k);
    for (int start = pos; start >= 0 && start < w.size(); start += dir) {
      if (reachable(w, start, dir)) {
        for (int len : lengths(w, e, start, dir)) {
          int[] saved = bind.clone();
          bindActor(e, start, bind);
          if (elements(w, els, k + 1, start + dir * len, dir, bind)) return true;
          System.arraycopy(saved, 0, bind, 0, bind.length);
        }
      }
      if (e.adjacent()) return false;
    }
    return false;
  }

  private static boolean reachable(Words w, int i, int dir) {
    return dir > 0 ? w.reachableAfter(i) : w.reachableBefore(i);
  }

  /** How many words the element can cover starting at {@code start}; empty when it does not match there. */
  private static List<Integer> lengths(Words w, PatternElement e, int start, int dir) {
    List<Integer> out = new ArrayList<>();
    switch (e.kind()) {
      case SKIP -> out.add(Math.max(1, w.skipped(start, dir)));
      case SOURCE, TARGET, COMPOUND -> {
        if (w.actor(start)) out.add(1);
      }
      default -> {
        if (e.preposition() && !w.preposition(start)) break;
        for (List<String> phrase : e.phrases()) {
          if (phraseAt(w, phrase, start, dir) && !out.contains(phrase.size())) out.add(phrase.size());
        }
      }
    }
    return out;
  }

  /** The phrase read in text order, ending at {@code start} when matching leftwards. */
  private static boolean phraseAt(Words w, List<String> phrase, int start, int dir) {
    int n = phrase.size();
    for (int j = 0; j < n; j++) {
      int i = start + dir * j;
      if (i < 0 || i >= w.size() || !reachable(w, i, dir)) return false;
      String expected = phrase.get(dir > 0 ? j : n - 1 - j);
      if (!w.word(i).equals(expected)) return false;
    }
    return true;
  }

  private static void bindActor(PatternElement e, int i, int[] bind) {
    switch (e.kind()) {
      case SOURCE -> bind[SOURCE] = i;
      case TARGET -> bind[TARGET] = i;
      case COMPOUND -> bind[COMPOUND] = i;
      default -> { }
    }
  }
}
