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
import org.dateline.model.Evidence;
import org.dateline.model.Event;
import org.dateline.model.Explanation;
import org.dateline.model.Place;
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
  private static final String OBLIGATION = Readings.OBLIGATION;
  private static final String THREAT_ROOT = Readings.THREAT_ROOT;
  private static final String INTENT_ROOT = "03";
  // Roots of acts whose agent, left out of a passive, is the one who announces them: investigations,
  // sanctions, arrests and charges
  private static final Set<String> OWN_ACTS = Set.of("09", "16", "17");

  private final Codebook codebook;
  private final Predicates predicates = new Predicates();
  private final Contexts contexts = new Contexts();
  private final Background background = new Background(predicates);
  private final Arguments arguments;
  private final Speakers speakers;
  private final ContentTargets targets;
  private final Readings readings;
  private final ContextCountry context;
  private final DictionaryVerbs dictionary;
  private final Discards discards;
  private final Fit fit = new Fit();
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
    this.speech = kb.verbs() == null ? new SpeechEvents(arguments, speakers, targets) : null;
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
    for (int i = 0; i < discarded.size(); i++) {
      if (discarded.get(i) == Discards.Scope.NONE) code(doc, doc.sentences().get(i), options);
    }
  }

  private void code(Document doc, Sentence s, PetrarchConfig options) {
    // An interview's question asks, it reports nothing: "Which candidates have you supported?"
    if (Questions.isQuestion(s)) return;
    Map<Integer, PatternMatcher.Match> byDictionary = codeByDictionary(doc, s, options);
    Map<Integer, Found> found = new LinkedHashMap<>();
    Set<Integer> questioned = new HashSet<>();
    for (Token t : s.tokens()) {
      if (byDictionary.containsKey(t.index())) continue; // the user's dictionary has spoken
      Predicates.Entry e = predicates.match(s, t);
      String why = e == null ? null : Explain.lexicon(e);
      // "Washington declared that China must drop its barriers": any obligation reported of
      // another is a demand, whatever the verb (checked for two different parties in event())
      if (e == null && t.isVerb() && Mood.obliged(s, t) && t.deprel().equals("ccomp")) {
        e = new Predicates.Entry(t.lemma(), "verb", "", OBLIGATION, "");
        why = "an obligation reported of another ('must', 'has to') -> " + OBLIGATION;
      }
      // "the occupied West Bank", "a disputed island": a participle used as an adjective describes, it reports nothing
      if (e != null && t.deprel().equals("amod")) continue;
      if (e != null && EventNouns.partOfName(doc, s, t)) continue;
      // "held without charge", "a coup without a fight": what is done without the act is no such act
      if (e != null && t.isNoun() && Arguments.caseOf(s, t).equals("without")) continue;
      // "consumer demand for steel rose": a market's demand is no party's claim
      if (e != null && (Commerce.marketDemand(s, t) || Commerce.booked(s, t) || Commerce.marketRally(s, t))) continue;
      // "held campaign rallies in Ohio": a candidate's rally is no protest
      if (e != null && Campaigns.rallyOfNoProtest(s, t)) continue;
      // "the fight against AIDS": a struggle with an ill is no force
      if (e != null && Rhetoric.againstAnIll(s, t)) continue;
      // "a fire killed five", "recalled going there": no doer that can act, or an object the act does not take
      if (e != null) {
        Predicates.Entry fitting = fit.check(s, t, e);
        if (fitting != null && fitting != e) why += "; objects.tsv: its object does not fit -> " + fitting.cameo();
        e = fitting;
      }
      // "Impeachment is the process by which ...": a definition tells no event
      if (e != null && EventNouns.defined(s, t)) continue;
      // "'How can it be right?' he asked": a question put is no appeal
      // and what it asks about is no event told ("asked about the deal")
      if (e != null && t.isVerb() && Questions.asksQuestion(doc, s, t)) {
        questioned.addAll(Clauses.subtree(s, t));
        continue;
      }
      if (e != null && (t.isVerb() || EventNouns.standsAsEvent(s, t))) found.put(t.index(), new Found(t, e, why));
    }
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
    List<Event> topics = new ArrayList<>();
    List<Event> told = new ArrayList<>();
    boolean onlyTopics = true;
    boolean allReported = true;
    for (Found f : found.values()) {
      if (consumed.contains(f.token().index()) || Clauses.lightVerbObject(s, f.token(), coded)) continue;
      Event ev = event(doc, s, f, contents.get(f.token().index()));
      if (ev == null) continue;
      ev = EarlierEvents.withGroupsResolved(ev, doc.events());
      doc.events().add(ev);
      if (SpeechEvents.topicOfSpeech(s, f.token())) topics.add(ev);
      else onlyTopics = false;
      if (!SpeechEvents.reported(s, f.token())) allReported = false;
      told.add(ev);
    }
    // "US authorities claimed the site was the largest of its kind and that victims were rescued":
    // what the report tells is coded, and so is the speech act that tells it
    if (speech != null && !onlyTopics && allReported) {
      Event said = codeSpeech(doc, s, found, SpeechEvents.REPORTING_PROBABILITY);
      if (said != null && !SpeechEvents.toldTwice(said, told)) doc.events().add(said);
      return;
    }
    // "Trump called the investigation a witch hunt": an event named as what a speaker talks
    // about is told before or elsewhere; the speech is this sentence's event, and replaces it
    if (speech != null && onlyTopics) {
      doc.events().removeAll(topics);
      int before = doc.events().size();
      Event said = codeSpeech(doc, s, found, SpeechEvents.MIN_PROBABILITY);
      if (said != null) doc.events().add(said);
      if (doc.events().size() == before) doc.events().addAll(topics);
    }
  }

  /** The act the speech model reads in a sentence that reports an actor's speech, or null. */
  private Event codeSpeech(Document doc, Sentence s, Map<Integer, Found> found, double least) {
    // predicates that code nothing by themselves ("statement", "comment": 010) do not stop a reading
    Set<Integer> coding = new HashSet<>();
    found.forEach((i, f) -> {
      Codebook.Code c = codebook.get(f.entry().cameo());
      if (c != null && !c.ploverType().isEmpty()) coding.add(i);
    });
    var spoken = speech.read(doc, s, coding, actors -> context.fill(doc, s, actors, List.of()));
    if (spoken.isEmpty() || spoken.get().act().probability() < least) return null;
    Codebook.Code code = codebook.get(spoken.get().act().cameo());
    if (code == null || code.ploverType().isEmpty()) return null;
    Token verb = spoken.get().verb();
    Arguments.Found heard = spoken.get().args();
    List<Actor> target = speech.targets(doc, s, spoken.get());
    if (target.isEmpty()) target = Policies.target(s, verb, code.code(), heard.source());
    // a speaker known by role ("the interior minister said") is of the sentence's or article's country
    Arguments.Found args = new Arguments.Found(context.fill(doc, s, heard.source(), target), heard.target(),
        heard.sourceHeads(), heard.targetHeads());
    target = context.fill(doc, s, target, args.source());
    Event ev = build(doc, s, verb, code, args, target, null, Mood.negated(s, verb), "", false,
        spoken.get().act().explain() + " on the sentence; verb of speech '" + verb.word() + "'", args.source());
    return EarlierEvents.withGroupsResolved(ev, doc.events());
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
    return build(doc, s, c.verb(), code, c.args(), c.args().target(), null, Mood.negated(s, c.verb()), "", false, why, null);
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
    boolean readying = f.entry().cameo().startsWith("15") || f.entry().cameo().startsWith(THREAT_ROOT);
    if (target.isEmpty() && readying) target = targets.forTargets(doc, s, p);
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
    // Violence is news even when no one is named ("a bomb exploded in the market"), as are
    // protests ("protests spread across the country" are the people's) and arrests: the act
    // itself says who does it (coding/Unnamed). Any other event needs an actor.
    boolean saysItsDoer = Unnamed.doer(p, f.entry().cameo()) != null;
    if (args.source().isEmpty() && target.isEmpty() && !saysItsDoer) return null;
    // no doer in the words, or only a pronoun that stands for no one found ("they arrested four")
    Token doer = Fit.doer(s, p);
    boolean noDoer = doer == null || doer.pos().equals("PRP");
    Actor unnamed = args.source().isEmpty() && noDoer ? Unnamed.doer(p, f.entry().cameo()) : null;
    if (unnamed != null) {
      args = new Arguments.Found(context.fill(doc, s, List.of(unnamed), target), args.target(), args.sourceHeads(), args.targetHeads());
      agent += "; source: no doer named, so " + Unnamed.what(unnamed);
    }
    // "failed to capture the town": failing at what no lexicon codes is no event of the day
    if (content == null && f.entry().frame().equals(FAIL)) return null;
    Readings.Reading r = readings.read(doc, s, p, f.entry(), content == null ? null : content.token(),
        content == null ? "" : content.entry().cameo(), args, target);
    if (r == null) return null;
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
    else if (press.isEmpty() && !cameo.equals(r.cameo())) why += "; unconventional violence (a gunman, criminals or civilians acting, or civilians attacked) -> " + cameo;
    return build(doc, s, p, code, r.args(), r.target(), content, r.negated(), r.frame(), r.stated(), why, found.source());
  }

  /** Yield (lifting a curfew), threats, protest, force, sanctions, coercion but arrest, violence: roots 08 and 13 to 20. */
  private static boolean actsOnPlace(String cameo) {
    // an arrest or an expulsion is of persons, not of the place's people
    if (cameo.startsWith("173") || cameo.startsWith("174")) return false;
    return cameo.startsWith("08") || cameo.startsWith(THREAT_ROOT) || Readings.isForceful(cameo);
  }

  private Event build(Document doc, Sentence s, Token p, Codebook.Code code, Arguments.Found args,
                      List<Actor> target, Found content, boolean negated, String frame, boolean stated, String why,
                      List<Actor> beforeContext) {
    Token governor = p.isNoun() && p.head() >= 0 ? s.tokens().get(p.head()) : null;
    EventDates.Dated when = EventDates.of(doc, s, p, governor);
    Place where = Attachment.place(doc, s, p);
    if (where == null && governor != null) where = Attachment.place(doc, s, governor);
    if (where == null && content != null) {
      Token c = content.token();
      where = Attachment.place(doc, s, c);
      // "threatened to impose a curfew in Cizre": the place sits on the content noun's verb
      if (where == null && c.isNoun() && c.head() >= 0) where = Attachment.place(doc, s, s.tokens().get(c.head()));
    }
    if (where == null && content == null && code.code().startsWith(THREAT_ROOT)) {
      // "threatened to resume attacks in Israel": the place of what is threatened
      for (Token c : s.children(p.index())) {
        if (where == null && c.deprel().equals("xcomp")) where = Attachment.place(doc, s, c);
      }
    }
    Place own = where;
    if (where == null) where = Locations.sentenceOrDateline(doc, s);
    boolean onPlace = actsOnPlace(code.code()) || content != null && actsOnPlace(content.entry().cameo());
    if (target.isEmpty() && own != null && own.country() != null && onPlace) {
      // "a curfew in Cizre", "killed 23 people in Tel Aviv", "demonstrated in Serbia": force,
      // protest or relief aimed at no one named falls on the place's people, as does force
      // threatened ("threatened to ban rallies in Cizre")
      String sector = "P".equals(own.featureClass()) ? "CVL" : null;
      target = List.of(new Actor(own.text(), own.name(), own.country() + (sector == null ? "" : sector), own.country(),
          sector, null));
    }
    List<Token> span = new ArrayList<>(args.sourceHeads());
    span.addAll(args.targetHeads());
    span.add(p);
    if (content != null) span.add(content.token());
    int start = p.start();
    int end = p.end();
    for (Token t : span) {
      // the whole name, not just its head word ("Samia Suluhu Hassan", not "Hassan")
      var m = ActorFinder.mentionAt(doc, t);
      start = Math.min(start, m == null ? t.start() : m.start());
      end = Math.max(end, m == null ? t.end() : m.end());
    }
    String visited = where == null ? null : where.country();
    if (target.isEmpty() && code.code().startsWith("042") && visited != null
        && args.source().stream().noneMatch(a -> visited.equals(a.country()))) {
      // a visit is to the country of the place visited: "arrived in Nairobi" is a visit to Kenya
      target = List.of(new Actor(where.text(), where.name(), visited, visited, null, null));
    }
    Evidence evidence = new Evidence(s.index(), start, end, doc.text().substring(start, end), p.word());
    // an intent is news on the day it is stated, unless said to be an earlier one ("previously
    // committed to") or its clause dates the stating well before ("after his arrest last summer, agreed to")
    // ("said it would send aid": a promise, refusal or threat is made in the saying, news the same way)
    String around = frame.equals("intent") || stated ? (Background.saidEarlier(s, p) ? Event.BACKGROUND : null) : background.of(s, p);
    if (around == null && EventDates.wellBefore(when, doc.article().date())) around = Event.BACKGROUND;
    String modality = around != null ? around
        : stated ? (code.code().startsWith(INTENT_ROOT) ? "intent" : null) : Mood.modality(s, p, frame);
    // "talks next week": an act dated after the article is still to come; a verb in the past
    // tense happened whatever its date says (the date may be misread)
    // ("announced his resignation effective next Wednesday": the announcing is past, and news)
    if (modality == null && !stated && EventDates.after(when, doc.article().date()) && !EventDates.toldInPast(s, p)) {
      modality = Event.FUTURE;
    }
    // the coder stands less behind an event told in passing than behind the news itself
    double confidence = Math.min(0.95, 0.35 + (args.source().isEmpty() ? 0 : 0.25) + (target.isEmpty() ? 0 : 0.2)
        + (p.isVerb() ? 0.1 : 0)) * (around == null ? 1 : 0.5);
    String id = doc.article().id() + "-e" + (doc.events().size() + 1);
    // The predicate's own clause says what the event is about ("talks on trade", "nuclear drills").
    var plover = contexts.refine(code.plover(), code.code(), p, s,
        Clauses.subtree(s, content != null ? content.token() : p));
    return new Event(id, args.source(), target, code.code(), code.quadClass(), code.goldstein(), plover,
        when.date(), when.text(), where, negated, modality, evidence, confidence,
        new Explanation(why, Explain.actors(s, args.source(), args.sourceHeads(), beforeContext),
            Explain.actors(s, target, args.targetHeads(), null), when.how()));
  }
}
