package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * The common rules by which a predicate's dependents are its source and target heads: subject
 * to source, object and "with/to/against/on X" to target, passive "by X" to source.
 */
final class ArgumentHeads {
  static final Set<String> TARGET_CASES = Set.of("with", "to", "against", "on", "at", "toward",
      "towards", "upon", "into");
  private static final Set<String> PARTICIPANT_CASES = Set.of("between", "among", "of", "by");
  // Lexicon of argument roles (argument-words.tsv): nouns whose "of X" is the party, topic verbs,
  // stative verbs
  private static final Set<String> HELP_NOUNS = Arguments.words("party-of");
  private static final Set<String> TOPIC_VERBS = Arguments.words("topic");
  private static final Set<String> STATIVE = Arguments.words("stative");

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private ArgumentHeads() {}

  static void collect(Document doc, Sentence s, Token p, List<Token> subj, List<Token> obj) {
    for (Token c : s.children(p.index())) {
      String rel = c.deprel();
      if (rel.equals("obl:tmod") && !p.isNoun()) {
        // "rejected Thursday a United Nations appeal": the parser hangs the object on the day
        for (Token g : s.children(c.index())) {
          if (g.deprel().equals("dep") && g.isNoun()) obj.add(g);
        }
      }
      if (rel.equals("xcomp") && !c.isVerb() && !p.isNoun()) {
        // "found the minister guilty", "declared the vote unlawful": the small clause's subject is acted on
        for (Token g : s.children(c.index())) {
          if (g.deprel().equals("nsubj")) obj.add(g);
        }
      }
      if (rel.equals("nsubj") && (reducedPassive(s, p) || headlinePassive(doc, s, p))) {
        obj.add(c); // "Minister criticised by MPs": a headline's passive without its "was"
      } else if (rel.equals("nsubj") || rel.equals("nmod:poss") && p.isNoun()) {
        subj.add(c);
      } else if (rel.equals("obj") && TOPIC_VERBS.contains(p.lemma().toLowerCase(Locale.ROOT))) {
        continue; // "discussed North Korea": what was talked about, not who with
      } else if (rel.equals("nsubj:pass") && STATIVE.contains(p.lemma().toLowerCase(Locale.ROOT)) && !byAgent(s, p)) {
        subj.add(c); // "Israel is opposed to French mediation": a stance ("was opposed by X" is done to it)
      } else if (rel.equals("nsubj:pass") || rel.equals("obj") || rel.equals("iobj")) {
        obj.add(c);
        obj.addAll(helpOf(s, c));
        if (!p.isNoun()) subj.addAll(sidesOf(s, c));
      } else if (rel.startsWith("obl") || rel.startsWith("nmod")) {
        String prep = Arguments.caseOf(s, c);
        if (prep.equals("by") && !p.isNoun()) subj.add(c);
        else if (p.isNoun() && PARTICIPANT_CASES.contains(prep)) subj.add(c);
        else if (prep.equals("with") && absolute(s, c)) continue; // "with Ms Lopez calling it a disgrace"
        else if (TARGET_CASES.contains(prep) || rel.equals("obl:agent")) obj.add(c);
        else if (prep.equals("in") && !p.isNoun() && names(doc, c, "COUNTRY")) obj.add(c); // "lifted a curfew in Montenegro"
      } else if (rel.equals("advcl") && !p.isNoun() && TARGET_CASES.contains(Arguments.markOf(s, c))
          && !(participle(c) && setOff(s, c))) {
        // "worked with Washington to bolster ...", parsed as "with [Washington to bolster]"; not
        // "protested, with the police blocking the roads", where the police act on their own
        for (Token g : s.children(c.index())) {
          if (g.deprel().equals("nsubj")) obj.add(g);
        }
      } else if ((rel.equals("compound") || rel.equals("amod")) && p.isNoun() && AntiWords.opposes(c)) {
        obj.add(c); // "anti-government protests" are against the government
      } else if (rel.equals("compound") && p.isNoun() && !placeOrThing(c)) {
        subj.add(c); // "US-China talks", "Iran sanctions" name a party
      } else if (rel.equals("amod") && p.isNoun()) {
        subj.add(c); // "Chinese drills": the adjective names who acts
      }
    }
    // "Mr Straw, visiting Beijing, said", "police investigating the murder": a present participle
    // that modifies a noun is done by it
    Token modified = subj.isEmpty() ? participleNoun(s, p) : null;
    if (modified != null) subj.add(modified);
  }

  /**
   * ", with X doing Y": an absolute construction, in which X does something of its own beside the
   * act; X is no party to the act. Without the comma it is as often a reduced relative ("clashed
   * with rebels armed with rifles"), and the rebels are the party.
   */
  static boolean absolute(Sentence s, Token withNoun) {
    if (!setOff(s, withNoun)) return false;
    for (Token g : s.children(withNoun.index())) {
      if (g.deprel().equals("acl") && participle(g)) return true;
    }
    return false;
  }

  /** Whether the phrase's "with" opens the sentence or follows a comma. */
  private static boolean setOff(Sentence s, Token phrase) {
    for (Token c : s.children(phrase.index())) {
      if ((c.deprel().equals("case") || c.deprel().equals("mark")) && c.word().equalsIgnoreCase("with")) {
        return c.index() == 0 || s.tokens().get(c.index() - 1).word().equals(",");
      }
    }
    return false;
  }

  private static boolean participle(Token t) {
    return t.pos().equals("VBG") || t.pos().equals("VBN");
  }

  /** The noun a present participle modifies ("police investigating the murder"), which does it; null otherwise. */
  static Token participleNoun(Sentence s, Token p) {
    if (!p.pos().equals("VBG") || !p.deprel().equals("acl") || p.head() < 0) return null;
    Token head = s.tokens().get(p.head());
    return head.isNoun() ? head : null;
  }

  /** "House arrest", "border clashes", "street protests": a common noun of place says where or how, not who. */
  private static boolean placeOrThing(Token c) {
    if (c.pos().startsWith("NNP")) return false;
    Senses.Kind kind = Senses.get().kind(c.lemma().toLowerCase(java.util.Locale.ROOT));
    return kind == Senses.Kind.PLACE || kind == Senses.Kind.ARTIFACT;
  }

  /**
   * What a past participle with no subject, active auxiliary or object of its own is done to: the
   * noun it modifies ("a man charged with murder") or the subject of the clause it hangs on
   * ("Arrested in May, the leader was freed", "he appeared in court, charged with murder"); null
   * for any other word. "Having signed the deal" has an active auxiliary and an object.
   */
  static Token participleUndergoer(Sentence s, Token p) {
    if (!p.pos().equals("VBN") || p.head() < 0) return null;
    for (Token c : s.children(p.index())) {
      String rel = c.deprel();
      if (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("aux") || rel.equals("obj") || rel.equals("expl")) return null;
      // "after X, mayor of Y, was stabbed": a finite passive whose subject the parser lost
      if (rel.equals("aux:pass") && FINITE.contains(c.pos())) return null;
    }
    Token head = s.tokens().get(p.head());
    if (p.deprel().equals("acl")) return head.isNoun() ? head : null;
    if (!p.deprel().equals("advcl") && !p.deprel().equals("dep") || !head.isVerb()) return null;
    for (Token c : s.children(head.index())) {
      if (c.deprel().startsWith("nsubj")) return c;
    }
    return null;
  }

  // verbs a headline uses in the past tense of its own doing: "Minister resigned", "Talks failed"
  private static final Set<String> INTRANSITIVE = WordClasses.of("intransitive");

  /**
   * "Parties warned over 'grey vote'", "Straw attacked on China arms", "Labour attacked on Howard
   * poster": a headline tells its own deeds in the present ("Blair attacks Tories"), so a past form
   * with no object and no auxiliary is a passive whose subject undergoes the act. A headline is
   * the article's first line, standing alone with no closing stop.
   */
  private static boolean headlinePassive(Document doc, Sentence s, Token p) {
    if (!(p.pos().equals("VBN") || p.pos().equals("VBD")) || !Headlines.isHeadline(doc, s)) return false;
    if (INTRANSITIVE.contains(p.lemma().toLowerCase(Locale.ROOT))) return false;
    return s.children(p.index()).stream().noneMatch(c -> c.deprel().startsWith("aux") || c.deprel().equals("obj")
        || c.deprel().equals("ccomp") || c.deprel().equals("xcomp"));
  }

  /** A past participle with a "by" agent and no auxiliary: "Blair criticised by MPs". */
  private static boolean reducedPassive(Sentence s, Token p) {
    return p.pos().equals("VBN") && byWhom(s, p)
        && s.children(p.index()).stream().noneMatch(c -> c.deprel().startsWith("aux"));
  }

  /** A "by" phrase that names who acts ("by MPs", "by Kenya"), not how much ("by one hour", "by 5%"). */
  static boolean byWhom(Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      boolean by = c.deprel().equals("obl:agent") || c.deprel().startsWith("obl") && Arguments.caseOf(s, c).equals("by");
      boolean amount = c.pos().equals("CD") || c.word().equals("%") || c.lemma().equalsIgnoreCase("percent")
          || s.children(c.index()).stream().anyMatch(k -> k.deprel().equals("nummod"));
      if (by && !amount) return true;
    }
    return false;
  }

  private static boolean byAgent(Sentence s, Token p) {
    return s.children(p.index()).stream()
        .anyMatch(c -> c.deprel().equals("obl:agent") || c.deprel().startsWith("obl") && Arguments.caseOf(s, c).equals("by"));
  }

  private static boolean names(Document doc, Token t, String type) {
    var m = ActorFinder.mentionAt(doc, t);
    return m != null && m.type().equals(type);
  }

  /**
   * "The agreement between Kenya and Uganda was signed": the sides of an agreement that a verb
   * makes are named in the noun's "between" or "among" phrase.
   */
  private static List<Token> sidesOf(Sentence s, Token obj) {
    List<Token> out = new ArrayList<>();
    if (!EventNouns.accord(obj)) return out;
    for (Token c : s.children(obj.index())) {
      String prep = Arguments.caseOf(s, c);
      if (c.deprel().startsWith("nmod") && (prep.equals("between") || prep.equals("among"))) out.add(c);
    }
    return out;
  }

  /** "the help of Japan and South Korea": whose help, support or release is meant. */
  private static List<Token> helpOf(Sentence s, Token obj) {
    List<Token> out = new ArrayList<>();
    if (!HELP_NOUNS.contains(obj.lemma().toLowerCase(Locale.ROOT))) return out;
    for (Token c : s.children(obj.index())) {
      if (c.deprel().startsWith("nmod") && Arguments.caseOf(s, c).equals("of")) out.add(c);
    }
    return out;
  }
}
