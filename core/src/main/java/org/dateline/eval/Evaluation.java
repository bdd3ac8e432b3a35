package org.dateline.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.pipeline.Pipeline;

/**
 * One gold set's evaluation: reads the set under {@code shared/eval/NAME}, runs Dateline over it
 * and scores the result the way ../shared/README.md ("How to score") says.
 */
public interface Evaluation {
  /** The folder name under eval/, e.g. "plover-gsr-cameo". */
  String name();

  /**
   * @param setDir  the set's folder
   * @param errors  where to write the errors file (gold vs produced, with the sentence)
   * @param limit   at most this many items (documents, sentences), or 0 for all
   */
  EvalResult run(Path setDir, Pipeline pipeline, Path errors, int limit) throws IOException;
}
