package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch goes on past every kind of failure of one document. The faults (an exception, a stack
 * overflow, running out of memory, a hang that ignores interrupts) are put into the coder by the
 * test: no input is known to cause them any more, which is the point, so the real pipeline cannot
 * be made to show them. The real pipeline's part is tested by FuzzCommandTest.
 */
class BatchFailuresTest {
  @TempDir Path dir;
  private volatile boolean release;

  @AfterEach
  void freeHungThreads() {
    release = true;
  }

  /** Codes to an empty document, except for the faults a word of the text asks for. */
  private Function<Article, Document> faulty() {
    return a -> {
      String t = a.text();
      if (t.contains("BOOM")) throw new IllegalStateException("begin 0, end 2, length 0\nsecond line of the message");
      if (t.contains("DEEP")) throw new StackOverflowError();
      if (t.contains("GREEDY")) throw new OutOfMemoryError("Java heap space");
      if (t.contains("HANG")) {
        while (!release) Thread.onSpinWait(); // deaf to interrupts, as CoreNLP can be
      }
      return new Document(a);
    };
  }

  private record Result(Batch.Summary summary, List<Batch.Outcome> outcomes, List<String> coded, String err) {}

  private Result run(Function<Article, Document> coder, Duration timeout, int threads, Path log, String... texts)
      throws Exception {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      paths.add(Files.writeString(dir.resolve(String.format("doc%02d.txt", i)), texts[i]).toString());
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<Batch.Outcome> outcomes = new ArrayList<>();
    List<String> coded = new ArrayList<>();
    Batch batch = new Batch(new IngestOptions(LocalDate.of(2025, 1, 1), null, IngestOptions.DEFAULT_MAX_BYTES), threads,
        null, new PrintStream(err, true, StandardCharsets.UTF_8), () -> coder)
        .docTimeout(timeout).log(new FailureLog(log)).outcomes(outcomes::add);
    Batch.Summary s = batch.run(paths, doc -> coded.add(doc.article().origin()));
    return new Result(s, outcomes, coded, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void exceptionsAndErrorsFailTheirDocumentAndTheBatchGoesOn() throws Exception {
    Path log = dir.resolve("logs/errors.log");
    Result r = run(faulty(), Duration.ofSeconds(60), 2, log,
        "Kenya and Uganda signed a deal.", "The minister said BOOM in Kampala.", "DEEP nesting here.",
        "A GREEDY document.", "Peru and Bolivia held talks.");
    assertEquals(2, r.summary().coded(), r.err());
    assertEquals(3, r.summary().failed(), r.err());
    assertEquals(List.of(dir.resolve("doc00.txt").toString(), dir.resolve("doc04.txt").toString()), r.coded());
    // One line per failure, naming the document and the exception, and where its stack is.
    String boom = r.err().lines().filter(l -> l.contains("doc01.txt")).findFirst().orElseThrow();
    assertTrue(boom.contains("coding failed: IllegalStateException: begin 0, end 2, length 0 ..."), boom);
    assertTrue(boom.endsWith("(stack in " + log + ")"), boom);
    assertFalse(r.err().contains("second line of the message"), r.err());
    assertTrue(r.err().contains("doc02.txt: coding failed: StackOverflowError"), r.err());
    assertTrue(r.err().contains("doc03.txt: coding failed: OutOfMemoryError: Java heap space"), r.err());
    assertTrue(r.err().contains("3 coding error") && r.err().contains("stacks of 3 unexpected failures in " + log), r.err());
    String stacks = Files.readString(log);
    assertTrue(stacks.contains("java.lang.IllegalStateException") && stacks.contains("BatchFailuresTest"), stacks);
    assertTrue(stacks.contains("second line of the message"), "the log keeps the whole message");
    // Every input ended once, in input order.
    assertEquals(5, r.outcomes().size());
    assertEquals("coding error", r.outcomes().get(1).reason());
  }

  @Test
  void aDocumentOverItsTimeIsGivenUpAndItsWorkerReplaced() throws Exception {
    Path log = dir.resolve("errors.log");
    long t0 = System.nanoTime();
    // One thread: the documents after the hung one are coded only if its worker was replaced.
    Result r = run(faulty(), Duration.ofSeconds(1), 1, log,
        "First, Kenya and Uganda signed a deal.", "This one will HANG for ever.", "Then Peru and Bolivia held talks.",
        "And another HANG.", "Last, Chile protested.");
    double secs = (System.nanoTime() - t0) / 1e9;
    assertEquals(3, r.summary().coded(), r.err());
    assertEquals(2, r.summary().failed(), r.err());
    assertEquals(2, r.summary().reasons().get("too slow"));
    assertTrue(r.err().contains("doc01.txt: too slow: over 1 s (--doc-timeout); given up"), r.err());
    assertTrue(r.err().contains("doc03.txt: too slow"), r.err());
    assertEquals(3, r.coded().size());
    assertTrue(secs < 30, "two hangs of a second each took " + secs + " s");
    assertFalse(Files.exists(log), "a timeout has no stack to log");
  }

  @Test
  void anErrorThatIsNotTheDocumentsDoingEndsTheRun() throws Exception {
    Function<Article, Document> broken = a -> {
      throw new NoClassDefFoundError("edu/stanford/nlp/Missing");
    };
    assertThrows(NoClassDefFoundError.class,
        () -> run(broken, Duration.ofSeconds(60), 1, dir.resolve("e.log"), "Kenya and Uganda signed a deal."));
  }
}
