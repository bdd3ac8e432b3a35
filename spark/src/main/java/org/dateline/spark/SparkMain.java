package org.dateline.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.dateline.nlp.NlpConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dateline spark code}: the Spark job's command line, for spark-submit (main class) and for
 * local mode through {@code ./dateline spark}. Exit codes as {@code dateline code}.
 */
@Command(name = "spark", mixinStandardHelpOptions = true, subcommands = {SparkMain.Code.class, SparkBench.class},
    description = "Runs Dateline on Apache Spark: spark-submit --class org.dateline.spark.SparkMain JAR code ...")
public final class SparkMain implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: code");
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return new CommandLine(new SparkMain()).execute(args);
  }

  @Command(name = "code", mixinStandardHelpOptions = true,
      description = {"Codes articles on Spark and writes the store's tables as Parquet under --out: articles, places,",
          "events (merged), mentions, mention_actors, and failures (input, line, reason). Inputs are Hadoop paths",
          "(file, HDFS, S3) of JSON Lines, Parquet with the same columns, or folders of text and HTML files.",
          "Running again with the same --out codes only what it lacks and doubles nothing."},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:all records coded or already there", "1:some records failed (see the failures table)",
          "2:bad usage"})
  static final class Code implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files or folders (Hadoop paths)")
    List<String> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (Hadoop path)")
    String out;

    @Option(names = "--master", description = "Spark master when not run by spark-submit (default: local[*])")
    String master;

    @Option(names = "--merge-days", defaultValue = "3", description = "as dateline ingest (default: ${DEFAULT-VALUE})")
    int mergeDays;

    @Option(names = "--dict", paramLabel = "PATH", description = "PETRARCH dictionary file or folder, shipped to the executors")
    List<String> dicts = new ArrayList<>();

    @Option(names = "--nlp", defaultValue = NlpConfig.DEFAULT_PROFILE, description = "CoreNLP profile (default: ${DEFAULT-VALUE})")
    String nlp;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for inputs that give none")
    LocalDate date;

    @Option(names = "--source", description = "publisher for inputs that give none")
    String source;

    @Option(names = "--max-bytes", defaultValue = "5242880", description = "largest input accepted (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--partitions", defaultValue = "0",
        description = "partitions to code in (default: four per core of the cluster)")
    int partitions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (mergeDays < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--merge-days must be 0 or more");
      if (maxBytes < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be 1 or more");
      try {
        new NlpConfig(nlp).properties();
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      for (String d : dicts) {
        if (!d.contains("://") && !Files.exists(Path.of(d))) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--dict: no such file or folder: " + d);
        }
      }
      JobOptions o = new JobOptions(paths, out, mergeDays, nlp, dicts, date, source, maxBytes, partitions);
      SparkSession spark = session(master);
      try {
        SparkJob.Summary s = SparkJob.run(spark, o);
        System.err.println(summary(s, out));
        return s.failed() == 0 ? 0 : 1;
      } finally {
        spark.stop();
      }
    }
  }

  /** The session spark-submit configured, or a local one; dates and times as java.time, in UTC. */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf();
    if (master != null) conf.setMaster(master);
    else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
    if (!conf.contains("spark.app.name")) conf.setAppName("dateline");
    conf.set("spark.sql.datetime.java8API.enabled", "true");
    conf.set("spark.sql.session.timeZone", "UTC");
    conf.set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    conf.setIfMissing("spark.ui.enabled", "false");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  static String summary(SparkJob.Summary s, String out) {
    StringBuilder sb = new StringBuilder(String.format("dateline: read %d record%s: coded %d, %d already stored or repeated, %d failed",
        s.read(), s.read() == 1 ? "" : "s", s.coded(), s.skipped(), s.failed()));
    if (!s.reasons().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Long> e : s.reasons().entrySet()) parts.add(e.getValue() + " " + e.getKey());
      sb.append(" (").append(String.join(", ", parts)).append(')');
    }
    sb.append(String.format("; %s holds %d articles, %d event mentions merged into %d events", out, s.articles(),
        s.mentions(), s.events()));
    return sb.toString();
  }

}
