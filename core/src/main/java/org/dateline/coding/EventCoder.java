package org.dateline.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.coding.petrarch.Discards;
import org.dateline.coding.petrarch.PatternMatcher;
import org.dateline.coding.petrarch.PetrarchConfig;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.Knowledge;

/**
 * The coding stage: finds event predicates in each sentence, their source and target actors in
 * the dependency parse, and codes each as CAMEO and PLOVER with Goldstein weight, QuadClass,
 * date, place and the words that say it. Verbs that frame a clause ("agreed to meet", "urged X
 * to withdraw") are coded by what the clause is about, and that clause is not coded again.
 */
public final class EventCoder {
  private static final String THREAT_ROOT = Readings.THREAT_ROOT;
  // Roots of acts whose agent, left out of a passive, is the one who announces them: investigations,
  // sanctions, arrests and charges
  private static final Set<String> OWN_ACTS = Set.of("09", "16", "17");

  private final Codebook codebook;
  private final Predicates predicates = new Predicates();
  private final Candidates candidates = new Candidates(predicates);
  private final EventBuilder builder = new EventBuilder(new Background(predicates));
  private final Arguments arguments;
  private final Speakers speakers;
  private final ContentTargets targets;
  private final Readings readings;
  private final ContextCountry context;
  private final DictionaryVerbs dictionary;
  private final Discards discards;
  private final ActorFinder actors;
  private final SpeechEvents speech;
  // one frames table for the content a frame takes and the reading it gives
  private final Frames frames = new Frames();
  private final Contents content = new Contents(frames);

  /** With the knowledge base's verb dictionary, when it has one, taking precedence over the built-in lexicon. */
  public EventCoder(Codebook codebook, Knowledge kb) {
    this.codebook = codebook;
    ActorFinder actors = new ActorFinder(kb);
    this.actors = actors;
    this.arguments = new Arguments(actors);
    this.speakers = new Speakers(actors);
    this.targets = new ContentTargets(actors, arguments);
    this.readings = new Readings(speakers, targets, frames);
    this.context = new ContextCountry(kb);
    this.dictionary = kb.verbs() == null ? null : new DictionaryVerbs(kb.verbs(), arguments, actors);
    this.discards = kb.discards();
    // a user's verb dictionary codes speech by its own patterns; the model is Dateline's reading
    this.speech = kb.verbs() == null ? new SpeechEvents(arguments, speakers, targets, codebook, context, builder, predicates) : null;
  }

  public EventCoder() {
    this(Codebook.cameo(), Knowledge.get());
  }

  /** A predicate found in a sentence, with the reading it takes there. */
  record Found(Token token, Predicates.Entry entry, String why) {}

  public void code(Document doc) {
    code(doc, PetrarchConfig.DEFAULT);
  }

  /** With PETRARCH options, which only the user's verb dictionary heeds. */
  public void code(Document doc, PetrarchConfig options) {
    // The user's discards say which texts are no news of theirs: a story phrase anywhere drops
    // the whole text, a sentence phrase its sentence.
    List<Discards.Scope> discarded = doc.sentences().stream()
        .map(s -> discards.scope(s.tokens().stream().map(Token::word).toList())).toList();
    if (discarded.contains(Discards.Scope.STORY)) return;
    Set<Integer> writers = WritersVoice.sentences(doc);
    for (int i = 0; i < discarded.size(); i++) {
      if (discarded.get(i) == Discards.Scope.NONE && !writers.contains(i)) code(doc, doc.sentences().get(i), options);
    }
    Headlines.sidesFromBody(doc);
  }

  private void code(Document doc, Sentence s, PetrarchConfig options) {
    // An interview's question asks, it reports nothing: "Which candidates have you supported?"
    if (Questions.isQuestion(s)) return;
    Map<Integer, PatternMatcher.Match> byDictionary = codeByDictionary(doc, s, options);
    Set<Integer> questioned = new HashSet<>();
    Map<Integer, Found> found = candidates.of(doc, s, byDictionary.keySet(), questioned);
    Set<Integer> coded = new HashSet<>(found.keySet());
    coded.addAll(byDictionary.keySet());
    Set<Integer> consumed = new HashSet<>(questioned);
    Map<Integer, String> codes = new LinkedHashMap<>();
    found.forEach((i, f) -> codes.put(i, f.entry().cameo()));
    consumed.addAll(Incidents.folded(s, codes));
    Map<Integer, Found> contents = new LinkedHashMap<>();
    for (Found f : found.values()) {
      // "worked with Washington to bolster drills": the purpose clause is the same event's aim;
      // so is "to" after a predicate that takes no content ("resigned to allow elections")
      consumed.addAll(Clauses.purposeClauses(s, f.token()));
      if (f.entry().frame().isEmpty()) consumed.addAll(Clauses.infinitiveAims(s, f.token()));
    }
    for (Found f : found.values()) {
      if (f.entry().frame().isEmpty()) continue;
      Found content = this.content.of(s, f.token(), found);
      // "rejected calls to hold talks": the call is what is refused, no event of its own
      consumed.addAll(Contents.demandsTaken(s, f.token()));
      if (content != null) {
        contents.put(f.token().index(), content);
        // "one of the demands is an inquiry": the content heads the clause the demand stands in
        List<Integer> inContent = new ArrayList<>(Clauses.subtree(s, content.token()));
        if (inContent.contains(f.token().index())) inContent.removeAll(Clauses.subtree(s, f.token()));
        consumed.addAll(inContent);
      }
    }
    Map<Token, Event> told = new LinkedHashMap<>();
    for (Found f : found.values()) {
      if (consumed.contains(f.token().index()) || Clauses.lightVerbObject(s, f.token(), coded)) continue;
      Event ev = event(doc, s, f, contents.get(f.token().index()));
      if (ev == null) continue;
      ev = EarlierEvents.withGroupsResolved(ev, doc.events());
      doc.events().add(ev);
      told.put(f.token(), ev);
    }
    if (speech != null) speech.code(doc, s, found, told);
  }

  /**
   * Codes the verbs the user's dictionary matches and returns those matches by token: their
   * verbs are not coded again by the built-in lexicon. A match that says "no event" ("---") keeps
   * it silent; one that finds no two sides does not, so Dateline's own reading still counts.
   */
  private Map<Integer, PatternMatcher.Match> codeByDictionary(Document doc, Sentence s, PetrarchConfig options) {
    if (dictionary == null) return Map.of();
    Map<Integer, PatternMatcher.Match> silenced = new LinkedHashMap<>();
    for (Map.Entry<Integer, PatternMatcher.Match> en : dictionary.match(doc, s).entrySet()) {
      List<DictionaryVerbs.Coded> coded;
      try {
        coded = dictionary.events(doc, s, s.tokens().get(en.getKey()), en.getValue(), options.requireDyad());
        for (DictionaryVerbs.Coded c : coded) {
          Event ev = dictionaryEvent(doc, s, c);
          if (ev != null) doc.events().add(EarlierEvents.withGroupsResolved(ev, doc.events()));
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException(entryProblem(doc, s.tokens().get(en.getKey()), en.getValue(), e), e);
      }
      if (!en.getValue().isEvent() || !coded.isEmpty()) silenced.put(en.getKey(), en.getValue());
    }
    return silenced;
  }

  /** Names the document, the verb and the dictionary entry a coding problem came from, and the problem. */
  static String entryProblem(Document doc, Token verb, PatternMatcher.Match m, RuntimeException e) {
    String entry = m.pattern() != null ? m.pattern().where() + " (pattern of " + m.form().family().name() + ")"
        : "verb " + m.form() + " [" + m.code() + "]";
    return "document " + doc.article().id() + ": dictionary entry " + entry + " on \"" + verb.word() + "\": "
        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /**
   * An event of the user's verb dictionary: its code as the dictionary gives it (which may be
   * finer than CAMEO, or not CAMEO), no frames, and the sides the pattern or the parse found.
   */
  private Event dictionaryEvent(Document doc, Sentence s, DictionaryVerbs.Coded c) {
    // a pattern whose code is empty or no code at all ("[]") says nothing of what happened
    if (c.code() == null || c.code().length() < 2) return null;
    Codebook.Code code = codebook.orNearest(c.code());
    // As for the built-in lexicon, CAMEO's untyped statements (010 "said") are no events; a code
    // that is no CAMEO code at all is the user's own scheme and is kept.
    if (code.quadClass() != 0 && code.ploverType().isEmpty()) return null;
    String why = "verb dictionary (--dict): '" + c.verb().word() + "' -> " + c.code();
    return builder.build(doc, s, c.verb(), code, c.args(), c.args().target(), null, Mood.negated(s, c.verb()), "", false, why, null);
  }

  private static final String FAIL = "fail";

  private Event event(Document doc, Sentence s, Found f, Found content) {
    Token p = f.token();
    Arguments.Found found = arguments.find(doc, s, p, f.entry().cameo());
    String agent = "";
    if (found.source().isEmpty() && Clauses.agentless(s, p) && OWN_ACTS.contains(f.entry().cameo().substring(0, 2))) {
      // "Police said 12 people were arrested": authorities announce their own arrests, inquiries and sanctions
      List<Actor> sayer = speakers.sayer(doc, s, p);
      if (!sayer.isEmpty()) {
        found = new Arguments.Found(sayer, found.target(), found.sourceHeads(), found.targetHeads());
        agent = "; source: who announced the agentless passive";
      }
    }
    Arguments.Found args = new Arguments.Found(context.fill(doc, s, found.source(), found.target()), found.target(),
        found.sourceHeads(), found.targetHeads());
    List<Actor> target = args.target();
    if (target.isEmpty() && !f.entry().frame().isEmpty()) {
      boolean addressed = f.entry().frame().equals("appeal") || f.entry().frame().equals("demand");
      target = content == null ? targets.contentTargets(doc, s, p, null, addressed)
          : targets.contentTargets(doc, s, p, content.token(), content.entry().cameo(), addressed);
    }
    if (target.isEmpty()) target = targets.aimTargets(doc, s, p);
    // "has written to Tony Blair demanding an explanation": a demand or appeal is to whom it was written
    Token addressee = target.isEmpty() ? Addressees.of(s, p, f.entry()) : null;
    if (addressee != null) target = actors.of(doc, s, List.of(addressee));
    // "will invest in Kenya's power plants": money is put into the country named or owning what it goes to
    Token investedIn = target.isEmpty() ? Commerce.investedIn(s, p, f.entry().cameo()) : null;
    if (investedIn != null) target = actors.of(doc, s, List.of(investedIn));
    // "mobilized army reservists for a war against Iraq": the forces moved are the side's own, and
    // whom the readying is for is the target
    if (f.entry().cameo().startsWith("15") && !args.source().isEmpty()) {
      target = target.stream().filter(a -> !Forces.moved(a)).toList();
    }
    boolean readying = f.entry().cameo().startsWith("15") || f.entry().cameo().startsWith(THREAT_ROOT);
    if (target.isEmpty() && readying) target = targets.forTargets(doc, s, p);
    if (target.isEmpty()) target = JudgedActs.doers(doc, s, p, f.entry().cameo(), args.source(), predicates);
    if (target.isEmpty()) target = Policies.target(s, p, f.entry().cameo(), args.source());
    target = context.fill(doc, s, target, args.source());
    // "the attack", "the talks": an event named again, with no sides of its own, is the one told before
    String sides = "";
    Event told = args.source().isEmpty() && target.isEmpty() ? EarlierEvents.toldBefore(doc, s, p, f.entry().cameo()) : null;
    if (told != null) {
      args = new Arguments.Found(told.source(), told.target(), args.sourceHeads(), args.targetHeads());
      target = told.target();
      sides = "; sides from its earlier mention '" + told.evidence().trigger() + "' (" + told.id() + ")";
      // "was stabbed ... the attack": the incident keeps its own code, not the generic noun's
      if (!told.cameo().startsWith(f.entry().cameo().substring(0, 2))) {
        f = new Found(p, new Predicates.Entry(f.entry().lemma(), f.entry().kind(), "", told.cameo(), ""), f.why());
        sides += ", and its code " + told.cameo();
      }
    }
    // "eight Mexicans died in the attack": the victims are named here, the attacker was before
    // (not so a conviction or charges, which another court or prosecutor may have brought)
    Event doneBy = told == null && args.source().isEmpty() && !target.isEmpty() && EarlierEvents.violent(f.entry().cameo())
        ? EarlierEvents.attackerBefore(doc, s, p) : null;
    if (doneBy != null) {
      args = new Arguments.Found(doneBy.source(), args.target(), args.sourceHeads(), args.targetHeads());
      sides = "; source from its earlier mention '" + doneBy.evidence().trigger() + "' (" + doneBy.id() + ")";
    }
    // Violence is news even when no one is named ("a bomb exploded in the market"), as are
    // protests ("protests spread across the country" are the people's) and arrests: the act
    // itself says who does it (coding/Unnamed). Any other event needs an actor.
    boolean saysItsDoer = Unnamed.doer(p, f.entry().cameo()) != null;
    if (args.source().isEmpty() && target.isEmpty() && !saysItsDoer) return null;
    // no doer in the words, or only a pronoun that stands for no one found ("they arrested four")
    Token doer = Fit.doer(s, p);
    boolean noDoer = doer == null || doer.pos().equals("PRP");
    Actor unnamed = args.source().isEmpty() && noDoer ? Unnamed.doer(s, p, f.entry().cameo(), target) : null;
    if (unnamed != null) {
      args = new Arguments.Found(context.fill(doc, s, List.of(unnamed), target), args.target(), args.sourceHeads(), args.targetHeads());
      agent += "; source: no doer named, so " + Unnamed.what(unnamed);
    }
    // "failed to capture the town": failing at what no lexicon codes is no event of the day
    // "urged people to stop buying arms": stopping what no lexicon codes is no event either
    boolean stopped = f.entry().particle().equals(Predicates.GERUND);
    if (content == null && (f.entry().frame().equals(FAIL) || stopped || Readings.ownAim(s, p, f.entry(), args))) return null;
    Readings.Reading r = readings.read(doc, s, p, f.entry(), content == null ? null : content.token(),
        content == null ? "" : content.entry().cameo(), args, target);
    if (r == null) return null;
    // "pledged to oppose the bill": the measure judged is what the framed content takes, judged by the framed code
    if (r.target().isEmpty() && content != null) {
      List<Actor> owner = Policies.target(s, content.token(), r.cameo(), r.args().source());
      if (!owner.isEmpty()) {
        r = new Readings.Reading(r.cameo(), r.frame(), r.args(), context.fill(doc, s, owner, r.args().source()), r.negated(), r.stated());
      }
    }
    // "the Tory leader attacked the prime minister": politicians attack in words
    String assault = Assaults.code(r.cameo(), r.args().source(), r.target());
    String bombed = Assaults.bombing(s, p, assault, r.args().source());
    String cameo = Rhetoric.code(s, p, bombed, r.args().source(), r.target());
    if (cameo == null) return null;
    Codebook.Code code = codebook.get(cameo);
    if (code == null || code.ploverType().isEmpty()) return null;
    // "the travelator allows passengers to transfer": the simple present describes (what it
    // takes as content is described with it, so it stays a candidate until here)
    if (p.isVerb() && (Clauses.habitual(s, p, cameo) || Clauses.imperative(s, p))) return null;
    // "a minibus overturned, killing 14": harm in an accident or a disaster is nobody's violence
    if (Mishaps.reported(doc, s, p, cameo, r.args().source())) return null;
    // "the coalition has fought for equal rights": a campaign for a cause is no force
    if (Campaigns.waged(s, p, cameo, found.source(), target)) return null;
    if (Campaigns.convened(p, cameo, r.args().source())) return null;
    // "the bank offered mortgages to first-time buyers": a firm's dealings with no public party are trade
    if (Commerce.trade(r.args().source(), r.target(), cameo)) return null;
    if (Commerce.alone(r.target(), cameo)) return null;
    String pressed = Press.code(r.args().source(), r.target(), cameo);
    if (pressed == null) return null;
    String press = pressed.equals(cameo) ? "" : "; a news outlet's request to those it reports on is a consultation -> " + pressed;
    if (!press.isEmpty()) {
      cameo = pressed;
      code = codebook.get(cameo);
    }
    String why = f.why() + agent + sides + Explain.reading(f.entry().cameo(), r.frame(), content == null ? null : content.token(),
        content == null ? "" : content.entry().cameo(), r.cameo());
    why += press;
    if (!bombed.equals(assault)) why += "; a bombing, of its kind (suicide, car, roadside) -> " + bombed;
    else if (press.isEmpty() && !cameo.equals(bombed)) why += cameo.startsWith("11")
        ? "; words of force between speakers, or with the words said or the fault named: criticism -> " + cameo
        : "; words of criticism said of armed men or with a weapon named: force -> " + cameo;
    else if (press.isEmpty() && !cameo.equals(r.cameo())) why += "; unconventional violence (a gunman, criminals or civilians acting, or civilians attacked) -> " + cameo;
    List<Actor> against = Unnamed.protested(cameo, r.args().source(), r.target());
    if (against != r.target()) why += "; target: no one named, so the government of the protesters' (or people's) country";
    Event ev = builder.build(doc, s, p, code, r.args(), against, content, r.negated(), r.frame(), r.stated(), why, found.source());
    return ev == null ? null : EarlierEvents.datedAsBefore(ev, EarlierEvents.incident(doc, s, p, f.entry().cameo()));
  }
}
