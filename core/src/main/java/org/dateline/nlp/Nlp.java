package org.dateline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.TimeExpression;
import org.dateline.model.Token;

/**
 * The NLP stage: Stanford CoreNLP tokens, parts of speech, lemmas, named entities, time
 * expressions (SUTime spans and values, anchored on the article date; values may be null and are
 * settled by the time resolver) and Universal Dependencies. The models load
 * once, in the constructor; {@link #annotate} is safe to call from several threads.
 */
public final class Nlp {
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  // Fine-grained labels folded into the output's entity types.
  private static final Map<String, String> ENTITY_TYPES = Map.ofEntries(
      Map.entry("PERSON", "PERSON"), Map.entry("ORGANIZATION", "ORGANIZATION"),
      Map.entry("LOCATION", "LOCATION"), Map.entry("MISC", "MISC"), Map.entry("COUNTRY", "COUNTRY"),
      Map.entry("NATIONALITY", "NATIONALITY"), Map.entry("TITLE", "TITLE"), Map.entry("CITY", "LOCATION"),
      Map.entry("STATE_OR_PROVINCE", "LOCATION"), Map.entry("RELIGION", "MISC"),
      Map.entry("IDEOLOGY", "MISC"), Map.entry("CAUSE_OF_DEATH", "MISC"), Map.entry("CRIMINAL_CHARGE", "MISC"));

  // Two halves, so that over-long sentences can be cut between splitting and tagging.
  private final StanfordCoreNLP split;
  private final StanfordCoreNLP analyse;
  private final int maxTokens;
  private final long loadMillis;

  public Nlp(NlpConfig config) {
    this(config, LongSentences.MAX_TOKENS);
  }

  /** @param maxTokens sentences longer than this are cut into parts before tagging and parsing */
  public Nlp(NlpConfig config, int maxTokens) {
    long t0 = System.nanoTime();
    java.util.Properties all = config.properties();
    java.util.Properties first = (java.util.Properties) all.clone();
    first.setProperty("annotators", "tokenize,ssplit");
    java.util.Properties rest = (java.util.Properties) all.clone();
    rest.setProperty("annotators", all.getProperty("annotators").replace("tokenize,ssplit,", ""));
    rest.setProperty("enforceRequirements", "false");
    this.split = new StanfordCoreNLP(first);
    this.analyse = new StanfordCoreNLP(rest);
    this.maxTokens = maxTokens;
    this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  /** How long the models took to load. */
  public long loadMillis() { return loadMillis; }

  /** Adds sentences, entity mentions and time expressions to the document. */
  public void annotate(Document doc) {
    Annotation ann = new Annotation(WireMarkup.blank(doc.text()));
    ann.set(CoreAnnotations.DocDateAnnotation.class, doc.article().date().toString());
    split.annotate(ann);
    doc.notes().addAll(LongSentences.split(ann, maxTokens));
    if (Thread.currentThread().isInterrupted()) throw new IllegalStateException("given up: over the time budget");
    analyse.annotate(ann);
    List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < sentences.size(); i++) {
      doc.sentences().add(sentence(i, sentences.get(i), doc.text()));
    }
    List<CoreMap> mentions = ann.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) return;
    for (CoreMap m : mentions) {
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
      String text = doc.text().substring(start, end);
      if (TIME_TYPES.contains(tag)) {
        // Spans without a value are kept too: the time resolver may still normalise them.
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        String type = timex != null && timex.timexType() != null ? timex.timexType() : tag;
        String value = timex == null ? null : timex.value();
        doc.times().add(new TimeExpression(text, start, end, sentence, type, value, null));
      } else if (ENTITY_TYPES.containsKey(tag)) {
        doc.mentions().add(new Mention(text, ENTITY_TYPES.get(tag), start, end, sentence, null));
      }
    }
  }

  private static Sentence sentence(int index, CoreMap s, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    int n = labels.size();
    int[] heads = new int[n];
    String[] rels = new String[n];
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(rels, "dep");
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        int dep = e.getDependent().index() - 1;
        heads[dep] = e.getGovernor().index() - 1;
        rels[dep] = e.getRelation().toString();
      }
      for (var root : graph.getRoots()) rels[root.index() - 1] = "root";
    }
    String[] tags = labels.stream().map(CoreLabel::tag).toArray(String[]::new);
    String[] words = labels.stream().map(CoreLabel::word).toArray(String[]::new);
    PhraseRepair.mend(words, tags, heads, rels);
    ClauseRepair.mend(words, tags, heads, rels);
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreLabel t = labels.get(i);
      // a word the repair made a noun ("the accused") is its own lemma, not the verb's
      String lemma = tags[i].equals(t.tag()) ? t.lemma() : t.word().toLowerCase(java.util.Locale.ROOT);
      tokens.add(new Token(i, t.word(), lemma, tags[i], t.ner() == null ? "O" : t.ner(),
          t.beginPosition(), t.endPosition(), heads[i], rels[i]));
    }
    int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new Sentence(index, start, end, text.substring(start, end), tokens);
  }
}
