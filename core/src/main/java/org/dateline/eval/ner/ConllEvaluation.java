package org.dateline.eval.ner;

import org.dateline.eval.Skipped;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Evaluation;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.pipeline.Pipeline;

/**
 * CoNLL-2003 English NER (eng.testa): runs Dateline on each document's text rebuilt from its
 * tokens and scores its entity mentions with conlleval's entity-level exact match.
 */
public final class ConllEvaluation implements Evaluation {
  /** The file scored: the development set, the only one in shared/eval/conll2003-en. */
  public static final String FILE = "eng.testa";
  // The stories are Reuters news of August 1996; the date only anchors time expressions and
  // office terms, which do not affect entity spans, so one fixed date serves every document.
  static final LocalDate DATE = LocalDate.of(1996, 8, 30);

  // Dateline's entity types folded into CoNLL's four: PERSON->PER, ORGANIZATION->ORG,
  // LOCATION and COUNTRY->LOC, MISC and NATIONALITY->MISC. TITLE ("minister") is no CoNLL entity
  // and is left out.
  static final Map<String, String> TYPES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG",
      "LOCATION", "LOC", "COUNTRY", "LOC", "MISC", "MISC", "NATIONALITY", "MISC");

  @Override public String name() { return "conll2003-en"; }

  @Override
  public EvalResult run(Path setDir, Pipeline pipeline, Path errors, int limit) throws IOException {
    return run(setDir, pipeline::process, errors, limit);
  }

  /** The same run with any article-to-document function (tests use a lighter one). */
  public EvalResult run(Path setDir, Function<Article, Document> process, Path errors, int limit)
      throws IOException {
    List<Skipped> skipped = new ArrayList<>();
    List<ConllDocument> docs = ConllReader.read(setDir.resolve(FILE), limit, skipped);
    NerScorer.Counts total = new NerScorer.Counts();
    int scored = 0;
    try (Writer w = open(errors)) {
      for (ConllDocument doc : docs) {
        ConllText text;
        List<Chunk> gold;
        List<Chunk> produced;
        try {
          text = ConllText.of(doc);
          gold = doc.goldChunks();
          produced = produced(doc.id(), text, process.apply(article(doc, text)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          skipped.add(Skipped.of(FILE + " (" + doc.id() + ")", e)); // one document costs only itself
          continue;
        }
        scored++;
        total.add(NerScorer.score(gold, produced));
        NerErrors.write(w, doc.id(), text, gold, produced);
      }
    }
    return new EvalResult(name(), scored, total.metrics(), skipped);
  }

  static Article article(ConllDocument doc, ConllText text) {
    return new Article(doc.id(), DATE, null, null, null, text.text(), 0, null, Map.of(), doc.id());
  }

  /** Dateline's mentions as chunks over the gold tokens, in CoNLL types. */
  static List<Chunk> produced(String docId, ConllText text, Document doc) {
    Set<Chunk> out = new LinkedHashSet<>();
    for (Mention m : doc.mentions()) {
      String type = TYPES.get(m.type());
      int[] span = type == null ? null : text.tokenSpan(m.start(), m.end());
      if (span != null) out.add(new Chunk(docId, span[0], span[1], type));
    }
    return new ArrayList<>(out);
  }

  static Writer open(Path errors) throws IOException {
    if (errors == null) return Writer.nullWriter();
    if (errors.getParent() != null) Files.createDirectories(errors.getParent());
    return Files.newBufferedWriter(errors, StandardCharsets.UTF_8);
  }
}
