package org.dateline.eval.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The yardstick for Dateline's times: plain CoreNLP {@code tokenize,ssplit,pos,lemma,ner} with
 * every other setting at its default (fine-grained NER, SUTime, numeric classifiers), given the
 * same document date that Dateline gets. Its time expressions are the entity mentions tagged
 * DATE, TIME, DURATION or SET that carry a TIMEX; unlike Dateline, those without a normalised
 * value are kept (the span can still match; the value then counts as wrong).
 */
public final class SuTimeBaseline implements TimeTagger {
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
  private final StanfordCoreNLP pipeline;
  private final long loadMillis;

  public SuTimeBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    long t0 = System.nanoTime();
    pipeline = new StanfordCoreNLP(p);
    loadMillis = (System.nanoTime() - t0) / 1_000_000;
  }

  public long loadMillis() { return loadMillis; }

  @Override
  public List<Timex> times(String id, String text, LocalDate date) {
    Annotation ann = new Annotation(text);
    // The date only, as Dateline's article date holds no time of day: both read the same anchor.
    ann.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    pipeline.annotate(ann);
    List<Timex> out = new ArrayList<>();
    List<CoreMap> mentions = ann.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) return out;
    for (CoreMap m : mentions) {
      if (!TIME_TAGS.contains(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) continue;
      edu.stanford.nlp.time.Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
      if (t == null) continue;
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(new Timex(start, end, text.substring(start, end), t.timexType(), t.value()));
    }
    return out;
  }
}
