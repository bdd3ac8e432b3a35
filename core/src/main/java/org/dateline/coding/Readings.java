package org.dateline.coding;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * How a predicate reads in its clause: the frame it takes, the code its content and mood give it
 * (promised, threatened, obliged, refused, conditioned), and the sides that reading puts on it.
 * EventCoder finds the predicate and its arguments; this class decides what the words say.
 */
final class Readings {
  // Sectors that can fight; a "clash" between other actors is a quarrel, not a battle.
  private static final Set<String> ARMED = Set.of("MIL", "REB", "INS", "COP", "SPY", "CRM", "UAF");
  private static final Set<String> CLASH = Set.of("clash", "clashes");
  private static final Set<String> OBSTRUCT = Set.of("block", "blockade", "barricade");
  private static final String BLOCKADE = "191";
  private static final String VERBAL_DISPUTE = "111";
  static final String OBLIGATION = "100";
  private static final Set<String> ASKING_LEAVE = WordClasses.of("asking-leave");
  private static final String MILITARY_FORCE = "190";
  private static final String DEMONSTRATION = "141";
  // people who protest in the street: civilians, an opposition's followers, workers, students, farmers
  private static final Set<String> CROWDS = Set.of("CVL", "OPP", "LAB", "EDU", "AGR");
  private static final String PEACEKEEPING = "074";
  static final String THREAT_ROOT = "13";
  private static final String MOBILIZATION = "154";

  /** A reading: the code, the frame it was read in, the sides, and whether it stands negated. */
  /**
   * What a predicate is read as. {@code stated}: the reading is a promise, refusal or threat made
   * in the words reported ("said it would send aid", "will not accept the plan"), so the event is
   * the stating, which happened, not the act still to come.
   */
  record Reading(String cameo, String frame, Arguments.Found args, List<Actor> target, boolean negated, boolean stated) {
    Reading(String cameo, String frame, Arguments.Found args, List<Actor> target, boolean negated) {
      this(cameo, frame, args, target, negated, false);
    }
  }

  private final Frames frames;
  private final Speakers speakers;
  private final ContentTargets targets;

  Readings(Speakers speakers, ContentTargets targets, Frames frames) {
    this.frames = frames;
    this.speakers = speakers;
    this.targets = targets;
  }

  private static final String SPEECH = "010";
  // frames whose negation is a refusal: intent ("did not agree to"), readiness, concession ("would not bow to")
  private static final Set<String> YIELDING = Set.of("intent", "prepare", "concede");
  // those whose negation, read as a refusal, no longer stands negated
  private static final Set<String> REFUSED = Set.of("intent", "concede");

  private static boolean refusesToTell(Sentence s, Token p) {
    return s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("xcomp")
        && (Arguments.TELLING.contains(c.lemma().toLowerCase(java.util.Locale.ROOT)) || givesToldThings(s, c)));
  }

  private static final Set<String> GIVING_OUT = Set.of("give", "provide", "release", "offer", "share", "supply");

  /** "Give details", "provide information": handing out what is told is telling. */
  private static boolean givesToldThings(Sentence s, Token verb) {
    if (!GIVING_OUT.contains(verb.lemma().toLowerCase(Locale.ROOT))) return false;
    return s.children(verb.index()).stream().anyMatch(o -> o.deprel().equals("obj")
        && Arguments.TOLD.contains(o.lemma().toLowerCase(Locale.ROOT)));
  }

  private static final Set<String> WARNING = Set.of("warn", "caution");
  private static final String PESSIMISTIC = "012";

  /**
   * "Warned that small firms could be crippled", "warned of a catastrophe", "'...,' she warned":
   * a warning of what will befall, with no act the lexicon codes, foretells (012, as CAMEO's verb
   * dictionary codes "warn of risk"); a warning of an act is read by the threat frame.
   */
  private static boolean foretold(Sentence s, Token p, Token content) {
    // an act the lexicon codes in what was warned of is read by the threat frame, whoever does it:
    // "warned that police will no longer tolerate rallies" is a threat by the police's chief
    if (content != null) return dangerSpokenOf(s, content);
    if (p.deprel().equals("parataxis")) return true;
    // "warned there was a real risk", "warned the costs could outweigh the benefits": a clause the parser took apart
    if (Predicates.clauseMissed(s, p)) return true;
    for (Token c : s.children(p.index())) {
      if (c.deprel().equals("ccomp")) return !byForce(s, c);
      if (c.deprel().startsWith("obl") && Set.of("of", "about").contains(Arguments.caseOf(s, c))) {
        return !RETRIBUTIONS.contains(c.lemma().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** "Warned X against complacency", "warned X not to be tempted": what the warned party is told to keep from. */
  private static boolean warnedOff(Sentence s, Token p) {
    for (Token c : s.children(p.index())) {
      if (c.deprel().startsWith("obl") && Arguments.caseOf(s, c).equals("against")) return true;
      boolean not = s.children(c.index()).stream().anyMatch(n -> n.deprel().equals("advmod") && n.word().equalsIgnoreCase("not")
          || n.deprel().equals("neg"));
      if (c.deprel().equals("xcomp") && not && Arguments.markOf(s, c).equals("to")) return true;
    }
    return false;
  }

  // Verbs of giving one's word, whose negation gives none
  private static final Set<String> VOWS = WordClasses.of("vows");

  // What one warns of as one's own answer ("warned of serious consequences"): a threat
  private static final Set<String> RETRIBUTIONS = WordClasses.of("retributions");

  // Nouns of a danger ("the risk of an attack"), verbs of befalling ("a bombing could happen") and
  // doers that are no speaker's own ("a terrorist attack")
  private static final Set<String> DANGERS = Set.of("risk", "danger", "possibility", "prospect", "likelihood", "chance", "threat");
  private static final Set<String> BEFALLING = Set.of("happen", "occur", "come", "strike", "hit", "follow");
  private static final Set<String> OTHERS_DEEDS = Set.of("terrorist", "terror", "militant", "jihadist", "extremist");

  /**
   * "Warned that a bombing could happen", "warned of the risk of a terrorist attack": an act warned
   * of as a danger that may befall, not as the speaker's own, is a pessimistic comment, no threat.
   */
  private static boolean dangerSpokenOf(Sentence s, Token content) {
    if (content.isVerb()) return mayBeDoneByOthers(s, content);
    if (!content.isNoun() || content.head() < 0) return false;
    Token head = s.tokens().get(content.head());
    // "warned that the deletion could harm inquiries": the coded noun is what may be harmed
    if (content.deprel().equals("obj") && head.isVerb() && mayBeDoneByOthers(s, head)) return true;
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    if (head.isNoun() && DANGERS.contains(lemma) && Arguments.caseOf(s, content).equals("of")) return true;
    if (content.deprel().startsWith("nsubj") && head.isVerb() && BEFALLING.contains(lemma)) return true;
    return s.children(content.index()).stream().anyMatch(c -> (c.deprel().equals("amod") || c.deprel().equals("compound"))
        && OTHERS_DEEDS.contains(c.lemma().toLowerCase(Locale.ROOT)));
  }

  /**
   * "Warned that terrorists might attack Britain", "warned that anglers could be prosecuted": what
   * a named other may do, or what may befall someone, is a danger spoken of; "warned it could
   * strike" (a pronoun, the speaker's side) stays a threat.
   */
  private static boolean mayBeDoneByOthers(Sentence s, Token verb) {
    boolean may = s.children(verb.index()).stream().anyMatch(c -> c.deprel().startsWith("aux")
        && Mood.SPECULATIVE.contains(c.word().toLowerCase(Locale.ROOT)));
    if (!may) return false;
    // "warned that anglers could be prosecuted": a passive with no doer is what may befall them
    boolean undone = Fit.doer(s, verb) == null
        && s.children(verb.index()).stream().anyMatch(c -> c.deprel().equals("nsubj:pass") && c.isNoun());
    return undone || s.children(verb.index()).stream().anyMatch(c -> c.deprel().equals("nsubj") && c.isNoun() && !ofForces(c));
  }

  private static final Set<String> FORCES = Set.of("COP", "MIL", "SPY");

  /** "Warned that police will no longer tolerate rallies": what the forces will do is coercion warned of. */
  private static boolean byForce(Sentence s, Token clause) {
    return s.children(clause.index()).stream().filter(c -> c.deprel().startsWith("nsubj")).anyMatch(Readings::ofForces);
  }

  /** Whether the word names the police, the army or the intelligence services. */
  private static boolean ofForces(Token t) {
    String sector = org.dateline.resolve.Knowledge.get().sector(t.word(), t.lemma());
    return sector != null && FORCES.contains(sector);
  }

  // verbs whose whole sense is what they plan ("agree", "promise" and "offer" are acts towards another)
  private static final Set<String> PLANS = WordClasses.of("planning");
  // Offering, and the acts of words (sympathy, praise, apology, forgiveness) they perform
  private static final Set<String> GIVING = Set.of("offer");
  private static final Set<String> GIVEN_IN_WORDS = Set.of("018", "051", "055", "056");
  // Words one says by saying one wants to: sympathy and apology ("wants to support" is still an intent)
  private static final Set<String> SAID_BY_WANTING = Set.of("018", "055");

  /**
   * @param entry   the predicate's lexicon entry
   * @param content the coded predicate the frame takes as content, or null
   * @return the reading, or null when the words code no event ("failed to capture", "we must stay calm")
   */
  Reading read(Document doc, Sentence s, Token p, Predicates.Entry entry, Token content, String contentCameo,
               Arguments.Found args, List<Actor> target) {
    boolean negated = Mood.negated(s, p);
    // "plans to put the costs into its rates", "was preparing for the exam": a plan is as
    // political as what is planned, and a plan of nothing the lexicon codes tells no event
    if (content == null && PLANS.contains(entry.lemma())) return null;
    String frame = frame(s, p, entry, content, contentCameo, args, negated);
    String cameo = entry.cameo();
    if (content != null || !frame.equals(entry.frame())) {
      // "declined to comment" declines to speak (011); "rejected the opposition's statement" rejects what was said
      boolean said = content != null && content.isNoun() && contentCameo.startsWith("01");
      cameo = frames.code(frame, content == null || said && frame.equals("reject") ? "" : contentCameo);
      if (cameo == null || cameo.isEmpty()) return null; // "failed to capture the town" codes nothing
    }
    // "offered condolences", "offered an apology": words offered are given in the offering, no intent;
    boolean offered = GIVING.contains(entry.lemma()) && content != null && content.isNoun() && GIVEN_IN_WORDS.contains(contentCameo);
    // "I want to express my sympathy", "we want to apologise": wanting to say the words says them
    boolean saidByWanting = entry.lemma().equals("want") && content != null && SAID_BY_WANTING.contains(contentCameo);
    if (frame.equals("intent") && (offered || saidByWanting)) {
      cameo = contentCameo;
      frame = "";
    }
    if (frame.equals("threat") && WARNING.contains(entry.lemma()) && foretold(s, p, content)) cameo = PESSIMISTIC;
    // "warned Mr Brown not to spend it", "warned his party against complacency": warning someone off
    // what is no force is advice to them, an appeal (as CAMEO's WARN + AGAINST PULLOUT, 020)
    boolean advised = frame.equals("threat") && WARNING.contains(entry.lemma()) && warnedOff(s, p)
        && (content == null || !isForceful(contentCameo));
    if (advised) cameo = frames.code("appeal", "");
    // "declined to elaborate", "refused to answer questions": declining to tell is declining comment
    if (frame.equals("reject") && refusesToTell(s, p)) cameo = frames.code(frame, SPEECH);
    // "will visit", "is willing to withdraw", "would not accept": a promise of cooperation is an
    // intention to cooperate (PLOVER AGREE), a promise not to a refusal
    boolean mustDo = Mood.obliged(s, p);
    boolean promise = frame.isEmpty() && isCooperative(cameo) && Mood.promised(s, p) && !mustDo;
    if (promise) cameo = frames.code(negated ? "reject" : "intent", cameo);
    cameo = refine(s, cameo, p, args.source(), target);
    String modality = mood(s, p, frame);
    // "They would blockade Paris", "will impose martial law": coercion announced, not done, is a threat
    boolean announced = "future".equals(modality) || "hypothetical".equals(modality) || Mood.promised(s, p);
    // ... but only as someone's word ("said they would", "will"): force that "could" or "may" come,
    // or that "would" follow from a measure, is supposed ("workers could strike", "charges may be laid")
    boolean threat = announced && isForceful(cameo) && !Mood.qualified(s, p) && ownWord(s, p);
    if (threat) cameo = frames.code("threat", cameo);
    List<Token> holders = content == null ? List.of(p) : List.of(p, content);
    boolean promised = promise || "future".equals(modality) || frame.equals("intent");
    Reading conditioned = conditioned(doc, s, holders, new Reading(cameo, frame, args, target, negated), promised);
    boolean shouldDo = !mustDo && Mood.urged(s, p);
    Reading read = obliged(doc, s, p, entry, content == null, conditioned, mustDo, shouldDo);
    if (read == null) return null;
    boolean stillNegated = negated && !promise && !(REFUSED.contains(entry.frame()) && read.frame().equals("reject"));
    // "he said the regulator should investigate": the appeal is made, whatever is still to be done
    boolean appealed = shouldDo && read != conditioned;
    boolean stated = appealed || (promise || threat) && !read.args().source().isEmpty() && Mood.stated(s, p);
    return new Reading(read.cameo(), read.frame(), read.args(), read.target(), stillNegated, stated);
  }

  /** Whether force still to come is told as its doer's word: a promise, or the verb a noun of it hangs on is one. */
  private static boolean ownWord(Sentence s, Token p) {
    boolean argument = p.isNoun() && (p.deprel().equals("obj") || p.deprel().startsWith("nsubj")) && p.head() >= 0;
    Token v = argument ? s.tokens().get(p.head()) : p;
    // "the EC may halt its mediation if cooperation founders": force its doer sets on another's
    // conduct is an ultimatum, however hedged ("anglers could be prosecuted if ..." names no doer)
    boolean doer = s.children(v.index()).stream().anyMatch(c -> c.deprel().equals("nsubj"));
    return Mood.stated(s, p) || v != p && Mood.stated(s, v) || doer && conditional(s, v);
  }

  private static boolean conditional(Sentence s, Token v) {
    return s.children(v.index()).stream().filter(c -> c.deprel().startsWith("advcl")).anyMatch(c -> s.children(c.index()).stream()
        .anyMatch(m -> m.deprel().equals("mark") && Background.CONDITIONS.contains(m.word().toLowerCase(Locale.ROOT))));
  }

  /**
   * The mood of the predicate; an event noun takes that of the verb it is the object or subject
   * of ("NATO would tighten the blockade", "further charges may be laid").
   */
  private static String mood(Sentence s, Token p, String frame) {
    String modality = Mood.modality(s, p, frame);
    boolean argument = p.deprel().equals("obj") || p.deprel().startsWith("nsubj");
    if (modality == null && p.isNoun() && p.head() >= 0 && argument) {
      modality = Mood.modality(s, s.tokens().get(p.head()), "");
    }
    return modality;
  }

  /**
   * "Will withdraw its force unless the president arranges a ceasefire": an act promised on a
   * condition another party must meet is an ultimatum to that party. "Threatened to stop the
   * talks if the United States goes ahead": a threat is aimed at whose conduct it is conditioned on.
   */
  private Reading conditioned(Document doc, Sentence s, List<Token> holders, Reading r, boolean promised) {
    String cameo = r.cameo();
    List<Actor> target = r.target();
    List<Actor> unless = targets.conditionParties(doc, s, holders, Set.of("unless"), r.args().source());
    if (!unless.isEmpty() && promised && !cameo.startsWith(THREAT_ROOT)) {
      cameo = frames.code("threat", cameo);
      if (target.isEmpty()) target = unless;
    }
    if (target.isEmpty() && cameo.startsWith(THREAT_ROOT)) {
      target = targets.conditionParties(doc, s, holders, Background.CONDITIONS, r.args().source());
    }
    return new Reading(cameo, r.frame(), r.args(), target, r.negated());
  }

  /**
   * "Britain said Libya must hand over the suspects", "the rebels said Kagame must agree to
   * changes": what one party says another must do is its demand on that party, and what it says
   * another should do its appeal; "we must stay calm, he said" is no event.
   */
  private Reading obliged(Document doc, Sentence s, Token p, Predicates.Entry entry, boolean noContent, Reading r,
                          boolean mustDo, boolean shouldDo) {
    if (!mustDo && !shouldDo) return r;
    List<Actor> sayer = speakers.sayer(doc, s, p);
    List<Actor> obliged = r.args().source();
    boolean selfOnly = sayer.isEmpty() || obliged.isEmpty()
        || sayer.stream().anyMatch(a -> obliged.stream().anyMatch(b -> Objects.equals(a.code(), b.code())));
    boolean intentOnOther = r.frame().equals("intent") && !selfOnly;
    if (!(r.frame().isEmpty() && noContent || intentOnOther)) return r;
    if (entry.cameo().equals(OBLIGATION) && selfOnly) return null;
    // what one's own side, or no known sayer, should do is asked of no one: the act stays as told
    if (shouldDo && selfOnly) return r;
    String asked = mustDo ? "demand" : "appeal";
    Arguments.Found args = new Arguments.Found(sayer, obliged, List.of(), r.args().sourceHeads());
    return new Reading(frames.code(asked, r.cameo()), asked, args, obliged, r.negated());
  }

  /**
   * Whether an appeal verb with no one appealed to takes only an infinitive of its own that codes
   * nothing ("the government seeks to ensure the service is accountable"): an aim, asked of no one.
   * Asking to do ("asked to see the report") still asks leave of someone.
   * The caller knows the infinitive coded nothing; one that codes an act is an intention (frame).
   */
  static boolean ownAim(Sentence s, Token p, Predicates.Entry entry, Arguments.Found args) {
    return entry.frame().equals("appeal") && args.targetHeads().isEmpty() && p.isVerb()
        && !ASKING_LEAVE.contains(entry.lemma())
        && s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("xcomp") && c.isVerb()
            && s.children(c.index()).stream().anyMatch(m -> m.deprel().equals("mark") && m.word().equalsIgnoreCase("to")));
  }

  /** The frame the verb takes here, which its clause and negation may change. */
  private static String frame(Sentence s, Token p, Predicates.Entry entry, Token content, String contentCameo,
                              Arguments.Found args, boolean negated) {
    String frame = entry.frame();
    // "sought to hold talks": an appeal verb with no one appealed to and a clause of the
    // subject's own is an intention
    if (frame.equals("appeal") && content != null && args.targetHeads().isEmpty()
        && s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("xcomp"))) {
      frame = "intent";
    }
    // "the rebels want foreign forces to leave": wanting another to act asks it of them
    if (frame.equals("intent") && entry.lemma().equals("want")
        && s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("obj") && (c.isNoun() || c.pos().equals("PRP")))) {
      frame = "demand";
    }
    // "did not agree to meet", "is not prepared to talk", "would not bow to demands" are refusals
    // ("did not promise any action", "has not pledged money": a word not given is no refusal)
    if (negated && YIELDING.contains(frame) && !VOWS.contains(entry.lemma())) frame = "reject";
    // "plans to impose restrictions": an intention to coerce is a threat
    if (frame.equals("intent") && content != null && isForceful(contentCameo)) frame = "threat";
    return frame;
  }

  /**
   * Context that changes a reading: a clash between political actors is a verbal dispute; a road
   * blocked by troops is a blockade, by protesters an obstruction; a strike by troops an attack;
   * troops do not visit.
   */
  private static String refine(Sentence s, String cameo, Token p, List<Actor> source, List<Actor> target) {
    String lemma = p.lemma().toLowerCase(Locale.ROOT);
    // "sporadic clashes were still continuing": clashes with no one named are fighting
    boolean named = !source.isEmpty() || !target.isEmpty();
    if (CLASH.contains(lemma) && named && !anyArmed(source) && !anyArmed(target)) return VERBAL_DISPUTE;
    if (OBSTRUCT.contains(lemma) && p.isVerb() && anyArmed(source)) return BLOCKADE;
    // "a rights group protested that the authorities fail ...": a protest in words is criticism
    boolean says = p.isVerb() && lemma.equals("protest") && cameo.startsWith("14")
        && s.children(p.index()).stream().anyMatch(c -> c.deprel().equals("ccomp"));
    if (says) return VERBAL_DISPUTE;
    // "students protested against the fees": a crowd protesting demonstrates; a ministry or "the
    // opposition" protesting against a decision does so in words
    if (p.isVerb() && lemma.equals("protest") && cameo.equals(VERBAL_DISPUTE) && crowd(s, p, source)) return DEMONSTRATION;
    // troops arriving are deployed, not visiting: peacekeepers to protect, others in force
    if (cameo.startsWith("042") && anyArmed(source)) return peacekeepers(source) ? PEACEKEEPING : MOBILIZATION;
    // "a strike by the army" is an attack; one by workers a protest
    if (lemma.equals("strike") && p.isNoun() && cameo.startsWith("14") && anyArmed(source)) return MILITARY_FORCE;
    return cameo;
  }

  /** A subject in the plural ("students", "thousands") of a sector of people who march. */
  private static boolean crowd(Sentence s, Token p, List<Actor> source) {
    if (source.stream().noneMatch(a -> a.sector() != null && CROWDS.contains(a.sector()))) return false;
    return s.children(p.index()).stream().anyMatch(c -> c.deprel().startsWith("nsubj")
        && (c.pos().equals("NNS") || c.pos().equals("NNPS") || c.pos().equals("CD")));
  }

  /** Protest, force, sanctions, coercion, violence: roots 14 to 20. */
  static boolean isForceful(String cameo) {
    // a user's own scheme may have codes that are no CAMEO root ("", "A1"): those are not force
    if (cameo == null || cameo.length() < 2 || !Character.isDigit(cameo.charAt(0)) || !Character.isDigit(cameo.charAt(1))) {
      return false;
    }
    return Integer.parseInt(cameo.substring(0, 2)) >= 14;
  }

  /** Consult, engage, cooperate, aid, yield: roots 04 to 08. */
  private static boolean isCooperative(String cameo) {
    int root = Integer.parseInt(cameo.substring(0, 2));
    return root >= 4 && root <= 8;
  }

  private static boolean peacekeepers(List<Actor> actors) {
    return actors.stream().anyMatch(a -> a.text().toLowerCase(Locale.ROOT).contains("peacekeep"));
  }

  private static boolean anyArmed(List<Actor> actors) {
    return actors.stream().anyMatch(a -> a.sector() != null && ARMED.contains(a.sector()));
  }
}
