package org.dateline.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.coding.speech.SpeechAct;
import org.dateline.coding.speech.SpeechActs;
import org.dateline.model.Actor;
import org.dateline.model.Document;
import org.dateline.model.Event;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * Politics reported as speech: "the minister said the ruling was a disgrace" is criticism,
 * "X said the rescuers had done a great job" praise. When a sentence's verb of speech has an actor
 * for its speaker and the sentence coded nothing else, the learned speech model
 * ({@link SpeechActs}) reads which act the words are; the rules find who spoke and of whom.
 * Plain statements (010) have no PLOVER type and stay uncoded, as the output contract asks.
 */
final class SpeechEvents {
  /** Verbs that report speech, whose content the model reads. */
  private static final Set<String> VERBS = Set.of("say", "tell", "state", "announce", "add", "note", "claim",
      "insist", "write", "tweet", "comment", "explain", "stress", "argue", "describe", "call", "declare",
      "remark", "respond", "reply", "post", "characterize", "characterise", "label", "brand", "dub");
  // Verbs of speech whose object is who hears, not who is spoken of
  private static final Set<String> AUDIENCE = Set.of("tell", "say", "write", "reply", "respond", "explain");
  // Verbs of speech whose object is the act they make public, not a topic
  private static final Set<String> PROCLAIM = Set.of("announce", "declare");
  private static final String MEDIA = "MED";
  private static final String CIVILIANS = "CVL";
  // Below this probability the model's reading is too unsure to be an event.
  static final double MIN_PROBABILITY = 0.35;
  private static final String INTENT_ROOT = "03";
  private static final String PRAISE_ROOT = "05";
  private static final Set<String> FUTURE_MODALS = Set.of("will", "would", "shall", "'ll", "wo");
  private static final Set<String> INTENDING = Set.of("plan", "intend", "intention", "ready", "willing", "prepared",
      "hope", "want", "aim", "seek", "promise", "pledge", "commit", "offer", "propose", "expect", "vow",
      "determined", "keen", "eager");
  // A speech act read beside the acts its words report must be surer: read at 0.35, 0.45, 0.5,
  // 0.6 and 0.7, 0.5 gave the best real-news figures without adding events to one-event examples.
  static final double REPORTING_PROBABILITY = 0.5;
  // Codes whose readings real news showed to be often wrong below a higher bar (see the file's notes)
  private static final Map<String, Double> BARS = Tsv.resource("/dateline/coding/speech-bars.tsv").stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r.get("cameo"), r -> Double.parseDouble(r.get("least"))));

  /** The least probability at which the model's reading of this code is an event, never under {@code least}. */
  static double bar(String cameo, double least) {
    return Math.max(least, BARS.getOrDefault(cameo, MIN_PROBABILITY));
  }

  /**
   * Whether a coded noun is what a verb of speech talks about, not a new event: "called the
   * investigation a witch hunt", "described the deal as lousy", "said the demands were absurd".
   */
  static boolean topicOfSpeech(Sentence s, Token t) {
    if (!t.isNoun() || t.head() < 0 || !(t.deprel().equals("obj") || t.deprel().startsWith("nsubj"))) return false;
    Token governor = s.tokens().get(t.head());
    // "called the deal lousy": the noun is the subject of the small clause under the verb
    if (!governor.isVerb() && governor.head() >= 0 && governor.deprel().equals("xcomp")) {
      governor = s.tokens().get(governor.head());
    }
    // "announced sanctions", "declared a ceasefire": what is announced is the act itself
    if (governor.isVerb() && t.deprel().equals("obj") && PROCLAIM.contains(governor.lemma().toLowerCase(Locale.ROOT))) return false;
    if (governor.isVerb()) return speech(governor);
    // "said Bolivia's demands were absurd", "'The deal is a betrayal,' she said": the noun is what
    // the speaker judges, in a content clause whose predicate is a judgement, not an act
    if (governor.deprel().equals("ccomp") && governor.head() >= 0) return speech(s.tokens().get(governor.head()));
    return s.children(governor.index()).stream()
        .anyMatch(c -> c.deprel().equals("parataxis") && c.isVerb() && speech(c));
  }

  /**
   * Whether a coded word is inside what a verb of speech reports ("prosecutors said he took
   * bribes", "'we will not give up,' she said"): the report is told, and so is the act of telling.
   */
  static boolean reported(Sentence s, Token t) {
    Token cur = t;
    for (int hops = 0; hops < 8 && cur.head() >= 0; hops++) {
      Token head = s.tokens().get(cur.head());
      boolean content = cur.deprel().equals("ccomp") || cur.deprel().equals("parataxis") || cur.deprel().equals("dep");
      if (content && head.isVerb() && speech(head)) return true;
      cur = head;
    }
    // the quote heads the sentence and its verb of speech hangs on it: "'...,' she said"
    Token root = cur;
    return root.head() < 0 && s.children(root.index()).stream()
        .anyMatch(c -> c.deprel().equals("parataxis") && c.isVerb() && speech(c) && !Clauses.subtree(s, c).contains(t.index()));
  }

  /**
   * Whether a speech act read beside the events its words report tells one of them again: the same
   * kind of act ("I want to express my sympathy", he tweeted), or the speaker's own act ("police
   * said they arrested three").
   */
  static boolean toldTwice(Event said, List<Event> told) {
    for (Event e : told) {
      if (e.cameo().substring(0, 2).equals(said.cameo().substring(0, 2))) return true;
      boolean own = e.source().stream().anyMatch(a -> a.code() != null
          && said.source().stream().anyMatch(b -> a.code().equals(b.code())));
      if (own) return true;
    }
    return false;
  }

  /** Whether the sentence speaks of what is to come: a future or conditional modal, or a verb or adjective of intending. */
  private static boolean lookAhead(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD") && FUTURE_MODALS.contains(w)) return true;
      // "plans to", "is ready to", "pledged": the word as a verb or an adjective, not a noun ("the offer")
      if (!t.isNoun() && INTENDING.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
      // "going to work together"
      if (w.equals("going") && t.index() + 1 < s.tokens().size() && s.tokens().get(t.index() + 1).word().equalsIgnoreCase("to")) return true;
    }
    return false;
  }

  private static boolean speech(Token verb) {
    return VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
  }

  /** What the model read of the sentence, spoken by whom, with what verb. */
  record Spoken(Token verb, Arguments.Found args, SpeechAct act) {}

  private final SpeechActs model;
  private final Arguments arguments;
  private final Speakers speakers;
  private final ContentTargets targets;
  private final Codebook codebook;
  private final ContextCountry context;
  private final EventBuilder builder;
  private final Predicates predicates;

  SpeechEvents(Arguments arguments, Speakers speakers, ContentTargets targets, Codebook codebook,
               ContextCountry context, EventBuilder builder, Predicates predicates) {
    this.arguments = arguments;
    this.speakers = speakers;
    this.targets = targets;
    this.codebook = codebook;
    this.context = context;
    this.builder = builder;
    this.predicates = predicates;
    this.model = SpeechActs.load();
  }

  /**
   * Adds the speech act of a sentence whose coded events ({@code told}, by predicate) are all what
   * a speaker reports, or only what a speaker talks about; the sentence's predicates are {@code found}.
   */
  void code(Document doc, Sentence s, Map<Integer, EventCoder.Found> found, Map<Token, Event> told) {
    List<Event> topics = told.entrySet().stream().filter(e -> topicOfSpeech(s, e.getKey())).map(Map.Entry::getValue).toList();
    boolean onlyTopics = topics.size() == told.size();
    boolean allReported = told.keySet().stream().allMatch(t -> reported(s, t));
    // "US authorities claimed the site was the largest of its kind and that victims were rescued":
    // what the report tells is coded, and so is the speech act that tells it
    if (!onlyTopics && allReported) {
      Event said = event(doc, s, found, REPORTING_PROBABILITY);
      if (said != null && !toldTwice(said, List.copyOf(told.values()))) doc.events().add(said);
      return;
    }
    // "Trump called the investigation a witch hunt": an event named as what a speaker talks
    // about is told before or elsewhere; the speech is this sentence's event, and replaces it
    if (onlyTopics) {
      doc.events().removeAll(topics);
      Event said = event(doc, s, found, MIN_PROBABILITY);
      if (said != null) doc.events().add(said);
      else doc.events().addAll(topics);
    }
  }

  /** The act the model reads in a sentence that reports an actor's speech, if it is at least {@code least} sure, or null. */
  private Event event(Document doc, Sentence s, Map<Integer, EventCoder.Found> found, double least) {
    // predicates that code nothing by themselves ("statement", "comment": 010) do not stop a reading
    Set<Integer> coding = new HashSet<>();
    found.forEach((i, f) -> {
      Codebook.Code c = codebook.get(f.entry().cameo());
      if (c != null && !c.ploverType().isEmpty()) coding.add(i);
    });
    var spoken = read(doc, s, coding, actors -> context.fill(doc, s, actors, List.of()));
    if (spoken.isEmpty() || spoken.get().act().probability() < bar(spoken.get().act().cameo(), least)) return null;
    Codebook.Code code = codebook.get(spoken.get().act().cameo());
    if (code == null || code.ploverType().isEmpty()) return null;
    Token verb = spoken.get().verb();
    Arguments.Found heard = spoken.get().args();
    List<Actor> target = targets(doc, s, spoken.get());
    // "said the cuts would hurt the poorest families": a measure judged is its government's, not
    // the people it would touch ("typical of Tory arrogance" names whose it is, and stays)
    List<Actor> measure = Policies.target(s, verb, code.code(), heard.source());
    if (!measure.isEmpty() && target.stream().allMatch(a -> CIVILIANS.equals(a.sector()))) target = measure;
    // "Kennedy told voters his Liberal Democrats would offer an honest choice": the speaker's own
    // party or government is no one the words judge; words of blame that find no one else blame none
    List<Actor> own = OwnSide.judging(code.code()) ? OwnSide.of(s, target, heard.source()) : List.of();
    if (!own.isEmpty()) {
      target = target.stream().filter(a -> !own.contains(a)).toList();
      if (target.isEmpty()) return null;
    }
    if (target.isEmpty()) target = JudgedActs.doers(doc, s, verb, code.code(), heard.source(), predicates);
    // a speaker known by role ("the interior minister said") is of the sentence's or article's country
    Arguments.Found args = new Arguments.Found(context.fill(doc, s, heard.source(), target), heard.target(),
        heard.sourceHeads(), heard.targetHeads());
    target = context.fill(doc, s, target, args.source());
    if (Commerce.marketTalk(args.source(), target)) return null;
    // "He also said many areas lost power": a person of no known role, speaking of no one, reads
    // as a witness or an expert, whose words the model has no politics to read in
    boolean witness = !args.source().isEmpty() && args.source().stream().allMatch(a -> a.sector() == null && person(doc, a));
    if (target.isEmpty() && witness) return null;
    // "it was a good deal for local government, the minister said": warm words of no one named
    // praise no one; they state a view of a thing (010), often the speaker's own policy
    if (target.isEmpty() && code.code().startsWith(PRAISE_ROOT) && !someoneElse(s, verb, args.source())) return null;
    Event ev = builder.build(doc, s, verb, code, args, target, null, Mood.negated(s, verb), "", false,
        spoken.get().act().explain() + " on the sentence; verb of speech '" + verb.word() + "'", args.source());
    return EarlierEvents.withGroupsResolved(ev, doc.events());
  }

  /** The speech act of the sentence's first verb of speech that an actor speaks, or empty. */
  private Optional<Spoken> read(Document doc, Sentence s, Set<Integer> coded, java.util.function.UnaryOperator<List<Actor>> home) {
    for (Token t : s.tokens()) {
      if (!t.isVerb() || coded.contains(t.index()) || !VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) continue;
      if (Polls.answer(s, t)) continue;
      Arguments.Found found = arguments.find(doc, s, t, "010");
      // a person no file knows ("Tom Watson said") speaks for the story's country, as rules'
      // sources do; an unknown body is as often a news outlet or a weather office as a party
      // ("CBS noted", "Xinhua reported": a news outlet's words are its report, whose speaker is another)
      List<Actor> people = found.source().stream().filter(a -> (coded(a) || person(doc, a)) && !MEDIA.equals(a.sector())).toList();
      boolean known = people.stream().anyMatch(SpeechEvents::coded);
      if (!known && home.apply(people).stream().noneMatch(SpeechEvents::coded)) continue;
      Optional<SpeechAct> act = model.classify(s.text());
      if (act.isEmpty() || act.get().probability() < bar(act.get().cameo(), MIN_PROBABILITY)) return Optional.empty();
      // an intent is about what is to come: words with nothing ahead ("the deal is good for both
      // sides, he said") comment on what is, whatever their warmth
      if (act.get().root().equals(INTENT_ROOT) && !lookAhead(s)) return Optional.empty();
      return Optional.of(new Spoken(t, found, act.get()));
    }
    return Optional.empty();
  }

  /** Of whom the speech is: whom what was said is about; for an appeal or demand, who is to act. */
  private List<Actor> targets(Document doc, Sentence s, Spoken spoken) {
    String root = spoken.act().root();
    boolean addressed = root.equals("02") || root.equals("10");
    // an appeal or demand is to whoever is to act; a judgement is of whom the words are about
    // ("the government has betrayed the farmers" blames the government)
    List<Actor> target = addressed ? targets.contentTargets(doc, s, spoken.verb(), null, true)
        : speakers.spokenOf(doc, s, spoken.verb());
    if (target.isEmpty() && addressed) target = spoken.args().target();
    // "Blair should set out an exit strategy, Kennedy said": the appeal quoted before its verb
    if (target.isEmpty() && addressed) target = speakers.spokenOf(doc, s, spoken.verb());
    if (target.isEmpty() && !addressed) target = targets.contentTargets(doc, s, spoken.verb(), null, false);
    // "called the opposition's inquiry a witch hunt", "described the rebels as terrorists": what
    // is judged is the verb's object (one told, "told reporters", only hears it)
    boolean toAudience = AUDIENCE.contains(spoken.verb().lemma().toLowerCase(Locale.ROOT));
    if (target.isEmpty() && !addressed && !toAudience) target = spoken.args().target();
    // "told reporters it would worry her": a pronoun in what a speaker said that stands for
    // someone of the speaker's own code, or for no one found, is as often the speaker as another
    List<Actor> source = spoken.args().source();
    return target.stream().filter(a -> !source.contains(a) && !speakerAgain(a, source)).toList();
  }

  private static final Set<String> THIRD_PERSONS = Set.of("he", "him", "she", "her");

  /**
   * Whether the sentence names a person besides the speaker, stands one in by "he" or "she", or
   * has people for a subject ("Cummings was a great man", "he has been a prudent chancellor", "the
   * rescue teams did a heroic job"): whom the words may be of, though no actor is known for them.
   */
  private static boolean someoneElse(Sentence s, Token verb, List<Actor> speakers) {
    for (Token t : s.tokens()) {
      if (t.head() == verb.index() && t.deprel().startsWith("nsubj")) continue;
      String w = t.word();
      // a word of the speaker's own name or title ("Mary Doyle", "the health minister"), matched whole
      boolean speaker = speakers.stream().anyMatch(a -> a.text() != null && List.of(a.text().split(" ")).contains(w));
      if (speaker) continue;
      if (t.ner().equals("PERSON") || t.pos().equals("PRP") && THIRD_PERSONS.contains(w.toLowerCase(Locale.ROOT))) return true;
      // "the rescue teams had done a heroic job": people who did what is judged
      boolean people = t.deprel().startsWith("nsubj") && t.pos().startsWith("NN") && !t.pos().startsWith("NNP")
          && PEOPLE.contains(Senses.get().kind(t.lemma().toLowerCase(Locale.ROOT)));
      if (people) return true;
    }
    return false;
  }

  private static final Set<Senses.Kind> PEOPLE = Set.of(Senses.Kind.PERSON, Senses.Kind.GROUP);

  private static boolean speakerAgain(Actor a, List<Actor> source) {
    if (!Pronouns.isPronoun(a.text())) return false;
    boolean unresolved = a.sector() == null && (a.name() == null || a.name().equalsIgnoreCase(a.text()));
    return unresolved || a.code() != null && source.stream().anyMatch(b -> a.code().equals(b.code()));
  }

  private static boolean person(Document doc, Actor a) {
    return a.name() != null && doc.mentions().stream()
        .anyMatch(m -> m.type().equals("PERSON") && m.actor() != null && a.name().equals(m.actor().name()));
  }

  private static boolean coded(Actor a) {
    return a.code() != null && !a.code().isEmpty();
  }
}
