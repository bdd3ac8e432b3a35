package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.store.Store;
import org.dateline.store.TextIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code dateline ingest} in a child JVM, killed (kill -9) half way through a folder, then run
 * again: every article is stored once, with all its mentions, and the text index catches up.
 */
class IngestCrashTest {
  static final int ARTICLES = 60;
  static final String[] COUNTRIES = {"Chile", "Peru", "Kenya", "Ghana", "Japan", "India", "Brazil", "Egypt", "Poland", "Nepal"};
  static final String[] VERBS = {"accused", "criticized", "praised", "threatened", "met with"};
  private static final Pattern CODED = Pattern.compile("(\\d+) documents coded");

  @TempDir Path dir;

  @Test
  void killedIngestResumesWithNothingLostOrDoubled() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < ARTICLES; i++) {
      String a = COUNTRIES[i % COUNTRIES.length];
      String b = COUNTRIES[(i / COUNTRIES.length + i + 1) % COUNTRIES.length];
      Files.writeString(folder.resolve(String.format("a%02d.txt", i)), String.format(
          " date 2024-03-%02d (Wire %d) -- The government of %s %s %s on Tuesday over a dispute about fishing "
              + "rights, officials said in story number %d. Talks between the two countries are due next month.",
          1 + i % 28, i, a, VERBS[i % VERBS.length], b, i));
    }
    Path db = dir.resolve("crash.db");
    Process first = child(db, folder);
    int coded = waitForProgress(first, 3);
    first.destroyForcibly();
    first.waitFor(60, TimeUnit.SECONDS);
    assertTrue(coded >= 3, "killed before coding started");

    long afterKill;
    try (Store s = Store.open(db)) {
      afterKill = s.count("SELECT count(*) FROM articles");
      assertWhole(s);
    }
    assertTrue(afterKill >= 3 && afterKill < ARTICLES, "killed half way, not " + afterKill);

    Process second = child(db, folder);
    drain(second);
    assertTrue(second.waitFor(300, TimeUnit.SECONDS), "second run did not finish");
    assertEquals(0, second.exitValue());
    try (Store s = Store.open(db)) {
      assertEquals(ARTICLES, s.count("SELECT count(*) FROM articles"));
      assertEquals(ARTICLES, s.count("SELECT count(DISTINCT content_hash) FROM articles"));
      assertWhole(s);
      assertTrue(s.count("SELECT count(*) FROM mentions") > 0, "no events coded");
      assertEquals(ARTICLES, new TextIndex(s.indexDir()).search("fishing", 1000).size());
    }
  }

  /** Every stored article has exactly the mentions it was coded with: no half-written article. */
  private static void assertWhole(Store s) throws Exception {
    assertEquals(0, s.count("SELECT count(*) FROM articles a WHERE n_events <> "
        + "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"));
    assertEquals(0, s.count("SELECT count(*) FROM mentions m WHERE NOT EXISTS "
        + "(SELECT 1 FROM articles a WHERE a.id = m.article_id)"));
    assertEquals(0, s.count("SELECT count(*) FROM mentions m WHERE NOT EXISTS "
        + "(SELECT 1 FROM events e WHERE e.id = m.event_id)"));
  }

  private static Process child(Path db, Path folder) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
        "org.dateline.cli.Main", "ingest", "--db", db.toString(), "--nlp", "conll", folder.toString()));
    return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Waits until the child's progress line says at least {@code n} documents were coded and stored. */
  private static int waitForProgress(Process p, int n) throws Exception {
    CountDownLatch reached = new CountDownLatch(1);
    int[] last = {0};
    Thread t = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          Matcher m = CODED.matcher(line);
          if (m.find() && Integer.parseInt(m.group(1)) >= n) {
            last[0] = Integer.parseInt(m.group(1));
            reached.countDown();
          }
        }
      } catch (java.io.IOException e) {
        // the child was killed
      }
    });
    t.setDaemon(true);
    t.start();
    assertTrue(reached.await(180, TimeUnit.SECONDS), "the child never reported progress");
    return last[0];
  }

  private static void drain(Process p) {
    Thread t = new Thread(() -> {
      try {
        p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
      } catch (java.io.IOException e) {
        // ended
      }
    });
    t.setDaemon(true);
    t.start();
  }
}
