package org.dateline.nlp;

import java.util.Set;

/**
 * Mends one error CoreNLP's parser makes often in news: a content clause without "that" whose
 * subject it takes for the object of the verb before it. "Witnesses reported the police had fired
 * on the crowd" comes out as <i>reported</i> → obj <i>police</i>, <i>fired</i> → dep, so the police
 * fire on no one and the reporting verb has the police for its object; "the minister warned the
 * rebels would face arrest" comes out with <i>face</i> as the root and <i>warned</i> as its clausal
 * subject. A finite verb (one with an auxiliary, "had", "would", "was") cannot be without a
 * subject, and the noun right before its auxiliary is that subject; after the mend the clause
 * hangs on the verb as its complement (ccomp), as it does when "that" is written.
 */
final class ClauseRepair {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "expl");
  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  private static final Set<String> CLAUSAL_SUBJECT = Set.of("csubj");

  private ClauseRepair() {}

  /** Mends {@code heads} and {@code rels} (token i's head index, -1 for the root, and relation) in place. */
  static void mend(String[] tags, int[] heads, String[] rels) {
    for (int d = 0; d < tags.length; d++) {
      if (!tags[d].startsWith("VB") || hasChild(heads, rels, d, SUBJECTS)) continue;
      int aux = firstAux(heads, rels, d);
      if (aux < 0) continue;
      boolean loose = rels[d].equals("dep") && heads[d] >= 0 && heads[d] < d && tags[heads[d]].startsWith("VB");
      if (loose && !hasChild(heads, rels, d, CLAUSAL_SUBJECT)) {
        // "reported the police had fired": the governor's object before the auxiliary
        int subject = objectEndingAt(heads, rels, heads[d], aux);
        if (subject < 0) continue;
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
