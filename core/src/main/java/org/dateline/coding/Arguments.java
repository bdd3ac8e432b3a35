package org.dateline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Finds the source and target of a predicate in the Universal Dependencies parse: subject to
 * source, object and "with/to/against/on X" to target, passive "by X" to source, "talks between
 * X and Y" to both, and a subject shared with a governing clause ("agreed to push").
 */
final class Arguments {
  private static final Set<String> TARGET_CASES = Set.of("with", "to", "against", "on", "at", "toward",
      "towards", "upon", "into");
  private static final String PROTEST = "140";
  private static final String FORCE = "190";
  // What a complaint is about: "protested over the raids", "complained about Israeli shelling"
  private static final Set<String> ABOUT_CASES = Set.of("over", "about");
  private static final Set<String> PARTICIPANT_CASES = Set.of("between", "among", "of", "by");
  // Lexicon of argument roles (argument-words.tsv): weapons, nouns whose "of X" is the party,
  // topic verbs, and roots of acts done to someone
  private static final Set<String> WEAPONS = words("weapon");
  private static final Set<String> HELP_NOUNS = words("party-of");
  private static final Set<String> TOPIC_VERBS = words("topic");
  static final Set<String> TELLING = words("telling");
  private static final Set<String> UNDERGONE = words("undergone");
  private static final Set<String> UNDERGONE_OWNER = words("undergone-owner");
  private static final Set<String> STATIVE = words("stative");
  private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl", "acl", "acl:relcl", "conj",
      "parataxis", "csubj");

  private static Set<String> words(String kind) {
    Set<String> out = new java.util.HashSet<>();
    for (org.dateline.util.Tsv.Row r : org.dateline.util.Tsv.resource("/dateline/coding/argument-words.tsv")) {
      if (r.get("kind").equals(kind)) out.add(r.get("word"));
    }
    return Set.copyOf(out);
  }

  /** What was found: actors, and the argument head tokens (for evidence spans). */
  record Found(List<Actor> source, List<Actor> target, List<Token> sourceHeads, List<Token> targetHeads) {
    boolean empty() { return source.isEmpty() && target.isEmpty(); }
  }

  private final ActorFinder actors;

  Arguments(ActorFinder actors) {
    this.actors = actors;
  }

  /** @param cameo the predicate's code: how a yield or a protest takes its "from" and "of" phrases */
  Found find(Document doc, Sentence s, Token p, String cameo) {
    List<Token> subj = new ArrayList<>();
    List<Token> obj = new ArrayList<>();
    collect(doc, s, p, subj, obj);
    // "police, criticised by rights groups, ...": a passive participle on a noun is done to that noun
    if (p.pos().equals("VBN") && p.deprel().startsWith("acl") && p.head() >= 0 && byWhom(s, p) && obj.isEmpty()) {
      obj.add(s.tokens().get(p.head()));
    }
    boolean yielding = cameo.startsWith("08");
    // "aid for Romania", "food for the refugees": aid is for its recipient; "support for the
    // home secretary", "praise for the rescuers": so are backing and praise
    if (cameo.startsWith("07") || cameo.startsWith("05") && p.isNoun()) {
      for (Token c : s.children(p.index())) {
        if ((c.deprel().startsWith("obl") || c.deprel().startsWith("nmod")) && caseOf(s, c).equals("for")) obj.add(c);
      }
      for (Token o : List.copyOf(obj)) {
        for (Token c : s.children(o.index())) {
          if (c.deprel().startsWith("nmod") && caseOf(s, c).equals("for")) obj.add(c);
        }
      }
    }
    if (cameo.startsWith("14") && p.isNoun()) {
      // "in protest of the government's refusal": what is protested is the target, not a party
      for (Token c : s.children(p.index())) {
        String prep = c.deprel().startsWith("nmod") ? caseOf(s, c) : "";
        if (prep.equals("of") || prep.equals("against") || prep.equals("at") || prep.equals("over")) {
          subj.remove(c);
          obj.add(c);
        }
      }
    }
    if (p.isNoun() && UNDERGONE.contains(cameo.substring(0, 2))) {
      // "the arrest of the opposition leader", "the invasion of Kuwait", "the expulsion of two
      // diplomats": with acts done to someone, "of X" names who undergoes them
      for (Token c : s.children(p.index())) {
        if (c.deprel().startsWith("nmod") && caseOf(s, c).equals("of") && subj.remove(c)) obj.add(c);
      }
    }
    if (p.isNoun() && UNDERGONE_OWNER.stream().anyMatch(cameo::startsWith)) {
      // "Manafort's arrest", "his conviction": the owner of what is done to a person undergoes it
      for (Token c : s.children(p.index())) {
        if (c.deprel().equals("nmod:poss") && subj.remove(c)) obj.add(c);
      }
    }
    if (cameo.compareTo("18") >= 0 && cameo.compareTo("21") < 0) {
      // "fired four shells at Jericho": what is fired is the weapon, not the one attacked
      obj.removeIf(o -> WEAPONS.contains(o.lemma().toLowerCase(Locale.ROOT)) && !TARGET_CASES.contains(caseOf(s, o)));
    }
    if (yielding) {
      // "withdraw its troops from Lebanon": its own troops are not the other party, Lebanon is
      obj.removeIf(o -> ownedBySubject(s, o));
      // "the withdrawal of forces from Panama": on the noun, or on what is withdrawn
      List<Token> holders = new ArrayList<>(List.of(p));
      for (Token c : s.children(p.index())) {
        if (c.deprel().equals("obj") || p.isNoun() && c.deprel().startsWith("nmod") && caseOf(s, c).equals("of")) {
          holders.add(c);
        }
      }
      for (Token h : holders) {
        for (Token c : s.children(h.index())) {
          boolean arg = c.deprel().startsWith("obl") || c.deprel().startsWith("nmod");
          if (arg && caseOf(s, c).equals("from")) obj.add(c);
        }
      }
    }
    List<Token> about = cameo.startsWith("11") || cameo.startsWith("12") ? complained(s, p, obj) : List.of();
    if (p.isNoun() && obj.isEmpty() && p.head() >= 0) {
      // "staged rallies against the leader", "launched an investigation into the killings": the
      // light verb carries the noun's target
      Token verb = s.tokens().get(p.head());
      if (verb.isVerb() && (p.deprel().equals("obj") || p.deprel().startsWith("obl"))) {
        for (Token c : s.children(verb.index())) {
          if (c.deprel().startsWith("obl") && TARGET_CASES.contains(caseOf(s, c)) && c != p) obj.add(c);
        }
      }
    }
    // "their first meeting": a possessive pronoun names no one; the clause's subject does
    // (a pronoun subject of a noun the tagger mistook for a verb's, "they would blockade Paris", stays)
    if (p.isNoun()) subj.removeIf(t -> t.pos().startsWith("PRP") && !t.deprel().equals("nsubj"));
    List<Actor> source = actors.of(doc, s, subj);
    // "Police arrested two men after the riot": whoever answers a hostile act did not do it
    boolean answered = cameo.compareTo("11") >= 0 && EventNouns.circumstance(s, p);
    List<Token> undergoers = source.isEmpty() ? Undergoing.undergoers(s, p) : List.of();
    if (!undergoers.isEmpty()) {
      // "Wiranto survived the attack (on his convoy)": he is its target, not its doer
      for (Token u : undergoers) if (!obj.contains(u)) obj.add(u);
      // "faced criticism from backbenchers", "received aid from Japan": whom it comes from did it
      List<Token> givers = fromWhom(s, p);
      if (!givers.isEmpty()) {
        subj = givers;
        source = actors.of(doc, s, subj);
      }
    } else if (source.isEmpty() && !answered) {
      // "their first meeting": neither the pronoun nor "first" names anyone; the clause's subject does
      List<Token> shared = controller(s, p);
      if (!shared.isEmpty()) {
        subj = shared;
        source = actors.of(doc, s, subj);
      }
    }
    List<Actor> target = actors.of(doc, s, obj);
    List<Actor> complainedOf = about.isEmpty() ? List.of() : actors.of(doc, s, about);
    if (!complainedOf.isEmpty()) {
      target = new ArrayList<>(complainedOf);
      obj = about;
    }
    List<Actor> sources = source;
    target.removeIf(t -> sources.stream().anyMatch(a -> same(a, t)));
    if (cameo.compareTo("17") >= 0 && cameo.compareTo("21") < 0) target = citiesAsPeople(doc, s, target);
    return new Found(source, target, subj, obj);
  }

  /** The "from" phrase of an event noun or of the verb that governs it: who the act comes from. */
  private static List<Token> fromWhom(Sentence s, Token noun) {
    List<Token> out = new ArrayList<>();
    List<Token> holders = noun.head() >= 0 ? List.of(noun, s.tokens().get(noun.head())) : List.of(noun);
    for (Token h : holders) {
      for (Token c : s.children(h.index())) {
        boolean arg = c.deprel().startsWith("obl") || c.deprel().startsWith("nmod");
        if (arg && c != noun && caseOf(s, c).equals("from")) out.add(c);
      }
    }
    return out;
  }

  /**
   * What a complaint or a refusal is about names its target. "Complained to the UN over Israeli
   * raids": the one whose act is complained of, not the one complained to. "Rejected North Korea's
   * demand to sever ...", which the parser reads as a clause whose subject is the demand.
   */
  private static List<Token> complained(Sentence s, Token p, List<Token> obj) {
    if (p.isNoun()) return List.of();
    List<Token> about = new ArrayList<>();
    boolean hasObject = false;
    for (Token c : s.children(p.index())) {
      if (c.deprel().equals("obj")) hasObject = true;
      if (c.deprel().startsWith("obl") && ABOUT_CASES.contains(caseOf(s, c)) && c.isNoun()) about.add(c);
    }
    if (hasObject) return about;
    for (Token c : s.children(p.index())) {
      if (!c.deprel().equals("ccomp")) continue;
      for (Token g : s.children(c.index())) {
        boolean commonNoun = g.pos().equals("NN") || g.pos().equals("NNS");
        if (g.deprel().equals("nsubj") && commonNoun) obj.add(g);
      }
    }
    return about;
  }

  /**
   * The parties a condition ("if X attacks", "unless X agrees") on one of the holders' clauses puts
   * to act, other than the given sources.
   */
  List<Actor> conditionParties(Document doc, Sentence s, List<Token> holders, Set<String> marks, List<Actor> sources) {
    for (Token h : holders) {
      for (Token c : s.children(h.index())) {
        if (!c.deprel().equals("advcl") || !marks.contains(markOf(s, c))) continue;
        List<Token> subj = new ArrayList<>();
        for (Token g : s.children(c.index())) {
          if (g.deprel().equals("nsubj")) subj.add(g);
        }
        List<Actor> found = new ArrayList<>(actors.of(doc, s, subj));
        found.removeIf(t -> sources.stream().anyMatch(a -> same(a, t) || a.country() != null && a.country().equals(t.country())));
        if (!found.isEmpty()) return found;
      }
    }
    return List.of();
  }

  /**
   * "Rebels shelled Juba", "a curfew in Abidjan": a city that force or coercion falls on is its
   * people, not the government that sits there, whom "Juba said" would mean.
   */
  private static List<Actor> citiesAsPeople(Document doc, Sentence s, List<Actor> target) {
    int from = s.tokens().get(0).start();
    int to = s.tokens().get(s.tokens().size() - 1).end();
    List<Actor> out = new ArrayList<>(target.size());
    for (Actor a : target) {
      boolean city = "GOV".equals(a.sector()) && a.country() != null && doc.mentions().stream()
          .anyMatch(m -> m.start() >= from && m.end() <= to && m.type().equals("LOCATION") && m.text().equals(a.text()));
      out.add(city ? new Actor(a.text(), a.name(), a.country() + "CVL", a.country(), "CVL", null) : a);
    }
    return out;
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
      List<Actor> own = find(doc, s, content, contentCameo).target();
      if (!own.isEmpty()) return own;
    }
    if (content != null) clauses.add(content);
    for (Token clause : clauses) {
      List<Token> subj = new ArrayList<>();
      List<Token> obj = new ArrayList<>();
      collect(doc, s, clause, subj, obj);
      List<Actor> found = actors.of(doc, s, obj);
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  /**
   * Of whom a speaker speaks: the subject, else the object, of what was said, whether reported
   * ("said ministers were prolonging the uncertainty") or quoted ("'Labour is wrong,' he said"),
   * else the first actor named deeper in it.
   */
  // Verbs of thinking whose clause carries what a speaker says ("said she believed ...")
  private static final Set<String> THINKING = Set.of("think", "believe", "feel", "fear", "suspect", "know", "hope", "expect");

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
      collect(doc, s, clause, subj, obj);
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
    return List.of();
  }

  /**
   * Whom a show of force or a threat is for: "mobilized reservists for a possible war against
   * Iraq" → Iraq.
   */
  List<Actor> forTargets(Document doc, Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      if (!c.isNoun() || !c.deprel().startsWith("obl") || !caseOf(s, c).equals("for")) continue;
      List<Actor> found = find(doc, s, c, FORCE).target();
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
        boolean inProtest = c.isNoun() && c.lemma().equalsIgnoreCase("protest") && caseOf(s, c).equals("in");
        if (!inProtest) continue;
        List<Actor> found = find(doc, s, c, PROTEST).target();
        if (!found.isEmpty()) return found;
      }
    }
    return List.of();
  }

  private static void collect(Document doc, Sentence s, Token p, List<Token> subj, List<Token> obj) {
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
      if (rel.equals("nsubj") && reducedPassive(s, p)) {
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
      } else if (rel.startsWith("obl") || rel.startsWith("nmod")) {
        String prep = caseOf(s, c);
        if (prep.equals("by") && !p.isNoun()) subj.add(c);
        else if (p.isNoun() && PARTICIPANT_CASES.contains(prep)) subj.add(c);
        else if (TARGET_CASES.contains(prep) || rel.equals("obl:agent")) obj.add(c);
        else if (prep.equals("in") && !p.isNoun() && names(doc, c, "COUNTRY")) obj.add(c); // "lifted a curfew in Montenegro"
      } else if (rel.equals("advcl") && !p.isNoun() && TARGET_CASES.contains(markOf(s, c))) {
        // "worked with Washington to bolster ...", parsed as "with [Washington to bolster]"
        for (Token g : s.children(c.index())) {
          if (g.deprel().equals("nsubj")) obj.add(g);
        }
      } else if ((rel.equals("compound") || rel.equals("amod")) && p.isNoun() && ActorFinder.opposes(c)) {
        obj.add(c); // "anti-government protests" are against the government
      } else if (rel.equals("compound") && p.isNoun() && !placeOrThing(c)) {
        subj.add(c); // "US-China talks", "Iran sanctions" name a party
      } else if (rel.equals("amod") && p.isNoun()) {
        subj.add(c); // "Chinese drills": the adjective names who acts
      }
    }
  }

  /** "House arrest", "border clashes", "street protests": a common noun of place says where or how, not who. */
  private static boolean placeOrThing(Token c) {
    if (c.pos().startsWith("NNP")) return false;
    Senses.Kind kind = Senses.get().kind(c.lemma().toLowerCase(java.util.Locale.ROOT));
    return kind == Senses.Kind.PLACE || kind == Senses.Kind.ARTIFACT;
  }

  /** A past participle with a "by" agent and no auxiliary: "Blair criticised by MPs". */
  private static boolean reducedPassive(Sentence s, Token p) {
    return p.pos().equals("VBN") && byWhom(s, p)
        && s.children(p.index()).stream().noneMatch(c -> c.deprel().startsWith("aux"));
  }

  /** A "by" phrase that names who acts ("by MPs", "by Kenya"), not how much ("by one hour", "by 5%"). */
  private static boolean byWhom(Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      boolean by = c.deprel().equals("obl:agent") || c.deprel().startsWith("obl") && caseOf(s, c).equals("by");
      boolean amount = c.pos().equals("CD") || c.word().equals("%") || c.lemma().equalsIgnoreCase("percent")
          || s.children(c.index()).stream().anyMatch(k -> k.deprel().equals("nummod"));
      if (by && !amount) return true;
    }
    return false;
  }

  private static boolean byAgent(Sentence s, Token p) {
    return s.children(p.index()).stream()
        .anyMatch(c -> c.deprel().equals("obl:agent") || c.deprel().startsWith("obl") && caseOf(s, c).equals("by"));
  }

  private static boolean ownedBySubject(Sentence s, Token obj) {
    for (Token c : s.children(obj.index())) {
      if (c.deprel().equals("nmod:poss") && c.pos().equals("PRP$")) return true;
    }
    return false;
  }

  private static boolean names(Document doc, Token t, String type) {
    var m = ActorFinder.mentionAt(doc, t);
    return m != null && m.type().equals(type);
  }

  /** "the help of Japan and South Korea": whose help, support or release is meant. */
  private static List<Token> helpOf(Sentence s, Token obj) {
    List<Token> out = new ArrayList<>();
    if (!HELP_NOUNS.contains(obj.lemma().toLowerCase(Locale.ROOT))) return out;
    for (Token c : s.children(obj.index())) {
      if (c.deprel().startsWith("nmod") && caseOf(s, c).equals("of")) out.add(c);
    }
    return out;
  }

  /**
   * The subject a predicate shares with the clause that governs it: "agreed to push" (xcomp),
   * "held talks" (the noun's verb), "Park said after talks" (the clause's subject).
   */
  static List<Token> controller(Sentence s, Token p) {
    Token cur = p;
    for (int hops = 0; hops < 4 && cur.head() >= 0; hops++) {
      String rel = cur.deprel();
      // "..., killing 20 people": a participle hung on the clause (often parsed "dep") acts with its subject
      boolean participle = rel.equals("dep") && cur.pos().equals("VBG");
      // "issued a declaration demanding that ...": the participle says what the declaration does,
      // and whoever issued it demands
      boolean onNoun = rel.equals("acl") && cur.pos().equals("VBG");
      boolean passesSubject = rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("obl")
          || rel.equals("advcl") || rel.equals("conj") || rel.equals("nsubj:pass") || participle || onNoun;
      if (!passesSubject) break;
      cur = s.tokens().get(cur.head());
      List<Token> subj = new ArrayList<>();
      List<Token> agent = new ArrayList<>();
      for (Token c : s.children(cur.index())) {
        // "Gollum was seen to break in", "X was asked to leave": the passive subject does the xcomp
        if (c.deprel().equals("nsubj") || rel.equals("xcomp") && c.deprel().equals("nsubj:pass")) subj.add(c);
        if (c.deprel().startsWith("obl") && caseOf(s, c).equals("by")) agent.add(c);
      }
      if (!subj.isEmpty()) return subj;
      // "a camp was attacked by militiamen, killing 156": the passive's agent did the killing
      if (!agent.isEmpty() && (participle || rel.equals("advcl"))) return agent;
    }
    return List.of();
  }

  static String caseOf(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("case")) return c.word().toLowerCase(Locale.ROOT);
    }
    return "";
  }

  static String markOf(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("mark")) return c.word().toLowerCase(Locale.ROOT);
    }
    return "";
  }

  static boolean isClause(String deprel) {
    return CLAUSES.contains(deprel);
  }

  private static boolean same(Actor a, Actor b) {
    return a.text().equals(b.text()) && java.util.Objects.equals(a.code(), b.code());
  }
}

