package org.dateline.nlp;

import java.util.Properties;

/**
 * CoreNLP settings. The default profile was chosen by measurement (docs/BENCHMARKS.md):
 * fine-grained NER (regex lists for titles, nationalities, cities, ...) costs about three times
 * the coarse CRF models, and Dateline resolves countries, nationalities and titles from its own
 * knowledge base anyway.
 *
 * @param profile "coarse" (default: CRF NER + SUTime), "fine" (CoreNLP's default NER), or
 *                "conll" (the 4-class CoNLL CRF alone + SUTime: fastest)
 */
public record NlpConfig(String profile) {
  public static final String DEFAULT_PROFILE = "coarse";

  public static NlpConfig defaults() {
    return new NlpConfig(DEFAULT_PROFILE);
  }

  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // A blank line ends a sentence: headings and lines without a full stop stand alone.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "invertible=true");
    p.setProperty("ner.applyFineGrained", String.valueOf(profile.equals("fine")));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    switch (profile) {
      case "fine", "coarse" -> { }
      case "conll" -> p.setProperty("ner.model",
          "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      default -> throw new IllegalArgumentException(
          "unknown NLP profile '" + profile + "': use coarse, fine or conll");
    }
    return p;
  }
}
