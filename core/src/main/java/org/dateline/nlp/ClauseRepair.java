package org.dateline.nlp;

import java.util.Set;

/**
 * Mends errors CoreNLP's parser makes often in news in the shape of a clause. First, a content clause without "that" whose
 * subject it takes for the object of the verb before it. "Witnesses reported the police had fired
 * on the crowd" comes out as <i>reported</i> → obj <i>police</i>, <i>fired</i> → dep, so the police
 * fire on no one and the reporting verb has the police for its object; "the minister warned the
 * rebels would face arrest" comes out with <i>face</i> as the root and <i>warned</i> as its clausal
 * subject. A finite verb (one with an auxiliary, "had", "would", "was") cannot be without a
 * subject, and the noun right before its auxiliary is that subject; after the mend the clause
 * hangs on the verb as its complement (ccomp), as it does when "that" is written. Second, a
 * clause opened by "after" or "before" whose subject it takes for the preposition's object:
 * "arrested after the mayor, a critic of the party, was stabbed" comes out with <i>mayor</i> as an
 * oblique of <i>arrested</i> and <i>stabbed</i> loose. Third, a participle that follows a noun and
 * says what the noun is ("began an offensive followed by a ground invasion") taken for the verb of
 * a clause whose subject is that noun, so the verb before it loses its object.
 */
final class ClauseRepair {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "expl");
  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  private static final Set<String> CLAUSAL_SUBJECT = Set.of("csubj");
  // prepositions that also open a clause: "after the mayor was stabbed"
  private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until");

  private ClauseRepair() {}

  /**
   * Mends {@code heads} and {@code rels} (token i's head index, -1 for the root, and relation) in
   * place; {@code words} are the tokens' words.
   */
  static void mend(String[] words, String[] tags, int[] heads, String[] rels) {
    reducedRelatives(tags, heads, rels);
    for (int d = 0; d < tags.length; d++) {
      if (!tags[d].startsWith("VB") || hasChild(heads, rels, d, SUBJECTS)) continue;
      int aux = firstAux(heads, rels, d);
      if (aux < 0) continue;
      boolean loose = rels[d].equals("dep") && heads[d] >= 0 && heads[d] < d && tags[heads[d]].startsWith("VB");
      if (loose && !hasChild(heads, rels, d, CLAUSAL_SUBJECT)) {
        // "reported the police had fired": the governor's object before the auxiliary
        int subject = objectEndingAt(heads, rels, heads[d], aux);
        if (subject < 0) {
          opened(words, heads, rels, d, aux);
          continue;
        }
        heads[subject] = d;
        rels[subject] = passive(heads, rels, d) ? "nsubj:pass" : "nsubj";
        rels[d] = "ccomp";
      } else if (rels[d].equals("root")) {
        // "the minister warned the rebels would face arrest": the verb of saying is the root
        int saying = clausalSubject(tags, heads, rels, d);
        if (saying < 0) continue;
        int subject = objectEndingAt(heads, rels, saying, aux);
        if (subject < 0) continue;
        heads[saying] = -1;
        rels[saying] = "root";
        heads[d] = saying;
        rels[d] = "ccomp";
        heads[subject] = d;
        rels[subject] = passive(heads, rels, d) ? "nsubj:pass" : "nsubj";
        // the sentence's final stop belongs to the new root
        int last = tags.length - 1;
        if (last > d && heads[last] == d && rels[last].equals("punct")) heads[last] = saying;
      }
    }
  }

  /**
   * "arrested after the mayor, a critic, was stabbed": the governor's oblique opened by "after"
   * whose phrase ends before the loose verb's auxiliary (a comma between allowed) is that verb's
   * subject, the preposition its marker, and the clause an adverbial one.
   */
  private static void opened(String[] words, int[] heads, String[] rels, int d, int aux) {
    int governor = heads[d];
    int end = aux - 1;
    if (end > governor && rels[end].equals("punct")) end--;
    for (int n = end; n > governor; n--) {
      if (heads[n] != governor || !rels[n].startsWith("obl")) continue;
      int opener = childWith(heads, rels, n, "case");
      if (opener < 0 || !CLAUSE_OPENERS.contains(words[opener].toLowerCase(java.util.Locale.ROOT))) return;
      if (lastOfPhrase(heads, n) != end) return;
      heads[n] = d;
      rels[n] = passive(heads, rels, d) ? "nsubj:pass" : "nsubj";
      heads[opener] = d;
      rels[opener] = "mark";
      rels[d] = "advcl";
      return;
    }
  }

  /**
   * "began an offensive followed by a ground invasion": a participle with no auxiliary cannot head
   * a clause with a subject; the noun taken for its subject is the object of the verb before it,
   * and the participle describes the noun.
   */
  private static void reducedRelatives(String[] tags, int[] heads, String[] rels) {
    for (int x = 0; x < tags.length; x++) {
      int verb = heads[x];
      if (!tags[x].equals("VBN") || !rels[x].equals("dep") || verb < 0 || verb > x || !tags[verb].startsWith("VB")
          || firstAux(heads, rels, x) >= 0 || hasChild(heads, rels, verb, OBJECTS)) {
        continue;
      }
      int subject = childWith(heads, rels, x, "nsubj");
      // "want it lifted": a pronoun before a participle is a small clause's subject, no noun described
      if (subject < 0 || subject < verb || !tags[subject].startsWith("NN")) continue;
      heads[subject] = verb;
      rels[subject] = "obj";
      heads[x] = subject;
      rels[x] = "acl";
    }
  }

  private static int childWith(int[] heads, String[] rels, int head, String rel) {
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == head && rels[i].equals(rel)) return i;
    }
    return -1;
  }

  private static boolean hasChild(int[] heads, String[] rels, int head, Set<String> wanted) {
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == head && wanted.contains(rels[i])) return true;
    }
    return false;
  }

  /** The verb's first auxiliary before it ("had fired", "would face"), or -1. */
  private static int firstAux(int[] heads, String[] rels, int verb) {
    for (int i = 0; i < verb; i++) {
      if (heads[i] == verb && (rels[i].equals("aux") || rels[i].equals("aux:pass"))) return i;
    }
    return -1;
  }

  private static boolean passive(int[] heads, String[] rels, int verb) {
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == verb && rels[i].equals("aux:pass")) return true;
    }
    return false;
  }

  /** The object of {@code verb} whose phrase ends right before {@code next}, or -1. */
  private static int objectEndingAt(int[] heads, String[] rels, int verb, int next) {
    for (int n = next - 1; n > verb; n--) {
      if (heads[n] != verb || !OBJECTS.contains(rels[n])) continue;
      return lastOfPhrase(heads, n) == next - 1 ? n : -1;
    }
    return -1;
  }

  /** The last token index of the phrase headed by {@code head}. */
  private static int lastOfPhrase(int[] heads, int head) {
    int last = head;
    for (int i = head + 1; i < heads.length; i++) {
      if (dominates(heads, head, i)) last = i;
    }
    return last;
  }

  private static boolean dominates(int[] heads, int head, int i) {
    for (int cur = i, hops = 0; cur >= 0 && hops < heads.length; cur = heads[cur], hops++) {
      if (cur == head) return true;
    }
    return false;
  }

  /** The verb before the root that the parser made its clausal subject, or -1. */
  private static int clausalSubject(String[] tags, int[] heads, String[] rels, int root) {
    for (int i = 0; i < root; i++) {
      if (heads[i] == root && rels[i].equals("csubj") && tags[i].startsWith("VB")) return i;
    }
    return -1;
  }
}
