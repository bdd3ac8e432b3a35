package org.dateline.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dateline.bench.BbcReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dateline spark bench}: the job over the same BBC articles in local mode with each master
 * in turn (local[1], then local[2]), in one JVM whose pipeline is loaded first, so every run
 * times reading, coding, merging and writing and none times the model load. Prints the times
 * and each run's speed-up over the first.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Times the job in local mode with one core and with more (speed-up), on BBC articles.")
final class SparkBench implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpora/bbc-news-2225",
      description = "the BBC corpus folder (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--docs", defaultValue = "500", description = "articles, in file order (default: ${DEFAULT-VALUE})")
  int docs;

  @Option(names = "--masters", split = ",", defaultValue = "local[1],local[2]",
      description = "masters to time, the first being the baseline (default: ${DEFAULT-VALUE})")
  List<String> masters;

  @Option(names = "--work", defaultValue = "out/spark-bench", description = "working folder (default: ${DEFAULT-VALUE})")
  Path work;

  @Override
  public Integer call() throws Exception {
    Path input = Files.createDirectories(work.resolve("input")).resolve("bbc.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (Article a : BbcReader.read(corpus, docs)) {
        ObjectNode o = json.createObjectNode().put("id", a.id()).put("date", a.date().toString())
            .put("source", a.source()).put("title", a.title()).put("text", a.text());
        w.write(json.writeValueAsString(o) + "\n");
      }
    }
    long t0 = System.nanoTime();
    ExecutorPipeline.get(org.dateline.nlp.NlpConfig.DEFAULT_PROFILE, List.of());
    System.out.printf("model load (once, before the runs): %.1f s%n", (System.nanoTime() - t0) / 1e9);
    List<Double> secs = new ArrayList<>();
    System.out.println("| master | articles | seconds | articles/s | speed-up | CPU seconds | CPU / first run's |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    List<Double> cpus = new ArrayList<>();
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (String master : masters) {
      Path out = work.resolve("out-" + master.replaceAll("[^A-Za-z0-9]", ""));
      delete(out);
      SparkSession spark = SparkMain.session(master);
      long start = System.nanoTime();
      long cpu0 = os.getProcessCpuTime();
      SparkJob.Summary s;
      try {
        s = SparkJob.run(spark, new JobOptions(List.of(input.toString()), out.toString(), 3,
            org.dateline.nlp.NlpConfig.DEFAULT_PROFILE, List.of(), null, null, IngestOptions.DEFAULT_MAX_BYTES, 0));
      } finally {
        spark.stop();
      }
      double t = (System.nanoTime() - start) / 1e9;
      // CPU time of the whole process: on a shared machine it shows whether more cores cost more work.
      double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
      secs.add(t);
      cpus.add(cpu);
      System.out.printf("| %s | %d | %.1f | %.2f | %.2f | %.0f | %.2f |%n", master, s.coded(), t, s.coded() / t,
          secs.get(0) / t, cpu, cpu / cpus.get(0));
    }
    return 0;
  }

  static void delete(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) return;
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
