package org.dateline.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.eval.EvalResult;
import org.dateline.eval.Evaluations;
import org.dateline.testing.Models;
import org.dateline.testing.Shared;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one run through the pipeline: three PLOVER GSR sentences, for the wiring, not the numbers. */
class EventEvaluationPipelineTest {
  @Test
  void ploverGsrOnThreeSentences(@TempDir Path tmp) throws IOException {
    Path set = Shared.require("eval/plover-gsr-cameo/" + PloverGsr.FILE).getParent();
    Assumptions.assumeTrue(EventEvaluationPipelineTest.class.getResource("/dateline/knowledge/countries.tsv") != null,
        "skipped: the knowledge data files (dateline/knowledge/) are not in this build");
    Path errors = tmp.resolve("errors/plover-gsr-cameo.jsonl");
    EvalResult r = Evaluations.all().get("plover-gsr-cameo").run(set, Models.pipeline(), errors, 3);
    assertEquals("plover-gsr-cameo", r.set());
    assertEquals(3, r.n());
    assertTrue(r.metrics().containsKey("dyad_f1"));
    assertTrue(Files.exists(errors));
  }
}
